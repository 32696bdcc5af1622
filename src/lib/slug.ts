/**
 * Slugs: the stable, URL-safe ids of entities (`bakyt-ormonov`, `islamic-state`).
 *
 * Lower-case ASCII letters and digits joined by single hyphens. Cyrillic is
 * transliterated (a simple BGN/PCGN-like scheme, with the Kazakh, Kyrgyz, Tajik,
 * Uzbek and Ukrainian letters), Latin diacritics are dropped, apostrophes vanish
 * (`Mu'adh` -> `muadh`) and every other run of non-alphanumerics becomes a hyphen.
 * Pure: used by the pipeline and by the site.
 */

/** Cyrillic letters (lower case) and their Latin transliteration. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian
  є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ў: 'u',
  // Kazakh, Kyrgyz, Tajik, Uzbek, Bashkir, Tatar
  ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
  ҙ: 'z', ҫ: 's', ҡ: 'q', ӊ: 'ng', җ: 'zh',
  // Serbian and Macedonian
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l', ħ: 'h',
  ə: 'a', ŋ: 'ng',
};

/** Apostrophe-like marks, removed rather than turned into hyphens. */
const APOSTROPHES = /['’‘ʼʻ`´]/g;

/**
 * Transliterate one string to plain ASCII letters where possible (case is lowered).
 * @param text Any text, in Latin or Cyrillic script.
 * @returns The lower-cased text with Cyrillic transliterated and diacritics removed;
 *   characters with no ASCII rendering are kept as they are.
 */
export function toAscii(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (const char of lower) {
    const mapped = CYRILLIC[char] ?? LATIN_SPECIAL[char];
    out += mapped ?? char;
  }
  return out.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Make the slug of a name.
 * @param text A name in any script and case, e.g. `Abu Mu'adh al-Muhajir`.
 * @returns Lower-case ASCII words joined by single hyphens (`abu-muadh-al-muhajir`);
 *   the empty string when the text has no letter or digit that can be rendered.
 */
export function slugify(text: string): string {
  return toAscii(text.replace(APOSTROPHES, ''))
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
