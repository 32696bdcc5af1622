/**
 * Dates written in English or Russian running text.
 *
 * Recognised forms (English month names must be capitalised, so the verb
 * "may" is never a month; Russian names in any case, in the nominative,
 * genitive and prepositional forms):
 *
 *   2014-09-26 · 2014/09/26 · 26.09.2014 · 26.09.14 · 26/09/2014 (only when unambiguous)
 *   September 26, 2014 · Sept. 26 2014 · 26 September 2014 · 26th of September, 2014
 *   25 сентября 2013 (года|г.) · September 2014 · сентябрь 2014
 *   April 21 · 21 April · 25 сентября           (no year: `year` is undefined)
 *   in April · since March · в сентябре         (month only, after a preposition)
 *   in 2014 · since 2012 · в 2013 году           (a bare year, after a preposition)
 *
 * Offsets are UTF-16 indices into the searched text.
 */
import { SOLAR_HIJRI_DATE, SOLAR_HIJRI_NUMERIC_DATE, solarHijriMonthToGregorian, solarHijriToGregorian } from './solar-hijri.ts';
import { THAI_DATE, THAI_SCRIPT, thaiDateToGregorian } from './thai-dates.ts';
import { ARABIC_DATE, ARABIC_SCRIPT, arabicDate } from './arabic-dates.ts';
import { SOUTH_ASIAN_DATE, SOUTH_ASIAN_SCRIPT, southAsianDate } from './south-asian-dates.ts';
import { daysInMonth } from './days-in-month.ts';
import { memoizeText } from './memo.ts';
import type { IsoDate } from '../types.ts';

/** How fine a date phrase is: "26 September 2014" is a day, "September 2014" a month. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * One date phrase found in a text.
 *
 * A phrase without a year ("April 21", "in March") has `year` undefined and
 * `date` null: resolve it against a reference date with `resolveDate`.
 */
export interface DateMention {
  /** The year as written (two-digit years expanded), or undefined when the phrase has none. */
  year: number | undefined;
  /** Month 1-12, or undefined for a bare year. */
  month: number | undefined;
  /** Day of the month, or undefined for a month or a year. */
  day: number | undefined;
  /** The finest unit the phrase gives. */
  precision: DatePrecision;
  /** ISO form (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) when the year is known, else null. */
  date: IsoDate | null;
  /** Index of the phrase's first character in the searched text. */
  index: number;
  /** Length of the phrase in UTF-16 code units. */
  length: number;
  /** The phrase as written. */
  text: string;
}

/** A date phrase that includes its year, so `date` is always set. */
export interface DatedMention extends DateMention {
  year: number;
  date: IsoDate;
}

/** Options for `findDates`. */
export interface FindDatesOptions {
  /**
   * Also report a bare year ("in 2014") when a preposition or "year" word
   * stands before it. Default true.
   */
  bareYears?: boolean;
}

/** English month names and abbreviations (lower case) to month numbers. */
const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Russian month stems; every form is the stem plus one of `ь я е а й` or nothing. */
const RUSSIAN_MONTH_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['ма', 5], ['июн', 6],
  ['июл', 7], ['август', 8], ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];

/**
 * German, French, Turkish, Uzbek, Kazakh, Spanish, Italian and Portuguese month names and abbreviations
 * (lower case) that English does not share ("3. November 2020" and "3
 * novembre 2020" read as English and French; "März", "Mai", "Oktober",
 * "Dezember", "juillet", "déc.", "Eylül", "mart", "ақпан" here). Read only in
 * day-first dates ("3. Mai 2020", "12 mars 2019", "30-mart 2021"): alone,
 * "Mars" or "Mai" is a planet or a name as often as a month.
 */
