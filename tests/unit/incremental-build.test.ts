/**
 * The incremental build, end to end: the real Astro build of a copy of the
 * site on the four seeds' content, twice. After one article changes, its page
 * and the pages that list it are rendered again and show the change; the
 * other articles' pages are copied from the first build.
 *
 * Two Astro builds take a minute or more on a busy machine; set
 * DOSSIER_SKIP_SLOW_TESTS=1 to leave them out of a quick local run (CI and
 * `npm test` run them).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySiteProject } from '../../src/bench/project.ts';

const enabled = process.env.DOSSIER_SKIP_SLOW_TESTS !== '1';

/**
 * Build the site in a project folder.
 * @param project The project copy.
 * @returns Astro's output.
 */
function build(project: string): string {
  const result = spawnSync(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed:\n${output.slice(-3000)}`);
  return output;
}

/**
 * @param output Astro's build output.
 * @param page A page's path, e.g. `/articles/x.html`.
 * @returns Whether the build copied it from the previous build rather than rendering it.
 */
function reused(output: string, page: string): boolean {
  const line = output.split('\n').find((text) => text.includes(`├─ ${page}`));
  if (line === undefined) throw new Error(`${page} is not in the build output`);
  return /\((?:cached|restored)\)/.test(line);
}

describe.skipIf(!enabled)('incremental build', () => {
  const project = mkdtempSync(path.join(tmpdir(), 'dossier-incremental-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('renders a changed article and the pages listing it again, and reuses the others', () => {
    copySiteProject(process.cwd(), project);
    cpSync(path.resolve('content'), path.join(project, 'content'), { recursive: true });
    cpSync(path.resolve('seeds'), path.join(project, 'seeds'), { recursive: true });
    const articles = readdirSync(path.join(project, 'content/articles')).filter((name) => name.endsWith('.md')).sort();
    const [changed, unchanged] = articles as [string, string];
    build(project);

    const file = path.join(project, 'content/articles', changed);
    const text = readFileSync(file, 'utf8');
    const entity = /\n {2}- id: ([a-z0-9-]+)/.exec(text)?.[1] as string;
    writeFileSync(file, text.replace(/^title: .*$/m, 'title: A headline changed between two builds'));
    const output = build(project);

    const changedPage = `/articles/${changed.replace(/\.md$/, '.html')}`;
    expect(reused(output, changedPage)).toBe(false);
    expect(reused(output, `/entities/${entity}.html`)).toBe(false);
    expect(reused(output, `/articles/${unchanged.replace(/\.md$/, '.html')}`)).toBe(true);
    for (const page of [changedPage, `/entities/${entity}.html`, '/index.html']) {
      expect(readFileSync(path.join(project, 'dist', page), 'utf8'), page).toContain('A headline changed between two builds');
    }
    // A reused page is copied as it was finished: links relative, one policy of our own (src/middleware.ts).
    const reusedPage = readFileSync(path.join(project, 'dist/articles', unchanged.replace(/\.md$/, '.html')), 'utf8');
    expect(reusedPage.match(/http-equiv="Content-Security-Policy"/gi)).toHaveLength(1);
    expect(reusedPage).toContain('object-src &#x27;none&#x27;');
    expect(reusedPage).toMatch(/href="\.\.\/entities\/[a-z0-9-]+\.html"/);
    expect(reusedPage).not.toMatch(/href="\/(?:articles|entities)\//);

    // The downloads made of pieces (src/lib/download-pieces.ts) reuse the unchanged article's and show the change.
    const downloads = ['articles.json', 'figures.csv', 'figures.json', 'entities.json'].map((name) => [name, readFileSync(path.join(project, 'dist/data', name), 'utf8')] as const);
    const pieceIndex = JSON.parse(readFileSync(path.join(project, 'node_modules/.astro/dossier-direct/data/articles.json.pieces.json'), 'utf8')) as { keys: string[] };
    expect(pieceIndex.keys).toHaveLength(articles.length);
    const articleRows = JSON.parse(downloads[0]![1]) as Array<{ id: string; title: string }>;
    expect(articleRows.find((row) => `${row.id}.md` === changed)?.title).toBe('A headline changed between two builds');
    const figureRows = JSON.parse(downloads[2]![1]) as Array<{ article_id: string; article_title: string }>;
    expect(figureRows.filter((row) => `${row.article_id}.md` === changed).every((row) => row.article_title === 'A headline changed between two builds')).toBe(true);

    // Changing the code that finishes pages (the middleware's imports) renders every page again.
    const finishing = path.join(project, 'src/lib/output-path.ts');
    writeFileSync(finishing, `${readFileSync(finishing, 'utf8')}\n// changed between two builds\n`);
    expect(reused(build(project), `/articles/${unchanged.replace(/\.md$/, '.html')}`)).toBe(false);
    // A change to src/lib makes every piece of the downloads again: the same bytes as the pieces reused above.
    for (const [name, text] of downloads) expect(readFileSync(path.join(project, 'dist/data', name), 'utf8'), name).toBe(text);
  }, 600_000);

  it('fails the build, naming the page, when a page holds a script the site did not bundle', () => {
    const page = path.join(project, 'src/pages/injected.astro');
    writeFileSync(page, '---\n---\n<html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><script is:inline>window.x = 1;</script></body></html>\n');
    try {
      expect(() => build(project)).toThrow(/injected\.html: executable markup the site did not write[\s\S]*inline script that Astro did not bundle: window\.x = 1;/);
    } finally {
      rmSync(page);
    }
  }, 600_000);
});
