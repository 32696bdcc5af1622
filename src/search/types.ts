/**
 * The data shapes of the search: what the index builder takes in (one
 * {@link SearchRecord} per article, entity, figure or country) and the payloads
 * of the static files it writes, which the client loads on demand.
 *
 * Files (all under `search/` in the built site, each a classic script that
 * calls `self.__dossierSearch.push(payload)`, so that it loads over file://
 * where fetching JSON fails):
 *
 *   meta.js     {@link MetaPayload}: counts, kind ranges, shard boundaries, Fuse keys
 *   v-<c>.js    {@link VocabPayload}: every indexed term starting with character c, with its document frequency (and the postings of rare ones)
 *   p-<i>.js    {@link PostingPayload}: the posting lists of a range of the other terms
 *   d-<i>.js    {@link DocPayload}: display data and prebuilt Fuse index records of a range of documents
 *   t-<i>.js    {@link TextPayload}: the plain texts of documents i*textShardSize .. (i+1)*textShardSize-1, for snippets
 *   s-<p>.js    {@link StoredPayload}: answers, computed at build time, to the prefixes one letter longer than p (p of 2 or 3 letters)
 */

/** The four kinds of search result, in the order the search page groups them. */
export const KINDS = ['article', 'entity', 'figure', 'country'] as const;
export type Kind = (typeof KINDS)[number];

/** One searchable thing, as the index builder takes it. Every text is as written (not folded). */
export interface SearchRecord {
  kind: Kind;
  /** Path of its page inside the site, without base: `articles/x.html`, `articles/x.html#figure-2`. */
  url: string;
  /** Article title, entity or country name, or what a figure counts. */
  title: string;
  /** Other names: entity aliases, country codes and other spellings. */
  aliases?: string[];
  /** Short searchable facts: outlet, author, claimant, entity type, country name. */
  meta?: string[];
  /** A figure's exact quote. */
  quote?: string;
  /** Long text: an article's body, an entity's description. Searchable, shown as snippets. */
  body?: string;
  /** Shown under the title in results, not searched (outlet · date, "person · KG"). */
  detail?: string;
  /** Order of prominence within its kind (higher first) for ties: mentions, articles, recency. */
  rank?: number;
  /** Finer kind shown as the result's label: person, organization, place. */
  subtype?: string;
}

/** A document as the client shows it. Keys are short: there are many in a shard. */
export interface DisplayDoc {
  /** Kind index in {@link KINDS}. */
  k: number;
  /** Page path inside the site. */
  u: string;
  /** Title. */
  t: string;
  /** Aliases (entities, countries). */
  a?: string[];
  /** Quote (figures). */
  q?: string;
  /** Detail line (outlet, author, date; type and country; claimant and article). */
  d?: string;
  /** Whether its text is in a text shard `t-<i>.js` (i = floor(n / textShardSize)). */
  x?: 1;
  /** Finer kind (person, organization, place). */
  y?: string;
}

/** The manifest, loaded first. */
export interface MetaPayload {
  n: 'meta';
  /** Format version of the files. */
  format: number;
  /** Changes with every different index: appended to shard URLs so that caches never mix builds. */
  build: string;
  /** Number of documents. */
  docs: number;
  /** First document number of each kind, and the total at the end (length KINDS.length + 1). */
  kindStarts: number[];
  /** Documents per doc shard. */
  docShardSize: number;
  /** Documents per text shard (`t-<i>.js` holds the texts of documents i*textShardSize and on). */
  textShardSize: number;
  /** First characters that have a vocabulary shard (`a`..`z`, `0`..`9`, `_` for anything else). */
  vocab: string[];
  /** First term of each posting shard, sorted: a term lives in the last shard whose bound is <= it. */
  postingBounds: string[];
  /** Fuse keys, as serialised by `FuseIndex.toJSON().keys`. */
  fuseKeys: unknown[];
  /**
   * When the vocabulary shards hold stored answers (field `s`): the request
   * they answer and the length of the prefixes answered (./short-answers.ts).
   */
  shortAnswers?: { perKind: number; limit: number; longest: number };
}

/** A query's answer computed at build time: the response without what depends on the moment. */
export interface StoredAnswer {
  terms: string[];
  hits: SearchHit[];
  totals: Record<Kind, number>;
}

/** What the header box asks for each keystroke: the best 5 of each kind, the best 6 of all. */
export const BOX_REQUEST = { perKind: 5, limit: 6 } as const;

