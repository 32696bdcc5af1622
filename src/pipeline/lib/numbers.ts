import { languageVocabulary } from './language-vocabulary.ts';

/**
 * Numbers written in digits or in English words (and the common French and German ones), found in running text.
 *
 * Only the number itself is recognised here ("2,000", "1 500", "2.5 million",
 * "one hundred", "thirty-five", "a dozen", "50 thousand"); deciding whether a
 * number is a date, a year, a phone number or a real figure is the job of
 * `quantities.ts`.
 */

/** One number found in a text. Offsets are UTF-16 indices into that text. */
export interface NumberToken {
  /** Index of the first character. */
  start: number;
  /** Index just past the last character (scale word included). */
  end: number;
  /** The number's value, scale applied ("50 thousand" -> 50000). */
  value: number;
  /** The value before a trailing scale word ("50 thousand" -> 50); equals `value` when unscaled. */
  base: number;
  /** The multiplier of a trailing scale word (1000, 1e6, ...), or 1. */
  scale: number;
  /** Whether the number was written in digits or in words. */
  form: 'digits' | 'words';
  /** The text as written, `text.slice(start, end)`. */
  text: string;
  /** Set for "a dozen", "two dozen": the number is inherently approximate. */
  dozen?: boolean;
}

/** French units ("sept" and "seize" are left out: "Sept." is a month, "seize" an English verb). */
const FRENCH_UNITS: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15,
};

/** French tens up to sixty (seventy, eighty and ninety are compounds: see `hyphenatedValue`). */
const FRENCH_TENS: Record<string, number> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 };

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  ...FRENCH_UNITS,
  // German ("elf" is left out: an English word).
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12,
};

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  ...FRENCH_TENS,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
};

/**
 * French hundreds: "cent trente-deux" (132), "deux cents" (200). Kept out of SCALES, where
 * "a cent" or "two cents" would be English money: `findWordNumbers` reads them only in French company.
 */
const FRENCH_HUNDREDS: ReadonlySet<string> = new Set(['cent', 'cents']);

/** French units and tens, which make a following "cent(s)" a hundred ("deux cents", not "two cents"). */
const FRENCH_NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(FRENCH_UNITS), ...Object.keys(FRENCH_TENS), 'six', 'sept', 'seize']);

/** French collective numbers: "une centaine" (about a hundred), "une dizaine", "un millier". Approximate, as "a dozen" is. */
const COLLECTIVES: Record<string, number> = { dizaine: 10, vingtaine: 20, trentaine: 30, cinquantaine: 50, centaine: 100, millier: 1000 };

/** Scale words after digits in other languages ("48 bin", "12 миллионов", "100 juta"), from languages.yaml `scale_words`. */
const FOREIGN_DIGIT_SCALES: Readonly<Record<string, number>> = languageVocabulary().scaleWords;

/**
 * Scale words and their multipliers, in words and common abbreviations, and the
 * foreign ones of four Latin letters or more, which English text may write after
 * a number word too ("three lakh", "two crore").
 */
const SCALES: Record<string, number> = {
  ...Object.fromEntries(Object.entries(FOREIGN_DIGIT_SCALES).filter(([word]) => /^[a-z]{4,}$/.test(word))),
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mln: 1e6, mn: 1e6, bn: 1e9, bln: 1e9, thsd: 1e3, tn: 1e12,
  // German and French plurals after a number word: "sechs Millionen", "trois millions".
  millionen: 1e6, milliarden: 1e9, millions: 1e6, milliards: 1e9,
};

/** Alternation of the foreign scale words, longest first (so "тысячи" wins over "тыс"). */
const FOREIGN_SCALE_ALTERNATION = Object.keys(FOREIGN_DIGIT_SCALES)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The foreign words for a thousand, which may follow a scale's remainder ("1 milyon 200 bin"). */
const FOREIGN_THOUSANDS = Object.keys(FOREIGN_DIGIT_SCALES)
  .filter((word) => FOREIGN_DIGIT_SCALES[word] === 1e3)
  .join('|');

