import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { readPieces, readStoredFiles, searchCacheKey, searchCodeKey, storeFiles, writePieces } from '../../src/search/index-cache.ts';
import { addShortAnswers } from '../../src/search/short-answers.ts';
import type { SearchRecord } from '../../src/search/types.ts';
import { borderCourtCorpus } from './support/search-corpus.ts';

const root = process.cwd();
const records: SearchRecord[] = [
  { kind: 'article', url: 'articles/a.html', title: 'Recruiters detained in Osh', body: 'Security officers in Osh detained two recruiters on Monday.' },
  { kind: 'entity', url: 'entities/osh.html', title: 'Osh', aliases: ['Oš'] },
];
const scratch = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * @param count Number of articles.
 * @returns The shared border-court corpus with its figure.
 */
function corpus(count: number): SearchRecord[] {
  return borderCourtCorpus(count, true);
}

describe('searchCacheKey', () => {
  it('is the same for the same records and changes when one record’s text changes', () => {
    const key = searchCacheKey(records, root);
    expect(searchCacheKey(records.map((record) => ({ ...record })), root)).toBe(key);
    const edited = [{ ...records[0]!, body: 'Security officers in Osh detained three recruiters on Monday.' }, records[1]!];
    expect(searchCacheKey(edited, root)).not.toBe(key);
  });
});

describe('storeFiles / readStoredFiles', () => {
  it('reads back what was written, with each file’s digest, keeps only the latest entry, and reads nothing for an unknown key', () => {
    const dir = path.join(scratch, 'dossier-search');
    const first = storeFiles(dir, 'aaa', new Map([['meta.js', 'one'], ['t-0.js', 'two']]));
    expect(first.read('meta.js')).toBe('one');
    const again = readStoredFiles(dir, 'aaa');
    expect([...again!.digests.keys()]).toEqual(['meta.js', 't-0.js']);
    expect(again!.digests.get('t-0.js')).toBe(first.digests.get('t-0.js'));
    expect(again!.read('t-0.js')).toBe('two');
    expect(again!.read('nothing.js')).toBeUndefined();
    storeFiles(dir, 'bbb', new Map([['meta.js', 'three']]));
    expect(readdirSync(dir).sort()).toEqual(['files-bbb.json', 'files.pack']);
    expect(readStoredFiles(dir, 'aaa')).toBeUndefined();
    expect(readStoredFiles(dir, 'bbb')?.read('meta.js')).toBe('three');
  });

  it('appends only contents the pack does not hold, and starts a new pack when most of it is no longer listed', () => {
    const dir = path.join(scratch, 'append');
    const big = (letter: string): string => letter.repeat(1000);
    const pack = path.join(dir, 'files.pack');
    storeFiles(dir, 'k1', new Map([['a.js', big('a')], ['b.js', big('b')], ['c.js', big('c')]]));
    expect(statSync(pack).size).toBe(3000);
    // One file changed: 1,000 bytes appended, the others found where they are.
    const second = storeFiles(dir, 'k2', new Map([['a.js', big('a')], ['b.js', big('B')], ['c.js', big('c')]]));
    expect(statSync(pack).size).toBe(4000);
    expect(second.read('b.js')).toBe(big('B'));
    expect(readStoredFiles(dir, 'k2')?.read('a.js')).toBe(big('a'));
    expect(readStoredFiles(dir, 'k2')?.read('c.js')).toBe(big('c'));
    // Contents moved between names are found by digest.
    const third = storeFiles(dir, 'k3', new Map([['a.js', big('c')], ['n.js', big('a')]]));
    expect(statSync(pack).size).toBe(4000);
    expect(third.read('a.js')).toBe(big('c'));
    expect(readStoredFiles(dir, 'k3')?.read('n.js')).toBe(big('a'));
    // 4,000 bytes of pack for 1,000 listed: a new pack of exactly the listed files.
    const fourth = storeFiles(dir, 'k4', new Map([['a.js', big('a')]]));
    expect(statSync(pack).size).toBe(1000);
    expect(fourth.read('a.js')).toBe(big('a'));
    expect(readdirSync(dir).sort()).toEqual(['files-k4.json', 'files.pack']);
  });
});

