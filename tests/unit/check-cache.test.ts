import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, checkFile, crossFileErrors, formatCheckError, type ContentFile } from '../../src/check/index.ts';
import { summarize, summaryView } from '../../src/check/summary.ts';
import { readContentFile } from '../../src/check/frontmatter.ts';
import { CheckCache, checkCacheFile, checkerFingerprint, sha1Of } from '../../src/cli/check-cache.ts';
import { checkFolder, runCheck } from '../../src/cli/check.ts';
import type { Output } from '../../src/cli/args.ts';

const fixtures = path.resolve('tests/fixtures/check');

/** Output that records what a command prints. */
function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, log: (line) => lines.push(line), error: (line) => errors.push(line), write: () => {}, isTTY: false };
}

/** A second article of my own: one quote not in its body, one entity without a file, two entries sharing a name. */
const secondArticle = `---
id: second
title: Court in Bishkek sentences a recruiter
outlet: Example Wire
author: Jane Doe
published: 2017-05-02
source: seeds/sample.txt
countries: [KG]
entities:
  - id: bishkek
    name: Bishkek
    type: place
    aliases: []
    country: KG
  - id: osh
    name: Osh
    type: place
    aliases: []
    country: KG
  - id: osh-region
    name: Osh
    type: place
    aliases: []
    country: KG
figures:
  - value: 7
    what: years in prison
    claimant: osh-city-court
    asOf: 2017-05-02
    quote: seven years in a high-security colony
---

A court in Bishkek gave a man from Osh eight years in prison for recruiting young people for armed groups abroad.
`;

/** An entity file whose name is another entity's alias (a cross-file duplicate). */
const tursunovEntity = `---
id: tursunov
name: Tursunov
type: person
aliases: []
country: KG
---
`;

/**
 * Run the command and record what it printed.
 * @param args Flags.
 * @param cwd Working folder.
 * @returns Exit code, error lines and summary lines.
 */
function run(args: string[], cwd: string): { code: number; errors: string[]; lines: string[] } {
  const out = capture();
  const code = runCheck(args, out, cwd);
  return { code, errors: out.errors, lines: out.lines };
}

