/**
 * data/figures.csv: every figure of the corpus, one row each (RFC 4180, UTF-8,
 * CRLF line ends, a header row). Columns: docs/downloads.md.
 */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { FIGURE_COLUMNS, csvValues, figureRows } from '../../lib/downloads.ts';
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
  return new Response(toCsv(FIGURE_COLUMNS, rows.map(csvValues)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
