/**
 * The site's long lists in display order, sorted once per build and shared
 * by every page of a paginated list (the home page's articles, the entity
 * indexes), instead of sorting the whole corpus again for each page.
 */
import type { CollectionEntry } from 'astro:content';
import type { Corpus } from './corpus.ts';
import { compareNewestFirst } from './dates.ts';
import type { EntityRef, Relations } from './relations.ts';

/** Collation of titles and names, as `localeCompare` does it, built once. */
const collator = new Intl.Collator();

const articleOrder = new WeakMap<Corpus, CollectionEntry<'articles'>[]>();
const entityOrder = new WeakMap<Relations, Map<EntityRef['type'], Array<{ entity: EntityRef; count: number }>>>();

/**
 * @param corpus The corpus.
 * @returns Its articles, newest first, then by title.
 */
export function articlesNewestFirst(corpus: Corpus): CollectionEntry<'articles'>[] {
  let sorted = articleOrder.get(corpus);
  if (!sorted) {
    sorted = [...corpus.articles].sort((a, b) => compareNewestFirst(a.data.published, b.data.published) || collator.compare(a.data.title, b.data.title));
    articleOrder.set(corpus, sorted);
  }
  return sorted;
}

/**
 * @param relations The corpus's relations.
 * @param type An entity type.
 * @returns The entities of that type with the number of articles naming each, most named first, then by name.
 */
export function entitiesByMentions(relations: Relations, type: EntityRef['type']): Array<{ entity: EntityRef; count: number }> {
  let byType = entityOrder.get(relations);
  if (!byType) {
    byType = new Map();
    entityOrder.set(relations, byType);
  }
  let sorted = byType.get(type);
  if (!sorted) {
    sorted = [...relations.entities.values()]
      .filter((entity) => entity.type === type)
      .map((entity) => ({ entity, count: relations.mentions.get(entity.id)?.length ?? 0 }))
      .sort((a, b) => b.count - a.count || collator.compare(a.entity.name, b.entity.name));
    byType.set(type, sorted);
  }
  return sorted;
}
