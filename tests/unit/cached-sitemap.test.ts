/**
 * The sitemap kept between builds (src/integrations/cached-sitemap.ts), around
 * the real @astrojs/sitemap integration: the same inputs link the last
 * build's files, with the bytes the integration writes; other inputs, or a
 * cached file edited in place, make them again.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import cachedSitemap from '../../src/integrations/cached-sitemap.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** @returns A new temporary folder, removed after the test. */
function tempFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cached-sitemap-'));
  folders.push(dir);
  return dir;
}

type Hook = (options: Record<string, unknown>) => Promise<void> | void;

/**
 * Run an integration's hooks as `astro build` does, for the sitemap.
 * @param integration The integration.
 * @param cacheDir Astro's cache folder.
 * @param pages The pages' paths.
 * @returns The output folder and its sitemap files' texts.
 */
async function build(integration: AstroIntegration, cacheDir: string, pages: string[]): Promise<{ outDir: string; files: Record<string, string> }> {
  const outDir = tempFolder();
  const hooks = integration.hooks as Record<string, Hook>;
  const config = { site: 'https://example.org', base: '/dossier/', trailingSlash: 'ignore', build: { format: 'file' }, cacheDir: pathToFileURL(`${cacheDir}/`) };
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };
  await hooks['astro:config:done']!({ config, logger });
  await hooks['astro:routes:resolved']!({ routes: [{ type: 'page', pattern: '/', pathname: '/', generate: () => '/', fallbackRoutes: [] }], logger });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), pages: pages.map((pathname) => ({ pathname })), logger });
  const files = Object.fromEntries(readdirSync(outDir).sort().map((name) => [name, readFileSync(path.join(outDir, name), 'utf8')]));
  return { outDir, files };
}

const pages = ['index.html', 'articles/a.html', 'entities/osh.html'];

describe('cachedSitemap (relies on @astrojs/sitemap 3: its three hooks, and output made only from the settings, routes and pages)', () => {
  it('wraps the real integration, keeping its hooks', () => {
    const plain = sitemap();
    expect(Object.keys(plain.hooks).sort()).toEqual(['astro:build:done', 'astro:config:done', 'astro:routes:resolved']);
    const wrapped = cachedSitemap(plain, '3');
    expect(wrapped.name).toBe(plain.name);
    expect(Object.keys(wrapped.hooks).sort()).toEqual(Object.keys(plain.hooks).sort());
  });

  it('links the last build’s files when the settings, routes and pages are the same, and writes them again otherwise', async () => {
    const cacheDir = tempFolder();
    const first = await build(cachedSitemap(sitemap(), '3'), cacheDir, pages);
    const plain = await build(sitemap(), tempFolder(), pages);
    expect(Object.keys(first.files)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(first.files).toEqual(plain.files);

    // The same pages: the files are the cached ones, linked.
    const second = await build(cachedSitemap(sitemap(), '3'), cacheDir, pages);
    expect(second.files).toEqual(plain.files);
    expect(statSync(path.join(second.outDir, 'sitemap-0.xml')).ino).toBe(statSync(path.join(cacheDir, 'dossier-sitemap/sitemap-0.xml')).ino);
    expect(statSync(path.join(second.outDir, 'sitemap-0.xml')).ino).toBe(statSync(path.join(first.outDir, 'sitemap-0.xml')).ino);

    // A page more: made again, as the integration makes it, in a new file.
    const more = [...pages, 'articles/b.html'];
    const third = await build(cachedSitemap(sitemap(), '3'), cacheDir, more);
    expect(third.files).toEqual((await build(sitemap(), tempFolder(), more)).files);
    expect(third.files['sitemap-0.xml']).toContain('https://example.org/dossier/articles/b.html');
    expect(statSync(path.join(third.outDir, 'sitemap-0.xml')).ino).not.toBe(statSync(path.join(second.outDir, 'sitemap-0.xml')).ino);
    expect(second.files['sitemap-0.xml']).not.toContain('articles/b.html');

    // Another version of the integration: made again.
    const fourth = await build(cachedSitemap(sitemap(), '4'), cacheDir, more);
    expect(statSync(path.join(fourth.outDir, 'sitemap-0.xml')).ino).not.toBe(statSync(path.join(third.outDir, 'sitemap-0.xml')).ino);

    // A built file edited in place (it shares the cached copy): made again, with the integration's bytes.
    writeFileSync(path.join(fourth.outDir, 'sitemap-0.xml'), 'edited');
    const fifth = await build(cachedSitemap(sitemap(), '4'), cacheDir, more);
    expect(fifth.files).toEqual(third.files);
  });
});
