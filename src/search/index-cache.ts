/**
 * What the search keeps across builds (see ./site-index.ts), in a cache
 * folder (`node_modules/.astro/dossier-search/`):
 *
 * - `files.pack`: the contents of the index files, one after the other, and
 *   `files-<key>.json`, where each file of the latest build is in the pack
 *   with the SHA-1 of its content. The key is a digest of everything the
 *   files are made from ({@link searchCacheKey}). The build holds only the
 *   names and digests in memory and reads each file from the pack when its
 *   page is written, so that the index (77 MB at 10,000 articles) does not
 *   sit in memory beside the corpus for the whole build. (One pack, not a
 *   file each: writing thousands of small files took seconds.) A build
 *   appends to the pack only the contents it does not hold yet (after one
 *   changed article, a few hundred kilobytes instead of rewriting 86 MB),
 *   and rewrites it whole when less than half of it is still listed.
 * - `index-<code key>.json`: the latest build's index state ({@link IndexState}:
 *   each document's record digest, the vocabulary with its encoded posting
 *   lists) with the key of its files. A build whose documents are as many as
 *   before and mostly unchanged patches that vocabulary with the changed
 *   documents' terms only, and any build keeps the doc and text shards whose
 *   documents are all unchanged as they are in the pack, unread.
 * - `pieces-<code key>.jsonl`: each record's terms ({@link IndexPieces}, by
 *   the record's digest), so that a build that cannot patch the previous
 *   index tokenizes only the changed records, and one that can finds the
 *   changed records' previous terms. A build appends the pieces it made, and
 *   rewrites the file when most of it is unused.
 * - `answers-<code key>/<shard>.json`: the short answers of each vocabulary
 *   shard with the digests of the files they were computed from
 *   (./short-answers.ts); a build writes only the shards it answered afresh.
 *
 * Only the latest build's entries are kept (the pieces file may also hold
 * a few of earlier builds). Everything is safe to delete.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { INDEX_FORMAT, type IndexPieces, type IndexState, type PreviousIndex, type RecordTerms } from './build-index.ts';
import { contentDigest } from './digest.ts';
import type { ShortAnswerShard } from './short-answers.ts';
import type { SearchRecord } from './types.ts';

/**
 * The digest of the search's code: the index format, every source file of the
 * search (builder, engine, client scripts) and the versions of Fuse and esbuild.
 * @param root The project root.
 * @returns A hex digest.
 */
