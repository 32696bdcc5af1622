/**
 * The shortlist: from the words of a query to the few documents worth
 * handing to Fuse. Pure functions over the index's vocabulary and posting
 * lists; the engine (./engine.ts) loads those and calls these.
 *
 * 1. Each query word is expanded to index terms ({@link expandToken}): the
 *    word itself, its completions when it is the word being typed, and terms
 *    within one or two typos when it has no good exact match.
 * 2. The posting lists of those terms are accumulated
 *    ({@link CandidateAccumulator}): a document's coverage is the number of
 *    query words it holds; its score sums, per word, the best
 *    quality x field weight x rarity of the terms that brought it in.
 * 3. The best documents of each kind are kept ({@link CandidateAccumulator.top}):
 *    most words first, then score, then prominence (lower document number).
 */
import type { VocabPayload } from './types.ts';

/** How a term was reached from a query word. */
export type Reach = 'exact' | 'prefix' | 'typo';

/** An index term a query word expands to. */
export interface Expansion {
  term: string;
  /** Document frequency. */
  df: number;
  /** 0..1: how much a hit through this term counts. */
  quality: number;
  reach: Reach;
  /** The term's posting lists [short, body] when the vocabulary inlines them. */
  inline?: [string, string];
}

/** Options of {@link expandToken}. */
export interface ExpandOptions {
  /** The word is still being typed: its completions count too. */
  prefix: boolean;
  /** Most completions kept (the most frequent). */
  maxCompletions?: number;
  /** Most typo matches kept (the closest, then the most frequent). */
  maxTypos?: number;
}

/** The most typos ever allowed (see {@link allowedTypos}). */
const MAX_TYPOS = 2;

/**
 * Terms within MAX_TYPOS of a prefix typed earlier, by vocabulary: while a
 * word is typed letter by letter, each longer prefix only rescans the terms
 * that were close to the shorter one (a longer query is never closer to a
 * term's nearest prefix).
 */
const prefixNeighbours = new WeakMap<readonly string[], Map<string, number[]>>();

/**
 * Indexes of the terms worth comparing with a word for typos.
 * @param token The folded word.
 * @param terms The vocabulary shard's terms.
 * @param options Whether the word is a prefix.
 * @returns Term indexes.
 */
function typoCandidates(token: string, terms: readonly string[], options: ExpandOptions): Iterable<number> {
  if (!options.prefix) return terms.keys();
  let cache = prefixNeighbours.get(terms);
  if (!cache) prefixNeighbours.set(terms, (cache = new Map()));
  const known = cache.get(token);
  if (known) return known;
  const shorter = cache.get(token.slice(0, -1));
  const scan = shorter ?? terms.keys();
  const near: number[] = [];
  for (const i of scan) {
    const term = terms[i]!;
    if (term.length >= token.length - MAX_TYPOS && boundedDistance(token, term, MAX_TYPOS, true) <= MAX_TYPOS) near.push(i);
  }
  if (cache.size > 200) cache.clear();
  cache.set(token, near);
  return near;
}

/** Below this document frequency an exact match does not rule out typo matches (the corpus may hold the typo). */
const RARE_EXACT = 3;

/**
 * How many typos a word of this length may carry.
 * @param length Length of the folded word.
 * @returns 0, 1 or 2.
 */
export function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/**
 * Index of the first term >= `value` in a sorted list.
 * @param terms Sorted terms.
 * @param value Sought value.
 * @returns Insertion point.
 */
