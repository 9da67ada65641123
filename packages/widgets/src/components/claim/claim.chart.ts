import { nothing, svg } from 'lit';
import { axisBottom } from '../../internal/axis.js';
import type { Locale } from '../../internal/i18n.js';
import { boxSwatch, LEGEND_LINE, legend, type LegendItem } from '../../internal/legend.js';
import { dot, px, rect } from '../../internal/marks.js';
import { charsIn, truncate, wrapWords } from '../../internal/text-fit.js';
import type { ChartLayout, ChartPoint } from '../../internal/model.js';
import { linearScale, niceDomain, niceTicks } from '../../internal/scale.js';
import { definitionKind, type ClaimModel } from './claim.model.js';
import { claimWords } from '../../locales/words.js';

const ROW = 38;
/** From one line of a row label to the next. */
const LINE = 13;

/** A row label wraps to at most this many lines, before its date. */
const MAX_LABEL_LINES = 3;

/**
 * A row's label lines, at most `chars` characters each: the label and its date on one line where
 * they fit, else the label wrapped (to three lines at most) and the date on a line of its own, so
 * rows that differ only at the end of the label or in the date stay apart in a narrow column.
 */
export function rowLines(label: string, when: string, chars: number): string[] {
  const whole = `${label} · ${when}`;
  if (whole.length <= chars) return [whole];
  const lines = wrapWords(label, chars);
  const shown = lines.slice(0, MAX_LABEL_LINES);
  if (lines.length > MAX_LABEL_LINES) shown[MAX_LABEL_LINES - 1] += '…';
  return [...shown, when].map((line) => truncate(line, chars));
}

/** The legend entry of the ticks on rows with a reference value: a previous record or a first year's count. */
function referenceItems(model: ClaimModel, locale: Locale): LegendItem[] {
  const t = claimWords(locale.lang);
  const row = model.rows.find(({ reading }) => reading.reference);
  if (!row?.reading.reference) return [];
  const label =
    row.reading.kind === 'counting-rule' ? t.fromKey(row.reading.reference.year) : t.recordKey;
  return [{ label, swatch: svg`<path class="reference" d="M5,-11V3"></path>` }];
}

/**
 * One row per reading: its label, and its value (a dot, or a range) on a shared axis, coloured by
 * whether it agrees with the claim (hollow when it measures under another definition); the
 * claimed range (with its tolerance) is a band behind the rows, and a record or first-year count a
 * tick on its row.
 */
