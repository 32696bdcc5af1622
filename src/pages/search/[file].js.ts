/**
 * Writes the search's static files to `search/<name>.js`: the index shards
 * (built once from the content, see src/search/site-index.ts) and the two
 * client scripts `ui.js` and `engine.js`. All are classic scripts, so they
 * load over file:// too. Each file is read from the search cache as its page
 * is written; its digest is its page's cache key.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchFiles } from '../../search/site-index.ts';

export const getStaticPaths = (async () => {
  const files = await siteSearchFiles();
  return [...files.digests].map(([name, digest]) => ({ params: { file: name.replace(/\.js$/, '') }, cacheKey: digest }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await siteSearchFiles();
  const content = files.read(`${String(params.file)}.js`);
  if (content === undefined) return new Response('Not found', { status: 404 });
  return new Response(content, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
