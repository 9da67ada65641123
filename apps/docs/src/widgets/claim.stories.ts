import { claims } from '@usmx/data/claims';
import '@usmx/widgets/claim';
import { commonArgTypes, widgetMeta, type WidgetStory } from './widget-story.js';

export default {
  title: 'Widgets/Claim',
  tags: ['autodocs'],
  ...widgetMeta('usmx-claim', {
    argTypes: {
      ...commonArgTypes,
      claim: { control: 'select', options: claims.map((claim) => claim.id) },
    },
    parameters: {
      docs: {
        description: {
          component:
            'A published claim checked against the data: the quote, who said it and when, what each series, figure or counting rule says (as published on the claim\'s date and now), and the verdict. Every story ends with the HTML that reproduces it on any page ("Show code").',
        },
      },
    },
  }),
};

/** No attributes: "so far this year, homicides are up nearly 25 percent" (May 2017). */
export const Default: WidgetStory = {};

/** Another claim of the same article: the 2011 record. */
export const AnotherClaim: WidgetStory = {
  name: 'Another claim (the 2011 record)',
  args: { claim: 'homicide-record-2017' },
};

/** Another claimant: the State Department on the Caribbean share in 2013. */
export const AnotherClaimant: WidgetStory = {
  name: 'Another claimant (Caribbean share, 2013)',
  args: { claim: 'caribbean-share-2013' },
};

/** A claim made in Spanish, checked in English: the PGR's count of cartels in 2012. */
export const SpanishClaim: WidgetStory = {
  name: 'A claim made in Spanish',
  args: { claim: 'group-count-2012-pgr' },
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

/** A claim from a file (`src`): one claim object, here the PGR's count of 2014 (provenance in `public/data/PROVENANCE.md`). */
export const UserData: WidgetStory = {
  name: 'User data (src)',
  args: { src: 'data/claim-pgr-2014.json' },
};

/** A malformed claim file: the widget lists each problem instead of a verdict. */
export const ErrorState: WidgetStory = {
  name: 'Error: invalid file',
  tags: ['error-state'],
  args: { src: 'data/claim-malformed-example.json' },
};

/** A claim id that is not in the ledger. */
export const InvalidAttributes: WidgetStory = {
  name: 'Error: invalid attributes',
  tags: ['error-state'],
  args: { claim: 'homicides-up-100-percent' },
};
