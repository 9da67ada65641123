export * from './homicide-trend/index.js';
export * from './corridor-share/index.js';
export * from './splinter-count/index.js';
export * from './claims/index.js';
export * from './errors-api.js';