/**
 * Terms starting with one character, sorted, with their document frequencies.
 * The posting lists of rare terms (most names) are inlined here, so that a
 * query for them needs no posting shard.
 */
export interface VocabPayload {
  n: string;
  /** Sorted terms. */
  t: string[];
  /** Document frequency of each term (short and body postings together). */
  f: number[];
  /** Inlined posting lists: term index -> [short, body] (./postings.ts); terms not here live in a posting shard. */
  i?: Record<string, [string, string]>;
  /** Stored answers of the two-letter prefixes (see MetaPayload.shortAnswers): prefix -> answer. */
  s?: Record<string, StoredAnswer>;
  /** Two-letter prefixes whose three-letter continuations have stored answers, in file `s-<prefix>`. */
  g?: string[];
}

/** Posting lists of a range of terms (see ./postings.ts for the encoding). */
export interface PostingPayload {
  n: string;
  /** Sorted terms. */
  t: string[];
  /** Documents holding the term in a short field (title, name, alias, meta, quote); '' when none. */
  s: string[];
  /** Documents holding the term only in their long text; '' when none. */
  b: string[];
}

/** A range of documents: display data and Fuse index records (folded fields, prebuilt). */
export interface DocPayload {
  n: string;
  d: DisplayDoc[];
  /** `Fuse.createIndex(FUSE_KEYS, ...).toJSON().records` for these documents, `i` counted from the shard's first document. */
  f: unknown[];
}

/** Stored answers of the prefixes one letter longer than a given prefix (file `s-<prefix>`). */
export interface StoredPayload {
  n: string;
  /** Prefix -> answer. */
  s: Record<string, StoredAnswer>;
  /** Those of its prefixes whose one-letter-longer continuations have a file `s-<prefix>` too. */
  g?: string[];
}

/** The plain texts of a range of documents (those that have one). */
export interface TextPayload {
  n: string;
  /** Document number -> its plain text. */
  x: Record<number, string>;
}

export type Payload = MetaPayload | VocabPayload | PostingPayload | DocPayload | TextPayload | StoredPayload;

/** The global every index file pushes its payload into. */
export const GLOBAL_NAME = '__dossierSearch';

/** What an index file holds before its JSON payload... */
export const PAYLOAD_PREFIX = `(self.${GLOBAL_NAME}=self.${GLOBAL_NAME}||[]).push(`;
/** ...and after it. */
export const PAYLOAD_SUFFIX = ');\n';

/**
 * The fields Fuse scores, with their weights. Values are folded text (./fold.ts).
 * `b` is filled at query time with the body terms that brought the document in.
 */
export const FUSE_KEYS = [
  { name: 't', weight: 3 },
  { name: 'a', weight: 2.5 },
  { name: 'm', weight: 1 },
  { name: 'q', weight: 1 },
  { name: 'b', weight: 0.6 },
] as const;

/** A result as the engine returns it to the page. */
export interface SearchHit {
  /** Document number. */
  doc: number;
  kind: Kind;
  display: DisplayDoc;
  /** How many of the query's words the document holds. */
  coverage: number;
  /** Fuse's score, 0 (perfect) to 1. */
  score: number;
  /** Whether some word matched only in the long text (a snippet from it is worth loading). */
  inBody: boolean;
}

/** The answer to one query. */
export interface SearchResponse {
  query: string;
  /** The folded words of the query that were searched. */
  tokens: string[];
  /** Every index term the query's words matched (exactly, as a prefix, or with a typo): what to highlight. */
  terms: string[];
  /** The last word when it was treated as a prefix (still being typed), else ''. */
  prefix: string;
  hits: SearchHit[];
  /** Number of matching documents of each kind, beyond those returned. */
  totals: Record<Kind, number>;
  /** Milliseconds the engine took. */
  took: number;
  /** Set on a provisional answer: the best the files already loaded give, while the complete one waits for more. */
  partial?: boolean;
  /** Milliseconds at the end of each step (words, postings, shortlist, documents, scored) and before it started (queued), for the benchmark. */
  steps?: Record<string, number>;
}

/** What the page asks the engine. */
export interface SearchRequest {
  query: string;
  /** Most results of each kind to score and return. */
  perKind: number;
  /** Most results in all (the best of every kind's): fewer documents to load. */
  limit?: number;
  /**
   * After answering, load in the background the documents of this many more
   * candidates: the next keystroke (a longer word) mostly picks among them.
   */
  prefetch?: number;
  /** When the page sent it, in ms since the epoch (to measure how long it waited for the worker). */
  sentAt?: number;
}