export function lowerBound(terms: readonly string[], value: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (terms[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Expand one folded query word to the index terms it should find.
 * @param token The folded word.
 * @param vocab The vocabulary shard of its first character (undefined when there is none).
 * @param options Whether it is a prefix, and caps.
 * @returns Expansions, best first; empty when nothing matches.
 */
export function expandToken(token: string, vocab: Pick<VocabPayload, 't' | 'f' | 'i'> | undefined, options: ExpandOptions): Expansion[] {
  if (!vocab || token.length === 0) return [];
  const { t: terms, f: frequencies } = vocab;
  const maxCompletions = options.maxCompletions ?? 8;
  const maxTypos = options.maxTypos ?? 6;
  const out: Expansion[] = [];
  const start = lowerBound(terms, token);
  const exactDf = terms[start] === token ? (frequencies[start] ?? 0) : 0;
  if (exactDf > 0) out.push({ term: token, df: exactDf, quality: 1, reach: 'exact' });

  const completions: Expansion[] = [];
  if (options.prefix) {
    for (let i = exactDf > 0 ? start + 1 : start; i < terms.length && terms[i]!.startsWith(token); i++) {
      const term = terms[i]!;
      completions.push({ term, df: frequencies[i] ?? 0, quality: 0.75 + 0.2 * (token.length / term.length), reach: 'prefix' });
    }
    completions.sort((a, b) => b.df - a.df || a.term.length - b.term.length);
    out.push(...completions.slice(0, maxCompletions));
  }

  // A word still being typed gets one letter's less leeway: "isil" must not become "isl(amic)".
  const typos = allowedTypos(options.prefix ? token.length - 1 : token.length);
  const wantTypos = typos > 0 && exactDf < RARE_EXACT && completions.length === 0;
  if (wantTypos) {
    const found: Array<Expansion & { distance: number }> = [];
    for (const i of typoCandidates(token, terms, options)) {
      const term = terms[i]!;
      if (term === token) continue;
      if (!options.prefix && Math.abs(term.length - token.length) > typos) continue;
      const distance = boundedDistance(token, term, typos, options.prefix);
      if (distance > typos) continue;
      found.push({ term, df: frequencies[i] ?? 0, quality: distance === 1 ? 0.6 : 0.4, reach: 'typo', distance });
    }
    found.sort((a, b) => a.distance - b.distance || b.df - a.df);
    for (const { distance: _distance, ...expansion } of found.slice(0, maxTypos)) out.push(expansion);
  }
  if (vocab.i) {
    for (const expansion of out) {
      const inline = vocab.i[lowerBound(terms, expansion.term)];
      if (inline) expansion.inline = inline;
    }
  }
  return out;
}

/**
 * The likeliest letters to come next in a word being typed.
 * @param vocab The vocabulary shard of the word's first letter.
 * @param prefix The word so far (folded).
 * @param max Most letters returned.
 * @returns Letters that continue some term, those whose terms are in the most documents first.
 */
export function nextLetters(vocab: Pick<VocabPayload, 't' | 'f'>, prefix: string, max: number): string[] {
  const weight = new Map<string, number>();
  for (let i = lowerBound(vocab.t, prefix); i < vocab.t.length && vocab.t[i]!.startsWith(prefix); i++) {
    const letter = vocab.t[i]![prefix.length];
    if (letter !== undefined) weight.set(letter, (weight.get(letter) ?? 0) + (vocab.f[i] ?? 0));
  }
  return [...weight]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([letter]) => letter);
}

/** Rows of the distance table, reused between calls (words are at most MAX_TOKEN_LENGTH + typos long). */
const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Optimal-string-alignment distance (Levenshtein with transpositions of two
 * neighbours), given up beyond a bound.
 * @param query The typed word.
 * @param term An index term.
 * @param max Largest distance of interest.
 * @param prefix Compare the query with the closest prefix of the term instead of the whole term.
 * @returns The distance, or `max + 1` when it is larger than `max`.
 */
export function boundedDistance(query: string, term: string, max: number, prefix = false): number {
  // A prefix longer than the query plus the allowed typos can only be farther.
  const compared = Math.min(term.length, prefix ? query.length + max : term.length, 62);
  const width = compared + 1;
  let [before, previous, current] = ROWS;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= query.length; i++) {
    current[0] = i;
    let rowMin = i;
    const q = query.charCodeAt(i - 1);
    const qBefore = i > 1 ? query.charCodeAt(i - 2) : -1;
    for (let j = 1; j < width; j++) {
      const t = term.charCodeAt(j - 1);
      let value = previous[j - 1]! + (q === t ? 0 : 1);
      const up = previous[j]! + 1;
      if (up < value) value = up;
      const left = current[j - 1]! + 1;
      if (left < value) value = left;
      if (j > 1 && q === term.charCodeAt(j - 2) && qBefore === t) {
        const swap = before[j - 2]! + 1;
        if (swap < value) value = swap;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  let result = previous[width - 1]!;
  if (prefix) for (let j = 0; j < width; j++) if (previous[j]! < result) result = previous[j]!;
  return Math.min(result, max + 1);
}

/** Weight of a hit in a title, name, alias, quote or meta field... */
export const SHORT_FIELD_WEIGHT = 1;
/** ...and of a hit only in the long text. */
export const BODY_WEIGHT = 0.45;

/** An expansion with its posting lists, decoded. */
export interface ExpansionPostings extends Expansion {
  short: Int32Array;
  body: Int32Array;
}

/** Candidates of one kind, best first, and how many matched in all. */
export interface KindCandidates {
  docs: number[];
  total: number;
}

/**
 * Accumulates the posting lists of a query's words into per-document
 * coverage and score, then picks the best documents of each kind.
 */
export class CandidateAccumulator {
  /** Number of query words each document holds. */
  readonly coverage: Uint8Array;
  /** Sum over words of the best hit's weight. */
  readonly score: Float32Array;
  /** Best hit of the current word per document. */
  private readonly wordBest: Float32Array;
  /** Documents touched by the current word. */
  private wordTouched: number[] = [];
  /** Every document touched by some word. */
  private readonly touched: number[] = [];
  private readonly docCount: number;

  /**
   * @param docCount Number of documents in the index.
   */
  constructor(docCount: number) {
    this.docCount = docCount;
    this.coverage = new Uint8Array(docCount);
    this.score = new Float32Array(docCount);
    this.wordBest = new Float32Array(docCount);
  }

  /** Forget every word added, so that the accumulator can serve another query (cheaper than a new one). */
  reset(): void {
    for (const doc of this.touched) {
      this.coverage[doc] = 0;
      this.score[doc] = 0;
    }
    for (const doc of this.wordTouched) this.wordBest[doc] = 0;
    this.touched.length = 0;
    this.wordTouched = [];
  }

  /** @returns The number of documents it was made for. */
  get size(): number {
    return this.docCount;
  }

  /**
   * Rarity weight of a term.
   * @param df Its document frequency.
   * @returns log(1 + N / df).
   */
  idf(df: number): number {
    return Math.log(1 + this.docCount / Math.max(1, df));
  }

  /**
   * Add one expansion of the current word.
   * @param expansion Term, quality and posting lists.
   */
  addExpansion(expansion: ExpansionPostings): void {
    const weight = expansion.quality * this.idf(expansion.df);
    this.raise(expansion.short, weight * SHORT_FIELD_WEIGHT);
    this.raise(expansion.body, weight * BODY_WEIGHT);
  }

  /**
   * @param docs Documents hit.
   * @param weight The hit's weight.
   */
  private raise(docs: Int32Array, weight: number): void {
    const best = this.wordBest;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (doc >= this.docCount) continue;
      const value = best[doc]!;
      if (value === 0) this.wordTouched.push(doc);
      if (weight > value) best[doc] = weight;
    }
  }

  /** Close the current word: its best hits go into coverage and score. */
  endWord(): void {
    for (const doc of this.wordTouched) {
      if (this.coverage[doc] === 0) this.touched.push(doc);
      this.coverage[doc]! += 1;
      this.score[doc]! += this.wordBest[doc]!;
      this.wordBest[doc] = 0;
    }
    this.wordTouched = [];
  }

  /**
   * The best documents of each kind: most query words, then highest score,
   * then lowest document number (the most prominent). A bounded selection,
   * not a sort: common words touch most of the corpus.
   * @param kindStarts First document number of each kind, then the total.
   * @param perKind Most documents kept per kind.
   * @returns One entry per kind.
   */
  top(kindStarts: readonly number[], perKind: number): KindCandidates[] {
    const { coverage, score } = this;
    const better = (a: number, b: number): boolean => coverage[a]! > coverage[b]! || (coverage[a] === coverage[b] && (score[a]! > score[b]! || (score[a] === score[b] && a < b)));
    const kinds = kindStarts.length - 1;
    const best: number[][] = Array.from({ length: kinds }, () => []);
    const totals = new Array<number>(kinds).fill(0);
    for (const doc of this.touched) {
      const kind = kindOf(doc, kindStarts);
      totals[kind]! += 1;
      const list = best[kind]!;
      if (list.length === perKind && !better(doc, list[list.length - 1]!)) continue;
      let at = list.length;
      while (at > 0 && better(doc, list[at - 1]!)) at--;
      list.splice(at, 0, doc);
      if (list.length > perKind) list.pop();
    }
    return best.map((docs, kind) => ({ docs, total: totals[kind]! }));
  }

  /**
   * The best documents among some, whatever their kind.
   * @param docs Documents (from {@link top}).
   * @param limit Most kept; all when undefined.
   * @returns The best `limit`, best first.
   */
  best(docs: readonly number[], limit?: number): number[] {
    const { coverage, score } = this;
    const sorted = [...docs].sort((a, b) => coverage[b]! - coverage[a]! || score[b]! - score[a]! || a - b);
    return limit === undefined ? sorted : sorted.slice(0, limit);
  }
}

/**
 * @param doc A document number.
 * @param kindStarts First document number of each kind, then the total.
 * @returns The kind's index.
 */
export function kindOf(doc: number, kindStarts: readonly number[]): number {
  let kind = 0;
  while (kind + 1 < kindStarts.length - 1 && doc >= kindStarts[kind + 1]!) kind++;
  return kind;
}

/**
 * Split a query into the words to search.
 * @param tokens Folded tokens of the query, in order.
 * @param endsInWord Whether the query ends inside a word (no trailing space): the last word is then a prefix.
 * @param stopwords Words dropped when other words remain.
 * @returns Distinct words (at most 8) and whether the last one is a prefix.
 */
export function queryWords(tokens: readonly string[], endsInWord: boolean, stopwords: ReadonlySet<string>): { words: string[]; prefix: string } {
  const distinct = [...new Set(tokens.filter((token) => token.length > 0))].slice(0, 8);
  const last = endsInWord ? tokens[tokens.length - 1] : undefined;
  const kept = distinct.filter((token) => token === last || (!stopwords.has(token) && token.length >= 2));
  const words = kept.length > 0 ? kept : distinct;
  const prefix = last !== undefined && words.includes(last) && last.length >= 2 ? last : '';
  return { words: words.filter((word) => word.length >= 2), prefix };
}
