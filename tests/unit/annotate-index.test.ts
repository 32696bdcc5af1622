/**
 * The annotate cache's index on disk (src/cli/annotate-index.ts): a base file
 * and a journal of each run's changes, replayed in order, cut at a damaged
 * line, ignored when written for another base, and compacted into a new base.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIndexFiles, saveIndexFiles, type IndexDelta, type LineTable, type LoadedIndex, type OutputLine, type SeedLine } from '../../src/cli/annotate-index.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-annotate-index-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CONTENT = '/site/content';
const FINGERPRINT = 'f1';

/**
 * @param table A table of lines.
 * @returns Its lines as a plain object.
 */
function plain<T>(table: LineTable<T>): Record<string, T> {
  return Object.fromEntries([...table.names()].map((name) => [name, table.get(name) as T]));
}

/**
 * @param n A number.
 * @returns A seed line.
 */
function seedLine(n: number): SeedLine {
  return { size: n, mtimeMs: 1000 + n + 0.25, ctimeMs: 2000 + n + 0.5, key: `key-${n}`, seedHash: `hash-${n}` };
}

/**
 * @param n A number.
 * @returns An output line.
 */
function outputLine(n: number): OutputLine {
  return { size: n, mtimeMs: 3000 + n, ctimeMs: 4000 + n, key: `render-${n}` };
}

/**
 * @param delta Part of a delta.
 * @returns A whole delta.
 */
function delta(part: Partial<IndexDelta>): IndexDelta {
  return { seeds: {}, articles: {}, outputs: {}, ...part };
}

/**
 * Read the index, apply a run's changes in memory and save them, as a run does.
 * @param change The run's changes.
 * @param prune What the run did not use (dropped only when a base is written).
 * @returns The index as read before the run, and whether a base was written.
 */
function run(change: IndexDelta, prune: (loaded: LoadedIndex) => void = () => {}): { loaded: LoadedIndex; compacted: boolean } {
  const loaded = readIndexFiles(dir, FINGERPRINT, CONTENT);
  const { state } = loaded;
  for (const [source, line] of Object.entries(change.seeds)) if (line === null) state.seeds.delete(source);
  else state.seeds.set(source, line);
  for (const [key, input] of Object.entries(change.articles)) if (input === null) state.articles.delete(key);
  else state.articles.set(key, input);
  for (const [name, line] of Object.entries(change.outputs)) if (line === null) state.outputs.delete(name);
  else state.outputs.set(name, line);
  if (change.renderedUnder !== undefined) state.renderedUnder = change.renderedUnder;
  const compacted = saveIndexFiles(dir, FINGERPRINT, CONTENT, loaded, change, () => prune(loaded));
  return { loaded, compacted };
}

const journal = (): string => path.join(dir, 'index.journal');
const base = (): string => path.join(dir, 'index.json');

