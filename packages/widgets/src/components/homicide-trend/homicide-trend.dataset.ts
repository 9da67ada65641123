/**
 * The parts of `@usmx/data/homicides` the widget uses, behind one `import()`: importing them by
 * name here lets the bundler leave out the rest of the module (every observation of every series),
 * so the widget fetches the series list and then only the chunk of the series it shows.
 */
export { homicideSeries, loadHomicideObservations } from '@usmx/data/homicides';
