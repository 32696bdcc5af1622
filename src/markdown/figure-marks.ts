/**
 * remark plugin that marks, in the body, the words each figure of the
 * frontmatter was read from, and attaches a readable description to them.
 *
 * For figure N (its index in the frontmatter list, from 0) the plugin finds
 * the figure's `quote` in the text of the body's paragraphs and table cells,
 * then the number itself within the quote ("more than 330" in "More than 330
 * Kyrgyz citizens have joined..."), and wraps it as
 *
 *   <mark class="figure" id="figure-N" data-figure="N" tabindex="0" aria-describedby="figure-N-note">
 *     More than 330<span class="figure-note" id="figure-N-note" role="tooltip">more than 330 Kyrgyz citizens — claimed by …, as of 21 April 2015</span>
 *   </mark>
 *
 * Marking the number rather than the whole quote lets several figures of one
 * sentence each have their own mark. When the number cannot be found as
 * written in the quote (spelled out in an unusual way), the whole quote is
 * marked; such figures are placed after all the others, so that their mark
 * cannot cover a neighbour's number.
 *
 * The description is in the page's text, so it needs no script: the mark is
 * focusable, the note is its accessible description (`aria-describedby`), and
 * the site's CSS hides the note until the mark is hovered or focused (see
 * README.md next to this file). A screen reader announces it on focus.
 *
 * The quote is compared with the text as parsed (Markdown escapes undone, a
 * quote copied with its escapes is accepted too) through the canonical form of
 * ./typography.ts, so smart punctuation, curly apostrophes and non-breaking
 * spaces make no difference. It may span several nodes, such as a mention
 * link; the mark then wraps whole nodes (a link is never cut in two).
 *
 * A figure whose quote is not in the body, or whose words are already marked
 * for another figure, gets a warning on the file and no mark.
 */
import type { Data as HastData, ElementContent, Properties } from 'hast';
import type { Data, Parent, PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { formatIsoDate } from '../lib/dates.ts';
import { formatFigureValue } from '../lib/figures.ts';
import { frontmatterEntities, frontmatterFigures, toMarkedFigure, toMentionEntity, type MarkedFigure, type MentionEntity } from './frontmatter.ts';
import { inlineText, isOpenParent, runningLength } from './inline-text.ts';
import { canonicalize, originalRange, unescapeMarkdown, type CanonicalText } from './typography.ts';

export type { MarkedFigure } from './frontmatter.ts';

/** Options of {@link remarkFigureMarks}. */
export interface FigureMarksOptions {
  /**
   * The figures to mark, in frontmatter order (a figure's index is its N).
   * When omitted (or null), each document's own frontmatter `figures` are
   * used, from `file.data.astro.frontmatter`.
   */
  figures?: readonly MarkedFigure[] | null | undefined;
  /**
   * Entities used to name a claimant given by entity id. When omitted (or
   * null), the document's frontmatter `entities`.
   */
  entities?: readonly MentionEntity[] | null | undefined;
}

/** A `<mark>` around the words of a figure (an mdast extension node). */
export interface FigureMark extends Parent {
  type: 'figureMark';
  children: PhrasingContent[];
  data: Data & { hName: 'mark'; hProperties: Properties };
}

/** The description of a figure, shown as a tooltip (an mdast extension node without mdast children). */
export interface FigureNote extends Node {
  type: 'figureNote';
  data: HastData & { hName: 'span'; hProperties: Properties; hChildren: ElementContent[] };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    figureMark: FigureMark;
    figureNote: FigureNote;
  }
  interface RootContentMap {
    figureMark: FigureMark;
    figureNote: FigureNote;
  }
}

/** Name of this plugin in messages. */
const source = 'remark-figure-marks';

/** Subtrees never searched for quotes. */
const skippedSubtrees: ReadonlySet<string> = new Set(['heading', 'code', 'html', 'definition', 'yaml', 'toml']);

/** Parents whose text is searched for quotes. */
const searchedBlocks: ReadonlySet<string> = new Set(['paragraph', 'tableCell']);

