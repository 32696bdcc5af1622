/**
 * The downloads of data/ (see docs/downloads.md for their columns): figures as
 * CSV and JSON rows, entities and articles as JSON. Pure builders; the
 * downloads of src/lib/data-downloads.ts call them with the corpus and the site's
 * absolute base URL.
 */
import type { CsvValue } from './csv.ts';
import { claimKey, type Claim, type FigureRecord } from './figure-records.ts';

/** The columns of data/figures.csv and the keys of data/figures.json, in order. */
export const FIGURE_COLUMNS = [
  'article_id',
  'figure_index',
  'value',
  'min',
  'max',
  'approx',
  'unit',
  'what',
  'measure',
  'claimant',
  'claimant_name',
  'claimant_is_entity',
  'as_of',
  'quote',
  'prefix',
  'suffix',
  'countries',
  'claim_id',
  'claim_articles',
  'article_title',
  'outlet',
  'author',
  'published',
  'source',
  'article_url',
  'figure_url',
] as const;

/** One figure as a download row. */
export type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], string | number | boolean | null | string[]>;

/**
 * @param path A path under the base (`articles/x.html`).
 * @returns Its absolute URL.
 */
export type AbsoluteUrl = (path: string) => string;

/**
 * Every figure as a download row, in article id order, then frontmatter order.
 * @param records The figure records.
 * @param claims The claims (for the number of articles carrying each figure's claim).
 * @param urls Absolute URLs of an article page and of a figure in it.
 * @returns The rows.
 */
export function figureRows(
  records: readonly FigureRecord[],
  claims: readonly Claim[],
  urls: { article: (id: string) => string; figure: (id: string, index: number) => string },
): FigureRow[] {
  const articlesPerClaim = new Map(claims.map((claim) => [claim.key, new Set(claim.figures.map((figure) => figure.article.id)).size]));
  return figureRowsOf(records, articlesPerClaim, urls);
}

/**
 * Download rows of some figures.
 * @param records The figure records.
 * @param articlesPerClaim The number of articles carrying each claim, by claim key.
 * @param urls Absolute URLs of an article page and of a figure in it.
 * @returns Their rows, in the records' order.
 */
export function figureRowsOf(
  records: readonly FigureRecord[],
  articlesPerClaim: ReadonlyMap<string, number>,
  urls: { article: (id: string) => string; figure: (id: string, index: number) => string },
): FigureRow[] {
  return records.map((record) => {
    const key = claimKey(record);
    return {
      article_id: record.article.id,
      figure_index: record.index,
      value: record.value ?? null,
      min: record.min ?? null,
      max: record.max ?? null,
      approx: record.approx ?? null,
      unit: record.unit ?? null,
      what: record.what,
      measure: record.measure ?? null,
      claimant: record.claimant,
      claimant_name: record.claimantName,
      claimant_is_entity: record.claimantIsEntity,
      as_of: record.asOf,
      quote: record.quote,
      prefix: record.prefix ?? null,
      suffix: record.suffix ?? null,
      countries: record.countries,
      claim_id: key,
      claim_articles: articlesPerClaim.get(key) ?? 1,
      article_title: record.article.title,
      outlet: record.article.outlet,
      author: record.article.author,
      published: record.article.published,
      source: record.article.source,
      article_url: urls.article(record.article.id),
      figure_url: urls.figure(record.article.id, record.index),
    };
  });
}

/**
 * A download row as CSV values: lists joined by spaces, booleans as true/false.
 * @param row The row.
 * @returns Values in column order.
 */
export function csvValues(row: FigureRow): CsvValue[] {
  return FIGURE_COLUMNS.map((column) => {
    const value = row[column];
    if (Array.isArray(value)) return value.join(' ');
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return value;
  });
}
