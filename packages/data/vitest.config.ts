import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Whole-table checks read every raw file; CI machines have 2 cores shared with the browser suites.
    testTimeout: 120_000,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