/** A block of the body with its running text in canonical form. */
interface SearchableBlock {
  node: Parent;
  canonical: CanonicalText;
  /** Ranges of running text already marked, for overlap checks. */
  marked: Array<[number, number]>;
}

/**
 * Mark the words of each figure and describe the figure.
 * @param options Configuration; everything is optional.
 * @returns Transformer.
 * @throws {TypeError} When `figures` or `entities` is given but malformed.
 */
export function remarkFigureMarks(options?: FigureMarksOptions | null): (tree: Root, file: VFile) => void {
  const settings = normalizeOptions(options);

  return function transformer(tree, file) {
    const figures = settings.figures ?? frontmatterFigures(file, source);
    if (figures.length === 0) return;
    const entities = settings.entities ?? frontmatterEntities(file, source);
    const nameById = new Map(entities.map((entity) => [entity.id, entity.name]));
    const blocks = searchableBlocks(tree);
    const describe = (figure: MarkedFigure): string => describeFigure(figure, figure.claimant ? (nameById.get(figure.claimant) ?? figure.claimant) : undefined);
    // Numbers first, so that a figure marked by its whole quote cannot hide the numbers of its neighbours.
    const unmarked = figures.filter(({ figure, index }) => markFigure(blocks, figure, index, describe(figure), false) !== 'marked');
    for (const { figure, index } of unmarked) {
      const placed = markFigure(blocks, figure, index, describe(figure), true);
      if (placed !== 'marked') reportUnplaced(file, tree, figure, index, placed);
    }
  };
}

/**
 * Check the options.
 * @param options Options as given.
 * @returns Figures with their indices and entities, each undefined when to be read from the frontmatter.
 * @throws {TypeError} On a programmer error.
 */
function normalizeOptions(options: FigureMarksOptions | null | undefined): {
  figures: Array<{ figure: MarkedFigure; index: number }> | undefined;
  entities: MentionEntity[] | undefined;
} {
  const figures = optionList(options?.figures, 'figures', toMarkedFigure);
  const entities = optionList(options?.entities, 'entities', toMentionEntity);
  return { figures: figures?.map((figure, index) => ({ figure, index })), entities };
}

/**
 * Check one list option.
 * @param list The option's value.
 * @param name The option's name, for errors.
 * @param convert Checks and converts one entry; undefined when malformed.
 * @returns The converted list, or undefined when the option is absent.
 * @throws {TypeError} When the list or an entry is malformed.
 */
function optionList<T>(list: unknown, name: string, convert: (value: unknown) => T | undefined): T[] | undefined {
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list)) throw new TypeError(`remarkFigureMarks: expected \`options.${name}\` to be a list, or omitted`);
  return list.map((entry: unknown, index) => {
    const converted = convert(entry);
    if (converted === undefined) throw new TypeError(`remarkFigureMarks: unexpected \`options.${name}[${index}]\`, expected the frontmatter's shape`);
    return converted;
  });
}

/**
 * A figure in words, for readers: value, what it counts, who claims it, when.
 * @param figure The figure.
 * @param claimantName The claimant's name; defaults to the figure's `claimant` as written.
 * @returns For example "more than 330 Kyrgyz citizens who joined IS — claimed by
 *   the deputy prime minister, as of 21 April 2015".
 */
export function describeFigure(figure: MarkedFigure, claimantName?: string): string {
  const claimant = claimantName ?? figure.claimant ?? undefined;
  const circumstances = [claimant ? `claimed by ${claimant}` : undefined, figure.asOf ? `as of ${formatIsoDate(figure.asOf)}` : undefined].filter(
    (part): part is string => part !== undefined,
  );
  const core = `${formatFigureValue({ ...figure, approx: figure.approx?.trim().toLowerCase() })} ${figure.what}`.trim();
  return circumstances.length === 0 ? core : `${core} — ${circumstances.join(', ')}`;
}

/**
 * Collect the blocks of the body that may hold a quote.
 * @param tree The document.
 * @returns Paragraphs and table cells outside headings, with their canonical text.
 */
