/**
 * Writes the search's static files to `search/<name>.js`: the index shards
 * (built once from the content, see src/search/site-index.ts) and the two
 * client scripts `ui.js` and `engine.js`. All are classic scripts, so they
 * load over file:// too.
 *
 * In `astro build` they are made in a worker thread and written straight
 * into the output folder, each read from the search cache as it is written
 * (src/search/build-files.ts, src/lib/direct-files.ts), while Astro goes on
 * with the pages, and the route has no page; on the dev server each file is
 * served by this endpoint.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchFiles, writeSiteSearchFiles } from '../../search/site-index.ts';
import { directCacheDir, directOutDir } from '../../lib/direct-files.ts';
import { deferWrite } from '../../lib/deferred-writes.ts';

export const getStaticPaths = (async () => {
  const outDir = directOutDir();
  if (outDir !== undefined) {
    // Made in a worker while the pages are generated; the build waits for it at its end.
    deferWrite(writeSiteSearchFiles(outDir, directCacheDir()));
    return [];
  }
  const files = await siteSearchFiles();
  return [...files.digests.keys()].map((name) => ({ params: { file: name.replace(/\.js$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await siteSearchFiles();
  const content = files.read(`${String(params.file)}.js`);
  if (content === undefined) return new Response('Not found', { status: 404 });
  return new Response(content, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
