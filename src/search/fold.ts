/**
 * Search folding: every text the search indexes, and every query, is reduced
 * to the same "folded" form before comparison, so that case, Latin diacritics
 * and the script (Cyrillic or Latin) make no difference.
 *
 *   fold('Каримова')    -> 'karimova'
 *   fold('Tursunbekov') -> 'tursunbekov'
 *   fold('Ahmet Davutoğlu') -> 'ahmet davutoglu'
 *
 * Order matters: the text is put in NFC (so that й is one code point, not
 * и + combining breve), lower-cased, Cyrillic letters are transliterated one
 * by one with the table below, and only then are the remaining combining marks
 * of Latin letters removed (é -> e). So й becomes `y` and never `i` the way a
 * plain diacritics strip would turn it into и.
 *
 * The transliteration is deliberately simple (letter by letter, no context
 * rules) and tuned to how English-language news spells Russian, Kyrgyz,
 * Kazakh, Uzbek and Tajik names (х -> kh, ж -> zh, қ -> k, ү -> u, ң -> n as
 * in Jogorku Kenesh). Spellings
 * that differ by a letter or two (Yevgeny / Евгений -> evgeniy) are left to the
 * search's typo tolerance.
 *
 * Pure and dependency-free: it runs in Node at build time and in the browser.
 */

/** Cyrillic letters (lower case) and their Latin rendering. Alphabet data, extend freely. */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  // Russian
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kyrgyz and Kazakh
  ң: 'n', ө: 'o', ү: 'u', ә: 'a', ғ: 'g', қ: 'k', ұ: 'u', һ: 'h', і: 'i',
  // Uzbek, Tajik
  ў: 'u', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
  // Ukrainian, Belarusian
  є: 'ye', ї: 'yi', ґ: 'g',
  // Serbian, Macedonian
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

/** Latin letters that Unicode decomposition does not reduce to a plain letter. */
export const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ə: 'a', ŋ: 'ng',
};

/** Text that folding only lower-cases. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Combining marks left after decomposition (accents, cedillas, the dot of İ). */
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Fold a text for comparison: NFC, lower case, Cyrillic -> Latin letter by
 * letter, Latin diacritics removed. Spacing and punctuation are kept.
 * @param text Any text.
 * @returns The folded text (may be longer than the input: щ -> shch).
 */
export function fold(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  const lower = text.normalize('NFC').toLowerCase();
  let out = '';
  for (const char of lower) out += CYRILLIC_TO_LATIN[char] ?? LATIN_SPECIAL[char] ?? char;
  return out.normalize('NFKD').replace(COMBINING_MARKS, '');
}

/**
 * One word of running text as the search sees it: letters, marks and digits,
 * with inner apostrophes (Mu'adh, Kazakhstan’s) and digit groups (50,000).
 */
export const WORD_PATTERN = /\p{N}{1,3}(?:[,\u00a0\u202f]\p{N}{3})+(?!\p{N})|[\p{L}\p{M}\p{N}]+(?:['’ʼʻ`][\p{L}\p{M}\p{N}]+)*/gu;

/** Apostrophe-like marks inside a word. */
const APOSTROPHES = /['’ʼʻ`]/g;

/** An English possessive ending: Kazakhstan’s -> Kazakhstan. */
const POSSESSIVE = /['’ʼ][sS]$/;

/** Separators inside a number: 50,000 -> 50000. */
const DIGIT_GROUP_SEPARATORS = /[,\u00a0\u202f]/g;

/** What is left of a folded word that is not a letter or a digit. */
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** A word of ASCII letters and digits only: its token is itself in lower case. */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/** The longest token kept; longer ones are cut (URLs, hashes). */
export const MAX_TOKEN_LENGTH = 40;

/**
 * The tokens of one word as matched by {@link WORD_PATTERN}.
 * @param word One word of the original text.
 * @returns Its folded tokens: usually one; none for a word that folds to nothing (ь).
 */
export function wordTokens(word: string): string[] {
  if (PLAIN_WORD.test(word)) return [word.toLowerCase().slice(0, MAX_TOKEN_LENGTH)];
  const plain = /^\p{N}/u.test(word) ? word.replace(DIGIT_GROUP_SEPARATORS, '') : word.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  return fold(plain)
    .split(NON_WORD)
    .filter((token) => token.length > 0)
    .map((token) => token.slice(0, MAX_TOKEN_LENGTH));
}

/**
 * Tokenize a text the way the index and the queries are tokenized.
 * @param text Any text.
 * @returns Folded tokens in order, repeats kept.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) tokens.push(...wordTokens(match[0]));
  return tokens;
}

/**
 * Words too common in English running text to be worth a posting list. They
 * are still indexed in titles, names and aliases (the alias "IS" must work).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'of on or our she so than that the their them then there these they this those to was we were ' +
    'which who will with would you not no also after about over said says'
  ).split(' '),
);

/**
 * Whether a token is worth indexing at all (single letters are not; single digits are not).
 * @param token A folded token.
 * @returns True when it goes into the index.
 */
export function isIndexable(token: string): boolean {
  return token.length >= 2;
}
