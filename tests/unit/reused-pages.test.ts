/**
 * Pages and direct files reused from the previous build through hard links
 * (src/lib/reused-pages.ts, src/lib/direct-files.ts): the new output holds
 * exactly the new build's files, and the previous output is never written to.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkPreviousPages, manifestOutputFiles, releasePage, removeStaleLinks } from '../../src/lib/reused-pages.ts';
import { stampDigest, writeDirectFiles } from '../../src/lib/direct-files.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** @returns A new temporary folder, removed after the test. */
function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'reused-pages-'));
  folders.push(folder);
  return folder;
}

/**
 * Write Astro's incremental manifest and page copies as a build leaves them.
 * @param cacheDir Astro's cache folder.
 * @param pages Output file -> page text.
 */
function writeCache(cacheDir: string, pages: Record<string, string>): void {
  const paths = Object.fromEntries(Object.keys(pages).map((file) => [`/${file.replace(/\.html$/, '')}`, { cacheKey: 'k', outputFile: file }]));
  writeFileSync(path.join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { dependencyHash: 'd', paths } } }));
  for (const [file, text] of Object.entries(pages)) {
    const copy = path.join(cacheDir, 'dist', decodeURI(file));
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(copy, text);
  }
}

describe('linkPreviousPages, releasePage, removeStaleLinks', () => {
  it('links the copies, lets a page rendered again be written without touching the old output, and removes pages that are gone', () => {
    const cacheDir = tempFolder();
    const outDir = path.join(tempFolder(), 'out');
    mkdirSync(outDir);
    writeCache(cacheDir, { 'articles/a.html': 'A1', 'articles/b.html': 'B1', 'entities/%C3%A9t%C3%A9.html': 'E1', 'gone.html': 'G1', 'entities/x/page-2.html': 'X2' });
    // The previous output shares its files with the copies, as after an earlier build.
    const previous = path.join(tempFolder(), 'dist');
    expect(linkPreviousPages(cacheDir, previous).size).toBe(5);

    const linked = linkPreviousPages(cacheDir, outDir);
    expect([...linked.keys()].sort()).toEqual(['articles/a.html', 'articles/b.html', 'entities/%C3%A9t%C3%A9.html', 'entities/x/page-2.html', 'gone.html']);
    expect(readFileSync(path.join(outDir, 'entities/été.html'), 'utf8')).toBe('E1');
    expect(statSync(path.join(outDir, 'articles/a.html')).ino).toBe(statSync(path.join(previous, 'articles/a.html')).ino);

    // b is rendered again: released, then written by Astro (output and copy).
    releasePage(outDir, path.join(cacheDir, 'dist'), 'articles/b.html');
    expect(existsSync(path.join(outDir, 'articles/b.html'))).toBe(false);
    writeFileSync(path.join(outDir, 'articles/b.html'), 'B2');
    writeFileSync(path.join(cacheDir, 'dist/articles/b.html'), 'B2');
    // A page never built before: nothing to release.
    releasePage(outDir, path.join(cacheDir, 'dist'), 'articles/new.html');
    expect(readFileSync(path.join(previous, 'articles/b.html'), 'utf8')).toBe('B1');

    // The new manifest no longer lists gone.html, and Astro pruned its copy.
    rmSync(path.join(cacheDir, 'dist/gone.html'));
    writeCache(cacheDir, { 'articles/a.html': 'A1', 'articles/b.html': 'B2', 'entities/%C3%A9t%C3%A9.html': 'E1' });
    expect(removeStaleLinks(cacheDir, outDir, linked)).toBe(2);
    expect(existsSync(path.join(outDir, 'gone.html'))).toBe(false);
    expect(existsSync(path.join(outDir, 'entities/x'))).toBe(false);
    expect(existsSync(path.join(outDir, 'entities'))).toBe(true);
    expect(readFileSync(path.join(outDir, 'articles/a.html'), 'utf8')).toBe('A1');
    expect(readFileSync(path.join(outDir, 'articles/b.html'), 'utf8')).toBe('B2');
    expect(readFileSync(path.join(previous, 'gone.html'), 'utf8')).toBe('G1');
  });

  it('keeps a page no longer in the manifest that this build wrote again (a page that lost its key), even on a reused inode', async () => {
    const cacheDir = tempFolder();
    const outDir = tempFolder();
    writeCache(cacheDir, { 'a.html': 'A1' });
    const linked = linkPreviousPages(cacheDir, outDir);
    releasePage(outDir, path.join(cacheDir, 'dist'), 'a.html');
    // Builds are more than a clock tick apart (file times are taken from a coarse clock).
    await new Promise((resolve) => setTimeout(resolve, 30));
    writeFileSync(path.join(outDir, 'a.html'), 'A2');
    writeFileSync(path.join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: {} }));
    expect(removeStaleLinks(cacheDir, outDir, linked)).toBe(0);
    expect(readFileSync(path.join(outDir, 'a.html'), 'utf8')).toBe('A2');
  });

  it('links nothing without a readable manifest, and ignores paths that leave the folder', () => {
    const cacheDir = tempFolder();
    const outDir = tempFolder();
    expect(linkPreviousPages(cacheDir, outDir).size).toBe(0);
    writeFileSync(path.join(cacheDir, 'incremental-build.json'), '{ not json');
    expect(manifestOutputFiles(cacheDir).size).toBe(0);
    writeFileSync(path.join(cacheDir, 'incremental-build.json'), JSON.stringify({ routes: { r: { paths: { '/x': { outputFile: '../../escape.html' } } } } }));
    expect(linkPreviousPages(cacheDir, outDir).size).toBe(0);
  });
});

