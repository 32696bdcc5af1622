import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAnnotate } from '../../src/cli/annotate.ts';
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
    const index = path.join(work, '.cache/annotate/index.json');
    const digestBefore = (JSON.parse(readFileSync(index, 'utf8')) as { resolved?: { digest: string } }).resolved?.digest;
    const another = path.join(work, 'seeds', seeds[7] as string);
    writeFileSync(another, readFileSync(another, 'utf8').replace(/\b(\d{2,3})\b/, (digits) => String(Number(digits) + 1)));
    const numberOnly = annotate([]);
    expect(numberOnly.annotated).toEqual([(seeds[7] as string).replace(/\.txt$/, '')]);
    expect(numberOnly.out.lines.at(-1)).toMatch(/^annotate: 0 created, 1 updated, /);
    expect((JSON.parse(readFileSync(index, 'utf8')) as { resolved?: { digest: string } }).resolved?.digest).toBe(digestBefore);
    rmSync(path.join(work, 'cold'), { recursive: true });
    cpSync(path.join(work, 'content'), path.join(work, 'cold'), { recursive: true });
    for (const name of readdirSync(path.join(work, 'cold/articles'))) if (path.join(work, 'cold/articles', name) !== handEdited.replace('/content/', '/cold/')) rmSync(path.join(work, 'cold/articles', name));
    rmSync(path.join(work, 'cold/entities'), { recursive: true });
    expect(annotate(['--no-cache', '--jobs', '1', '--content', 'cold']).code).toBe(0);
    expect(snapshot(path.join(work, 'content'))).toEqual(snapshot(path.join(work, 'cold')));
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
