/**
 * The site's search index, built once per build from the content collections:
 * the corpus (../lib/corpus.ts) -> search records (./records.ts) -> index
 * files (./build-index.ts) with the stored answers of two- and three-letter
 * prefixes (./short-answers.ts), plus the two client scripts (./bundle.ts).
 * Used by the endpoint src/pages/search/[file].js.ts. In a build, only the
 * records are made on the main thread: a worker thread (./build-worker.ts)
 * makes the files from them and writes each to `search/<name>.js` in the
 * output (./build-files.ts) while Astro generates the pages; on the dev
 * server the endpoint serves them.
 *
 * Kept across builds in `node_modules/.astro/dossier-search/` (beside Astro's
 * own cache, see ./index-cache.ts):
 *
 * - the files themselves, keyed by a digest of the search records and of the
 *   search's source files: a build whose records and code are unchanged reads
 *   them back instead of building anything;
 * - the index's state (each document's record digest, the vocabulary with its
 *   encoded posting lists) and each record's terms, by digest: a build where
 *   a few records changed takes them out of the previous vocabulary's posting
 *   lists and puts their new terms in, and keeps the doc and text shards of
 *   unchanged documents as the previous build wrote them (the index is
 *   exactly that of a cold build);
 * - the stored answers of short prefixes, by vocabulary shard, with the
 *   digests of the index files they were computed from: a shard whose
 *   answers read only unchanged files keeps them (./short-answers.ts).
 *
 * The files are written to that folder and read back one at a time as they
 * are written out: the build holds only their names and digests.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { timed } from '../lib/build-timings.ts';
import { isCountry, loadCorpus, plainText, type Corpus } from '../lib/corpus.ts';
import { buildSearchFiles, writeSearchFiles } from './build-files.ts';
import type { SearchFileSet } from './index-cache.ts';
import type { SearchCorpus } from './records.ts';
import { searchRecords } from './records.ts';

let cached: Promise<SearchFileSet> | undefined;

/**
 * Every file of `search/`, built once per process (the dev server's endpoint).
 * @returns The files' names (`meta.js`, `ui.js`...) and digests, and a way to read each.
 */
export function siteSearchFiles(): Promise<SearchFileSet> {
  cached ??= timed('search index', async () => buildSearchFiles(await siteSearchRecords(), process.cwd()));
  return cached;
}

let written: Promise<number> | undefined;

/**
 * In a build: make the search's files and write them into the output folder, once. The work runs in a
 * worker thread (./build-worker.ts) while the main thread generates pages; only the records are made
 * here. Without the worker's source (a build from bundled code elsewhere) it runs in this thread.
 * @param outDir The site's output folder.
 * @param cacheDir The folder keeping the last build's direct files, if any.
 * @returns How many files were written (rejects with the worker's error).
 */
export function writeSiteSearchFiles(outDir: string, cacheDir: string | undefined): Promise<number> {
  written ??= timed('search index and files', async () => {
    const records = await siteSearchRecords();
    const root = process.cwd();
    const worker = path.join(root, 'src/search/build-worker.ts');
    if (!existsSync(worker)) return writeSearchFiles(await buildSearchFiles(records, root), outDir, cacheDir);
    return new Promise<number>((resolve, reject) => {
      let count: number | undefined;
      new Worker(worker, { workerData: { records, root, outDir, cacheDir, askedAt: Date.now() } })
        .on('message', (message: number) => (count = message))
        .on('error', reject)
        .on('exit', (code) => (count !== undefined ? resolve(count) : reject(new Error(`the search index's worker stopped (exit code ${code}) before writing search/`))));
    });
  });
  return written;
}

/**
 * @returns The search records of the corpus.
 */
async function siteSearchRecords() {
  const corpus = await loadCorpus();
  return timed('search: records', () => searchRecords(corpusForSearch(corpus)));
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