function searchableBlocks(tree: Root): SearchableBlock[] {
  const blocks: SearchableBlock[] = [];
  visit(tree, (node) => {
    if (skippedSubtrees.has(node.type)) return SKIP;
    if (!searchedBlocks.has(node.type) || !('children' in node)) return undefined;
    blocks.push({ node, canonical: canonicalize(inlineText(node).text), marked: [] });
    return SKIP;
  });
  return blocks;
}

/**
 * Find a figure's words and wrap them in a mark.
 * @param blocks The searchable blocks; their `marked` ranges are updated.
 * @param figure The figure.
 * @param index Its index in the frontmatter.
 * @param description Its description.
 * @param wholeQuote Whether the whole quote may be marked when the number is not found in it.
 * @returns 'marked', 'missing' when the quote is not in the body, 'taken' when no candidate words are free.
 */
function markFigure(blocks: SearchableBlock[], figure: MarkedFigure, index: number, description: string, wholeQuote: boolean): 'marked' | 'missing' | 'taken' {
  const quotes = [...new Set([figure.quote, unescapeMarkdown(figure.quote)].map((quote) => canonicalize(quote.trim()).text))];
  let found = false;
  for (const block of blocks) {
    for (const quote of quotes) {
      if (quote === '') continue;
      for (let at = block.canonical.text.indexOf(quote); at >= 0; at = block.canonical.text.indexOf(quote, at + 1)) {
        found = true;
        const candidates = figureRanges(block.canonical.text, at, at + quote.length, figure);
        const range = freeRange(block, wholeQuote ? candidates : candidates.slice(0, -1));
        if (!range) continue;
        const [start, end] = originalRange(block.canonical, range[0], range[1]);
        wrapRange(block.node, start, end, () => figureMark(index, description));
        block.marked.push(range);
        return 'marked';
      }
    }
  }
  return found ? 'taken' : 'missing';
}

/**
 * @param block A block.
 * @param candidates Candidate ranges, best first.
 * @returns The first candidate that overlaps no mark of the block.
 */
function freeRange(block: SearchableBlock, candidates: Array<[number, number]>): [number, number] | undefined {
  return candidates.find(([start, end]) => block.marked.every(([markedStart, markedEnd]) => end <= markedStart || start >= markedEnd));
}

/**
 * The ranges of canonical text that could carry a figure's mark, best first:
 * each place where the number is written within the quote (widened to its
 * qualifier, currency sign and unit, which may lie just outside the quote),
 * then the whole quote, always last.
 * @param text Canonical running text of the block.
 * @param quoteStart Start of the quote in `text`.
 * @param quoteEnd End of the quote in `text`.
 * @param figure The figure.
 * @returns Candidate ranges in `text`.
 */
export function figureRanges(text: string, quoteStart: number, quoteEnd: number, figure: MarkedFigure): Array<[number, number]> {
  const quote = text.slice(quoteStart, quoteEnd);
  const candidates: Array<[number, number]> = [];
  if (figure.value !== undefined) {
    for (const [start, end] of numberOccurrences(quote, figure.value)) candidates.push(widen(text, quoteStart + start, quoteStart + end, figure));
  } else if (figure.min !== undefined && figure.max !== undefined) {
    const maxima = numberOccurrences(quote, figure.max);
    for (const [start] of numberOccurrences(quote, figure.min)) {
      const max = maxima.find(([maxStart]) => maxStart > start && maxStart - start < 40);
      if (max) candidates.push(widen(text, quoteStart + start, quoteStart + max[1], figure));
    }
  }
  return [...candidates, [quoteStart, quoteEnd]];
}

