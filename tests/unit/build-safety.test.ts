/**
 * The safe build (src/cli/build.ts): annotate, check, Astro build into a
 * temporary folder, swap into dist/. A failure at any step leaves the previous
 * dist/ exactly as it was. The Astro step is replaced by a stub that writes a
 * tiny site, so these tests need no real Astro build (tests/e2e/hostile.spec.ts
 * runs a real one).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBuild, swapInto, type AstroBuildRequest, type AstroBuildStep } from '../../src/cli/build.ts';
import { capture } from './support/output.ts';

/**
 * Every file under a folder with its bytes and modification time.
 * @param dir Folder.
 * @returns Map of relative path to `mtime:content`.
 */
function snapshot(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(dir, name)).isFile())
      .sort()
      .map((name) => [name, `${statSync(path.join(dir, name)).mtimeMs}:${readFileSync(path.join(dir, name), 'utf8')}`]),
  );
}

/**
 * A stub Astro step that writes a one-page site, recording its calls.
 * @param marker Text of the page.
 * @returns The step and its calls.
 */
function stubSite(marker: string): AstroBuildStep & { calls: AstroBuildRequest[] } {
  const calls: AstroBuildRequest[] = [];
  const step = async (request: AstroBuildRequest): Promise<void> => {
    calls.push(request);
    mkdirSync(path.join(request.outDir, 'articles'), { recursive: true });
    writeFileSync(path.join(request.outDir, 'index.html'), `<!doctype html><title>${marker}</title>`);
    writeFileSync(path.join(request.outDir, 'articles', 'a.html'), marker);
  };
  return Object.assign(step, { calls });
}

