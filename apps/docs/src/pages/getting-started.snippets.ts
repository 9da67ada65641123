/**
 * The code shown on the Getting started page, kept out of the MDX so that formatting the page never
 * touches the code's own indentation.
 */
import { cdnUrl } from '../widgets/snippet.js';

export const snippets = [
  `<script type="module" src="${cdnUrl()}"></script>
<usmx-homicide-trend></usmx-homicide-trend>`,

  `<script type="module" src="${cdnUrl('usmx-homicide-trend.js')}"></script>
<usmx-homicide-trend region="MX-CHH" as-of="2017-04"></usmx-homicide-trend>`,

  `<!-- Chihuahua, SESNSP intentional homicide case files, as known at the end of April 2017 -->
<usmx-homicide-trend region="MX-CHH" series="sesnsp-1997-incidents-hd" as-of="2017-04"></usmx-homicide-trend>

<!-- The cocaine corridor share between 2010 and 2016, and whether the flow moved to the Caribbean -->
<usmx-corridor-share from="2010" to="2016"></usmx-corridor-share>

<!-- Active organizations per year under one counting rule -->
<usmx-splinter-count rule="lineage"></usmx-splinter-count>

<!-- The family tree of splits, with arrests, killings and extraditions -->
<usmx-group-lineage></usmx-group-lineage>

<!-- A published claim, checked against the data, with its verdict -->
<usmx-claim claim="homicides-ytd-2017"></usmx-claim>`,

  `<usmx-homicide-trend src="/data/my-state.csv" as-of="2017-04"></usmx-homicide-trend>`,

  `npm install @usmx/widgets`,

  `// registers <usmx-homicide-trend>
import '@usmx/widgets/homicide-trend';

const chart = document.createElement('usmx-homicide-trend');
chart.setAttribute('region', 'MX-CHH');
document.body.append(chart);`,

  `import { loadHomicideObservations } from '@usmx/data';

const rows = await loadHomicideObservations('sesnsp-1997-incidents-hd', 'states');
chart.data = rows.filter((row) => row.year >= 2010);`,

  `import { homicideObservations } from '@usmx/data';
import { homicideTrend } from '@usmx/indicators';

const trend = homicideTrend(homicideObservations, {
  series: 'sesnsp-1997-victims-hd',
  asOf: '2017-04',
  vintage: '2017-05-20',
});
console.log(trend.ytd.changePct); // percent change, January-April 2017 vs 2016`,

  `import '@usmx/widgets/homicide-trend';

export function HomicideChart({ region }: { region: string }) {
  return (
    <usmx-homicide-trend
      region={region}
      as-of="2017-04"
      lang="es"
      onusmx-ready={(event) => console.log('drawn', event.detail)}
      onusmx-error={(event) => console.error(event.detail)}
    />
  );
}`,

  `import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type UsmxElement = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  [attribute: string]: unknown;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'usmx-homicide-trend': UsmxElement;
      'usmx-corridor-share': UsmxElement;
      'usmx-splinter-count': UsmxElement;
      'usmx-group-lineage': UsmxElement;
      'usmx-claim': UsmxElement;
    }
  }
}`,

  `usmx-homicide-trend {
  --usmx-font-family: Georgia, serif;
  --usmx-accent: #8a1c1c;
}`,

  `usmx-homicide-trend::part(title) {
  font-size: 1.5rem;
}`,

  `<usmx-homicide-trend lang="es"></usmx-homicide-trend>`,

  `document.addEventListener('usmx-error', (event) => {
  console.warn(event.target.localName, event.detail);
});`,
];
