/**
 * The annotate command's work, as handlers that run the same way in the
 * calling thread and on worker threads (see parallel.ts): annotate one seed,
 * render one resolved article or entity. Each factory loads what its handler
 * needs once (the knowledge files for annotation).
 */
import { annotateSeed, type Seed } from '../pipeline/index.ts';
import { renderArticle, renderEntity } from '../pipeline/stages/write.ts';
import type { AnnotatedArticle, EntityRecord } from '../pipeline/types.ts';
import { cachedKnowledge } from './annotate-cache.ts';

/** An article to render with the hash of its seed. */
export interface RenderArticleItem {
  article: AnnotatedArticle;
  seedHash: string;
}

/**
 * @param cacheDir The annotate cache folder (for the built knowledge), or undefined for none.
 * @param store Whether to store the knowledge there when it had to be built.
 * @returns A handler annotating one seed (throws SeedError for an unusable seed).
 */
export function annotateTask(cacheDir?: string, store = true): (seed: Seed) => AnnotatedArticle {
  const knowledge = cachedKnowledge(cacheDir, store);
  return (seed) => annotateSeed(seed, knowledge);
}

/**
 * @returns A handler rendering one resolved article as Markdown.
 */
export function renderArticleTask(): (item: RenderArticleItem) => string {
  return ({ article, seedHash }) => renderArticle(article, seedHash);
}

/**
 * @returns A handler rendering one entity file.
 */
export function renderEntityTask(): (entity: EntityRecord) => string {
  return (entity) => renderEntity(entity);
}
