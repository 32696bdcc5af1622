/**
 * The claims page in pages: `claims.html` (with the table of contents of every
 * compared measure) and `claims/page-N.html`. Measures are laid out in the
 * order of the figure corpus (compared ones, most claims first, then those
 * with a single claim), a page filled up to a budget of table rows, so that a
 * corpus of thousands of measures makes pages of a readable size, each
 * rendered (and reused by an incremental build) on its own. A measure with
 * more claims than a section shows (MEASURE_SECTION_CLAIMS) shows the most
 * recent ones, and the table of contents lists the CLAIMS_TOC_ENTRIES
 * measures with most claims: so no page grows with the corpus.
 */
import type { Claim, FigureRecord, MeasureGroup } from './figure-records.ts';
import { measureAnchor } from './figure-urls.ts';
import { sitePath } from './urls.ts';

/** Table rows a page holds at most (unless one measure alone is longer). */
export const CLAIMS_PAGE_ROWS = 600;

/** Rows a compared measure costs beyond its claims: its statistics and two charts. */
const COMPARED_OVERHEAD = 12;

/** Claims a compared measure's section shows at most, in its table and its charts: the most recent ones. */
export const MEASURE_SECTION_CLAIMS = 200;

/** Compared measures the table of contents of claims.html lists at most: those with most claims. */
export const CLAIMS_TOC_ENTRIES = 200;

/** What the section of a compared measure shows. */
export interface MeasureSection {
  /** The claims of its table and charts, in the measure's order (dated ones by date, then undated ones). */
  claims: Claim[];
  /** Their figures, in the measure's order (oldest article first): the charts' points. */
  figures: FigureRecord[];
  /** How many different claimants the shown claims have. */
  claimantCount: number;
  /** Earliest and latest `asOf` of the shown claims. */
  firstDate: string | null;
  lastDate: string | null;
  /** Whether claims are left out. */
  capped: boolean;
}

/**
 * The claims a compared measure's section shows: all of them, or for a measure
 * with more, the most recent dated ones (then undated ones if too few are dated).
 * @param group A measure's claims compared.
 * @param limit Claims at most.
 * @returns The claims shown, their figures and what the section says of them.
 */
export function measureSection(group: MeasureGroup, limit: number = MEASURE_SECTION_CLAIMS): MeasureSection {
  let claims = group.claims;
  if (claims.length > limit) {
    const dated = claims.filter((claim) => claim.first.asOf !== null);
    const undated = claims.filter((claim) => claim.first.asOf === null);
    claims = dated.length >= limit ? dated.slice(dated.length - limit) : [...dated, ...undated.slice(0, limit - dated.length)];
  }
  const shown = new Set(claims.flatMap((claim) => claim.figures));
  const dates = claims.map((claim) => claim.first.asOf).filter((date): date is string => date !== null).sort();
  return {
    claims,
    figures: claims === group.claims ? group.figures : group.figures.filter((figure) => shown.has(figure)),
    claimantCount: new Set(claims.map((claim) => claim.key.slice(claim.key.lastIndexOf(':') + 1))).size,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    capped: claims !== group.claims,
  };
}

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
    const cost = group.claims.length > 1 ? Math.min(group.claims.length, MEASURE_SECTION_CLAIMS) * 2 + COMPARED_OVERHEAD : 1;
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
