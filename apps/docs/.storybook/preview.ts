import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import customElements from '@usmx/widgets/custom-elements.json';
import { spyOn } from 'storybook/test';
import { docsManifest } from '../src/widgets/manifest.js';

// Controls, the attribute tables and event lists of each widget come from its JSDoc, through the manifest.
setCustomElementsManifest(docsManifest(customElements));

const preview: Preview = {
  parameters: {
    // Story tests fail on any axe-core violation.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { codePanel: true },
    options: {
      storySort: {
        order: [
          'Getting started',
          'What the 2017 article claimed, and what the data says',
          'Widgets',
          'Methods',
          'Data',
        ],
      },
    },
  },
  // Every story's test ends by checking that nothing was written to console.error.
  beforeEach() {
    const consoleError = spyOn(console, 'error');
    return () => consoleError.mockRestore();
  },
};

export default preview;
