/**
 * The search's files made from its records and written into the site: what
 * a build does once the records are known, kept apart from the corpus (which
 * only Astro can load) so that it also runs in a worker thread on Node's own
 * type stripping (./build-worker.ts, started by ./site-index.ts).
 */
import path from 'node:path';
import { noteTiming, timed } from '../lib/build-timings.ts';
import { writeDirectFiles } from '../lib/direct-files.ts';
import { buildSearchIndex, recordDigest } from './build-index.ts';
import { buildClientBundles } from './bundle.ts';
import {
  readPieces,
  readPreviousIndex,
  readShortAnswers,
  readStoredFiles,
  searchCacheKey,
  searchCodeKey,
  storeFiles,
  writeIndexState,
  writePieces,
  writeShortAnswers,
  type SearchFileSet,
} from './index-cache.ts';
import { addShortAnswers, type ShortAnswerShard } from './short-answers.ts';
import type { SearchRecord } from './types.ts';

/**
 * @param root The project folder.
 * @returns The search cache folder.
 */
function searchCacheDir(root: string): string {
  return path.join(root, 'node_modules/.astro/dossier-search');
}

/**
 * @param records The search records of the corpus.
 * @param root The project folder.
 * @returns The files: read back from the cache when the records and the code are those of a previous build, else built (patching the previous build's index, or from the pieces of unchanged records) and cached.
 */
export async function buildSearchFiles(records: readonly SearchRecord[], root: string): Promise<SearchFileSet> {
  const cacheDir = searchCacheDir(root);
  const codeKey = searchCodeKey(root);
  const digests = new Map<SearchRecord, string>();
  const key = await timed('search: cache key', () => {
    for (const record of records) digests.set(record, recordDigest(record));
    return searchCacheKey(records, root, codeKey, [...digests.values()]);
  });
  const stored = readStoredFiles(cacheDir, key);
  if (stored) return stored;
  const previous = await timed('search: read previous index', () => readPreviousIndex(cacheDir, codeKey));
  const pieces = await timed('search: read pieces', () => readPieces(cacheDir, codeKey));
  const index = await timed('search: build index', () => buildSearchIndex(records, { pieces, previous, digest: (record) => digests.get(record) ?? recordDigest(record) }));
  await timed('search: write pieces', () => writePieces(cacheDir, codeKey, pieces));
  const answers = { previous: await timed('search: read short answers', () => readShortAnswers(cacheDir, codeKey)), current: new Map<string, ShortAnswerShard>() };
  await timed('search: short answers', () => addShortAnswers(index, answers));
  const reusedShards = [...answers.current].filter(([shard, found]) => answers.previous.get(shard) === found).length;
  noteTiming('search:', `${index.kept.digests.size} doc and text shards kept, ${reusedShards} of ${answers.current.size} vocabulary shards' short answers reused`);
  await timed('search: write short answers', () => writeShortAnswers(cacheDir, codeKey, answers.current, answers.previous));
  const bundles = await timed('search: bundles', () => buildClientBundles(root));
  const files = await timed('search: store files', () => storeFiles(cacheDir, key, new Map([...index.files, ...bundles]), index.kept));
  await timed('search: write index state', () => writeIndexState(cacheDir, codeKey, key, index.state));
  return files;
}

/**
 * Write every search file to `search/<name>.js` in the output folder.
 * @param files The search files.
 * @param outDir The site's output folder.
 * @param cacheDir The folder keeping the last build's direct files, if any.
 * @returns How many files were written.
 * @throws When a file is missing from the search cache: the build stops rather than ship a broken search.
 */
export function writeSearchFiles(files: SearchFileSet, outDir: string, cacheDir: string | undefined): Promise<number> {
  return timed('search: write files', () =>
    writeDirectFiles(
      outDir,
      [...files.digests.keys()].map((file) => [`search/${file}`, () => fileText(files.read(file), file), files.digests.get(file)] as const),
      cacheDir,
    ),
  );
}

/**
 * @param content A search file's text, or undefined when the cache lost it.
 * @param file The file's name, for the error.
 * @returns The text.
 */
function fileText(content: string | undefined, file: string): string {
  if (content === undefined) throw new Error(`search/${file}: missing from the search cache (node_modules/.astro/dossier-search/); delete that folder and build again`);
  return content;
}