/** Scale words that may follow digits: "50 thousand", "2 million", "1.5 bn", and the foreign ones ("48 bin", "12 млн"). */
const DIGIT_SCALE_AFTER = new RegExp(`^[ \\u00a0]?(thousand|million|billion|trillion|mln|mn|bln|bn|${FOREIGN_SCALE_ALTERNATION})(?![\\p{L}\\p{N}])(?:(?<=${['mln', 'mn', 'bln', 'bn', ...languageVocabulary().scaleAbbreviations].join('|')})\\.)?`, 'iu');

/** The rest of a number after its scale word: " 300" (then a word, not "of" or a range), " 200 thousand", "48 bin 500 lira". */
const SCALE_REMAINDER = new RegExp(
  `^[ \\u00a0](\\d{1,3})(?:[ \\u00a0](thousand|${FOREIGN_THOUSANDS}))?(?=[ \\u00a0]+(?!of\\b|to\\b|and\\b|or\\b|до(?!\\p{L})|dan\\b|und\\b|ve\\b|hingga\\b|bis\\b)\\p{Ll})`,
  'iu',
);

/** An abbreviated scale glued to digits, then a noun of people or money: "1.2m people", "3bn dollars". */
const GLUED_SCALE_BEFORE_NOUN = /^(?:m|bn|mln)\s+(?:people|persons|residents|refugees|migrants|children|civilians|voters|users|followers|viewers|dollars|euros|pounds|rubles|roubles|tenge|somoni|soms?|sums?|rupees|liras?|barrels|tonnes|tons)\b/iu;

/** Abbreviated scales glued to digits after a currency sign: "$2m", "$5k", "$1bn". */
const GLUED_SCALE = /^(m|k|bn|mln)\b/i;

/**
 * Digits with optional thousands separators (comma, or the space, no-break or
 * thin space of Russian-style "1 500") and an optional decimal part; glued to
 * nothing but the rupee's "Rs" ("Rs500,000"), East African shillings' "Sh", "KSh",
 * "USh", "TSh" ("Sh20 million"), the rupiah's "Rp" ("Rp100 juta") and the South African rand's "R"
 * where a sum follows ("R1 million", "R250,000", "R3.5bn"; not a road, "the R21").
 */
const DIGIT_NUMBER =
  /(?:(?<![\d\w]|\d[.,])|(?<=\b(?:Rs|Rp|K?Sh|Shs|USh|TSh)\.?)|(?<=\bR)(?=\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:million|billion|bn|m)\b))(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.\d+(?![.\d]))?/g;

/** "and a half" right after a whole number ("15 and a half years", "2 and a half million" is read without it). */
const AND_A_HALF = /^\s+and\s+a\s+half(?![\p{L}])(?!\s+(?:thousand|million|billion)\b)/iu;

/** Digits grouped by thousands dots, as German and French write them: "3.500", "12.400", "1.250.000". */
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?!\d|[.,]\d)/;
/** What makes dotted digits a decimal after all: a scale word or a percent sign after them. */
const DOT_GROUPED_NOT_BEFORE = /^[ \u00a0]?(?:%|percent|per cent|thousand|million|billion|trillion|mln|mn|bln|bn|Mio|Mrd|Millionen|Milliarden|millions?|milliards?)/i;

/**
 * A decimal comma before a scale word or a percentage: "1,5 million" (Russian style), "3,5 тысячи", "1,5 млн",
 * "2,5 juta", "39,33 %", "50,64 процента", "12,5 Prozent".
 */
const DECIMAL_COMMA_SCALED = new RegExp(
  `^(\\d+),(\\d{1,2})(?=[ \\u00a0](?:thousand|million|billion|mln|bn|${FOREIGN_SCALE_ALTERNATION})(?![\\p{L}\\p{N}])|[ \\u00a0\\u202f]?%|[ \\u00a0](?:процент|pour cent|por ciento|per cento|Prozent|yüzde))`,
  'iu',
);

