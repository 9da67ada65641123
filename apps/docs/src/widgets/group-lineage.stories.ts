import '@usmx/widgets/group-lineage';
import {
  organizationStories,
  organizationYearArgTypes,
  variants,
  widgetMeta,
  type WidgetStory,
} from './widget-story.js';

export default {
  title: 'Widgets/Group lineage',
  tags: ['autodocs'],
  ...widgetMeta('usmx-group-lineage', {
    argTypes: {
      ...organizationYearArgTypes,
    },
    description:
      "The family tree of splits among Mexico's criminal organizations: a line per organization from its founding or split to its end, a connector to the group it came from, and its leaders killed, arrested or extradited marked on its line.",
  }),
};

/** No attributes: every organization from 1980 to the latest year in the data. */
export const Default: WidgetStory = {};

export const AnotherSpan: WidgetStory = {
  name: 'Another span (2002-2017)',
  ...organizationStories.AnotherSpan,
};

/** Before the "war on drugs" of 2006: 1980 to 2006. */
export const EarlierSpan: WidgetStory = {
  name: 'An earlier span (1980-2006)',
  args: { from: 1980, to: 2006 },
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
  args: { from: 'the eighties', to: 1890 },
};
