import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { readShortAnswers, storeFiles, writeShortAnswers } from '../../src/search/index-cache.ts';
import { addShortAnswers, inputDigest, type ShortAnswerShard } from '../../src/search/short-answers.ts';
import { PAYLOAD_PREFIX, type SearchRecord } from '../../src/search/types.ts';
import { borderCourtCorpus } from './support/search-corpus.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'short-answers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * @param count Number of articles.
 * @returns The shared border-court corpus.
 */
function corpus(count: number): SearchRecord[] {
  return borderCourtCorpus(count);
}

/**
 * @param records Search records.
 * @returns Their index, as the site builds it (small shards, so that shards differ in what they read).
 */
function indexOf(records: SearchRecord[]) {
  return buildSearchIndex(records, { docShardSize: 8, textShardSize: 4 });
}

/**
 * @param records Search records.
 * @param previous Answers of a previous build.
 * @returns The index with its answers, and this build's answers by vocabulary shard.
 */
async function answered(records: SearchRecord[], previous?: ReadonlyMap<string, ShortAnswerShard>) {
  const index = indexOf(records);
  const current = new Map<string, ShortAnswerShard>();
  const count = await addShortAnswers(index, { previous, current });
  return { index, current, count };
}

describe('short answers reused across builds', () => {
  it('reuses every vocabulary shard when nothing changed, with exactly the cold build’s files', async () => {
    const records = corpus(40);
    const first = await answered(records);
    expect(first.current.size).toBeGreaterThan(3);
    const again = await answered(records, first.current);
    for (const [key, shard] of again.current) expect(shard).toBe(first.current.get(key));
    expect(again.count).toBe(first.count);
    expect(again.index.files).toEqual(first.index.files);
  });

  it('answers afresh the shards that read a changed article’s files, and the changed answer is the cold build’s', async () => {
    const before = corpus(40);
    const first = await answered(before);
    // One article gains a word no other has, 'tribunal', in a vocabulary shard that exists ('t').
    const after = before.map((record) => (record.url === 'articles/a17.html' ? { ...record, body: `${record.body} The tribunal heard them.` } : record));
    const incremental = await answered(after, first.current);
    const cold = await answered(after);
    expect(incremental.index.files).toEqual(cold.index.files);
    expect(incremental.count).toBe(cold.count);
    const recomputed = [...incremental.current].filter(([key, shard]) => shard !== first.current.get(key)).map(([key]) => key);
    expect(recomputed.length).toBeGreaterThan(0);
    expect(recomputed.length).toBeLessThan(incremental.current.size);
    // The shard answering 'tr' changed its answer: the new word is among its completions.
    const answerFile = [...incremental.index.files].find(([name, content]) => name === 's-tr.js');
    expect(answerFile?.[1]).toContain('tribunal');
    expect(first.index.files.get(answerFile![0]) ?? '').not.toContain('tribunal');
  });

  it('never uses answers whose inputs differ from this build’s files, whatever they claim to hold', async () => {
    const records = corpus(30);
    const cold = await answered(records);
    // Answers of another corpus: every shard's inputs differ somewhere (the manifest counts other documents).
    const other = await answered(corpus(31));
    const fromOther = await answered(records, other.current);
    expect(fromOther.index.files).toEqual(cold.index.files);
    for (const [key, shard] of fromOther.current) expect(shard).not.toBe(other.current.get(key));
    // A forged entry whose files are wrong and one input digest is off is not used either.
    const forged = new Map([...cold.current].map(([key, shard]): [string, ShortAnswerShard] => [key, { ...shard, inputs: shard.inputs.map(([name, digest], i) => [name, i === 0 ? `${digest}x` : digest]), files: shard.files.map(([name]) => [name, 'forged']) }]));
    const fromForged = await answered(records, forged);
    expect(fromForged.index.files).toEqual(cold.index.files);
  });

  it('reuses the answers of shards whose files are unchanged when a posting shard’s cut moves', async () => {
    // One-letter posting lists (every term in one document), shards cut at 15 characters: [alpha bravo] [charlie] [delta echo].
    const options = { docShardSize: 1, textShardSize: 1, postingShardChars: 15, inlineMax: 0 };
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
    const before: SearchRecord[] = words.map((word, i) => ({ kind: 'article', url: `articles/${word}.html`, title: word, rank: 100 - i }));
    const build = async (records: SearchRecord[], previous?: ReadonlyMap<string, ShortAnswerShard>) => {
      const index = buildSearchIndex(records, options);
      const current = new Map<string, ShortAnswerShard>();
      await addShortAnswers(index, { previous, current });
      return { index, current };
    };
    const first = await build(before);
    // 'alpha' in a second document: its list takes two letters, 'bravo' no longer fits its shard and joins 'charlie' ([alpha] [bravo charlie] [delta echo]).
    const after = before.map((record) => (record.title === 'echo' ? { ...record, title: 'echo alpha' } : record));
    const incremental = await build(after, first.current);
    const cold = await build(after);
    const bounds = (files: Map<string, string>) => {
      const meta = files.get('meta.js')!;
      return (JSON.parse(meta.slice(PAYLOAD_PREFIX.length, meta.lastIndexOf(')'))) as { postingBounds: string[] }).postingBounds;
    };
    expect(bounds(first.index.files)).toEqual(['alpha', 'charlie', 'delta']);
    expect(bounds(cold.index.files)).toEqual(['alpha', 'bravo', 'delta']);
    expect(incremental.index.files).toEqual(cold.index.files);
    // 'delta' is answered from the manifest, its vocabulary, p-2 and d-3, all as they were: its answers are kept.
    expect(incremental.current.get('d')).toBe(first.current.get('d'));
    expect(incremental.current.get('a')).not.toBe(first.current.get('a'));
  });

  it('compares the manifest without its build stamp and posting bounds, and every other file by its bytes', () => {
    const meta = (build: string, docs: number, postingBounds = ['a']) => `${PAYLOAD_PREFIX}${JSON.stringify({ n: 'meta', build, docs, postingBounds })})`;
    expect(inputDigest('meta', meta('aaa', 3))).toBe(inputDigest('meta', meta('bbb', 3)));
    expect(inputDigest('meta', meta('aaa', 3))).toBe(inputDigest('meta', meta('aaa', 3, ['a', 'm'])));
    expect(inputDigest('meta', meta('aaa', 3))).not.toBe(inputDigest('meta', meta('aaa', 4)));
    expect(inputDigest('d-0', 'one')).not.toBe(inputDigest('d-0', 'two'));
    expect(inputDigest('d-0', undefined)).toBe('missing');
  });
});