/** A Russian ordinal's case ending after a hyphen: "-й", "-я", "-ю", "-го", "-х" ("201-ю", "1990-х"). */
const RUSSIAN_ORDINAL_ENDING = /^[-‑](?:й|я|е|ю|го|му|м|х|ми|ой|ая|ое|ые|ый|ий|ого|ому)(?![\p{L}])/u;

/** A month name (full or abbreviated) just before a number. */
const MONTH_BEFORE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]$/;

/**
 * A word of the number vocabulary, with hyphenated compounds ("thirty-five"). An accented
 * Latin letter belongs to the word: "töten" is one word, not "t", "ö" and "ten".
 */
// A hyphen before a unit ends the word ("nine-year sentence", "three-day siege", "20-member"): the number word stands alone.
const WORD = /[A-Za-z\u00c0-\u024f]+(?:-(?!(?:year|month|week|day|hour|strong|member|man|person|old)s?(?![A-Za-z\u00c0-\u024f]))[A-Za-z\u00c0-\u024f]+)*/g;

/**
 * Parses digits as written ("2,000", "1 500", "2.5").
 * @param written The digits, with separators.
 * @returns The value, or null when the text is not a number.
 */
export function parseDigits(written: string): number | null {
  const cleaned = written.replace(/[,\u00a0\u202f ]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * Value of one number word: a unit ("seven"), a ten ("forty"), or a hyphenated
 * compound ("thirty-five").
 * @param word The word, any case.
 * @returns Its value, or null when it is not a simple number word.
 */
function simpleWordValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (Object.hasOwn(UNITS, lower)) return UNITS[lower] ?? null;
  if (Object.hasOwn(TENS, lower)) return TENS[lower] ?? null;
  if (!lower.includes('-')) return null; // only "thirty-five" is left, which has a hyphen
  return hyphenatedValue(lower.split('-'));
}

/** Units inside a hyphenated compound, where French "sept", "un" and "une" are unambiguous ("vingt-sept", "vingt-et-un"). */
const COMPOUND_UNITS: Record<string, number> = { ...UNITS, sept: 7, un: 1, une: 1 };

/**
 * Value of a hyphenated number word: "thirty-five", and the French compounds
 * "dix-sept", "vingt-et-un", "soixante-douze", "quatre-vingts", "quatre-vingt-dix-neuf".
 * @param parts The word's parts between hyphens, in lower case.
 * @returns Its value, or null when the parts do not form one number.
 */
function hyphenatedValue(parts: readonly string[]): number | null {
  let head: number;
  let tail = parts.slice(1);
  if (parts[0] === 'quatre' && (parts[1] === 'vingt' || parts[1] === 'vingts')) {
    head = 80;
    tail = parts.slice(2);
    if (tail.length === 0) return 80;
  } else if (parts[0] === 'dix') {
    head = 10;
  } else {
    const ten = TENS[parts[0] ?? ''];
    if (ten === undefined) return null;
    head = ten;
  }
  if (tail[0] === 'et' && head >= 20 && head <= 70) tail = tail.slice(1); // "vingt-et-un", "soixante-et-onze"
  // French counts 70 and 90 as "sixty-ten" and "eighty-ten": a ten from 10 to 19 follows 60 and 80 only.
  const teensFollow = head === 60 || head === 80;
  if (tail.length === 2 && tail[0] === 'dix' && teensFollow) {
    const unit = COMPOUND_UNITS[tail[1] ?? ''];
    return unit !== undefined && unit >= 7 && unit <= 9 ? head + 10 + unit : null;
  }
  if (tail.length !== 1) return null;
  const unit = COMPOUND_UNITS[tail[0] ?? ''];
  if (unit === undefined || unit === 0) return null;
  if (head === 10) return unit >= 7 && unit <= 9 ? 10 + unit : null; // "dix-sept", "dix-huit", "dix-neuf"
  if (unit < 10 || (teensFollow && unit < 20)) return head + unit;
  return null;
}

/**
 * Parses a run of English number words: "one hundred", "two hundred and fifty",
 * "thirty-five thousand", "a thousand", "half a million", "one and a half million".
 * @param phrase The words, separated by spaces.
 * @returns The value, or null when the words do not form a number.
 */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase.toLowerCase().trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seenNumber = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === 'and') continue;
    if (word === 'a' || word === 'an' || word === 'un' || word === 'une') {
      // "a hundred", "half a million": an article stands for one.
      current = current === 0 ? 1 : current;
      seenNumber = true;
      continue;
    }
    if (word === 'half') {
      // "one and a half million", "half a million".
      if (seenNumber && current > 0 && words[i - 1] === 'a') current = current - 1 + 1.5;
      else current = current + 0.5;
      seenNumber = true;
      continue;
    }
    if (FRENCH_HUNDREDS.has(word)) {
      // "cent trente" (130), "deux cents" (200); "mille deux cents" (1,200).
      if (current > 9) return null;
      current = (current === 0 ? 1 : current) * 100;
      seenNumber = true;
      continue;
    }
    if (word === 'dozen') {
      current = (current === 0 ? 1 : current) * 12;
      seenNumber = true;
      continue;
    }
    const collective = COLLECTIVES[word];
    if (collective !== undefined) {
      current = (current === 0 ? 1 : current) * collective;
      seenNumber = true;
      continue;
    }
    const simple = simpleWordValue(word);
    if (simple !== null) {
      current += simple;
      seenNumber = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale !== undefined && /^[a-z]+$/.test(word) && word.length > 3) {
      if (!seenNumber && word !== 'mille') return null; // "mille deux cents": French writes a thousand with no 'one'
      if (scale === 100) current = (current === 0 ? 1 : current) * 100;
      else {
        total += (current === 0 ? 1 : current) * scale;
        current = 0;
      }
      seenNumber = true;
      continue;
    }
    return null;
  }
  if (!seenNumber) return null;
  const value = total + current;
  return Number.isFinite(value) ? value : null;
}

