import type { ClaimCheck, ClaimReading } from '@usmx/indicators/claims';
import { formatNumber, formatPercent, type Locale } from '../../internal/i18n.js';
import type { SourceRef, WidgetModel } from '../../internal/model.js';
import { claimWords } from '../../locales/words.js';

/** How a reading stands against the claim. */
export type Standing = 'agrees' | 'disagrees' | 'undecided';

/** One row of the chart: a reading with a value in the chart's unit. */
export interface ClaimRow {
  readonly reading: ClaimReading;
  readonly label: string;
  /** `latest data` or `as published by <date>`. */
  readonly when: string;
  readonly standing: Standing;
}

/** Everything `<usmx-claim>` draws. */
export interface ClaimModel extends WidgetModel {
  readonly quote: string;
  /** Language of the quote (`en`, `es`), for the `lang` attribute of the quotation. */
  readonly quoteLang: string;
  /** English rendering, shown when the quote is not in English and the widget speaks English. */
  readonly rendering: string | null;
  readonly attribution: string;
  readonly verdict: ClaimCheck['verdict'];
  readonly sentences: readonly string[];
  readonly rows: readonly ClaimRow[];
  /** Unit of the chart's axis, in words. */
  readonly unit: string;
  /** Readings with a value in another unit than the axis's (a balloon claim's shares), by unit in words. */
  readonly undrawn: ReadonlyMap<string, number>;
  /** Whether the axis starts at 0 (counts), rather than around the values (shares and changes). */
  readonly zeroBased: boolean;
  /** The claimed range widened by the tolerance (or the balloon zone), drawn as a band. */
  readonly band: { readonly low: number; readonly high: number; readonly label: string } | null;
  /** Formats a value of the chart's unit. */
  readonly format: (value: number) => string;
}

export interface ClaimContext {
  readonly locale: Locale;
  readonly sources: readonly SourceRef[];
}

const COUNT_UNITS = new Set(['deaths', 'victims', 'incidents', 'groups', 'count']);

/** The unit the chart draws: the claim's own, or for a balloon claim the windows' change in points. */
function chartUnit(check: ClaimCheck): string {
  return check.claim.test.indicator === 'balloon-effect' ? 'pp' : check.claimedUnit;
}

function inChartUnit(reading: ClaimReading, unit: string): boolean {
  if (reading.value === null) return false;
  return unit === 'count' ? COUNT_UNITS.has(reading.unit) : reading.unit === unit;
}

function band(check: ClaimCheck, label: { claimed: string; balloon: string }): ClaimModel['band'] {
  const test = check.claim.test;
  if (test.indicator === 'balloon-effect')
    return { low: test.thresholdPp, high: Infinity, label: label.balloon };
  if (test.indicator === 'homicide-record' || check.claimed === null) return null;
  const tolerance = test.indicator === 'group-count' ? test.toleranceCount : test.tolerancePp;
  return {
    low: check.claimed.low - tolerance,
    high: (check.claimed.high ?? Infinity) + tolerance,
    label: label.claimed,
  };
}