describe('the check cache', () => {
  let work: string;
  let content: string;
  let cacheDir: string;
  /** The folder check with the test's cache folder. */
  const cached = () => checkFolder(content, { cwd: work, root: work, cacheDir });
  /** The folder check without a cache. */
  const uncached = () => checkFolder(content, { cwd: work, root: work, cacheDir: undefined });

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'dossier-check-cache-'));
    cpSync(path.join(fixtures, 'valid'), work, { recursive: true });
    content = path.join(work, 'content');
    cacheDir = path.join(work, '.cache/check');
    writeFileSync(path.join(content, 'articles/second.md'), secondArticle);
    writeFileSync(path.join(content, 'entities/tursunov.md'), tursunovEntity);
    writeFileSync(path.join(content, 'entities/broken.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('prints exactly what an uncached run prints, cold and warm, on content with per-file and cross-file errors', () => {
    const full = run(['--no-cache'], work);
    expect(full.code).toBe(1);
    // The errors are real ones of every kind, so that the comparison below means something.
    const text = full.errors.join('\n');
    expect(text).toContain('content/articles/second.md:30: figures[0].quote: unexpected quote "seven years in a high-security colony"');
    expect(text).toContain('content/articles/second.md:10: entities[0].id: unknown entity "bishkek"');
    expect(text).toContain('content/articles/second.md:28: figures[0].claimant: unknown entity "osh-city-court"');
    expect(text).toContain('content/articles/second.md:21: entities[2].name: unexpected name "Osh" shared with place "osh"');
    expect(text).toContain('content/entities/tursunov.md:3: name: unexpected name "Tursunov" shared with person "aibek-tursunov" (content/entities/aibek-tursunov.md:5)');
    expect(text).toContain('content/entities/broken.md:1: file: unexpected bytes that are not UTF-8');

    const cold = run(['--cache', cacheDir], work);
    expect(existsSync(checkCacheFile(cacheDir, content))).toBe(true);
    const warm = run(['--cache', cacheDir], work);
    expect(cold).toEqual(full);
    expect(warm).toEqual(full);
    expect(cached().rechecked).toEqual([]);
  });

  it('reads no file whose size and times are those recorded, and every file that changed, even to the same size', () => {
    // Files written just now are not settled: their stamps are not recorded, so the next run reads them again.
    cached();
    expect(cached().filesRead).toBe(uncached().fileCount);
    // A run that starts well after the files were written records their stamps; the next one reads nothing.
    const later = () => checkFolder(content, { cwd: work, root: work, cacheDir, runStartMs: Date.now() + 10_000 });
    const recorded = later();
    const unread = later();
    // Only entities/broken.md, which is not UTF-8 and so never cached, is read.
    expect(unread.filesRead).toBe(1);
    expect(unread.rechecked).toEqual([]);
    expect(unread.errors).toEqual(uncached().errors);
    expect(recorded.errors).toEqual(uncached().errors);
    // The same number of bytes, another error: the file's times changed, so it is read and checked again.
    const file = path.join(content, 'articles/second.md');
    const edited = secondArticle.replace('published: 2017-05-02', 'published: 2017-15-02');
    expect(edited.length).toBe(secondArticle.length);
    writeFileSync(file, edited);
    const afterEdit = later();
    expect(afterEdit.filesRead).toBe(2);
    expect(afterEdit.rechecked).toEqual(['content/articles/second.md']);
    expect(afterEdit.errors).toEqual(uncached().errors);
    expect(afterEdit.errors.some((error) => error.path === 'content/articles/second.md' && error.field === 'published')).toBe(true);
    // Written back to the old bytes: read and checked again, the error gone.
    writeFileSync(file, secondArticle);
    const restored = later();
    expect(restored.filesRead).toBe(2);
    expect(restored.errors).toEqual(uncached().errors);
    expect(restored.errors.some((error) => error.path === 'content/articles/second.md' && error.field === 'published')).toBe(false);
  });

  it('checks many changed files on worker threads with exactly the errors of one thread', () => {
    // 700 more articles, every tenth with an error of its own: two workers of 300 files or more.
    for (let index = 0; index < 700; index++) {
      const text = secondArticle.replace('id: second', `id: extra-${index}`).replace(index % 10 === 0 ? 'published: 2017-05-02' : 'no such line', 'published: 2017-13-40');
      writeFileSync(path.join(content, `articles/extra-${index}.md`), text);
    }
    const oneThread = checkFolder(content, { cwd: work, root: work, cacheDir: undefined, jobs: 1 });
    const twoThreads = checkFolder(content, { cwd: work, root: work, cacheDir, jobs: 2, filesPerWorker: 300 });
    expect(oneThread.errors.some((error) => error.path === 'content/articles/extra-690.md' && error.field === 'published')).toBe(true);
    expect(oneThread.errors.some((error) => error.path === 'content/articles/extra-691.md' && error.field === 'published')).toBe(false);
    expect(twoThreads.errors).toEqual(oneThread.errors);
    expect(twoThreads.rechecked).toHaveLength(oneThread.fileCount - 1);
    // What the workers found is cached like the rest.
    expect(checkFolder(content, { cwd: work, root: work, cacheDir, jobs: 2, filesPerWorker: 300 }).rechecked).toEqual([]);
  }, 120_000);

  it('uses .cache/check under the working folder by default', () => {
    const full = run(['--no-cache'], work);
    expect(run([], work)).toEqual(full);
    expect(existsSync(checkCacheFile(path.join(work, '.cache/check'), content))).toBe(true);
    expect(run([], work)).toEqual(full);
  });

  it('parses again only the file that changed', () => {
    expect(cached().rechecked).toHaveLength(6);
    const sample = path.join(content, 'articles/sample.md');
    writeFileSync(sample, readFileSync(sample, 'utf8').replace('quote: detained two men', 'quote: detained three men'));
    const after = cached();
    expect(after.rechecked).toEqual(['content/articles/sample.md']);
    expect(after.errors).toEqual(uncached().errors);
    expect(after.errors.map(formatCheckError)).toContain(
      'content/articles/sample.md:30: figures[0].quote: unexpected quote "detained three men", expected words of one paragraph of the body',
    );
    expect(cached().rechecked).toEqual([]);
  });

  it('reports an unchanged article whose entity file was deleted', () => {
    cached();
    rmSync(path.join(content, 'entities/osh.md'));
    const after = cached();
    expect(after.rechecked).toEqual([]);
    expect(after.errors).toEqual(uncached().errors);
    const messages = after.errors.map(formatCheckError);
    expect(messages).toContain('content/articles/sample.md:20: entities[2].id: unknown entity "osh", expected a file content/entities/osh.md describing it');
    expect(messages).toContain('content/articles/second.md:15: entities[1].id: unknown entity "osh", expected a file content/entities/osh.md describing it');
  });

  it('clears a cross-file error of an unchanged file when the other file is fixed', () => {
    const clash = 'content/entities/aibek-tursunov.md:5: aliases[0]: unexpected alias "Tursunov" shared with person "tursunov"';
    expect(cached().errors.map(formatCheckError).some((line) => line.startsWith(clash))).toBe(true);
    writeFileSync(path.join(content, 'entities/tursunov.md'), tursunovEntity.replace('name: Tursunov', 'name: Bakyt Tursunov'));
    const after = cached();
    expect(after.rechecked).toEqual(['content/entities/tursunov.md']);
    expect(after.errors.map(formatCheckError).some((line) => line.startsWith(clash))).toBe(false);
    expect(after.errors).toEqual(uncached().errors);
  });

  it('reports a missing source although the article did not change', () => {
    cached();
    rmSync(path.join(work, 'seeds/sample.txt'));
    const after = cached();
    expect(after.rechecked).toEqual([]);
    expect(after.errors).toEqual(uncached().errors);
    expect(after.errors.filter((error) => error.field === 'source').map((error) => error.path)).toEqual(['content/articles/sample.md', 'content/articles/second.md']);
  });

  it('ignores a damaged cache file and writes a good one', () => {
    const expected = uncached().errors;
    const file = checkCacheFile(cacheDir, content);
    cached();
    for (const damage of ['{"version": 1, "files": {', '', 'null', '[]', JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), files: { 'content/articles/sample.md': null } })]) {
      writeFileSync(file, damage);
      const after = cached();
      expect(after.errors).toEqual(expected);
      expect(after.rechecked.length).toBeGreaterThan(0);
      expect(() => JSON.parse(readFileSync(file, 'utf8')) as unknown).not.toThrow();
      expect(cached().rechecked).toEqual([]);
    }
  });

  it('ignores damaged entries one by one', () => {
    const file = checkCacheFile(cacheDir, content);
    cached();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, { errors: unknown; summary: unknown }> };
    const second = stored.files['content/articles/second.md'];
    const sample = stored.files['content/articles/sample.md'];
    if (!second || !sample) throw new Error('entries missing');
    second.errors = [['x']];
    sample.summary = { data: null };
    writeFileSync(file, JSON.stringify(stored));
    const after = cached();
    expect(after.rechecked).toEqual(['content/articles/sample.md', 'content/articles/second.md']);
    expect(after.errors).toEqual(uncached().errors);
  });

  it('starts afresh under another checker fingerprint', () => {
    cached();
    const file = checkCacheFile(cacheDir, content);
    const sample = readFileSync(path.join(content, 'articles/sample.md'));
    expect(new CheckCache(file, 'content').lookup('content/articles/sample.md', sha1Of(sample))).toBeDefined();
    expect(new CheckCache(file, 'content', `${checkerFingerprint()}x`).lookup('content/articles/sample.md', sha1Of(sample))).toBeUndefined();
    // Messages name the content folder as spelled: another spelling is another cache.
    expect(new CheckCache(file, 'site/content').lookup('content/articles/sample.md', sha1Of(sample))).toBeUndefined();
  });

  it('keeps one cache per content folder', () => {
    const other = path.join(work, 'other');
    cpSync(content, other, { recursive: true });
    expect(checkCacheFile(cacheDir, other)).not.toBe(checkCacheFile(cacheDir, content));
    cached();
    expect(checkFolder(other, { cwd: work, root: work, cacheDir }).rechecked).toHaveLength(6);
    expect(cached().rechecked).toEqual([]);
  });

  it('checks all right when the cache cannot be written', () => {
    const full = run(['--no-cache'], work);
    const blocker = path.join(work, 'not-a-folder');
    writeFileSync(blocker, 'a file where the cache folder should be');
    expect(run(['--cache', blocker], work)).toEqual(full);
    expect(run(['--cache', path.join(blocker, 'check')], work)).toEqual(full);
  });

  it('--no-cache neither reads nor writes the cache', () => {
    cached();
    const file = checkCacheFile(cacheDir, content);
    const before = readFileSync(file, 'utf8');
    const sample = path.join(content, 'articles/sample.md');
    writeFileSync(sample, readFileSync(sample, 'utf8').replace('author: Jane Doe', 'author: John Roe'));
    const noCache = run(['--no-cache', '--cache', cacheDir], work);
    expect(noCache.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(uncached().rechecked).toHaveLength(6);
    const usage = capture();
    expect(runCheck(['--nocache'], usage, work)).toBe(2);
    expect(usage.errors[0]).toMatch(/--no-cache \(check every file from scratch/);
  });
});

