/**
 * Date phrases inside a sentence ("on April 21", "in February", "earlier this
 * month", "last year", "on Friday", "in December 2013", "as of 1 January 2024"),
 * resolved against a reference date (the article's publication date).
 *
 * A phrase is never resolved to a date after the reference: a month or a day
 * without a year is taken in the latest year that keeps it on or before the
 * reference, and an absolute date after the reference resolves to null.
 */
import type { IsoDate } from '../types.ts';

/** A date phrase found in a sentence. */
export interface DatePhrase {
  /** Index of the first character of the phrase (its leading preposition included). */
  start: number;
  /** Index just past the phrase. */
  end: number;
  /** The phrase as written. */
  text: string;
  /** The preposition that introduces it ("in", "on", "since", "as of"...), lower-cased, or "". */
  lead: string;
  /** The resolved date, or null when it cannot be resolved (no reference, or in the future). */
  date: IsoDate | null;
}

/** A calendar date split into parts; missing parts mean lower precision. */
interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // Russian, nominative and genitive (dates in Russian-language furniture and bodies).
  январь: 1, января: 1, февраль: 2, февраля: 2, март: 3, марта: 3, апрель: 4, апреля: 4,
  май: 5, мая: 5, июнь: 6, июня: 6, июль: 7, июля: 7, август: 8, августа: 8,
  сентябрь: 9, сентября: 9, октябрь: 10, октября: 10, ноябрь: 11, ноября: 11, декабрь: 12, декабря: 12,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** English month names, capitalised (a lower-case "may" is the verb). */
const EN_MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const RU_MONTH =
  '(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])';
const MONTH = `(?:${EN_MONTH}|${RU_MONTH})`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const LEAD = '(?:(as of|as at|since|until|till|from|between|before|after|by the end of|at the end of|in early|in mid-|in late|in|on|during|by|for|of|to|through|throughout|early|late|mid-|the end of)\\s*)?';
const NUMBER_WORD = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/** Every date pattern; alternation order matters (longest forms first). */
const DATE_PHRASE = new RegExp(
  [
    // 2014-09-26, 26.09.2014
    `\\b${LEAD}(\\d{4})-(\\d{2})-(\\d{2})\\b`,
    `\\b${LEAD}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b`,
    // (Friday,) April 21(, 2015)
    `\\b${LEAD}(?:${WEEKDAY},?\\s+)?(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d)`,
    // 21 April( 2015), 26 сентября 2013, 1st of January
    `(?<![\\d\\w])${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4}))?(?![\\w])`,
    // (in) (early) December( 2013)
    `\\b${LEAD}(${EN_MONTH})(?:,?\\s+(\\d{4}))?\\b`,
    // (in) 2014, the year 2014 (not a range 2014-2015, which is a period)
    `(?<![-–—/]\\s?)\\b${LEAD}(?:the year\\s+)?((?:19|20)\\d{2})(?![\\d\\w]|\\s*[-–—/]\\s*\\d)`,
    // earlier this month, this year, last week, later this year
    `\\b${LEAD}((?:earlier|later)\\s+this|this|last|past|previous|next)\\s+(week|month|year)\\b`,
    // (on) (last) Friday
    `\\b${LEAD}(last\\s+)?(${WEEKDAY})\\b`,
    // today, yesterday
    `\\b${LEAD}(today|yesterday)\\b`,
    // three days ago, two years ago
    `\\b${LEAD}(${NUMBER_WORD})\\s+(day|week|month|year)s?\\s+ago\\b`,
  ].join('|'),
  'giu',
);

/** Capture groups of each DATE_PHRASE alternative, after its LEAD group. */
const CAPTURES_PER_ALTERNATIVE = [3, 3, 3, 3, 2, 1, 2, 2, 1, 2];

/**
 * Parses an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) into parts.
 * @param iso The date.
 * @returns Its parts, or null when malformed.
 */
export function parseIso(iso: IsoDate): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2]) parts.month = Number(m[2]);
  if (m[3]) parts.day = Number(m[3]);
  return parts;
}

/**
 * Writes date parts as an ISO date of matching precision.
 * @param parts Year, optional month, optional day.
 * @returns `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export function formatIso(parts: DateParts): IsoDate {
  const year = String(parts.year).padStart(4, '0');
  if (parts.month === undefined) return year;
  const month = String(parts.month).padStart(2, '0');
  if (parts.day === undefined) return `${year}-${month}`;
  return `${year}-${month}-${String(parts.day).padStart(2, '0')}`;
}

/**
 * Compares two partial dates on the precision they share.
 * @param a One date.
 * @param b The other.
 * @returns Negative, zero or positive like a comparator.
 */
function compareParts(a: DateParts, b: DateParts): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}

/**
 * Moves a full date by a number of days (UTC arithmetic, no clock involved).
 * @param parts A date with year, month and day.
 * @param days Days to add (negative to go back).
 * @returns The shifted date.
 */
