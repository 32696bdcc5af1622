/**
 * Builds the two classic scripts of the search with esbuild, at build time:
 *
 *   ui.js      the search box and search page (small, on every page, `defer`)
 *   engine.js  the engine with Fuse (loaded on first use, as a worker or a page script)
 *
 * Both are IIFEs, not modules: Chromium refuses `<script type="module" src>`
 * and module workers on file://.
 */
import path from 'node:path';
import { build } from 'esbuild';

/** Entry points, relative to the project root. */
const ENTRIES = {
  'ui.js': 'src/search/client/ui.ts',
  'engine.js': 'src/search/client/engine-entry.ts',
} as const;

/**
 * Bundle the client scripts.
 * @param root The project root (where src/ is); defaults to the working directory.
 * @returns File name -> minified script.
 */
export async function buildClientBundles(root = process.cwd()): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const result = await build({
      entryPoints: [path.resolve(root, entry)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      write: false,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'silent',
    });
    const file = result.outputFiles[0];
    if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
    out.set(name, file.text);
  }
  return out;
}
