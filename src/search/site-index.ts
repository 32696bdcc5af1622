/**
 * The site's search index, built once per build from the content collections:
 * the corpus (../lib/corpus.ts) -> search records (./records.ts) -> index
 * files (./build-index.ts) with the stored answers of two- and three-letter
 * prefixes (./short-answers.ts), plus the two client scripts (./bundle.ts).
 * Used by the endpoint src/pages/search/[file].js.ts, which writes each file
 * to `search/<name>.js` in dist/.
 *
 * Kept across builds in `node_modules/.astro/dossier-search/` (beside Astro's
 * own cache, see ./index-cache.ts):
 *
 * - the files themselves, keyed by a digest of the search records and of the
 *   search's source files: a build whose records and code are unchanged reads
 *   them back instead of building anything;
 * - each record's terms and each doc shard, by digest: a build where some
 *   records changed tokenizes and indexes only those again (the posting
 *   lists and vocabulary are then put together afresh, so the index is
 *   exactly that of a cold build);
 * - the stored answers of short prefixes, by vocabulary shard, with the
 *   digests of the index files they were computed from: a shard whose
 *   answers read only unchanged files keeps them (./short-answers.ts).
 *
 * The files are written to that folder and read back one at a time as their
 * pages are written: the build holds only their names and digests.
 */
import path from 'node:path';
import { timed } from '../lib/build-timings.ts';
import { isCountry, loadCorpus, plainText, type Corpus } from '../lib/corpus.ts';
import { buildSearchIndex } from './build-index.ts';
import { readPieces, readShortAnswers, readStoredFiles, searchCacheKey, searchCodeKey, storeFiles, writePieces, writeShortAnswers, type SearchFileSet } from './index-cache.ts';
import { buildClientBundles } from './bundle.ts';
import { addShortAnswers, type ShortAnswerShard } from './short-answers.ts';
import type { SearchCorpus } from './records.ts';
import { searchRecords } from './records.ts';

let cached: Promise<SearchFileSet> | undefined;

/**
 * Every file of `search/`, built once per build.
 * @returns The files' names (`meta.js`, `ui.js`...) and digests, and a way to read each.
 */
export function siteSearchFiles(): Promise<SearchFileSet> {
  cached ??= timed('search index', build);
  return cached;
}

/**
 * @returns The files: read back from the cache when the records and the code are those of a previous build, else built (reusing the pieces of unchanged records) and cached.
 */
async function build(): Promise<SearchFileSet> {
  const corpus = await loadCorpus();
  const records = await timed('search: records', () => searchRecords(corpusForSearch(corpus)));
  const root = process.cwd();
  const cacheDir = path.join(root, 'node_modules/.astro/dossier-search');
  const codeKey = searchCodeKey(root);
  const key = await timed('search: cache key', () => searchCacheKey(records, root, codeKey));
  const stored = readStoredFiles(cacheDir, key);
  if (stored) return stored;
  const pieces = await timed('search: read pieces', () => readPieces(cacheDir, codeKey));
  const index = await timed('search: build index', () => buildSearchIndex(records, { pieces }));
  await timed('search: write pieces', () => writePieces(cacheDir, codeKey, pieces));
  const answers = { previous: await timed('search: read short answers', () => readShortAnswers(cacheDir, codeKey)), current: new Map<string, ShortAnswerShard>() };
  await timed('search: short answers', () => addShortAnswers(index, answers));
  await timed('search: write short answers', () => writeShortAnswers(cacheDir, codeKey, answers.current));
  const bundles = await timed('search: bundles', () => buildClientBundles(root));
  return timed('search: store files', () => storeFiles(cacheDir, key, new Map([...index.files, ...bundles])));
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
