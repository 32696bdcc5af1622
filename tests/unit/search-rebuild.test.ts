/**
 * The search worker's work after a small change, end to end: build the
 * search files of a corpus into a site folder, change it, build again with
 * the cache of the first build, and compare every file of `search/` with a
 * build of the changed corpus from scratch (byte for byte), while checking
 * that the rebuild patched the previous index instead of making it again.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchFiles, writeSearchFiles } from '../../src/search/build-files.ts';
import { buildSearchIndex, recordDigest } from '../../src/search/build-index.ts';
import { readPieces, readPreviousIndex, searchCodeKey, storeFiles, writeIndexState, writePieces } from '../../src/search/index-cache.ts';
import type { SearchRecord } from '../../src/search/types.ts';
import { borderCourtCorpus } from './support/search-corpus.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'search-rebuild-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A project folder of its own (so that its search cache is its own): this
 * project's sources, and the two packages the search's code key reads.
 * @param name The folder's name.
 * @returns Its path.
 */
function project(name: string): string {
  const root = path.join(scratch, name);
  mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  symlinkSync(path.resolve('src'), path.join(root, 'src'));
  for (const dependency of ['fuse.js', 'esbuild']) symlinkSync(path.resolve('node_modules', dependency), path.join(root, 'node_modules', dependency));
  return root;
}

/**
 * @param root A project folder.
 * @returns Its search cache folder.
 */
function cacheOf(root: string): string {
  return path.join(root, 'node_modules/.astro/dossier-search');
}

/**
 * Build the search files and write them into a new output folder.
 * @param root The project folder.
 * @param records The records.
 * @param out The output folder (made anew).
 * @returns File name -> content of everything written to `search/`.
 */
async function buildInto(root: string, records: SearchRecord[], out: string): Promise<Map<string, string>> {
  rmSync(out, { recursive: true, force: true });
  await writeSearchFiles(await buildSearchFiles(records, root), out, undefined);
  const dir = path.join(out, 'search');
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

/**
 * @param records Records.
 * @param url The record to change.
 * @param change What to do to it.
 * @returns A copy with that record changed.
 */
function changed(records: SearchRecord[], url: string, change: (record: SearchRecord) => SearchRecord): SearchRecord[] {
  return records.map((record) => (record.url === url ? change(record) : record));
}

describe('search files rebuilt after a change', () => {
  it('are byte for byte those of a build from scratch, after a body edit, a new word, a word gone and an added article', async () => {
    const root = project('rebuild');
    const original = borderCourtCorpus(120, true);
    await buildInto(root, original, path.join(scratch, 'out-0'));
    expect(existsSync(path.join(cacheOf(root), `index-${searchCodeKey(root)}.json`))).toBe(true);

    // One edit after another, each built with the previous build's cache and compared with a build from scratch.
    const edits: SearchRecord[][] = [];
    edits.push(changed(original, 'articles/a61.html', (record) => ({ ...record, body: `${record.body!.replace('63', '70')} The figures were updated after publication, officials said.` })));
    edits.push(changed(edits[0]!, 'articles/a7.html', (record) => ({ ...record, body: `${record.body} A zephyrous wind blew over the quorum.` })));
    edits.push(changed(edits[1]!, 'articles/a7.html', (record) => ({ ...record, body: record.body!.replace(' A zephyrous wind blew over the quorum.', ''), title: 'Court hears a case' })));
    edits.push([...edits[2]!, { kind: 'article', url: 'articles/new.html', title: 'A new article on the border court', meta: ['Border Monitor'], body: 'Officials in Osh spoke.', rank: 20200150 }]);
    for (const [step, records] of edits.entries()) {
      const rebuilt = await buildInto(root, records, path.join(scratch, `out-${step + 1}`));
      const scratchRoot = project(`cold-${step}`);
      const cold = await buildInto(scratchRoot, records, path.join(scratch, `cold-out-${step}`));
      expect([...rebuilt.keys()]).toEqual([...cold.keys()]);
      for (const [name, content] of cold) expect(rebuilt.get(name), `search/${name} after edit ${step}`).toBe(content);
    }
  });

  it('patches the previous index: only the changed record’s terms are read and computed, the other shards’ files are kept unread', () => {
    const dir = path.join(scratch, 'patch');
    const codeKey = 'patch-test';
    const before = borderCourtCorpus(60, true);
    const options = { docShardSize: 8, textShardSize: 4 };
    const firstPieces = readPieces(dir, codeKey);
    const first = buildSearchIndex(before, { ...options, pieces: firstPieces });
    writePieces(dir, codeKey, firstPieces);
    storeFiles(dir, 'first', first.files);
    writeIndexState(dir, codeKey, 'first', first.state);

    const after = changed(before, 'articles/a30.html', (record) => ({ ...record, body: `${record.body} Officials said the hearing would resume in spring.` }));
    const previous = readPreviousIndex(dir, codeKey);
    expect(previous?.state.docs).toEqual(first.state.docs);
    const pieces = readPieces(dir, codeKey);
    const read: string[] = [];
    const files = previous!.files;
    const patched = buildSearchIndex(after, { ...options, pieces, previous: { state: previous!.state, files: { ...files, read: (name) => (read.push(name), files.read(name)) } } });
    // The changed record's previous terms read, its new ones computed, no other record's terms read or computed.
    expect(pieces.counts).toEqual({ termsReused: 0, termsBuilt: 1 });
    // Every doc and text shard but the changed document's kept from the previous build, and none of them read.
    const doc = patched.records.findIndex((record) => record.url === 'articles/a30.html');
    const docShards = Math.ceil(after.length / 8);
    const textShards = [...first.files.keys()].filter((name) => name.startsWith('t-')).length;
    expect([...patched.kept.digests.keys()].sort()).toEqual(
      [...first.files.keys()].filter((name) => /^[dt]-/.test(name) && name !== `d-${Math.floor(doc / 8)}.js` && name !== `t-${Math.floor(doc / 4)}.js`).sort(),
    );
    expect(patched.kept.digests.size).toBe(docShards + textShards - 2);
    expect(read).toEqual([]);
    // And the files, kept ones included, are the cold build's.
    const cold = buildSearchIndex(after, options);
    const all = new Map([...patched.files, ...[...patched.kept.digests.keys()].map((name) => [name, patched.kept.read(name)!] as const)]);
    expect(new Map([...all].sort())).toEqual(new Map([...cold.files].sort()));
    expect(patched.state).toEqual(cold.state);
    expect(patched.state.docs).toEqual(cold.records.map(recordDigest));
  });

  it('does not trust a previous index whose files are gone, or written by other code', () => {
    const dir = path.join(scratch, 'untrusted');
    const records = borderCourtCorpus(20);
    const first = buildSearchIndex(records);
    storeFiles(dir, 'k1', first.files);
    writeIndexState(dir, 'code-a', 'k1', first.state);
    expect(readPreviousIndex(dir, 'code-a')).toBeDefined();
    expect(readPreviousIndex(dir, 'code-b')).toBeUndefined();
    // The files of another key replace those the state was written for: the state no longer describes the cache.
    storeFiles(dir, 'k2', first.files);
    expect(readPreviousIndex(dir, 'code-a')).toBeUndefined();
    // A state is written only for files that were stored.
    writeIndexState(dir, 'code-a', 'never-stored', first.state);
    expect(readPreviousIndex(dir, 'code-a')).toBeUndefined();
    expect(readdirSync(dir).filter((name) => name.startsWith('index-'))).toEqual([]);
  });
});
