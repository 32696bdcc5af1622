/**
 * The claims compared, cut so that each measure's place never depends on the
 * others: every measure with more than one claim has a page of its own,
 * `claims/<measure>.html` (its statistics, charts and table), and
 * `claims.html` is the overview: every compared measure, most claims first,
 * with its number of claims, and the measures with a single claim, as one
 * table. A claim added to a measure changes that measure's page and the
 * overview, nothing else, and the link to a measure (from the figures table)
 * stays where it was. A measure with more claims than a section shows
 * (MEASURE_SECTION_CLAIMS) shows the most recent ones, so no page grows with
 * the corpus. A corpus whose measures would all fit one page
 * (CLAIMS_PAGE_ROWS) also has every section on the overview, so that a small
 * dossier reads them side by side.
 */
import type { Claim, FigureRecord, MeasureGroup } from './figure-records.ts';
import { claimsUrl, measureAnchor } from './figure-urls.ts';
import { sitePath } from './urls.ts';

/** Table rows the overview holds at most with every section on it (unless one measure alone is longer). */
export const CLAIMS_PAGE_ROWS = 600;

/** Rows a compared measure costs beyond its claims: its statistics and two charts. */
const COMPARED_OVERHEAD = 12;

/** Claims a compared measure's section shows at most, in its table and its charts: the most recent ones. */
export const MEASURE_SECTION_CLAIMS = 200;

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

/**
 * @param group A measure's claims.
 * @returns Whether it has a page of its own: more than one claim to compare.
 */
export function isCompared(group: MeasureGroup): boolean {
  return group.claims.length > 1;
}

/**
 * Whether every measure's section fits the overview.
 * @param measures Every measure.
 * @returns True when their sections hold at most CLAIMS_PAGE_ROWS table rows.
 */
export function fitsOnePage(measures: readonly MeasureGroup[]): boolean {
  let rows = 0;
  for (const group of measures) rows += isCompared(group) ? Math.min(group.claims.length, MEASURE_SECTION_CLAIMS) * 2 + COMPARED_OVERHEAD : 1;
  return rows <= CLAIMS_PAGE_ROWS;
}

/**
 * @param measure A compared measure's key.
 * @returns Its page, `claims/<measure>.html`.
 */
export function measurePageUrl(measure: string): string {
  return sitePath(`claims/${measure}.html`);
}

/**
 * Where a measure is shown: a compared measure on its own page, a measure
 * with a single claim in the overview's table of them.
 * @param group A measure's claims.
 * @returns Its URL (with the anchor of its section).
 */
export function measureUrl(group: MeasureGroup): string {
  return isCompared(group) ? `${measurePageUrl(group.measure)}#${measureAnchor(group.measure)}` : `${claimsUrl()}#${measureAnchor(group.measure)}`;
}