describe('storeFiles with files kept from the previous build', () => {
  it('lists a kept file where the pack holds it without reading it, and reads it only to write a new pack', () => {
    const dir = path.join(scratch, 'kept');
    const big = (letter: string): string => letter.repeat(1000);
    const first = storeFiles(dir, 'k1', new Map([['d-0.js', big('a')], ['d-1.js', big('b')], ['meta.js', big('m')]]));
    const reads: string[] = [];
    const kept = (names: string[]) => ({
      digests: new Map(names.map((name) => [name, first.digests.get(name)!])),
      read: (name: string) => (reads.push(name), first.read(name)),
    });
    const second = storeFiles(dir, 'k2', new Map([['meta.js', big('M')]]), kept(['d-0.js', 'd-1.js']));
    expect(reads).toEqual([]);
    expect(statSync(path.join(dir, 'files.pack')).size).toBe(4000);
    expect(second.read('d-1.js')).toBe(big('b'));
    expect(readStoredFiles(dir, 'k2')?.read('d-0.js')).toBe(big('a'));
    expect(readStoredFiles(dir, 'k2')?.digests.get('d-0.js')).toBe(first.digests.get('d-0.js'));
    // Most of the pack unused: the new pack is written with the kept file read from the old one.
    const fromSecond = { digests: new Map([['d-1.js', second.digests.get('d-1.js')!]]), read: (name: string) => (reads.push(name), second.read(name)) };
    const third = storeFiles(dir, 'k3', new Map([['meta.js', 'x']]), fromSecond);
    expect(reads).toEqual(['d-1.js']);
    expect(statSync(path.join(dir, 'files.pack')).size).toBe(1001);
    expect(third.read('d-1.js')).toBe(big('b'));
    expect(readStoredFiles(dir, 'k3')?.read('meta.js')).toBe('x');
  });
});

describe('incremental index build (pieces of the previous build)', () => {
  it('reuses the terms of unchanged records, computes the changed ones’, and gives exactly the cold build’s files', async () => {
    const dir = path.join(scratch, 'pieces');
    const codeKey = searchCodeKey(root);
    const before = corpus(60);
    const firstPieces = readPieces(dir, codeKey);
    const first = buildSearchIndex(before, { pieces: firstPieces, docShardSize: 8, textShardSize: 4 });
    expect(firstPieces.counts.termsReused).toBe(0);
    writePieces(dir, codeKey, firstPieces);
    expect(existsSync(path.join(dir, `pieces-${codeKey}.jsonl`))).toBe(true);
    expect(first.files.size).toBeGreaterThan(10);

    // One article changed (a new sentence and another number), same place in the order.
    const after = before.map((record) => (record.url === 'articles/a30.html' ? { ...record, body: `${record.body} Officials said the hearing would resume in spring.` } : record));
    const pieces = readPieces(dir, codeKey);
    const incremental = buildSearchIndex(after, { pieces, docShardSize: 8, textShardSize: 4 });
    const cold = buildSearchIndex(after, { docShardSize: 8, textShardSize: 4 });
    expect(pieces.counts.termsBuilt).toBe(1);
    expect(pieces.counts.termsReused).toBe(after.length - 1);
    expect(incremental.files).toEqual(cold.files);
    expect(incremental.files.get('meta.js')).not.toBe(first.files.get('meta.js'));
    // The stored answers are made from the files, so they are the same too.
    await addShortAnswers(incremental);
    await addShortAnswers(cold);
    expect(incremental.files).toEqual(cold.files);
  });

  it('ignores pieces written by other search code', () => {
    const dir = path.join(scratch, 'pieces-other');
    const pieces = readPieces(dir, 'one');
    buildSearchIndex(corpus(5), { pieces });
    writePieces(dir, 'one', pieces);
    const other = readPieces(dir, 'two');
    buildSearchIndex(corpus(5), { pieces: other });
    expect(other.counts.termsReused).toBe(0);
    const again = readPieces(dir, 'one');
    buildSearchIndex(corpus(5), { pieces: again });
    expect(again.counts.termsBuilt).toBe(0);
  });

  it('appends the pieces a build made, rewrites the file when most of it is unused, and reads up to a line cut short', () => {
    const dir = path.join(scratch, 'pieces-journal');
    const file = path.join(dir, 'pieces-k.jsonl');
    const records = corpus(40);
    const build = (input: typeof records) => {
      const pieces = readPieces(dir, 'k');
      const index = buildSearchIndex(input, { pieces, docShardSize: 8, textShardSize: 4 });
      writePieces(dir, 'k', pieces);
      return { pieces, index };
    };
    const cold = build(records).pieces;
    const piecesOfABuild = cold.used.size;
    expect(piecesOfABuild).toBe(records.length);
    const first = readFileSync(file, 'utf8');
    expect(first.split('\n').filter(Boolean)).toHaveLength(piecesOfABuild);

    // One record changed: its terms are appended; the rest of the file is as it was.
    const changed = records.map((record) => (record.url === 'articles/a7.html' ? { ...record, body: `${record.body} The court adjourned until May.` } : record));
    const second = build(changed);
    expect(second.pieces.counts.termsBuilt).toBe(1);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(first)).toBe(true);
    expect(after.slice(first.length).split('\n').filter(Boolean)).toHaveLength(1);
    expect(build(changed).pieces.counts.termsBuilt).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(after);

    // Every record changed: more unused pieces than used ones, so the file holds only the used ones again.
    const renamed = records.map((record) => ({ ...record, body: `${record.body} Updated.` }));
    build(renamed);
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(piecesOfABuild);

    // A write cut short: the whole lines before it are still used, and the next build writes the file anew.
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, `${whole}["t","abc`);
    const cut = build(renamed);
    expect(cut.pieces.counts.termsBuilt).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });
});