describe('readShortAnswers / writeShortAnswers', () => {
  it('reads back what was written under the same code key only, and survives the search files being stored', async () => {
    const dir = path.join(scratch, 'dossier-search');
    const { current } = await answered(corpus(12));
    writeShortAnswers(dir, 'code1', current);
    storeFiles(dir, 'files1', new Map([['meta.js', 'm']]));
    expect(readShortAnswers(dir, 'code1')).toEqual(current);
    expect(readShortAnswers(dir, 'code2').size).toBe(0);
    writeShortAnswers(dir, 'code2', current);
    expect(readdirSync(dir).filter((name) => name.startsWith('answers-'))).toEqual(['answers-code2']);
    expect(readShortAnswers(dir, 'code1').size).toBe(0);
  });

  it('writes only the shards answered afresh, one file each, and removes those of shards that are gone', async () => {
    const dir = path.join(scratch, 'answers-by-shard');
    const before = corpus(40);
    const first = await answered(before);
    writeShortAnswers(dir, 'code', first.current);
    const shardFiles = path.join(dir, 'answers-code');
    expect(readdirSync(shardFiles).sort()).toEqual([...first.current.keys()].map((key) => `${key}.json`).sort());
    const written = (key: string) => statSync(path.join(shardFiles, `${key}.json`)).mtimeMs;
    const stamps = new Map([...first.current.keys()].map((key) => [key, written(key)]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const previous = readShortAnswers(dir, 'code');
    const after = before.map((record) => (record.url === 'articles/a17.html' ? { ...record, body: `${record.body} The tribunal heard them.` } : record));
    const second = await answered(after, previous);
    writeShortAnswers(dir, 'code', second.current, previous);
    const rewritten = [...second.current.keys()].filter((key) => written(key) !== stamps.get(key));
    expect(rewritten.sort()).toEqual([...second.current].filter(([key, shard]) => shard !== previous.get(key)).map(([key]) => key).sort());
    expect(rewritten).toContain('t');
    expect(rewritten.length).toBeLessThan(second.current.size);
    expect(readShortAnswers(dir, 'code')).toEqual(second.current);
    // A shard this build has not: its file goes.
    writeShortAnswers(dir, 'code', new Map([...second.current].filter(([key]) => key !== 'a')), readShortAnswers(dir, 'code'));
    expect(readdirSync(shardFiles)).not.toContain('a.json');
  });
});