const DAY_FIRST_MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jän: 1, janvier: 1, janv: 1, februar: 2, feber: 2, février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2,
  märz: 3, maerz: 3, mär: 3, mars: 3, avril: 4, avr: 4, mai: 5, juni: 6, juin: 6, juli: 7, juillet: 7, juil: 7,
  août: 8, aout: 8, septembre: 9, oktober: 10, okt: 10, octobre: 10, novembre: 11, dezember: 12, dez: 12,
  décembre: 12, decembre: 12, déc: 12,
  // Turkish ("07 Eylül 2020"), with the ASCII spellings of sites that drop the Turkish letters.
  ocak: 1, şubat: 2, subat: 2, nisan: 4, mayıs: 5, mayis: 5, haziran: 6, temmuz: 7, ağustos: 8, agustos: 8,
  eylül: 9, eylul: 9, ekim: 10, kasım: 11, kasim: 11, aralık: 12, aralik: 12,
  // Swedish, Norwegian and Danish ("7 juni 2018", "3 maj 2021", "12. desember 2019"); the rest are shared with English or German.
  januari: 1, februari: 2, maj: 5, augusti: 8, desember: 12,
  // Uzbek Latin ("30-mart 2021"; "mart" is Turkish too), without "may", an English verb.
  yanvar: 1, fevral: 2, mart: 3, aprel: 4, iyun: 6, iyul: 7, avgust: 8, sentabr: 9, sentyabr: 9,
  oktabr: 10, oktyabr: 10, noyabr: 11, dekabr: 12,
  // Kazakh, Latin (2021 alphabet) and Cyrillic ("17 ақпан 2026").
  qańtar: 1, qantar: 1, aqpan: 2, naýryz: 3, nauryz: 3, sáýir: 4, sauir: 4, mamyr: 5, maýsym: 6, mausym: 6, shilde: 7,
  tamyz: 8, qyrküiek: 9, qyrkuiek: 9, qazan: 10, qarasha: 11, jeltoqsan: 12,
  қаңтар: 1, ақпан: 2, наурыз: 3, сәуір: 4, мамыр: 5, маусым: 6, шілде: 7, тамыз: 8, қыркүйек: 9, қазан: 10,
  қараша: 11, желтоқсан: 12,
  // Spanish, Italian and Portuguese ("12 marzo 2021", "12 de março de 2021"); not Spanish "mayo", a name as often (Mayo Clinic).
  enero: 1, febrero: 2, marzo: 3, abril: 4, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11,
  diciembre: 12, gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  // Ukrainian, genitive and nominative ("15 березня 2021"), and the Belarusian/Polish-shared "листопада".
  січня: 1, січень: 1, лютого: 2, лютий: 2, березня: 3, березень: 3, квітня: 4, квітень: 4, травня: 5, травень: 5,
  червня: 6, червень: 6, липня: 7, липень: 7, серпня: 8, серпень: 8, вересня: 9, вересень: 9, жовтня: 10, жовтень: 10,
  листопада: 11, листопад: 11, грудня: 12, грудень: 12,
  // Indonesian and Malay ("12 Maret 2021", "3 Mei 2020", "17 Agustus 2019"), Dutch ("3 maart 2020").
  maret: 3, mei: 5, agustus: 8, ogos: 8, disember: 12, maart: 3, augustus: 8,
  // Georgian ("07 მარტი 2016") and the Azerbaijani spelling of August ("12 avqust 2019").
  იანვარი: 1, თებერვალი: 2, მარტი: 3, აპრილი: 4, მაისი: 5, ივნისი: 6, ივლისი: 7, აგვისტო: 8, სექტემბერი: 9,
  ოქტომბერი: 10, ნოემბერი: 11, დეკემბერი: 12, avqust: 8,
  // Somali ("3da Agoosto 2024", "12ka Luulyo 2023").
  janaayo: 1, febraayo: 2, feberaayo: 2, maarso: 3, abriil: 4, maajo: 5, maayo: 5, juun: 6, luulyo: 7, agoosto: 8,
  sebtembar: 9, sibtembar: 9, oktoobar: 10, nofembar: 11, novembar: 11, desembar: 12, diseembar: 12,
  // Hausa ("29 Nuwamba, 2014").
  janairu: 1, faburairu: 2, fabrairu: 2, maris: 3, afrilu: 4, mayu: 5, yuni: 6, yuli: 7, agusta: 8, satumba: 9, oktoba: 10,
  nuwamba: 11, disamba: 12,
  // Polish, genitive ("12 marca 2021").
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, wrzesnia: 9,
  października: 10, pazdziernika: 10, grudnia: 12,
};

/** Russian month abbreviations ("26 сен", "3 окт."). */
const RUSSIAN_MONTH_ABBREVIATIONS: Record<string, number> = {
  янв: 1, фев: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, дек: 12,
};

const EN_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?';
const RU_MONTH =
  '(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|(?:янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|ноя|дек)\\.?)';
