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

/**
 * Serialises `table` as RFC 4180 CSV, preceded by `#` comment lines with the citation. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
 */
export function toCsv(table: TableModel, header: readonly string[] = []): string {
  const lines = header.map((line) => `# ${line.replace(/\r?\n/g, ' ')}`);
  lines.push(table.columns.map((column) => csvField(column.key)).join(','));
  for (const row of table.rows) {
    lines.push(table.columns.map((column) => csvField(row[column.key])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
