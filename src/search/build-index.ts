/**
 * The search index builder: search records in, the static files of the index
 * out (file name -> content). Runs once per build (src/pages/search/) and in
 * `npm run bench:search`. Pure apart from hashing: no file access.
 *
 * Design (see ./types.ts for the file formats and README.md for the figures):
 * the client never loads the whole corpus. A query loads the vocabulary of
 * its words' first letters, the posting lists of the terms they expand to,
 * the display data of the few best candidates and their prebuilt Fuse index
 * records; Fuse then scores that shortlist. Each of those is a small file.
 */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
import { STOPWORDS, isIndexable, tokenize } from './fold.ts';
import { contentDigest } from './digest.ts';
import type { SearchFileSet } from './index-cache.ts';
import { decodePostings, encodePostings } from './postings.ts';
import {
  FUSE_KEYS,
  KINDS,
  PAYLOAD_PREFIX,
  PAYLOAD_SUFFIX,
  type DisplayDoc,
  type DocPayload,
  type MetaPayload,
  type Payload,
  type PostingPayload,
  type SearchRecord,
  type TextPayload,
  type VocabPayload,
} from './types.ts';

/** Version of the file formats; the client refuses another. */
export const INDEX_FORMAT = 2;

/** Options of {@link buildSearchIndex}. */
export interface BuildOptions {
  /** Documents per doc shard. */
  docShardSize?: number;
  /** Documents per text shard (`t-<i>.js`, the long texts for snippets). */
  textShardSize?: number;
  /** Target characters of posting lists per posting shard. */
  postingShardChars?: number;
  /** Terms in at most this many documents have their postings in the vocabulary shard. */
  inlineMax?: number;
  /** Pieces of a previous build to reuse (./index-cache.ts); by default everything is computed. */
  pieces?: IndexPieces;
  /** The previous build's index: what it is made of, and its files (./index-cache.ts). */
  previous?: PreviousIndex;
  /** A record's digest ({@link recordDigest} unless the caller has them already). */
  digest?: (record: SearchRecord) => string;
}

/**
 * The vocabulary with its posting lists encoded, in parallel arrays: what
 * the vocabulary and posting shards are made of, kept so that a build where
 * a few records changed decodes and encodes again only their terms' lists.
 */
export interface TermTable {
  /** Every term, sorted. */
  terms: string[];
  /** Documents holding each term (short and body postings together). */
  df: number[];
  /** Each term's documents holding it in a short field, encoded (./postings.ts). */
  short: string[];
  /** Each term's documents holding it only in the body, encoded. */
  body: string[];
}

/** What a build keeps of its index for the next one to patch. */
export interface IndexState {
  docShardSize: number;
  textShardSize: number;
  /** Each document's record digest, in document order. */
  docs: string[];
  table: TermTable;
}

/** The previous build's index: its state and its files (read only when asked for). */
export interface PreviousIndex {
  state: IndexState;
  files: SearchFileSet;
}

/** The indexed terms of one record. */
export interface RecordTerms {
  /** Terms of its title, aliases, meta and quote. */
  short: string[];
  /** Terms of its body only (not stopwords, not among the short terms). */
  body: string[];
}

/**
 * Where the builder gets the pieces of the index that depend on one record or
 * one doc shard only: each is computed by `compute` unless the provider knows
 * it from a previous build. Whatever the provider, the index is the same.
 */
export interface IndexPieces {
  /**
   * @param digest The record's digest.
   * @param compute Computes its terms.
   * @returns Its terms.
   */
  recordTerms(digest: string, compute: () => RecordTerms): RecordTerms;
  /**
   * @param digest A record's digest.
   * @returns The terms kept for that record, if any (they count as used by this build).
   */
  storedTerms(digest: string): RecordTerms | undefined;
  /**
   * Count a record's kept terms as used by this build without reading them.
   * @param digest The record's digest.
   */
  keep(digest: string): void;
}

/** Computes every piece afresh. */
const computeEverything: IndexPieces = {
  recordTerms: (_digest, compute) => compute(),
  storedTerms: () => undefined,
  keep: () => undefined,
};

