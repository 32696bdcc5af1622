/**
 * Hostile sources in a real Chromium. A separate site is built from
 * tests/fixtures/hostile/seeds (plus a CRLF+BOM seed and a seed with a stray
 * NUL, generated here) with the real `npm run build` into a temporary folder,
 * then served on its own port and opened from disk. On every page: no dialog
 * opens, no `window.__pwned` is set, the hostile text shows as text, and the
 * Content-Security-Policy blocks an inline script injected into the page while
 * the site's own scripts still run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { ports } from './site.ts';

/** Port of this file's own server (./site.ts). */
const port = ports.hostile;

let work = '';
let server: ChildProcess | undefined;

/** Where the hostile site is built. */
const dist = (): string => path.join(work, 'dist');

/**
 * @returns Every HTML page of the hostile site, relative to its root.
 */
function pages(): string[] {
  return readdirSync(dist(), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/**
 * @param id Article id.
 * @returns Its title as the annotator wrote it.
 */
function titleOf(id: string): string {
  const text = readFileSync(path.join(work, 'content', 'articles', `${id}.md`), 'utf8');
  return String((parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { title: string }).title);
}

/**
 * Wait until a URL answers.
 * @param url The URL.
 * @param timeoutMs How long to try.
 */
async function waitFor(url: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Watch a page for anything a hostile text could make happen.
 * @param page The page.
 * @returns Dialogs opened and CSP violations reported, filled as the page runs.
 */
async function watch(page: Page): Promise<{ dialogs: string[]; violations: () => Promise<string[]> }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/**
 * Text of a page's article body with typography made plain (the site's Markdown curls quotes and dashes).
 * @param page An article page.
 * @returns The body text, figure notes left out.
 */
async function plainBodyText(page: Page): Promise<string> {
  const text = await page.locator('.article-body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    for (const note of copy.querySelectorAll('.figure-note')) note.remove();
    return copy.textContent ?? '';
  });
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/—/g, '---').replace(/–/g, '--');
}

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(path.join(tmpdir(), 'dossier-hostile-site-'));
  cpSync(path.resolve('tests/fixtures/hostile/seeds'), path.join(work, 'seeds'), { recursive: true });
  const lines = ['Menu', '', 'Osh Court Frees Two Returnees', '', 'June 9, 2020', '', 'A court in Osh released two women who had come back from Syria, their lawyer said on June 8.', ''];
  writeFileSync(path.join(work, 'seeds', 'crlf-bom.txt'), `\ufeff${lines.join('\r\n')}`);
  writeFileSync(path.join(work, 'seeds', 'stray-nul.txt'), lines.join('\n').replace('released', 'rel\u0000eased'));
  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build.ts', '--seeds', path.join(work, 'seeds'), '--content', path.join(work, 'content'), '--out', dist(), '--quiet'],
    { encoding: 'utf8', env: { ...process.env, DOSSIER_SITE: 'http://127.0.0.1:4402', DOSSIER_BASE: '/' } },
  );
  if (build.status !== 0) throw new Error(`the hostile site did not build (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', dist(), '--port', String(port)], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${port}/index.html`);
});

test.afterAll(() => {
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

const modes = [
  { name: 'served', url: (page: string) => `http://127.0.0.1:${port}/${page}` },
  { name: 'opened from disk', url: (page: string) => pathToFileURL(path.join(dist(), page)).href },
] as const;

for (const mode of modes) {
  test(`${mode.name}: no script of a hostile source runs on any page`, async ({ page }) => {
    const watched = await watch(page);
    for (const name of pages()) {
      await page.goto(mode.url(name));
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), name).toBeUndefined();
      expect(await watched.violations(), `${name}: nothing on the page itself breaks the policy`).toEqual([]);
    }
    expect(watched.dialogs).toEqual([]);
  });
}

test('hostile titles and bodies show as text', async ({ page }) => {
  const expectations: Record<string, string[]> = {
    'script-tags': ["<script>window.__pwned = 'body'; alert('body')</script>", `<img src=x onerror="window.__pwned='img'; alert('img')">`, `<svg onload="window.__pwned='svg'">`],
    'links-and-html': [
      "[see the annex](javascript:window.__pwned='mdlink2')",
      `<a href="javascript:window.__pwned='htmllink'">the full list</a>`,
      `<iframe src="javascript:window.__pwned='iframe'"></iframe>`,
      '<!-- a comment -->',
      "![x](javascript:window.__pwned='mdimage')",
    ],
    'yaml-breaking': ['title: injected by a source', '# Not a heading, 1. not a list, > not a quote', '@everyone % ! & * ? | > \' " are YAML indicators'],
    cyrillic: ['Прокуратура заявила, что из Киргизии'],
    'crlf-bom': ['A court in Osh released two women'],
    'stray-nul': ['their lawyer said on June 8.'],
  };
  for (const [id, fragments] of Object.entries(expectations)) {
    await page.goto(`http://127.0.0.1:${port}/articles/${id}.html`);
    await expect(page.getByRole('heading', { level: 1 }), id).toHaveText(titleOf(id));
    const text = `${await page.getByRole('heading', { level: 1 }).textContent()}\n${await plainBodyText(page)}`;
    for (const fragment of fragments) expect(text, `${id} shows ${fragment}`).toContain(fragment);
    // The site's own markup: paragraphs, mention links, figure marks and notes; and the link GFM makes
    // of a web address written out in the text (its target is that text, never javascript:).
    const markup = await page.locator('.article-body *').evaluateAll((elements) =>
      elements
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}|${element.getAttribute('href') ?? ''}`)
        .filter((tag) => !/^(?:p\.\||a\.mention\|\.\.\/entities\/[a-z0-9-]+\.html|mark\.figure\||span\.figure-note\||a\.\|(?:https?|mailto):\S*)$/.test(tag)),
    );
    expect(markup, `${id}: only the site's own markup in the body`).toEqual([]);
  }
  await page.goto(`http://127.0.0.1:${port}/articles/crlf-bom.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Osh Court Frees Two Returnees');
  await page.goto(`http://127.0.0.1:${port}/articles/links-and-html.html`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`<a href="javascript:window.__pwned='titlelink'">Names</a>`);
});

for (const mode of modes) {
  test(`${mode.name}: every page carries a CSP that blocks an injected inline script but runs the site's own`, async ({ page }) => {
    const watched = await watch(page);
    for (const name of pages()) {
      await page.goto(mode.url(name));
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy, name).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*; style-src 'self'/);
      expect(policy, name).toContain("object-src 'none'; base-uri 'none'");
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
        const link = document.createElement('img');
        link.setAttribute('src', 'data:,x');
        link.setAttribute('onerror', 'window.__injected = true;');
        document.body.append(link);
        return (window as unknown as { __injected?: boolean }).__injected ?? false;
      });
      expect(ran, `${name}: an injected inline script is blocked`).toBe(false);
      await expect.poll(() => watched.violations(), { message: name }).toContain('script-src-elem inline');
    }
    // The site's own inline script (the article filter on the home page) is allowed by its hash and runs.
    await page.goto(mode.url('index.html'));
    await page.getByRole('searchbox', { name: 'Filter these articles' }).fill('zzzz-nothing-matches');
    await expect(page.getByText(/^0 of \d+ articles/)).toBeVisible();
  });
}
