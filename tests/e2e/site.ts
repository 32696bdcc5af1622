/**
 * Facts about the built site that browser tests share: where it is served,
 * where it lies on disk, and which articles it must hold.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Ports of the servers the browser tests start: the two of
 * playwright.config.ts and hostile.spec.ts's own. `DOSSIER_TEST_PORT`
 * moves all three (to it and the next two), so that two checkouts can run
 * their browser tests at the same time.
 */
const firstPort = Number(process.env.DOSSIER_TEST_PORT) || 4400;
export const ports = { root: firstPort, base: firstPort + 1, hostile: firstPort + 2 } as const;

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