/** No files. */
const noFiles: SearchFileSet = { digests: new Map(), read: () => undefined };

/** The built index. */
export interface BuiltIndex {
  /** File name (inside `search/`) -> content, of the files this build made. */
  files: Map<string, string>;
  /** The previous build's files this build kept as they were (doc and text shards of unchanged documents), unread. */
  kept: SearchFileSet;
  /** What the next build may patch. */
  state: IndexState;
  /** The records in document order (document number = index). */
  records: SearchRecord[];
  stats: { docs: number; terms: number; postings: number; bytes: number };
}

/** What the builder keeps of each term while reading the records. */
interface TermPostings {
  short: number[];
  body: number[];
}

/**
 * Build the index.
 * @param input Records of every kind, any order.
 * @param options Shard sizes.
 * @returns Files and statistics.
 */
export function buildSearchIndex(input: readonly SearchRecord[], options: BuildOptions = {}): BuiltIndex {
  const docShardSize = options.docShardSize ?? 16;
  const textShardSize = options.textShardSize ?? 8;
  const postingShardChars = options.postingShardChars ?? 12_000;
  const inlineMax = options.inlineMax ?? 8;
  const pieces = options.pieces ?? computeEverything;
  const digestOf = options.digest ?? recordDigest;
  const records = orderRecords(input);
  const docs = records.map(digestOf);
  const kindStarts = KINDS.map((kind) => records.findIndex((record) => KINDS.indexOf(record.kind) >= KINDS.indexOf(kind))).map((start) =>
    start < 0 ? records.length : start,
  );
  kindStarts.push(records.length);

  // The previous build's documents, when its shards are cut the same way: a shard whose documents are all unchanged is kept.
  const previous = options.previous?.state.docShardSize === docShardSize && options.previous.state.textShardSize === textShardSize ? options.previous : undefined;
  const unchanged = (start: number, end: number): boolean => {
    if (!previous || end > previous.state.docs.length || (end === records.length) !== (end === previous.state.docs.length)) return false;
    for (let doc = start; doc < end; doc++) if (previous.state.docs[doc] !== docs[doc]) return false;
    return true;
  };
  const table = (previous && patchedTable(previous.state, records, docs, pieces)) ?? termTable(collectPostings(records, docs, pieces));

  const payloads: Payload[] = [];
  // Vocabulary, one shard per first character, with the postings of rare terms inlined.
  const vocabKeys: string[] = [];
  const inlined = new Set<number>();
  let vocab: VocabPayload | undefined;
  table.terms.forEach((term, at) => {
    const key = vocabKey(term);
    if (vocab?.n !== `v-${key}`) {
      vocab = { n: `v-${key}`, t: [], f: [] };
      vocabKeys.push(key);
      payloads.push(vocab);
    }
    const df = table.df[at]!;
    if (df <= inlineMax) {
      vocab.i ??= {};
      vocab.i[vocab.t.length] = [table.short[at]!, table.body[at]!];
      inlined.add(at);
    }
    vocab.t.push(term);
    vocab.f.push(df);
  });

  // The other posting lists, cut into shards of about postingShardChars characters.
  const postingBounds: string[] = [];
  let shard: PostingPayload | undefined;
  let shardChars = 0;
  let postingCount = 0;
  table.terms.forEach((term, at) => {
    postingCount += table.df[at]!;
    if (inlined.has(at)) return;
    const short = table.short[at]!;
    const body = table.body[at]!;
    if (!shard || shardChars + short.length + body.length > postingShardChars) {
      shard = { n: `p-${postingBounds.length}`, t: [], s: [], b: [] };
      postingBounds.push(term);
      payloads.push(shard);
      shardChars = 0;
    }
    shard.t.push(term);
    shard.s.push(short);
    shard.b.push(body);
    shardChars += term.length + short.length + body.length + 8;
  });

  // Documents: display data and prebuilt Fuse records, in shards. Those of unchanged documents are the previous build's files.
  const made = new Map<string, string>();
  const kept = new Map<string, string>();
  /**
   * @param name A file name without `.js`.
   * @param start Its first document.
   * @param end After its last document.
   * @returns Whether the previous build's file is kept (its digest recorded), or that build had none.
   */
  const keep = (name: string, start: number, end: number): 'kept' | 'none' | undefined => {
    if (!previous || !unchanged(start, end)) return undefined;
    const digest = previous.files.digests.get(`${name}.js`);
    if (digest === undefined) return 'none';
    kept.set(`${name}.js`, digest);
    return 'kept';
  };
  const ordered: string[] = [];
  for (let start = 0; start < records.length; start += docShardSize) {
    const end = Math.min(start + docShardSize, records.length);
    const name = `d-${start / docShardSize}`;
    ordered.push(name);
    if (keep(name, start, end) !== 'kept') made.set(name, serialise(docShard(name, records.slice(start, end))));
  }

  // Long texts for snippets, textShardSize documents per file (a shard with no text has no file).
  for (let start = 0; start < records.length; start += textShardSize) {
    const end = Math.min(start + textShardSize, records.length);
    const name = `t-${start / textShardSize}`;
    const found = keep(name, start, end);
    if (found === 'kept') ordered.push(name);
    if (found !== undefined) continue;
    const textShard: TextPayload = { n: name, x: {} };
    for (let doc = start; doc < end; doc++) if (records[doc]!.body) textShard.x[doc] = records[doc]!.body!;
    if (Object.keys(textShard.x).length === 0) continue;
    ordered.push(name);
    made.set(name, serialise(textShard));
  }

  // The manifest first, as a reader of the folder would want it; its content comes last.
  const files = new Map<string, string>([['meta.js', '']]);
  const hash = createHash('sha1');
  // The build id: a digest of every file's digest, in order (kept files are not read for it).
  const addFile = (name: string, content: string | undefined): void => {
    const digest = content === undefined ? kept.get(`${name}.js`)! : contentDigest(content);
    hash.update(`${name} ${digest}\n`);
    if (content !== undefined) files.set(`${name}.js`, content);
  };
  for (const payload of payloads) addFile(payload.n, serialise(payload));
  for (const name of ordered) addFile(name, made.get(name));
  const meta: MetaPayload = {
    n: 'meta',
    format: INDEX_FORMAT,
    build: hash.digest('hex').slice(0, 12),
    docs: records.length,
    kindStarts,
    docShardSize,
    textShardSize,
    vocab: vocabKeys,
    postingBounds,
    fuseKeys: Fuse.createIndex(
      FUSE_KEYS.map((key) => ({ ...key })),
      [],
    ).toJSON().keys as unknown[],
  };
  files.set('meta.js', serialise(meta));
  const keptFiles: SearchFileSet = previous
    ? { digests: kept, read: (name) => (kept.has(name) ? previous.files.read(name) : undefined), size: (name) => (kept.has(name) ? previous.files.size?.(name) : undefined) }
    : noFiles;
  let bytes = 0;
  for (const content of files.values()) bytes += Buffer.byteLength(content);
  for (const name of kept.keys()) bytes += keptFiles.size?.(name) ?? 0;
  return {
    files,
    kept: keptFiles,
    state: { docShardSize, textShardSize, docs, table },
    records,
    stats: { docs: records.length, terms: table.terms.length, postings: postingCount, bytes },
  };
}