describe('checkFile and crossFileErrors', () => {
  const files: ContentFile[] = [
    ...['articles/sample.md', 'entities/aibek-tursunov.md', 'entities/state-committee-for-national-security.md'].map((name) => ({
      path: `content/${name}`,
      text: readFileSync(path.join(fixtures, 'valid/content', name), 'utf8'),
    })),
    { path: 'content/articles/second.md', text: secondArticle },
    { path: 'content/entities/tursunov.md', text: tursunovEntity },
  ];

  it('together give what checkContent gives, from summaries that survive JSON', () => {
    const checks = files.map((file) => ({ path: file.path, ...checkFile(file, 'content') }));
    const stored = checks.map((check) => ({ path: check.path, summary: JSON.parse(JSON.stringify(check.summary ?? null)) ?? undefined }));
    const options = { contentDir: 'content', sourceExists: () => true };
    const rebuilt = [...checks.flatMap((check) => check.errors), ...crossFileErrors(stored, options)];
    const expected = checkContent(files, options);
    expect(expected.length).toBeGreaterThan(3);
    expect([...rebuilt].sort((a, b) => formatCheckError(a).localeCompare(formatCheckError(b)))).toEqual(
      [...expected].sort((a, b) => formatCheckError(a).localeCompare(formatCheckError(b))),
    );
  });

  it('summarize keeps what the cross-file rules read, with lines', () => {
    const parsed = readContentFile({ path: 'content/articles/second.md', text: secondArticle }, 'content').file;
    if (!parsed) throw new Error('did not parse');
    const summary = summarize(parsed);
    expect(summary.data).toEqual({
      source: 'seeds/sample.txt',
      entities: [{ id: 'bishkek' }, { id: 'osh' }, { id: 'osh-region' }],
      figures: [{ claimant: 'osh-city-court' }],
    });
    const view = summaryView(parsed.path, parsed.kind, parsed.stem, summary);
    for (const field of [['source'], ['entities', 2, 'id'], ['figures', 0, 'claimant']]) expect(view.lineOf(field)).toBe(parsed.lineOf(field));
  });

  it('a file whose frontmatter does not parse has no summary but its entity file still counts', () => {
    const broken = checkFile({ path: 'content/entities/osh.md', text: '---\nid: [osh\n---\n' }, 'content');
    expect(broken.summary).toBeUndefined();
    expect(broken.errors.map((error) => error.field)).toEqual(['frontmatter']);
    const sample = files[0] as ContentFile;
    const errors = crossFileErrors([{ path: sample.path, summary: checkFile(sample, 'content').summary }, { path: 'content/entities/osh.md', summary: undefined }]);
    expect(errors.map((error) => error.message).filter((message) => message.includes('"osh"'))).toEqual([]);
  });
});
