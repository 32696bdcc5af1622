/**
 * Writes the search's static files to `search/<name>.js`: the index shards
 * (built once from the content, see src/search/site-index.ts) and the two
 * client scripts `ui.js` and `engine.js`. All are classic scripts, so they
 * load over file:// too.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchFiles } from '../../search/site-index.ts';
import { digestOfText } from '../../lib/page-keys.ts';

export const getStaticPaths = (async () => {
  const files = await siteSearchFiles();
  return [...files].map(([name, content]) => ({ params: { file: name.replace(/\.js$/, '') }, cacheKey: digestOfText(content) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await siteSearchFiles();
  const content = files.get(`${String(params.file)}.js`);
  if (content === undefined) return new Response('Not found', { status: 404 });
  return new Response(content, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
