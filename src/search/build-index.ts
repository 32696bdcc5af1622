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
import { encodePostings } from './postings.ts';
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
   * @param record A record.
   * @param compute Computes its terms.
   * @returns Its terms.
   */
  recordTerms(record: SearchRecord, compute: () => RecordTerms): RecordTerms;
  /**
   * @param first Number of the shard's first document.
   * @param records The shard's records, in order.
   * @param compute Computes the shard's file content.
   * @returns The file content.
   */
  docShard(first: number, records: readonly SearchRecord[], compute: () => string): string;
}

/** Computes every piece afresh. */
const computeEverything: IndexPieces = {
  recordTerms: (_record, compute) => compute(),
  docShard: (_first, _records, compute) => compute(),
};

/** The built index. */
export interface BuiltIndex {
  /** File name (inside `search/`) -> content. */
  files: Map<string, string>;
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
  const records = orderRecords(input);
  const kindStarts = KINDS.map((kind) => records.findIndex((record) => KINDS.indexOf(record.kind) >= KINDS.indexOf(kind))).map((start) =>
    start < 0 ? records.length : start,
  );
  kindStarts.push(records.length);

  const postings = collectPostings(records, pieces);
  const terms = [...postings.keys()].sort();
  const payloads: Payload[] = [];

  // Vocabulary, one shard per first character, with the postings of rare terms inlined.
  const vocabKeys: string[] = [];
  const inlined = new Set<string>();
  let vocab: VocabPayload | undefined;
  for (const term of terms) {
    const key = vocabKey(term);
    if (vocab?.n !== `v-${key}`) {
      vocab = { n: `v-${key}`, t: [], f: [] };
      vocabKeys.push(key);
      payloads.push(vocab);
    }
    const entry = postings.get(term)!;
    const df = entry.short.length + entry.body.length;
    if (df <= inlineMax) {
      vocab.i ??= {};
      vocab.i[vocab.t.length] = [encodePostings(entry.short), encodePostings(entry.body)];
      inlined.add(term);
    }
    vocab.t.push(term);
    vocab.f.push(df);
  }

  // The other posting lists, cut into shards of about postingShardChars characters.
  const postingBounds: string[] = [];
  let shard: PostingPayload | undefined;
  let shardChars = 0;
  let postingCount = 0;
  for (const term of terms) {
    const entry = postings.get(term)!;
    postingCount += entry.short.length + entry.body.length;
    if (inlined.has(term)) continue;
    const short = encodePostings(entry.short);
    const body = encodePostings(entry.body);
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
  }

  // Documents: display data and prebuilt Fuse records, in shards.
  // Their content is made (or reused) now; the payload in the list only holds the place of the file.
  const docContents = new Map<string, string>();
  for (let start = 0; start < records.length; start += docShardSize) {
    const slice = records.slice(start, start + docShardSize);
    const name = `d-${start / docShardSize}`;
    docContents.set(name, pieces.docShard(start, slice, () => serialise(docShard(name, slice))));
    payloads.push({ n: name, d: [], f: [] } satisfies DocPayload);
  }

  // Long texts for snippets, textShardSize documents per file (a shard with no text has no file).
  const textShards = new Map<number, TextPayload>();
  records.forEach((record, doc) => {
    if (!record.body) return;
    const shardNumber = Math.floor(doc / textShardSize);
    let textShard = textShards.get(shardNumber);
    if (!textShard) {
      textShard = { n: `t-${shardNumber}`, x: {} };
      textShards.set(shardNumber, textShard);
      payloads.push(textShard);
    }
    textShard.x[doc] = record.body;
  });

  const serialised = payloads.map((payload) => [payload.n, docContents.get(payload.n) ?? serialise(payload)] as const);
  const hash = createHash('sha1');
  for (const [, content] of serialised) hash.update(content);
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
  const files = new Map<string, string>([['meta.js', serialise(meta)]]);
  for (const [name, content] of serialised) files.set(`${name}.js`, content);
  let bytes = 0;
  for (const content of files.values()) bytes += Buffer.byteLength(content);
  return { files, records, stats: { docs: records.length, terms: terms.length, postings: postingCount, bytes } };
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
 * @param pieces Where each record's terms come from.
 * @returns Term -> documents holding it in a short field, and documents holding it only in the body.
 */
function collectPostings(records: readonly SearchRecord[], pieces: IndexPieces): Map<string, TermPostings> {
  const postings = new Map<string, TermPostings>();
  const entry = (term: string): TermPostings => {
    let found = postings.get(term);
    if (!found) postings.set(term, (found = { short: [], body: [] }));
    return found;
  };
  records.forEach((record, doc) => {
    const terms = pieces.recordTerms(record, () => recordTerms(record));
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
