/**
 * Astro integration wrapper: in `astro build`, the sitemap files of the last
 * build are linked into the output folder instead of being made again when
 * what they are made from is unchanged.
 *
 * @astrojs/sitemap makes `sitemap-index.xml` and `sitemap-0.xml`, ... in its
 * `astro:build:done` hook from the site settings, the page routes and the
 * list of pages built, every time (about 0.35 s of a rebuild at 10,000
 * articles: 18,949 URLs). A rebuild after an edit has the same pages. This
 * wrapper computes a key of those inputs and of the integration's version
 * (`keyOfSitemap`); with the key of the last build and its files kept
 * unchanged in `<cacheDir>/dossier-sitemap/` (same size, modification time
 * and inode as recorded), it links them into the output folder and does not
 * run the hook. Otherwise the hook runs as before, and the files it wrote
 * are linked into the cache with the new key. A write never goes into a file
 * the previous output still shares: the hook writes new files in the new
 * output folder, and a cached file edited in place no longer matches its
 * stamp.
 *
 * It relies on @astrojs/sitemap 3's hooks (`astro:routes:resolved`,
 * `astro:config:done`, `astro:build:done` given `dir` and `pages`) and on its
 * output depending on nothing else when it is made without options
 * (`sitemap()`; tests/unit/cached-sitemap.test.ts); should a hook be missing,
 * the integration is returned as it is. Give it options (a filter, a
 * serializer, lastmod...) and the key no longer covers what the files are
 * made from: then do not wrap it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { readJsonMap, writeJsonMap } from '../lib/json-map-file.ts';
import { timed } from '../lib/build-timings.ts';

/** The files the sitemap integration writes at the top of the output folder. */
const SITEMAP_FILE = /^sitemap-.*\.xml$/;

/** What is recorded of a cached file: its size, modification time (ms) and inode. */
type Stamp = [size: number, mtimeMs: number, ino: number];

/**
 * @param config The site's settings.
 * @param routes The resolved routes.
 * @param pages The pages built (their paths).
 * @param version The sitemap integration's version.
 * @returns A key of everything the sitemap files are made from.
 */
export function keyOfSitemap(
  config: Pick<AstroConfig, 'site' | 'base' | 'trailingSlash'> & { build: Pick<AstroConfig['build'], 'format'> },
  routes: ReadonlyArray<Pick<IntegrationResolvedRoute, 'type' | 'pattern' | 'pathname' | 'fallbackRoutes'>>,
  pages: ReadonlyArray<{ pathname: string }>,
  version: string,
): string {
  const hash = createHash('sha1').update(JSON.stringify(['sitemap 1', version, config.site ?? null, config.base, config.trailingSlash, config.build.format]));
  for (const route of routes) {
    if (route.type !== 'page') continue;
    hash.update(JSON.stringify([route.pattern, route.pathname ?? null, (route.fallbackRoutes ?? []).map((fallback) => [fallback.pattern, fallback.pathname ?? null])]));
  }
  hash.update('\npages\n');
  for (const page of pages) hash.update(page.pathname).update('\n');
  return hash.digest('hex');
}

/**
 * @param file A file that may not exist.
 * @returns Its stamp, or undefined.
 */
function stampOf(file: string): Stamp | undefined {
  try {
    const stats = lstatSync(file);
    return stats.isFile() ? [stats.size, stats.mtimeMs, stats.ino] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Link the last build's sitemap files into the output folder when they were made from the same key and are unchanged.
 * @param cache The cache folder.
 * @param outDir The output folder.
 * @param key The key of this build's sitemap.
 * @returns Whether they were linked (nothing is left half-done otherwise).
 */
export function linkCachedSitemap(cache: string, outDir: string, key: string): boolean {
  const record = readJsonMap<Stamp | string>(path.join(cache, 'record.json'));
  if (record.get('key') !== key || record.size < 2) return false;
  const files = [...record].filter(([name]) => name !== 'key') as [string, Stamp][];
  const unchanged = files.every(([name, stamp]) => SITEMAP_FILE.test(name) && Array.isArray(stamp) && String(stampOf(path.join(cache, name))) === String(stamp));
  if (!unchanged) return false;
  const done: string[] = [];
  try {
    for (const [name] of files) {
      linkSync(path.join(cache, name), path.join(outDir, name));
      done.push(name);
    }
    return true;
  } catch {
    for (const name of done) rmSync(path.join(outDir, name), { force: true });
    return false;
  }
}

/**
 * Keep the sitemap files the hook just wrote in the cache, under their key.
 * @param cache The cache folder.
 * @param outDir The output folder.
 * @param key The key they were made from.
 */
export function keepSitemap(cache: string, outDir: string, key: string): void {
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const record = new Map<string, Stamp | string>([['key', key]]);
  for (const name of readdirSync(outDir).filter((entry) => SITEMAP_FILE.test(entry)).sort()) {
    const cached = path.join(cache, name);
    try {
      linkSync(path.join(outDir, name), cached);
    } catch {
      copyFileSync(path.join(outDir, name), cached);
    }
    const stamp = stampOf(cached);
    if (stamp) record.set(name, stamp);
  }
  writeJsonMap(path.join(cache, 'record.json'), record);
}

/**
 * @param sitemap The sitemap integration, made without options (`sitemap()`).
 * @param version Its package's version.
 * @returns The same integration, reusing the last build's files when their key is unchanged.
 */
export default function cachedSitemap(sitemap: AstroIntegration, version: string): AstroIntegration {
  const hooks = sitemap.hooks;
  const buildDone = hooks['astro:build:done'];
  const routesResolved = hooks['astro:routes:resolved'];
  const configDone = hooks['astro:config:done'];
  if (!buildDone || !routesResolved || !configDone) return sitemap;
  let routes: IntegrationResolvedRoute[] = [];
  let config: AstroConfig | undefined;
  return {
    ...sitemap,
    hooks: {
      ...hooks,
      'astro:routes:resolved': (options) => {
        routes = options.routes;
        return routesResolved(options);
      },
      'astro:config:done': (options) => {
        config = options.config;
        return configDone(options);
      },
      'astro:build:done': async (options) => {
        if (config === undefined) return buildDone(options);
        const outDir = fileURLToPath(options.dir);
        const cache = path.join(fileURLToPath(config.cacheDir), 'dossier-sitemap');
        // The hook rewrites the pages' paths in place: the key is taken first.
        const key = keyOfSitemap(config, routes, options.pages, version);
        const linked = await timed('sitemap: linked from the last build', () => linkCachedSitemap(cache, outDir, key));
        if (linked) {
          options.logger.info('`sitemap-index.xml` and its sitemaps kept from the last build (same pages)');
          return;
        }
        await buildDone(options);
        keepSitemap(cache, outDir, key);
      },
    },
  };
}
