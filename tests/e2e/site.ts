/**
 * Facts about the built site that browser tests share: where it is served,
 * where it lies on disk, and which articles it must hold.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Ports of the two servers started by playwright.config.ts. */
export const ports = { root: 4400, base: 4401 } as const;

/** The built site. */
export const distDir = path.resolve('dist');

/** The three ways a reader opens the site, each with the URL of its home page. */
export const siteModes = [
  { name: 'served at /', home: `http://127.0.0.1:${ports.root}/index.html` },
  { name: 'served under /dossier/', home: `http://127.0.0.1:${ports.base}/dossier/index.html` },
  { name: 'opened from disk', home: pathToFileURL(path.join(distDir, 'index.html')).href },
] as const;

/**
 * @returns Ids of the articles in content/ (one page each).
 */
export function articleIds(): string[] {
  return readdirSync(path.resolve('content/articles'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();
}
