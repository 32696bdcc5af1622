/**
 * Downloads made of pieces reused by key from the last build's file
 * (src/lib/download-pieces.ts): the bytes are always the whole text, pieces
 * whose key is unchanged are read from the old file, and an index that does
 * not describe the file is not trusted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { piecedDownload, type Piece, type PieceLayout } from '../../src/lib/download-pieces.ts';

const json: PieceLayout = { head: '[\n', separator: ',\n', tail: '\n]\n', empty: '[]\n' };
const csv: PieceLayout = { head: 'a,b\r\n', separator: '', tail: '', empty: 'a,b\r\n' };

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * @param rows Row texts by key, in order.
 * @param made Collects the keys whose text was made.
 * @returns The pieces.
 */
function piecesOf(rows: Array<[string, string]>, made: string[] = []): Piece[] {
  return rows.map(([key, text]) => ({ key, text: () => (made.push(key), text) }));
}

/**
 * Write a download as a build would: the chunks to the file, then the index.
 * @param folder The cache folder.
 * @param pieces The pieces.
 * @param layout The layout.
 * @param code The code key.
 * @returns The text written and how many pieces were reused.
 */
function build(folder: string, pieces: Piece[], layout: PieceLayout, code = 'code-1'): { text: string; reused: number } {
  const cache = { file: path.join(folder, 'figures.json'), index: path.join(folder, 'figures.json.pieces.json'), code };
  const download = piecedDownload(pieces, layout, cache);
  const bytes = Buffer.concat(copies(download.chunks));
  // The new file replaces the cached copy (as direct-files.ts renames it into place).
  writeFileSync(`${cache.file}.new`, bytes);
  rmSync(cache.file, { force: true });
  writeFileSync(cache.file, bytes);
  rmSync(`${cache.file}.new`);
  download.saveIndex();
  return { text: bytes.toString('utf8'), reused: download.reused() };
}

/**
 * @param chunks A download's chunks (one of reused bytes is valid until the next is asked for).
 * @returns A copy of each.
 */
function copies(chunks: Iterable<Uint8Array>): Buffer[] {
  return Array.from(chunks, (chunk) => Buffer.from(chunk));
}

/**
 * @returns A new temporary folder, removed after the test.
 */
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-pieces-'));
  folders.push(dir);
  return dir;
}

const rows: Array<[string, string]> = [
  ['a1', '  {\n    "id": "a1", "quote": "ünïcödé «»"\n  }'],
  ['a2', '  {\n    "id": "a2"\n  },\n  {\n    "id": "a2b"\n  }'],
  ['a3', '  {\n    "id": "a3"\n  }'],
  ['a4', '  {\n    "id": "a4 — 𝄞"\n  }'],
];
const whole = (list: Array<[string, string]>, layout: PieceLayout): string => (list.length === 0 ? layout.empty : `${layout.head}${list.map(([, text]) => text).join(layout.separator)}${layout.tail}`);

