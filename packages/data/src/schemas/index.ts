export * from './primitives.js';
export * from './sources.js';
export * from './homicides.js';
export * from './corridor.js';
export * from './groups.js';
export * from './claims.js';