/**
 * @param dir A folder.
 * @returns Names of hidden build folders (`.dist-new`, `.dist-old-…`) left in it.
 */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => /^\.dist-(?:new|old-\d+)$/.test(name));
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-build-'));
  cpSync(path.resolve('seeds'), path.join(work, 'seeds'), { recursive: true });
  // A previous build.
  mkdirSync(path.join(work, 'dist', 'articles'), { recursive: true });
  writeFileSync(path.join(work, 'dist', 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(path.join(work, 'dist', 'articles', 'old.html'), 'previous article');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('annotates, checks, builds into a temporary folder and swaps it into dist/', async () => {
    const astroBuild = stubSite('new build');
    const out = capture();
    expect(await runBuild(['--quiet'], out, work, { astroBuild })).toBe(0);
    expect(astroBuild.calls).toHaveLength(1);
    expect(astroBuild.calls[0]?.outDir).not.toBe(path.join(work, 'dist'));
    expect(astroBuild.calls[0]?.contentDir).toBe(path.join(work, 'content'));
    expect(readFileSync(path.join(work, 'dist', 'index.html'), 'utf8')).toContain('new build');
    expect(existsSync(path.join(work, 'dist', 'articles', 'old.html'))).toBe(false);
    expect(readdirSync(path.join(work, 'content', 'articles'))).toHaveLength(readdirSync(path.join(work, 'seeds')).length);
    expect(out.lines.at(-1)).toBe('build: the site is in dist/ (2 pages)');
    expect(leftovers(work)).toEqual([]);
  });

  it('counts the pages it built: HTML files, or links to one, at any depth (through linked folders too), and no folder named like one', async () => {
    const step = async (request: AstroBuildRequest): Promise<void> => {
      mkdirSync(path.join(request.outDir, 'articles/deep/deeper.html'), { recursive: true });
      writeFileSync(path.join(request.outDir, 'index.html'), '<!doctype html><title>x</title>');
      writeFileSync(path.join(request.outDir, 'articles/deep/a.html'), 'a');
      writeFileSync(path.join(request.outDir, 'articles/deep/deeper.html/b.html'), 'b');
      writeFileSync(path.join(request.outDir, 'articles/notes.txt'), 'not a page');
      symlinkSync('deep/a.html', path.join(request.outDir, 'articles/link.html'));
      symlinkSync('deep', path.join(request.outDir, 'articles/folder-link.html'));
    };
    const out = capture();
    expect(await runBuild(['--quiet'], out, work, { astroBuild: step })).toBe(0);
    // index, deep/a, deep/deeper.html/b, link.html, and a and b again under folder-link.html.
    expect(out.lines.at(-1)).toBe('build: the site is in dist/ (6 pages)');
  });

  it('stops on a content error, naming it, and leaves the previous dist/ untouched', async () => {
    expect(await runBuild(['--quiet'], capture(), work, { astroBuild: stubSite('first build') })).toBe(0);
    const before = snapshot(path.join(work, 'dist'));
    const article = path.join(work, 'content', 'articles', readdirSync(path.join(work, 'content', 'articles'))[0] ?? '');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^published: .*$/m, 'published: 2015-13-45'));

    const astroBuild = stubSite('must not be built');
    const out = capture();
    expect(await runBuild(['--quiet'], out, work, { astroBuild })).toBe(1);
    expect(astroBuild.calls).toEqual([]);
    expect(out.errors.join('\n')).toMatch(/content\/articles\/[^:]+\.md:\d+: published: unexpected "2015-13-45"/);
    expect(out.errors.at(-1)).toBe(
      'build: stopped: content has errors (listed above as path:line: field: message); fix them and build again; dist was left as it was',
    );
    expect(snapshot(path.join(work, 'dist'))).toEqual(before);
    // The hand edit itself is kept: the annotator never overwrites it.
    expect(readFileSync(article, 'utf8')).toContain('published: 2015-13-45');
  });

  it('leaves the previous dist/ untouched and no temporary folder when the Astro build fails', async () => {
    const before = snapshot(path.join(work, 'dist'));
    const failing: AstroBuildStep = async (request) => {
      mkdirSync(request.outDir, { recursive: true });
      writeFileSync(path.join(request.outDir, 'index.html'), 'half a site');
      throw new Error('[InvalidContentEntryDataError] articles → x data does not match collection schema');
    };
    const out = capture();
    expect(await runBuild(['--quiet'], out, work, { astroBuild: failing })).toBe(1);
    expect(out.errors.at(-1)).toBe(
      'build: stopped: the Astro build failed: [InvalidContentEntryDataError] articles → x data does not match collection schema; dist was left as it was',
    );
    expect(snapshot(path.join(work, 'dist'))).toEqual(before);
    expect(leftovers(work)).toEqual([]);
  });

  it('treats an Astro build that wrote no index.html as failed', async () => {
    const before = snapshot(path.join(work, 'dist'));
    const out = capture();
    expect(await runBuild(['--quiet'], out, work, { astroBuild: async () => {} })).toBe(1);
    expect(out.errors.at(-1)).toMatch(/^build: stopped: the Astro build failed: it wrote no index\.html into \.dist-new; dist was left as it was$/);
    expect(snapshot(path.join(work, 'dist'))).toEqual(before);
  });

  it('stops on a seed it cannot read, naming it, and builds nothing', async () => {
    writeFileSync(path.join(work, 'seeds', 'empty.txt'), '');
    const before = snapshot(path.join(work, 'dist'));
    const astroBuild = stubSite('must not be built');
    const out = capture();
    expect(await runBuild(['--quiet'], out, work, { astroBuild })).toBe(1);
    expect(out.errors.join('\n')).toMatch(/seeds\/empty\.txt: is empty/);
    expect(out.errors.at(-1)).toBe('build: stopped: annotate failed (exit 1, see above); dist was left as it was');
    expect(astroBuild.calls).toEqual([]);
    expect(snapshot(path.join(work, 'dist'))).toEqual(before);
  });

  it('stops when writing content/ fails, leaving dist/ and every existing content file as they were', async () => {
    expect(await runBuild(['--quiet'], capture(), work, { astroBuild: stubSite('first build') })).toBe(0);
    const content = snapshot(path.join(work, 'content'));
    const dist = snapshot(path.join(work, 'dist'));
    // A new seed whose article cannot be written: a folder sits where its temporary file would go.
    const seed = readdirSync(path.join(work, 'seeds'))[0] ?? '';
    writeFileSync(path.join(work, 'seeds', 'zz-new.txt'), readFileSync(path.join(work, 'seeds', seed)));
    mkdirSync(path.join(work, 'content', 'articles', `zz-new.md.${process.pid}.tmp`));

    const astroBuild = stubSite('must not be built');
    const out = capture();
    expect(await runBuild(['--quiet'], out, work, { astroBuild })).toBe(1);
    expect(out.errors.at(-1)).toMatch(/^build: stopped: annotate failed: EISDIR.*; dist was left as it was$/);
    expect(astroBuild.calls).toEqual([]);
    expect(snapshot(path.join(work, 'dist'))).toEqual(dist);
    const after = snapshot(path.join(work, 'content'));
    for (const [name, text] of content) expect(after.get(name), name).toBe(text);
    expect(existsSync(path.join(work, 'content', 'articles', 'zz-new.md'))).toBe(false);
  });

  it('rejects an unknown flag with the list of valid ones', async () => {
    const out = capture();
    expect(await runBuild(['--outdir', 'x'], out, work, { astroBuild: stubSite('x') })).toBe(2);
    expect(out.errors[0]).toMatch(/^build: .*--outdir.*Expected: --seeds VALUE.*--out VALUE/);
  });
});

describe('swapInto', () => {
  it('replaces a folder, or creates it, leaving no temporary folder', () => {
    const fresh = path.join(work, '.dist-new');
    mkdirSync(fresh);
    writeFileSync(path.join(fresh, 'index.html'), 'new');
    swapInto(fresh, path.join(work, 'dist'));
    expect(readdirSync(path.join(work, 'dist'))).toEqual(['index.html']);
    expect(leftovers(work)).toEqual([]);

    mkdirSync(fresh);
    writeFileSync(path.join(fresh, 'index.html'), 'other');
    swapInto(fresh, path.join(work, 'site'));
    expect(readFileSync(path.join(work, 'site', 'index.html'), 'utf8')).toBe('other');
  });

  it('puts the old folder back when the new one cannot be moved in', () => {
    const before = snapshot(path.join(work, 'dist'));
    expect(() => swapInto(path.join(work, 'missing'), path.join(work, 'dist'))).toThrow(/ENOENT/);
    expect(snapshot(path.join(work, 'dist'))).toEqual(before);
    expect(leftovers(work)).toEqual([]);
  });
});
