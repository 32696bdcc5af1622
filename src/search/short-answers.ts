/**
 * Answers to the shortest queries, computed at build time.
 *
 * The first letters of a word are the keystrokes that need the most files:
 * their completions are the commonest terms (big posting lists), and their
 * best documents are spread over many doc shards. So for every prefix of
 * two to {@link LONGEST} characters of the vocabulary, the builder runs the
 * engine itself over the built files, with the header box's request
 * ({@link BOX_REQUEST}), and stores its answer:
 *
 * - two-letter answers in the vocabulary shard of their first letter (field
 *   `s`), which is loaded at the first letter typed;
 * - the answers of the prefixes one letter longer than a prefix p in one
 *   small file `s-<p>.js`, which the engine loads as soon as it has
 *   answered p (field `g` of the file that answered p lists the p that have one).
 *
 * So a word's first keystrokes are answered from memory, exactly as the
 * engine would have answered them, while beyond LONGEST letters a prefix's
 * completions are few (mostly rare terms, whose postings the vocabulary
 * holds) and the engine's own guesses (./engine.ts) keep ahead.
 *
 * Reuse across builds: the answers are computed one vocabulary shard at a
 * time, each shard by an engine of its own, which records every index file
 * it loads. An engine knows nothing but what it loaded (and the code, which
 * the caller's cache key covers), so when every one of those files is byte
 * for byte what it was when a shard's answers were computed, they are the
 * same answers: {@link ShortAnswerReuse} hands them back, with the digests of
 * the files they were computed from, for the next build. A changed article
 * changes its doc shard and the vocabulary and posting files of its terms,
 * so every shard whose answers read one of them is answered afresh.
 */
import { SearchEngine } from './engine.ts';
import { serialise, type BuiltIndex } from './build-index.ts';
import { contentDigest } from './index-cache.ts';
import { BOX_REQUEST, PAYLOAD_PREFIX, type MetaPayload, type Payload, type StoredAnswer, type StoredPayload, type VocabPayload } from './types.ts';

/** Longest prefix answered in advance. */
export const LONGEST = 4;

/**
 * @param text An index file's content.
 * @returns Its payload.
 */
function parsePayload(text: string): Payload {
  return JSON.parse(text.slice(PAYLOAD_PREFIX.length, text.lastIndexOf(')'))) as Payload;
}

/**
 * @param terms Sorted terms.
 * @param length Prefix length.
 * @param start Only prefixes starting with this.
 * @returns The distinct prefixes of that length of the terms at least that long, in order.
 */
function prefixesOf(terms: readonly string[], length: number, start = ''): string[] {
  const out = new Set<string>();
  for (const term of terms) if (term.length >= length && term.startsWith(start)) out.add(term.slice(0, length));
  return [...out];
}

/** The stored answers of one vocabulary shard, and what they were computed from. */
export interface ShortAnswerShard {
  /** Every index file the engine loaded while answering, as [name, digest] ({@link inputDigest}), sorted by name. */
  inputs: Array<[string, string]>;
  /** The files written for the shard: the vocabulary shard with its answers and its `s-` files, as [file name, content]. */
  files: Array<[string, string]>;
  /** Prefixes answered. */
  answered: number;
}

/** Answers of a previous build to reuse, and where to put this build's. */
export interface ShortAnswerReuse {
  /** Vocabulary shard key -> its answers in a previous build (of the same search code). */
  previous?: ReadonlyMap<string, ShortAnswerShard>;
  /** Filled with vocabulary shard key -> its answers in this build (reused or computed). */
  current?: Map<string, ShortAnswerShard>;
}

/**
 * The digest an answer's input is compared by: the file's content, except
 * for the manifest, whose `build` stamp (a digest of every file, so it
 * changes with any article) is left out: the engine only passes it back to
 * `load` as the files' version, which the builder's loader ignores. So are
 * the posting shards' bounds, which move whenever a changed list makes a
 * shard cut fall one term further: the engine uses them only to find the
 * shard of a vocabulary term, and a term found in a loaded shard whose bytes
 * are unchanged is found in that shard under any bounds (a shard's bound is
 * its first term, and the shards hold consecutive ranges of the sorted terms).
 * @param name File name without `.js`.
 * @param text Its content, or undefined when there is no such file.
 * @returns A hex digest.
 */
export function inputDigest(name: string, text: string | undefined): string {
  if (text === undefined) return 'missing';
  if (name !== 'meta') return contentDigest(text);
  const { build: _build, postingBounds: _postingBounds, ...rest } = parsePayload(text) as MetaPayload;
  return contentDigest(`meta\n${JSON.stringify(rest)}`);
}

/**
 * Add the stored answers of every two- and three-character prefix to a
 * built index, and record in the manifest the request they answer.
 * @param index A built index (its files are replaced or added in place).
 * @param reuse Answers of a previous build (used for every vocabulary shard whose inputs are unchanged), and where to put this build's.
 * @returns The number of prefixes answered.
 */
