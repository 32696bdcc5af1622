/**
 * CSV as RFC 4180 describes it: a header row, one record per line, records
 * separated by CRLF, every text field in double quotes with its own double
 * quotes doubled, numbers bare, missing values empty. Pure.
 */

/** A value of one CSV field: text, a number, or nothing. */
export type CsvValue = string | number | null | undefined;

/**
 * One field, quoted as needed.
 * @param value The value.
 * @returns `""` for text (escaped), the number as written, '' for nothing.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * A whole CSV document.
 * @param header Column names.
 * @param rows Records, each with one value per column.
 * @returns The text, CRLF line ends, ending with a CRLF.
 * @throws Error when a record's length differs from the header's.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV record ${index + 1} has ${row.length} fields, expected ${header.length}`);
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
