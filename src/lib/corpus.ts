/**
 * The corpus as the site sees it: the two content collections, read once per
 * build, with every relation derived from them. Pages call `loadCorpus()`.
 *
 * Each article body's plain text (a Markdown parse, the costliest part of
 * loading at scale) is kept across builds in
 * `node_modules/.astro/dossier-plain-text.json`, keyed by a digest of the body,
 * so that a rebuild parses only the bodies that changed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { timed } from './build-timings.ts';
import { readJsonMap, writeJsonMap } from './json-map-file.ts';
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

/**
 * An article's metadata as the downloads print it, in their field order.
 * @param article An article entry.
 * @returns Its id, title, outlet, author, published date, source and countries.
 */
export function articleMetadata({ id, data }: CollectionEntry<'articles'>) {
  return { id, title: data.title, outlet: data.outlet, author: data.author, published: data.published, source: data.source, countries: data.countries };
}

/** Changes whenever {@link plainText} would give another text: part of the cache key. */
const PLAIN_TEXT_FORMAT = 'plain-text 1\n';

let cached: Promise<Corpus> | undefined;

/**
 * @returns The corpus, loaded and related once per build.
 */
export function loadCorpus(): Promise<Corpus> {
  cached ??= timed('corpus (collections, plain text, relations)', load);
  return cached;
}

/**
 * @returns The freshly loaded corpus.
 */
async function load(): Promise<Corpus> {
  const articles = await timed('corpus: articles collection', () => getCollection('articles'));
  const entityEntries = await timed('corpus: entities collection', () => getCollection('entities'));
  const cacheFile = path.resolve('node_modules/.astro/dossier-plain-text.json');
  const previous = readJsonMap<string>(cacheFile);
  const used = new Map<string, string>();
  const articleData = new Map(
    articles.map((entry) => {
      const body = entry.body ?? '';
      const digest = createHash('sha1').update(PLAIN_TEXT_FORMAT).update(body).digest('hex');
      const text = previous.get(digest) ?? plainText(body);
      used.set(digest, text);
      return [entry.id, toArticleData(entry, text)];
    }),
  );
  if (used.size !== previous.size || [...used.keys()].some((digest) => !previous.has(digest))) writeJsonMap(cacheFile, used);
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
 * @param markdown An article body.
 * @returns Its plain text, block by block, blocks separated by a blank line.
 */
export function plainText(markdown: string): string {
  return fromMarkdown(markdown)
    .children.map((node) => toString(node))
    .join('\n\n');
}

/**
 * @param entry An article entry.
 * @param text Its body as plain text ({@link plainText}).
 * @returns Its data with the body as plain text.
 */
function toArticleData(entry: CollectionEntry<'articles'>, text: string): ArticleData {
  const { id, title, outlet, published, countries, entities, figures } = entry.data;
  return { id, title, outlet, published, countries, entities, figures, text };
}
