import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // Story tests fail on any axe-core violation.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { codePanel: true },
  },
};

export default preview;
