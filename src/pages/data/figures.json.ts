/**
 * data/figures.json: every figure of the corpus, the rows of figures.csv as
 * JSON objects (numbers as numbers, missing values as null, countries as a list).
 */
import type { APIRoute } from 'astro';
import { figureRows } from '../../lib/downloads.ts';
import { loadFigureCorpus } from '../../lib/figure-corpus.ts';
import { figureUrl } from '../../lib/figure-urls.ts';
import { articleUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records, claims } = await loadFigureCorpus();
  const origin = site ?? new URL('http://127.0.0.1:4321');
  const rows = figureRows(records, claims, {
    article: (id) => new URL(articleUrl(id), origin).href,
    figure: (id, index) => new URL(figureUrl(id, index), origin).href,
  });
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
