/**
 * A coarse key of how a place name sounds, so that a name written in Cyrillic
 * (transliterated to ASCII by `normalizeToken`) meets the same name written in a
 * Latin alphabet in the gazetteer: "Вюрцбург" (`vyurtsburg`) and "Würzburg"
 * (`wurzburg`) both give `vrsbrg`, "Трейхтлинген" and "Treuchtlingen" both
 * `trhtlngn`, "Гамбург" and "Hamburg" both `hmbrg`.
 *
 * Spellings that Russian renders by one letter fall together (w/v; z, s, c
 * before e/i/y, ts, tz, zh; h, g, kh, ch; k, ck, q, c), a letter written twice
 * counts once, and the vowels (y and j among them) are dropped after the first
 * letter. The key is deliberately lossy: a caller uses it only for words that
 * match nothing as written, with keys long enough to be rare.
 */

/** Letter groups rewritten before the vowels go, longest first. */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/dzh|dj/g, 'j'],
  [/kh|ch|h|g/g, 'h'],
  [/ck|q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ts|tz|zh|z/g, 's'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
];

/**
 * The sound key of a word.
 * @param norm The word's match key (`normalizeToken`: lower-case ASCII).
 * @returns The key: its first letter, then its consonants as Russian would write them, doubles once.
 */
export function soundKey(norm: string): string {
  // Doubled letters first, so that "tts" in "Massachusetts" falls together with the Russian "тс".
  let text = norm.replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');
  for (const [spelling, sound] of SPELLINGS) text = text.replace(spelling, sound);
  const first = /^[aeiouyj]/.test(text) ? 'a' : text.slice(0, 1);
  return `${first}${text.slice(1).replace(/[aeiouyj]/g, '')}`.replace(/(.)\1+/g, '$1');
}

/**
 * Whether a sound key is rare enough to match on: five letters or more, or four
 * from a long name ("Massachusetts", "Колорадо"); shorter keys are shared by too
 * many names.
 * @param key The sound key.
 * @param norm The word or stem it was made from.
 * @returns True when it may be matched.
 */
export function isDistinctSound(key: string, norm: string): boolean {
  return key.length >= 5 || (key.length === 4 && norm.length >= 7);
}
