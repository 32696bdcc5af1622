/**
 * Sentence splitting and quotation spans for one paragraph of news prose.
 *
 * A sentence ends at ".", "!" or "?" (with any closing quotes or brackets after
 * it) followed by white space and a capital letter, digit or opening quote, except
 * after a title or month abbreviation ("Dr.", "Gen.", "Sept."), an initial ("J.")
 * or a dotted acronym ("U.S.") that runs on into the same sentence.
 */

/** One sentence of a paragraph. */
export interface SentenceSpan {
  /** The sentence, a verbatim substring of the paragraph. */
  text: string;
  /** Offset of the sentence in the paragraph. */
  start: number;
  /** Offset just past the sentence. */
  end: number;
}

/** A quotation in a paragraph: the text between a pair of quote marks. */
export interface QuotationSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (the paragraph's end when never closed). */
  end: number;
  /** Whether the quotation looks like reported speech (several words), not a scare quote. */
  speech: boolean;
}

/** Abbreviations after which a period does not end a sentence (lower case, no dot). */
const NON_TERMINAL_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr', 'brig',
  'gov', 'sen', 'rep', 'rev', 'fr', 'st', 'sr', 'jr', 'hon', 'pres', 'amb', 'supt', 'insp', 'det',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'art', 'para', 'fig', 'approx', 'est', 'vs', 'cf', 'ca', 'al',
  'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'assn', 'mt', 'ft', 'gr', 'ul', 'pr', 'obl',
  // Russian legal references: "по ч. 2 ст. 205 УК" (part, article).
  'ч', 'ст',
]);

/**
 * @param word A word written before a period, without it ("Cpl", "Sept").
 * @returns Whether a period after it leaves the sentence open (a title or a month, say).
 */
export function isNonTerminalAbbreviation(word: string): boolean {
  return NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase());
}

/** Words that plausibly start a new sentence after a dotted acronym ("... the U.S. The ..."). */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'in', 'on',
  'at', 'but', 'and', 'however', 'meanwhile', 'according', 'his', 'her', 'their', 'its', 'some', 'many', 'most',
  'after', 'before', 'since', 'while', 'when', 'as', 'if', 'earlier', 'later', 'last', 'also', 'yet', 'so',
]);

/** Candidate sentence ends: terminal punctuation, closing marks, space, then a plausible start. */
const BOUNDARY = /([.!?]+)(["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[\p{Lu}\d])/gu;

/** German month names, whole words: a day's period before one ends no sentence ("am 3. Dezember"). */
const GERMAN_MONTH = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;

/**
 * Whether the period at a candidate boundary belongs to an abbreviation that does
 * not end the sentence.
 * @param paragraph The paragraph.
 * @param dotIndex Index of the period.
 * @param nextWord The word that follows the boundary.
 */
function isNonTerminalPeriod(paragraph: string, dotIndex: number, nextWord: string): boolean {
  const before = paragraph.slice(Math.max(0, dotIndex - 20), dotIndex);
  // A German day before its month: "am 3. Dezember", "bis zum 6. Januar".
  if (GERMAN_MONTH.test(nextWord) && /(?:^|[^\d.])\d{1,2}$/.test(before)) return true;
  const tokenMatch = /([\p{L}.]+)$/u.exec(before);
  if (!tokenMatch) return false;
  const token = tokenMatch[1] as string;
  const bare = token.replace(/^\.+/, '').toLowerCase();
  // Single initial: "J. Smith", "Ivan P. Petrov".
  if (/^\p{Lu}$/u.test(token)) return true;
  // Dotted acronym: "U.S.", "U.N.", "e.g." — ends the sentence only before a typical starter.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) {
    return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  return NON_TERMINAL_ABBREVIATIONS.has(bare);
}

/**
 * Splits a paragraph into sentences.
 * @param paragraph One paragraph of body text.
 * @returns Sentences in order; each `text` is `paragraph.slice(start, end)`, trimmed.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let sentenceStart = 0;
  const pattern = new RegExp(BOUNDARY.source, BOUNDARY.flags);
  for (const m of paragraph.matchAll(pattern)) {
    const punctuation = m[1] as string;
    const closers = m[2] as string;
    const dotIndex = m.index + punctuation.length - 1;
    const afterSpace = m.index + m[0].length;
    const nextWord = /^["'“‘«(\[]?([\p{L}\d]+)/u.exec(paragraph.slice(afterSpace))?.[1] ?? '';
    if (punctuation === '.' && isNonTerminalPeriod(paragraph, dotIndex, nextWord)) continue;
    const end = m.index + punctuation.length + closers.length;
    pushSentence(paragraph, sentenceStart, end, out);
    sentenceStart = afterSpace;
  }
  pushSentence(paragraph, sentenceStart, paragraph.length, out);
  return out;
}

/**
 * Adds a trimmed sentence to a list when it holds any text.
 * @param paragraph The paragraph.
 * @param start Raw start offset.
 * @param end Raw end offset.
 * @param out The list to add to.
 */
function pushSentence(paragraph: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(paragraph.charAt(s))) s++;
  while (e > s && /\s/.test(paragraph.charAt(e - 1))) e--;
  if (e > s) out.push({ text: paragraph.slice(s, e), start: s, end: e });
}

/** Opening and matching closing marks for curly, guillemet and straight quotes. */
const CLOSING_MARK: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
/** Any opening mark of CLOSING_MARK (global: `findQuotations` sets lastIndex before each search). */
const OPENING_MARK = /[“«„"]/g;

/**
 * Finds the quotations of a paragraph. Straight double quotes pair up in order;
 * an unclosed quotation runs to the paragraph's end (multi-paragraph quotes).
 * Apostrophes and single quotes are ignored: they are too often possessives.
 * @param paragraph One paragraph.
 * @returns Quotation spans in order.
 */
export function findQuotations(paragraph: string): QuotationSpan[] {
  const out: QuotationSpan[] = [];
  let i = 0;
  while (i < paragraph.length) {
    // Straight to the next opening mark (the paragraph's other characters open nothing).
    OPENING_MARK.lastIndex = i;
    const opening = OPENING_MARK.exec(paragraph);
    if (!opening) break;
    i = opening.index;
    const mark = paragraph.charAt(i);
    const closing = CLOSING_MARK[mark] as string;
    let close = paragraph.indexOf(closing, i + 1);
    // "„...“" and "“...”": also accept a straight quote as the closer of a curly one.
    if (close < 0 && mark !== '"') close = paragraph.indexOf('"', i + 1);
    const end = close < 0 ? paragraph.length : close + 1;
    const inner = paragraph.slice(i + 1, close < 0 ? paragraph.length : close);
    const words = inner.trim().split(/\s+/).filter((w) => w.length > 0).length;
    out.push({ start: i, end, speech: words > 3 });
    i = end;
  }
  return out;
}
