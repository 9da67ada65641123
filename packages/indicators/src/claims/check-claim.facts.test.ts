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

describe('claim 1: "homicides are up nearly 25 percent" (article of 18 May 2017)', () => {
  const check = () => checks.get('homicides-ytd-2017')!;

  it('is dated to the day the article was published, 2017-05-18', () => {
    // article README: published on 18 May 2017, the day of the meeting it calls "today"
    expect(check().claimDate).toBe('2017-05-18');
    expect(check().claimDatePrecision).toBe('day');
  });

  it('as published that day (release 2017-04-21): Jan-Mar 6,511 vs 4,896, +33.0%, not the release of two days later', () => {
    // homicides/SOURCES.md: the 2017-04-21 vintage was the latest public one in mid-May 2017
    const [victims] = find(check().atClaimDate, 'sesnsp-1997-victims-hd');
    expect(victims!.vintage).toBe('2017-04-21');
    expect(victims!.through).toBe('2017-03');
    expect(victims!.value!.low).toBeCloseTo((6511 / 4896 - 1) * 100, 10);
    expect(oneDecimal(victims!.value!.low)).toBe(33.0);
    expect(victims!.agrees).toBe(false); // 33.0 is more than 3 points above 25
    // nothing published after the claim's day is read at the claim's date
    for (const reading of check().atClaimDate)
      if (reading.vintage !== null) expect(reading.vintage <= '2017-05-18').toBe(true);
  });

  it('says so where no release is held for that day (case files: releases of 2015-01 and 2018-07 only)', () => {
    const [caseFiles] = find(check().atClaimDate, 'sesnsp-1997-incidents-hd');
    expect(caseFiles).toMatchObject({ value: null, agrees: null });
    expect(caseFiles!.note!.en).toContain('no release held from on or before 2017-05-18');
  });

  it('is understated: every own figure lies above +25% (+3 points); the first sentence says so', () => {
    expect(check().direction).toBe('understated');
    // FACTS.md section 3: +30.7% (case files, Jul-2018) to +32.7% (new-method victims)
    expect(oneDecimal(check().ownRange!.low)).toBe(30.7);
    expect(oneDecimal(check().ownRange!.high)).toBe(32.7);
    expect(check().explanation.en[0]).toBe(
      'Homicides rose more than the claim said: +30.7 to +32.7% in January-April 2017, against +25% claimed.',
    );
    expect(check().explanation.es[0]).toBe(
      'Los homicidios subieron más de lo que dice la afirmación: +30.7 a +32.7% en enero-abril de 2017, frente a +25% según la afirmación.',
    );
  });

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

  it('says plainly that about +21-22% appears only when culpable homicides are added', () => {
    const [all] = find(check().now, 'sesnsp-1997-incidents-all');
    expect(all!.sameDefinition).toBe(false);
    expect(oneDecimal(all!.value!.low)).toBe(21.7); // FACTS: 13,256 / 10,889
    const text = check().explanation.en.join(' ');
    expect(check().explanation.en[1]).toMatch(/^Not supported: /);
    expect(text).toContain('+30.7');
    expect(text).toMatch(/nearest the claim, \+21\.7%, appears only under another definition/);
    expect(check().explanation.es[1]).toMatch(/^No respaldada: /);
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
    // INEGI death registrations, the usual measure of a most murderous year, are the claim's own
    expect(inegi).toMatchObject({
      value: { low: 32079 },
      reference: { year: 2011, value: 27213, since: 1990 },
      sameDefinition: true,
    });
    expect(inegi!.agrees).toBe(true);
    expect(check().direction).toBe('matches');
    const [incidents] = find(check().now, 'sesnsp-1997-incidents-hd');
    expect(incidents).toMatchObject({
      value: { low: 25316 },
      reference: { year: 2011, value: 22409, since: 1997 },
      agrees: true,
      sameDefinition: true,
    });
  });

  it('at the claim date was a projection from January-March: victims ~30,543 (release 2017-04-21)', () => {
    const [victims] = find(check().atClaimDate, 'sesnsp-1997-victims-hd');
    expect(victims!.vintage).toBe('2017-04-21');
    expect(Math.round(victims!.value!.low)).toBe(30543); // 22,967 x 6,511 / 4,896
    // the victims series starts in 2014: no 2011 to beat, only the highest since 2014
    expect(victims!.agrees).toBeNull();
    expect(victims!.reference).toEqual({ year: 2016, value: 22967, since: 2014 });
    expect(victims!.note!.en).toContain('the highest since 2014 only');
    // no case-file release of that day holds 2017: no projection made with a later release
    const [incidents] = find(check().atClaimDate, 'sesnsp-1997-incidents-hd');
    expect(incidents).toMatchObject({ value: null, agrees: null });
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
    expect(check.explanation.en[1]).toContain('(Mexico/Central America corridor, 2010)');
    expect(check.explanation.es[1]).toContain('(corredor México-Centroamérica, 2010)');
  });

  it('says that ONDCP counts cocaine detected moving toward the United States, not cocaine that entered', () => {
    const check = checks.get('corridor-share-2010')!;
    const text = check.explanation.en.join(' ');
    expect(text).toContain('The claim speaks of cocaine that entered the United States');
    expect(text).toContain('share of cocaine detected moving toward US');
    expect(check.explanation.es.join(' ')).toContain('la cocaína que entró a Estados Unidos');
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
    // own definition (the claim row's data): major organizations as analysts count them
    expect(find(check.now, 'P020')[0]!.sameDefinition).toBe(true);
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
      check.now.map((reading) => [
        reading.id,
        reading.value?.low,
        reading.sameDefinition,
        reading.counted,
      ]),
    ).toEqual([['C044', 14, false, true]]);
    // every reading agrees (14 is within 3 points of 16): the answer does not depend on a definition
    expect(check.verdict).toBe('supported');
    expect(check.direction).toBeNull(); // no figure under the claim's own definition
    expect(check.explanation.en[0]).toBe(
      'No figure measures exactly what the claim speaks of; under close definitions the figures are 14% for the Caribbean, 2013, against 16% claimed.',
    );
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

/**
 * The written decision table (method docs page, `verdictOf`), restated here as data: what the
 * readings under the claim's own definition and under other plausible ones say, and the verdict
 * the table gives for that. `none`: no reading that can say; `all`/`some`/`no`: how many agree.
 */
type Pattern = 'none' | 'all' | 'some' | 'no';
const table = (own: Pattern, other: Pattern): string => {
  if (own === 'none')
    return {
      none: 'cannot be checked',
      all: 'supported',
      no: 'not supported',
      some: 'depends on definition',
    }[other];
  if (own === 'some') return 'partly supported';
  if (own === 'all')
    return other === 'some' || other === 'no' ? 'depends on definition' : 'supported';
  return other === 'some' || other === 'all' ? 'depends on definition' : 'not supported';
};

function patternOf(readings: readonly ClaimReading[]): Pattern {
  const decided = readings.filter((reading) => reading.agrees !== null);
  const agree = decided.filter((reading) => reading.agrees).length;
  if (decided.length === 0) return 'none';
  return agree === decided.length ? 'all' : agree === 0 ? 'no' : 'some';
}

describe('every ledger claim follows the written decision table', () => {
  /** Each claim: the own and other patterns the data give, and why (from FACTS.md and the rows). */
  const cases: [id: string, own: Pattern, other: Pattern, why: string][] = [
    [
      'homicides-ytd-2017',
      'no',
      'no',
      'every SESNSP intentional-homicide series is +30.7% to +33.0%, beyond +25% +/- 3; with feminicide +30.3% to +31.9%, with culpable +21.7%, INEGI by occurrence +35.6%',
    ],
    [
      'homicide-record-2017',
      'all',
      'all',
      'INEGI 32,079 > 27,213 (2011); case files 25,316 > 22,409 (2011); series starting after 2011 cannot say',
    ],
    ['corridor-share-2010', 'all', 'none', 'ONDCP 95% (calendar 2010), the only figure'],
    [
      'corridor-balloon-2016',
      'all',
      'some',
      'INCSR 2017 90% for 2016 agrees; end to end cannot say (no Caribbean 2016); 2010-2013 shows a 9-11 point Caribbean rise',
    ],
    [
      'splinter-groups-2002-2017',
      'all',
      'some',
      "CRS analysts' 9-20 agrees; verified lineage 6 -> 25 agrees, all dated rows 37 and CRS's 4 DTOs (2006) do not",
    ],
    ['caribbean-share-2013', 'none', 'all', 'only the DEA first-half 14%, within 3 points of 16%'],
    [
      'caribbean-share-2012',
      'none',
      'all',
      'DEA first-half 7% and the stated 6-10% are both within 3 points of 9%',
    ],
    [
      'corridor-share-2014-2015',
      'all',
      'no',
      'calendar 2014: 86% agrees with 84%; first half 2015: 90% does not',
    ],
    [
      'group-count-2012-pgr',
      'all',
      'no',
      "the government's 70 active organizations agree with 60-80; the PGR's 89 registered gangs do not",
    ],
    ['group-count-2014-pgr', 'all', 'none', "Lantia's nine cartels (count and list)"],
    [
      'group-count-2015-zeron',
      'none',
      'none',
      "no figure measures cartels 'operating and functioning': the DEA's 7 and the PGR's 9 are context",
    ],
  ];

  it('covers every claim of the ledger', () => {
    expect(cases.map(([id]) => id).sort()).toEqual(claims.map((claim) => claim.id).sort());
  });

  it.each(cases)('%s: own %s, other %s (%s)', (id, own, other) => {
    const check = checks.get(id)!;
    const counted = [...check.now, ...check.atClaimDate].filter((reading) => reading.counted);
    expect(patternOf(counted.filter((reading) => reading.sameDefinition))).toBe(own);
    expect(patternOf(counted.filter((reading) => !reading.sameDefinition))).toBe(other);
    expect(check.verdict).toBe(table(own, other));
  });
});
