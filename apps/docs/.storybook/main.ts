import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The widgets' CDN bundle is served at cdn/, for the plain HTML embed example.
  staticDirs: ['../public', { from: '../../../packages/widgets/dist/cdn', to: '/cdn' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Relative asset URLs, so `storybook-static` works from any static host and any sub-path.
  viteFinal: (viteConfig) => ({ ...viteConfig, base: './' }),
};

export default config;