/**
 * @param record A record.
 * @returns The digest it is known by across builds (its pieces, the documents of a kept shard).
 */
export function recordDigest(record: SearchRecord): string {
  return contentDigest(JSON.stringify(record));
}

/**
 * @param postings Term -> its posting lists.
 * @returns The sorted vocabulary with the lists encoded.
 */
function termTable(postings: ReadonlyMap<string, TermPostings>): TermTable {
  const terms = [...postings.keys()].sort();
  const table: TermTable = { terms, df: [], short: [], body: [] };
  for (const term of terms) {
    const entry = postings.get(term)!;
    table.df.push(entry.short.length + entry.body.length);
    table.short.push(encodePostings(entry.short));
    table.body.push(encodePostings(entry.body));
  }
  return table;
}

/** At most this share of the documents changed for the previous build's term table to be patched rather than made again. */
const PATCH_SHARE = 0.25;

/**
 * The previous build's term table with the changed documents' postings moved: each changed document is
 * taken out of the lists of its previous terms and put into those of its terms now. Exactly the table
 * {@link collectPostings} would give, when the documents are as many as before.
 * @param state The previous build's state.
 * @param records This build's records, in document order.
 * @param docs Their digests.
 * @param pieces Where the previous and current records' terms come from.
 * @returns The table, or undefined when it must be made from every record (other document count, too many changes, a previous record's terms unknown).
 */
