import '@usmx/widgets/corridor-share';
import { variants, widgetMeta, yearArgTypes, type WidgetStory } from './widget-story.js';

export default {
  title: 'Widgets/Corridor share',
  tags: ['autodocs'],
  ...widgetMeta('usmx-corridor-share', {
    argTypes: {
      ...yearArgTypes(1985, 2020),
      threshold: { control: { type: 'number', min: 0, max: 50 } },
    },
    description:
      'The share of U.S.-bound cocaine through the Mexico/Central America corridor and through the Caribbean, every source\'s figure by year (ranges where the source gives one, never averaged), and whether a "balloon effect" shows in the chosen window and in the years between.',
  }),
};

/** No attributes: the article's window, 2010 to 2016. */
export const Default: WidgetStory = {};

/** Another window: 2010 to 2013, where the Caribbean share rose from 5% to 14-16%. */
export const AnotherWindow: WidgetStory = {
  name: 'Another window (2010-2013)',
  args: { from: 2010, to: 2013 },
};

/** A stricter test: the Caribbean must gain at least 10 percentage points to count as a balloon effect. */
export const AnotherThreshold: WidgetStory = {
  name: 'Another threshold (10 pp)',
  args: { threshold: 10 },
};

/** Before the article's years: the window 2006 to 2012. */
export const EarlierWindow: WidgetStory = {
  name: 'An earlier window (2006-2012)',
  args: { from: 2006, to: 2012 },
};

export const Spanish: WidgetStory = variants.Spanish;
export const Dark: WidgetStory = variants.Dark;
export const Narrow: WidgetStory = { name: 'Narrow (320 px)', ...variants.Narrow };

/**
 * A reader's own file (`src`): only the State Department's figures, as a JSON array of corridor
 * observations (provenance in `public/data/PROVENANCE.md`).
 */
export const UserData: WidgetStory = {
  name: 'User data (src)',
  args: { src: 'data/corridor-state-department.json', from: 2012, to: 2016 },
};

/** A file with bad rows: the widget lists each problem instead of a chart. */
export const ErrorState: WidgetStory = {
  name: 'Error: invalid file',
  tags: ['error-state'],
  args: { src: 'data/corridor-malformed-example.json' },
};

/** Bad attributes: each is named with the values it accepts. */
export const InvalidAttributes: WidgetStory = {
  name: 'Error: invalid attributes',
  tags: ['error-state'],
  args: { from: 2016, to: 2010, threshold: -5 },
};