/** A cheap test before the word scan: does the text hold any number word at all? */
const ANY_NUMBER_WORD =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|deux|trois|quatre|cinq|huit|neuf|dix|onze|douze|treize|quatorze|quinze|vingt|trente|quarante|cinquante|soixante|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|dreißig|vierzig|fünfzig|dizaine|vingtaine|trentaine|cinquantaine|centaine|millier|cents?|mille|milliards?)\b/i;

/**
 * Whether a word may appear inside a run of number words.
 * @param lower The word in lower case (the scan lowers each word once).
 */
function isLowerNumberWord(lower: string): boolean {
  return simpleWordValue(lower) !== null || (Object.hasOwn(SCALES, lower) && lower.length > 3) || lower === 'dozen' || Object.hasOwn(COLLECTIVES, lower);
}

/**
 * Whether a word is a French unit or ten, alone or hyphenated ("deux", "vingt-deux", "quatre-vingt").
 * @param lower The word in lower case.
 */
function isFrenchNumberWord(lower: string): boolean {
  return FRENCH_NUMBER_WORDS.has(lower) || (lower.includes('-') && lower.split('-').every((part) => FRENCH_NUMBER_WORDS.has(part) || part === 'et' || part === 'un' || part === 'vingts'));
}

/**
 * Whether the word at `index` opens a French number with no unit before it: "cent"
 * or "mille" followed by another French number word or by a plural noun in lower
 * case ("cent trente-deux", "mille personnes"), never "pour cent" (percent).
 * @param text The text.
 * @param words Its words.
 * @param index The word's index.
 */
