/**
 * The annotation pipeline: the one place that knows the order of the stages.
 *
 *   read -> strip furniture -> metadata -> entities -> countries -> figures
 *   (per article, pure)  then  resolve (whole corpus, pure)
 *
 * Writing Markdown is a separate step (stages/write.ts) so that nothing is
 * written before every article has been annotated.
 */
import { decodeSeed, toLines } from './stages/read.ts';
import { stripFurniture } from './stages/furniture.ts';
import { extractMetadata } from './stages/metadata.ts';
import { extractEntities } from './stages/entities.ts';
import { articleCountries } from './stages/countries.ts';
import { extractFigures } from './stages/figures.ts';
import { addProvenance } from './stages/provenance.ts';
import { proposeMeasures } from './stages/measures.ts';
import { loadMeasureVocabulary } from './measure-vocabulary.ts';
import { resolveCorpus } from './stages/resolve.ts';
import { loadKnowledge, type Knowledge } from './knowledge.ts';
import { SeedError, type AnnotatedArticle, type EntityRecord } from './types.ts';

/** A seed file as read from disk. */
export interface Seed {
  /** The file name without `.txt`; becomes the article id. */
  id: string;
  /** Path shown to users and written to the frontmatter, e.g. `seeds/<id>.txt`. */
  source: string;
  bytes: Uint8Array;
}

export interface AnnotateOptions {
  /** Knowledge to use; loaded from data/knowledge when omitted. */
  knowledge?: Knowledge;
  /** Called after each seed, in processing order (for progress reports). */
  onProgress?: (index: number, source: string) => void;
}

export interface CorpusResult {
  articles: AnnotatedArticle[];
  entities: EntityRecord[];
  /** One error per seed that could not be annotated; the others still are. */
  errors: SeedError[];
}

/**
 * Annotate one seed with every per-article stage.
 * @param seed The seed's id, path and bytes.
 * @param knowledge Gazetteers and aliases.
 * @returns The article before cross-article resolution.
 * @throws SeedError naming the file when the seed is unusable.
 */
export function annotateSeed(seed: Seed, knowledge: Knowledge): AnnotatedArticle {
  const text = decodeSeed(seed.bytes, seed.source);
  const { kept, removed } = stripFurniture(toLines(text));
  const article = extractMetadata(kept, seed.source, undefined, removed);
  const entities = extractEntities(article, knowledge);
  const countries = articleCountries(article, entities, knowledge);
  const found = addProvenance(extractFigures(article, entities), article.paragraphs);
  const figures = proposeMeasures(found, { entities, countries: knowledge.countries, vocabulary: loadMeasureVocabulary() });
  return {
    id: seed.id,
    source: seed.source,
    metadata: article.metadata,
    countries,
    entities,
    figures,
    paragraphs: article.paragraphs,
  };
}

/**
 * Annotate a corpus: every seed on its own, then entities resolved across articles.
 * A seed that fails is reported in `errors` and left out; the others go on.
 * @param seeds The seeds, in any order (output order is by id).
 * @param options Optional knowledge.
 * @returns Resolved articles, the corpus's entities and the per-seed errors.
 */
export function annotateCorpus(seeds: readonly Seed[], options: AnnotateOptions = {}): CorpusResult {
  const knowledge = options.knowledge ?? loadKnowledge();
  const annotated: AnnotatedArticle[] = [];
  const errors: SeedError[] = [];
  for (const [index, seed] of [...seeds].sort((a, b) => compareIds(a.id, b.id)).entries()) {
    options.onProgress?.(index, seed.source);
    try {
      annotated.push(annotateSeed(seed, knowledge));
    } catch (error) {
      if (error instanceof SeedError) errors.push(error);
      else throw new SeedError(seed.source, `unexpected annotator failure: ${describe(error)}`);
    }
  }
  const { articles, entities } = resolveCorpus(annotated);
  return { articles, entities, errors };
}

/**
 * Compare ids in code-point order, independent of locale.
 * @param a First id.
 * @param b Second id.
 * @returns Negative, zero or positive.
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Message of an unknown thrown value.
 * @param error Anything thrown.
 * @returns Its message.
 */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}
