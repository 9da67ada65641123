import { SPLINTER_RULES } from '@usmx/indicators';
import '@usmx/widgets/splinter-count';
import {
  organizationStories,
  organizationYearArgTypes,
  variants,
  widgetMeta,
  type WidgetStory,
} from './widget-story.js';

export default {
  title: 'Widgets/Splinter count',
  tags: ['autodocs'],
  ...widgetMeta('usmx-splinter-count', {
    argTypes: {
      rule: {
        control: 'select',
        options: SPLINTER_RULES,
      },
      ...organizationYearArgTypes,
    },
    description:
      'How many criminal organizations were active each year under a named counting rule, with every published count beside it, one mark per unit (never mixed). A control switches the rule.',
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

export const AnotherSpan: WidgetStory = {
  name: 'Another span (2002-2017)',
  ...organizationStories.AnotherSpan,
};

export const Spanish: WidgetStory = variants.Spanish;
export const Dark: WidgetStory = variants.Dark;
export const Narrow: WidgetStory = { name: 'Narrow (320 px)', ...variants.Narrow };

export const UserData: WidgetStory = { name: 'User data (src)', ...organizationStories.UserData };
export const ErrorState: WidgetStory = {
  name: 'Error: invalid file',
  tags: ['error-state'],
  ...organizationStories.ErrorState,
};

/** Bad attributes: each is named with the values it accepts. */
export const InvalidAttributes: WidgetStory = {
  name: 'Error: invalid attributes',
  tags: ['error-state'],
  args: { rule: 'most-wanted', from: 2020, to: 2000 },
};
