/**
 * The site's search index, built once per build from the content collections:
 * the corpus (../lib/corpus.ts) -> search records (./records.ts) -> index
 * files (./build-index.ts) with the stored answers of two- and three-letter
 * prefixes (./short-answers.ts), plus the two client scripts (./bundle.ts).
 * Used by the endpoint src/pages/search/[file].js.ts, which writes each file
 * to `search/<name>.js` in dist/.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { isCountry, loadCorpus, type Corpus } from '../lib/corpus.ts';
import { buildSearchIndex } from './build-index.ts';
import { buildClientBundles } from './bundle.ts';
import { addShortAnswers } from './short-answers.ts';
import type { SearchCorpus } from './records.ts';
import { searchRecords } from './records.ts';

let cached: Promise<Map<string, string>> | undefined;

/**
 * Every file of `search/`, built once per build.
 * @returns File name (`meta.js`, `ui.js`...) -> content.
 */
export function siteSearchFiles(): Promise<Map<string, string>> {
  cached ??= build();
  return cached;
}

/**
 * @returns The files, freshly built.
 */
async function build(): Promise<Map<string, string>> {
  const corpus = await loadCorpus();
  const index = buildSearchIndex(searchRecords(corpusForSearch(corpus)));
  await addShortAnswers(index);
  const bundles = await buildClientBundles();
  return new Map([...index.files, ...bundles]);
}

/**
 * @param markdown Markdown text.
 * @returns Its plain text, paragraphs separated by blank lines.
 */
function plainText(markdown: string): string {
  return fromMarkdown(markdown)
    .children.map((node) => toString(node))
    .join('\n\n');
}

/**
 * The corpus as the search records need it.
 * @param corpus The site's corpus.
 * @returns Plain articles, entities and countries.
 */
export function corpusForSearch(corpus: Corpus): SearchCorpus {
  const authors = new Map(corpus.articles.map((entry) => [entry.id, entry.data.author]));
  const articles = [...corpus.articleData.values()].map((article) => ({
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    author: authors.get(article.id) ?? null,
    published: article.published,
    text: article.text,
    entities: article.entities,
    figures: article.figures,
  }));
  const entities = [...corpus.relations.entities.values()].map((entity) => ({
    ...entity,
    description: plainText(corpus.entityFiles.get(entity.id)?.body ?? ''),
    mentions: corpus.relations.mentions.get(entity.id)?.length ?? 0,
    isCountry: isCountry(entity),
  }));
  const countries = [...corpus.relations.countries.values()]
    .filter((stats) => stats.articles.length > 0 || stats.entities.length > 0)
    .map((stats) => ({ code: stats.code, articles: stats.articles.length }));
  return { articles, entities, countries };
}