function isFrenchHundredsStart(text: string, words: readonly WordSpan[], index: number): boolean {
  const word = (words[index] as WordSpan).word;
  if (word !== 'cent' && word !== 'mille') return false;
  const before = words[index - 1]?.word.toLowerCase();
  if (before === 'pour' || before === 'per') return false;
  const next = words[index + 1];
  if (next === undefined || !onlySpaceBetween(text, (words[index] as WordSpan).end, next.start)) return false;
  return isFrenchNumberWord(next.word.toLowerCase()) || /^\p{Ll}+[sx]$/u.test(next.word);
}

/** A word with its position. */
interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * Lists the words of a text with their offsets.
 * @param text Any text.
 * @returns Words (letters and inner hyphens) in order.
 */
function wordsOf(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Whether only spaces (and, between number words, nothing else) separate two offsets.
 * @param text The text.
 * @param from End of the earlier word.
 * @param to Start of the later word.
 */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return /^[ \u00a0]+$/.test(text.slice(from, to));
}

/**
 * Finds numbers written in words: runs like "one hundred", "thirty-five thousand",
 * "a dozen", "two hundred and fifty", "half a million".
 * @param text The text to scan.
 * @returns Tokens in text order.
 */
export function findWordNumbers(text: string): NumberToken[] {
  if (!ANY_NUMBER_WORD.test(text)) return [];
  const words = wordsOf(text);
  const out: NumberToken[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i] as WordSpan;
    const lower = first.word.toLowerCase();
    let j = i;
    let startsWithArticle = false;
    if ((lower === 'a' || lower === 'an' || lower === 'half' || lower === 'un' || lower === 'une') && i + 1 < words.length) {
      const next = words[i + 1] as WordSpan;
      const nextLower = next.word.toLowerCase();
      // "un"/"une" count only before a French collective ("une centaine") or "un million", "un milliard".
      const french = lower === 'un' || lower === 'une';
      const isScaleNext = french ? Object.hasOwn(COLLECTIVES, nextLower) || nextLower === 'million' || nextLower === 'milliard' : nextLower === 'dozen' || (Object.hasOwn(SCALES, nextLower) && nextLower.length > 3);
      const halfA = lower === 'half' && (nextLower === 'a' || nextLower === 'an');
      if (!(isScaleNext || halfA) || !onlySpaceBetween(text, first.end, next.start)) {
        i++;
        continue;
      }
      startsWithArticle = true;
    } else if (isFrenchHundredsStart(text, words, i)) {
      // "cent trente-deux civils", "mille personnes": French writes a hundred and a thousand with no "one".
    } else if (!isLowerNumberWord(lower) || Object.hasOwn(SCALES, lower) || lower === 'dozen' || Object.hasOwn(COLLECTIVES, lower)) {
      i++;
      continue;
    }
    // Extend the run over number words, "and" between them, "a half".
    let end = j;
    j++;
    while (j < words.length) {
      const w = words[j] as WordSpan;
      const prev = words[j - 1] as WordSpan;
      if (!onlySpaceBetween(text, prev.end, w.start)) break;
      const wl = w.word.toLowerCase();
      const frenchHundreds = FRENCH_HUNDREDS.has(wl) && isFrenchNumberWord(prev.word.toLowerCase());
      if (isLowerNumberWord(wl) || frenchHundreds || ((wl === 'a' || wl === 'an') && startsWithArticle && j === i + 1)) {
        end = j;
        j++;
        continue;
      }
      if (wl === 'and') {
        // "two hundred and fifty", "one thousand and one", "one and a half million";
        // never "two and three thousand" (that is a range).
        const after = words[j + 1];
        const afterLower = after?.word.toLowerCase() ?? '';
        const half = words[j + 2];
        const previousIsScale = Object.hasOwn(SCALES, prev.word.toLowerCase());
        if ((afterLower === 'a' || afterLower === 'an') && half?.word.toLowerCase() === 'half' && after && onlySpaceBetween(text, w.end, after.start) && onlySpaceBetween(text, after.end, half.start)) {
          end = j + 2;
          j += 3;
          continue;
        }
        if (after && previousIsScale && isLowerNumberWord(afterLower) && onlySpaceBetween(text, w.end, after.start)) {
          j++;
          continue;
        }
      }
      break;
    }
    const last = words[end] as WordSpan;
    const written = text.slice(first.start, last.end);
    const value = parseNumberWords(written);
    if (value !== null && !(startsWithArticle && end === i)) {
      const token = makeWordToken(text, first.start, last.end, value, written);
      out.push(token);
    }
    i = end + 1;
  }
  return out;
}

