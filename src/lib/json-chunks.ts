/**
 * A JSON array as `JSON.stringify(rows, null, 2)` prints it, with a final
 * newline, in chunks of a few hundred rows: the data downloads are written
 * this way (src/lib/direct-files.ts), so that no 80 MB string is ever made.
 */

/**
 * @param rows The array's items.
 * @param rowsPerChunk How many items a chunk holds.
 * @yields Consecutive pieces of `${JSON.stringify(rows, null, 2)}\n`.
 */
export function* jsonArrayChunks(rows: readonly unknown[], rowsPerChunk = 256): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    const end = Math.min(start + rowsPerChunk, rows.length);
    // Items stringified inside an array of their own come out indented as in the whole array.
    const items = rows.slice(start, end).map((row) => JSON.stringify([row], null, 2).slice(2, -2));
    yield `${start === 0 ? '[\n' : ''}${items.join(',\n')}${end === rows.length ? '\n]\n' : ',\n'}`;
  }
}
