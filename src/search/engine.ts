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
 *
 * So that a keystroke seldom waits for a file: a word's first letters are
 * answered from answers stored at build time (./short-answers.ts); after
 * each answer the next keystroke's files are loaded in the background (a
 * backlog of at most a few loads at once, so that the keystroke at hand
 * always finds a free connection); and when a complete answer must still
 * wait for a file, the caller may first get a provisional one from the
 * files already loaded.
 */
import Fuse from 'fuse.js';
import { STOPWORDS, tokenize } from './fold.ts';
import { decodePostings, hasDoc } from './postings.ts';
import { CandidateAccumulator, expandToken, lowerBound, nextLetters, queryWords, type Expansion, type ExpansionPostings } from './shortlist.ts';
import {
  FUSE_KEYS,
  KINDS,
  type DisplayDoc,
  type DocPayload,
  type Kind,
  type MetaPayload,
  type Payload,
  type PostingPayload,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type StoredAnswer,
  type StoredPayload,
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

/** Most background (speculative) loads in flight: browsers open about six connections per host, the rest are for the keystroke at hand. */
const BACKGROUND_LOADS = 3;

/** An empty posting list. */
const NO_DOCS = new Int32Array(0);

/** Stored answers of some prefixes, and those of them whose continuations have a file of answers. */
interface StoredAnswers {
  answers: Record<string, StoredAnswer> | undefined;
  groups: string[] | undefined;
}

/** A pass over a query: over every file it needs, or only over those already loaded. */
interface PassMode {
  readyOnly: boolean;
  /** Set by a ready-only pass when it lacked some file. */
  missing: boolean;
}

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
  /** Files already arrived, readable without waiting (for provisional answers). */
  private readonly arrived = new Map<string, Payload>();
  /** Background loads not started yet, newest last: name -> start it (at low priority or not). */
  private readonly backlog = new Map<string, (low: boolean) => void>();
  /** Background loads in flight. */
  private backgroundLoads = 0;
  /** What the page shows of documents whose doc shard may not be loaded (from stored answers), for provisional answers. */
  private readonly displays = new Map<number, DisplayDoc>();
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
   * Load a file once; a failed load may be retried later. Background loads
   * wait in a backlog and run at most {@link BACKGROUND_LOADS} at a time,
   * oldest first, so that they never hold the browser's few connections
   * while a keystroke waits for a file; a file asked for in the foreground
   * while it waits in the backlog starts at once.
   * @param name File name without `.js`.
   * @param background Whether nothing waits for it yet (a guess at what the next keystroke needs).
   * @returns Its payload.
   */
  file<T extends Payload>(name: string, background = false): Promise<T> {
    const known = this.files.get(name);
    if (known) {
      if (!background) this.backlog.get(name)?.(false);
      return known as Promise<T>;
    }
    const loaded = new Promise<Payload>((resolve, reject) => {
      const start = (low: boolean): void => {
        this.backlog.delete(name);
        const source = name === 'meta' ? this.load(name, undefined) : this.meta().then((meta) => this.load(name, meta.build, low));
        if (low) {
          this.backgroundLoads++;
          void source.then(this.endBackgroundLoad, this.endBackgroundLoad);
        }
        source.then(resolve, reject);
      };
      if (!background) start(false);
      else this.backlog.set(name, start);
    });
    loaded.then(
      (payload) => this.arrived.set(name, payload),
      () => this.files.delete(name),
    );
    this.files.set(name, loaded);
    if (background) this.pumpBacklog();
    return loaded as Promise<T>;
  }

  /** One background load ended: start the next. */
  private readonly endBackgroundLoad = (): void => {
    this.backgroundLoads--;
    this.pumpBacklog();
  };

  /** Start background loads, oldest first (the likeliest guess is made first), while fewer than BACKGROUND_LOADS run. */
  private pumpBacklog(): void {
    while (this.backgroundLoads < BACKGROUND_LOADS && this.backlog.size > 0) {
      const oldest = this.backlog.keys().next().value as string;
      this.backlog.get(oldest)!(true);
    }
  }

  /**
   * Forget the background loads not started yet: they were guesses at a
   * keystroke that has come. Their promises never settle (only the guessing
   * that a newer query stopped waits on them); a later request loads them afresh.
   */
  private dropBacklog(): void {
    for (const name of this.backlog.keys()) this.files.delete(name);
    this.backlog.clear();
  }

  /**
   * @param name File name without `.js`.
   * @returns Its payload when it has arrived, else undefined.
   */
  private ready<T extends Payload>(name: string): T | undefined {
    return this.arrived.get(name) as T | undefined;
  }

  /** @returns The manifest (loads it on first call). */
  meta(): Promise<MetaPayload> {
    return this.file<MetaPayload>('meta');
  }

  /**
   * Answer a query.
   * @param request Query and how many results per kind.
   * @param onProvisional When given and the complete answer needs files not
   *   loaded yet: called at once with the best answer the loaded files give
   *   (only when it has results), before the complete one is awaited.
   * @returns The complete response, or null when a newer query replaced this one before it finished.
   */
  async search(request: SearchRequest, onProvisional?: (response: SearchResponse) => void): Promise<SearchResponse | null> {
    const generation = ++this.generation;
    const started = now();
    this.sliceStart = started;
    this.dropBacklog();
    try {
      if (onProvisional) {
        const mode: PassMode = { readyOnly: true, missing: false };
        const first = await this.run(request, generation, started, mode);
        if (!mode.missing) return first;
        if (first.hits.length > 0) onProvisional({ ...first, partial: true });
      }
      return await this.run(request, generation, started, { readyOnly: false, missing: false });
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
    const meta = await this.meta();
    const out: Record<number, string> = {};
    const shards = [...new Set(docs.map((doc) => Math.floor(doc / meta.textShardSize)))];
    const payloads = await Promise.all(shards.map((shard) => this.file<TextPayload>(`t-${shard}`)));
    for (const doc of docs) {
      const text = payloads[shards.indexOf(Math.floor(doc / meta.textShardSize))]?.x[doc];
      if (text !== undefined) out[doc] = text;
    }
    return out;
  }

  /**
   * One pass over a query.
   * @param request The query.
   * @param generation This search's number; a newer one cancels it.
   * @param started When it started.
   * @param mode Whether to use only the files already loaded (then `missing` tells whether some were needed).
   * @returns The response.
   */
  private async run(request: SearchRequest, generation: number, started: number, mode: PassMode): Promise<SearchResponse> {
    const { query } = request;
    const meta = mode.readyOnly ? this.ready<MetaPayload>('meta') : await this.meta();
    this.check(generation);
    const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(query);
    const { words, prefix } = queryWords(tokenize(query), endsInWord, STOPWORDS);
    if (words.length === 0 || !meta) {
      mode.missing = !meta;
      return { query, tokens: words, terms: [], prefix, hits: [], totals: zeroTotals(), took: now() - started };
    }

    const vocabs = mode.readyOnly ? words.map((word) => this.readyOrStart(mode, vocabName(meta, word)) as VocabPayload | undefined) : await Promise.all(words.map((word) => this.vocabFor(meta, word)));
    this.check(generation);
    const steps: Record<string, number> = { words: now() - started };
    if (request.sentAt !== undefined) steps.queued = performance.timeOrigin + started - request.sentAt;
    let expansions = words.map((word, i) => expandToken(word, vocabs[i], { prefix: word === prefix }));
    const terms = [...new Set(expansions.flat().map((expansion) => expansion.term))];
    const stored = await this.storedAnswer(meta, request, words, prefix, vocabs[0], mode);
    if (stored) {
      steps.stored = now() - started;
      for (const hit of stored.hits) this.displays.set(hit.doc, hit.display);
      // A stored answer is complete (a pass over loaded files finds one only when nothing is missing): prepare the next keystroke,
      // with the stored answers one letter longer, or else by guessing.
      if (stored.next) void this.file(stored.next).catch(() => undefined);
      if (request.prefetch) {
        // Should the word be complete ("igor "), the next query is the exact term: its postings and (mostly) these documents.
        const exact = expansions[0]?.find((expansion) => expansion.reach === 'exact' && !expansion.inline);
        if (exact) void this.file(`p-${postingShardOf(meta, exact.term)}`, true).catch(() => undefined);
        this.prefetchDocs(meta, stored.hits.map((hit) => hit.doc));
      }
      if (!stored.next && request.prefetch) {
        const plan: QueryPlan = { meta, request, words, prefix, terms, expansions, generation, started, steps };
        setTimeout(() => void this.speculate(plan).catch(() => undefined), 0);
      }
      return { query, tokens: words, terms: stored.terms, prefix, hits: stored.hits, totals: stored.totals, took: now() - started, steps };
    }
    const shardName = (expansion: Expansion): string => `p-${postingShardOf(meta, expansion.term)}`;
    const inShards = expansions.flat().filter((expansion) => !expansion.inline);
    if (mode.readyOnly) {
      for (const name of new Set(inShards.map(shardName))) this.readyOrStart(mode, name);
      expansions = expansions.map((list) => list.filter((expansion) => expansion.inline || this.arrived.has(shardName(expansion))));
    } else await Promise.all([...new Set(inShards.map(shardName))].map((name) => this.file<PostingPayload>(name)));
    this.check(generation);
    steps.postings = now() - started;

    const plan: QueryPlan = { meta, request, words, prefix, terms, expansions, generation, started, steps };
    const accumulator = this.accumulators.pop() ?? new CandidateAccumulator(meta.docs);
    try {
      const response = await this.rank(plan, accumulator, mode);
      // After a complete answer is on its way: a timer lets the caller reply first.
      if (request.prefetch && !mode.missing) setTimeout(() => void this.speculate(plan).catch(() => undefined), 0);
      return response;
    } finally {
      accumulator.reset();
      this.accumulators.push(accumulator);
    }
  }

  /**
   * The answer the build stored for this query (./short-answers.ts), if any:
   * a single word being typed, two to `meta.shortAnswers.longest` letters
   * long, asked with the stored request.
   * @param meta The manifest.
   * @param request The query.
   * @param words Its folded words.
   * @param prefix The word being typed, or ''.
   * @param vocab The vocabulary shard of the first word.
   * @param mode The pass (a pass over loaded files does not wait for a file of answers).
   * @returns The stored answer and the file of the answers one letter longer (if any), or undefined.
   */
  private async storedAnswer(
    meta: MetaPayload,
    request: SearchRequest,
    words: readonly string[],
    prefix: string,
    vocab: VocabPayload | undefined,
    mode: PassMode,
  ): Promise<(StoredAnswer & { next: string | undefined }) | undefined> {
    const rule = meta.shortAnswers;
    if (!rule || !vocab || words.length !== 1 || prefix !== words[0] || request.perKind !== rule.perKind || request.limit !== rule.limit) return undefined;
    if (prefix.length < 2 || prefix.length > rule.longest) return undefined;
    let found: StoredAnswers = { answers: vocab.s, groups: vocab.g };
    for (let length = 3; length <= prefix.length; length++) {
      const parent = prefix.slice(0, length - 1);
      if (!found.groups?.includes(parent)) return undefined;
      const name = `s-${parent}`;
      const payload = mode.readyOnly ? (this.readyOrStart(mode, name) as StoredPayload | undefined) : await this.file<StoredPayload>(name);
      if (!payload) return undefined;
      found = { answers: payload.s, groups: payload.g };
    }
    const answer = found.answers && Object.hasOwn(found.answers, prefix) ? found.answers[prefix] : undefined;
    return answer && { ...answer, next: found.groups?.includes(prefix) ? `s-${prefix}` : undefined };
  }

  /**
   * In a pass over loaded files only: a file's payload if it has arrived;
   * else note that it is missing and start loading it.
   * @param mode The pass.
   * @param name File name, or undefined for none needed.
   * @returns The payload, or undefined.
   */
  private readyOrStart(mode: PassMode, name: string | undefined): Payload | undefined {
    if (name === undefined) return undefined;
    const payload = this.ready(name);
    if (!payload) {
      mode.missing = true;
      void this.file(name).catch(() => undefined);
    }
    return payload;
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
  private async rank(plan: QueryPlan, accumulator: CandidateAccumulator, mode: PassMode): Promise<SearchResponse> {
    const { meta, request, words, prefix, terms, expansions, generation, started, steps } = plan;
    const withPostings = await this.accumulate(meta, words, expansions, accumulator, generation);
    const candidates = accumulator.top(meta.kindStarts, request.perKind);
    const shardOf = (doc: number): string => `d-${Math.floor(doc / meta.docShardSize)}`;
    let pool = candidates.flatMap((kind) => kind.docs);
    let docs = accumulator.best(pool, request.limit);
    if (mode.readyOnly) {
      for (const doc of docs) this.readyOrStart(mode, shardOf(doc));
      if (mode.missing) {
        // A provisional answer: the best candidates whose display is at hand, from a wider pool, in the shortlist's order (Fuse waits for the complete answer).
        const shown = (doc: number): boolean => this.arrived.has(shardOf(doc)) || this.displays.has(doc);
        const wide = accumulator.top(meta.kindStarts, request.perKind * 4);
        pool = wide.flatMap((kind) => kind.docs.filter(shown).slice(0, request.perKind));
        docs = accumulator.best(pool, request.limit);
        const totals = zeroTotals();
        candidates.forEach((kind, index) => (totals[KINDS[index]!] = kind.total));
        const hits = docs.map((doc) => {
          const display = this.ready<DocPayload>(shardOf(doc))?.d[doc % meta.docShardSize] ?? this.displays.get(doc)!;
          return { doc, kind: KINDS[display.k] as Kind, display, coverage: accumulator.coverage[doc]!, score: 1, inBody: bodyTermsOf(doc, withPostings).inBody };
        });
        return { query: request.query, tokens: words, terms, prefix, hits, totals, took: now() - started, steps };
      }
    }
    if (request.prefetch && request.limit !== undefined) {
      const next = accumulator.best(pool, request.limit + request.prefetch).slice(docs.length);
      this.prefetchDocs(meta, next);
    }
    const totals = zeroTotals();
    candidates.forEach((kind, index) => (totals[KINDS[index]!] = kind.total));
    steps.shortlist = now() - started;
    const response: SearchResponse = { query: request.query, tokens: words, terms, prefix, hits: [], totals, took: 0, steps };
    if (docs.length === 0) return { ...response, took: now() - started };

    const shards = mode.readyOnly ? docs.map((doc) => this.ready<DocPayload>(shardOf(doc))!) : await Promise.all(docs.map((doc) => this.file<DocPayload>(shardOf(doc))));
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
      const found = bodyTermsOf(doc, expansions);
      const bodyTerms = found.terms;
      inBody[i] = found.inBody;
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
    const name = vocabName(meta, word);
    return name === undefined ? undefined : this.file<VocabPayload>(name);
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

/**
 * @param meta The manifest.
 * @param word A folded word.
 * @returns The name of the vocabulary shard of its first character, or undefined when the index has none.
 */
function vocabName(meta: Pick<MetaPayload, 'vocab'>, word: string): string | undefined {
  const first = word[0] ?? '_';
  const key = /[a-z0-9]/.test(first) ? first : '_';
  return meta.vocab.includes(key) ? `v-${key}` : undefined;
}

/**
 * The terms that brought a document in through its long text only.
 * @param doc A document number.
 * @param expansions Each query word's expansions with their posting lists.
 * @returns Those terms, and whether some word matched the document only in its long text.
 */
function bodyTermsOf(doc: number, expansions: readonly ExpansionPostings[][]): { terms: string[]; inBody: boolean } {
  const terms: string[] = [];
  let inBody = false;
  for (const row of expansions) {
    let short = false;
    let body = false;
    for (const expansion of row) {
      if (hasDoc(expansion.short, doc)) short = true;
      else if (hasDoc(expansion.body, doc)) {
        body = true;
        terms.push(expansion.term);
      }
    }
    if (body && !short) inBody = true;
  }
  return { terms, inBody };
}

/** @returns A zero count for every kind. */
function zeroTotals(): Record<Kind, number> {
  return { article: 0, entity: 0, figure: 0, country: 0 };
}

/** @returns Milliseconds from a monotonic clock. */
function now(): number {
  return performance.now();
}
