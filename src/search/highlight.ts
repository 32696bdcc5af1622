/**
 * Highlighting: which words of a text the query matched, and the snippet of
 * a long text that shows most of them. Words are compared in folded form
 * (./fold.ts), so "Tursunbekov" and "Турсунбеков" are both marked for a query
 * that matched the term `karimova`. Pure; the page turns the segments into
 * text nodes and `<mark>` elements (never HTML strings).
 */
import { WORD_PATTERN, wordTokens } from './fold.ts';

/** A run of text, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Decides whether a folded token was matched by the query. */
export type TokenMatcher = (token: string) => boolean;

/**
 * A matcher from a search response.
 * @param terms Index terms the query matched.
 * @param prefix The word being typed ('' when none): tokens starting with it match too.
 * @returns The matcher.
 */
export function termMatcher(terms: readonly string[], prefix: string): TokenMatcher {
  const set = new Set(terms);
  return (token) => set.has(token) || (prefix.length >= 2 && token.startsWith(prefix));
}

/** A matched word's position in a text. */
interface WordHit {
  start: number;
  end: number;
  /** The folded token that matched (to count distinct words). */
  token: string;
}

/**
 * @param text A text.
 * @param matches The matcher.
 * @returns Every matched word, in order.
 */
function matchedWords(text: string, matches: TokenMatcher): WordHit[] {
  const hits: WordHit[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const token = wordTokens(match[0]).find(matches);
    if (token !== undefined) hits.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, token });
  }
  return hits;
}

/**
 * Split a text into marked and unmarked runs.
 * @param text A text (a title, an alias, a snippet).
 * @param matches The matcher.
 * @returns Segments that join back to the text.
 */
export function highlight(text: string, matches: TokenMatcher): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const hit of matchedWords(text, matches)) {
    if (hit.start > at) segments.push({ text: text.slice(at, hit.start), mark: false });
    segments.push({ text: text.slice(hit.start, hit.end), mark: true });
    at = hit.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/**
 * Whether a text holds a matched word.
 * @param text A text.
 * @param matches The matcher.
 * @returns True when some word matches.
 */
export function hasMatch(text: string, matches: TokenMatcher): boolean {
  return matchedWords(text, matches).length > 0;
}

/**
 * The part of a long text that holds the most distinct matched words, cut at
 * word boundaries, with ellipses where it was cut, highlighted.
 * @param text The long text.
 * @param matches The matcher.
 * @param length Target length in characters.
 * @returns Segments, or an empty list when no word of the text matches.
 */
export function snippet(text: string, matches: TokenMatcher, length = 220): Segment[] {
  const hits = matchedWords(text, matches);
  if (hits.length === 0) return [];
  const lead = Math.floor(length / 4);
  let best = { start: 0, distinct: -1 };
  for (const hit of hits) {
    const start = Math.max(0, hit.start - lead);
    const distinct = new Set(hits.filter((other) => other.start >= start && other.end <= start + length).map((other) => other.token)).size;
    if (distinct > best.distinct) best = { start, distinct };
  }
  let start = best.start;
  if (start > 0) {
    const paragraphStart = text.lastIndexOf('\n', hits.find((hit) => hit.start >= start)?.start ?? start);
    const space = text.indexOf(' ', start);
    start = paragraphStart >= start ? paragraphStart + 1 : space >= 0 && space < start + 30 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const window = text.slice(start, end).replace(/\s+/g, ' ');
  const segments = highlight(window, matches);
  if (start > 0 && text[start - 1] !== '\n') segments.unshift({ text: '… ', mark: false });
  if (end < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}
