import type { Preview } from '@storybook/web-components-vite';
import { spyOn } from 'storybook/test';

const preview: Preview = {
  parameters: {
    // Story tests fail on any axe-core violation.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { codePanel: true },
  },
  // Every story's test ends by checking that nothing was written to console.error.
  beforeEach() {
    const consoleError = spyOn(console, 'error');
    return () => consoleError.mockRestore();
  },
};

export default preview;
