import { regionByCode, regionByInegiCode } from '../regions.js';
import type { HomicideObservation } from '../schemas/homicides.js';
import { parseCount, parseYear } from './cells.js';
import { IssueList } from './issue-list.js';
import { checkOptions, findColumns, readRows, requireColumns, type ParseOptions } from './table.js';

/** `MX`, `MX-CHH` (any case), or an INEGI code (`0`/`00` nation, `8`/`08` Chihuahua). */
function regionCode(text: string): string | undefined {
  const trimmed = text.trim();
  return (regionByCode(trimmed.toUpperCase()) ?? regionByInegiCode(trimmed))?.code;
}

/**
 * Reads a long CSV with the columns `region,year,month,count` (in any order; other columns are
 * ignored) into validated observations.
 *
 * - `region`: `MX` or an ISO 3166-2 code (`MX-CHH`), or an INEGI state code (`8` or `08`; `0`/`00` for the nation).
 * - `month`: 1-12. `count`: a whole number, thousands separators allowed (`"1,234"`).
 *
 * Copes with a UTF-8 byte-order mark, CRLF line ends, Windows-1252 bytes and quoted fields. Every
 * row must have as many cells as the header: `MX,2020,1,1,234` is rejected, not read as a count
 * of 1 (quote it: `"1,234"`).
 *
 * @throws DataValidationError listing the problems (the first 100, `MAX_FILE_ISSUES`, with the
 * `total` counted), each at the file line it is on (blank lines counted) and its column: bad
 * options (row 0), input that is not text or bytes, an empty file, a missing column, a row with
 * another number of cells than the header, a quote never closed, a non-numeric or negative count,
 * a month outside 1-12, an unknown region, or a (region, year, month) given twice.
 */
export function parseLongCsv(
  input: string | Uint8Array,
  options: ParseOptions,
): HomicideObservation[] {
  const issues = new IssueList();
  checkOptions(options, issues);
  issues.throwIfAny();
  const seen = new Map<string, number>();
  const observations: HomicideObservation[] = [];
  readRows(input, issues, (header, headerLine) => {
    const { index, missing } = findColumns(header, {
      region: 'region',
      year: 'year',
      month: 'month',
      count: 'count',
    });
    requireColumns(missing, headerLine);
    const name = (column: keyof typeof index) => header[index[column]]!;
    return (cells, row) => {
      const cell = (column: keyof typeof index) => cells[index[column]]!;
      const before = issues.total;
      const region = regionCode(cell('region'));
      if (!region)
        issues.add(row, name('region'), cell('region'), { code: 'unknown-region', params: {} });
      const year = parseYear(cell('year'));
      if (typeof year !== 'number') issues.add(row, name('year'), cell('year'), year);
      const monthText = cell('month').trim();
      const month = Number(monthText);
      if (!/^\d{1,2}$/.test(monthText) || month < 1 || month > 12)
        issues.add(row, name('month'), cell('month'), { code: 'month-range', params: {} });
      const count = parseCount(cell('count'));
      if (typeof count !== 'number') issues.add(row, name('count'), cell('count'), count);
      if (issues.total > before || !region || typeof year !== 'number' || typeof count !== 'number')
        return;
      const key = `${region}|${year}|${month}`;
      const first = seen.get(key);
      if (first !== undefined) {
        issues.add(row, name('month'), cell('month'), {
          code: 'duplicate-row',
          params: { firstRow: first },
        });
        return;
      }
      seen.set(key, row);
      observations.push({
        seriesId: options.seriesId,
        region,
        year,
        month,
        count,
        sourceId: options.sourceId,
        vintage: options.vintage,
      });
    };
  });
  issues.throwIfAny();
  return observations;
}
