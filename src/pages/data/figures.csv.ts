/**
 * data/figures.csv: every figure of the corpus, one row each (RFC 4180, UTF-8,
 * CRLF line ends, a header row). Columns: docs/downloads.md.
 */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { FIGURE_COLUMNS, csvValues } from '../../lib/downloads.ts';
import { loadFigureRows } from '../../lib/figure-corpus.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = await loadFigureRows(site ?? new URL('http://127.0.0.1:4321'));
  return new Response(toCsv(FIGURE_COLUMNS, rows.map(csvValues)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
