/**
 * data/figures.json: every figure of the corpus, the rows of figures.csv as
 * JSON objects (numbers as numbers, missing values as null, countries as a list).
 */
import type { APIRoute } from 'astro';
import { loadFigureRows } from '../../lib/figure-corpus.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = await loadFigureRows(site ?? new URL('http://127.0.0.1:4321'));
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