describe('piecedDownload', () => {
  it('without a cache, gives the whole text and makes every piece', () => {
    const made: string[] = [];
    const download = piecedDownload(piecesOf(rows, made), json);
    expect(Buffer.concat([...download.chunks]).toString('utf8')).toBe(whole(rows, json));
    expect(made).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(Buffer.concat([...piecedDownload([], json).chunks]).toString('utf8')).toBe('[]\n');
    expect(Buffer.concat([...piecedDownload(piecesOf(rows), csv).chunks]).toString('utf8')).toBe(whole(rows, csv));
  });

  it('reads unchanged pieces from the last build and makes only the new ones, with the same bytes as a whole build', () => {
    const dir = folder();
    expect(build(dir, piecesOf(rows), json)).toEqual({ text: whole(rows, json), reused: 0 });
    const changed: Array<[string, string]> = [rows[0]!, ['a2-new', '  {\n    "id": "a2 changed"\n  }'], rows[2]!, ['a3b', '  {\n    "id": "a3b, new"\n  }'], rows[3]!];
    const made: string[] = [];
    const second = build(dir, piecesOf(changed, made), json);
    expect(second.text).toBe(whole(changed, json));
    expect(made).toEqual(['a2-new', 'a3b']);
    expect(second.reused).toBe(3);
    // A third build with a piece removed and the order kept: everything is read, runs span the separators.
    const shorter = changed.filter(([key]) => key !== 'a3b');
    const third: string[] = [];
    expect(build(dir, piecesOf(shorter, third), json)).toEqual({ text: whole(shorter, json), reused: 4 });
    expect(third).toEqual([]);
    for (const list of [[], [rows[1]!], [...rows].reverse()]) expect(build(dir, piecesOf(list), csv).text).toBe(whole(list, csv));
  });

  it('reads the bytes from the old file: an index that does not match the file, or another code key, is not trusted', () => {
    const dir = folder();
    build(dir, piecesOf(rows), json);
    const file = path.join(dir, 'figures.json');
    // The same bytes in another file (another inode, another time): every piece is made again.
    const bytes = readFileSync(file);
    rmSync(file);
    writeFileSync(file, bytes);
    utimesSync(file, new Date(2001, 1, 1), new Date(2001, 1, 1));
    const made: string[] = [];
    expect(build(dir, piecesOf(rows, made), json).text).toBe(whole(rows, json));
    expect(made).toEqual(['a1', 'a2', 'a3', 'a4']);
    const again: string[] = [];
    expect(build(dir, piecesOf(rows, again), json, 'code-2').reused).toBe(0);
    expect(again).toHaveLength(4);
    // A damaged index is no index.
    writeFileSync(path.join(dir, 'figures.json.pieces.json'), '{"code":');
    expect(build(dir, piecesOf(rows), json, 'code-2')).toEqual({ text: whole(rows, json), reused: 0 });
  });

  it('cuts a large download into chunks of about a megabyte, reused runs included', () => {
    const dir = folder();
    const many: Array<[string, string]> = Array.from({ length: 3000 }, (_, index) => [`k${index}`, `  {\n    "row": ${index}, "text": "${'x'.repeat(1000)}"\n  }`]);
    build(dir, piecesOf(many), json);
    const next = [...many.slice(0, 1500), ['new', '  {}'] as [string, string], ...many.slice(1500)];
    const download = piecedDownload(piecesOf(next), json, { file: path.join(dir, 'figures.json'), index: path.join(dir, 'figures.json.pieces.json'), code: 'code-1' });
    const chunks = copies(download.chunks);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(whole(next, json));
    expect(download.reused()).toBe(3000);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(2.1 * (1 << 20));
  });

  it('has a digest that follows the keys in order, the layout and the code key, known before any piece is made', () => {
    const made: string[] = [];
    const cache = (code: string) => ({ file: '/nonexistent/figures.json', index: '/nonexistent/figures.json.pieces.json', code });
    const digest = piecedDownload(piecesOf(rows, made), json, cache('code-1')).digest;
    expect(made).toEqual([]);
    // The texts do not count: a piece's bytes follow from its key.
    expect(piecedDownload(piecesOf(rows.map(([key]) => [key, 'other text'])), json, cache('code-1')).digest).toBe(digest);
    const others = [
      piecedDownload(piecesOf([...rows].reverse()), json, cache('code-1')),
      piecedDownload(piecesOf(rows.slice(1)), json, cache('code-1')),
      piecedDownload(piecesOf([...rows, ['a5', '{}']]), json, cache('code-1')),
      piecedDownload(piecesOf(rows), csv, cache('code-1')),
      piecedDownload(piecesOf(rows), json, cache('code-2')),
      piecedDownload(piecesOf([['a1a2', 'x'], ['a3', 'y']]), json, cache('code-1')),
      piecedDownload(piecesOf([['a1', 'x'], ['a2a3', 'y']]), json, cache('code-1')),
    ].map((download) => download.digest);
    expect(new Set([digest, ...others]).size).toBe(others.length + 1);
  });

  it('leaves the index alone when the chunks are never made (the last file is kept whole)', () => {
    const dir = folder();
    build(dir, piecesOf(rows), json);
    const indexFile = path.join(dir, 'figures.json.pieces.json');
    const index = readFileSync(indexFile, 'utf8');
    const made: string[] = [];
    const kept = piecedDownload(piecesOf(rows, made), json, { file: path.join(dir, 'figures.json'), index: indexFile, code: 'code-1' });
    kept.saveIndex();
    expect(readFileSync(indexFile, 'utf8')).toBe(index);
    expect(made).toEqual([]);
    expect(kept.reused()).toBe(rows.length);
    // The index still describes the file: a later build reads every piece from it.
    expect(build(dir, piecesOf(rows), json)).toEqual({ text: whole(rows, json), reused: rows.length });
  });
});
