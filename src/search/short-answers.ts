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
 */
import { SearchEngine } from './engine.ts';
import { serialise, type BuiltIndex } from './build-index.ts';
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

/**
 * Add the stored answers of every two- and three-character prefix to a
 * built index, and record in the manifest the request they answer.
 * @param index A built index (its files are replaced or added in place).
 * @returns The number of prefixes answered.
 */
export async function addShortAnswers(index: BuiltIndex): Promise<number> {
  const read = (name: string): Payload => {
    const text = index.files.get(`${name}.js`);
    if (text === undefined) throw new Error(`no search index file ${name}.js`);
    return parsePayload(text);
  };
  const meta = read('meta') as MetaPayload;
  const engine = new SearchEngine({ load: async (name) => read(name), sliceMs: 1_000 });
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
    index.files.set(`s-${parent}.js`, serialise({ n: `s-${parent}`, s: answers, ...(groups.length > 0 ? { g: groups } : {}) } satisfies StoredPayload));
    return true;
  };
  for (const key of meta.vocab) {
    const vocab = read(`v-${key}`) as VocabPayload;
    const two = await answer(prefixesOf(vocab.t, 2));
    if (Object.keys(two).length === 0) continue;
    answered += Object.keys(two).length;
    const groups: string[] = [];
    for (const letters of Object.keys(two)) if (await storeContinuations(vocab.t, letters)) groups.push(letters);
    const withAnswers: VocabPayload = { ...vocab, s: two, ...(groups.length > 0 ? { g: groups } : {}) };
    index.files.set(`v-${key}.js`, serialise(withAnswers));
  }
  index.files.set('meta.js', serialise({ ...meta, shortAnswers: { ...BOX_REQUEST, longest: LONGEST } }));
  index.stats.bytes = [...index.files.values()].reduce((total, content) => total + Buffer.byteLength(content), 0);
  return answered;
}
