/**
 * Memoising pure functions of a text. The annotator asks the same questions of
 * the same strings many times (a line is a date line? its byline? the dates of
 * a sentence?), from several stages and, for page furniture, across articles:
 * the answers are kept, up to a bound, so each is computed once.
 *
 * A memo is a cache, invisible to callers: the function must be pure, and
 * its result must be immutable (a string, number, boolean or null), or the
 * caller must copy it before handing it out.
 */

/** Entries kept before a memo is emptied (bounds memory on long runs). */
const DEFAULT_LIMIT = 5_000;

/**
 * Memoise a pure function of one string.
 * @param compute The function; its result must not be changed by callers.
 * @param limit How many answers to keep before starting afresh.
 * @returns A function with the same answers.
 */
export function memoizeText<T>(compute: (text: string) => T, limit: number = DEFAULT_LIMIT): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string): T => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
