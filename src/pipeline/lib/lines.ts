/**
 * The shape of one line of scraped text: is it a paragraph, a headline, a
 * date line, a byline, a section label? Shared by the furniture and metadata
 * stages so that both agree on which line is the title.
 */
import { findDates, type DateMention } from './dates.ts';

/**
 * Number of words (runs of non-space characters that hold a letter or digit).
 * @param text A line.
 * @returns The word count.
 */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Whether a line ends like a sentence: `.`, `!`, `?`, `…` or `:`, possibly
 * followed by closing quotes or brackets.
 * @param text A line.
 * @returns True for sentence-final punctuation.
 */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:]["'”’»)\]]*\s*$/u.test(text);
}

/**
 * Whether a line ends with a full stop (or an ellipsis / colon), the mark of
 * running prose rather than a headline (headlines may end in `?` or `!`).
 * @param text A line.
 * @returns True when the last mark is `.`, `…` or `:`, quotes aside.
 */
export function endsWithFullStop(text: string): boolean {
  if (/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(text)) return false; // "... to U.S." in a headline
  return /[.…:]["'”’»)\]]*\s*$/u.test(text);
}

/**
 * Whether a line reads as running prose: a paragraph of the article.
 * Eight or more words ending like a sentence, or sixteen or more words.
 * @param text A line.
 * @returns True for paragraph-shaped lines.
 */
export function isProseLine(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && endsLikeSentence(text)) || words >= 16;
}

/**
 * Whether a line starts the body: eight or more words ending in a full stop,
 * or thirty or more words. Used to bound the search for the title (a long
 * headline without a full stop must not count as the body).
 * @param text A line.
 * @returns True when the line can only be body text.
 */
export function isBodyLine(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && endsWithFullStop(text)) || words >= 30;
}

/** A time of day with an optional zone: "14:51", "09:40 GMT", "13:05 UTC+3", "2:30 pm". */
const TIME_SOURCE =
  '(?<![\\p{N}])\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[ap]\\.?m\\.?|GMT|UTC|MSK|ALMT|EET|CET|local time)(?:\\s*[+\\-−]\\s*\\d{1,2}(?::\\d{2})?)?)?(?![\\p{N}])';
/** A time of day at the end of a text ("Title 14:51" once its date is cut). */
const TRAILING_TIME = new RegExp(`\\s${TIME_SOURCE}$`, 'iu');
/** Every time of day in a line (for replacing). */
const TIMES = new RegExp(TIME_SOURCE, 'giu');
/** Any time of day (for testing; not global, so it keeps no state). */
const HAS_TIME = new RegExp(TIME_SOURCE, 'iu');
/** Words that may label a date line: "Published", "Updated", weekdays, relative days. */
const DATE_LABEL_WORDS =
  /(?<![\p{L}])(?:published|posted|updated|last updated|modified|date|on|at|gmt|utc|today|yesterday|ago|hours?|minutes?|days?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|опубликовано|обновлено|дата|сегодня|вчера|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|назад|час(?:а|ов)?|минут[аы]?)(?![\p{L}])/giu;

/**
 * Whether a line is only a date and/or time, with at most a short section
 * label ("World October 3, 2015, 14:20", "UPDATED: March 25, 2024",
 * "12 апреля 2017, 10:15", "2 hours ago", "Society | 2015").
 * @param text A line.
 * @returns True for date lines.
 */
export function isDateLine(text: string): boolean {
  const dates = findDates(text, { bareYears: false });
  let rest = text;
  for (const mention of [...dates].reverse()) {
    rest = rest.slice(0, mention.index) + ' ' + rest.slice(mention.index + mention.length);
  }
  const hadTime = HAS_TIME.test(rest);
  rest = rest.replace(TIMES, ' ');
  const relative = /\b\d+\s+(?:hours?|minutes?|days?)\s+ago\b|(?:^|\s)(?:today|yesterday|сегодня|вчера)\b/iu.test(text);
  const bareYear = /(?<![\p{N}.,])(?:19|20)\d{2}(?![\p{N}]|[.,]\d)/u.test(rest) && (dates.length > 0 || hadTime || wordCount(text) <= 4);
  if (dates.length === 0 && !hadTime && !relative && !bareYear) return false;
  rest = rest.replace(DATE_LABEL_WORDS, ' ').replace(/\d+/g, ' ').replace(/[|/,.:;()\-–—·•\s]+/g, ' ').trim();
  if (rest === '') return true;
  return isSectionLabel(rest);
}

/**
 * Whether a line is a short section label or kicker: one to three words, no
 * digits, no sentence punctuation, each word capitalised ("World", "Asia",
 * "Central Asia", "Breaking News", "Science & Technology").
 * @param text A line.
 * @returns True for label-shaped lines.
 */