const MONTH = `(?<month>${EN_MONTH}|${RU_MONTH})`;
/** The German and French month words of `DAY_FIRST_MONTHS`, longest first; lower-case English abbreviations ("3 sept. 2020", "le 3 oct. 2020") are French too. */
const DAY_FIRST_MONTH_WORDS = `(?:${[...Object.keys(DAY_FIRST_MONTHS), 'sept', 'oct', 'nov'].sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** A month of a day-first date: English, Russian, German or French. */
const DAY_FIRST_MONTH = `(?<month>${EN_MONTH}|${RU_MONTH}|${DAY_FIRST_MONTH_WORDS})`;
const DAY = '(?<day>\\d{1,2})(?:st|nd|rd|th)?';
/** The day of a day-first date, also German "3.", French "1er" and Somali "3da", "12ka". */
const DAY_BEFORE_MONTH = '(?<day>\\d{1,2})(?:st|nd|rd|th|er|da|ka|\\.)?';
/** A year, with the Russian, Kazakh or Uzbek word for "year" after it ("2019 г.", "2026 ж.", "2021 yil"). */
const YEAR = '(?<year>(?:19|20)\\d{2})(?:\\s*(?:года|год|г\\.?|жыл\\p{L}*|ж\\.?|yil|y\\.)(?![\\p{L}]))?';
/** Start guard: not glued to a preceding letter or digit. */
const START = '(?<![\\p{L}\\p{N}])';
/** End guard: not glued to a following letter or digit. */
const END = '(?![\\p{L}\\p{N}])';
/** What every German or French day-first date holds: a day with a dot or "er" before a word, or a German or French month name (a cheap test before their patterns). */
/** Between a month, its day and its year: white space, a comma, or both ("3 October 2022", "October 3, 2022", "03 October ,2022", "August, 14, 2023"). */
const DATE_SEPARATOR = '(?:\\s*,\\s*|\\s+)';

const DAY_FIRST_CUE = new RegExp(`\\d(?:\\.|er)\\s+\\p{L}|${START}${DAY_FIRST_MONTH_WORDS}${END}`, 'iu');
/** Words before a month or a year that make a bare "March" / "2014" a date. */
const LEAD_WORDS =
  '(?:in|since|by|until|till|through|during|from|for|before|after|early|late|mid-?|last|this|next|of|end of|beginning of|start of|spring|summer|autumn|fall|winter|в|с|до|к|на|по|с начала|в начале|в конце|в середине)';

/** One pattern and how to read its groups. */
interface DatePattern {
  regex: RegExp;
  /** Lower numbers win when two matches start at the same place and have the same length. */
  priority: number;
  /** How to read the numbered forms (ISO, dotted, slashed); named groups otherwise. */
  kind: 'named' | 'iso' | 'dotted' | 'slashed' | 'roman';
  /** Whether every match holds a digit (the pattern is skipped on a text without one). */
  needsDigit: boolean;
  /** Whether every match holds a month name (skipped on a text without one, see `MONTH_WORD`). */
  needsMonth: boolean;
  /** A cheap pattern found in every match, if any (the pattern is skipped on a text without it). */
  cue?: RegExp;
  /** Whether every match starts where `MONTH_WORD` finds a month (the search starts at the first one). */
  monthFirst?: boolean;
}

/** Every pattern, tried over the whole text; overlaps are settled afterwards. */
const PATTERNS: readonly DatePattern[] = [
  { kind: 'iso', priority: 0, needsDigit: true, needsMonth: false, cue: /\d[-/]\d/, regex: /(?<![\p{L}\p{N}])((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?![\p{N}])/gu },
  { kind: 'dotted', priority: 0, needsDigit: true, needsMonth: false, cue: /\d\.\d/, regex: /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}|\d{2})(?![\p{N}]|\.\d)/gu },
  // "28.VII.2020", "28 VII 2020": the month in Roman numerals, as Central and Eastern European pages write it.
  { kind: 'roman', priority: 0, needsDigit: true, needsMonth: false, cue: /\d[.\s/-]?[IVX]/, regex: /(?<![\p{N}.])(\d{1,2})(?:\.\s?|\s|\/|-)(VIII|VII|XII|III|IV|IX|XI|VI|II|X|V|I)(?:\.\s?|\s|\/|-)((?:19|20)\d{2})(?![\p{N}])/gu },
  { kind: 'slashed', priority: 0, needsDigit: true, needsMonth: false, cue: /\d\/\d/, regex: /(?<![\p{N}/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\p{N}/])/gu },
  { kind: 'named', priority: 1, needsDigit: true, needsMonth: true, regex: new RegExp(`${START}${DAY}(?:\\s+of)?\\s+${MONTH}${DATE_SEPARATOR}${YEAR}${END}`, 'giu') },
  // German and French day-first dates ("3. November 2020", "1er mars 2019"): only on a text with their cue.
  // Uzbek writes a hyphen between day and month ("30-mart 2021").
  { kind: 'named', priority: 1, needsDigit: true, needsMonth: false, cue: DAY_FIRST_CUE, regex: new RegExp(`${START}${DAY_BEFORE_MONTH}(?:\\s+(?:de\\s+)?|-)${DAY_FIRST_MONTH}${DATE_SEPARATOR}(?:de\\s+)?${YEAR}${END}`, 'giu') },
  { kind: 'named', priority: 1, needsDigit: true, needsMonth: true, monthFirst: true, regex: new RegExp(`${START}${MONTH}${DATE_SEPARATOR}${DAY}${DATE_SEPARATOR}${YEAR}${END}`, 'giu') },
  // Chinese, Japanese and Korean dates ("2021年3月15日", "2021년 3월 15일").
  { kind: 'iso', priority: 0, needsDigit: true, needsMonth: false, cue: /[年년]/u, regex: /(?<![\p{N}])((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu },
  // "15-Mar-2021": day, month and year joined by hyphens; Kyrgyz and Kazakh pages write "15-февраль, 2023".
  { kind: 'named', priority: 1, needsDigit: true, needsMonth: true, regex: new RegExp(`${START}${DAY}-${MONTH}(?:-|${DATE_SEPARATOR})${YEAR}${END}`, 'giu') },
  // "Jan - 16 - 2016", "Jan-16-2016": month, day and year joined by hyphens, the month first.
  { kind: 'named', priority: 1, needsDigit: true, needsMonth: true, monthFirst: true, regex: new RegExp(`${START}${MONTH}\\s*-\\s*${DAY}\\s*-\\s*${YEAR}${END}`, 'giu') },
  // "16-Nov-05": the same with a two-digit year.
  { kind: 'named', priority: 1, needsDigit: true, needsMonth: true, regex: new RegExp(`${START}${DAY}-${MONTH}-(?<shortYear>\\d{2})(?![\\p{L}\\p{N}])`, 'giu') },
  { kind: 'named', priority: 2, needsDigit: true, needsMonth: true, monthFirst: true, regex: new RegExp(`${START}${MONTH}${DATE_SEPARATOR}${YEAR}${END}`, 'giu') },
  { kind: 'named', priority: 3, needsDigit: true, needsMonth: true, monthFirst: true, regex: new RegExp(`${START}${MONTH}\\s+${DAY}(?![\\p{L}\\p{N}]|:\\d|[.,]\\d)`, 'giu') },
  { kind: 'named', priority: 3, needsDigit: true, needsMonth: true, regex: new RegExp(`${START}${DAY}(?:\\s+of)?\\s+${MONTH}${END}`, 'giu') },
  { kind: 'named', priority: 3, needsDigit: true, needsMonth: false, cue: DAY_FIRST_CUE, regex: new RegExp(`${START}${DAY_BEFORE_MONTH}\\s+(?:de\\s+)?${DAY_FIRST_MONTH}${END}`, 'giu') },
  { kind: 'named', priority: 4, needsDigit: false, needsMonth: true, monthFirst: true, regex: new RegExp(`(?<=${START}${LEAD_WORDS}\\s+)${MONTH}${END}(?![\\s.,]*\\d)`, 'giu') },
];

/** The months in Roman numerals, January first. */
const ROMAN_MONTHS: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Four digits of a year of the 1900s or 2000s: in every bare year (a quick test before `BARE_YEAR`). */
const CENTURY_YEAR = /(?:19|20)\d{2}/;

/**
 * A month name standing as a word, with the patterns' flags: in every pattern
 * the month follows a non-letter (the start guard or white space) and is
 * followed by a comma, white space or the end guard, so a text without such a
 * word cannot hold a named date. One scan that spares the six named patterns.
 */
const MONTH_WORD = new RegExp(`${START}(?:${EN_MONTH}|${RU_MONTH})${END}`, 'iu');

/** A bare year after a lead word ("in 2014", "в 2013 году"); not part of a range like "2014-2015". */
const BARE_YEAR = new RegExp(
  `(?<=${START}(?:${LEAD_WORDS}|year|years|the year|годы|году)\\s+)(?<year>(?:19|20)\\d{2})(?:\\s*(?:года|году|год|г\\.?)(?![\\p{L}]))?(?![\\p{N}%]|\\s*[-–—]\\s*\\d|\\.\\d)`,
  'giu',
);

/**
 * Find every date phrase in a text.
 * @param text Any text.
 * @param options `bareYears: false` to skip years standing alone.
 * @returns Mentions in text order, none overlapping (the longest wins).
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  const found = (options.bareYears ?? true) ? datesWithYears(text) : datesWithoutYears(text);
  // Copies: the memo's mentions stay as found whatever a caller does with its own.
  return found.map((mention) => ({ ...mention }));
}

/** `findDates` with bare years, memoised (sentences and lines are searched by several stages). */
const datesWithYears = memoizeText((text) => findDatesFresh(text, {}));
/** `findDates` without bare years, memoised. */
const datesWithoutYears = memoizeText((text) => findDatesFresh(text, { bareYears: false }));

/**
 * `findDates` without the memo.
 * @param text Any text.
 * @param options `bareYears: false` to skip years standing alone.
 * @returns Mentions in text order, none overlapping.
 */
function findDatesFresh(text: string, options: FindDatesOptions): DateMention[] {
  const candidates = [...patternCandidates(text)];
  const hasDigit = /\d/.test(text);
  // "Tuesday, 19 Dalw 1400": an Afghan or Iranian date, in its Gregorian form.
  if (hasDigit && SOLAR_YEAR.test(text)) {
    for (const match of text.matchAll(SOLAR_HIJRI_DATE)) {
      const gregorian = solarHijriToGregorian(Number(match[1]), match[2] ?? '', Number(match[3]));
      if (gregorian) candidates.push({ mention: mentionOf(match, gregorian.year, gregorian.month, gregorian.day), priority: 1 });
    }
    // "1395/05/04": the same calendar in digits, year first.
    for (const match of text.matchAll(SOLAR_HIJRI_NUMERIC_DATE)) {
      const gregorian = solarHijriMonthToGregorian(Number(match[4]), Number(match[3]), Number(match[1]));
      if (gregorian) candidates.push({ mention: mentionOf(match, gregorian.year, gregorian.month, gregorian.day), priority: 0 });
    }
  }
  // "18 สิงหาคม 2558": a Thai date with the Buddhist Era year, in its Gregorian form.
  if (hasDigit && THAI_SCRIPT.test(text)) {
    for (const match of text.matchAll(THAI_DATE)) {
      const gregorian = thaiDateToGregorian(Number(match[1]), match[2] ?? '', Number(match[3]));
      if (gregorian) candidates.push({ mention: mentionOf(match, gregorian.year, gregorian.month, gregorian.day), priority: 1 });
    }
  }
  // "الخميس 17 دجنبر 2020": a date in Arabic with a Gregorian month's name.
  if (ARABIC_SCRIPT.test(text)) {
    for (const match of text.matchAll(ARABIC_DATE)) {
      const date = arabicDate(match[1] ?? '', match[2] ?? '', match[3] ?? '');
      if (date) candidates.push({ mention: mentionOf(match, date.year, date.month, date.day), priority: 1 });
    }
  }
  // "৭ জুলাই ২০১৬", "१५ अगस्त २०२१": a date in Bengali or Hindi with a Gregorian month's name.
  if (SOUTH_ASIAN_SCRIPT.test(text)) {
    for (const match of text.matchAll(SOUTH_ASIAN_DATE)) {
      const date = southAsianDate(match[1] ?? '', match[2] ?? '', match[3] ?? '');
      if (date) candidates.push({ mention: mentionOf(match, date.year, date.month, date.day), priority: 1 });
    }
  }
  if ((options.bareYears ?? true) && hasDigit && CENTURY_YEAR.test(text)) {
    for (const match of text.matchAll(BARE_YEAR)) {
      const year = Number(match.groups?.year);
      candidates.push({ mention: mentionOf(match, year, undefined, undefined), priority: 5 });
    }
  }
  return pickNonOverlapping(candidates);
}

/** A Solar Hijri year of the 1300s or 1400s (a cheap test before `SOLAR_HIJRI_DATE`). */
const SOLAR_YEAR = /(?<![\p{N}])1[34]\d{2}(?![\p{N}])/u;

/** A date phrase found by one of PATTERNS, with the pattern's priority. */
interface Candidate {
  mention: DateMention;
  priority: number;
}

/**
 * The matches of every pattern of PATTERNS in a text (bare years aside), overlapping.
 * Memoised: both variants of `findDates` start from them. Callers must not change them.
 * @param text Any text.
 * @returns The candidates, in pattern order.
 */
const patternCandidates = memoizeText((text: string): readonly Candidate[] => {
  const candidates: Candidate[] = [];
  const hasDigit = /\d/.test(text);
  const firstMonth = MONTH_WORD.exec(text)?.index ?? -1;
  const hasMonth = firstMonth >= 0;
  // Several patterns share a cue (the day-first one): each cue is tested once.
  const cueFound = new Map<RegExp, boolean>();
  const hasCue = (cue: RegExp): boolean => {
    let found = cueFound.get(cue);
    if (found === undefined) cueFound.set(cue, (found = cue.test(text)));
    return found;
  };
  for (const pattern of PATTERNS) {
    if ((pattern.needsDigit && !hasDigit) || (pattern.needsMonth && !hasMonth) || (pattern.cue && !hasCue(pattern.cue))) continue;
    // `matchAll` searches a copy of the pattern from its `lastIndex`: no match starts before the first month.
    pattern.regex.lastIndex = pattern.monthFirst ? firstMonth : 0;
    const matches = text.matchAll(pattern.regex);
    pattern.regex.lastIndex = 0;
    for (const match of matches) {
      const mention = readMatch(match, pattern.kind);
      if (mention) candidates.push({ mention, priority: pattern.priority });
    }
  }
  return candidates;
});

/**
 * The first date phrase with a year in a text.
 * @param text Any text.
 * @returns The mention (date always set), or null when no dated phrase is found.
 */
export function parseDatePhrase(text: string): DatedMention | null {
  for (const mention of findDates(text)) {
    if (isDated(mention)) return mention;
  }
  return null;
}

/**
 * Whether a mention carries its year.
 * @param mention A mention from `findDates`.
 * @returns True when `year` and `date` are set.
 */
export function isDated(mention: DateMention): mention is DatedMention {
  return mention.year !== undefined && mention.date !== null;
}

/**
 * Give a date without a year the year of a reference date (usually the
 * article's publication date). A result more than 31 days after the
 * reference is taken to be in the previous year (news reports the past).
 * @param mention A mention from `findDates`.
 * @param reference The reference date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @returns The mention's ISO date, or null when it cannot be placed.
 */
export function resolveDate(mention: DateMention, reference: IsoDate | null): IsoDate | null {
  if (mention.date !== null) return mention.date;
  if (reference === null || mention.month === undefined) return null;
  const [refYear, refMonth, refDay] = reference.split('-').map(Number);
  if (refYear === undefined || Number.isNaN(refYear)) return null;
  let year = refYear;
  if (refMonth !== undefined) {
    const referenceDay = Date.UTC(refYear, refMonth - 1, refDay ?? 1);
    const mentionDay = Date.UTC(refYear, mention.month - 1, mention.day ?? 1);
    if (mentionDay - referenceDay > 31 * 86_400_000) year -= 1;
  }
  return toIsoDate(year, mention.month, mention.day);
}

/**
 * Format year, month and day as an ISO date as precise as the parts given.
 * @param year Four-digit year.
 * @param month 1-12, optional.
 * @param day 1-31, optional (ignored without a month).
 * @returns `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export function toIsoDate(year: number, month?: number, day?: number): IsoDate {
  const yyyy = String(year).padStart(4, '0');
  if (month === undefined) return yyyy;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${yyyy}-${mm}`;
  return `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
}