export async function addShortAnswers(index: BuiltIndex, reuse: ShortAnswerReuse = {}): Promise<number> {
  // Engines read the files as built, never those this function has added answers to.
  const built = new Map(index.files);
  const read = (name: string): Payload => {
    const text = built.get(`${name}.js`) ?? index.kept.read(`${name}.js`);
    if (text === undefined) throw new Error(`no search index file ${name}.js`);
    return parsePayload(text);
  };
  const digests = new Map<string, string>();
  /**
   * @param name File name without `.js`.
   * @returns Its {@link inputDigest} in this build (computed once; a kept file's is its digest, not read).
   */
  const digestOf = (name: string): string => {
    let digest = digests.get(name);
    if (digest === undefined) {
      digest = built.has(`${name}.js`) ? inputDigest(name, built.get(`${name}.js`)) : (index.kept.digests.get(`${name}.js`) ?? inputDigest(name, undefined));
      digests.set(name, digest);
    }
    return digest;
  };
  const meta = read('meta') as MetaPayload;
  /** The current vocabulary shard's engine and the files it loaded. */
  let engine: SearchEngine;
  let loaded: Set<string>;
  /** The files written for the current vocabulary shard. */
  let written: Array<[string, string]>;
  /**
   * @param prefixes Prefixes to answer.
   * @returns Prefix -> the engine's answer, for those typed as is (not folded or split otherwise).
   */
  const answer = async (prefixes: readonly string[]): Promise<Record<string, StoredAnswer>> => {
    const out: Record<string, StoredAnswer> = {};
    for (const prefix of prefixes) {
      const response = await engine.search({ query: prefix, ...BOX_REQUEST });
      if (!response || response.tokens.length !== 1 || response.prefix !== prefix) continue;
      out[prefix] = { terms: response.terms, hits: response.hits, totals: response.totals };
    }
    return out;
  };
  let answered = 0;
  /**
   * Store the answers of the prefixes one letter longer than `parent`, in
   * `s-<parent>`, and recursively those of their continuations up to LONGEST.
   * @param terms The vocabulary shard's terms.
   * @param parent A prefix with a stored answer.
   * @returns Whether the file was written.
   */
  const storeContinuations = async (terms: readonly string[], parent: string): Promise<boolean> => {
    // File names hold only [a-z0-9]; other prefixes are left to the engine.
    if (!/^[a-z0-9]+$/.test(parent) || parent.length >= LONGEST) return false;
    const answers = await answer(prefixesOf(terms, parent.length + 1, parent));
    const keys = Object.keys(answers);
    if (keys.length === 0) return false;
    answered += keys.length;
    const groups: string[] = [];
    for (const key of keys) if (await storeContinuations(terms, key)) groups.push(key);
    written.push([`s-${parent}.js`, serialise({ n: `s-${parent}`, s: answers, ...(groups.length > 0 ? { g: groups } : {}) } satisfies StoredPayload)]);
    return true;
  };
  for (const key of meta.vocab) {
    const previous = reuse.previous?.get(key);
    if (previous && previous.inputs.every(([name, digest]) => digestOf(name) === digest)) {
      for (const [name, content] of previous.files) index.files.set(name, content);
      answered += previous.answered;
      reuse.current?.set(key, previous);
      continue;
    }
    const answeredBefore = answered;
    loaded = new Set([`v-${key}`]);
    const inShard = loaded;
    engine = new SearchEngine({
      load: async (name) => {
        inShard.add(name);
        return read(name);
      },
      sliceMs: 1_000,
    });
    written = [];
    const vocab = read(`v-${key}`) as VocabPayload;
    const two = await answer(prefixesOf(vocab.t, 2));
    if (Object.keys(two).length > 0) {
      answered += Object.keys(two).length;
      const groups: string[] = [];
      for (const letters of Object.keys(two)) if (await storeContinuations(vocab.t, letters)) groups.push(letters);
      const withAnswers: VocabPayload = { ...vocab, s: two, ...(groups.length > 0 ? { g: groups } : {}) };
      written.push([`v-${key}.js`, serialise(withAnswers)]);
    }
    for (const [name, content] of written) index.files.set(name, content);
    const inputs = [...loaded].sort().map((name): [string, string] => [name, digestOf(name)]);
    reuse.current?.set(key, { inputs, files: written, answered: answered - answeredBefore });
  }
  index.files.set('meta.js', serialise({ ...meta, shortAnswers: { ...BOX_REQUEST, longest: LONGEST } }));
  let keptBytes = 0;
  for (const name of index.kept.digests.keys()) keptBytes += index.kept.size?.(name) ?? 0;
  index.stats.bytes = [...index.files.values()].reduce((total, content) => total + Buffer.byteLength(content), keptBytes);
  return answered;
}
