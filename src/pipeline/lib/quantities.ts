/**
 * Quantities in a sentence: numbers with their qualifier ("more than", "up to"),
 * range ("between 30 and 50 thousand", "10% to 20%"), currency, percent, distance
 * ("km", "miles") or weight unit, with numbers that are not quantities (dates,
 * years, times, phone numbers, ordinals, numbers inside names, ages, durations,
 * short lengths and areas) left out. A prison term in years ("sentenced to 8
 * years") is a quantity with the unit "years", unlike other spans of time.
 */
import { languageVocabulary } from './language-vocabulary.ts';
import { PERSON_NOUNS, TITLE_WORDS } from '../ner/lexicon.ts';

/** Counted nouns of other languages, lower case (languages.yaml `counted_nouns`). */
const FOREIGN_COUNTED: ReadonlySet<string> = languageVocabulary().countedNouns;
/** Spans of time and prison-term words of other languages (languages.yaml). */
const DURATIONS = languageVocabulary().durations;

/**
 * Whether the word after a number is a counted noun of another language ("drei
 * Personen", "sieben Männer"), in Russian after up to two adjectives: German
 * capitalises its nouns, so a number after a capitalised word ("am Samstag drei
 * Personen") is still a count.
 * @param after The text after the number.
 * @returns True when the next word is such a noun.
 */
