/**
 * The figures of the corpus as the figures pages, the claims page and the
 * downloads see them: flat records, claims with their repeats, and measures
 * compared. Read once per build from ./corpus.ts.
 */
import { timed } from './build-timings.ts';
import path from 'node:path';
import { loadMeasureVocabulary, type MeasureVocabulary } from '../pipeline/measure-vocabulary.ts';
import type { ChartPoint } from '../charts/figure-charts.ts';
import { articleMetadata, loadCorpus } from './corpus.ts';
import { formatIsoDate } from './dates.ts';
import { formatFigureValue } from './figures.ts';
import { figureRecords, groupClaims, groupMeasures, type Claim, type FigureRecord, type MeasureGroup } from './figure-records.ts';
import { describeMeasure } from './measure-labels.ts';
import { isCompared, measureUrl } from './claims-pages.ts';
import { figureRows, type FigureRow } from './downloads.ts';
import { claimsUrl, figureUrl, measureAnchor } from './figure-urls.ts';
import { figureYears, yearPages, type FigureYear, type FiguresPage } from './figures-pages.ts';
import { articleUrl } from './urls.ts';

export interface FigureCorpus {
  /** Every figure, in article id order, then frontmatter order. */
  records: FigureRecord[];
  /** Every figure by chart point id (`<article id>#figure-<index>`), built once for every page that needs it. */
  recordById: Map<string, FigureRecord>;
  /** Every claim, repeats traced (oldest first). */
  claims: Claim[];
  /** The claims by year of first report (./figures-pages.ts): the runs of the figures table. */
  years: FigureYear[];
  /** Every page of the figures table, year by year. */
  figuresPages: FiguresPage[];
  /** Every measure's claims compared, most claims first. */
  measures: MeasureGroup[];
  vocabulary: MeasureVocabulary;
  /** The measures with more than one claim, most claims first: each has its page (./claims-pages.ts). */
  compared: MeasureGroup[];
  /** The measures with a single claim, listed on the overview. */
  single: MeasureGroup[];
  /**
   * @param measure A measure key.
   * @returns The URL of its section on the claims pages (a stable one: ./claims-pages.ts).
   */
  measureUrl(measure: string): string;
  /**
   * @param measure A measure key.
   * @returns Its readable name.
   */
  describe(measure: string): string;
}

let cached: Promise<FigureCorpus> | undefined;

/**
 * @returns The figures of the corpus, loaded once per build.
 */
export function loadFigureCorpus(): Promise<FigureCorpus> {
  cached ??= timed('figure rows', load);
  return cached;
}

/**
 * @returns The freshly derived figures.
 */
async function load(): Promise<FigureCorpus> {
  const { articles, relations } = await loadCorpus();
  const countriesOf = new Map<string, string[]>();
  for (const stats of relations.countries.values()) {
    for (const { article, index } of stats.figures) {
      const key = `${article.id}#${index}`;
      const list = countriesOf.get(key) ?? [];
      if (!list.includes(stats.code)) list.push(stats.code);
      countriesOf.set(key, list);
    }
  }
  const records = figureRecords(
    articles.map((article) => ({ ...articleMetadata(article), figures: article.data.figures })),
    {
      entityName: (id) => relations.entities.get(id)?.name,
      figureCountries: (articleId, index) => [...(countriesOf.get(`${articleId}#${index}`) ?? [])].sort(),
    },
  );
  // The build runs bundled code from elsewhere: the file is found from the project folder.
  const vocabulary = loadMeasureVocabulary(path.resolve('data/knowledge/measures.yaml'));
  const measures = groupMeasures(records);
  const urls = new Map(measures.map((group) => [group.measure, measureUrl(group)]));
  const claims = groupClaims(records);
  const years = figureYears(claims);
  return {
    records,
    recordById: new Map(records.map((record) => [`${record.article.id}#figure-${record.index}`, record])),
    claims,
    years,
    figuresPages: years.flatMap((run) => yearPages(run)),
    measures,
    vocabulary,
    compared: measures.filter(isCompared),
    single: measures.filter((group) => !isCompared(group)),
    measureUrl: (measure) => urls.get(measure) ?? `${claimsUrl()}#${measureAnchor(measure)}`,
    describe: (measure) => describeMeasure(measure, vocabulary),
  };
}

const cachedRows = new Map<string, Promise<FigureRow[]>>();

/**
 * The rows of the figure downloads (figures.csv and figures.json share them),
 * derived once per build and site origin.
 * @param origin The site's origin, for absolute links.
 * @returns One row per figure.
 */
export function loadFigureRows(origin: URL): Promise<FigureRow[]> {
  let rows = cachedRows.get(origin.href);
  if (!rows) {
    rows = loadFigureCorpus().then(({ records, claims }) =>
      figureRows(records, claims, {
        article: (id) => new URL(articleUrl(id), origin).href,
        figure: (id, index) => new URL(figureUrl(id, index), origin).href,
      }),
    );
    cachedRows.set(origin.href, rows);
  }
  return rows;
}

/**
 * A figure as a chart point.
 * @param record The figure.
 * @returns The point, its tooltip naming value, claimant, date and outlet.
 */
export function chartPoint(record: FigureRecord): ChartPoint {
  const claimant = record.claimantName ?? 'unattributed';
  const date = record.asOf ? `, as of ${formatIsoDate(record.asOf)}` : '';
  return {
    id: `${record.article.id}#figure-${record.index}`,
    asOf: record.asOf,
    value: record.value,
    min: record.min,
    max: record.max,
    label: `${formatFigureValue(record)} ${record.what} — ${claimant}${date} (${record.article.outlet ?? record.article.title})`,
    claimant,
  };
}