/** Turns a checked claim into the widget's text, table and rows. */
export function claimModel(check: ClaimCheck, { locale, sources }: ClaimContext): ClaimModel {
  const t = claimWords(locale.lang);
  const claim = check.claim;
  const unit = chartUnit(check);
  const signed = claim.test.indicator === 'homicide-ytd-change';
  const formatIn =
    (valueUnit: string) =>
    (value: number): string => {
      if (valueUnit === 'percent')
        return formatPercent(locale.locale, value, { signed, digits: signed ? 1 : 0 });
      if (valueUnit === 'pp') return `${formatNumber(locale.locale, value, 1)} pp`;
      return formatNumber(locale.locale, value);
    };
  const format = formatIn(unit);
  // the claimed value in the claim's own unit (a balloon claim states a share, drawn as changes)
  const formatClaimed = formatIn(check.claimedUnit);
  const range = (low: number, high: number | null) =>
    high === null
      ? `≥ ${formatClaimed(low)}`
      : low === high
        ? formatClaimed(low)
        : `${formatClaimed(low)}–${formatClaimed(high)}`;
  const standing = (reading: ClaimReading): Standing =>
    reading.agrees === null ? 'undecided' : reading.agrees ? 'agrees' : 'disagrees';
  const all = [...check.now, ...check.atClaimDate];
  // the claim's own definition first, then other definitions; within each, now before the claim's date
  const order = (reading: ClaimReading) =>
    (reading.sameDefinition ? 0 : 2) + (reading.asOf === 'latest' ? 0 : 1);
  const rows: ClaimRow[] = all
    .filter((reading) => inChartUnit(reading, unit))
    .sort((a, b) => order(a) - order(b))
    .map((reading) => ({
      reading,
      label: reading.label[locale.lang],
      when: reading.asOf === 'latest' ? t.now : t.asPublished(check.claimDate),
      standing: standing(reading),
    }));
  const unitName = (name: string) => t.units[name] ?? name;
  // by unit in words, "percent" rather than the table's "%"
  const undrawn = new Map<string, number>();
  for (const reading of all) {
    if (reading.value === null || inChartUnit(reading, unit)) continue;
    const words = reading.unit === 'percent' ? t.percentWord : unitName(reading.unit);
    undrawn.set(words, (undrawn.get(words) ?? 0) + 1);
  }
  // readings for context never decide the verdict: they are not counted here either
  const decided = all.filter((reading) => reading.counted && reading.agrees !== null);
  const agreeing = decided.filter((reading) => reading.agrees).length;
  const verdict = t.verdicts[check.verdict];
  const claimed = check.claimed ? range(check.claimed.low, check.claimed.high) : null;
  const sentences = check.explanation[locale.lang];

  return {
    title: t.title,
    // the answer with its direction first, then the verdict
    summary: t.summary(
      sentences[0] ?? '',
      verdict,
      check.direction ? t.directions[check.direction] : null,
      claimed,
      agreeing,
      decided.length,
    ),
    callout: `${t.verdictLabel}: ${verdict}`,
    sources,
    citation: t.citation(claim.id, verdict),
    table: {
      columns: [
        { key: 'reading', label: t.columns.reading },
        { key: 'as_of', label: t.columns.asOf },
        { key: 'release', label: t.columns.release },
        { key: 'low', label: t.columns.low, numeric: true },
        { key: 'high', label: t.columns.high, numeric: true },
        { key: 'unit', label: t.columns.unit },
        { key: 'definition', label: t.columns.definition },
        { key: 'agrees', label: t.columns.agrees },
        { key: 'source_ids', label: t.columns.sources },
      ],
      rows: all.map((reading) => ({
        reading: reading.label[locale.lang],
        as_of: reading.asOf === 'latest' ? t.now : t.asPublished(check.claimDate),
        release: reading.vintage ?? '',
        low: reading.value ? round(reading.value.low) : null,
        high: reading.value ? round(reading.value.high) : null,
        unit: unitName(reading.unit),
        definition: t.definitions[definitionKind(reading)],
        agrees: reading.agrees === null ? '' : reading.agrees ? t.yes : t.no,
        source_ids: reading.sourceIds.join('; '),
      })),
    },
    tableCaption: t.tableCaption,
    fileName: `usmx-claim-${claim.id}`,
    quote: claim.wording,
    quoteLang: claim.language,
    rendering: locale.lang === 'en' && claim.wordingEn ? claim.wordingEn : null,
    attribution: t.attribution(claim.claimant, claim.date),
    verdict: check.verdict,
    sentences,
    rows,
    unit: unitName(unit),
    undrawn,
    zeroBased: unit === 'count' || unit === 'groups',
    band: band(check, { claimed: t.claimed, balloon: t.balloonZone }),
    format,
  };
}

/** Whether a reading is under the claim's own definition, another plausible one, or context only. */
export function definitionKind(reading: ClaimReading): 'own' | 'other' | 'context' {
  if (reading.sameDefinition) return 'own';
  return reading.counted ? 'other' : 'context';
}

/** One decimal, as the table and the CSV show it. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