function patchedTable(state: IndexState, records: readonly SearchRecord[], docs: readonly string[], pieces: IndexPieces): TermTable | undefined {
  if (state.docs.length !== docs.length) return undefined;
  const changed: number[] = [];
  docs.forEach((digest, doc) => {
    if (state.docs[doc] !== digest) changed.push(doc);
  });
  if (changed.length > docs.length * PATCH_SHARE) return undefined;
  const before: RecordTerms[] = [];
  for (const doc of changed) {
    const terms = pieces.storedTerms(state.docs[doc]!);
    if (!terms) return undefined;
    before.push(terms);
  }
  /** Term -> its documents, decoded, for the terms the changes touch. */
  const touched = new Map<string, TermPostings>();
  const lists = (term: string): TermPostings => {
    let found = touched.get(term);
    if (!found) {
      const at = termIndex(state.table.terms, term);
      found = at < 0 ? { short: [], body: [] } : { short: [...decodePostings(state.table.short[at]!)], body: [...decodePostings(state.table.body[at]!)] };
      touched.set(term, found);
    }
    return found;
  };
  changed.forEach((doc, at) => {
    const previous = before[at]!;
    for (const term of previous.short) removeDoc(lists(term).short, doc);
    for (const term of previous.body) removeDoc(lists(term).body, doc);
  });
  changed.forEach((doc) => {
    const terms = pieces.recordTerms(docs[doc]!, () => recordTerms(records[doc]!));
    for (const term of terms.short) insertDoc(lists(term).short, doc);
    for (const term of terms.body) insertDoc(lists(term).body, doc);
  });
  const changedSet = new Set(changed);
  docs.forEach((digest, doc) => {
    if (!changedSet.has(doc)) pieces.keep(digest);
  });
  // Merge the touched terms into the sorted vocabulary; a term no document holds any more leaves it.
  const added = [...touched.keys()].filter((term) => termIndex(state.table.terms, term) < 0).sort();
  const table: TermTable = { terms: [], df: [], short: [], body: [] };
  const push = (term: string, at: number): void => {
    const entry = touched.get(term);
    if (!entry) {
      table.terms.push(term);
      table.df.push(state.table.df[at]!);
      table.short.push(state.table.short[at]!);
      table.body.push(state.table.body[at]!);
      return;
    }
    const df = entry.short.length + entry.body.length;
    if (df === 0) return;
    table.terms.push(term);
    table.df.push(df);
    table.short.push(encodePostings(entry.short));
    table.body.push(encodePostings(entry.body));
  };
  let next = 0;
  state.table.terms.forEach((term, at) => {
    while (next < added.length && added[next]! < term) push(added[next++]!, -1);
    push(term, at);
  });
  while (next < added.length) push(added[next++]!, -1);
  return table;
}

/**
 * @param terms Sorted terms.
 * @param term A term.
 * @returns Its index, or -1.
 */
