/**
 * Astro integration: after the build, rewrite every internal URL of every HTML
 * page (links, stylesheets, scripts, images) from an absolute path under the
 * base (`/dossier/articles/x.html`) to one relative to the page
 * (`../articles/x.html`). The same dist/ then works at `/`, under any base
 * path, and opened from disk over file://, which is how researchers read
 * offline copies.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { relativizeHtml } from '../lib/relativize.ts';

/**
 * @returns The integration.
 */
export default function relativeUrls(): AstroIntegration {
  let base = '/';
  return {
    name: 'dossier:relative-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await htmlFiles(root);
        for (const file of pages) {
          const pagePath = path.relative(root, file).split(path.sep).join('/');
          const html = await readFile(file, 'utf8');
          const rewritten = relativizeHtml(html, pagePath, base);
          if (rewritten !== html) await writeFile(file, rewritten);
        }
        logger.info(`made internal links relative in ${pages.length} pages`);
      },
    },
  };
}

/**
 * Every `.html` file under a folder.
 * @param dir Absolute folder.
 * @returns Absolute paths.
 */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}
