/**
 * Every seeded claim checked against the package data, with expected figures copied from
 * packages/data/raw/{homicides,corridor,groups}/FACTS.md and SOURCES.md.
 */
import { claimById, claims } from '@usmx/data/claims';
import { corridorObservations } from '@usmx/data/corridor';
import { publishedGroupCounts } from '@usmx/data/groups';
import { claimVerdict } from '@usmx/data/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkClaim } from './check-claim.js';
import type { ClaimCheck, ClaimReading } from './types.js';

const checks = new Map<string, ClaimCheck>();
beforeAll(async () => {
  for (const claim of claims) checks.set(claim.id, await checkClaim(claim));
}, 120_000);

const oneDecimal = (value: number | undefined) => Number(value!.toFixed(1));
const find = (readings: readonly ClaimReading[], id: string) =>
  readings.filter((reading) => reading.id === id);

describe('every claim in the ledger', () => {
  it('gets a verdict from the fixed vocabulary and sentences in English and Spanish', () => {
    expect(checks.size).toBe(claims.length);
    for (const check of checks.values()) {
      expect(claimVerdict.options).toContain(check.verdict);
      expect(check.explanation.en.length).toBeGreaterThan(1);
      expect(check.explanation.es).toHaveLength(check.explanation.en.length);
      expect(check.sourceIds).toContain(check.claim.sourceId);
      for (const reading of [...check.now, ...check.atClaimDate]) {
        if (reading.value !== null) {
          expect(Number.isFinite(reading.value.low) && Number.isFinite(reading.value.high)).toBe(
            true,
          );
        }
      }
    }
  });

  it('explains in Spanish with no English measure, reporter or counting body', () => {
    // wordings the dataset renders differently in Spanish (`PGR`, `UNODC` read the same in both)
    const english = [
      ...corridorObservations.flatMap((row) => [row.measure, row.reportedBy]),
      ...publishedGroupCounts.map((row) => row.countingBody),
    ]
      .filter(({ en, es }) => en !== es)
      .map(({ en }) => en);
    for (const check of checks.values()) {
      const spanish = check.explanation.es.join(' ');
      for (const wording of english) expect(spanish, check.claim.id).not.toContain(wording);
    }
  });

  it('never uses the rows that record a claim as evidence for it', () => {
    for (const check of checks.values()) {
      const used = [...check.now, ...check.atClaimDate].map((reading) => reading.id);
      for (const id of check.claim.rowIds) expect(used).not.toContain(id);
    }
  });
});

describe('claim 1: "homicides are up nearly 25 percent" (January-April 2017, mid-May 2017)', () => {
  const check = () => checks.get('homicides-ytd-2017')!;

  it('is not supported: every SESNSP intentional-homicide series gives +30% to +33%', () => {
    expect(check().verdict).toBe('not supported');
    const own = check().now.filter((reading) => reading.sameDefinition);
    expect(own.map((reading) => reading.id).sort()).toEqual([
      'sesnsp-1997-incidents-hd',
      'sesnsp-1997-victims-hd',
      'sesnsp-2015-incidents-hd',
      'sesnsp-2015-victims-hd',
    ]);
    for (const reading of own) {
      expect(reading.value!.low).toBeGreaterThanOrEqual(30);
      expect(reading.value!.high).toBeLessThanOrEqual(33.5);
      expect(reading.agrees).toBe(false);
    }
    // FACTS.md section 3: incidents +30.7% (Jul-2018), new-method victims +32.7%, carpetas +30.8%
    expect(oneDecimal(find(own, 'sesnsp-1997-incidents-hd')[0]!.value!.low)).toBe(30.7);
    expect(oneDecimal(find(own, 'sesnsp-2015-victims-hd')[0]!.value!.low)).toBe(32.7);
    expect(oneDecimal(find(own, 'sesnsp-2015-incidents-hd')[0]!.value!.low)).toBe(30.8);
  });

  it('as published on 2017-05-20: victims 8,705 / 6,591 = +32.1%', () => {
    const [victims] = find(check().atClaimDate, 'sesnsp-1997-victims-hd');
    expect(victims!.vintage).toBe('2017-05-20');
    expect(oneDecimal(victims!.value!.low)).toBe(32.1);
    expect(victims!.agrees).toBe(false);
  });

  it('says plainly that about +21-22% appears only when culpable homicides are added', () => {
    const [all] = find(check().now, 'sesnsp-1997-incidents-all');
    expect(all!.sameDefinition).toBe(false);
    expect(oneDecimal(all!.value!.low)).toBe(21.7); // FACTS: 13,256 / 10,889
    const text = check().explanation.en.join(' ');
    expect(check().explanation.en[0]).toMatch(/^Not supported: /);
    expect(text).toContain('+30.7');
    expect(text).toMatch(/nearest the claim, \+21\.7%, appears only under another definition/);
    expect(check().explanation.es[0]).toMatch(/^No respaldada: /);
  });

  it('writes Spanish numbers as in Mexico, or as the locale asked for', async () => {
    // by default Mexico's decimal point; Spain's decimal comma and a no-break space before %
    expect(check().explanation.es.join(' ')).toContain('+21.7%');
    const spain = await checkClaim(claimById('homicides-ytd-2017'), undefined, {
      locales: { es: 'es-ES' },
    });
    expect(spain.explanation.es.join(' ')).toContain('+21,7\u00a0%');
    expect(spain.explanation.es.join(' ')).not.toContain('+21.7%');
    // English is untouched
    expect(spain.explanation.en).toEqual(check().explanation.en);
  });
});

