/**
 * The figures table in runs of pages, one run per year of first report (the
 * year the claim's oldest article was published; claims whose first report
 * has no date make a run of their own): `figures/<year>.html` is a year's
 * first page and `figures/<year>/page-N.html` the next ones, in the order of
 * first report, and `figures.html` is the overview of the years. The cut is
 * stable, so that an incremental build renders few pages again:
 *
 * - a claim belongs to the run of its year, and no page prints anything of
 *   another run (nor the counts of its own run: they are on the overview);
 * - within a run, a page ends after a claim whose key's hash says so (one
 *   claim in FIGURE_PAGE_CUT_ONE_IN, once the page holds
 *   FIGURE_PAGE_MIN_ROWS), or when it holds FIGURE_ROWS_PER_PAGE: where the
 *   pages end depends on the claims around the end, not on how many claims
 *   come before, so a claim added to a run changes the page it lands on (and
 *   the next, when it comes within a page cut only by its size), not every
 *   later one, as cutting every 500 rows did.
 *
 * Pure helpers: the cut, the rows a page shows and the choices of its filter
 * form, which list only what the page holds.
 */
import { countryName } from './countries.ts';
import type { Claim, FigureRecord } from './figure-records.ts';
import { FIGURE_ROWS_PER_PAGE } from './paginate.ts';
import { sitePath } from './urls.ts';

/** The run of the claims whose first report has no date. */
export const UNDATED = 'undated';

/** Claims a page holds before a claim's hash may end it (unless the run ends first). */
export const FIGURE_PAGE_MIN_ROWS = 100;

/** One claim in this many (by the hash of its key) ends a page that holds FIGURE_PAGE_MIN_ROWS or more. */
export const FIGURE_PAGE_CUT_ONE_IN = 250;

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
  return [...Map.groupBy(claims, yearOfFirstReport)]
    .map(([year, list]) => ({ year, claims: list }))
    .sort((a, b) => (a.year === b.year ? 0 : a.year === UNDATED ? 1 : b.year === UNDATED ? -1 : a.year < b.year ? -1 : 1));
}

/**
 * @param key A claim's key.
 * @returns Whether the claim ends a page that holds enough claims: true for one key in FIGURE_PAGE_CUT_ONE_IN (FNV-1a hash).
 */
export function endsPage(key: string): boolean {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % FIGURE_PAGE_CUT_ONE_IN === 0;
}

/**
 * Cut a run into pages (see the module's comment).
 * @param run A year's claims.
 * @param max Claims a page holds at most.
 * @param min Claims a page holds before a claim's hash may end it.
 * @param ends Whether a claim's key ends a page.
 * @returns Its pages, at least one.
 */
export function yearPages(run: FigureYear, max: number = FIGURE_ROWS_PER_PAGE, min: number = FIGURE_PAGE_MIN_ROWS, ends: (key: string) => boolean = endsPage): FiguresPage[] {
  const cuts: Claim[][] = [[]];
  for (const claim of run.claims) {
    let current = cuts[cuts.length - 1]!;
    if (current.length >= max) cuts.push((current = []));
    current.push(claim);
    if (current.length >= min && ends(claim.key)) cuts.push([]);
  }
  if (cuts.length > 1 && cuts[cuts.length - 1]!.length === 0) cuts.pop();
  return cuts.map((claims, index) => ({ year: run.year, page: index + 1, pages: cuts.length, claims }));
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
