import { claims } from '@usmx/data/claims';
import '@usmx/widgets/claim';
import { variants, widgetMeta, type WidgetStory } from './widget-story.js';

export default {
  title: 'Widgets/Claim',
  tags: ['autodocs'],
  ...widgetMeta('usmx-claim', {
    argTypes: {
      claim: { control: 'select', options: claims.map((claim) => claim.id) },
    },
    description:
      "A published claim checked against the data: the quote, who said it and when, each series, figure or counting rule against the claimed value (as published on the claim's date and now), the verdict and the sentences behind it, and the sources.",
  }),
};

/** No attributes: the 2017 article's "homicides are up nearly 25 percent" (not supported: +30% to +33%). */
export const Default: WidgetStory = {};

/** A forecast checked against what happened: 2017 exceeding the 2011 record. */
export const Record: WidgetStory = {
  name: 'Another claim: the 2011 record',
  args: { claim: 'homicide-record-2017' },
};

/** A claim whose verdict depends on the years compared: 90% in 2016 and no balloon effect. */
export const BalloonEffect: WidgetStory = {
  name: 'Another claim: no balloon effect',
  args: { claim: 'corridor-balloon-2016' },
};

/** A count judged under each counting rule: from 5 or 6 organizations to upwards of 20. */
export const SplinterGroups: WidgetStory = {
  name: 'Another claim: splinter groups',
  args: { claim: 'splinter-groups-2002-2017' },
};

/** Another claimant: the State Department on the Caribbean share in 2013. */
export const AnotherClaimant: WidgetStory = {
  name: 'Another claimant: Caribbean share, 2013',
  args: { claim: 'caribbean-share-2013' },
};

/** An official's claim made in Spanish, shown in Spanish. */
export const Spanish: WidgetStory = {
  name: 'Spanish',
  args: { lang: 'es', claim: 'group-count-2012-pgr' },
};

/** The dark theme, whatever the reader's system setting. */
export const Dark: WidgetStory = { args: { theme: 'dark', claim: 'corridor-share-2010' } };

export const Narrow: WidgetStory = { name: 'Narrow (320 px)', ...variants.Narrow };

/** A claim from a file (`src`): one claim object, checked like the ledger's (provenance in `public/data/PROVENANCE.md`). */
export const UserClaim: WidgetStory = {
  name: 'User claim (src)',
  args: { src: 'data/claim-pgr-2014.json' },
};

/** A claim id the ledger does not hold: the widget names it and lists the known ids. */
export const UnknownClaim: WidgetStory = {
  name: 'Error: unknown claim',
  tags: ['error-state'],
  args: { claim: 'no-such-claim' },
};

/** A malformed claim file: each bad field is listed instead of a chart. */
export const ErrorState: WidgetStory = {
  name: 'Error: invalid claim file',
  tags: ['error-state'],
  args: { src: 'data/claim-malformed-example.json' },
};
