/**
 * The corpus as the site sees it: the two content collections, read once per
 * build, with every relation derived from them. Pages call `loadCorpus()`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { buildRelations, type ArticleData, type EntityRef, type Relations } from './relations.ts';
import { countryName } from './countries.ts';

export interface Corpus {
  articles: CollectionEntry<'articles'>[];
  /** Plain article data by id, as the relations use it. */
  articleData: Map<string, ArticleData>;
  /** Entity files by id (name, aliases, description body). */
  entityFiles: Map<string, CollectionEntry<'entities'>>;
  relations: Relations;
}

let cached: Promise<Corpus> | undefined;

/**
 * @returns The corpus, loaded and related once per build.
 */
export function loadCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}

/**
 * @returns The freshly loaded corpus.
 */
async function load(): Promise<Corpus> {
  const articles = await getCollection('articles');
  const entityEntries = await getCollection('entities');
  const articleData = new Map(articles.map((entry) => [entry.id, toArticleData(entry)]));
  const entityRefs: EntityRef[] = entityEntries.map((entry) => ({ ...entry.data, id: entry.data.id }));
  const relations = buildRelations([...articleData.values()], entityRefs, { isCountry });
  return { articles, articleData, entityFiles: new Map(entityEntries.map((entry) => [entry.data.id, entry])), relations };
}

/**
 * Whether an entity is a country's own entity (Kyrgyzstan), not a place in it.
 * @param entity An entity.
 * @returns True for countries.
 */
export function isCountry(entity: EntityRef): boolean {
  if (entity.type !== 'place' || !entity.country) return false;
  const name = countryName(entity.country);
  return entity.name === name || entity.aliases.includes(name);
}

/**
 * @param entry An article entry.
 * @returns Its data with the body as plain text.
 */
function toArticleData(entry: CollectionEntry<'articles'>): ArticleData {
  const tree = fromMarkdown(entry.body ?? '');
  const text = tree.children.map((node) => toString(node)).join('\n\n');
  const { id, title, outlet, published, countries, entities, figures } = entry.data;
  return { id, title, outlet, published, countries, entities, figures, text };
}
