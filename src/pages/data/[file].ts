/**
 * The downloads of data/: articles.json, entities.json, figures.csv and
 * figures.json (src/lib/data-downloads.ts).
 *
 * In `astro build` they are written straight into the output folder
 * (src/lib/direct-files.ts), chunk by chunk, and the route has no page: as
 * endpoints, Astro turned each text (30 MB in all at 2,000 articles) into a
 * Response, which cost more than building it. Each is made of pieces (one
 * per article, or per entity), reused from the last build's file when
 * unchanged (../../lib/download-pieces.ts); a download whose pieces are all
 * the same is linked from the last build without being made.
 * On the dev server each is served by this endpoint.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOADS, PIECED_DOWNLOADS, downloadChunks, downloadText, piecedDownloadOf, type DownloadName } from '../../lib/data-downloads.ts';
import { directCacheDir, directOutDir, writeDirectFiles, type DirectFile } from '../../lib/direct-files.ts';
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
      const files = await Promise.all(
        names.map(async (name): Promise<DirectFile> => {
          const download = pieced.get(name as (typeof PIECED_DOWNLOADS)[number]);
          if (download) return [`data/${name}`, () => download.chunks, download.digest];
          const chunks = await downloadChunks(name, origin);
          return [`data/${name}`, () => chunks];
        }),
      );
      const written = writeDirectFiles(outDir, files, cacheDir);
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
