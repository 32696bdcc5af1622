/**
 * Ships each article's seed text beside its page, so that every annotation can
 * be checked against the words it came from, offline too.
 *
 * In `astro build` the texts are written straight into the output folder
 * (src/lib/direct-files.ts) and the route has no page; on the dev server each
 * is served by this endpoint.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { directCacheDir, directOutDir, stampDigest, writeDirectFiles } from '../../lib/direct-files.ts';
import { timed } from '../../lib/build-timings.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  const outDir = directOutDir();
  if (outDir !== undefined) {
    // Read as UTF-8 and written back as UTF-8, as the endpoint's Response of the text would be; a missing seed stops the build, naming the file.
    // A seed whose stamp is unchanged since the last build is linked from the cache unread.
    await timed('sources: write files', () =>
      writeDirectFiles(
        outDir,
        articles.map((article) => {
          const source = String(article.data.source);
          return [`sources/${article.id}.txt`, () => readFileSync(source, 'utf8'), stampDigest(source)] as const;
        }),
        directCacheDir(),
      ),
    );
    return [];
  }
  return articles.map((article) => ({ params: { id: article.id }, props: { source: article.data.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const text = await readFile(String(props.source), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