/**
 * The month number of an English, Russian, German or French month name.
 * @param word A month name or abbreviation, with or without a final dot.
 * @returns 1-12, or undefined when the word is not a month (English names must be capitalised).
 */
export function monthNumber(word: string): number | undefined {
  const bare = word.replace(/\.$/, '');
  const lower = bare.toLowerCase();
  const english = ENGLISH_MONTHS[lower];
  if (english !== undefined && /^\p{Lu}/u.test(bare)) return english;
  // German and French ("März", "novembre", "sept." in lower case): only day-first patterns match them.
  const dayFirst = DAY_FIRST_MONTHS[lower] ?? (/^(?:sept|oct|nov)$/u.test(bare) ? ENGLISH_MONTHS[lower] : undefined);
  if (dayFirst !== undefined || english !== undefined) return dayFirst;
  const abbreviated = RUSSIAN_MONTH_ABBREVIATIONS[lower];
  if (abbreviated !== undefined) return abbreviated;
  for (const [stem, month] of RUSSIAN_MONTH_STEMS) {
    if (lower.startsWith(stem) && lower.length - stem.length <= 1) return month;
  }
  return undefined;
}

/**
 * Turn one regex match into a mention, checking the calendar.
 * @param match A match of one of `PATTERNS`.
 * @param kind How to read its groups.
 * @returns The mention, or null when the parts do not make a real date.
 */
