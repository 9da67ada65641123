import { nothing, svg } from 'lit';
import { axisBottom } from '../../internal/axis.js';
import type { Locale } from '../../internal/i18n.js';
import { LEGEND_LINE, legend } from '../../internal/legend.js';
import { dot, px, rect } from '../../internal/marks.js';
import type { ChartLayout, ChartPoint } from '../../internal/model.js';
import { linearScale, niceDomain, niceTicks } from '../../internal/scale.js';
import { claimMessages } from './claim.messages.js';
import type { ClaimModel } from './claim.model.js';

const ROW = 38;
/** Approximate width of one character of the 12 px label font. */
const CHAR_WIDTH = 6.4;

function truncate(text: string, width: number): string {
  const max = Math.max(8, Math.floor(width / CHAR_WIDTH));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * One row per reading: its label, and its value (a dot, or a range) on a shared axis, coloured by
 * whether it agrees with the claim (hollow when it measures under another definition); the
 * claimed range (with its tolerance) is a band behind the rows, and a record or first-year count a
 * tick on its row.
 */
export function claimLayout(model: ClaimModel, width: number, locale: Locale): ChartLayout {
  const t = claimMessages[locale.lang];
  const margin = { top: 34, right: 24, bottom: 28, left: 24 };
  const key = legend(
    [
      ...(model.band ? [{ label: model.band.label, className: 'claimed-band' }] : []),
      { label: t.agrees, className: 'agrees' },
      { label: t.disagrees, className: 'disagrees' },
      { label: t.otherDefinition, className: 'other' },
    ],
    margin.left,
    14,
    width - margin.left - margin.right,
  );
  margin.top += key.height - LEGEND_LINE;
  const height = margin.top + Math.max(1, model.rows.length) * ROW + margin.bottom;
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
    const top = margin.top + i * ROW;
    const y = top + 26;
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
    const lines = [
      row.label,
      `${value} (${row.when})`,
      standing,
      ...(referenceText ? [referenceText] : []),
      ...(row.reading.sameDefinition ? [] : [t.otherDefinition]),
    ];
    points.push({
      x: x((low + high) / 2),
      y,
      lines,
      announcement: `${row.label}: ${value}, ${row.when}; ${standing}${referenceText ? `; ${referenceText}` : ''}${row.reading.sameDefinition ? '' : `; ${t.otherDefinition}`}`,
    });
    return svg`<g class=${`row ${row.standing}`}>
      <text class="label row-label" x=${px(margin.left)} y=${px(top + 11)}>${truncate(`${row.label} · ${row.when}`, width - margin.left - margin.right)}</text>
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
      ${key.marks}`,
  };
}