/** Numbers written as words, for figures a text spells out. */
const numberWords: ReadonlyMap<number, readonly string[]> = new Map<number, readonly string[]>([
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (word, value): [number, string[]] => [value, value === 12 ? [word, 'a dozen', 'dozen'] : [word]],
  ),
  ...['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((word, index): [number, string[]] => [13 + index, [word]]),
  ...['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, index): [number, string[]] => [30 + 10 * index, [word]]),
  [100, ['a hundred', 'one hundred', 'hundred']],
  [1000, ['a thousand', 'one thousand', 'thousand']],
]);

/** Digits with thousands separators, as `toLocaleString('en-US', { maximumFractionDigits: 6 })` writes them, built once. */
const groupedDigits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * Where a number is written in a text: digits with or without thousands
 * separators, a scaled form ("1.5 million"), or a word ("forty").
 * @param text Canonical text.
 * @param value The number.
 * @returns Ranges, in text order.
 */
function numberOccurrences(text: string, value: number): Array<[number, number]> {
  let pattern = numberPatterns.get(value);
  if (!pattern) {
    pattern = numberPattern(value);
    numberPatterns.set(value, pattern);
  }
  return [...maskLetters(text).matchAll(pattern)].map((match): [number, number] => [match.index, match.index + match[0].length]);
}

/** The pattern of each number met so far: a corpus repeats many values. */
const numberPatterns = new Map<number, RegExp>();

/** A letter outside ASCII, one code point. */
const nonAsciiLetter = /\p{L}/u;

/**
 * The text with every letter outside ASCII written as `a` (one `a` per UTF-16
 * unit, so offsets stay the same), so that the number patterns can tell
 * letters with `[A-Za-z]`. Patterns with Unicode property escapes (`\p{L}`)
 * take a millisecond or more to compile, and a corpus has thousands of
 * distinct values; these take a tenth of that.
 * @param text Canonical text.
 * @returns The masked text, of the same length.
 */
function maskLetters(text: string): string {
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  let masked = '';
  for (const char of text) masked += char.charCodeAt(0) > 0x7f && nonAsciiLetter.test(char) ? 'a'.repeat(char.length) : char;
  return masked;
}

/**
 * The pattern of every way a number is written (see `numberOccurrences`).
 * @param value The number.
 * @returns A global pattern (used with `matchAll`, which copies it, so it is safe to share), for text masked by `maskLetters`.
 */
function numberPattern(value: number): RegExp {
  const digitSpellings = new Set([String(value), groupedDigits.format(value)].map((spelling) => escapeRegExp(spelling).replace(/,/g, '[, ]')));
  for (const [scale, words] of [
    [1e9, 'billion|bn'],
    [1e6, 'million|mln|m'],
    [1e3, 'thousand'],
  ] as const) {
    const scaled = Math.round((value / scale) * 100) / 100;
    if (value >= scale && Math.abs(scaled * scale - value) < 1e-6 * scale) digitSpellings.add(`${escapeRegExp(String(scaled))} ?(?:${words})`);
  }
  const alternatives = [`(?<![\\d.,])(?:${[...digitSpellings].sort((a, b) => b.length - a.length).join('|')})(?![\\dA-Za-z]|[.,]\\d)`];
  const words = numberWords.get(value);
  if (words) alternatives.push(`(?<![A-Za-z])(?:${words.map(escapeRegExp).join('|')})(?![A-Za-z])`);
  return new RegExp(alternatives.join('|'), 'gi');
}

/**
 * Widen a number's range to the words that belong with it: the qualifier
 * before it ("more than"), a currency sign, a percent sign or the unit after it.
 * @param text Canonical text.
 * @param start Start of the number.
 * @param end End of the number.
 * @param figure The figure.
 * @returns The widened range.
 */
function widen(text: string, start: number, end: number, figure: MarkedFigure): [number, number] {
  let from = start;
  let to = end;
  if (/[$€£₽¥]/u.test(text[from - 1] ?? '')) from -= 1;
  const approx = figure.approx?.trim();
  if (approx) {
    const before = text.slice(0, from).toLowerCase();
    const qualifier = `${canonicalize(approx).text.toLowerCase()} `;
    if (before.endsWith(qualifier) && !/[\p{L}\p{N}]/u.test(before.at(-qualifier.length - 1) ?? '')) from -= qualifier.length;
  }
  const after = text.slice(to);
  const unitWords = figure.unit === 'percent' ? ['%', ' percent', ' per cent'] : figure.unit ? [` ${figure.unit}`] : [];
  const unit = unitWords.find((word) => after.toLowerCase().startsWith(word.toLowerCase()) && !/[\p{L}\p{N}]/u.test(after[word.length] ?? ''));
  if (unit) to += unit.length;
  return [from, to];
}

/**
 * Wrap the part of a parent's running text between two offsets in a new node.
 * When the range lies within one open child (emphasis, say) the wrap happens
 * inside it; a text node at either end is split; any other node at either end
 * (a link) is taken whole.
 * @param parent The parent.
 * @param start Start offset in the parent's running text.
 * @param end End offset (exclusive).
 * @param wrapper Makes the wrapping node; its children are appended to.
 */
function wrapRange(parent: Parent, start: number, end: number, wrapper: () => FigureMark): void {
  const children = parent.children as PhrasingContent[];
  const spans: Array<[number, number]> = [];
  let offset = 0;
  for (const child of children) {
    const length = runningLength(child);
    spans.push([offset, offset + length]);
    offset += length;
  }
  const first = spans.findIndex(([, spanEnd]) => spanEnd > start);
  const last = spans.findLastIndex(([spanStart]) => spanStart < end);
  if (first < 0 || last < first) {
    children.push(wrapper());
    return;
  }
  const firstChild = children[first];
  const firstSpan = spans[first];
  if (first === last && firstChild && firstSpan && firstChild.type !== 'text' && isOpenParent(firstChild)) {
    wrapRange(firstChild, start - firstSpan[0], end - firstSpan[0], wrapper);
    return;
  }
  const inside = children.slice(first, last + 1);
  const before: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  const lastChild = children[last];
  const lastSpan = spans[last];
  if (lastChild?.type === 'text' && lastSpan && end < lastSpan[1]) {
    const cut = end - lastSpan[0];
    const kept = { ...lastChild, value: lastChild.value.slice(0, cut) };
    after.push({ type: 'text', value: lastChild.value.slice(cut) });
    inside[inside.length - 1] = kept;
  }
  const head = inside[0];
  if (head?.type === 'text' && firstSpan && start > firstSpan[0]) {
    const cut = start - firstSpan[0];
    before.push({ type: 'text', value: head.value.slice(0, cut) });
    inside[0] = { type: 'text', value: head.value.slice(cut) };
  }
  const mark = wrapper();
  mark.children.unshift(...inside.filter((node) => node.type !== 'text' || node.value !== ''));
  children.splice(first, inside.length, ...before.filter(nonEmpty), mark, ...after.filter(nonEmpty));
}

/**
 * @param node A phrasing node.
 * @returns False for an empty text node.
 */
function nonEmpty(node: PhrasingContent): boolean {
  return node.type !== 'text' || node.value !== '';
}

/**
 * The mark of figure N, holding its note.
 * @param index The figure's index.
 * @param description Its description.
 * @returns A mark whose children are to be prepended.
 */
function figureMark(index: number, description: string): FigureMark {
  const noteId = `figure-${index}-note`;
  const note: FigureNote = {
    type: 'figureNote',
    data: {
      hName: 'span',
      hProperties: { className: ['figure-note'], id: noteId, role: 'tooltip' },
      hChildren: [{ type: 'text', value: description }],
    },
  };
  return {
    type: 'figureMark',
    children: [note],
    data: {
      hName: 'mark',
      hProperties: { className: ['figure'], id: `figure-${index}`, dataFigure: index, tabIndex: 0, ariaDescribedBy: [noteId] },
    },
  };
}

/**
 * Warn that a figure got no mark.
 * @param file The file.
 * @param tree The document, the message's place (the frontmatter is not in the tree).
 * @param figure The figure.
 * @param index Its index.
 * @param reason Why.
 */
function reportUnplaced(file: VFile, tree: Root, figure: MarkedFigure, index: number, reason: 'missing' | 'taken'): void {
  const message =
    reason === 'missing'
      ? `Unexpected missing quote for figure ${index}, expected the body to contain “${figure.quote}”`
      : `Unexpected figure ${index} on words already marked for another figure, expected its number in “${figure.quote}” to be free`;
  file.message(message, { ancestors: [tree], place: tree.position, ruleId: reason === 'missing' ? 'missing-quote' : 'overlapping-figure', source });
}

/**
 * @param value Text.
 * @returns It with regular-expression syntax escaped.
 */
function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
