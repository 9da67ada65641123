import '@usmx/widgets/group-lineage';
import { commonArgTypes, widgetMeta, type WidgetStory } from './widget-story.js';

export default {
  title: 'Widgets/Group lineage',
  tags: ['autodocs'],
  ...widgetMeta('usmx-group-lineage', {
    argTypes: {
      ...commonArgTypes,
      from: { control: { type: 'number', min: 1930, max: 2025 } },
      to: { control: { type: 'number', min: 1930, max: 2025 } },
    },
    parameters: {
      docs: {
        description: {
          component:
            'The family tree of splits among Mexico\'s criminal organizations: a line per organization from its founding or split to its end, a connector to the group it came from, and its leaders killed, arrested or extradited marked on its line. Every story ends with the HTML that reproduces it on any page ("Show code").',
        },
      },
    },
  }),
};

/** No attributes: every organization from 1980 to the latest year in the data. */
export const Default: WidgetStory = {};

/** Another span: the years of the article's claim, 2002 to 2017. */
export const AnotherSpan: WidgetStory = {
  name: 'Another span (2002-2017)',
  args: { from: 2002, to: 2017 },
};

/** Before the "war on drugs" of 2006: 1980 to 2006. */
export const EarlierSpan: WidgetStory = {
  name: 'An earlier span (1980-2006)',
  args: { from: 1980, to: 2006 },
};

/** In Spanish: text, numbers and dates. */
export const Spanish: WidgetStory = { name: 'Spanish', args: { lang: 'es' } };

/** The dark theme, whatever the reader's system setting. */
export const Dark: WidgetStory = { args: { theme: 'dark' } };

/** In a 320-pixel column, as on a phone. */
export const Narrow: WidgetStory = {
  name: 'Narrow (320 px)',
  parameters: { usmx: { maxWidth: 320 } },
};

/** A reader's own file (`src`): the Gulf Cartel and the groups split from it (provenance in `public/data/PROVENANCE.md`). */
export const UserData: WidgetStory = {
  name: 'User data (src)',
  args: { src: 'data/organizations-gulf-family.json' },
};

/** A file with a bad organization: the widget lists each problem instead of a chart. */
export const ErrorState: WidgetStory = {
  name: 'Error: invalid file',
  tags: ['error-state'],
  args: { src: 'data/organizations-malformed-example.json' },
};

/** Bad attributes: each is named with the values it accepts. */
export const InvalidAttributes: WidgetStory = {
  name: 'Error: invalid attributes',
  tags: ['error-state'],
  args: { from: 'the eighties', to: 1890 },
};
