/**
 * The figures of the corpus as the figures pages, the claims page and the
 * downloads see them: flat records, claims with their repeats, and measures
 * compared. Read once per build from ./corpus.ts.
 */
import path from 'node:path';
import { loadMeasureVocabulary, type MeasureVocabulary } from '../pipeline/measure-vocabulary.ts';
import type { ChartPoint } from '../charts/figure-charts.ts';
import { loadCorpus } from './corpus.ts';
import { formatIsoDate } from './dates.ts';
import { formatFigureValue } from './figures.ts';
import { figureRecords, groupClaims, groupMeasures, type Claim, type FigureRecord, type MeasureGroup } from './figure-records.ts';
import { describeMeasure } from './measure-labels.ts';

export interface FigureCorpus {
  /** Every figure, in article id order, then frontmatter order. */
  records: FigureRecord[];
  /** Every claim, repeats traced (oldest first). */
  claims: Claim[];
  /** Every measure's claims compared, most claims first. */
  measures: MeasureGroup[];
  vocabulary: MeasureVocabulary;
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
  cached ??= load();
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
    articles.map(({ id, data }) => ({
      id,
      title: data.title,
      outlet: data.outlet,
      author: data.author,
      published: data.published,
      source: data.source,
      countries: data.countries,
      figures: data.figures,
    })),
    {
      entityName: (id) => relations.entities.get(id)?.name,
      figureCountries: (articleId, index) => [...(countriesOf.get(`${articleId}#${index}`) ?? [])].sort(),
    },
  );
  // The build runs bundled code from elsewhere: the file is found from the project folder.
  const vocabulary = loadMeasureVocabulary(path.resolve('data/knowledge/measures.yaml'));
  return {
    records,
    claims: groupClaims(records),
    measures: groupMeasures(records),
    vocabulary,
    describe: (measure) => describeMeasure(measure, vocabulary),
  };
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
