/**
 * The search engine: answers a query from the static index files, loading
 * only the few it needs. It knows nothing of how files arrive (fetch in a
 * worker, `<script>` tags on file://, the file system in tests): it is given
 * a `load` function.
 *
 * A query goes: folded words -> vocabulary shards -> term expansions
 * (exact, completions, typos) -> posting shards -> shortlist of the best
 * documents per kind -> their doc shards -> Fuse, over the shortlist's
 * prebuilt index records, scores and orders them. Final order: documents
 * holding more of the query's words first, then Fuse's score.
 *
 * Long loops yield to the event loop every few milliseconds, so that on the
 * main thread (file://, where workers are refused) typing never blocks, and
 * a newer query cancels an older one at the next yield.
 */
import Fuse from 'fuse.js';
import { STOPWORDS, tokenize } from './fold.ts';
import { decodePostings, hasDoc } from './postings.ts';
import { CandidateAccumulator, expandToken, lowerBound, nextLetters, queryWords, type Expansion, type ExpansionPostings } from './shortlist.ts';
import {
  FUSE_KEYS,
  KINDS,
  type DocPayload,
  type Kind,
  type MetaPayload,
  type Payload,
  type PostingPayload,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type TextPayload,
  type VocabPayload,
} from './types.ts';

/**
 * Loads one index file by name (`meta`, `v-m`, `p-3`...) and resolves to its
 * payload. `build` is the manifest's build id (undefined for the manifest
 * itself), to make URLs that no cache confuses with another build's;
 * `background` marks a speculative load, to be fetched at low priority.
 */
export type LoadFile = (name: string, build: string | undefined, background?: boolean) => Promise<Payload>;

/** Options of {@link SearchEngine}. */
export interface EngineOptions {
  load: LoadFile;
  /** Longest run of work between two yields to the event loop, in ms. */
  sliceMs?: number;
}

/** What a query resolved to before its posting lists are read. */
interface QueryPlan {
  meta: MetaPayload;
  request: SearchRequest;
  /** The folded words searched. */
  words: string[];
  /** The word being typed, or ''. */
  prefix: string;
  /** Every term the words expanded to. */
  terms: string[];
  /** Expansions of each word. */
  expansions: Expansion[][];
  generation: number;
  started: number;
  /** Timings so far. */
  steps: Record<string, number>;
}

/** How many continuations of the word being typed are prepared after each answer. */
const SPECULATED_LETTERS = 3;

/** An empty posting list. */
const NO_DOCS = new Int32Array(0);

/** Thrown inside a search that a newer one replaced. */
class Superseded extends Error {}

/** Fuse options for scoring a shortlist. */
const FUSE_OPTIONS = {
  keys: FUSE_KEYS.map((key) => ({ ...key })),
  useTokenSearch: true,
  ignoreLocation: true,
  threshold: 0.4,
  includeScore: true,
  shouldSort: false,
} as const;

/**
 * Give the event loop a turn (input events, rendering, newer messages).
 * @returns A promise resolved on the next task.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Field-length norm as Fuse computes it (weight 1, three decimals).
 * @param text A field value.
 * @returns 1 / sqrt(number of words).
 */
function fieldNorm(text: string): number {
  const words = Math.max(1, text.split(' ').filter(Boolean).length);
  return Math.round(1000 / Math.sqrt(words)) / 1000;
}

/** Answers queries over a static search index. */
export class SearchEngine {
  private readonly load: LoadFile;
  private readonly sliceMs: number;
  private readonly files = new Map<string, Promise<Payload>>();
  private readonly postings = new Map<string, { short: Int32Array; body: Int32Array }>();
  /** Accumulators free for the next query (their arrays are as long as the corpus). */
  private readonly accumulators: CandidateAccumulator[] = [];
  private generation = 0;
  private sliceStart = 0;

  /**
   * @param options How to load files, and the time slice.
   */
  constructor(options: EngineOptions) {
    this.load = options.load;
    this.sliceMs = options.sliceMs ?? 6;
  }

  /**
   * Load a file once; a failed load may be retried later.
   * @param name File name without `.js`.
   * @param background Whether nothing waits for it yet (a guess at what the next keystroke needs).
   * @returns Its payload.
   */
  file<T extends Payload>(name: string, background = false): Promise<T> {
    let found = this.files.get(name);
    if (!found) {
      found = name === 'meta' ? this.load(name, undefined) : this.meta().then((meta) => this.load(name, meta.build, background));
      found.catch(() => this.files.delete(name));
      this.files.set(name, found);
    }
    return found as Promise<T>;
  }