function termIndex(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = terms[middle]!;
    if (found === term) return middle;
    if (found < term) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * @param docs A sorted list of documents.
 * @param doc One to take out (if there).
 */
function removeDoc(docs: number[], doc: number): void {
  const at = docs.indexOf(doc);
  if (at >= 0) docs.splice(at, 1);
}

/**
 * @param docs A sorted list of documents without `doc`.
 * @param doc One to put in its place.
 */
function insertDoc(docs: number[], doc: number): void {
  let at = docs.length;
  while (at > 0 && docs[at - 1]! > doc) at--;
  docs.splice(at, 0, doc);
}

/**
 * @param payload A payload.
 * @returns The file content: a classic script pushing it into the global queue.
 */
export function serialise(payload: Payload): string {
  return `${PAYLOAD_PREFIX}${JSON.stringify(payload)}${PAYLOAD_SUFFIX}`;
}

/**
 * @param term A folded term.
 * @returns The key of its vocabulary shard: its first character when a-z or 0-9, else `_`.
 */
export function vocabKey(term: string): string {
  const first = term[0] ?? '_';
  return /[a-z0-9]/.test(first) ? first : '_';
}

/**
 * Records in document order: by kind, then most prominent first, then by title.
 * @param records Records in any order.
 * @returns A sorted copy.
 */
function orderRecords(records: readonly SearchRecord[]): SearchRecord[] {
  return [...records].sort(
    (a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || (b.rank ?? 0) - (a.rank ?? 0) || a.title.localeCompare(b.title) || a.url.localeCompare(b.url),
  );
}

/**
 * The short (title, names, meta, quote) and long texts of a record.
 * @param record A record.
 * @returns Its short texts and its body.
 */
function shortTexts(record: SearchRecord): string[] {
  return [record.title, ...(record.aliases ?? []), ...(record.meta ?? []), record.quote ?? ''];
}

/**
 * Read every record's terms into posting lists.
 * @param records Records in document order.
 * @param docs Their digests.
 * @param pieces Where each record's terms come from.
 * @returns Term -> documents holding it in a short field, and documents holding it only in the body.
 */
function collectPostings(records: readonly SearchRecord[], docs: readonly string[], pieces: IndexPieces): Map<string, TermPostings> {
  const postings = new Map<string, TermPostings>();
  const entry = (term: string): TermPostings => {
    let found = postings.get(term);
    if (!found) postings.set(term, (found = { short: [], body: [] }));
    return found;
  };
  records.forEach((record, doc) => {
    const terms = pieces.recordTerms(docs[doc]!, () => recordTerms(record));
    for (const term of terms.short) entry(term).short.push(doc);
    for (const term of terms.body) entry(term).body.push(doc);
  });
  return postings;
}

/**
 * The terms a record is indexed under.
 * @param record A record.
 * @returns Its distinct short terms, and its distinct body terms that are not stopwords or short terms.
 */
export function recordTerms(record: SearchRecord): RecordTerms {
  const short = new Set(shortTexts(record).flatMap(tokenize).filter(isIndexable));
  if (!record.body) return { short: [...short], body: [] };
  const body = new Set(tokenize(record.body).filter((token) => isIndexable(token) && !STOPWORDS.has(token) && !short.has(token)));
  return { short: [...short], body: [...body] };
}

/**
 * One doc shard: what the client shows of its documents and their prebuilt Fuse records.
 * @param name The shard's file name without `.js`.
 * @param records Its records, in document order.
 * @returns The payload.
 */
function docShard(name: string, records: readonly SearchRecord[]): DocPayload {
  const index = Fuse.createIndex(
    FUSE_KEYS.map((key) => ({ ...key })),
    records.map(fuseFields),
  );
  return { n: name, d: records.map(toDisplay), f: index.toJSON().records };
}

/**
 * The fields Fuse scores, folded and tokenized the way the index is.
 * @param record A record.
 * @returns An object with FUSE_KEYS' names (`b` is filled at query time).
 */
function fuseFields(record: SearchRecord): Record<string, string | string[]> {
  const folded = (text: string): string => tokenize(text).join(' ');
  return {
    t: folded(record.title),
    a: (record.aliases ?? []).map(folded),
    m: (record.meta ?? []).map(folded),
    q: folded(record.quote ?? ''),
  };
}

/**
 * @param record A record.
 * @returns What the client shows of it.
 */
function toDisplay(record: SearchRecord): DisplayDoc {
  const display: DisplayDoc = { k: KINDS.indexOf(record.kind), u: record.url, t: record.title };
  if (record.aliases?.length) display.a = record.aliases;
  if (record.quote) display.q = record.quote;
  if (record.detail) display.d = record.detail;
  if (record.body) display.x = 1;
  if (record.subtype) display.y = record.subtype;
  return display;
}
