// Run inside the consumer project: computes the homicide trend from the installed dataset and
// checks it against the figures published in SESNSP's release of 2017-05-20 (FACTS.md):
// homicide victims January-April 2017: 8,705, against 6,591 in January-April 2016.
import assert from 'node:assert/strict';

import { homicideObservations, loadHomicideObservations, sourceById } from '@usmx/data';
import { homicideTrend } from '@usmx/indicators';
import { homicideTrend as homicideTrendFromSubpath } from '@usmx/indicators/homicide-trend';

const options = {
  series: 'sesnsp-1997-victims-hd',
  region: 'MX',
  asOf: '2017-04',
  vintage: '2017-05-20',
};
const published = { current: 8705, previous: 6591 };
// Hand computation: (8705 / 6591 - 1) * 100 = 32.074…, printed as +32.1%.
const expectedChangePct = (published.current / published.previous - 1) * 100;

const trend = homicideTrend(homicideObservations, options);
assert.ok(trend.ytd, `no year-to-date comparison: ${JSON.stringify(trend.unavailable)}`);
assert.equal(trend.ytd.months, 4);
assert.equal(trend.ytd.current, published.current);
assert.equal(trend.ytd.previous, published.previous);
assert.ok(
  Math.abs(trend.ytd.changePct - expectedChangePct) < 1e-9,
  `changePct ${trend.ytd.changePct}`,
);
assert.equal(trend.ytd.changePct.toFixed(1), '32.1');
for (const sourceId of trend.sourceIds)
  assert.ok(sourceById(sourceId), `sourceId ${sourceId} has no citation`);

// The lazily loaded per-series chunk and the subpath entry give the same answer.
const national = await loadHomicideObservations(options.series, 'national');
assert.deepEqual(homicideTrendFromSubpath(national, options).ytd, trend.ytd);

// Old-method SESNSP incidents: the record year before 2017 is 2011, with 22,409 (July 2018 release),
// the highest since the series' first complete year, 1997.
const incidents = homicideTrend(homicideObservations, {
  series: 'sesnsp-1997-incidents-hd',
  asOf: '2017-04',
});
assert.deepEqual(incidents.record, { year: 2011, value: 22409, since: 1997 });

console.log(
  `homicideTrend(sesnsp-1997-victims-hd, as of 2017-04, as published 2017-05-20): ` +
    `${trend.ytd.current} vs ${trend.ytd.previous} = +${trend.ytd.changePct.toFixed(1)}% (published: +32.1%); ` +
    `incidents record ${incidents.record.year}: ${incidents.record.value} (published: 22,409)`,
);
