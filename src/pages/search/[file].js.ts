/**
 * Writes the search's static files to `search/<name>.js`: the index shards
 * (built once from the content, see src/search/site-index.ts) and the two
 * client scripts `ui.js` and `engine.js`. All are classic scripts, so they
 * load over file:// too.
 *
 * In `astro build` they are written straight into the output folder, each
 * read from the search cache as it is written (src/lib/direct-files.ts), and
 * the route has no page; on the dev server each file is served by this
 * endpoint.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchFiles } from '../../search/site-index.ts';
import { directCacheDir, directOutDir, writeDirectFiles } from '../../lib/direct-files.ts';
import { timed } from '../../lib/build-timings.ts';

export const getStaticPaths = (async () => {
  const files = await siteSearchFiles();
  const names = [...files.digests.keys()].map((name) => name.replace(/\.js$/, ''));
  const outDir = directOutDir();
  if (outDir !== undefined) {
    await timed('search: write files', () => writeDirectFiles(outDir, names.map((name) => [`search/${name}.js`, () => fileText(files.read(`${name}.js`), name), files.digests.get(`${name}.js`)] as const), directCacheDir()));
    return [];
  }
  return names.map((name) => ({ params: { file: name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await siteSearchFiles();
  const content = files.read(`${String(params.file)}.js`);
  if (content === undefined) return new Response('Not found', { status: 404 });
  return new Response(content, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};

/**
 * @param content A search file's text, or undefined when the cache lost it.
 * @param name The file's name, for the error.
 * @returns The text.
 * @throws When the file is missing: the build stops rather than ship a broken search.
 */
function fileText(content: string | undefined, name: string): string {
  if (content === undefined) throw new Error(`search/${name}.js: missing from the search cache (node_modules/.astro/dossier-search/); delete that folder and build again`);
  return content;
}