  /** @returns The manifest (loads it on first call). */
  meta(): Promise<MetaPayload> {
    return this.file<MetaPayload>('meta');
  }

  /**
   * Answer a query.
   * @param request Query and how many results per kind.
   * @returns The response, or null when a newer query replaced this one before it finished.
   */
  async search(request: SearchRequest): Promise<SearchResponse | null> {
    const generation = ++this.generation;
    const started = now();
    this.sliceStart = started;
    try {
      return await this.run(request, generation, started);
    } catch (error) {
      if (error instanceof Superseded) return null;
      throw error;
    }
  }

  /**
   * Start loading what a query being typed will need first: the vocabulary
   * shards of its words' first letters. Called on the first letter, before a
   * query is long enough to search.
   * @param query The text typed so far.
   */
  async prefetch(query: string): Promise<void> {
    const meta = await this.meta();
    await Promise.all(tokenize(query).map((word) => this.vocabFor(meta, word)));
  }

  /**
   * The long texts of some documents (for snippets).
   * @param docs Document numbers that have a text file.
   * @returns Document number -> text.
   */
  async texts(docs: readonly number[]): Promise<Record<number, string>> {
    const out: Record<number, string> = {};
    await Promise.all(
      docs.map(async (doc) => {
        const payload = await this.file<TextPayload>(`t-${doc}`);
        out[doc] = payload.x;
      }),
    );
    return out;
  }

  /**
   * @param request The query.
   * @param generation This search's number; a newer one cancels it.
   * @param started When it started.
   * @returns The response.
   */
  private async run(request: SearchRequest, generation: number, started: number): Promise<SearchResponse> {
    const { query } = request;
    const meta = await this.meta();
    this.check(generation);
    const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(query);
    const { words, prefix } = queryWords(tokenize(query), endsInWord, STOPWORDS);
    if (words.length === 0) return { query, tokens: words, terms: [], prefix, hits: [], totals: zeroTotals(), took: now() - started };

    const vocabs = await Promise.all(words.map((word) => this.vocabFor(meta, word)));
    this.check(generation);
    const steps: Record<string, number> = { words: now() - started };
    if (request.sentAt !== undefined) steps.queued = performance.timeOrigin + started - request.sentAt;
    const expansions = words.map((word, i) => expandToken(word, vocabs[i], { prefix: word === prefix }));
    const terms = [...new Set(expansions.flat().map((expansion) => expansion.term))];
    const stored = expansions.flat().filter((expansion) => !expansion.inline);
    await Promise.all([...new Set(stored.map((expansion) => postingShardOf(meta, expansion.term)))].map((shard) => this.file<PostingPayload>(`p-${shard}`)));
    this.check(generation);
    steps.postings = now() - started;

    const plan: QueryPlan = { meta, request, words, prefix, terms, expansions, generation, started, steps };
    const accumulator = this.accumulators.pop() ?? new CandidateAccumulator(meta.docs);
    try {
      const response = await this.rank(plan, accumulator);
      // After the answer is on its way: a timer lets the caller reply first.
      if (request.prefetch) setTimeout(() => void this.speculate(plan).catch(() => undefined), 0);
      return response;
    } finally {
      accumulator.reset();
      this.accumulators.push(accumulator);
    }
  }

  /**
   * Guess the next keystroke: for the likeliest letters that continue the
   * word being typed (from the vocabulary), shortlist the longer word and
   * load its documents in the background. Stops as soon as a newer query starts.
   * @param plan The query just answered.
   */
  private async speculate(plan: QueryPlan): Promise<void> {
    const { meta, request, words, prefix, generation } = plan;
    if (prefix.length < 2 || request.limit === undefined) return;
    const vocab = await this.vocabFor(meta, prefix);
    if (!vocab) return;
    for (const letter of nextLetters(vocab, prefix, SPECULATED_LETTERS)) {
      if (generation !== this.generation) return;
      const longer = prefix + letter;
      const guess = words.map((word) => (word === prefix ? longer : word));
      const vocabs = await Promise.all(guess.map((word) => this.vocabFor(meta, word)));
      const expansions = guess.map((word, i) => expandToken(word, vocabs[i], { prefix: word === longer }));
      const stored = expansions.flat().filter((expansion) => !expansion.inline);
      await Promise.all([...new Set(stored.map((expansion) => postingShardOf(meta, expansion.term)))].map((shard) => this.file(`p-${shard}`, true)));
      const accumulator = this.accumulators.pop() ?? new CandidateAccumulator(meta.docs);
      try {
        await this.accumulate(meta, guess, expansions, accumulator, generation);
        const pool = accumulator.top(meta.kindStarts, request.perKind).flatMap((kind) => kind.docs);
        this.prefetchDocs(meta, accumulator.best(pool, request.limit));
      } finally {
        accumulator.reset();
        this.accumulators.push(accumulator);
      }
    }
  }