function addDays(parts: Required<DateParts>, days: number): Required<DateParts> {
  const time = Date.UTC(parts.year, parts.month - 1, parts.day) + days * 86_400_000;
  const shifted = new Date(time);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * Moves a year-month by a number of months.
 * @param year The year.
 * @param month The month, 1-12.
 * @param months Months to add (negative to go back).
 */
function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * Whether a year, month and day form a real calendar date.
 * @param year The year.
 * @param month 1-12.
 * @param day 1-31.
 */
function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Resolves a month (and optional day) without a year to the latest occurrence on
 * or before the reference.
 * @param month 1-12.
 * @param day Day of month, or undefined.
 * @param reference The reference date, or null.
 * @returns The resolved parts, or null without a reference.
 */
function latestOccurrence(month: number, day: number | undefined, reference: DateParts | null): DateParts | null {
  if (!reference) return null;
  const candidate: DateParts = day === undefined ? { year: reference.year, month } : { year: reference.year, month, day };
  if (reference.month === undefined) return candidate;
  if (compareParts(candidate, reference) > 0) candidate.year -= 1;
  return candidate;
}

/**
 * Keeps an absolute date only when it is not after the reference.
 * @param parts The date read from the text.
 * @param reference The reference, or null (then every date is kept).
 */
function notAfter(parts: DateParts, reference: DateParts | null): DateParts | null {
  if (reference && compareParts(parts, reference) > 0) return null;
  return parts;
}

/**
 * Resolves one match of DATE_PHRASE to a date.
 * @param groups The named-less capture groups of the match (index 0 is the whole match).
 * @param reference The reference date parts, or null.
 * @returns The date parts, or null when unresolvable.
 */
function resolveMatch(groups: (string | undefined)[], reference: DateParts | null): DateParts | null {
  // Each alternative starts with its LEAD group; find which alternative matched by
  // walking the fixed group layout: [lead, ...captures] per alternative.
  const layout = CAPTURES_PER_ALTERNATIVE;
  let index = 1;
  for (let alternative = 0; alternative < layout.length; alternative++) {
    const count = layout[alternative] as number;
    const captures = groups.slice(index + 1, index + 1 + count);
    const matched = captures.some((c) => c !== undefined);
    index += 1 + count;
    if (!matched) continue;
    const [a, b, c] = captures;
    switch (alternative) {
      case 0: {
        const year = Number(a), month = Number(b), day = Number(c);
        return isValidDay(year, month, day) ? notAfter({ year, month, day }, reference) : null;
      }
      case 1: {
        const day = Number(a), month = Number(b), year = Number(c);
        return isValidDay(year, month, day) ? notAfter({ year, month, day }, reference) : null;
      }
      case 2: {
        // a: month, b: day, c: year
        const month = monthNumber(a);
        const day = Number(b);
        if (month === null || day < 1 || day > 31) return null;
        if (c !== undefined) return isValidDay(Number(c), month, day) ? notAfter({ year: Number(c), month, day }, reference) : null;
        return latestOccurrence(month, day, reference);
      }
      case 3: {
        // a: day, b: month, c: year
        const month = monthNumber(b);
        const day = Number(a);
        if (month === null || day < 1 || day > 31) return null;
        if (c !== undefined) return isValidDay(Number(c), month, day) ? notAfter({ year: Number(c), month, day }, reference) : null;
        return latestOccurrence(month, day, reference);
      }
      case 4: {
        const month = monthNumber(a);
        if (month === null) return null;
        if (b !== undefined) return notAfter({ year: Number(b), month }, reference);
        return latestOccurrence(month, undefined, reference);
      }
      case 5:
        return notAfter({ year: Number(a) }, reference);
      case 6:
        return resolveRelativePeriod((a ?? '').toLowerCase().replace(/\s+/g, ' '), (b ?? '').toLowerCase(), reference);
      case 7:
        return resolveWeekday((b ?? '').toLowerCase(), a !== undefined, reference);
      case 8:
        return resolveDayWord((a ?? '').toLowerCase(), reference);
      case 9:
        return resolveAgo(a ?? '', (b ?? '').toLowerCase(), reference);
      default:
        return null;
    }
  }
  return null;
}

/**
 * Month number of a month name (English or Russian, full or abbreviated).
 * @param name The name as written.
 * @returns 1-12, or null.
 */
export function monthNumber(name: string | undefined): number | null {
  if (!name) return null;
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * Resolves "this month", "earlier this year", "last week", "last year"...
 * @param which "this", "earlier this", "later this", "last", "past", "previous" or "next".
 * @param period "week", "month" or "year".
 * @param reference The reference date parts, or null.
 */
function resolveRelativePeriod(which: string, period: string, reference: DateParts | null): DateParts | null {
  if (!reference || which === 'next') return null;
  const back = which === 'last' || which === 'past' || which === 'previous' ? 1 : 0;
  if (period === 'year') return { year: reference.year - back };
  if (reference.month === undefined) return period === 'month' && back === 0 ? { year: reference.year } : null;
  if (period === 'month') return addMonths(reference.year, reference.month, -back);
  // A week is reported with month precision: the month it (mostly) falls in.
  if (reference.day === undefined) return back === 0 ? { year: reference.year, month: reference.month } : null;
  const shifted = addDays(reference as Required<DateParts>, -7 * back);
  return { year: shifted.year, month: shifted.month };
}

/**
 * Resolves a weekday to its latest occurrence on or before the reference
 * ("last Friday": strictly before).
 * @param weekday Lower-case English weekday name.
 * @param strictlyBefore True for "last <weekday>".
 * @param reference The reference date parts, or null.
 */
function resolveWeekday(weekday: string, strictlyBefore: boolean, reference: DateParts | null): DateParts | null {
  const target = WEEKDAYS[weekday];
  if (target === undefined || !reference) return null;
  if (reference.month === undefined || reference.day === undefined) {
    return reference.month === undefined ? { year: reference.year } : { year: reference.year, month: reference.month };
  }
  const full = reference as Required<DateParts>;
  const today = new Date(Date.UTC(full.year, full.month - 1, full.day)).getUTCDay();
  let back = (today - target + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(full, -back);
}

/**
 * Resolves "today" and "yesterday".
 * @param word The lower-case word.
 * @param reference The reference date parts, or null.
 */
function resolveDayWord(word: string, reference: DateParts | null): DateParts | null {
  if (!reference) return null;
  if (reference.day === undefined) return reference;
  return word === 'yesterday' ? addDays(reference as Required<DateParts>, -1) : reference;
}

/**
 * Resolves "three days ago", "two years ago".
 * @param amount The count as written (digits or a small number word).
 * @param unit "day", "week", "month" or "year".
 * @param reference The reference date parts, or null.
 */
function resolveAgo(amount: string, unit: string, reference: DateParts | null): DateParts | null {
  if (!reference) return null;
  const small: Record<string, number> = {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  };
  const count = /^\d+$/.test(amount) ? Number(amount) : (small[amount.toLowerCase()] ?? null);
  if (count === null) return null;
  if (unit === 'year') return { year: reference.year - count };
  if (reference.month === undefined) return null;
  if (unit === 'month') return addMonths(reference.year, reference.month, -count);
  if (reference.day === undefined) return null;
  const shifted = addDays(reference as Required<DateParts>, -(unit === 'week' ? 7 * count : count));
  return unit === 'week' ? { year: shifted.year, month: shifted.month } : shifted;
}

/**
 * Finds the date phrases of a sentence and resolves each against a reference date.
 * @param sentence The sentence.
 * @param reference The publication date, or null (then only dates with a year resolve).
 * @returns Phrases in text order; `date` is null where unresolvable or in the future.
 */
export function findDatePhrases(sentence: string, reference: IsoDate | null): DatePhrase[] {
  const referenceParts = reference === null ? null : parseIso(reference);
  const out: DatePhrase[] = [];
  const pattern = new RegExp(DATE_PHRASE.source, DATE_PHRASE.flags);
  for (const m of sentence.matchAll(pattern)) {
    const groups = Array.from(m) as (string | undefined)[];
    // The lead of whichever alternative matched.
    const layout = CAPTURES_PER_ALTERNATIVE;
    let lead = '';
    let index = 1;
    for (const count of layout) {
      const captures = groups.slice(index + 1, index + 1 + count);
      if (captures.some((c) => c !== undefined)) {
        lead = (groups[index] ?? '').toLowerCase().trim();
        break;
      }
      index += 1 + count;
    }
    if (!isCaseValid(m[0])) continue;
    const parts = resolveMatch(groups, referenceParts);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lead, date: parts ? formatIso(parts) : null });
  }
  return out;
}

/**
 * Rejects matches that only hold because the pattern ignores case: an English month
 * or weekday must be capitalised ("may" is a verb, "march" a noun).
 * @param phrase The matched phrase.
 */
function isCaseValid(phrase: string): boolean {
  const monthOrDay = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu;
  for (const m of phrase.matchAll(monthOrDay)) {
    const first = m[0].charAt(0);
    if (first !== first.toUpperCase()) return false;
  }
  return true;
}

/**
 * Resolves one date expression on its own ("in February", "last year",
 * "December 2013") against a reference date.
 * @param phrase The expression.
 * @param reference The publication date, or null.
 * @returns The date, or null when the phrase is not a date, unresolvable or in the future.
 */
export function resolveDatePhrase(phrase: string, reference: IsoDate | null): IsoDate | null {
  const found = findDatePhrases(phrase.trim(), reference);
  const whole = found.find((p) => p.start === 0 && p.end === phrase.trim().length) ?? found[0];
  return whole?.date ?? null;
}