describe('claim 2: 2017 exceeding the 2011 record', () => {
  const check = () => checks.get('homicide-record-2017')!;

  it('is supported by the complete 2017 figures (INEGI 32,079 vs 27,213; SESNSP 25,316 vs 22,409)', () => {
    expect(check().verdict).toBe('supported');
    const [inegi] = find(check().now, 'inegi-registration-annual');
    expect(inegi).toMatchObject({ value: { low: 32079 }, reference: { year: 2011, value: 27213 } });
    expect(inegi!.agrees).toBe(true);
    const [incidents] = find(check().now, 'sesnsp-1997-incidents-hd');
    expect(incidents).toMatchObject({
      value: { low: 25316 },
      reference: { year: 2011, value: 22409 },
      agrees: true,
      sameDefinition: true,
    });
  });

  it('at the claim date was a projection: victims ~30,333 (release 2017-05-20), case files ~26,864 > 22,409', () => {
    const [victims] = find(check().atClaimDate, 'sesnsp-1997-victims-hd');
    expect(victims!.vintage).toBe('2017-05-20');
    expect(Math.round(victims!.value!.low)).toBe(30333); // 22,967 x 8,705 / 6,591
    expect(victims!.agrees).toBeNull(); // the victims series starts in 2014: no 2011 to beat
    const [incidents] = find(check().atClaimDate, 'sesnsp-1997-incidents-hd');
    expect(Math.round(incidents!.value!.low)).toBe(26864); // 20,547 x 7,740 / 5,920
    expect(incidents).toMatchObject({ reference: { year: 2011, value: 22409 }, agrees: true });
    expect(incidents!.note!.en).toContain('latest release');
  });
});

describe('claim 3: about 95% through the corridor in 2010', () => {
  it('is supported by ONDCP, Cocaine Smuggling in 2010 (95%)', () => {
    const check = checks.get('corridor-share-2010')!;
    expect(check.verdict).toBe('supported');
    expect(check.now.map((reading) => [reading.id, reading.value?.low, reading.sourceIds])).toEqual(
      [['C003', 95, ['ONDCP_CS2010']]],
    );
    expect(check.atClaimDate.map((reading) => reading.vintage)).toEqual(['2012-03-16']);
    // the route in words, not its id
    expect(check.explanation.en[0]).toContain('(Mexico/Central America corridor, 2010)');
    expect(check.explanation.es[0]).toContain('(corredor México-Centroamérica, 2010)');
  });

  it('labels ONDCP’s figure in Spanish: its reporter, period and measure', () => {
    const [ondcp] = checks.get('corridor-share-2010')!.now;
    // corridor/reported-by-es.csv, periods-es.csv and measures-es.csv, row C003
    expect(ondcp!.label.es).toBe(
      '2010, ONDCP / grupo interinstitucional (Cocaine Smuggling in 2010): "approximately 95 percent" (año calendario; proporción de la cocaína detectada en tránsito hacia EE. UU. (movimiento documentado, con base en la CCDB))',
    );
    expect(ondcp!.label.en).toContain(
      'ONDCP / interagency (Cocaine Smuggling in 2010): "approximately 95 percent" (calendar year; share of cocaine detected moving toward US (documented movement, CCDB-based))',
    );
  });
});

