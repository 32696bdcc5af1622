/**
 * The data downloads written in chunks (src/lib/json-chunks.ts, csvChunks of
 * src/lib/csv.ts) are byte for byte the whole texts they replace.
 */
import { describe, expect, it } from 'vitest';
import { csvChunks, csvField, toCsv } from '../../src/lib/csv.ts';
import { jsonArrayChunks } from '../../src/lib/json-chunks.ts';

/** Rows of the shapes the downloads hold: nested lists and objects, empty ones, nulls, other scripts, quotes. */
const rows = Array.from({ length: 601 }, (_, index) => ({
  id: `a-${index}`,
  value: index % 3 === 0 ? null : index * 1.5,
  countries: index % 4 === 0 ? [] : ['KG', 'SY'],
  quote: `"Более ${index} человек" — said the ministry\nline two`,
  csl: { author: index % 5 === 0 ? [] : [{ family: 'Paraszczuk', given: 'Joanna' }], issued: { 'date-parts': [[2015, 4, 21]] }, empty: {} },
}));

describe('jsonArrayChunks', () => {
  it('joins to JSON.stringify(rows, null, 2) with a final newline, whatever the chunk size', () => {
    for (const size of [1, 2, 7, 256, 600, 601, 1000]) {
      const chunks = [...jsonArrayChunks(rows, size)];
      expect(chunks.join('')).toBe(`${JSON.stringify(rows, null, 2)}\n`);
      expect(chunks.length).toBe(Math.ceil(rows.length / size));
    }
    expect([...jsonArrayChunks([])].join('')).toBe(`${JSON.stringify([], null, 2)}\n`);
    expect([...jsonArrayChunks([{ a: 1 }])].join('')).toBe(`${JSON.stringify([{ a: 1 }], null, 2)}\n`);
    expect([...jsonArrayChunks([null, 'x', [1, [2]]], 2)].join('')).toBe(`${JSON.stringify([null, 'x', [1, [2]]], null, 2)}\n`);
  });
});

describe('csvChunks', () => {
  const header = ['id', 'value', 'quote'];
  const records = rows.map((row) => [row.id, row.value, row.quote]);

  it('joins to the whole document, CRLF line ends, and cuts it into chunks of whole records', () => {
    const whole = `${[header.map(csvField).join(','), ...records.map((record) => record.map(csvField).join(','))].join('\r\n')}\r\n`;
    expect(toCsv(header, records)).toBe(whole);
    const chunks = [...csvChunks(header, records, 100)];
    expect(chunks.join('')).toBe(whole);
    expect(chunks.every((chunk) => chunk.endsWith('\r\n'))).toBe(true);
    expect([...csvChunks(header, [])].join('')).toBe('"id","value","quote"\r\n');
  });

  it('names the first record of the wrong length', () => {
    expect(() => [...csvChunks(header, [...records.slice(0, 300), ['only one']], 100)]).toThrow('CSV record 301 has 1 fields, expected 3');
  });
});