export function claimLayout(model: ClaimModel, width: number, locale: Locale): ChartLayout {
  const t = claimWords(locale.lang);
  const margin = { top: 34, right: 24, bottom: 28, left: 24 };
  const key = legend(
    [
      ...(model.band
        ? [
            {
              label: model.band.label,
              swatch: boxSwatch('swatch claimed-band'),
            },
          ]
        : []),
      { label: t.agrees, className: 'agrees' },
      { label: t.disagrees, className: 'disagrees' },
      ...(model.rows.some((row) => row.standing === 'undecided')
        ? [{ label: t.undecided, className: 'undecided' }]
        : []),
      { label: t.otherDefinition, className: 'other' },
      ...referenceItems(model, locale),
    ],
    margin.left,
    14,
    width - margin.left - margin.right,
  );
  margin.top += key.height - LEGEND_LINE;
  const chars = Math.max(8, charsIn(width - margin.left - margin.right));
  const labels = model.rows.map((row) => rowLines(row.label, row.when, chars));
  const rowHeights = labels.map((lines) => ROW + (lines.length - 1) * LINE);
  let next = margin.top;
  const tops = rowHeights.map((h) => (next += h) - h);
  // figures in another unit than the axis's are named below it
  const notes = [...model.undrawn].flatMap(([unit, count]) =>
    wrapWords(t.undrawn(count, unit), chars),
  );
  margin.bottom += notes.length * LINE + (notes.length > 0 ? 6 : 0);
  const height = margin.top + (rowHeights.reduce((sum, h) => sum + h, 0) || ROW) + margin.bottom;
  const values = model.rows.flatMap(({ reading }) => [
    reading.value!.low,
    reading.value!.high,
    ...(reading.reference ? [reading.reference.value] : []),
  ]);
  if (model.band)
    values.push(model.band.low, ...(Number.isFinite(model.band.high) ? [model.band.high] : []));
  const [min, max] = niceDomain(
    Math.min(...values, ...(model.zeroBased ? [0] : [])),
    Math.max(...values),
    5,
  );
  const x = linearScale([min, max], [margin.left, width - margin.right]);
  const bottom = height - margin.bottom;
  const noteMarks = notes.map(
    (line, n) =>
      svg`<text class="label undrawn" x=${px(margin.left)} y=${px(bottom + 40 + n * LINE)}>${line}</text>`,
  );
  const ticks = niceTicks(min, max, Math.max(2, Math.floor(width / 110))).map((value) => ({
    at: x(value),
    label: model.format(value),
  }));

  const bandMark = model.band
    ? svg`<g class="band">${rect(
        x(Math.max(min, model.band.low)),
        margin.top - 6,
        x(Math.min(max, model.band.high)) - x(Math.max(min, model.band.low)),
        bottom - margin.top + 6,
        'claimed-band',
      )}</g>`
    : nothing;

  const points: ChartPoint[] = [];
  const rows = model.rows.map((row, i) => {
    const top = tops[i] as number;
    const y = top + (rowHeights[i] as number) - 12;
    const { low, high } = row.reading.value!;
    const shape = row.reading.sameDefinition ? 'own' : 'other';
    const className = `mark ${row.standing} ${shape}`;
    const value = low === high ? model.format(low) : `${model.format(low)}–${model.format(high)}`;
    const standing = { agrees: t.agrees, disagrees: t.disagrees, undecided: t.undecided }[
      row.standing
    ];
    const reference = row.reading.reference;
    const referenceText = reference
      ? row.reading.kind === 'counting-rule'
        ? t.from(reference.year, model.format(reference.value))
        : t.reference(reference.year, model.format(reference.value))
      : null;
    const kind = definitionKind(row.reading);
    const definition = kind === 'own' ? null : kind === 'other' ? t.otherDefinition : t.contextOnly;
    const lines = [
      row.label,
      `${value} (${row.when})`,
      standing,
      ...(referenceText ? [referenceText] : []),
      ...(definition ? [definition] : []),
    ];
    points.push({
      x: x((low + high) / 2),
      y,
      lines,
      announcement: `${row.label}: ${value}, ${row.when}; ${standing}${referenceText ? `; ${referenceText}` : ''}${definition ? `; ${definition}` : ''}`,
    });
    return svg`<g class=${`row ${row.standing}`}>
      <text class="label row-label" x=${px(margin.left)} y=${px(top + 11)}>${(
        labels[i] as string[]
      ).map((line, n) =>
        n === 0 ? line : svg`<tspan x=${px(margin.left)} dy=${LINE}>${line}</tspan>`,
      )}</text>
      ${reference ? svg`<path class="reference" d=${`M${px(x(reference.value))},${px(y - 7)}V${px(y + 7)}`}></path>` : nothing}
      ${low === high ? dot(x(low), y, 5, className) : svg`<path class=${`${className} range`} d=${`M${px(x(low))},${px(y)}H${px(x(high))}`}></path>${dot(x(low), y, 3, className)}${dot(x(high), y, 3, className)}`}
    </g>`;
  });

  return {
    width,
    height,
    points,
    // one row per reading: the pointer picks the nearest point, not the nearest value
    pointer: 'xy',
    marks: svg`
      ${bandMark}
      ${axisBottom(ticks, bottom, margin.left, width - margin.right)}
      <g class="marks">${rows}</g>
      ${noteMarks}
      ${key.marks}`,
  };
}
