/**
 * Ships each article's seed text beside its page, so that every annotation can
 * be checked against the words it came from, offline too.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { digestOfText } from '../../lib/page-keys.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  // The key is the seed's own text: a seed can change while its article, kept as edited by hand, does not.
  return articles.map((article) => ({
    params: { id: article.id },
    props: { source: article.data.source },
    cacheKey: digestOfText(sourceText(String(article.data.source)) ?? ''),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const text = await readFile(String(props.source), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

/**
 * @param file A seed's path, relative to the folder the build runs in.
 * @returns Its text, or null when it cannot be read (the page then fails to render, naming the file).
 */
function sourceText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