/**
 * Builds a token for a run of number words, splitting off the trailing scale.
 * @param text The whole text.
 * @param start Start offset.
 * @param end End offset.
 * @param value Parsed value.
 * @param written The run as written.
 */
function makeWordToken(text: string, start: number, end: number, value: number, written: string): NumberToken {
  const words = written.toLowerCase().split(/\s+/);
  const lastWord = words[words.length - 1] ?? '';
  const scale = Object.hasOwn(SCALES, lastWord) && lastWord !== 'hundred' ? (SCALES[lastWord] ?? 1) : 1;
  const token: NumberToken = {
    start,
    end,
    value,
    base: scale === 1 ? value : value / scale,
    scale,
    form: 'words',
    text: text.slice(start, end),
  };
  if (words.includes('dozen') || words.some((word) => Object.hasOwn(COLLECTIVES, word))) token.dozen = true;
  return token;
}

/**
 * Finds numbers written in digits, with a scale word or glued abbreviation when
 * one follows ("50 thousand", "2.5 million", "$2m").
 * @param text The text to scan.
 * @returns Tokens in text order.
 */
export function findDigitNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  // The module's global pattern, rewound (nothing in the loop uses it): no copy compiled per call.
  const pattern = DIGIT_NUMBER;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    let written = m[0];
    let base: number | null;
    const decimalComma = DECIMAL_COMMA_SCALED.exec(text.slice(start));
    // "3.500 Euro", "12.400 Menschen": German and French thousands dots (not "1.125 billion", "3.125%").
    const dotGrouped = text.charCodeAt(start + m[0].length) === 0x2e || /\.\d{3}$/.test(m[0]) ? DOT_GROUPED.exec(text.slice(start, start + 24)) : null;
    if (dotGrouped && !DOT_GROUPED_NOT_BEFORE.test(text.slice(start + dotGrouped[0].length, start + dotGrouped[0].length + 12)) && !/[\d.,]$/.test(text.slice(Math.max(0, start - 1), start))) {
      written = dotGrouped[0];
      base = Number(written.replace(/\./g, ''));
    } else if (decimalComma) {
      written = decimalComma[0];
      base = Number(`${decimalComma[1]}.${decimalComma[2]}`);
    } else {
      // "April 16 330 people": after a month name the space-grouped reading is a day
      // followed by another number, so keep the first group only.
      if (/[ \u00a0\u202f]/.test(written) && MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
        written = written.split(/[ \u00a0\u202f]/)[0] ?? written;
      }
      base = parseDigits(written);
    }
    pattern.lastIndex = start + written.length;
    if (base === null) continue;
    let end = start + written.length;
    let scale = 1;
    const after = text.slice(end);
    // Glued to letters ("15px", "1990s", "21st", "3D") it is a code, an ordinal or a
    // decade, unless it is an amount with an abbreviated scale ("$2m", "$5bn").
    const gluedToLetters = /^[\p{L}_]/u.test(after);
    const currencyBefore = /(?:[$€£₽₸]|\b(?:Rs?|Rp|K?Sh|Shs|USh|TSh)\.?)\s?$/.test(text.slice(Math.max(0, start - 4), start));
    // "1.2m people", "3bn dollars": a scale glued to the digits before a noun of people or of money (not "100m sprint").
    const scaledNoun = GLUED_SCALE_BEFORE_NOUN.test(after);
    if (gluedToLetters && !((currencyBefore || scaledNoun) && GLUED_SCALE.test(after))) continue;
    // A Russian ordinal ending after a hyphen ("201-ю база", "5-й батальон", "90-х годах") is no count.
    if (RUSSIAN_ORDINAL_ENDING.test(after)) continue;
    // A dot glued to lower-case letters ("24.kg", "112.ua", "7.tv/") makes it a host name, not a number.
    if (/^\.[a-z]{2,}/.test(after)) continue;
    const scaleWord = DIGIT_SCALE_AFTER.exec(after);
    let remainder = 0;
    if (scaleWord) {
      const scaleKey = (scaleWord[1] ?? '').toLowerCase();
      scale = SCALES[scaleKey] ?? FOREIGN_DIGIT_SCALES[scaleKey] ?? 1;
      end += scaleWord[0].length;
      // "2 thousand 300 websites", "1 million 200 thousand" (translated Russian style): one number.
      const rest = SCALE_REMAINDER.exec(text.slice(end));
      const restScale = rest?.[2] !== undefined ? 1e3 : 1;
      if (rest && scale >= 1e3 && Number(rest[1]) * restScale < scale && restScale < scale) {
        remainder = Number(rest[1]) * restScale;
        end += rest[0].length;
      }
    } else if (AND_A_HALF.test(after) && Number.isInteger(base)) {
      // "15 and a half years": one number.
      const half = AND_A_HALF.exec(after)?.[0] ?? '';
      base += 0.5;
      end += half.length;
    } else {
      const glued = GLUED_SCALE.exec(after);
      if (glued && (currencyBefore || scaledNoun)) {
        const abbreviation = (glued[1] ?? '').toLowerCase();
        scale = abbreviation === 'k' ? 1e3 : abbreviation === 'm' || abbreviation === 'mln' ? 1e6 : 1e9;
        end += glued[0].length;
      }
    }
    pattern.lastIndex = end;
    out.push({
      start,
      end,
      value: roundValue(base * scale + remainder),
      base: remainder === 0 ? base : roundValue(base + remainder / scale),
      scale,
      form: 'digits',
      text: text.slice(start, end),
    });
  }
  return out;
}

