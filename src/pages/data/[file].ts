/**
 * The downloads of data/: articles.json, entities.json, figures.csv and
 * figures.json (src/lib/data-downloads.ts).
 *
 * In `astro build` they are written straight into the output folder
 * (src/lib/direct-files.ts), chunk by chunk, and the route has no page: as
 * endpoints, Astro turned each text (30 MB in all at 2,000 articles) into a
 * Response, which cost more than building it. articles.json, figures.csv and
 * figures.json are made of one piece per article, reused from the last
 * build's file when the article is unchanged (../../lib/download-pieces.ts).
 * On the dev server each is served by this endpoint.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOADS, PIECED_DOWNLOADS, downloadChunks, downloadText, piecedDownloadOf, type DownloadName } from '../../lib/data-downloads.ts';
import { directCacheDir, directOutDir, writeDirectFiles } from '../../lib/direct-files.ts';
import { noteTiming, timed } from '../../lib/build-timings.ts';
import { deferWrite } from '../../lib/deferred-writes.ts';
import { writeSiteSearchFiles } from '../../search/site-index.ts';

const names = Object.keys(DOWNLOADS) as DownloadName[];

export const getStaticPaths = (async () => {
  const outDir = directOutDir();
  if (outDir !== undefined) {
    // Start the search index first (it is made in a worker thread; src/pages/search/[file].js.ts) so that it runs beside these downloads.
    deferWrite(writeSiteSearchFiles(outDir, directCacheDir()));
    const origin = new URL(import.meta.env.SITE ?? 'http://127.0.0.1:4321');
    await timed('data: write files', async () => {
      const cacheDir = directCacheDir();
      const pieced = new Map(await Promise.all(PIECED_DOWNLOADS.map(async (name) => [name, await piecedDownloadOf(name, origin, cacheDir)] as const)));
      const texts = await Promise.all(names.map(async (name) => [`data/${name}`, pieced.get(name as (typeof PIECED_DOWNLOADS)[number])?.chunks ?? (await downloadChunks(name, origin))] as const));
      const written = writeDirectFiles(outDir, texts.map(([file, chunks]) => [file, () => chunks] as const), cacheDir);
      for (const [name, download] of pieced) {
        download.saveIndex();
        noteTiming(`data: ${name}`, `${download.reused()} of ${download.pieces()} pieces reused`);
      }
      return written;
    });
    return [];
  }
  return names.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = String(params.file) as DownloadName;
  if (!Object.hasOwn(DOWNLOADS, name)) return new Response('Not found', { status: 404 });
  return new Response(await downloadText(name, site ?? new URL('http://127.0.0.1:4321')), { headers: { 'Content-Type': DOWNLOADS[name] } });
};
