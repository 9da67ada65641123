import { homicideSeries, regions } from '@usmx/data';
import '@usmx/widgets/homicide-trend';
import { variants, widgetMeta, type WidgetStory } from './widget-story.js';

export default {
  title: 'Widgets/Homicide trend',
  tags: ['autodocs'],
  ...widgetMeta('usmx-homicide-trend', {
    argTypes: {
      region: { control: 'select', options: regions.map((region) => region.code) },
      series: { control: 'select', options: homicideSeries.map((series) => series.id) },
      measure: { control: 'inline-radio', options: ['count', 'rate'] },
    },
    description:
      "Annual homicides in Mexico or one of its states, the current year's projection with its likely range, the record year, and the change so far this year against the same months of the year before.",
  }),
};

/** No attributes: the national series of the embedded dataset, up to its latest month. */
export const Default: WidgetStory = {};

/** A state instead of the nation: Chihuahua. */
export const AnotherRegion: WidgetStory = { name: 'Another region', args: { region: 'MX-CHH' } };

/** Another series: INEGI death certificates, by month of registration. */
export const AnotherSeries: WidgetStory = {
  name: 'Another series',
  args: { series: 'inegi-registration-monthly' },
};

/**
 * What the data said on 20 May 2017: SESNSP victims as published that day, January-April 2017
 * against the same months of 2016.
 */
export const AsOfThePast: WidgetStory = {
  name: 'As of a past date',
  args: { series: 'sesnsp-1997-victims-hd', 'as-of': '2017-04', vintage: '2017-05-20' },
};

export const Spanish: WidgetStory = variants.Spanish;
export const Dark: WidgetStory = variants.Dark;
export const Narrow: WidgetStory = { name: 'Narrow (320 px)', ...variants.Narrow };

/**
 * A reader's own file (`src`), in the long layout `region,year,month,count`: SESNSP intentional
 * homicide case files in Chihuahua, 2008-2017 (provenance in `public/data/PROVENANCE.md`).
 */
export const UserData: WidgetStory = {
  name: 'User data (src)',
  args: { src: 'data/chihuahua-incidents-2008-2017.csv', region: 'MX-CHH', 'as-of': '2017-04' },
};

/** A file with bad rows: the widget lists each problem (row, column, value, reason) instead of a chart. */
export const ErrorState: WidgetStory = {
  name: 'Error: invalid file',
  tags: ['error-state'],
  args: { src: 'data/malformed-example.csv', region: 'MX-CHH' },
};

/** Bad attributes: each is named with the values it accepts. */
export const InvalidAttributes: WidgetStory = {
  name: 'Error: invalid attributes',
  tags: ['error-state'],
  args: { region: 'Chihuahua', 'as-of': '2017-13' },
};

/** The same bad attributes in Spanish: the message and each reason in the widget's language. */
export const InvalidAttributesSpanish: WidgetStory = {
  name: 'Error in Spanish',
  tags: ['error-state'],
  args: { lang: 'es', region: 'Chihuahua', 'as-of': '2017-13' },
};