function readMatch(match: RegExpMatchArray, kind: DatePattern['kind']): DateMention | null {
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (kind === 'iso') {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if (kind === 'dotted') {
    [day, month, year] = [Number(match[1]), Number(match[2]), expandYear(match[3] ?? '')];
  } else if (kind === 'roman') {
    [day, month, year] = [Number(match[1]), ROMAN_MONTHS.indexOf(match[2] ?? '') + 1, Number(match[3])];
  } else if (kind === 'slashed') {
    const first = Number(match[1]);
    const second = Number(match[2]);
    year = Number(match[3]);
    if (first > 12 && second <= 12) [day, month] = [first, second];
    else if (second > 12 && first <= 12) [month, day] = [first, second];
    else if (first === second) [day, month] = [first, second];
    else return null; // 05/09/2014: May or September? Do not guess.
  } else {
    const groups = match.groups ?? {};
    month = groups.month === undefined ? undefined : monthNumber(groups.month);
    if (month === undefined) return null;
    day = groups.day === undefined ? undefined : Number(groups.day);
    year = groups.year !== undefined ? Number(groups.year) : groups.shortYear !== undefined ? expandYear(groups.shortYear) : undefined;
  }
  if (!isRealDate(year, month, day)) return null;
  return mentionOf(match, year, month, day);
}

/**
 * Build a mention from a match and its parts.
 * @param match The regex match (gives position and text).
 * @param year Year or undefined.
 * @param month Month or undefined.
 * @param day Day or undefined.
 * @returns The mention.
 */
function mentionOf(match: RegExpMatchArray, year: number | undefined, month: number | undefined, day: number | undefined): DateMention {
  const text = match[0];
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return {
    year,
    month,
    day,
    precision,
    date: year === undefined ? null : toIsoDate(year, month, day),
    index: match.index ?? 0,
    length: text.length,
    text,
  };
}

/**
 * Two-digit years: 00-69 are 20xx, 70-99 are 19xx.
 * @param written The year as written (two or four digits).
 * @returns Four-digit year.
 */
function expandYear(written: string): number {
  const value = Number(written);
  if (written.length === 4) return value;
  return value < 70 ? 2000 + value : 1900 + value;
}

/**
 * Whether the parts make a date that exists.
 * @param year Year or undefined (then February may have 29 days).
 * @param month Month or undefined.
 * @param day Day or undefined.
 * @returns True when valid.
 */
function isRealDate(year: number | undefined, month: number | undefined, day: number | undefined): boolean {
  if (year !== undefined && (year < 1900 || year > 2100)) return false;
  if (month === undefined) return day === undefined;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= daysInMonth(year ?? 2000, month);
}

/**
 * Keep the best of overlapping candidates: earliest start, then longest, then priority.
 * @param candidates Every match of every pattern.
 * @returns Non-overlapping mentions in text order.
 */
function pickNonOverlapping(candidates: Candidate[]): DateMention[] {
  if (candidates.length === 0) return [];
  const ordered = [...candidates].sort(
    (a, b) => b.mention.length - a.mention.length || a.priority - b.priority || a.mention.index - b.mention.index,
  );
  const chosen: DateMention[] = [];
  for (const { mention } of ordered) {
    const end = mention.index + mention.length;
    const overlaps = chosen.some((taken) => mention.index < taken.index + taken.length && taken.index < end);
    // The mention itself: memoised results share it, and `findDates` hands out copies.
    if (!overlaps) chosen.push(mention);
  }
  return chosen.sort((a, b) => a.index - b.index);
}
