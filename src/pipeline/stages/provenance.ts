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
  for (const [index, paragraph] of paragraphs.entries()) {
    const found = locate(paragraph, wanted);
    if (!found) continue;
    const before = [...paragraphs.slice(0, index), paragraph.slice(0, found.start)].join(' ');
    const after = [paragraph.slice(found.end), ...paragraphs.slice(index + 1)].join(' ');
    return { prefix: tailWords(before.slice(-4 * length), length), suffix: headWords(after.slice(0, 4 * length), length) };
  }
  return undefined;
}

/**
 * Where a quote lies in a paragraph: exactly, else with any run of white space
 * matching any other.
 * @param paragraph The paragraph.
 * @param quote The trimmed quote.
 * @returns Start and end offsets in the paragraph, or undefined.
 */
function locate(paragraph: string, quote: string): { start: number; end: number } | undefined {
  const exact = paragraph.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const pattern = new RegExp(quote.split(/\s+/).map(escapeRegExp).join('\\s+'), 'u');
  const match = pattern.exec(paragraph);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
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