describe('claim 4: 90% in 2016 and no balloon effect', () => {
  const check = () => checks.get('corridor-balloon-2016')!;

  it('depends on the window: 90% in 2016 (INCSR 2017) but a Caribbean rise of 9-11 points by 2013', () => {
    expect(check().verdict).toBe('depends on definition');
    const [incsr] = find(check().now, 'C019');
    expect(incsr).toMatchObject({
      value: { low: 90, high: 90 },
      agrees: true,
      sameDefinition: true,
    });
    expect(incsr!.sourceIds).toContain('INCSR2017');
    const [swing] = find(check().now, '2010-2013');
    expect(swing!.value).toEqual({ low: 9, high: 11 }); // 5% (2010) -> 14-16% (2013)
    expect(swing!.window!.corridor.changePp).toEqual({ low: -9, high: -9 }); // 95% -> 86%
    expect(swing!.agrees).toBe(false);
  });

  it('end to end the test cannot be made: no Caribbean figure for 2016', () => {
    const [endToEnd] = find(check().now, '2010-2016');
    expect(endToEnd!.sameDefinition).toBe(true);
    expect(endToEnd!.agrees).toBeNull();
    expect(endToEnd!.window!.corridor.changePp).toEqual({ low: -5, high: -5 });
    // the note names the route as a reader calls it, in each language
    expect(endToEnd!.note).toEqual({
      en: 'not reported: Caribbean 2016',
      es: 'sin cifra: Caribe 2016',
    });
  });

  it('labels the figures with their period in Spanish', () => {
    const [incsr] = find(check().now, 'C019');
    // corridor periods-es.csv: "calendar year" is "año calendario"
    expect(incsr!.label.en).toContain('(calendar year;');
    expect(incsr!.label.es).toContain('(año calendario;');
  });
});

describe('claim 5: from 5 or 6 major organizations to upwards of 20', () => {
  it('depends on the counting rule: verified lineage 6 -> 25 agrees, all dated rows do not', () => {
    const check = checks.get('splinter-groups-2002-2017')!;
    expect(check.verdict).toBe('depends on definition');
    const [verified] = find(check.now, 'lineage-verified');
    // groups/FACTS.md: verified-only lineage 6 in 2000 and 2006, 25 in 2017
    expect(verified).toMatchObject({
      value: { low: 25 },
      reference: { year: 2002, value: 6 },
      agrees: true,
    });
    const [lineage] = find(check.now, 'lineage');
    expect(lineage!.value!.low).toBe(37); // FACTS: 37 active in 2017, all dated rows
    expect(lineage!.reference!.value).toBeGreaterThanOrEqual(8); // 8 in 2000, 10 in 2006
    expect(lineage!.agrees).toBe(false);
    // CRS 2015: "9 or as many as 20 major organizations"
    expect(find(check.now, 'P020')[0]).toMatchObject({ value: { low: 9, high: 20 }, agrees: true });
    // CRS: four dominant DTOs in 2006, not five or six
    expect(find(check.now, 'P001')[0]).toMatchObject({ value: { low: 4, high: 4 }, agrees: false });
  });

  it('labels the published counts with their date, counting body and unit in Spanish', () => {
    const [crs] = find(checks.get('splinter-groups-2002-2017')!.now, 'P001');
    // groups/ref-dates-es.csv, counting-bodies-es.csv and units-es.csv, row P001
    expect(crs!.label.es).toBe(
      'dic. 2006 («según algunas versiones»): CRS (June S. Beittel), «según algunas versiones», organizaciones de narcotráfico dominantes (DTO)',
    );
    expect(crs!.label.en).toBe(
      "Dec 2006 ('by some accounts'): CRS (June S. Beittel), 'by some accounts', dominant DTOs",
    );
  });
});

describe("officials' claims", () => {
  it("PGR, nine cartels in 2014: supported by Lantia's nine (same unit) and its list", () => {
    const check = checks.get('group-count-2014-pgr')!;
    expect(check.verdict).toBe('supported');
    expect(find(check.now, 'P010')[0]).toMatchObject({ sameDefinition: true, agrees: true });
  });

  it("Brownfield, about 16% via the Caribbean in 2013: only the DEA's first-half 14% to compare", () => {
    const check = checks.get('caribbean-share-2013')!;
    expect(
      check.now.map((reading) => [reading.id, reading.value?.low, reading.sameDefinition]),
    ).toEqual([['C044', 14, false]]);
    expect(check.verdict).toBe('depends on definition');
  });

  it('a claim with a unique id resolves: claimById and checkClaim agree on the claim', async () => {
    const claim = claimById('corridor-share-2014-2015')!;
    const check = await checkClaim(claim);
    // 2014: 86% (INCSR 2016, calendar year) within 3 points of 84; H1 2015: ~90%, not
    expect(find(check.now, 'C015')[0]).toMatchObject({ agrees: true, sameDefinition: true });
    expect(find(check.now, 'C018')[0]).toMatchObject({ agrees: false, sameDefinition: false });
    expect(check.verdict).toBe('depends on definition');
  });
});
