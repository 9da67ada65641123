import '@usmx/widgets/group-lineage';
import {
  organizationFiles,
  variants,
  widgetMeta,
  yearArgTypes,
  type WidgetStory,
} from './widget-story.js';

export default {
  title: 'Widgets/Group lineage',
  tags: ['autodocs'],
  ...widgetMeta('usmx-group-lineage', {
    argTypes: {
      ...yearArgTypes(1930, 2025),
    },
    description:
      "The family tree of splits among Mexico's criminal organizations: a line per organization from its founding or split to its end, a connector to the group it came from, and its leaders killed, arrested or extradited marked on its line.",
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

export const Spanish: WidgetStory = variants.Spanish;
export const Dark: WidgetStory = variants.Dark;
export const Narrow: WidgetStory = { name: 'Narrow (320 px)', ...variants.Narrow };

export const UserData: WidgetStory = { name: 'User data (src)', ...organizationFiles.UserData };
export const ErrorState: WidgetStory = {
  name: 'Error: invalid file',
  tags: ['error-state'],
  ...organizationFiles.ErrorState,
};

/** Bad attributes: each is named with the values it accepts. */
export const InvalidAttributes: WidgetStory = {
  name: 'Error: invalid attributes',
  tags: ['error-state'],
  args: { from: 'the eighties', to: 1890 },
};
