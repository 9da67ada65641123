import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { junkServer } from './test/junk-server.js';

process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        // dist/ is served as static files (untransformed), so tests load the CDN bundles as a page would.
        publicDir: 'dist',
        // /__junk serves files of any size, for the tests of the size cap on `src`
        plugins: [junkServer()],
        test: {
          name: 'browser',
          testTimeout: 30_000,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.node.test.ts'],
          env: { TZ: 'UTC' },
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium', viewport: { width: 1000, height: 800 } }],
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
              contextOptions: { timezoneId: 'UTC', locale: 'en-US' },
            }),
          },
        },
      },
      {
        test: {
          name: 'node',
          include: ['src/**/*.node.test.ts', 'test/**/*.node.test.ts'],
          environment: 'node',
          // Importing every module cold in Node shares 2 cores with the browser project.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
