import { bench, describe } from 'vitest';
import { loadHomicideObservations } from './load.js';

describe('loadHomicideObservations (chunk cached after the first call: measures expansion)', () => {
  bench('inegi-registration-monthly, states (10,368 rows)', async () => {
    await loadHomicideObservations('inegi-registration-monthly', 'states');
  });
  bench('sesnsp-1997-victims-hd, national (all 22 vintages)', async () => {
    await loadHomicideObservations('sesnsp-1997-victims-hd', 'national');
  });
});
