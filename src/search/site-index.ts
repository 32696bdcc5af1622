/**
 * The site's search index, built once per build from the content collections:
 * the corpus (../lib/corpus.ts) -> search records (./records.ts) -> index
 * files (./build-index.ts) with the stored answers of two- and three-letter
 * prefixes (./short-answers.ts), plus the two client scripts (./bundle.ts).
 * Used by the endpoint src/pages/search/[file].js.ts, which writes each file
 * to `search/<name>.js` in dist/.
 *
 * The files are kept across builds in `node_modules/.astro/dossier-search/`
 * (beside Astro's own cache), keyed by a digest of the search records and of
 * the search's source files: a build whose records and code are unchanged
 * reads them back instead of building the index and its stored answers again.
 */
import path from 'node:path';
import { timed } from '../lib/build-timings.ts';
import { isCountry, loadCorpus, plainText, type Corpus } from '../lib/corpus.ts';
import { buildSearchIndex } from './build-index.ts';
import { readCachedFiles, searchCacheKey, writeCachedFiles } from './index-cache.ts';
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
  cached ??= timed('search index', build);
  return cached;
}

/**
 * @returns The files: read back from the cache when the records and the code are those of a previous build, else built (and cached).
 */
async function build(): Promise<Map<string, string>> {
  const corpus = await loadCorpus();
  const records = searchRecords(corpusForSearch(corpus));
  const root = process.cwd();
  const cacheDir = path.join(root, 'node_modules/.astro/dossier-search');
  const key = searchCacheKey(records, root);
  const cacheFile = path.join(cacheDir, `${key}.json`);
  const cachedFiles = readCachedFiles(cacheFile);
  if (cachedFiles) return cachedFiles;
  const index = buildSearchIndex(records);
  await addShortAnswers(index);
  const bundles = await buildClientBundles(root);
  const files = new Map([...index.files, ...bundles]);
  writeCachedFiles(cacheDir, cacheFile, files);
  return files;
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