  /**
   * Read the posting lists of every expansion into the accumulator.
   * @param meta The manifest.
   * @param words The query's words.
   * @param expansions Each word's expansions (their posting shards are loaded).
   * @param accumulator A clean accumulator.
   * @param generation The running search's number (a newer one cancels this).
   * @returns The expansions with their posting lists, per word.
   */
  private async accumulate(
    meta: MetaPayload,
    words: readonly string[],
    expansions: readonly Expansion[][],
    accumulator: CandidateAccumulator,
    generation: number,
  ): Promise<ExpansionPostings[][]> {
    const withPostings: ExpansionPostings[][] = [];
    for (const [index, list] of expansions.entries()) {
      const row: ExpansionPostings[] = [];
      // The completions of one or two typed letters count in titles and names only: in running text they match everything.
      const shortOnly = words[index]!.length < 3;
      for (const expansion of list) {
        const postings = await this.postingsOf(meta, expansion);
        const full = { ...expansion, short: postings.short, body: shortOnly && expansion.reach === 'prefix' ? NO_DOCS : postings.body };
        row.push(full);
        accumulator.addExpansion(full);
        await this.slice(generation);
      }
      accumulator.endWord();
      withPostings.push(row);
    }
    return withPostings;
  }

  /**
   * Accumulate the posting lists, shortlist, load the shortlist and score it.
   * @param plan The query's words and their expansions.
   * @param accumulator A clean accumulator.
   * @returns The response.
   */
  private async rank(plan: QueryPlan, accumulator: CandidateAccumulator): Promise<SearchResponse> {
    const { meta, request, words, prefix, terms, expansions, generation, started, steps } = plan;
    const withPostings = await this.accumulate(meta, words, expansions, accumulator, generation);
    const candidates = accumulator.top(meta.kindStarts, request.perKind);
    const pool = candidates.flatMap((kind) => kind.docs);
    const docs = accumulator.best(pool, request.limit);
    if (request.prefetch && request.limit !== undefined) {
      const next = accumulator.best(pool, request.limit + request.prefetch).slice(docs.length);
      this.prefetchDocs(meta, next);
    }
    const totals = zeroTotals();
    candidates.forEach((kind, index) => (totals[KINDS[index]!] = kind.total));
    steps.shortlist = now() - started;
    const response: SearchResponse = { query: request.query, tokens: words, terms, prefix, hits: [], totals, took: 0, steps };
    if (docs.length === 0) return { ...response, took: now() - started };

    const shards = await Promise.all(docs.map((doc) => this.file<DocPayload>(`d-${Math.floor(doc / meta.docShardSize)}`)));
    this.check(generation);
    steps.documents = now() - started;
    await this.slice(generation);
    const hits = this.score(meta, docs, shards, withPostings, accumulator, words);
    steps.scored = now() - started;
    return { ...response, hits, took: now() - started };
  }

