/**
 * Astro integration: in `astro build`, tells the site's code where the site is
 * being written (`import.meta.env.DOSSIER_OUT_DIR`), so that the thousands of
 * plain files that are not pages (the search index's scripts, the articles'
 * seed texts) are written there directly (src/lib/direct-files.ts) rather
 * than each going through Astro's page pipeline as an endpoint.
 *
 * Astro spends about 2.5 ms on each path it generates (request, response,
 * middleware, the file written twice: the output and the incremental
 * build's copy, each after a mkdir), and in a rebuild it copies each reused
 * one back from its cache, one at a time; for a file that is already a
 * string in memory or on disk that is nearly all of the cost. At 2,000
 * articles these were 4,550 of the build's 8,500 paths.
 *
 * The last build's files are kept in `<cacheDir>/dossier-direct/`
 * (`import.meta.env.DOSSIER_DIRECT_CACHE_DIR`) and linked into the output
 * when unchanged (src/lib/direct-files.ts).
 *
 * Work a route starts and leaves running (src/lib/deferred-writes.ts: the
 * search index, made in a worker thread) is awaited when the build is done.
 *
 * The dev server gets no output folder: there the routes serve the files as
 * endpoints, as before.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { settleDeferredWrites } from '../lib/deferred-writes.ts';

/**
 * @returns The integration (add it to `integrations` in astro.config.mjs).
 */
export default function directFiles(): AstroIntegration {
  return {
    name: 'dossier:direct-files',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            define: {
              'import.meta.env.DOSSIER_OUT_DIR': JSON.stringify(fileURLToPath(config.outDir)),
              'import.meta.env.DOSSIER_DIRECT_CACHE_DIR': JSON.stringify(fileURLToPath(new URL('dossier-direct/', config.cacheDir))),
            },
          },
        });
      },
      // Files whose making runs on while pages are generated (the search index) are all written before the build ends.
      'astro:build:done': () => settleDeferredWrites(),
    },
  };
}
