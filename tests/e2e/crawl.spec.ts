import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { distDir, siteModes } from './site.ts';

/**
 * Every URL a page refers to: links, stylesheets, scripts, images, fully resolved.
 * @param page A loaded page.
 * @returns Absolute URLs without fragments.
 */
async function referencedUrls(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src], source[src]')].map((element) => {
      const value = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      return new URL(value, document.baseURI).href;
    }),
  );
  return urls.map((url) => url.replace(/#.*$/, ''));
}

test('crawl over HTTP under a base path finds no broken internal link', async ({ page }) => {
  const home = siteModes[1].home;
  const origin = new URL(home).origin;
  const seen = new Set<string>([home]);
  const queue: string[] = [home];
  const broken: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift() as string;
    const response = await page.request.get(url);
    if (response.status() !== 200) {
      broken.push(`${url}: ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    pages++;
    await page.goto(url);
    for (const target of await referencedUrls(page)) {
      if (!target.startsWith(origin) || seen.has(target)) continue;
      expect(target, `${url} links outside the base path`).toContain('/dossier/');
      seen.add(target);
      queue.push(target);
    }
  }
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThan(1);
});

test('opened from disk, every internal link of every page points at a file that exists', async ({ page }) => {
  const htmlFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  expect(htmlFiles.length).toBeGreaterThan(1);
  const broken: string[] = [];
  for (const name of htmlFiles) {
    await page.goto(pathToFileURL(path.join(distDir, name)).href);
    for (const target of await referencedUrls(page)) {
      if (!target.startsWith('file:')) continue;
      const file = fileURLToPath(target.replace(/\?.*$/, ''));
      if (!file.startsWith(distDir) || !existsSync(file) || !file.match(/\.[a-z0-9]+$/i)) broken.push(`${name} -> ${target}`);
    }
  }
  expect(broken).toEqual([]);
});
