import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAnnotate } from '../../src/cli/annotate.ts';
import { reportIfUpToDate, upToDateFile } from '../../src/cli/annotate-up-to-date.ts';
import { generateCorpus } from '../../src/bench/corpus.ts';
import { capture } from './support/output.ts';

/**
 * Every Markdown file under a folder with its text.
 * @param dir Folder.
 * @returns Map of relative path to text.
 */
function snapshot(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

/**
 * Every file under a folder with its bytes (base64).
 * @param dir Folder.
 * @returns Map of relative path to bytes.
 */
function snapshotBytes(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(dir, name)).isFile())
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]),
  );
}

/**
 * Run the annotator and collect the ids it annotated afresh.
 * @param argv Flags.
 * @returns Exit code, output and the ids.
 */
function annotate(argv: string[]): { code: number; out: ReturnType<typeof capture>; annotated: string[] } {
  const out = capture();
  const annotated: string[] = [];
  const code = runAnnotate(argv, out, work, { onAnnotated: (id) => annotated.push(id) });
  return { code, out, annotated };
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-annotate-cache-'));
  cpSync(path.resolve('seeds'), path.join(work, 'seeds'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the annotate cache', () => {
  it('re-annotates only the seed that changed, and writes only its article and entities', () => {
    const first = annotate([]);
    expect(first.code).toBe(0);
    expect(first.annotated).toHaveLength(4);
    expect(first.out.lines.at(-1)).toMatch(/; 4 annotated, 0 from the cache$/);
    const before = snapshot(path.join(work, 'content'));

    const unchanged = annotate([]);
    expect(unchanged.annotated).toEqual([]);
    expect(unchanged.out.lines.at(-1)).toMatch(/^annotate: 0 created, 0 updated, \d+ unchanged.*; 0 annotated, 4 from the cache$/);

    const seed = readdirSync(path.join(work, 'seeds')).sort()[0] ?? '';
    const file = path.join(work, 'seeds', seed);
    const text = readFileSync(file, 'utf8');
    const firstParagraph = text.split('\n\n').find((paragraph) => paragraph.length > 200) ?? '';
    writeFileSync(file, text.replace(firstParagraph, `${firstParagraph}\n\nOfficials in Almaty said on Monday that 120 people had returned from Syria.`));
    const changed = annotate([]);
    expect(changed.out.errors).toEqual([]);
    expect(changed.code).toBe(0);
    expect(changed.annotated).toEqual([seed.replace(/\.txt$/, '')]);
    expect(changed.out.lines.at(-1)).toMatch(/; 1 annotated, 3 from the cache$/);
    const after = snapshot(path.join(work, 'content'));
    const rewritten = [...after.keys()].filter((name) => after.get(name) !== before.get(name));
    expect(rewritten).toContain(`articles/${seed.replace(/\.txt$/, '.md')}`);
    expect(rewritten.filter((name) => name.startsWith('articles/'))).toHaveLength(1);
  });

  it('gives byte-identical content with or without the cache, on one thread or several', () => {
    for (const article of generateCorpus(30, 7)) writeFileSync(path.join(work, 'seeds', `${article.id}.txt`), article.seed);
    expect(annotate(['--jobs', '1', '--no-cache', '--content', 'serial']).code).toBe(0);
    const parallel = annotate(['--jobs', '2', '--content', 'parallel']);
    expect(parallel.code).toBe(0);
    expect(parallel.annotated).toHaveLength(34);
    const cached = annotate(['--jobs', '2', '--content', 'cached']);
    expect(cached.annotated).toEqual([]);
    const serial = snapshot(path.join(work, 'serial'));
    expect(serial.size).toBeGreaterThan(34);
    expect(snapshot(path.join(work, 'parallel'))).toEqual(serial);
    expect(snapshot(path.join(work, 'cached'))).toEqual(serial);
  }, 120_000);

  it('reports seed errors from worker threads as the serial path does', () => {
    for (const article of generateCorpus(26, 3)) writeFileSync(path.join(work, 'seeds', `${article.id}.txt`), article.seed);
    writeFileSync(path.join(work, 'seeds', 'empty.txt'), '');
    const serial = annotate(['--jobs', '1', '--no-cache', '--content', 'serial']);
    const parallel = annotate(['--jobs', '2', '--no-cache', '--content', 'parallel']);
    expect(serial.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.out.errors).toEqual(serial.out.errors);
    expect(parallel.out.errors.join('\n')).toMatch(/seeds\/empty\.txt: .*empty/);
  }, 120_000);

  it('treats damaged cache entries, index, entity renderings and knowledge as misses', () => {
    annotate([]);
    const entries = path.join(work, '.cache/annotate/articles');
    for (const name of readdirSync(entries)) writeFileSync(path.join(entries, name), 'not a cache entry');
    writeFileSync(path.join(work, '.cache/annotate/index.json'), '{"version": 1, "seeds": [');
    writeFileSync(path.join(work, '.cache/annotate/knowledge.v8'), 'not built knowledge');
    writeFileSync(path.join(work, '.cache/annotate/entities.v8'), new Uint8Array([0xff, 0x0f, 1, 2, 3]));
    const before = snapshot(path.join(work, 'content'));
    const again = annotate([]);
    expect(again.code).toBe(0);
    expect(again.annotated).toHaveLength(4);
    expect(snapshot(path.join(work, 'content'))).toEqual(before);
  });

  it('when the index cannot decode what resolution reads of an article, takes it from the cached annotation or annotates the seed again', () => {
    for (const article of generateCorpus(6, 13)) writeFileSync(path.join(work, 'seeds', `${article.id}.txt`), article.seed);
    expect(annotate([]).code).toBe(0);
    const before = snapshot(path.join(work, 'content'));
    const cacheDir = path.join(work, '.cache/annotate');
    const indexFile = path.join(cacheDir, 'index.json');
    const stored = JSON.parse(readFileSync(indexFile, 'utf8')) as { articles: { keys: string[]; details: string[] } };
    stored.articles.details = stored.articles.details.map(() => '[[1e9], ');
    writeFileSync(indexFile, JSON.stringify(stored));
    // Resolution must run again (its last result is gone), and one seed's whole annotation is lost too.
    for (const name of readdirSync(cacheDir)) if (name.startsWith('resolution-')) rmSync(path.join(cacheDir, name));
    const lost = stored.articles.keys[2] as string;
    rmSync(path.join(cacheDir, 'articles', `${lost}.v8`));
    rmSync(path.join(work, 'content/articles'), { recursive: true });
    const again = annotate([]);
    expect(again.out.errors).toEqual([]);
    expect(again.code).toBe(0);
    expect(again.annotated).toHaveLength(1);
    expect(snapshot(path.join(work, 'content'))).toEqual(before);
  });

  it('runs resolution again when the stored resolution cannot decode an article it must render, and stores it again', () => {
    expect(annotate([]).code).toBe(0);
    const before = snapshot(path.join(work, 'content'));
    const cacheDir = path.join(work, '.cache/annotate');
    const [name] = readdirSync(cacheDir).filter((entry) => entry.startsWith('resolution-'));
    const file = path.join(cacheDir, name as string);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { details: string[] };
    stored.details = stored.details.map(() => '{');
    writeFileSync(file, JSON.stringify(stored));
    rmSync(path.join(work, 'content/articles'), { recursive: true });
    const again = annotate([]);
    expect(again.out.errors).toEqual([]);
    expect(again.annotated).toEqual([]);
    expect(snapshot(path.join(work, 'content'))).toEqual(before);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { details: string[] }).details).not.toContain('{');
  });

  it('annotates again a seed whose entry is lost when its article must be rendered, with the same result', () => {
    annotate([]);
    const before = snapshot(path.join(work, 'content'));
    rmSync(path.join(work, '.cache/annotate/articles'), { recursive: true });
    const article = [...before.keys()].find((name) => name.startsWith('articles/')) ?? '';
    rmSync(path.join(work, 'content', article));
    const again = annotate([]);
    expect(again.out.errors).toEqual([]);
    expect(again.annotated).toEqual([path.basename(article, '.md')]);
    expect(again.out.lines.at(-1)).toMatch(/^annotate: 1 created, 0 updated/);
    expect(snapshot(path.join(work, 'content'))).toEqual(before);
  });

  it('after seeds change, hand edits and deletions, gives the bytes a cold run gives, and annotates only what changed', () => {
    for (const article of generateCorpus(24, 11)) writeFileSync(path.join(work, 'seeds', `${article.id}.txt`), article.seed);
    expect(annotate([]).code).toBe(0);
    const seeds = readdirSync(path.join(work, 'seeds')).sort();
    // One seed edited, one added; one article edited by hand; one entity file deleted.
    const edited = seeds[5] as string;
    const seedFile = path.join(work, 'seeds', edited);
    writeFileSync(seedFile, readFileSync(seedFile, 'utf8').replace(/\b(\d{2,3})\b/, (digits) => String(Number(digits) + 9)));
    const [extra] = generateCorpus(1, 99);
    writeFileSync(path.join(work, 'seeds', 'zz-extra.txt'), extra?.seed ?? '');
    const handEdited = path.join(work, 'content/articles', (seeds[2] as string).replace(/\.txt$/, '.md'));
    writeFileSync(handEdited, `${readFileSync(handEdited, 'utf8')}\nA sentence added by hand.\n`);
    const entityFiles = readdirSync(path.join(work, 'content/entities')).sort();
    rmSync(path.join(work, 'content/entities', entityFiles[3] as string));

    const incremental = annotate([]);
    expect(incremental.out.errors).toEqual([]);
    expect(incremental.annotated.sort()).toEqual([edited.replace(/\.txt$/, ''), 'zz-extra']);
    expect(incremental.out.lines).toContain(`kept content/articles/${path.basename(handEdited)} (edited by hand)`);

    // A cold run, without the cache, over the same seeds and the same hand-edited article.
    cpSync(path.join(work, 'content'), path.join(work, 'cold'), { recursive: true });
    for (const name of readdirSync(path.join(work, 'cold/articles'))) if (path.join(work, 'cold/articles', name) !== handEdited.replace('/content/', '/cold/')) rmSync(path.join(work, 'cold/articles', name));
    rmSync(path.join(work, 'cold/entities'), { recursive: true });
    expect(annotate(['--no-cache', '--jobs', '1', '--content', 'cold']).code).toBe(0);
    expect(snapshot(path.join(work, 'content'))).toEqual(snapshot(path.join(work, 'cold')));

    // Nothing changed since: nothing is annotated, read or written.
    const quiet = annotate([]);
    expect(quiet.annotated).toEqual([]);
    expect(quiet.out.lines.at(-1)).toMatch(/^annotate: 0 created, 0 updated, \d+ unchanged, 1 kept as edited, 0 removed, 0 failed; 0 annotated, 29 from the cache$/);

    // A number edited, no entity or claimant changed: the last resolution is reused, and the bytes are still a cold run's.
    const resolutionFiles = (): string[] => readdirSync(path.join(work, '.cache/annotate')).filter((name) => name.startsWith('resolution-'));
    const resolutionBefore = resolutionFiles();
    expect(resolutionBefore).toHaveLength(1);
    const another = path.join(work, 'seeds', seeds[7] as string);
    writeFileSync(another, readFileSync(another, 'utf8').replace(/\b(\d{2,3})\b/, (digits) => String(Number(digits) + 1)));
    const numberOnly = annotate([]);
    expect(numberOnly.annotated).toEqual([(seeds[7] as string).replace(/\.txt$/, '')]);
    expect(numberOnly.out.lines.at(-1)).toMatch(/^annotate: 0 created, 1 updated, /);
    expect(resolutionFiles()).toEqual(resolutionBefore);
    rmSync(path.join(work, 'cold'), { recursive: true });
    cpSync(path.join(work, 'content'), path.join(work, 'cold'), { recursive: true });
    for (const name of readdirSync(path.join(work, 'cold/articles'))) if (path.join(work, 'cold/articles', name) !== handEdited.replace('/content/', '/cold/')) rmSync(path.join(work, 'cold/articles', name));
    rmSync(path.join(work, 'cold/entities'), { recursive: true });
    expect(annotate(['--no-cache', '--jobs', '1', '--content', 'cold']).code).toBe(0);
    expect(snapshot(path.join(work, 'content'))).toEqual(snapshot(path.join(work, 'cold')));
  }, 180_000);

  it('appends a run after one change to the journal, and after a crash mid-append or a stale journal still gives a cold run\'s bytes', () => {
    for (const article of generateCorpus(12, 5)) writeFileSync(path.join(work, 'seeds', `${article.id}.txt`), article.seed);
    expect(annotate([]).code).toBe(0);
    const cacheDir = path.join(work, '.cache/annotate');
    const indexFile = path.join(cacheDir, 'index.json');
    const journal = path.join(cacheDir, 'index.journal');
    const baseBefore = readFileSync(indexFile, 'utf8');
    const seeds = readdirSync(path.join(work, 'seeds')).sort();
    const edit = (name: string, add: number): void => {
      const file = path.join(work, 'seeds', name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\b(\d{2,3})\b/, (digits) => String(Number(digits) + add)));
    };
    const coldEquals = (): void => {
      rmSync(path.join(work, 'cold'), { recursive: true, force: true });
      expect(annotate(['--no-cache', '--jobs', '1', '--content', 'cold']).code).toBe(0);
      expect(snapshot(path.join(work, 'content'))).toEqual(snapshot(path.join(work, 'cold')));
    };

    edit(seeds[3] as string, 3);
    expect(annotate([]).annotated).toEqual([(seeds[3] as string).replace(/\.txt$/, '')]);
    expect(readFileSync(indexFile, 'utf8')).toBe(baseBefore);
    expect(readFileSync(journal, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    coldEquals();

    // A run died while appending: its line is cut short. The next run reads the journal up to it.
    edit(seeds[4] as string, 5);
    expect(annotate([]).code).toBe(0);
    const lines = readFileSync(journal, 'utf8');
    writeFileSync(journal, lines.slice(0, lines.length - Math.floor(lines.split('\n').filter(Boolean).at(-1)!.length / 2) - 1));
    edit(seeds[5] as string, 7);
    const afterCrash = annotate([]);
    expect(afterCrash.out.errors).toEqual([]);
    // The line lost was the previous run's: its seed is annotated again (a miss, never a wrong hit).
    expect(afterCrash.annotated.sort()).toEqual([seeds[4] as string, seeds[5] as string].map((name) => name.replace(/\.txt$/, '')).sort());
    coldEquals();
    // The damaged journal was compacted into a new base.
    expect(existsSync(journal)).toBe(false);
    expect(readFileSync(indexFile, 'utf8')).not.toBe(baseBefore);

    // A journal of an older base (a run died between writing a new base and removing the journal) is ignored.
    edit(seeds[6] as string, 9);
    expect(annotate([]).code).toBe(0);
    const staleJournal = readFileSync(journal, 'utf8');
    rmSync(indexFile);
    expect(annotate([]).code).toBe(0);
    expect(existsSync(journal)).toBe(false);
    writeFileSync(journal, staleJournal.replace(/"seedHash":"[0-9a-f]+"/g, '"seedHash":"0000000000000000"'));
    edit(seeds[7] as string, 11);
    const afterStale = annotate([]);
    expect(afterStale.annotated).toEqual([(seeds[7] as string).replace(/\.txt$/, '')]);
    coldEquals();
  }, 180_000);

  it('finds without loading the annotator that a run has nothing to do, and prints what the run would print', () => {
    for (const article of generateCorpus(8, 21)) writeFileSync(path.join(work, 'seeds', `${article.id}.txt`), article.seed);
    const quick = (): ReturnType<typeof capture> | undefined => {
      const out = capture();
      return reportIfUpToDate([], out, work) ? out : undefined;
    };
    expect(quick()).toBeUndefined();
    expect(annotate([]).code).toBe(0);
    const handEdited = path.join(work, 'content/articles', readdirSync(path.join(work, 'content/articles')).sort()[1] as string);
    writeFileSync(handEdited, `${readFileSync(handEdited, 'utf8')}\nA sentence added by hand.\n`);
    // A hand edit is a change: the command runs (and keeps the edit), after which nothing is left to do.
    expect(quick()).toBeUndefined();
    expect(annotate([]).code).toBe(0);
    const skipped = quick();
    const full = annotate([]);
    expect(skipped?.lines).toEqual(full.out.lines);
    expect(skipped?.lines).toContain(`kept content/articles/${path.basename(handEdited)} (edited by hand)`);
    expect(quick()?.lines).toEqual(full.out.lines);
    expect(reportIfUpToDate(['--check'], capture(), work)).toBe(false);
    expect(reportIfUpToDate(['--no-cache'], capture(), work)).toBe(false);
    expect(reportIfUpToDate(['--content', 'other'], capture(), work)).toBe(false);

    const seedFile = path.join(work, 'seeds', readdirSync(path.join(work, 'seeds')).sort()[2] as string);
    const entityFile = path.join(work, 'content/entities', readdirSync(path.join(work, 'content/entities')).sort()[0] as string);
    const changes: Array<[string, () => void]> = [
      ['a seed touched', () => writeFileSync(seedFile, readFileSync(seedFile))],
      ['a seed added', () => writeFileSync(path.join(work, 'seeds', 'zz-new.txt'), readFileSync(seedFile))],
      ['a seed removed', () => rmSync(path.join(work, 'seeds', 'zz-new.txt'))],
      ['an article edited', () => writeFileSync(handEdited, `${readFileSync(handEdited, 'utf8')}More.\n`)],
      ['an article removed', () => rmSync(handEdited)],
      ['an entity file edited', () => writeFileSync(entityFile, `${readFileSync(entityFile, 'utf8')}\n`)],
      ['an entity file added', () => writeFileSync(path.join(work, 'content/entities', 'someone-new.md'), '---\nid: someone-new\n---\n')],
      ['the annotator changed', () => writeFileSync(upToDateFile(path.join(work, '.cache/annotate')), readFileSync(upToDateFile(path.join(work, '.cache/annotate')), 'utf8').replace(/"fingerprint":"[0-9a-f]/, '"fingerprint":"x'))],
    ];
    for (const [why, change] of changes) {
      change();
      expect(quick(), why).toBeUndefined();
      const again = annotate([]);
      expect(again.code, why).toBe(0);
      const skippedAgain = quick();
      expect(skippedAgain, why).toBeDefined();
      expect(skippedAgain?.lines, why).toEqual(annotate([]).out.lines);
    }
  }, 180_000);

  it('under --no-cache reads the built knowledge when it is current, and writes nothing to the cache', () => {
    expect(annotate(['--jobs', '1']).code).toBe(0);
    const knowledgeFile = path.join(work, '.cache/annotate/knowledge.v8');
    // The stored knowledge, doctored: no known names. A run that reads it finds fewer entities.
    const stored = deserialize(readFileSync(knowledgeFile)) as { knowledge: { phrases: Map<string, unknown>; phraseLengths: Map<string, unknown> } };
    stored.knowledge.phrases = new Map();
    stored.knowledge.phraseLengths = new Map();
    writeFileSync(knowledgeFile, serialize(stored));
    const cacheBefore = snapshotBytes(path.join(work, '.cache'));
    expect(annotate(['--no-cache', '--jobs', '1', '--content', 'doctored']).code).toBe(0);
    expect(snapshot(path.join(work, 'doctored'))).not.toEqual(snapshot(path.join(work, 'content')));
    expect(snapshotBytes(path.join(work, '.cache'))).toEqual(cacheBefore);
    // Without a cache folder, --no-cache builds the knowledge and creates no folder.
    rmSync(path.join(work, '.cache'), { recursive: true });
    expect(annotate(['--no-cache', '--jobs', '1', '--content', 'cold']).code).toBe(0);
    expect(existsSync(path.join(work, '.cache'))).toBe(false);
    expect(snapshot(path.join(work, 'cold'))).toEqual(snapshot(path.join(work, 'content')));
  }, 60_000);

  it('leaves the cache alone under --check and rejects a bad --jobs', () => {
    expect(annotate(['--check']).code).toBe(1);
    expect(existsSync(path.join(work, '.cache'))).toBe(false);
    const bad = annotate(['--jobs', '0']);
    expect(bad.code).toBe(2);
    expect(bad.out.errors[0]).toMatch(/--jobs 0: expected a positive whole number or auto/);
  });
});