export function searchCodeKey(root: string): string {
  const hash = createHash('sha256');
  hash.update(`format ${INDEX_FORMAT}\n`);
  const sourceDir = path.join(root, 'src/search');
  const sources = existsSync(sourceDir) ? readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).sort() : [];
  for (const name of sources) hash.update(`${name}\n`).update(readFileSync(path.join(sourceDir, name)));
  // The index embeds Fuse's records and the bundles esbuild's output: their versions count too.
  for (const dependency of ['fuse.js', 'esbuild']) {
    const manifest = path.join(root, 'node_modules', dependency, 'package.json');
    hash.update(`${dependency} ${existsSync(manifest) ? String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version) : 'none'}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * The cache key of the search files: a digest of the code ({@link searchCodeKey}) and of every record.
 * @param records The search records.
 * @param root The project root.
 * @param codeKey The code's digest, when already computed.
 * @param digests The records' digests (`recordDigest`, ./build-index.ts), in the same order, when already computed.
 * @returns A hex digest.
 */
export function searchCacheKey(records: readonly SearchRecord[], root: string, codeKey = searchCodeKey(root), digests: readonly string[] = records.map((record) => contentDigest(JSON.stringify(record)))): string {
  const hash = createHash('sha256');
  hash.update(`code ${codeKey}\n`);
  for (const digest of digests) hash.update(digest).update('\n');
  return hash.digest('hex').slice(0, 32);
}

/** The search files of a build: their names and digests in memory, their contents where they are kept. */
export interface SearchFileSet {
  /** File name (`meta.js`, `v-a.js`...) -> SHA-1 of its content (hex). */
  digests: Map<string, string>;
  /**
   * @param name A file name.
   * @returns Its content, or undefined for an unknown name.
   */
  read(name: string): string | undefined;
  /**
   * @param name A file name.
   * @returns Its size in bytes, when known without reading it.
   */
  size?(name: string): number | undefined;
}

export { contentDigest };

/**
 * Search files held in memory (when they could not be written to the cache).
 * @param files File name -> content.
 * @returns The set.
 */
export function filesInMemory(files: Map<string, string>): SearchFileSet {
  return { digests: new Map([...files].map(([name, content]) => [name, contentDigest(content)])), read: (name) => files.get(name) };
}

/** Where one file is in the pack: name, digest, byte offset, byte length. */
type PackEntry = [string, string, number, number];

/** The pack holding the contents of the search files (one for every key). */
const PACK = 'files.pack';

/**
 * @param cacheDir The search cache folder.
 * @param key The files' cache key.
 * @returns The pack holding the contents of the files and the listing of that key's files.
 */
function packPaths(cacheDir: string, key: string): { pack: string; listing: string } {
  return { pack: path.join(cacheDir, PACK), listing: path.join(cacheDir, `files-${key}.json`) };
}

/**
 * @param pack The pack file.
 * @param entries Its listing.
 * @returns The set, each file read from the pack when asked for.
 */
function filesInPack(pack: string, entries: readonly PackEntry[]): SearchFileSet {
  const where = new Map(entries.map(([name, , offset, length]) => [name, { offset, length }]));
  let descriptor: number | undefined;
  return {
    digests: new Map(entries.map(([name, digest]) => [name, digest])),
    size: (name) => where.get(name)?.length,
    read(name) {
      const place = where.get(name);
      if (!place) return undefined;
      descriptor ??= openSync(pack, 'r');
      const bytes = Buffer.alloc(place.length);
      let done = 0;
      while (done < place.length) {
        const count = readSync(descriptor, bytes, done, place.length - done, place.offset + done);
        if (count === 0) throw new Error(`search cache ${pack}: file ${name} is cut short`);
        done += count;
      }
      return bytes.toString('utf8');
    },
  };
}

/**
 * The search files of a previous build with the same key.
 * @param cacheDir The search cache folder.
 * @param key The cache key.
 * @returns The files (read from disk when asked for), or undefined when there are none or they are unreadable.
 */
export function readStoredFiles(cacheDir: string, key: string): SearchFileSet | undefined {
  const { pack, listing } = packPaths(cacheDir, key);
  try {
    const entries = JSON.parse(readFileSync(listing, 'utf8')) as unknown;
    if (!Array.isArray(entries) || !existsSync(pack)) return undefined;
    return filesInPack(pack, entries as PackEntry[]);
  } catch {
    return undefined;
  }
}

/**
 * Keep this build's files as the only files entry of the cache (older ones
 * are removed), in one pack file, and return them read from there; when they
 * cannot be written, they stay in memory (a failure only costs the next build
 * its shortcut).
 * @param cacheDir The search cache folder.
 * @param key The cache key.
 * @param files File name -> content, of the files made by this build.
 * @param kept Files of the previous build kept as they were: found in the pack by digest, read only when they are not there.
 * @returns The set.
 */
export function storeFiles(cacheDir: string, key: string, files: Map<string, string>, kept?: SearchFileSet): SearchFileSet {
  const { pack, listing } = packPaths(cacheDir, key);
  let descriptor: number | undefined;
  let keptContents: Map<string, string> | undefined;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const encoded: Array<{ name: string; bytes?: Buffer; digest: string }> = [...files].map(([name, content]) => {
      const bytes = Buffer.from(content, 'utf8');
      return { name, bytes, digest: createHash('sha1').update(bytes).digest('hex') };
    });
    // Where each content already is in the pack, by digest (from the listings still there).
    const known = new Map<string, [number, number]>();
    descriptor = openSync(pack, existsSync(pack) ? 'r+' : 'w+');
    let offset = fstatSync(descriptor).size;
    for (const [, digest, at, length] of listedEntries(cacheDir)) if (at + length <= offset) known.set(digest, [at, length]);
    const contentOf = (name: string): Buffer => {
      const content = kept?.read(name);
      if (content === undefined) throw new Error(`search cache: kept file ${name} cannot be read`);
      return Buffer.from(content, 'utf8');
    };
    for (const [name, digest] of kept?.digests ?? []) encoded.push(known.has(digest) ? { name, digest } : { name, digest, bytes: contentOf(name) });
    const liveBytes = encoded.reduce((sum, { bytes, digest }) => sum + (bytes?.length ?? known.get(digest)![1]), 0);
    if (offset > 2 * liveBytes) {
      // Mostly contents no listing needs any more: start a new pack (written beside, then renamed in), every kept file read first
      // (once the new pack is in place, the old one's offsets mean nothing).
      closeSync(descriptor);
      descriptor = undefined;
      const whole = encoded.map(({ name, digest, bytes }) => ({ name, digest, bytes: bytes ?? contentOf(name) }));
      keptContents = new Map(whole.filter(({ name }) => !files.has(name)).map(({ name, bytes }) => [name, bytes.toString('utf8')]));
      return writeNewPack(cacheDir, pack, listing, whole);
    }
    removeEntries(cacheDir, (name) => name !== PACK && !name.startsWith('pieces-') && !name.startsWith('answers-') && !name.startsWith('index-'));
    const entries: PackEntry[] = [];
    // Written a few megabytes at a time: one write per file costs more than the encoding.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let writeAt = offset;
    const flush = (): void => {
      if (pendingBytes === 0 || descriptor === undefined) return;
      writeAllAt(descriptor, Buffer.concat(pending, pendingBytes), writeAt);
      writeAt += pendingBytes;
      pending = [];
      pendingBytes = 0;
    };
    for (const { name, bytes, digest } of encoded) {
      const place = known.get(digest);
      if (place !== undefined && (bytes === undefined || place[1] === bytes.length)) {
        entries.push([name, digest, place[0], place[1]]);
        continue;
      }
      if (bytes === undefined) throw new Error(`search cache: kept file ${name} is not in the pack`);
      entries.push([name, digest, offset, bytes.length]);
      known.set(digest, [offset, bytes.length]);
      offset += bytes.length;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= 4 * 2 ** 20) flush();
    }
    flush();
    closeSync(descriptor);
    descriptor = undefined;
    writeFileSync(`${listing}.tmp`, JSON.stringify(entries));
    renameSync(`${listing}.tmp`, listing);
    return filesInPack(pack, entries);
  } catch {
    if (descriptor !== undefined) closeSync(descriptor);
    const made = filesInMemory(files);
    if (!kept) return made;
    const readKept = keptContents ? (name: string) => keptContents?.get(name) : (name: string) => kept.read(name);
    return { digests: new Map([...kept.digests, ...made.digests]), read: (name) => (files.has(name) ? files.get(name) : readKept(name)) };
  }
}

/**
 * @param cacheDir The search cache folder.
 * @returns The entries of every listing in it (unreadable ones are skipped).
 */
function listedEntries(cacheDir: string): PackEntry[] {
  const entries: PackEntry[] = [];
  for (const name of readdirSync(cacheDir)) {
    if (!/^files-.*\.json$/.test(name)) continue;
    try {
      const listed = JSON.parse(readFileSync(path.join(cacheDir, name), 'utf8')) as unknown;
      if (Array.isArray(listed)) entries.push(...(listed as PackEntry[]));
    } catch {
      // Not a listing to reuse.
    }
  }
  return entries;
}

/**
 * Write a new pack of exactly these files, and their listing as the only one.
 * @param cacheDir The search cache folder.
 * @param pack The pack.
 * @param listing The listing.
 * @param encoded The files, encoded, with their digests.
 * @returns The set.
 */
function writeNewPack(cacheDir: string, pack: string, listing: string, encoded: ReadonlyArray<{ name: string; bytes: Buffer; digest: string }>): SearchFileSet {
  removeEntries(cacheDir, (name) => !name.startsWith('pieces-') && !name.startsWith('answers-') && !name.startsWith('index-'));
  const descriptor = openSync(`${pack}.tmp`, 'w');
  const entries: PackEntry[] = [];
  try {
    let offset = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for (const { name, bytes, digest } of encoded) {
      entries.push([name, digest, offset, bytes.length]);
      offset += bytes.length;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= 4 * 2 ** 20) {
        writeAll(descriptor, Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
      }
    }
    if (pendingBytes > 0) writeAll(descriptor, Buffer.concat(pending, pendingBytes));
  } finally {
    closeSync(descriptor);
  }
  renameSync(`${pack}.tmp`, pack);
  writeFileSync(`${listing}.tmp`, JSON.stringify(entries));
  renameSync(`${listing}.tmp`, listing);
  return filesInPack(pack, entries);
}

/**
 * Write a whole buffer at a position.
 * @param descriptor An open file.
 * @param bytes What to write.
 * @param position Where.
 */
function writeAllAt(descriptor: number, bytes: Buffer, position: number): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(descriptor, bytes, done, bytes.length - done, position + done);
}

/**
 * Write a whole buffer at the file's current position.
 * @param descriptor An open file.
 * @param bytes What to write.
 */
function writeAll(descriptor: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(descriptor, bytes, done, bytes.length - done);
}

/**
 * The pieces are kept in one file per search code, `pieces-<code key>.jsonl`: one line per record,
 * `["t", digest, terms]`. A build appends the pieces it made (after one changed article, a record's
 * terms: kilobytes instead of the 26 MB of every piece at 10,000 articles), and the file is written
 * anew, with only the pieces that build used, when it holds more unused pieces than used ones, or when a
 * line cannot be read (a write cut short: the lines before it still count). A line is parsed only when
 * its record's terms are asked for: a build that patches the previous index reads a few.
 */
const PIECES_SUFFIX = '.jsonl';

/** How a piece's line starts: its kind, then its digest (40 hex digits) at a fixed place. */
const PIECE_START = '["t","';
const DIGEST_LENGTH = 40;

/**
 * @param cacheDir The search cache folder.
 * @param codeKey The search code's digest.
 * @returns The pieces file of that code.
 */
function piecesFile(cacheDir: string, codeKey: string): string {
  return path.join(cacheDir, `pieces-${codeKey}${PIECES_SUFFIX}`);
}

/**
 * The pieces of a previous build, for the builder to reuse.
 * @param cacheDir The search cache folder.
 * @param codeKey The search code's digest ({@link searchCodeKey}): pieces of other code are not read.
 * @returns The pieces (empty when there are none).
 */
export function readPieces(cacheDir: string, codeKey: string): StoredPieces {
  const lines = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(piecesFile(cacheDir, codeKey), 'utf8');
  } catch {
    return new StoredPieces(lines, { lines: 0, complete: true });
  }
  let count = 0;
  let complete = true;
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end < 0) {
      // The last line has no end: a write cut short.
      complete = false;
      break;
    }
    const line = text.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    const closing = PIECE_START.length + DIGEST_LENGTH;
    if (!line.startsWith(PIECE_START) || line.slice(closing, closing + 2) !== '",' || !line.endsWith('"]')) {
      complete = false;
      break;
    }
    lines.set(line.slice(PIECE_START.length, closing), line);
    count += 1;
  }
  return new StoredPieces(lines, { lines: count, complete });
}

/**
 * Keep the pieces used by this build: appended to the file when it holds few unused ones, else written
 * anew with only these (a failure only costs the next build its shortcut). Pieces files of other code
 * are removed.
 * @param cacheDir The search cache folder.
 * @param codeKey The search code's digest.
 * @param pieces The pieces this build used.
 */
export function writePieces(cacheDir: string, codeKey: string, pieces: StoredPieces): void {
  const file = piecesFile(cacheDir, codeKey);
  try {
    removeEntries(cacheDir, (name) => name.startsWith('pieces-') && name !== path.basename(file));
    mkdirSync(cacheDir, { recursive: true });
    const used = pieces.used.size;
    const fresh = pieces.fresh();
    if (pieces.stored.complete && pieces.stored.lines - (used - fresh.length) <= used) {
      if (fresh.length > 0) appendFileSync(file, fresh.map((line) => `${line}\n`).join(''));
      return;
    }
    // Rewritten only when most of it is unused, so seldom: one string is fine here.
    writeFileSync(`${file}.tmp`, [...pieces.used.values()].map((line) => `${line}\n`).join(''));
    renameSync(`${file}.tmp`, file);
  } catch {
    // No pieces next time: a file that may hold a part of a line is removed.
    rmSync(`${file}.tmp`, { force: true });
  }
}

/**
 * The previous build's index, to patch: its state (`index-<code key>.json`: each document's record
 * digest, the term table) and its files. Trusted only when it was written by the same search code for
 * the files still listed in the cache; anything else means a build from the pieces.
 * @param cacheDir The search cache folder.
 * @param codeKey The search code's digest.
 * @returns The previous index, or undefined.
 */
export function readPreviousIndex(cacheDir: string, codeKey: string): PreviousIndex | undefined {
  try {
    const stored = JSON.parse(readFileSync(path.join(cacheDir, `index-${codeKey}.json`), 'utf8')) as { code?: unknown; files?: unknown; state?: IndexState };
    if (stored.code !== codeKey || typeof stored.files !== 'string' || !validState(stored.state)) return undefined;
    const files = readStoredFiles(cacheDir, stored.files);
    return files ? { state: stored.state, files } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param state What an index file held.
 * @returns Whether it has the shape of a state (its contents are the builder's, written with the files they describe).
 */
function validState(state: IndexState | undefined): state is IndexState {
  if (!state || !Array.isArray(state.docs) || typeof state.docShardSize !== 'number' || typeof state.textShardSize !== 'number') return false;
  const { table } = state;
  return Boolean(table) && Array.isArray(table.terms) && [table.df, table.short, table.body].every((list) => Array.isArray(list) && list.length === table.terms.length);
}

/**
 * Keep this build's index state for the next build, as the only one, once its files are stored under
 * `key` (nothing is kept otherwise; a failure only costs the next build its shortcut).
 * @param cacheDir The search cache folder.
 * @param codeKey The search code's digest.
 * @param key The cache key the files were stored under ({@link storeFiles}).
 * @param state The index's state.
 */
export function writeIndexState(cacheDir: string, codeKey: string, key: string, state: IndexState): void {
  const file = path.join(cacheDir, `index-${codeKey}.json`);
  try {
    removeEntries(cacheDir, (name) => name.startsWith('index-'));
    if (!existsSync(packPaths(cacheDir, key).listing)) return;
    writeFileSync(`${file}.tmp`, JSON.stringify({ code: codeKey, files: key, state }));
    renameSync(`${file}.tmp`, file);
  } catch {
    rmSync(`${file}.tmp`, { force: true });
  }
}

/**
 * The short answers are kept one file per vocabulary shard, `answers-<code key>/<shard key>.json`, so that
 * a build writes only the shards it answered afresh (after one changed article, a few of 35 instead of
 * 12 MB at 10,000 articles). Each file holds a shard's answers with the digests of the files they were
 * computed from, which the next build checks before using them: files of different builds may sit side by
 * side after a build that stopped halfway, and each is used only when its own inputs are unchanged.
 * @param cacheDir The search cache folder.
 * @param codeKey The search code's digest.
 * @returns The answers folder of that code.
 */
function answersDir(cacheDir: string, codeKey: string): string {
  return path.join(cacheDir, `answers-${codeKey}`);
}

/**
 * The stored short answers of a previous build (./short-answers.ts), by vocabulary shard.
 * @param cacheDir The search cache folder.
 * @param codeKey The search code's digest: answers of other code are not read.
 * @returns Vocabulary shard key -> its answers and their inputs (empty when there are none; an unreadable shard is left out).
 */
export function readShortAnswers(cacheDir: string, codeKey: string): Map<string, ShortAnswerShard> {
  const shards = new Map<string, ShortAnswerShard>();
  const dir = answersDir(cacheDir, codeKey);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return shards;
  }
  for (const name of names.sort()) {
    try {
      const stored = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { codeKey?: unknown; key?: unknown; shard?: ShortAnswerShard };
      if (stored.codeKey === codeKey && typeof stored.key === 'string' && stored.shard && Array.isArray(stored.shard.inputs) && Array.isArray(stored.shard.files)) shards.set(stored.key, stored.shard);
    } catch {
      // Answered afresh.
    }
  }
  return shards;
}

/**
 * Keep this build's short answers as the only answers entry: the shards answered afresh are written, the
 * others left as they are, and those of shards this build has not are removed (a failure only costs the
 * next build its shortcut).
 * @param cacheDir The search cache folder.
 * @param codeKey The search code's digest.
 * @param shards Vocabulary shard key -> its answers and their inputs, in this build.
 * @param previous The answers read at the start of this build ({@link readShortAnswers}): a shard still holding the very same is not written.
 */
export function writeShortAnswers(cacheDir: string, codeKey: string, shards: ReadonlyMap<string, ShortAnswerShard>, previous?: ReadonlyMap<string, ShortAnswerShard>): void {
  const dir = answersDir(cacheDir, codeKey);
  try {
    removeEntries(cacheDir, (name) => name.startsWith('answers-') && name !== path.basename(dir));
    mkdirSync(dir, { recursive: true });
    const fileOf = (key: string): string => `${encodeURIComponent(key)}.json`;
    const wanted = new Set([...shards.keys()].map(fileOf));
    removeEntries(dir, (name) => !wanted.has(name));
    for (const [key, shard] of shards) {
      if (previous?.get(key) === shard) continue;
      const file = path.join(dir, fileOf(key));
      writeFileSync(`${file}.tmp`, JSON.stringify({ codeKey, key, shard }));
      renameSync(`${file}.tmp`, file);
    }
  } catch {
    // Those not written are answered afresh next time.
  }
}

/**
 * Each record's terms by the record's digest: those of the previous builds
 * (lines of the pieces file, parsed when asked for), and those this build
 * used (found or computed), which are the ones worth keeping for the next
 * build. A record's terms are kept as one string: short terms and body terms,
 * each list joined by spaces (a term never holds a space), separated by a newline.
 */
export class StoredPieces implements IndexPieces {
  /** Record digest -> its line, of the pieces this build used. */
  readonly used = new Map<string, string>();
  /** How many pieces were found, and computed. */
  readonly counts = { termsReused: 0, termsBuilt: 0 };

  // Plain fields, not parameter properties: the search build also runs in a worker on Node's own type stripping.
  /** Record digest -> its line, from the previous builds. */
  private readonly lines: Map<string, string>;
  /** How many pieces the file held, and whether it was read to its end (false too once a line proves unreadable). */
  stored: { readonly lines: number; readonly complete: boolean };

  /**
   * @param lines Record digest -> its line, from the previous builds.
   * @param stored How many pieces the file held, and whether it was read to its end.
   */
  constructor(lines: Map<string, string>, stored: { readonly lines: number; readonly complete: boolean } = { lines: 0, complete: true }) {
    this.lines = lines;
    this.stored = stored;
  }

  /**
   * @returns The lines of the pieces this build used that the file did not hold, in the order they were made.
   */
  fresh(): string[] {
    return [...this.used].filter(([digest]) => !this.lines.has(digest)).map(([, line]) => line);
  }

  /**
   * @param digest A record's digest.
   * @param compute Its terms, computed.
   * @returns Its terms, reused when the same record was indexed by a previous build.
   */
  recordTerms(digest: string, compute: () => RecordTerms): RecordTerms {
    const known = this.storedTerms(digest);
    if (known) {
      this.counts.termsReused++;
      return known;
    }
    const terms = compute();
    this.counts.termsBuilt++;
    // Terms never hold a space or a newline; should one ever do, the record is simply not kept.
    if (![...terms.short, ...terms.body].some((term) => /[ \n]/.test(term))) this.used.set(digest, JSON.stringify(['t', digest, `${terms.short.join(' ')}\n${terms.body.join(' ')}`]));
    return terms;
  }

  /**
   * @param digest A record's digest.
   * @returns Its terms from a previous build, if kept and readable (then kept for the next build too).
   */
  storedTerms(digest: string): RecordTerms | undefined {
    const line = this.used.get(digest) ?? this.lines.get(digest);
    if (line === undefined) return undefined;
    let joined: unknown;
    try {
      joined = (JSON.parse(line) as unknown[])[2];
    } catch {
      joined = undefined;
    }
    if (typeof joined !== 'string') {
      // Damaged: computed again, and the file written anew.
      this.lines.delete(digest);
      this.stored = { lines: this.stored.lines, complete: false };
      return undefined;
    }
    this.used.set(digest, line);
    const split = joined.indexOf('\n');
    return { short: splitTerms(joined.slice(0, split)), body: splitTerms(joined.slice(split + 1)) };
  }

  /**
   * Keep a record's terms for the next build without reading them (when the previous build had them).
   * @param digest The record's digest.
   */
  keep(digest: string): void {
    const line = this.lines.get(digest);
    if (line !== undefined) this.used.set(digest, line);
  }
}

/**
 * @param joined Terms joined by spaces.
 * @returns The terms ([] for '').
 */
function splitTerms(joined: string): string[] {
  return joined === '' ? [] : joined.split(' ');
}

/**
 * Remove the cache folder's entries whose names match.
 * @param cacheDir The search cache folder.
 * @param matches Which names to remove.
 */
function removeEntries(cacheDir: string, matches: (name: string) => boolean): void {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) if (matches(name)) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
}