  /**
   * Fuse scores the shortlist; results are ordered by coverage, then score.
   * @returns The hits.
   */
  private score(
    meta: MetaPayload,
    docs: number[],
    shards: DocPayload[],
    expansions: ExpansionPostings[][],
    accumulator: CandidateAccumulator,
    words: string[],
  ): SearchHit[] {
    const bodyKey = meta.fuseKeys.findIndex((key) => (key as { id?: string }).id === 'b');
    const displays = docs.map((doc, i) => shards[i]!.d[doc % meta.docShardSize]!);
    const inBody = docs.map(() => false);
    const records = docs.map((doc, i) => {
      const prebuilt = shards[i]!.f[doc % meta.docShardSize] as { $: Record<string, unknown> };
      const bodyTerms: string[] = [];
      for (const row of expansions) {
        let short = false;
        let body = false;
        for (const expansion of row) {
          if (hasDoc(expansion.short, doc)) short = true;
          else if (hasDoc(expansion.body, doc)) {
            body = true;
            bodyTerms.push(expansion.term);
          }
        }
        if (body && !short) inBody[i] = true;
      }
      const fields: Record<string, unknown> = { ...prebuilt.$ };
      if (bodyTerms.length > 0 && bodyKey >= 0) {
        const value = [...new Set(bodyTerms)].join(' ');
        fields[bodyKey] = { v: value, n: fieldNorm(value) };
      }
      return { i, $: fields };
    });
    const index = Fuse.parseIndex({ keys: meta.fuseKeys as never, records: records as never });
    const fuse = new Fuse(displays, FUSE_OPTIONS, index);
    const scores = new Map<number, number>();
    for (const result of fuse.search(words.join(' '))) scores.set(result.refIndex, result.score ?? 1);
    const hits = docs.map((doc, i) => ({
      doc,
      kind: KINDS[displays[i]!.k] as Kind,
      display: displays[i]!,
      coverage: accumulator.coverage[doc]!,
      score: scores.get(i) ?? 1,
      inBody: inBody[i]!,
      shortlist: accumulator.score[doc]!,
    }));
    hits.sort((a, b) => b.coverage - a.coverage || a.score - b.score || b.shortlist - a.shortlist || a.doc - b.doc);
    return hits.map(({ shortlist: _shortlist, ...hit }) => hit);
  }

  /**
   * Load the doc shards of some documents in the background, never failing.
   * @param meta The manifest.
   * @param docs Document numbers.
   */
  private prefetchDocs(meta: MetaPayload, docs: readonly number[]): void {
    const shards = new Set(docs.map((doc) => Math.floor(doc / meta.docShardSize)));
    // After the answer: a timer lets the caller reply first.
    setTimeout(() => {
      for (const shard of shards) void this.file<DocPayload>(`d-${shard}`, true).catch(() => undefined);
    }, 0);
  }

  /**
   * @returns The vocabulary shard of a word's first character, or undefined when the index has none.
   */
  private async vocabFor(meta: MetaPayload, word: string): Promise<VocabPayload | undefined> {
    const first = word[0] ?? '_';
    const key = /[a-z0-9]/.test(first) ? first : '_';
    if (!meta.vocab.includes(key)) return undefined;
    return this.file<VocabPayload>(`v-${key}`);
  }

  /**
   * The decoded posting lists of a term (its shard is already loaded).
   * @returns Short-field and body-only documents.
   */
  private async postingsOf(meta: MetaPayload, expansion: Expansion): Promise<{ short: Int32Array; body: Int32Array }> {
    const cached = this.postings.get(expansion.term);
    if (cached) return cached;
    if (expansion.inline) {
      const decoded = { short: decodePostings(expansion.inline[0]), body: decodePostings(expansion.inline[1]) };
      this.postings.set(expansion.term, decoded);
      return decoded;
    }
    const shard = await this.file<PostingPayload>(`p-${postingShardOf(meta, expansion.term)}`);
    const at = lowerBound(shard.t, expansion.term);
    const decoded =
      shard.t[at] === expansion.term
        ? { short: decodePostings(shard.s[at] ?? ''), body: decodePostings(shard.b[at] ?? '') }
        : { short: new Int32Array(0), body: new Int32Array(0) };
    this.postings.set(expansion.term, decoded);
    return decoded;
  }

  /**
   * @param generation The running search's number.
   * @throws Superseded when a newer search started.
   */
  private check(generation: number): void {
    if (generation !== this.generation) throw new Superseded();
  }

  /**
   * Yield when the current slice of work is used up, then check for a newer search.
   * @param generation The running search's number.
   */
  private async slice(generation: number): Promise<void> {
    if (now() - this.sliceStart >= this.sliceMs) {
      await yieldToEventLoop();
      this.sliceStart = now();
    }
    this.check(generation);
  }
}

/**
 * @param meta The manifest.
 * @param term A term.
 * @returns The number of the posting shard that holds it.
 */
export function postingShardOf(meta: Pick<MetaPayload, 'postingBounds'>, term: string): number {
  const bounds = meta.postingBounds;
  const at = lowerBound(bounds, term);
  return bounds[at] === term ? at : Math.max(0, at - 1);
}

/** @returns A zero count for every kind. */
function zeroTotals(): Record<Kind, number> {
  return { article: 0, entity: 0, figure: 0, country: 0 };
}

/** @returns Milliseconds from a monotonic clock. */
function now(): number {
  return performance.now();
}