function countsForeignNoun(after: string): boolean {
  const words = /^\s+(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/u.exec(after);
  if (words === null) return false;
  // "пять вооруженных боевиков", "три скоординированные группы": up to two Russian adjectives before the noun.
  for (const word of words.slice(1)) {
    if (word === undefined) return false;
    const lower = word.toLowerCase();
    if (FOREIGN_COUNTED.has(lower)) return true;
    if (!RUSSIAN_ADJECTIVE.test(lower)) return false;
  }
  return false;
}

/** A Russian adjective in a case a count governs ("вооруженных", "скоординированные", "иностранных"). */
const RUSSIAN_ADJECTIVE = /^\p{Script=Cyrillic}{3,}(?:ых|их|ые|ие|ый|ий|ой|ая|ое|ую|ого|его)$/u;
import { findNumbers, type NumberToken } from './numbers.ts';
import { findDates } from './dates.ts';

/** One quantity of a sentence. Offsets are indices into the sentence. */
export interface Quantity {
  /** Start of the whole expression, qualifier and currency sign included. */
  start: number;
  /** End of the whole expression, unit word included. */
  end: number;
  /** Start of the first number. */
  numberStart: number;
  /** End of the last number (its scale word included). */
  numberEnd: number;
  /** The value of a single number. */
  value?: number;
  /** Lower bound of a range. */
  min?: number;
  /** Upper bound of a range. */
  max?: number;
  /** The qualifier as written, lower-cased: "more than", "about", "or more", "a dozen". */
  approx?: string;
  /** "percent", an ISO 4217 code ("USD", "KZT"), a distance's ("km", "miles"), a weight's ("kg", "t") or "years" for a prison term. */
  unit?: string;
  /** How the (first) number is written. */
  form: 'digits' | 'words';
  /** A number in words below ten without a scale ("two", "eight"): a figure only with a countable noun or a claim verb. */
  smallWord: boolean;
  /** The expression as written, `sentence.slice(start, end)`. */
  text: string;
}

/** Qualifiers before a number, longest first so "more than" beats "more". */
const QUALIFIERS = [
  'slightly more than', 'a little more than', 'a little over', 'somewhere around', 'somewhere near',
  'no more than', 'no fewer than', 'no less than', 'not more than', 'not less than', 'not fewer than',
  'as many as', 'as few as', 'as much as', 'more than', 'fewer than', 'less than', 'greater than',
  'at least', 'at most', 'up to', 'upwards of', 'in excess of', 'close to', 'just over', 'just under',
  'well over', 'well above', 'just above', 'an estimated', 'approximately', 'roughly', 'nearly', 'almost',
  'about', 'around', 'some', 'over', 'under', 'estimated', 'approx.', 'circa', 'almost exactly', 'perhaps',
  'maybe', 'possibly', 'below', 'above',
  // French
  'environ', 'quelque', 'près de', 'plus de', 'moins de', "jusqu'à", 'jusqu’à', 'au moins', 'presque',
  // German
  'etwa', 'rund', 'mehr als', 'knapp', 'fast', 'bis zu', 'mindestens', 'über', 'ca.',
  // Russian
  'не менее', 'не более', 'более чем', 'как минимум', 'около', 'более', 'свыше', 'почти', 'порядка', 'примерно',
  'приблизительно', 'менее', 'минимум', 'максимум', 'до',
];
const QUALIFIER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${QUALIFIERS.map((q) => q.replace(/[.]/g, '\\.')).join('|')})\\s+$`,
  'iu',
);
const QUALIFIER_AFTER = /^\s+(or more|or so|and more|or fewer|or less|and above|plus)\b/i;

/** Currency signs and codes written before the number. */
const CURRENCY_BEFORE = /(US\$|\$|€|£|₽|₸|₹|\bRs\.?|\bR(?=$)|\b(?:KSh|Ksh|USh|TSh|Shs|Sh|Rp)\.?|\b(?:USD|EUR|GBP|RUB|KZT|KGS|UZS|TJS|TMT|AFN|TRY|CNY|PKR|INR|UAH|BYN|AZN|GEL|AMD|MNT|IQD|IRR|SYP|LBP|JOD|SAR|AED|QAR|KWD|EGP|MAD|DZD|TND|LYD|NGN|KES|UGX|TZS|ETB|SOS|ZAR|XOF|XAF|BDT|LKR|NPR|IDR|MYR|PHP|THB|SGD|JPY|KRW|AUD|NZD|CAD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|ILS))\s?$/;
/** Currency words and codes written after the number. */
const CURRENCY_AFTER =
  /^\s*(?:(?:US|U\.S\.|American)\s+)?(dollars?|euros?|pounds? sterling|pounds?|(?:Russian\s+)?r[ou]+bles?|tenge|soms?|somoni|soums?|sums?|manats?|liras?|lira|yuan|afghanis?|rupees?|USD|EUR|GBP|RUB|KZT|KGS|UZS|TJS|TMT|AFN|TRY|CNY|PKR|INR)\b/i;
const PERCENT_AFTER = /^\s*(%|percent\b|per cent\b|pct\b|percentage points?\b)/i;
/** A distance in kilometres or miles after its number: "20 km", "a 911-kilometre border", "some 10 miles", "40 kilomètres", "150 километрах". */
const DISTANCE_AFTER = /^[\s-]*(km|kilomet(?:er|re)s?|kilomètres?|miles?|км|километр[\p{L}]*)(?![\p{L}\p{N}])/iu;
const WEIGHT_AFTER = /^\s*(kg|kilograms?|kilogrammes?|tonnes?|tons?|кг|килограмм\p{L}*|тонн\p{L}*|т\.)(?![\p{L}])/iu;

/** ISO 4217 codes of currency signs and words. */
const CURRENCY_CODES: Record<string, string> = {
  $: 'USD', us$: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '₸': 'KZT',
  dollar: 'USD', euro: 'EUR', pound: 'GBP', 'pound sterling': 'GBP', ruble: 'RUB', rouble: 'RUB',
  tenge: 'KZT', som: 'KGS', somoni: 'TJS', soum: 'UZS', sum: 'UZS', manat: 'TMT', lira: 'TRY',
  yuan: 'CNY', afghani: 'AFN', '₹': 'INR',
  // "Rs" and "rupees" are Pakistan's, India's, Sri Lanka's and Nepal's: the word, not a guessed code.
  rs: 'rupees', 'rs.': 'rupees', rupee: 'rupees',
  // "R1 million": South Africa's rand, glued to the sum.
  r: 'ZAR', rand: 'ZAR',
  // "Sh20 million": Kenya's, Uganda's, Tanzania's or Somalia's shillings; "KSh", "USh", "TSh" say whose.
  sh: 'shillings', 'sh.': 'shillings', shs: 'shillings', 'shs.': 'shillings', ksh: 'KES', 'ksh.': 'KES', ush: 'UGX', tsh: 'TZS',
  // "Rp 100 juta": Indonesia's rupiah.
  rp: 'IDR', 'rp.': 'IDR',
};

/** Nouns that name a numbered thing, so "Article 205", "resolution 2178" or "по статье 317" is a name, not a count. */
const NAME_NUMBER_BEFORE =
  /(?:^|[^\p{L}])(resolutions?|articles?|paragraphs?|clauses?|parts?|sections?|chapters?|decrees?|laws?|lois?|décrets?|dahirs?|ley|leyes|n°|стать[яеиюёй]|ст\.|част[ьи]|ч\.|пункт[аеу]?|flights?|units?|no\.?|nos\.?|numbers?|pages?|rooms?|items?|points?|cases?|camps?|routes?|highways?|bus|buildings?|blocks?|houses?|apartments?|districts?|sectors?|zones?|levels?|grades?|class|channels?|gates?|terminals?|protocols?|orders?|files?|platforms?|versions?|models?|top|category|categories|phase|stage|round|episode|season|volume|vol\.|issue|code|line|lines|№|#)\s*$/iu;

/** The later part of a law's or a resolution's number: "law 86-|14", "loi n° 03-|03", "Resolution 2396/|2017". */
const NUMBERED_NAME_PART_BEFORE = /(?:^|[^\p{L}])(?:laws?|lois?|décrets?|decrees?|dahirs?|ley|resolutions?|articles?|no\.?|n°|№|#)\s*\d+[-/]$/iu;

/** A list of legal provisions or other numbered items before a number: "Articles 179 and ", "parts 2, 3 or ". */
const PROVISION_LIST_BEFORE =
  /(?:^|[^\p{L}])(?:articles|paragraphs|clauses|parts|sections|chapters|points|resolutions|decrees)\s+\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*\s*(?:,|and|or|&)\s*$/iu;

/** A month or weekday name: a number word after it is no part of a name ("last March two gunmen"). */
const TIME_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Capitalised words that may directly precede a figure at the start of a sentence. */
const FUNCTION_WORDS_BEFORE_NUMBER = new Set([
  'a', 'in', 'of', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'under', 'only', 'just', 'at', 'up', 'to',
  'by', 'for', 'with', 'more', 'fewer', 'less', 'approximately', 'roughly', 'estimated', 'an', 'the', 'all',
  'another', 'those', 'these', 'its', 'their', 'his', 'her', 'and', 'but', 'since', 'from', 'between', 'exactly',
  'precisely', 'still', 'also', 'after', 'before', 'while', 'whereas', 'although', 'than', 'least', 'many', 'as',
  'each', 'every', 'among', 'including', 'perhaps', 'maybe', 'possibly', 'circa', 'upwards', 'excess', 'close',
  'somewhere', 'if', 'when', 'that', 'what', 'then', 'now', 'today', 'yesterday', 'there', 'here', 'another',
  'so', 'far', 'total', 'overall', 'altogether', 'officially', 'reportedly', 'allegedly', 'currently',
]);

/**
 * Spans that hold numbers which are never quantities: addresses, codes, phones, times,
 * ambiguous numeric dates, year ranges. Each pattern runs only when its cheap trigger
 * is in the sentence (the patterns with open-ended runs would be slow on long tokens).
 */
const NON_QUANTITY_SPANS: ReadonlyArray<{ pattern: RegExp; trigger: RegExp }> = [
  // Addresses: https://..., www..., e-mail, handles and hashtags.
  { trigger: /:\/\/|www\./i, pattern: /\b(?:https?:\/\/|www\.)\S+/gi },
  { trigger: /@/, pattern: /[\w.+-]+@[\w-]+\.[\w.]+/g },
  { trigger: /[@#]/, pattern: /[@#][\p{L}\d_]+/gu },
  // Codes glued by separators: ISBN-like 978-3-16-148410-0, ids like 68221862-17ceb980.
  { trigger: /\d[-_/][\p{L}\d]+[-_/]|[-_/][\p{L}\d]+[-_/]\d/u, pattern: /\b[\p{L}\d]+(?:[-_/][\p{L}\d]+){2,}\b/gu },
  // Phone numbers: +7(700) 388 81 09, (727) 123-45-67, 555-123-4567.
  { trigger: /\+\s?\d/, pattern: /\+\s?\d[\d\s().\-]{6,}\d/g },
  { trigger: /\(\d/, pattern: /(?:\b\d{1,3}\s?)?\(\d{2,5}\)\s?\d[\d\s\-]{4,}\d/g },
  { trigger: /\d[-.]\d/, pattern: /\b\d{3}[-.]\d{2}[-.]\d{2}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b/g },
  // A trunk prefix opening with a zero, a hyphen, then groups of digits: 07-221 2999, 021-3456 7890.
  { trigger: /(?<!\d)0\d{1,4}-\d/, pattern: /(?<![\d,.])0\d{1,4}-\d{3,4}(?:[\s-]\d{3,4})?(?!\d|[,.]\d)/g },
  // Times: 14:51, 10 a.m., 9.30 pm, 8 o'clock (not the start of "1.125 billion" or "12.400").
  // (An hour and its minutes only: "39.33 percent" is a share, and a share is never a time.)
  { trigger: /\d[:.]\d/, pattern: /\b(?:[01]?\d|2[0-4])[:.][0-5]\d(?!\d)(?!\s*(?:%|percent\b|per cent\b))(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|GMT\b|UTC\b|MSK\b)?/gi },
  { trigger: /\d\s*(?:a\.m|p\.m|am\b|pm\b|o'clock|hrs|h\b)/i, pattern: /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|hrs\b|h\b)/gi },
  // German and Russian clock times: "gegen 22 Uhr", "um 21.55 Uhr", "в 11 часов утра".
  { trigger: /\d\s*(?:Uhr|час)/u, pattern: /(?<![\p{N}])\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr\b|часов\s+(?:утра|вечера|дня|ночи))/gu },
  // Numeric dates that dates.ts leaves out as ambiguous (05/09/2014); slashed codes (9/11, 24/7).
  { trigger: /\d[./]\d/, pattern: /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,3}\/\d{1,3}\b/g },
  // Year ranges and seasons: 2014-2015, 2014–15, 2014/15.
  { trigger: /\d\s*[-–—/]\s*\d/, pattern: /\b(?:1[89]|20)\d{2}\s*[-–—/]\s*(?:(?:1[89]|20)\d{2}|\d{2})\b/g },
  // Bracketed references: (1), [2].
  { trigger: /[([]\d/, pattern: /[([]\d{1,2}[)\]]/g },
];

/** Count nouns that make a four-digit number a count rather than a year ("2000 militants"). */
// (The words between are the count's adjectives, never a preposition: "in 2017 by militants" is a year.)
const YEAR_LIKE_COUNT_NOUN =
  /^\s+(?:(?!(?:by|in|of|from|on|at|for|with|to|and|or|as|when|after|before|against|among)\s)[a-z-]+\s+){0,2}(people|persons|individuals|citizens|nationals|residents|men|women|children|fighters|militants|jihadists|extremists|terrorists|members|soldiers|troops|refugees|migrants|families|cases|attacks|rockets|missiles|supporters|followers|recruits|suspects|prisoners|detainees|victims|civilians|volunteers|mercenaries|workers|students|returnees|dollars|euros|rubles|roubles|tenge)\b/;

/** A preposition of time right before a four-digit number makes it a year ("since 2014 in cases ..."). */
const YEAR_PREPOSITION_BEFORE = /\b(?:since|until|till|before|after|during|throughout)\s+$/i;

/**
 * A cheap test before running the date patterns: a month name (English, Russian), a
 * numeric date, or a day before a German, French, Turkish or Uzbek month that does not
 * start like an English one ("3. Dezember", "1 Ocak", "30-mart").
 */
const MAY_HOLD_DATE =
  /\d[./-]\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек)|\d[.\s-]\s?(?:mär|mai|okt|dez|janv|févr|avr|juil|août|aout|déc|ocak|şubat|subat|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|yanvar|fevral|aprel|iyun|iyul|avgust|senty?abr|okty?abr|noyabr|dekabr)/iu;

/** Words of a telephone right before a number: "hotline on ", "call ", "dial ", "phone number ". */
const PHONE_CUE_BEFORE = /\b(?:hotline|helpline|hot line|call|dial|phone|telephone|tel\.?|whatsapp|sms)(?:\s+(?:number|line|on|at))*\s*:?\s*$|\b(?:call|contact|phone|ring)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:on|at)\s+$/iu;

/** A day of the month right before another day and its month: "7 и ", "28 to ", "28-", "3 et ". */
const DAY_BEFORE_DAY = /(?<![\p{N}.,])(\d{1,2})(?:\s*[-–—]\s*|\s+(?:and|to|or|through|и|по|или|et|au|ou|y|al|a|e|und|bis)\s+)$/u;

/**
 * Computes the spans of a sentence whose numbers can never be quantities.
 * @param sentence The sentence.
 * @returns [start, end) spans, possibly overlapping.
 */
export function nonQuantitySpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Dates with a month name or in numeric form ("April 21", "25 сентября 2013", "2014-09-26").
  if (MAY_HOLD_DATE.test(sentence)) {
    for (const date of findDates(sentence, { bareYears: false })) {
      spans.push([date.index, date.index + date.length]);
      // "7 и 9 мая", "from 28 to 31 May", "28-31 mars": the first day of a span of days shares the month.
      const day = /^\d{1,2}/.exec(date.text)?.[0];
      const first = day === undefined ? null : DAY_BEFORE_DAY.exec(sentence.slice(Math.max(0, date.index - 12), date.index));
      if (first && Number(first[1]) < Number(day)) spans.push([date.index - first[0].length, date.index]);
    }
  }
  for (const { pattern, trigger } of NON_QUANTITY_SPANS) {
    if (!trigger.test(sentence)) continue;
    for (const m of sentence.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * Says why a number is not a quantity, or null when it may be one.
 * @param sentence The sentence.
 * @param token The number.
 * @param spans Spans from `nonQuantitySpans`.
 * @returns A short reason ("date", "year", "age"...) or null.
 */
export function nonQuantityReason(sentence: string, token: NumberToken, spans: Array<[number, number]>): string | null {
  if (spans.some(([s, e]) => token.start < e && token.end > s)) return 'date, time, phone or code';
  const before = sentence.slice(Math.max(0, token.start - 40), token.start);
  const after = sentence.slice(token.end, token.end + 40);
  if (/[\p{L}][-‐]$/u.test(before)) return 'part of a name or code';
  // "call their hotline on 9704000", "dial 1199": a number to call, written without separators.
  if (token.form === 'digits' && /^\d{3,}$/.test(token.text) && PHONE_CUE_BEFORE.test(before)) return 'phone';
  // "Crime Stop on 08600 10111": digits opening with a zero are a number to dial or a code, and so is the group after them.
  if (token.form === 'digits' && (/^0\d{2,}/.test(token.text) || /(?:^|[^\d,.])0\d{2,}[ \u00a0]$/.test(before))) return 'phone or code';
  if (token.form === 'digits' && /^[.,]\d/.test(after)) return 'part of a longer number';
  if (token.form === 'digits' && token.scale === 1 && Number.isInteger(token.value) && /^\d{4}$/.test(token.text)
    && token.value >= 1800 && token.value <= 2100 && (!YEAR_LIKE_COUNT_NOUN.test(after) || YEAR_PREPOSITION_BEFORE.test(before))) {
    return 'year';
  }
  if (/^[\s-]*(?:years?|yrs?)[\s-]+old\b|^\s*years?\s+of\s+age\b|^\s*Jahre\s+alt\b/i.test(after)) return 'age';
  // "der 30-Jährige", "einem 19-jährigen Mann": a German age.
  if (/^[-‐]j[äa]hrig/i.test(after)) return 'age';
  // "34-летний житель", "35-летней женщины": a Russian age; "75-летие", "20-летия": an anniversary.
  if (/^[-‐–]\s?лет(?:н|и[еяюй])/iu.test(after)) return 'age';
  // "31 and 27 years old", "31 und 27 Jahre alt": the first of two ages.
  if (token.value < 120 && /^\s+(?:and|und|or|oder)\s+\d{1,3}\s+(?:years?\s+old|Jahre\s+alt)\b/i.test(after)) return 'age';
  // "two thirds of those returned", "one-quarter of the budget": a fraction, not a count.
  if (token.form === 'words' && /^[\s-]+(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i.test(after)) return 'fraction';
  if (/\b(?:aged|age of|ages of|age)\s*$/i.test(before)) return 'age';
  // "aged between 19 and 35", "aged from 16 to 25", "aged 6 and 4".
  if (/\b(?:aged|ages?)\s+(?:(?:between|from)\s+)?(?:\d{1,3}\s+(?:and|to)\s+)?$/i.test(before)) return 'age';
  // "he is 25 and comes from ...", "was 19 when he left".
  if (token.value < 120 && /\b(?:he|she|who|i|brother|sister|son|daughter|man|woman|boy|girl|father|mother|husband|wife|suspect|defendant|attacker|bomber|gunman|victim)\s+(?:is|was|'s|turned|turns)\s+$/i.test(before) && /^\s*(?:[,.;:)]|and\b|when\b|at\b|$)/i.test(after)) return 'age';
  if (token.form === 'digits' && token.value < 120 && /\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*(?:,|[.;)]\s*$|[.;)]\s+\p{Lu})/u.test(after)) {
    return 'age';
  }
  // "Mallinger, at 97, was the oldest": a name, then "at" and an age set off by commas.
  if (token.form === 'digits' && token.value < 120 && /\p{Lu}[\p{L}'’-]+,\s*at\s+$/u.test(before) && /^\s*,/.test(after)) return 'age';
  // "a .45-caliber pistol", "a 9mm handgun", "7.62-calibre rounds": a weapon's calibre, no count.
  if (/^-?\s?(?:caliber|calibre|mm)\b/iu.test(after)) return 'calibre';
  // "the church's sacristan, a man of 55", "a woman of 60": a person's age after "of".
  if (token.value < 120 && /\b(?:a|an)\s+(?:(?:young|old|elderly)\s+)?(?:man|woman|boy|girl|person|father|mother|grandfather|grandmother)\s+of\s+$/i.test(before) && /^\s*(?:[,.;:)]|and\b|who\b|$)/i.test(after)) return 'age';
  // "most of the children are younger than 10", "older than 60".
  if (token.value < 120 && /\b(?:younger|older)\s+than\s+$/i.test(before)) return 'age';
  // "her son, 19, had ...", "a woman, 34, who ...".
  if (token.form === 'digits' && token.value < 120 && /^\s*,/.test(after)
    && /\b(?:son|daughter|boy|girl|man|woman|brother|sister|husband|wife|child|teenager|student|mother|father|suspect|defendant|victim|resident|native|nephew|niece|grandson|granddaughter),\s*$/i.test(before)) {
    return 'age';
  }
  // "The pilot, 26, from Karak", "the officer, 41, who ...": any noun of a person or a rank (ner/lexicon.ts) before the age.
  const personBefore = token.form === 'digits' && token.value < 120 && /^\s*,/.test(after) ? /\b([\p{Ll}-]+),\s*$/u.exec(before)?.[1] : undefined;
  if (personBefore !== undefined && (PERSON_NOUNS.has(personBefore) || TITLE_WORDS.has(personBefore))) return 'age';
  // "at least three were under 18", "all of them are over 21": an age threshold after a copula.
  if (token.value < 100 && /\b(?:were|was|are|is|being)\s+(?:all\s+)?(?:aged\s+)?(?:under|over|below|above|younger than|older than)\s+$/i.test(before)
    && !/^\s+(?:[a-z-]+\s+)?(?:people|persons|children|men|women|of|percent|per cent|%)\b/i.test(after)) {
    return 'age';
  }
  // Age thresholds: "children under 15", "people over 18", "minors younger than 14".
  if (token.value < 100 && /\b(?:children|minors|kids|boys|girls|people|persons|those|adults|youths?|teenagers|women|men)\s+(?:aged\s+)?(?:under|over|above|below|younger than|older than)\s+$/i.test(before)
    && !/^\s+(?:[a-z-]+\s+)?(?:people|persons|children|men|women|of)\b/i.test(after)) {
    return 'age';
  }
  // French: "un Daghestanais de 41 ans", "âgé de 19 ans" (a prison term, "une peine de 8 ans", is not an age).
  if (token.value < 120 && /^\s*ans\b/i.test(after) && /(?:^|[\s'’])(?:de|a|avait)\s+$/i.test(before) && !isPrisonTerm(sentence, token)) return 'age';
  if (/^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|ans|mois|semaines|jours|heures|Jahren?|Monaten?|Wochen|Tagen?|Stunden)\b/i.test(after) || FOREIGN_DURATION_AFTER.test(after)) {
    // A prison term is a figure ("sentenced to 8 years", "up to seven years in prison"); other spans of time are not.
    if (!isPrisonTerm(sentence, token)) return 'duration';
  }
  // Short lengths and areas measure no claim (a distance in kilometres or miles is a figure, `DISTANCE_AFTER`).
  // ("m" as a whole word: "vier Männer" is a count of men.)
  if (!CURRENCY_BEFORE.test(before) && /^[\s-]*(?:met(?:er|re)s?|m(?![\p{L}\p{N}])|feet|foot|ft(?![\p{L}])|cm(?![\p{L}])|mm(?![\p{L}])|square|sq(?![\p{L}])|hectares?)/iu.test(after)) {
    return 'length or area';
  }
  if (NAME_NUMBER_BEFORE.test(before) || NUMBERED_NAME_PART_BEFORE.test(before)) return 'number inside a name';
  // "Articles 179 and 186 of the Criminal Code", "paragraphs 2, 3 and 5": the later numbers of a list of legal provisions.
  if (PROVISION_LIST_BEFORE.test(before)) return 'number inside a name';
  const previousWord = /([\p{L}][\p{L}'’.-]*)\s+$/u.exec(before)?.[1];
  if (previousWord && /^\p{Lu}/u.test(previousWord) && !FUNCTION_WORDS_BEFORE_NUMBER.has(previousWord.toLowerCase()) && !countsForeignNoun(after)
    && !RUSSIAN_PLACE_PHRASE_BEFORE.test(before)
    // "gave Jane Doe and John Roe 30 years each": a prison term right after the names of the sentenced.
    && !(/^[\s-]*(?:years?|months?)\b/i.test(after) && isPrisonTerm(sentence, token))
    && !/^(?:US|U\.S\.)$/.test(previousWord) && !CURRENCY_BEFORE.test(before) && !isListedCount(before, after, token.start <= before.length)
    // "Last March two gunmen ...", "On Monday two men ...": a time word, then a count in words.
    && !(token.form === 'words' && TIME_NAME.test(previousWord))
    // "От 2 до 4 тысяч ...", "Antara 30 dan 40": a range's opening word, capitalised as the sentence's first.
    && !(/^["«“]?\p{L}+\s+$/u.test(sentence.slice(0, token.start)) && FOREIGN_RANGE_OPENERS.has(previousWord.toLowerCase()))
    // "Погибли семеро нападавших": the sentence's first word, capitalised as such, then a count in words.
    && !(token.form === 'words' && /^["«“]?\p{L}+\s+$/u.test(sentence.slice(0, token.start)) && /\p{Script=Cyrillic}/u.test(previousWord))) {
    return 'number inside a name';
  }
  if (token.value === 100 && /^\s*(?:%|percent|per cent)\s+(?:sure|certain|confident|guaranteed|true|correct|right|convinced|safe|committed|behind)\b/i.test(after)) {
    return 'idiom';
  }
  // "One by one they came out", "two by two", "one after another", "one another": a manner, not a count.
  if (token.form === 'words' && (/^\s+(?:by\s+(?:one|two|three)|after\s+(?:another|the\s+other)|another)\b/i.test(after) || /\b(?:one|two|three)\s+by\s+$/i.test(before))) {
    return 'idiom';
  }
  return null;
}

/**
 * A Russian preposition and a capitalised word right before a number: a place or
 * body in a case form ("задержали в Москве десять", "из Таджикистана 12"), not a
 * name the number belongs to.
 */
const RUSSIAN_PLACE_PHRASE_BEFORE = /(?:^|[\s(«"])(?:в|во|на|из|из-за|у|от|до|по|при|с|со|к|ко|под|над|за|для|между)\s+\p{Lu}[\p{Script=Cyrillic}-]+\s+$/u;

/**
 * Whether a number after a capitalised word is an item of a list of counts
 * ("Uzbekistan 1,500, Tajikistan 1,300 and Kazakhstan 500"), not part of a name
 * ("Boeing 737", "flight TK 255"): a title-case name of one or two words opening the
 * sentence or following a comma or "and", and a comma, "and" or the end after the number;
 * or a name right after another listed number.
 * @param before The sentence before the number (up to 40 characters).
 * @param after The sentence after the number (up to 40 characters).
 * @param sentenceStart Whether `before` starts at the sentence's start.
 */
function isListedCount(before: string, after: string, sentenceStart: boolean): boolean {
  const opening = sentenceStart ? /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?\s+$/u.test(before) : false;
  // The last item of a list ("..., Turkmenistan 360 and Armenia 20 complete the table") may run on.
  if (/\d\s*(?:,|\band)\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?\s+$/u.test(before)) return true;
  return (opening || /(?:[,;:]\s*|\band\s+)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?\s+$/u.test(before))
    && /^\s*(?:[,;:.)]|and\b|$)/.test(after);
}

/**
 * Finds the qualifier written just before an offset.
 * @param prefix The sentence up to the number (currency sign removed).
 * @returns The qualifier as written, lower-cased, with its length in the prefix, or null.
 */
function qualifierBefore(prefix: string): { approx: string; length: number } | null {
  // A qualifier is a few words: only the end of the prefix is searched (the pattern is anchored at its end).
  const tail = prefix.length > 48 ? prefix.slice(-48) : prefix;
  const m = QUALIFIER_BEFORE.exec(tail);
  if (!m) return null;
  // A match at the cut must not continue a word that the cut split.
  if (m.index === 0 && tail !== prefix && /\p{L}/u.test(prefix.charAt(prefix.length - tail.length - 1)) && /^\p{L}/u.test(tail)) return null;
  const word = (m[1] as string).toLowerCase();
  const length = tail.length - (m.index + m[0].indexOf(m[1] as string));
  return { approx: word, length };
}

/**
 * Reads a currency sign or code just before a number.
 * @param prefix The sentence up to the number.
 * @returns The ISO code and the length of the sign in the prefix, or null.
 */
function currencyBefore(prefix: string): { unit: string; length: number } | null {
  const m = CURRENCY_BEFORE.exec(prefix);
  if (!m) return null;
  const sign = (m[1] as string).toLowerCase();
  const unit = CURRENCY_CODES[sign] ?? sign.toUpperCase();
  return { unit, length: m[0].length };
}

/**
 * Whether a quantity's unit is a distance's, as `unitAfter` gives it.
 * @param unit The unit, or undefined.
 */
export function isDistanceUnit(unit: string | undefined): boolean {
  return unit === 'km' || unit === 'miles';
}

/**
 * Reads a unit word just after a number: currency, percent, distance or weight.
 * @param suffix The sentence after the number.
 * @returns The unit and the length it covers, or null.
 */
function unitAfter(suffix: string): { unit: string; length: number } | null {
  const percent = PERCENT_AFTER.exec(suffix);
  if (percent) {
    const word = (percent[1] as string).toLowerCase();
    return { unit: word.startsWith('percentage') ? 'percentage points' : 'percent', length: percent[0].length };
  }
  const currency = CURRENCY_AFTER.exec(suffix);
  if (currency) {
    const word = (currency[1] as string).toLowerCase().replace(/^russian\s+/, '');
    const singular = word.length > 3 && word.endsWith('s') && !/somoni|afghanis$/.test(word) ? word.slice(0, -1) : word.replace(/afghanis$/, 'afghani');
    const unit = CURRENCY_CODES[singular] ?? CURRENCY_CODES[word] ?? (/^[a-z]{3}$/.test(word) ? word.toUpperCase() : word);
    return { unit, length: currency[0].length };
  }
  const distance = DISTANCE_AFTER.exec(suffix);
  if (distance) return { unit: /^mi/i.test(distance[1] as string) ? 'miles' : 'km', length: distance[0].length };
  const weight = WEIGHT_AFTER.exec(suffix);
  if (weight) {
    const word = (weight[1] as string).toLowerCase();
    return { unit: word.startsWith('k') || word.startsWith('к') ? 'kg' : 't', length: weight[0].length };
  }
  return null;
}

/** Words after "N years" that make it a prison term: "in prison", "behind bars", "of imprisonment". */
const PRISON_AFTER = /^[\s-]*(?:years?|months?)['’]?[\s-]+(?:in\s+(?:prison|jail|a\s+(?:penal|prison|labou?r)\s+colony|custody|a\s+strict)|behind\s+bars|of\s+(?:imprisonment|prison|jail|strict)|of\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:sentence|term)|of\s+deprivation\s+of\s+(?:liberty|freedom)|in\s+(?:a\s+)?(?:general|strict|maximum|high|special)[\s-](?:regime|security)|imprisonment|sentences?|terms?|jail|prison)\b/i;
/** Words shortly before "N years" that make it a prison term: "sentenced to", "terms of", "faces up to", "plus", "punishable by imprisonment of", "a charge that carries". */
const PRISON_BEFORE = /\b(?:sentenced|jailed|imprisoned|imprisonment|punishable|sentences?|terms?|punishment|faces?|facing|carr(?:y|ies|ied|ying)|handed|released\s+after|plus|prison|jail)\b[^.;:]{0,60}$/i;

/** A term asked for in court, right before its number: "prosecutors had asked for eight years", "sought 15 years". */
const PRISON_REQUEST_BEFORE = /\b(?:asked\s+for|asks\s+for|asking\s+for|sought|seeks|seeking|demanded|demands|requested)\s+(?:a\s+term\s+of\s+|terms\s+of\s+)?$/i;

/**
 * A term to be served before release, right before its number: "must serve at least 20 years", "serve a minimum of 28
 * years", "could not be considered for release for at least 22 years".
 */
const MINIMUM_TERM_BEFORE = /\b(?:serve[sd]?|serving)\s+(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than)\s+$|\b(?:release|parole)\s+for\s+(?:at\s+least\s+)?$/i;

/**
 * Whether a number of years (or months) is a prison term: "sentenced to 8 years", "22 months in prison", "terms of
 * between 10 and 22 years", "up to seven years in prison", "plus 260 years".
 * @param sentence The sentence.
 * @param token The number.
 */
function isPrisonTerm(sentence: string, token: NumberToken): boolean {
  const after = sentence.slice(token.end, token.end + 40);
  const before = sentence.slice(Math.max(0, token.start - 90), token.start);
  // Other languages: "enam tahun penjara", "hukuman tujuh tahun", "к пяти годам лишения свободы", "üç yıl hapis".
  const foreign = FOREIGN_TERM_AFTER.exec(after);
  if (foreign) return FOREIGN_PRISON_AFTER.test(after.slice(foreign[0].length)) || FOREIGN_PRISON_BEFORE.test(before);
  // French: "neuf ans de prison", "condamné à 12 ans", "requis jusqu'à sept ans".
  if (/^\s*(?:ans|mois)\b/i.test(after)) return FRENCH_PRISON_AFTER.test(after) || FRENCH_PRISON_BEFORE.test(before);
  // German: "zu sechs Jahren Haft", "acht Jahre Freiheitsstrafe".
  if (/^\s*(?:Jahren?|Monaten?)\b/i.test(after)) return /^\s*(?:Jahren?|Monaten?)\s+(?:Haft|Gefängnis|Freiheitsstrafe|Jugendstrafe)\b/i.test(after);
  if (!/^[\s-]*(?:years?|months?)\b/i.test(after)) return false;
  if (PRISON_AFTER.test(after) || PRISON_BEFORE.test(before) || PRISON_REQUEST_BEFORE.test(before) || MINIMUM_TERM_BEFORE.test(before)) return true;
  // "must serve 20 years before he can apply": a term served before a release.
  if (/\b(?:serve[sd]?|serving)\s+$/i.test(before) && /^[\s-]*(?:years?|months?)\s+before\b/i.test(after)) return true;
  // "sentenced X and Y to 10 years each and Z to 15 years": the next term of a list of sentences.
  if (NEXT_SENTENCE_IN_LIST.test(sentence.slice(Math.max(0, token.start - 160), token.start))) return true;
  // "X received 13 years", "each was given six years", "the judge gave X and Y 30 years each", "received 30 months, and
  // Z 10 years": a term handed out, ending its clause.
  return (RECEIVED_TERM_BEFORE.test(before) || GAVE_NAMES_BEFORE.test(before) || GAPPED_TERM_BEFORE.test(before)) && RECEIVED_TERM_AFTER.test(after);
}

/** A later term of a list of sentences: "sentenced X to 10 years each and Y to ", "jailed X for 33 years and Y for " right before the number. */
const NEXT_SENTENCE_IN_LIST = /\bsentenced\b[^.;:]{0,120}\bto\s+\S+\s+(?:years?|months?)\b[^.;:]{0,40}\bto\s+$|\b(?:jailed|imprisoned)\b[^.;:]{0,80}\bfor\s+\S+\s+(?:years?|months?)\s+(?:each\s+)?and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}for\s+$/iu;

/** A judge's verb and the names of the people sentenced: "gave Jane Doe and John Roe " right before the term. */
const GAVE_NAMES_BEFORE = /\bgave\s+(?:\p{Lu}[\p{L}'’.-]*\s+(?:and\s+)?){1,8}$|\bgave\s+\p{Lu}[\p{L}'’.-]*,\s+\d{1,2},\s+$/u;

/** A term of the same verb left out before the next name: "received 30 months, and Jane Doe " right before the term. */
const GAPPED_TERM_BEFORE = /\b(?:received|got|was\s+given|were\s+given)\s+\S+\s+(?:years?|months?)\b[^.;:]{0,30}?,?\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$/u;

/** French words of a prison term after "N ans": "de prison", "d'emprisonnement", "de réclusion (criminelle)", "ferme". */
const FRENCH_PRISON_AFTER = /^\s*(?:ans|mois)\s+(?:de\s+prison|d['’]emprisonnement|de\s+réclusion|de\s+détention|ferme)\b/i;
/** French words before a prison term: "condamné à", "une peine de", "peines allant de 2 à", "période de sûreté de", "requis (jusqu'à)". */
const FRENCH_PRISON_BEFORE = /\b(?:condamnée?s?\s+à|(?:une\s+)?peines?\s+(?:allant\s+)?(?:de|d['’])|période\s+de\s+sûreté\s+de|requis(?:\s+(?:jusqu['’]à|contre\s+\S+))?)\s+(?:\S+\s+à\s+)?$/i;

/** A verb of receiving (or of asking for) right before "N years" (or before the range's upper end, "were given between 19 and 27 years"): "received", "got", "was given", "the prosecution asked for". */
const RECEIVED_TERM_BEFORE = /\b(?:received|receives|receive|got|gets|(?:was|were|been|be)\s+given|(?:asked|requested|sought|demanded)(?:\s+for)?)\s+(?:(?:up to|at least|more than|between)\s+|between\s+[\w.,-]+\s+and\s+|from\s+[\w.,-]+\s+to\s+)?$/i;
/** "N years" closing its clause (not "years ago", "years of training", "years old"). */
const RECEIVED_TERM_AFTER = /^[\s-]*(?:years?|months?)\s*(?:[.,;)]|each\b|apiece\b|$|and\s+\w+\s+(?:got|received)\b|for\s+(?:\p{Ll}+ing|the\s+(?:murder|killing|attack|assault|stabbing|bombing|shooting)|(?:murder|manslaughter|assault|arson|wounding)\b))/iu;

/**
 * The "years" (or "months") unit of a prison term after its number, or null.
 * @param sentence The sentence.
 * @param token The (last) number.
 * @returns The unit and the length it covers after the number, or null.
 */
function prisonYears(sentence: string, token: NumberToken): { unit: string; length: number } | null {
  if (!isPrisonTerm(sentence, token)) return null;
  const foreign = FOREIGN_TERM_AFTER.exec(sentence.slice(token.end));
  if (foreign) return { unit: DURATIONS.months.includes((foreign[1] ?? '').toLowerCase()) ? 'months' : 'years', length: foreign[0].length };
  const m = /^[\s-]*(years?|months?|ans|mois|Jahren?|Monaten?)\b/i.exec(sentence.slice(token.end)) as RegExpExecArray;
  return { unit: /^m/i.test(m[1] as string) ? 'months' : 'years', length: m[0].length };
}

/**
 * An alternation of words for a pattern, longest first, with spaces as any white space.
 * @param words Lower-case words or phrases.
 * @returns The alternation's source.
 */
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/ /g, '\\s+')).join('|');
}

/** A year or month span in another language right after a number: "tahun", "лет", "yıl" (`DURATIONS`). */
const FOREIGN_TERM_AFTER = new RegExp(`^\\s+(${alternation([...DURATIONS.years, ...DURATIONS.months])})(?![\\p{L}])`, 'iu');
/** Any span of time in another language right after a number (`DURATIONS`). */
const FOREIGN_DURATION_AFTER = new RegExp(`^\\s+(?:${alternation([...DURATIONS.years, ...DURATIONS.months, ...DURATIONS.other])})(?![\\p{L}])`, 'iu');
/** Words of a prison term after its span in another language: "penjara", "hapis", "лишения свободы". */
const FOREIGN_PRISON_AFTER = new RegExp(`^\\s+(?:${alternation(DURATIONS.prisonAfter)})`, 'iu');
/** Words of a prison term before its number in another language: "hukuman", "dituntut", "приговорил к". */
const FOREIGN_PRISON_BEFORE = new RegExp(`(?:^|[\\s,])(?:${alternation(DURATIONS.prisonBefore)})\\s+(?:\\S+\\s+)?$`, 'iu');

/** A change verb and "from" before the first number: "rose from", "has fallen sharply from". */
const CHANGE_FROM =
  /\b(?:rose|rise|risen|rising|rises|increased|increases|increase|grew|grown|grows|growing|jumped|climbed|fell|fallen|falls|falling|dropped|declined|decreased|decrease|went\s+(?:up|down)|soared|doubled|tripled|shrank|shrunk|reduced|cut|changed|swelled|surged|plunged)\s+(?:[\p{L}-]+\s+){0,3}?from\s+(?:[$€£₽₸]\s?)?$/iu;

/**
 * Whether two numbers form a range, and how: "between A and B", "from A to B",
 * "A to B", "A-B", "A or B".
 * @param sentence The sentence.
 * @param first The lower number.
 * @param second The upper number.
 */
function isRange(sentence: string, first: NumberToken, second: NumberToken): boolean {
  const gap = sentence.slice(first.end, second.start);
  const before = sentence.slice(Math.max(0, first.start - 12), first.start);
  const firstValue = first.scale === 1 && second.scale > 1 && first.base < second.base ? first.base * second.scale : first.value;
  if (!(firstValue < second.value)) return false;
  if (/^\s+and\s+(?:[$€£₽₸]\s?)?$/i.test(gap)) return /\bbetween\s+(?:[$€£₽₸]\s?)?$/i.test(before);
  // "rose from 120 to 180": two counts, before and after a change, not a range.
  if (/^\s+to\s+(?:[$€£₽₸]\s?)?$/i.test(gap)) return !/\bup\s+$/i.test(before) && !CHANGE_FROM.test(sentence.slice(Math.max(0, first.start - 60), first.start));
  if (/^\s*[-–—]\s*(?:[$€£₽₸]\s?)?$/.test(gap)) return true;
  // French: "de cinq à neuf ans", "entre 1 500 et 1 800".
  if (/^\s+à\s+$/i.test(gap)) return /(?:^|\s)de\s+$/i.test(before);
  if (/^\s+et\s+$/i.test(gap)) return /\bentre\s+$/i.test(before);
  if (/^\s+or\s+$/i.test(gap)) return first.form === 'words' && second.form === 'words';
  return isForeignRange(gap, before);
}

/** The range words of other languages (languages.yaml `range_words`), by the lower-case word between the ends. */
const FOREIGN_RANGE_GAPS: ReadonlyMap<string, readonly string[]> = languageVocabulary().rangeGaps;

/** The words that open those ranges ("от", "antara"), lower case. */
const FOREIGN_RANGE_OPENERS: ReadonlySet<string> = new Set([...FOREIGN_RANGE_GAPS.values()].flat().filter((opener) => opener !== ''));

/**
 * Whether the text between two numbers and before the first makes them a range in
 * another language: "от 150 до 200", "antara 30 dan 40", "30 bis 40".
 * @param gap The text between the numbers.
 * @param before The text just before the first number.
 * @returns True when a range pair of languages.yaml fits.
 */
function isForeignRange(gap: string, before: string): boolean {
  const word = /^\s+(\p{L}+)\s+$/u.exec(gap)?.[1]?.toLowerCase();
  const openers = word === undefined ? undefined : FOREIGN_RANGE_GAPS.get(word);
  if (!openers) return false;
  return openers.some((opener) => opener === '' || new RegExp(`(?:^|[\\s(])${opener}\\s+$`, 'iu').test(before));
}

/** The months of a prison term after its years: " and six months", " and 6 months" (the number is the next token). */
const MONTHS_AFTER_YEARS = /^\s+and\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?(?![\p{L}])/iu;

/** "one in" or "1 out of" right before a number: a share in words. */
const ONE_IN = /(?<![\p{L}\p{N}])(?:one|1)\s+(?:in|out of)\s+$/iu;

/**
 * Finds the quantities of a sentence.
 * @param sentence One sentence.
 * @returns Quantities in text order.
 */
export function findQuantities(sentence: string): Quantity[] {
  const numbers = findNumbers(sentence);
  if (numbers.length === 0) return [];
  const spans = nonQuantitySpans(sentence);
  const tokens = numbers;
  const reasons = numbers.map((t) => nonQuantityReason(sentence, t, spans));
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as NumberToken;
    const next = tokens[i + 1];
    const ranged = next !== undefined && isRange(sentence, first, next);
    const last = ranged ? (next as NumberToken) : first;
    // A range is a quantity only when both ends are ("between 6 and 12 years" is a duration).
    const excluded = reasons[i] !== null || (ranged && reasons[i + 1] !== null);
    if (ranged) i++;
    if (excluded) continue;

    let start = first.start;
    let end = last.end;
    const quantity: Quantity = {
      start, end, numberStart: first.start, numberEnd: last.end,
      form: first.form,
      smallWord: first.form === 'words' && first.value < 10 && first.scale === 1 && !first.dozen && !ranged,
      text: '',
    };
    if (ranged) {
      const scaleShared = first.scale === 1 && last.scale > 1 && first.base < last.base;
      // "between five and six hundred": the hundreds are shared too.
      const hundredShared = !scaleShared && first.form === 'words' && last.form === 'words' && first.value < 10 && last.value >= 200 && last.value < 1000 && last.value % 100 === 0 && first.value < last.value / 100;
      quantity.min = scaleShared ? first.base * last.scale : hundredShared ? first.value * 100 : first.value;
      quantity.max = last.value;
    } else {
      quantity.value = first.value;
    }

    // "one in five recruits", "1 in 4 casualties": a share (20 per cent), not a count of five; the "one" is no figure.
    const share = ranged ? null : ONE_IN.exec(sentence.slice(Math.max(0, start - 16), start));
    if (share && first.value >= 2 && first.value <= 100 && Number.isInteger(first.value)) {
      quantity.value = Math.round(1000 / first.value) / 10;
      quantity.unit = 'percent';
      start -= share[0].length;
      quantity.numberStart = start;
      if (out.at(-1) !== undefined && (out.at(-1)?.end ?? 0) > start) out.pop();
    }

    // Prefix: "between" for ranges, then a currency sign, then a qualifier.
    let prefix = sentence.slice(0, start);
    if (ranged) {
      const between = /\b(?:between|from|entre|de)\s+$/i.exec(prefix);
      if (between) {
        start -= between[0].length;
        prefix = sentence.slice(0, start);
      }
    }
    const currency = currencyBefore(prefix);
    if (currency) {
      quantity.unit = currency.unit;
      start -= currency.length;
      prefix = sentence.slice(0, start);
    }
    const qualifier = qualifierBefore(prefix);
    if (qualifier) {
      quantity.approx = qualifier.approx;
      start -= qualifier.length;
    }

    // Suffix: a unit word, then "or more".
    const unit = unitAfter(sentence.slice(end)) ?? prisonYears(sentence, last);
    if (unit && quantity.unit === undefined) {
      quantity.unit = unit.unit;
      end += unit.length;
    } else if (unit && unit.unit === quantity.unit) {
      end += unit.length;
    }
    // "one year and six months in prison": one term of 1.5 years; the months are no figure of their own.
    const months = quantity.unit === 'years' && quantity.value !== undefined ? MONTHS_AFTER_YEARS.exec(sentence.slice(end)) : null;
    const monthsToken = months ? tokens[i + 1] : undefined;
    if (months && monthsToken && monthsToken.start < end + months[0].length && monthsToken.value < 12 && quantity.value !== undefined) {
      quantity.value = Math.round((quantity.value + monthsToken.value / 12) * 100) / 100;
      end += months[0].length;
      i++;
    }
    const trailing = QUALIFIER_AFTER.exec(sentence.slice(end));
    if (trailing && quantity.approx === undefined) {
      quantity.approx = (trailing[1] as string).toLowerCase();
      end += trailing[0].length;
    }
    if (quantity.approx === undefined && first.dozen) quantity.approx = first.text.toLowerCase();

    quantity.start = start;
    quantity.end = end;
    quantity.text = sentence.slice(start, end);
    const opening = out.at(-1);
    if (opening !== undefined && isUnitRangeEnd(sentence, opening, quantity)) out[out.length - 1] = unitRange(sentence, opening, quantity);
    else out.push(quantity);
  }
  return out;
}

/**
 * Whether two quantities of one unit, each with its unit written, are the ends of a range:
 * "from seven years and six months to 349 years and six months", "between 10 percent and 20 percent", "10% to 20%".
 * @param sentence The sentence.
 * @param opening The earlier quantity.
 * @param closing The later one.
 */
function isUnitRangeEnd(sentence: string, opening: Quantity, closing: Quantity): boolean {
  if (opening.unit === undefined || opening.unit !== closing.unit || opening.value === undefined || closing.value === undefined) return false;
  if (opening.value >= closing.value || closing.approx !== undefined) return false;
  const gap = sentence.slice(opening.end, closing.start);
  // ("10% to 20%" is a range by itself; "5 years and 10 years" only after "between".)
  if (/^\s*(?:to|[–—-])\s*$/i.test(gap)) return true;
  return /^\s+and\s+$/i.test(gap) && /\b(?:from|between)\s+$/i.test(sentence.slice(0, opening.start));
}

/**
 * The range two such quantities make, "from" or "between" included.
 * @param sentence The sentence.
 * @param opening The earlier quantity.
 * @param closing The later one.
 */
function unitRange(sentence: string, opening: Quantity, closing: Quantity): Quantity {
  const start = opening.start - (/\b(?:from|between)\s+$/i.exec(sentence.slice(0, opening.start))?.[0].length ?? 0);
  const { value: _value, ...rest } = opening;
  return { ...rest, start, end: closing.end, numberEnd: closing.numberEnd, min: opening.value as number, max: closing.value as number, smallWord: false, text: sentence.slice(start, closing.end) };
}
