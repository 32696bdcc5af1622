/**
 * The figures table in runs of pages, one run per year of first report (the
 * year the claim's oldest article was published; claims whose first report
 * has no date make a run of their own): `figures/<year>.html` holds a year's
 * first FIGURE_ROWS_PER_PAGE claims (./paginate.ts) and
 * `figures/<year>/page-N.html` the rest, in the order of first report, and
 * `figures.html` is the overview of the years. The cut is stable: a new claim
 * changes only the pages of its own year, and no page prints anything of
 * another year's claims, so an incremental build renders only that year's
 * pages again. Pure helpers: the cut, the rows a page shows and the choices
 * of its filter form, which list only what the page holds.
 */
import { countryName } from './countries.ts';
import type { Claim, FigureRecord } from './figure-records.ts';
import { FIGURE_ROWS_PER_PAGE, pageCount, pageItems } from './paginate.ts';
import { sitePath } from './urls.ts';

/** The run of the claims whose first report has no date. */
export const UNDATED = 'undated';

/** The claims first reported in one year (or with no date), in table order. */
export interface FigureYear {
  /** A four-digit year, or UNDATED. */
  year: string;
  claims: Claim[];
}

/** One page of the figures table. */
export interface FiguresPage {
  /** The run it belongs to: a four-digit year, or UNDATED. */
  year: string;
  /** 1-based page number within the year. */
  page: number;
  /** How many pages the year has. */
  pages: number;
  /** How many claims the year has. */
  yearTotal: number;
  /** The claims this page shows, in table order. */
  claims: Claim[];
}

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
 * @param claim A claim.
 * @returns The year its oldest article was published, or UNDATED.
 */
export function yearOfFirstReport(claim: Claim): string {
  const published = claim.first.article.published;
  return published === null ? UNDATED : published.slice(0, 4);
}

/**
 * Cut the table into its runs.
 * @param claims Every claim, in table order (the order of first report).
 * @returns One run per year that has claims, oldest year first, then the undated run; each keeps the table order.
 */
export function figureYears(claims: readonly Claim[]): FigureYear[] {
  const byYear = new Map<string, Claim[]>();
  for (const claim of claims) {
    const year = yearOfFirstReport(claim);
    const list = byYear.get(year);
    if (list) list.push(claim);
    else byYear.set(year, [claim]);
  }
  return [...byYear]
    .map(([year, list]) => ({ year, claims: list }))
    .sort((a, b) => (a.year === b.year ? 0 : a.year === UNDATED ? 1 : b.year === UNDATED ? -1 : a.year < b.year ? -1 : 1));
}

/**
 * Cut a run into pages of FIGURE_ROWS_PER_PAGE claims.
 * @param run A year's claims.
 * @param size Claims per page.
 * @returns Its pages, at least one.
 */
export function yearPages(run: FigureYear, size: number = FIGURE_ROWS_PER_PAGE): FiguresPage[] {
  const pages = pageCount(run.claims.length, size);
  return Array.from({ length: pages }, (_, index) => ({
    year: run.year,
    page: index + 1,
    pages,
    yearTotal: run.claims.length,
    claims: pageItems(run.claims, index + 1, size),
  }));
}

/**
 * @param year A four-digit year, or UNDATED.
 * @param page A 1-based page number within the year.
 * @returns Its URL: `figures/<year>.html` for the first, `figures/<year>/page-N.html` after.
 */
export function figuresPageUrl(year: string, page = 1): string {
  return page <= 1 ? sitePath(`figures/${year}.html`) : sitePath(`figures/${year}/page-${page}.html`);
}

/**
 * @param year A four-digit year, or UNDATED.
 * @returns How the site names the run: the year, or "no date".
 */
export function yearLabel(year: string): string {
  return year === UNDATED ? 'no date' : year;
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