/**
 * Removes floating-point noise from a scaled value (2.3 * 1e6).
 * @param value A computed value.
 * @returns The value rounded to 6 significant decimals.
 */
function roundValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Finds every number in a text, in digits or words, in text order.
 * A digit number followed by number words ("2 hundred") keeps the digits only.
 * @param text The text to scan.
 * @returns Non-overlapping tokens sorted by start offset.
 */
export function findNumbers(text: string): NumberToken[] {
  const all = [...findDigitNumbers(text), ...findWordNumbers(text), ...findForeignWordNumbers(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NumberToken[] = [];
  for (const token of all) {
    const previous = out[out.length - 1];
    if (previous && token.start < previous.end) continue;
    out.push(token);
  }
  return out;
}

/**
 * Whether a number word continues the number written before it: a ten after a
 * hundred ("сто двадцать"), a unit after a ten, or after a hundred ("двести пять").
 * @param before The value so far (unscaled).
 * @param part The next word's value.
 */
function continuesForeignNumber(before: number, part: number): boolean {
  if (before >= 100 && before < 1000 && before % 100 === 0) return part < 100;
  const lastTen = before % 100;
  return lastTen >= 20 && lastTen % 10 === 0 && part < 10;
}

/** Number words of other languages (languages.yaml `number_words`), by lower-case word. */
const FOREIGN_NUMBER_WORDS: Readonly<Record<string, number>> = languageVocabulary().numberWords;

/**
 * One foreign number word as a whole word, optionally followed by a foreign scale
 * word ("sechs Millionen", "шесть тысяч"), or a foreign scale word alone standing
 * for one of it ("более тысячи": more than a thousand).
 */
const FOREIGN_WORD_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${Object.keys(FOREIGN_NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})(?:[ \\u00a0](${FOREIGN_SCALE_ALTERNATION}|million|millionen|milliarden))?|(тысячи|тысячу|seribu|bin|tausend))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** What follows a French "sept" that counts: a plural noun in lower case ("sept militaires", "sept ans"), or "d'entre eux". */
const FRENCH_SEPT_CONTEXT = /^[ \u00a0](?:\p{Ll}+[sx](?![\p{L}\p{N}])|d['’]\s?entre\s+(?:eux|elles)\b)/u;

/** A quick test for Cyrillic letters or the Latin number words of languages.yaml (a prefilter for `findForeignWordNumbers`; a German "tausend" alone is a number word there too). */
const FOREIGN_PREFILTER = languageVocabulary().numberCue;

/**
 * Numbers written as words of other languages: "enam tahun", "три года",
 * "dördü", "sechs Millionen", "более тысячи".
 * @param text A sentence or paragraph.
 * @returns The numbers found, in text order.
 */
export function findForeignWordNumbers(text: string): NumberToken[] {
  if (!FOREIGN_PREFILTER.test(text)) return [];
  const out: NumberToken[] = [];
  FOREIGN_WORD_NUMBER.lastIndex = 0;
  for (let m = FOREIGN_WORD_NUMBER.exec(text); m !== null; m = FOREIGN_WORD_NUMBER.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[3] !== undefined) {
      // "тысячи" alone is a thousand only after a comparative ("более тысячи", "около тысячи"); "bin" alone never.
      const lower = m[3].toLowerCase();
      if (lower === 'bin' || (lower.startsWith('тысяч') && !/(?:более|около|свыше|менее|почти|до)\s$/iu.test(text.slice(Math.max(0, start - 8), start)))) continue;
      // "mehr als tausend", "rund tausend": German "tausend" alone after a comparative or an approximation.
      if (lower === 'tausend' && !/(?:mehr als|über|rund|etwa|knapp|fast|beinahe|bis zu|an die|gut|weit über)\s$/iu.test(text.slice(Math.max(0, start - 12), start))) continue;
      out.push({ start, end, value: 1000, base: 1, scale: 1000, form: 'words', text: m[0] });
      continue;
    }
    const base = FOREIGN_NUMBER_WORDS[(m[1] ?? '').toLowerCase()];
    if (base === undefined) continue;
    const scaleWord = m[2]?.toLowerCase();
    const scale = scaleWord === undefined ? 1 : (FOREIGN_DIGIT_SCALES[scaleWord] ?? SCALES[scaleWord] ?? 1e6);
    const previous = out[out.length - 1];
    // French "sept" only before a plural noun in lower case or after a ten's hyphen: "Sept." and "Sept 12" are September.
    if (m[1]?.toLowerCase() === 'sept' && m[2] === undefined && !FRENCH_SEPT_CONTEXT.test(text.slice(end)) && !(previous !== undefined && previous.end === start - 1 && text[start - 1] === '-')) continue;
    // "двадцать три", "yirmi üç", "vingt-deux", "сто двадцать пять тысяч": the parts of one number written apart
    // (or hyphenated), the last one maybe scaled.
    if (previous && previous.scale === 1 && continuesForeignNumber(previous.value, base) && /^[ \u00a0-]$/.test(text.slice(previous.end, start))) {
      const joined = previous.value + base;
      out[out.length - 1] = { ...previous, end, value: joined * scale, base: joined, scale, text: text.slice(previous.start, end) };
      continue;
    }
    out.push({ start, end, value: base * scale, base, scale, form: 'words', text: m[0] });
  }
  return out;
}
