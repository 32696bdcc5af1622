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
  return [...csvChunks(header, rows)].join('');
}

/**
 * The text of {@link toCsv} in chunks of a few hundred records, for writing a large document without
 * holding it whole.
 * @param header Column names.
 * @param rows Records, each with one value per column.
 * @param recordsPerChunk How many records a chunk holds.
 * @yields Consecutive pieces of the text.
 * @throws Error when a record's length differs from the header's.
 */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly CsvValue[]>, recordsPerChunk = 256): Generator<string> {
  let lines = [header.map(csvField).join(',')];
  let index = 0;
  for (const row of rows) {
    index += 1;
    if (row.length !== header.length) throw new Error(`CSV record ${index} has ${row.length} fields, expected ${header.length}`);
    lines.push(row.map(csvField).join(','));
    if (lines.length >= recordsPerChunk) {
      yield `${lines.join('\r\n')}\r\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
}
