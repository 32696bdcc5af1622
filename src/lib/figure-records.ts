/**
 * Figures as evidence: every figure of the corpus as one flat record (the rows
 * of the figures page and of data/figures.csv), the claims they make (repeats of
 * the same value, measure and claimant across articles traced to one claim) and
 * the measures they compare (each measure's claims side by side, with their
 * range and spread). Pure: plain data in, plain data out.
 */
import { slugify } from './slug.ts';
import type { FigureFrontmatter } from '../schema/article.ts';

/** A figure as the frontmatter holds it (the schema's type: one definition). */
export type FigureInput = FigureFrontmatter;

/** An article as the records need it. */
export interface RecordArticle {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  source: string;
  countries: string[];
  figures: FigureInput[];
}

/** One figure with its article and everything a table row shows. */
export interface FigureRecord extends FigureInput {
  article: Omit<RecordArticle, 'figures'>;
  /** The figure's index in its article's frontmatter: the N of `#figure-N`. */
  index: number;
  /** The claimant's name when it is an entity, else its words, else null. */
  claimantName: string | null;
  /** Whether `claimant` is an entity id. */
  claimantIsEntity: boolean;
  /** Countries the figure is about (ISO codes). */
  countries: string[];
}

/** What the records need to know beyond the articles. */
export interface RecordOptions {
  /**
   * @param id A claimant that may be an entity id.
   * @returns The entity's name, or undefined when it is not an entity.
   */
  entityName(id: string): string | undefined;
  /**
   * @param articleId The article.
   * @param index The figure's index.
   * @returns The countries the figure is about.
   */
  figureCountries(articleId: string, index: number): string[];
}

/** One claim: a value for a measure by a claimant, with every figure that reports it. */
export interface Claim {
  /** Identifies the claim: `<measure>:<value>:<claimant>`. */
  key: string;
  /** Every figure making the claim, oldest article first. */
  figures: FigureRecord[];
  /** The oldest figure: the claim as first reported. */
  first: FigureRecord;
}

