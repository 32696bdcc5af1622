/**
 * The annotate command's work, as handlers that run the same way in the
 * calling thread and on worker threads (see parallel.ts): annotate one seed,
 * render one resolved article or entity. Each factory loads what its handler
 * needs once: the annotator and its knowledge are imported by the annotation
 * factory only, so that a thread that renders does not load them.
 */
import type { Seed } from '../pipeline/index.ts';
import { renderArticle, renderEntity } from '../pipeline/stages/write.ts';
import type { AnnotatedArticle, EntityRecord } from '../pipeline/types.ts';

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
export async function annotateTask(cacheDir?: string, store = true): Promise<(seed: Seed) => AnnotatedArticle> {
  const { cachedKnowledge, primeParsedYaml } = await import('./annotate-cache.ts');
  primeParsedYaml(cacheDir);
  const { annotateSeed } = await import('../pipeline/index.ts');
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
