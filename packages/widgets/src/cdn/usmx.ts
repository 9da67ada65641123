/** CDN entry: registers every usmx widget and exports their classes. */
export * from '../components/homicide-trend/homicide-trend.js';
export * from '../components/corridor-share/corridor-share.js';
export * from '../components/splinter-count/splinter-count.js';
export * from '../components/group-lineage/group-lineage.js';
export * from '../components/claim/claim.js';
