/**
 * Provenance stage: the words just before and after each figure's quote, the way
 * careful annotation tools anchor a highlight (a W3C TextQuoteSelector's `prefix`
 * and `suffix`). With them a contributor, or `npm run check`, can find where a
 * quote went after the body was edited: the words around it usually survive.
 *
 * Context is the body text on each side of the quote, running into the
 * neighbouring paragraph when the quote opens or closes its own (as a
 * TextQuoteSelector reads the document as one text), cut at word boundaries
 * to about 32 characters, with its white space collapsed. Pure.
 */
import type { ArticleFigure } from '../types.ts';

/** About how many characters of context to keep on each side. */
export const CONTEXT_LENGTH = 32;

/** The words around a quote. */
export interface QuoteContext {
  /** Body text just before the quote; '' when the quote opens the body. */
  prefix: string;
  /** Body text just after the quote; '' when the quote ends the body. */
  suffix: string;
}

/**
 * Give each figure the words before and after its quote.
 * @param figures Figures in text order.
 * @param paragraphs The article's clean body paragraphs.
 * @returns The figures with `prefix` and `suffix` set where the body has text
 *   on that side (figures whose quote is not found are returned as they are).
 */
export function addProvenance(figures: readonly ArticleFigure[], paragraphs: readonly string[]): ArticleFigure[] {
  return figures.map((figure) => {
    const context = quoteContext(figure.quote, paragraphs);
    if (!context) return figure;
    const { prefix: _prefix, suffix: _suffix, ...rest } = figure;
    return { ...rest, ...(context.prefix ? { prefix: context.prefix } : {}), ...(context.suffix ? { suffix: context.suffix } : {}) };
  });
}

/**
 * The words around the first occurrence of a quote in the paragraphs.
 * @param quote The quote.
 * @param paragraphs Body paragraphs.
 * @param length About how many characters to keep on each side.
 * @returns Prefix and suffix, or undefined when no paragraph holds the quote.
 */
export function quoteContext(quote: string, paragraphs: readonly string[], length: number = CONTEXT_LENGTH): QuoteContext | undefined {
  const wanted = quote.trim();
  if (wanted === '') return undefined;
  const spaced = looseLocator(wanted);
  const run = longestRun(wanted);
  for (const [index, paragraph] of paragraphs.entries()) {
    if (!paragraph.includes(run)) continue;
    const found = locate(paragraph, wanted, spaced);
    if (!found) continue;
    // The body's text on each side, as joined with spaces, but only as much as is kept (4 * length).
    const window = 4 * length;
    let before = paragraph.slice(0, found.start);
    for (let i = index - 1; i >= 0 && before.length < window; i--) before = `${paragraphs[i] as string} ${before}`;
    let after = paragraph.slice(found.end);
    for (let i = index + 1; i < paragraphs.length && after.length < window; i++) after = `${after} ${paragraphs[i] as string}`;
    return { prefix: tailWords(before.slice(-window), length), suffix: headWords(after.slice(0, window), length) };
  }
  return undefined;
}

/** Where a quote lies in a paragraph, or undefined. */
type Locator = (paragraph: string) => { start: number; end: number } | undefined;

/**
 * A finder of a quote with any run of white space matching any other: the
 * first match of the quote's runs of other characters joined by `\s+`. Done
 * by hand (a pattern per quote costs its compilation); with a surrogate in
 * the quote, by the pattern, whose `u` flag treats pairs as one character.
 * @param quote The trimmed quote.
 * @returns The finder.
 */
function looseLocator(quote: string): Locator {
  const runs = quote.split(/\s+/);
  if (/[\uD800-\uDFFF]/.test(quote)) {
    let pattern: RegExp | undefined;
    return (paragraph) => {
      pattern ??= new RegExp(runs.map(escapeRegExp).join('\\s+'), 'u');
      const match = pattern.exec(paragraph);
      return match ? { start: match.index, end: match.index + match[0].length } : undefined;
    };
  }
  return (paragraph) => {
    const first = runs[0] as string;
    for (let start = paragraph.indexOf(first); start >= 0; start = paragraph.indexOf(first, start + 1)) {
      const end = runsFrom(paragraph, runs, start + first.length);
      if (end >= 0) return { start, end };
    }
    return undefined;
  };
}

/**
 * Match the runs after the first at an offset: each after one or more white-space characters.
 * (The runs hold no white space, so the greedy `\s+` of the pattern never gives any back.)
 * @param paragraph The paragraph.
 * @param runs The quote's runs.
 * @param from Offset just after the first run.
 * @returns The offset after the last run, or -1.
 */
function runsFrom(paragraph: string, runs: readonly string[], from: number): number {
  let at = from;
  for (let k = 1; k < runs.length; k++) {
    let next = at;
    while (next < paragraph.length && WHITE_SPACE.test(paragraph[next] as string)) next++;
    const run = runs[k] as string;
    if (next === at || !paragraph.startsWith(run, next)) return -1;
    at = next + run.length;
  }
  return at;
}

/** One white-space character, as `\s` reads it. */
const WHITE_SPACE = /^\s$/;

/**
 * The longest run of the quote without white space: a paragraph without it
 * cannot hold the quote, however its white space is written.
 * @param quote The trimmed quote.
 * @returns The run.
 */
function longestRun(quote: string): string {
  return quote.split(/\s+/).reduce((best, run) => (run.length > best.length ? run : best), '');
}

/**
 * Where a quote lies in a paragraph: exactly, else with any run of white space
 * matching any other.
 * @param paragraph The paragraph.
 * @param quote The trimmed quote.
 * @param spaced Its finder with white space made loose (see `looseLocator`).
 * @returns Start and end offsets in the paragraph, or undefined.
 */
function locate(paragraph: string, quote: string, spaced: Locator): { start: number; end: number } | undefined {
  const exact = paragraph.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  return spaced(paragraph);
}

/**
 * The last words of a text, about `length` characters, never starting inside a word.
 * @param text Text before a quote.
 * @param length About how many characters.
 * @returns Whole words, white space collapsed; '' for blank text.
 */
export function tailWords(text: string, length: number = CONTEXT_LENGTH): string {
  const words = collapse(text).split(' ').filter((word) => word !== '');
  const kept: string[] = [];
  let size = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (kept.length > 0 && size + 1 + word.length > length) break;
    kept.unshift(word);
    size += (kept.length > 1 ? 1 : 0) + word.length;
  }
  return kept.join(' ');
}

/**
 * The first words of a text, about `length` characters, never ending inside a word.
 * @param text Text after a quote.
 * @param length About how many characters.
 * @returns Whole words, white space collapsed; '' for blank text.
 */
export function headWords(text: string, length: number = CONTEXT_LENGTH): string {
  const words = collapse(text).split(' ').filter((word) => word !== '');
  const kept: string[] = [];
  let size = 0;
  for (const word of words) {
    if (kept.length > 0 && size + 1 + word.length > length) break;
    kept.push(word);
    size += (kept.length > 1 ? 1 : 0) + word.length;
  }
  return kept.join(' ');
}

/**
 * @param text Text.
 * @returns It with every run of white space made one space, trimmed.
 */
function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * @param value Text.
 * @returns It with regular-expression syntax escaped.
 */
function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