describe('writeDirectFiles with a cache folder', () => {
  it('writes the same bytes, links unchanged files, and never writes into a file the previous output shares', () => {
    const cacheDir = tempFolder();
    const first = tempFolder();
    const files = (seedText: string): [string, () => string][] => [
      ['sources/a.txt', () => '\uFEFFТекст, straight from the seed.\n'],
      ['sources/b.txt', () => seedText],
      ['search/meta.js', () => 'self.meta = {"é": 1};'],
    ];
    expect(writeDirectFiles(first, files('one'), cacheDir)).toBe(3);
    expect(readFileSync(path.join(first, 'sources/a.txt'))).toEqual(Buffer.from('\uFEFFТекст, straight from the seed.\n', 'utf8'));
    expect(readFileSync(path.join(first, 'sources/b.txt'), 'utf8')).toBe('one');

    const second = tempFolder();
    expect(writeDirectFiles(second, files('two'), cacheDir)).toBe(3);
    expect(readFileSync(path.join(second, 'sources/b.txt'), 'utf8')).toBe('two');
    expect(readFileSync(path.join(first, 'sources/b.txt'), 'utf8')).toBe('one');
    expect(statSync(path.join(second, 'sources/a.txt')).ino).toBe(statSync(path.join(first, 'sources/a.txt')).ino);
    expect(statSync(path.join(second, 'sources/b.txt')).ino).not.toBe(statSync(path.join(first, 'sources/b.txt')).ino);
  });

  it('links a file whose digest and cached copy are unchanged without making its text, and rewrites one whose cached copy was touched', () => {
    const cacheDir = tempFolder();
    let made = 0;
    const files = (text: string, digest: string): [string, () => string, string][] => [
      [
        'search/v-a.js',
        () => {
          made += 1;
          return text;
        },
        digest,
      ],
    ];
    const first = tempFolder();
    writeDirectFiles(first, files('one', 'd1'), cacheDir);
    expect(made).toBe(1);
    const second = tempFolder();
    writeDirectFiles(second, files('one', 'd1'), cacheDir);
    expect(made).toBe(1);
    expect(statSync(path.join(second, 'search/v-a.js')).ino).toBe(statSync(path.join(first, 'search/v-a.js')).ino);
    // Another digest: the text is made and written as a new file.
    const third = tempFolder();
    writeDirectFiles(third, files('two', 'd2'), cacheDir);
    expect(made).toBe(2);
    expect(readFileSync(path.join(third, 'search/v-a.js'), 'utf8')).toBe('two');
    expect(readFileSync(path.join(second, 'search/v-a.js'), 'utf8')).toBe('one');
    // A built file edited in place (it shares the cached copy): its stamp changed, so it is compared and written again.
    writeFileSync(path.join(third, 'search/v-a.js'), 'edited!');
    const fourth = tempFolder();
    writeDirectFiles(fourth, files('two', 'd2'), cacheDir);
    expect(made).toBe(3);
    expect(readFileSync(path.join(fourth, 'search/v-a.js'), 'utf8')).toBe('two');
  });

  it('writes a text given as chunks, keeps the cached copy when the chunks are the same, and a new file when they change', () => {
    const cacheDir = tempFolder();
    let read = 0;
    const chunks = function* (...parts: string[]): Generator<string> {
      for (const part of parts) {
        read += 1;
        yield part;
      }
    };
    const first = tempFolder();
    writeDirectFiles(first, [['data/figures.json', () => chunks('[\n  {"é": 1},\n', '  {"b": 2}\n]\n')]], cacheDir);
    expect(read).toBe(2);
    expect(readFileSync(path.join(first, 'data/figures.json'), 'utf8')).toBe('[\n  {"é": 1},\n  {"b": 2}\n]\n');
    // The same text, cut otherwise: the cached copy is kept and linked, and no temporary file is left.
    const second = tempFolder();
    writeDirectFiles(second, [['data/figures.json', () => chunks('[\n  {"é": 1},', '\n  {"b": 2}\n]', '\n')]], cacheDir);
    expect(statSync(path.join(second, 'data/figures.json')).ino).toBe(statSync(path.join(first, 'data/figures.json')).ino);
    expect(readdirSync(path.join(cacheDir, 'data'))).toEqual(['figures.json']);
    // Another text: a new file, and the previous output still holds its own.
    const third = tempFolder();
    writeDirectFiles(third, [['data/figures.json', () => chunks('[]\n')]], cacheDir);
    expect(readFileSync(path.join(third, 'data/figures.json'), 'utf8')).toBe('[]\n');
    expect(readFileSync(path.join(second, 'data/figures.json'), 'utf8')).toBe('[\n  {"é": 1},\n  {"b": 2}\n]\n');
    expect(statSync(path.join(third, 'data/figures.json')).ino).not.toBe(statSync(path.join(second, 'data/figures.json')).ino);
    // A built file edited in place (it shares the cached copy): the same chunks make a new file again.
    writeFileSync(path.join(third, 'data/figures.json'), '[9]\n');
    const fourth = tempFolder();
    writeDirectFiles(fourth, [['data/figures.json', () => chunks('[]\n')]], cacheDir);
    expect(readFileSync(path.join(fourth, 'data/figures.json'), 'utf8')).toBe('[]\n');
    // Without a cache folder the chunks are written straight into the output.
    const fifth = tempFolder();
    writeDirectFiles(fifth, [['data/a.csv', () => chunks('a,b\r\n', '1,2\r\n')]]);
    expect(readFileSync(path.join(fifth, 'data/a.csv'), 'utf8')).toBe('a,b\r\n1,2\r\n');
  });

  it('links chunks given with an unchanged digest without making them, and writes chunks with another digest as a new file', () => {
    const cacheDir = tempFolder();
    let made = 0;
    const chunks = function* (...parts: string[]): Generator<string> {
      made += 1;
      yield* parts;
    };
    const file = (digest: string, ...parts: string[]): [string, () => Iterable<string>, string] => ['data/figures.json', () => chunks(...parts), digest];
    const first = tempFolder();
    writeDirectFiles(first, [file('pieces 1', '[\n', '  {"é": 1}\n]\n')], cacheDir);
    expect(made).toBe(1);
    expect(readFileSync(path.join(first, 'data/figures.json'), 'utf8')).toBe('[\n  {"é": 1}\n]\n');
    // The same digest: linked, the chunks never made.
    const second = tempFolder();
    writeDirectFiles(second, [file('pieces 1', 'never', 'made')], cacheDir);
    expect(made).toBe(1);
    expect(statSync(path.join(second, 'data/figures.json')).ino).toBe(statSync(path.join(first, 'data/figures.json')).ino);
    // Another digest: a new file, and the previous output keeps its own; no temporary file is left.
    const third = tempFolder();
    writeDirectFiles(third, [file('pieces 2', '[]\n')], cacheDir);
    expect(made).toBe(2);
    expect(readFileSync(path.join(third, 'data/figures.json'), 'utf8')).toBe('[]\n');
    expect(readFileSync(path.join(second, 'data/figures.json'), 'utf8')).toBe('[\n  {"é": 1}\n]\n');
    expect(readdirSync(path.join(cacheDir, 'data')).sort()).toEqual(['figures.json']);
    // A built file edited in place (it shares the cached copy): the same digest makes the file again.
    writeFileSync(path.join(third, 'data/figures.json'), '[9]\n');
    const fourth = tempFolder();
    writeDirectFiles(fourth, [file('pieces 2', '[]\n')], cacheDir);
    expect(made).toBe(3);
    expect(readFileSync(path.join(fourth, 'data/figures.json'), 'utf8')).toBe('[]\n');
  });

  it('links an unchanged source by its stamp without reading it, and reads one that changed', () => {
    const cacheDir = tempFolder();
    const seeds = tempFolder();
    const seed = path.join(seeds, 'a.txt');
    writeFileSync(seed, 'Первый текст.\n');
    // Written just now: no stamp digest (it could be written again in the same instant unnoticed).
    expect(stampDigest(seed)).toBeUndefined();
    const past = new Date(Date.now() - 60_000);
    utimesSync(seed, past, past);
    let read = 0;
    const files = (): [string, () => string, string | undefined][] => [
      [
        'sources/a.txt',
        () => {
          read += 1;
          return readFileSync(seed, 'utf8');
        },
        stampDigest(seed),
      ],
    ];
    const first = tempFolder();
    writeDirectFiles(first, files(), cacheDir);
    const second = tempFolder();
    writeDirectFiles(second, files(), cacheDir);
    expect(read).toBe(1);
    expect(readFileSync(path.join(second, 'sources/a.txt'), 'utf8')).toBe('Первый текст.\n');
    writeFileSync(seed, 'Второй текст.\n');
    utimesSync(seed, past, new Date(Date.now() - 30_000));
    const third = tempFolder();
    writeDirectFiles(third, files(), cacheDir);
    expect(read).toBe(2);
    expect(readFileSync(path.join(third, 'sources/a.txt'), 'utf8')).toBe('Второй текст.\n');
    expect(readFileSync(path.join(second, 'sources/a.txt'), 'utf8')).toBe('Первый текст.\n');
    expect(() => stampDigest(path.join(seeds, 'missing.txt'))).toThrow(/missing\.txt/);
  });
});