describe('the annotate index files', () => {
  it('writes a base first, then appends each run to the journal, and replays it in order', () => {
    const seeds = Object.fromEntries(Array.from({ length: 50 }, (_, n) => [`seeds/s${n}.txt`, seedLine(n)]));
    const article = { id: 's1', entities: [{ id: 'almaty', name: 'Almaty', type: 'place' as const, aliases: [], country: 'KZ' }], claimants: [null, 'almaty'], hash: 'h1' };
    expect(run(delta({ seeds, articles: { 'key-1': article }, outputs: { 'articles/s1.md': outputLine(1) }, renderedUnder: 'd1' })).compacted).toBe(true);
    expect(existsSync(journal())).toBe(false);
    const baseStamp = statSync(base()).mtimeMs;

    const second = run(delta({ seeds: { 'seeds/s1.txt': seedLine(101), 'seeds/s2.txt': null }, outputs: { 'articles/s1.md': outputLine(101), 'entities/x.md': outputLine(7) } }));
    expect(second.compacted).toBe(false);
    expect(run(delta({ outputs: { 'entities/x.md': null }, renderedUnder: 'd2' })).compacted).toBe(false);
    expect(statSync(base()).mtimeMs).toBe(baseStamp);
    expect(readFileSync(journal(), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);

    const { state, mustCompact } = readIndexFiles(dir, FINGERPRINT, CONTENT);
    expect(mustCompact).toBe(false);
    expect(state.seeds.get('seeds/s1.txt')).toEqual(seedLine(101));
    expect(state.seeds.get('seeds/s2.txt')).toBeUndefined();
    expect(state.seeds.get('seeds/s3.txt')).toEqual(seedLine(3));
    expect(plain(state.outputs)).toEqual({ 'articles/s1.md': outputLine(101) });
    expect({ ...state.articles.get('key-1') }).toEqual(article);
    expect(state.renderedUnder).toBe('d2');
  });

  it('stops at a line cut short by a crash, and compacts on the next save', () => {
    run(delta({ seeds: { 'seeds/a.txt': seedLine(1) } }));
    run(delta({ seeds: { 'seeds/b.txt': seedLine(2) } }));
    const whole = readFileSync(journal(), 'utf8');
    // A run died while appending its line; a later run appended after it.
    appendFileSync(journal(), '{"generation":"x","seeds":{"seeds/c.txt":{"si');
    appendFileSync(journal(), `\n${JSON.stringify({ generation: JSON.parse(whole.trim()).generation, seeds: { 'seeds/d.txt': seedLine(4) }, articles: {}, outputs: {} })}\n`);
    const loaded = readIndexFiles(dir, FINGERPRINT, CONTENT);
    expect([...loaded.state.seeds.names()].sort()).toEqual(['seeds/a.txt', 'seeds/b.txt']);
    expect(loaded.mustCompact).toBe(true);
    expect(run(delta({ seeds: { 'seeds/e.txt': seedLine(5) } })).compacted).toBe(true);
    expect(existsSync(journal())).toBe(false);
    expect([...readIndexFiles(dir, FINGERPRINT, CONTENT).state.seeds.names()].sort()).toEqual(['seeds/a.txt', 'seeds/b.txt', 'seeds/e.txt']);
  });

  it('ignores a journal written for another base (a crash between writing the base and removing the journal)', () => {
    run(delta({ seeds: { 'seeds/a.txt': seedLine(1) } }));
    run(delta({ seeds: { 'seeds/a.txt': seedLine(9) } }));
    const stale = readFileSync(journal(), 'utf8');
    rmSync(base());
    run(delta({ seeds: { 'seeds/b.txt': seedLine(2) } }));
    writeFileSync(journal(), stale);
    const loaded = readIndexFiles(dir, FINGERPRINT, CONTENT);
    expect(plain(loaded.state.seeds)).toEqual({ 'seeds/b.txt': seedLine(2) });
    expect(loaded.mustCompact).toBe(true);
  });

  it('compacts once the journal outgrows its share of the base, dropping then what the run did not use', () => {
    run(delta({ seeds: { 'seeds/kept.txt': seedLine(0), 'seeds/gone.txt': seedLine(1) } }));
    let compacted = false;
    let runs = 0;
    while (!compacted && runs < 100) {
      runs++;
      const outputs = Object.fromEntries(Array.from({ length: 200 }, (_, n) => [`entities/e${runs}-${n}.md`, outputLine(n)]));
      compacted = run(delta({ outputs }), (loaded) => {
        loaded.state.seeds.delete('seeds/gone.txt');
      }).compacted;
    }
    expect(compacted).toBe(true);
    expect(runs).toBeGreaterThan(1);
    expect(existsSync(journal())).toBe(false);
    const { state } = readIndexFiles(dir, FINGERPRINT, CONTENT);
    expect([...state.seeds.names()]).toEqual(['seeds/kept.txt']);
    expect(state.outputs.size).toBe(200 * runs);
  });

  it('reads an index of another annotator as empty, and drops the output lines of another content folder', () => {
    run(delta({ seeds: { 'seeds/a.txt': seedLine(1) }, outputs: { 'articles/a.md': outputLine(1) }, renderedUnder: 'd1' }));
    expect(readIndexFiles(dir, 'another fingerprint', CONTENT).state.seeds.size).toBe(0);
    const elsewhere = readIndexFiles(dir, FINGERPRINT, '/elsewhere/content');
    expect(plain(elsewhere.state.seeds)).toEqual({ 'seeds/a.txt': seedLine(1) });
    expect(elsewhere.state.outputs.size).toBe(0);
    expect(elsewhere.state.renderedUnder).toBeNull();
    expect(elsewhere.mustCompact).toBe(true);
    writeFileSync(base(), '{"version": 4, "seeds": [');
    expect(readIndexFiles(dir, FINGERPRINT, CONTENT).generation).toBeUndefined();
  });

  it('decodes an article\'s entities only when asked, and asks for a repair when its stored text is damaged', () => {
    const entity = { id: 'almaty', name: 'Almaty', type: 'place' as const, aliases: ['Alma-Ata'], country: 'KZ' };
    const inputs = {
      k1: { id: 'a1', entities: [entity], claimants: ['almaty', null], hash: 'h1' },
      k2: { id: 'a2', entities: [{ ...entity }], claimants: [], hash: 'h2' },
    };
    run(delta({ articles: inputs }));
    const good = readIndexFiles(dir, FINGERPRINT, CONTENT);
    expect({ ...good.state.articles.get('k1') }).toEqual(inputs.k1);
    expect(good.state.articles.get('k2')?.entities[0]).toBe(good.state.articles.get('k1')?.entities[0]);

    const stored = JSON.parse(readFileSync(base(), 'utf8')) as { articles: { details: string[] } };
    stored.articles.details[0] = '[[99], ';
    writeFileSync(base(), JSON.stringify(stored));
    const damaged = readIndexFiles(dir, FINGERPRINT, CONTENT);
    const repaired: string[] = [];
    damaged.repairInput = (key) => {
      repaired.push(key);
      return { id: 'a1', entities: [entity], claimants: ['almaty', null], hash: 'h1' };
    };
    expect(damaged.state.articles.get('k1')?.hash).toBe('h1');
    expect(repaired).toEqual([]);
    expect(damaged.state.articles.get('k1')?.claimants).toEqual(['almaty', null]);
    expect(repaired).toEqual(['k1']);
    expect(damaged.state.articles.get('k2')?.claimants).toEqual([]);
    expect(repaired).toEqual(['k1']);
  });
});
