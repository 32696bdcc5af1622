/**
 * Date phrases inside a sentence ("on April 21", "in February", "earlier this
 * month", "last year", "on Friday", "in December 2013", "as of 1 January 2024"),
 * resolved against a reference date (the article's publication date).
 *
 * Absolute phrases (with or without a year) are read by `dates.ts`; this module
 * adds the relative ones (weekdays, "this month", "last year", "three weeks ago",
 * "today") and the resolution rule: a phrase is never resolved to a date after the
 * reference. A month or day without a year is taken in the latest year that keeps
 * it on or before the reference; an absolute date after the reference resolves to null.
 */
import type { IsoDate } from '../types.ts';
import { findDates, type DateMention } from './dates.ts';

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

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUMBER_WORD = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/** Prepositions that may introduce a date phrase (looked up just before it). */
const LEAD_BEFORE =
  /(?:^|[^\p{L}])((?:as of|as at|since|until|till|from|between|before|after|by the end of|at the end of|by|in|on|during|for|of|to|through|throughout)\s+(?:(?:early|late|mid-?|the end of|the beginning of)\s*)?)$/iu;

/** Relative date phrases (absolute ones come from dates.ts). */
const RELATIVE_PHRASE = new RegExp(
  [
    // earlier this month, this year, last week, later this year
    `\\b((?:earlier|later)\\s+this|this|last|past|previous|next)\\s+(week|month|year)\\b`,
    // (last) Friday
    `\\b(last\\s+)?(${WEEKDAY})\\b`,
    // today, yesterday
    `\\b(today|yesterday)\\b`,
    // three days ago, two years ago
    `\\b(${NUMBER_WORD})\\s+(day|week|month|year)s?\\s+ago\\b`,
  ].join('|'),
  'giu',
);

/**
 * A word every RELATIVE_PHRASE match holds (a quick test before it; same flags,
 * so that case folding agrees). `matchAll` copies RELATIVE_PHRASE, whose own
 * lastIndex stays 0.
 */
const RELATIVE_CUE = /day|week|month|year/iu;

/** Capture groups of each RELATIVE_PHRASE alternative, in order. */
const CAPTURES_PER_ALTERNATIVE = [2, 2, 1, 2];

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
 * Resolves one match of RELATIVE_PHRASE to a date.
 * @param groups The capture groups of the match (index 0 is the whole match).
 * @param reference The reference date parts, or null.
 * @returns The date parts, or null when unresolvable.
 */
function resolveRelativeMatch(groups: (string | undefined)[], reference: DateParts | null): DateParts | null {
  let index = 1;
  for (let alternative = 0; alternative < CAPTURES_PER_ALTERNATIVE.length; alternative++) {
    const count = CAPTURES_PER_ALTERNATIVE[alternative] as number;
    const captures = groups.slice(index, index + count);
    index += count;
    if (captures.every((c) => c === undefined)) continue;
    const [a, b] = captures;
    switch (alternative) {
      case 0:
        return resolveRelativePeriod((a ?? '').toLowerCase().replace(/\s+/g, ' '), (b ?? '').toLowerCase(), reference);
      case 1:
        return resolveWeekday((b ?? '').toLowerCase(), a !== undefined, reference);
      case 2:
        return resolveDayWord((a ?? '').toLowerCase(), reference);
      default:
        return resolveAgo(a ?? '', (b ?? '').toLowerCase(), reference);
    }
  }
  return null;
}

/**
 * Resolves an absolute date phrase read by dates.ts: kept when on or before the
 * reference; without a year, placed in the latest year on or before the reference.
 * @param mention The mention.
 * @param reference The reference date parts, or null.
 */
function resolveAbsolute(mention: DateMention, reference: DateParts | null): DateParts | null {
  if (mention.year !== undefined) {
    const parts: DateParts = { year: mention.year };
    if (mention.month !== undefined) {
      parts.month = mention.month;
      if (mention.day !== undefined) parts.day = mention.day;
    }
    return notAfter(parts, reference);
  }
  if (mention.month === undefined) return null;
  return latestOccurrence(mention.month, mention.day, reference);
}

/**
 * Finds the date phrases of a sentence and resolves each against a reference date.
 * @param sentence The sentence.
 * @param reference The publication date, or null (then only dates with a year resolve).
 * @returns Phrases in text order; `date` is null where unresolvable or in the future.
 */
export function findDatePhrases(sentence: string, reference: IsoDate | null): DatePhrase[] {
  const referenceParts = reference === null ? null : parseIso(reference);
  const found: DatePhrase[] = [];
  for (const mention of findDates(sentence)) {
    // "in February." : the abbreviation dot dates.ts allows is the sentence's full stop here.
    const end = mention.index + mention.length - (/[a-z]{4,}\.$/i.test(mention.text) ? 1 : 0);
    found.push(withLead(sentence, mention.index, end, resolveAbsolute(mention, referenceParts)));
  }
  const relatives = RELATIVE_CUE.test(sentence) ? sentence.matchAll(RELATIVE_PHRASE) : [];
  for (const m of relatives) {
    const end = m.index + m[0].length;
    if (found.some((p) => m.index < p.end && end > p.start) || !isCaseValid(m[0])) continue;
    found.push(withLead(sentence, m.index, end, resolveRelativeMatch(Array.from(m) as (string | undefined)[], referenceParts)));
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Builds a phrase record, extended back over the preposition that leads it.
 * @param sentence The sentence.
 * @param start Start of the date itself.
 * @param end End of the date.
 * @param parts The resolved date, or null.
 */
function withLead(sentence: string, start: number, end: number, parts: DateParts | null): DatePhrase {
  const lead = LEAD_BEFORE.exec(sentence.slice(Math.max(0, start - 30), start));
  const leadText = lead ? (lead[1] as string) : '';
  const phraseStart = start - leadText.length;
  const leadWord = leadText.trim().toLowerCase().replace(/\s+(?:early|late|mid-?|the end of|the beginning of)$/, '');
  return { start: phraseStart, end, text: sentence.slice(phraseStart, end), lead: leadWord, date: parts ? formatIso(parts) : null };
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
