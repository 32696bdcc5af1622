/**
 * The figures table in pages: `figures.html` holds the first
 * FIGURE_ROWS_PER_PAGE claims (./paginate.ts) and `figures/page-N.html` the
 * rest, in the same order, so that a corpus of tens of thousands of claims
 * makes pages a browser can open. Pure helpers: the rows a page shows and the
 * choices of its filter form, which list only what the page holds.
 */
import { countryName } from './countries.ts';
import type { Claim, FigureRecord } from './figure-records.ts';
import { sitePath } from './urls.ts';

/** One row of the figures table: a claim with what its filters read. */
export interface FigureTableRow {
  claim: Claim;
  /** The claim as first reported (its oldest figure): what the row's cells show. */
  first: FigureRecord;
  /** Countries of every figure of the claim, sorted. */
  countries: string[];
  /** The claimant part of the claim's key (`unattributed` ones share one). */
  claimant: string;
}

/** The choices of a page's filter form. */
export interface FigureFilterOptions {
  /** Countries of the page's rows, by name. */
  countries: Array<{ code: string; name: string }>;
  /** Claimant key and name, by name. */
  claimants: Array<[string, string]>;
  /** Measures of the page's rows with their number of rows there, by label. */
  measures: Array<{ measure: string; label: string }>;
}

/**
 * @param page A 1-based page number.
 * @returns Its URL: `figures.html` for the first, `figures/page-N.html` after.
 */
export function figuresPageUrl(page: number): string {
  return page <= 1 ? sitePath('figures.html') : sitePath(`figures/page-${page}.html`);
}

/**
 * @param key A claim's key (`<measure>:<value>:<claimant>`).
 * @returns Its claimant part.
 */
export function claimantKey(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

/**
 * @param claims Claims, in table order.
 * @returns Their table rows.
 */
export function figureTableRows(claims: readonly Claim[]): FigureTableRow[] {
  return claims.map((claim) => ({
    claim,
    first: claim.first,
    countries: [...new Set(claim.figures.flatMap((figure) => figure.countries))].sort(),
    claimant: claimantKey(claim.key),
  }));
}

/**
 * The choices of the filter form of a page of the table: only what its rows hold.
 * @param rows The page's rows.
 * @param describe A measure's readable name.
 * @returns Countries, claimants and measures (each measure labelled with its number of rows on the page).
 */
export function figureFilterOptions(rows: readonly FigureTableRow[], describe: (measure: string) => string): FigureFilterOptions {
  const countries = [...new Set(rows.flatMap((row) => row.countries))].map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
  const claimants = [...new Map(rows.map((row) => [row.claimant, row.first.claimantName ?? 'unattributed'])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const perMeasure = new Map<string, number>();
  for (const row of rows) {
    const measure = row.first.measure;
    if (measure) perMeasure.set(measure, (perMeasure.get(measure) ?? 0) + 1);
  }
  const measures = [...perMeasure].map(([measure, count]) => ({ measure, label: `${describe(measure)} (${count})` })).sort((a, b) => a.label.localeCompare(b.label));
  return { countries, claimants, measures };
}