/** The claims of one measure, compared. */
export interface MeasureGroup {
  measure: string;
  /** Claims, dated ones by date, then undated ones by value. */
  claims: Claim[];
  /** Every figure of the measure, oldest article first. */
  figures: FigureRecord[];
  /** The unit most claims use (undefined for plain counts); the statistics use only claims in it. */
  unit: string | undefined;
  /** Lowest value claimed (a range counts by its lower bound). */
  low: number;
  /** Highest value claimed (a range counts by its upper bound). */
  high: number;
  /** `high - low`. */
  spread: number;
  /** `high / low`, or null when low is 0. */
  ratio: number | null;
  /** How many different claimants (unattributed counts as one). */
  claimantCount: number;
  /** How many different articles. */
  articleCount: number;
  /** Earliest and latest `asOf` of the claims, null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * Every figure of the corpus as a record, in article id order, then frontmatter order.
 * @param articles The articles.
 * @param options Entity names and figure countries.
 * @returns The records.
 */
export function figureRecords(articles: readonly RecordArticle[], options: RecordOptions): FigureRecord[] {
  const sorted = [...articles].sort((a, b) => compareText(a.id, b.id));
  return sorted.flatMap(({ figures, ...article }) =>
    figures.map((figure, index): FigureRecord => {
      const entityName = figure.claimant === null ? undefined : options.entityName(figure.claimant);
      return {
        ...figure,
        article,
        index,
        claimantName: entityName ?? figure.claimant,
        claimantIsEntity: entityName !== undefined,
        countries: options.figureCountries(article.id, index),
      };
    }),
  );
}

/**
 * The key that makes two figures the same claim: measure (or, without one,
 * what is counted), value or range with its unit, and claimant.
 * @param record A figure.
 * @returns e.g. `kz-court-ruling:42:aida-karimova`.
 */
export function claimKey(record: FigureInput): string {
  const measure = record.measure ?? slugify(record.what);
  const amount = record.value !== undefined ? String(record.value) : `${record.min ?? ''}-${record.max ?? ''}`;
  const claimant = record.claimant === null ? 'unattributed' : slugify(record.claimant) || record.claimant;
  return `${measure}:${amount}${record.unit ? ` ${record.unit}` : ''}:${claimant}`;
}

/**
 * Trace repeats: figures with the same claim key become one claim listing every
 * figure that carries it, oldest article first.
 * @param records Figure records.
 * @returns Claims in the order their oldest figure comes, oldest first.
 */
export function groupClaims(records: readonly FigureRecord[]): Claim[] {
  const byKey = new Map<string, FigureRecord[]>();
  for (const record of [...records].sort(oldestFirst)) {
    const key = claimKey(record);
    const list = byKey.get(key);
    if (list) list.push(record);
    else byKey.set(key, [record]);
  }
  return [...byKey].map(([key, figures]) => ({ key, figures, first: figures[0] as FigureRecord }));
}

/**
 * Compare the claims of each measure.
 * @param records Figure records (those without a measure are left out).
 * @returns One group per measure: most claims first, then by measure.
 */
export function groupMeasures(records: readonly FigureRecord[]): MeasureGroup[] {
  const byMeasure = new Map<string, FigureRecord[]>();
  for (const record of records) {
    if (!record.measure) continue;
    const list = byMeasure.get(record.measure);
    if (list) list.push(record);
    else byMeasure.set(record.measure, [record]);
  }
  const groups = [...byMeasure].map(([measure, figures]) => measureGroup(measure, figures));
  return groups.sort((a, b) => b.claims.length - a.claims.length || compareText(a.measure, b.measure));
}

/**
 * @param measure The measure.
 * @param figures Its figures.
 * @returns The group with its statistics.
 */
function measureGroup(measure: string, figures: readonly FigureRecord[]): MeasureGroup {
  const claims = groupClaims(figures).sort(byDateThenValue);
  const unit = mostCommon(claims.map((claim) => claim.first.unit));
  const inUnit = claims.filter((claim) => claim.first.unit === unit);
  const lows = inUnit.map((claim) => bounds(claim.first)[0]);
  const highs = inUnit.map((claim) => bounds(claim.first)[1]);
  const low = Math.min(...lows);
  const high = Math.max(...highs);
  const dates = claims.map((claim) => claim.first.asOf).filter((date): date is string => date !== null).sort();
  return {
    measure,
    claims,
    figures: [...figures].sort(oldestFirst),
    unit,
    low,
    high,
    spread: high - low,
    ratio: low > 0 ? high / low : null,
    claimantCount: new Set(claims.map((claim) => claim.key.slice(claim.key.lastIndexOf(':') + 1))).size,
    articleCount: new Set(figures.map((figure) => figure.article.id)).size,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
  };
}

/**
 * @param figure A figure.
 * @returns Its lower and upper bound (a single value twice).
 */
export function bounds(figure: Pick<FigureInput, 'value' | 'min' | 'max'>): [number, number] {
  if (figure.value !== undefined) return [figure.value, figure.value];
  return [figure.min ?? 0, figure.max ?? figure.min ?? 0];
}

/**
 * Oldest article first (undated last), then article id, then frontmatter order.
 * @param a A record.
 * @param b Another.
 * @returns Comparison result.
 */
export function oldestFirst(a: FigureRecord, b: FigureRecord): number {
  return compareDates(a.article.published, b.article.published) || compareText(a.article.id, b.article.id) || a.index - b.index;
}

/**
 * Claims by the date they refer to (undated last), then by value.
 * @param a A claim.
 * @param b Another.
 * @returns Comparison result.
 */
function byDateThenValue(a: Claim, b: Claim): number {
  return compareDates(a.first.asOf, b.first.asOf) || bounds(a.first)[0] - bounds(b.first)[0] || compareText(a.key, b.key);
}

/**
 * Earlier dates first, null last.
 * @param a A date or null.
 * @param b Another.
 * @returns Comparison result.
 */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Code-point order, independent of locale.
 * @param a A string.
 * @param b Another.
 * @returns Comparison result.
 */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @param values Values, possibly undefined.
 * @returns The most frequent (the first seen on a tie).
 */
function mostCommon(values: ReadonlyArray<string | undefined>): string | undefined {
  const counts = new Map<string | undefined, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
