/**
 * The claims page in pages: `claims.html` (with the table of contents of every
 * compared measure) and `claims/page-N.html`. Measures are laid out in the
 * order of the figure corpus (compared ones, most claims first, then those
 * with a single claim), a page filled up to a budget of table rows, so that a
 * corpus of thousands of measures makes pages of a readable size, each
 * rendered (and reused by an incremental build) on its own.
 */
import type { MeasureGroup } from './figure-records.ts';
import { measureAnchor } from './figure-urls.ts';
import { sitePath } from './urls.ts';

/** Table rows a page holds at most (unless one measure alone is longer). */
export const CLAIMS_PAGE_ROWS = 600;

/** Rows a compared measure costs beyond its claims: its statistics and two charts. */
const COMPARED_OVERHEAD = 12;

/** One page of the claims. */
export interface ClaimsPage {
  /** 1-based page number. */
  page: number;
  /** Measures with more than one claim, each a section with charts. */
  compared: MeasureGroup[];
  /** Measures with a single claim, rows of one table. */
  single: MeasureGroup[];
}

/**
 * Cut the measures into pages.
 * @param measures Every measure, compared ones first (as the figure corpus orders them).
 * @returns At least one page.
 */
export function claimsPages(measures: readonly MeasureGroup[]): ClaimsPage[] {
  const pages: ClaimsPage[] = [];
  let current: ClaimsPage = { page: 1, compared: [], single: [] };
  let rows = 0;
  for (const group of measures) {
    const cost = group.claims.length > 1 ? group.claims.length * 2 + COMPARED_OVERHEAD : 1;
    if (rows > 0 && rows + cost > CLAIMS_PAGE_ROWS) {
      pages.push(current);
      current = { page: pages.length + 1, compared: [], single: [] };
      rows = 0;
    }
    if (group.claims.length > 1) current.compared.push(group);
    else current.single.push(group);
    rows += cost;
  }
  pages.push(current);
  return pages;
}

/**
 * @param page A 1-based page number.
 * @returns Its URL: `claims.html` for the first, `claims/page-N.html` after.
 */
export function claimsPageUrl(page: number): string {
  return page === 1 ? sitePath('claims.html') : sitePath(`claims/page-${page}.html`);
}

/**
 * Where each measure's section is.
 * @param pages The pages.
 * @returns Measure key -> its section's URL (page and anchor).
 */
export function measureUrls(pages: readonly ClaimsPage[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const { page, compared, single } of pages) {
    for (const group of [...compared, ...single]) urls.set(group.measure, `${claimsPageUrl(page)}#${measureAnchor(group.measure)}`);
  }
  return urls;
}
