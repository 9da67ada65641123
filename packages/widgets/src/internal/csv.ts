import { formatCsv, type CsvCell } from '@usmx/data/csv';

/** A column of a data table: the key in each row, its header, and whether it holds numbers. */
export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
}

/** A table of what the chart shows, used for the data table and the CSV download. */
export interface TableModel {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly Readonly<Record<string, string | number | null | undefined>>[];
}

/** The key of the last column of a downloaded table: what the table is and where it comes from. */
const CITATION_COLUMN = 'citation';

/**
 * The CSV a reader downloads: `table` as one rectangular table (header row of column keys, one line
 * per row, written by `@usmx/data/csv`), with a last column {@link CITATION_COLUMN} that holds the
 * `citation` lines (title, summary, sources, how to cite) joined by ` | ` on every row.
 *
 * Why a column and not `#` lines above the table: the comment lines of a spreadsheet-bound file
 * split at their commas in Excel and make `pd.read_csv` and `read.csv` fail or guess the header;
 * a column keeps the header on the first line for every reader, and the citation stays with each
 * row when the reader filters, sorts or merges. A table without rows gets one row, empty but for
 * the citation.
 */
export function toCsv(table: TableModel, citation: readonly string[]): string {
  const cite = citation.map((line) => line.replace(/\s*\r?\n\s*/g, ' ')).join(' | ');
  const rows: TableModel['rows'] = table.rows.length > 0 ? table.rows : [{}];
  return formatCsv(
    rows.map((row): Record<string, CsvCell> => ({ ...row, [CITATION_COLUMN]: cite })),
    [...table.columns.map((column) => column.key), CITATION_COLUMN],
  );
}