export function isSectionLabel(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || /[\p{N}.,!?;:"“”«»]/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((word) => !/^(?:&|and|of|the|и)$/i.test(word));
  return words.length >= 1 && words.length <= 3 && words.every((word) => /^[\p{Lu}\p{Lt}]/u.test(word));
}

/** A personal-name word: "Aigul", "O'Brien", "Al-Farsi", "A.", "AIGUL" or a Cyrillic name. */
const NAME_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*\\.?|(?:al|el|bin|ibn|van|von|de|der|da|ul|ur)-?)";
/** "By Name" / "BY NAME" at the start of a line, optionally ", Outlet" or "| Outlet" after it. */
const BY_LINE = new RegExp(`^(?:by|BY|By)\\s+(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|and|&))*?)\\s*(?:$|[,|/–—]\\s*\\S|\\s+-\\s+\\S|\\s+\\d)`, 'u');
/** "Author: Name", "Автор: Имя", "Text: Name" (the colon is required after these labels). */
const LABELLED_BYLINE = /^(?:authors?|text|автор(?:ы)?|текст)\s*:\s*(\p{Lu}.*)$/iu;
/** "Written by Name", "Reporting by Name", "Подготовил Имя". */
const VERB_BYLINE = /^(?:written by|reporting by|reported by|story by|report by|posted by|text by|words by|подготовил[аи]?)\s*:?\s*(\p{Lu}.*)$/iu;
/** "-- Name", "— Name", "– Name": a signature line (a single "-" starts a list item instead). */
const DASH_SIGNATURE = /^(?:--|[–—]{1,2})\s*(\p{Lu}[^.!?]*)$/u;

/**
 * The name part of a byline, before any outlet or date after it.
 * "By Jane Doe" -> "Jane Doe"; "-- John Roe" -> "John Roe";
 * "Author: Jane Doe, Almaty" -> "Jane Doe, Almaty" (callers validate the name).
 * @param text A line.
 * @returns The text after the byline marker, or null when the line is no byline.
 */
export function bylineText(text: string): string | null {
  const trimmed = text.trim();
  if (wordCount(trimmed) > 14) return null;
  const by = BY_LINE.exec(trimmed);
  const sentenceLike = endsLikeSentence(trimmed) && wordCount(trimmed) >= 6;
  if (by?.[1] && !sentenceLike) return trimmed.replace(/^by\s+/i, '');
  const labelled = LABELLED_BYLINE.exec(trimmed) ?? VERB_BYLINE.exec(trimmed);
  if (labelled?.[1]) return labelled[1];
  const dashed = DASH_SIGNATURE.exec(trimmed);
  if (dashed?.[1] && wordCount(dashed[1]) <= 5) return dashed[1];
  return null;
}

/**
 * Whether a line is a byline or signature ("By X", "-- X", "Author: X").
 * @param text A line.
 * @returns True for byline lines.
 */
export function isBylineLine(text: string): boolean {
  return bylineText(text) !== null;
}

/**
 * Whether a line is an editorial note crediting others: "RFE/RL's Tajik
 * Service contributed to this report.", "Reuters contributed reporting."
 * @param text A line.
 * @returns True for contribution notes of at most 20 words.
 */
export function isContributionNote(text: string): boolean {
  return wordCount(text) <= 20 && /\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.?\)?$/iu.test(text.trim());
}

/**
 * Split a date (and time) glued to the end of a line, as in
 * "Court jails recruiter in Aktau 12 апреля 2017, 10:15".
 * @param text A line.
 * @returns The text before the date (trimmed of separators) and the date, or the line unchanged and null.
 */
export function splitTrailingDate(text: string): { text: string; date: DateMention | null } {
  const dates = findDates(text, { bareYears: false });
  const last = dates.at(-1);
  if (!last) return { text, date: null };
  const after = text.slice(last.index + last.length);
  const tail = after.replace(TIMES, ' ');
  if (!/^[\s,|/–—-]*$/.test(tail)) return { text, date: null };
  const before = text
    .slice(0, last.index)
    .replace(/[\s,|/:–—-]+$/u, '')
    .replace(TRAILING_TIME, '')
    .replace(/[\s,|/:–—-]+$/u, '');
  if (before === '') return { text, date: null };
  return { text: before, date: last };
}

/**
 * Whether a line has the shape of a headline: 2-30 words, starts with a
 * letter, digit or quote, does not end with a full stop, is no date line,
 * byline, list item or link. A date glued to its end is ignored.
 * @param text A line.
 * @returns True for headline-shaped lines.
 */
export function isHeadlineShaped(text: string): boolean {
  const { text: core } = splitTrailingDate(text);
  const words = wordCount(core);
  if (words < 2 || words > 30 || core.length > 250) return false;
  if (!/^["'“‘«\p{L}\p{N}]/u.test(core)) return false;
  if (/^\d{1,2}[.)]\s/.test(core) || /https?:\/\/|www\./i.test(core)) return false;
  if (endsWithFullStop(core) && !/(?:\.\.\.|…)["'”’»]*$/u.test(core)) return false;
  return !isDateLine(text) && !isBylineLine(text);
}

/**
 * Index of the title among a page's lines: the first headline-shaped line of
 * four or more words before the body starts; failing that, the first
 * headline-shaped line that is not a section label.
 * @param texts The lines' texts, in order.
 * @param skip Lines that can never be the title (e.g. a masthead naming the outlet).
 * @returns The index, or -1 when no line looks like a title.
 */
export function findTitleIndex(texts: readonly string[], skip: (text: string) => boolean = () => false): number {
  let bodyStart = texts.findIndex(isBodyLine);
  if (bodyStart === -1) bodyStart = texts.length;
  let fallback = -1;
  for (let i = 0; i < bodyStart; i++) {
    const text = texts[i] ?? '';
    if (!isHeadlineShaped(text) || skip(text)) continue;
    if (wordCount(splitTrailingDate(text).text) >= 4) return i;
    if (fallback === -1 && !isSectionLabel(text)) fallback = i;
  }
  return fallback;
}
