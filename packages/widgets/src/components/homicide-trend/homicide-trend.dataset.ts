/**
 * The parts of `@usmx/data` the widget uses, behind one `import()`: importing them by name here
 * lets the bundler leave out the rest (every observation of every series, every source of the other
 * tables), so the widget fetches the series list, the homicide sources and the regions, and then
 * only the chunk of the series it shows.
 */
export { homicideSeries, homicideSources, loadHomicideObservations } from '@usmx/data/homicides';
export { regionByCode } from '@usmx/data/sources';
