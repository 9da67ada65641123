import { MAJOR_LIST_YEARS } from '@usmx/indicators';
import '@usmx/widgets/splinter-count';
import { commonArgTypes, widgetMeta, type WidgetStory } from './widget-story.js';

export default {
  title: 'Widgets/Splinter count',
  tags: ['autodocs'],
  ...widgetMeta('usmx-splinter-count', {
    argTypes: {
      ...commonArgTypes,
      rule: {
        control: 'select',
        options: ['lineage', 'lineage-verified', ...Object.keys(MAJOR_LIST_YEARS)],
      },
      from: { control: { type: 'number', min: 1930, max: 2025 } },
      to: { control: { type: 'number', min: 1930, max: 2025 } },
    },
    parameters: {
      docs: {
        description: {
          component:
            'How many criminal organizations were active each year under a named counting rule, with every published count beside it, one mark per unit (never mixed). A control switches the rule. Every story ends with the HTML that reproduces it on any page ("Show code").',
        },
      },
    },
  }),
};

/** No attributes: every organization in the lineage of splits, from 1990. */
export const Default: WidgetStory = {};

/** Another rule: only organizations whose founding or split year was read in a source. */
export const AnotherRule: WidgetStory = {
  name: 'Another rule (lineage-verified)',
  args: { rule: 'lineage-verified' },
};

/** A published list: the nine groups the PGR named in 2014. */
export const PublishedList: WidgetStory = {
  name: 'A published list (PGR 2014)',
  args: { rule: 'PGR_2014_nine' },
};

/** Another span: the years of the article's claim, 2002 to 2017. */
export const AnotherSpan: WidgetStory = {
  name: 'Another span (2002-2017)',
  args: { from: 2002, to: 2017 },
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
  args: { rule: 'most-wanted', from: 2020, to: 2000 },
};
