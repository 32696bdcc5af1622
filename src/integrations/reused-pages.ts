/**
 * Astro integration: in `astro build`, the pages Astro's incremental build
 * reuses are hard-linked into the output folder before the pages are
 * generated, instead of being copied one at a time, and the old output
 * shares its files with the new one (src/lib/reused-pages.ts).
 *
 *   - `astro:config:setup` tells src/middleware.ts where the output folder and
 *     Astro's page copies are (`import.meta.env.DOSSIER_PAGE_COPIES_DIR`),
 *     so that a page rendered again is unlinked before Astro writes it;
 *   - `astro:build:setup` (after Astro has emptied the output folder, before
 *     any page is generated) links the copies listed in the previous
 *     manifest, once per build;
 *   - `astro:build:done` removes the linked files of pages this build no
 *     longer has.
 *
 * It relies on Astro 7.3's incremental build (the manifest file, the
 * `dist/` folder of copies, keeping an output file that already exists);
 * should these change, the links are either not made or overwritten by
 * Astro with the same bytes, and the pages stay the same.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { linkPreviousPages, removeStaleLinks, type LinkedPages } from '../lib/reused-pages.ts';
import { timed } from '../lib/build-timings.ts';

/**
 * @returns The integration (add it to `integrations` in astro.config.mjs, with `experimental.incrementalBuild`).
 */
export default function reusedPages(): AstroIntegration {
  let folders: { cacheDir: string; outDir: string } | undefined;
  let linked: LinkedPages | undefined;
  return {
    name: 'dossier:reused-pages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || !config.experimental.incrementalBuild) return;
        folders = { cacheDir: fileURLToPath(config.cacheDir), outDir: fileURLToPath(config.outDir) };
        linked = undefined;
        updateConfig({ vite: { define: { 'import.meta.env.DOSSIER_PAGE_COPIES_DIR': JSON.stringify(path.join(folders.cacheDir, 'dist')) } } });
      },
      'astro:build:setup': async () => {
        if (folders === undefined || linked !== undefined) return;
        const { cacheDir, outDir } = folders;
        linked = await timed('reused pages: link', () => linkPreviousPages(cacheDir, outDir));
      },
      'astro:build:done': async () => {
        if (folders === undefined || linked === undefined) return;
        const { cacheDir, outDir } = folders;
        const stale = linked;
        await timed('reused pages: remove stale', () => removeStaleLinks(cacheDir, outDir, stale));
      },
    },
  };
}
