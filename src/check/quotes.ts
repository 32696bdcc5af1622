/**
 * Each figure's quote must be words of its article's body. The body is parsed
 * as Markdown and searched the way the site marks figures
 * (src/markdown/figure-marks.ts): in the running text of each paragraph and
 * table cell, Markdown escapes undone, through the typographic canonical form
 * (white space, curly or straight quotes and apostrophes, dashes, `…`). A quote
 * this check accepts is therefore one the site can mark. A body of plain
 * prose is split into paragraphs without the parser (plain-body.ts), to the
 * same blocks.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Parent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { inlineText } from '../markdown/inline-text.ts';
import { canonicalize, unescapeMarkdown } from '../markdown/typography.ts';
import { canonicalText, plainBodyBlocks } from './plain-body.ts';
import { quoted, recordItems, stringField } from './raw.ts';
import { fieldError, type CheckError, type ParsedFile } from './types.ts';

/** Subtrees the site never searches for quotes. */
const skippedSubtrees: ReadonlySet<string> = new Set(['heading', 'code', 'html', 'definition', 'yaml', 'toml']);

/** Blocks whose running text holds quotes. */
const searchedBlocks: ReadonlySet<string> = new Set(['paragraph', 'tableCell']);

/**
 * The searchable text of a Markdown body.
 * @param markdown The body.
 * @returns The canonical running text of each paragraph and table cell.
 */
export function bodyBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  visit(fromMarkdown(markdown), (node) => {
    if (skippedSubtrees.has(node.type)) return SKIP;
    if (!searchedBlocks.has(node.type) || !('children' in node)) return undefined;
    blocks.push(canonicalText(inlineText(node as Parent).text));
    return SKIP;
  });
  return blocks;
}

/**
 * Whether a quote occurs in one of the blocks.
 * @param quote The quote as the frontmatter holds it (escapes copied from the Markdown are accepted too).
 * @param blocks Canonical text of each block.
 * @returns True when found.
 */
export function quoteOccurs(quote: string, blocks: readonly string[]): boolean {
  const forms = [quote, unescapeMarkdown(quote)].map((form) => canonicalText(form.trim())).filter((form) => form !== '');
  return forms.some((form) => blocks.some((block) => block.includes(form)));
}

/**
 * Check the quote of every figure of an article.
 * @param file A parsed file (only articles are checked).
 * @returns An error for each quote not found in the body.
 */
export function quoteErrors(file: ParsedFile): CheckError[] {
  if (file.kind !== 'article') return [];
  const figures = recordItems(file.data, 'figures');
  if (figures.length === 0) return [];
  const blocks = plainBodyBlocks(file.body) ?? bodyBlocks(file.body);
  return figures.flatMap(({ item, index }) => {
    const quote = stringField(item, 'quote');
    if (quote === undefined || quote.trim() === '' || quoteOccurs(quote, blocks)) return [];
    const hint = whereQuoteWent(stringField(item, 'prefix'), stringField(item, 'suffix'), blocks);
    return [fieldError(file, ['figures', index, 'quote'], `unexpected quote ${quoted(quote)}, expected words of one paragraph of the body${hint ? `; ${hint}` : ''}`)];
  });
}

/**
 * A hint for a contributor whose quote is no longer in the body: the figure's
 * `prefix` and `suffix` (the words recorded around the quote) usually survive
 * an edit of the sentence, so the text between them is what the quote became.
 * @param prefix The words recorded before the quote, if any.
 * @param suffix The words recorded after it, if any.
 * @param blocks Canonical text of each block of the body.
 * @returns The hint, or undefined when neither is found.
 */
export function whereQuoteWent(prefix: string | undefined, suffix: string | undefined, blocks: readonly string[]): string | undefined {
  const body = blocks.join(' ');
  const find = (words: string | undefined, from = 0): number => {
    const form = words === undefined ? '' : canonicalize(unescapeMarkdown(words).trim()).text;
    return form === '' ? -1 : body.indexOf(form, from);
  };
  const canonicalLength = (words: string): number => canonicalize(unescapeMarkdown(words).trim()).text.length;
  const before = find(prefix);
  const after = before >= 0 && prefix !== undefined ? find(suffix, before + canonicalLength(prefix)) : find(suffix);
  if (before >= 0 && after >= 0 && prefix !== undefined) {
    const between = body.slice(before + canonicalLength(prefix), after).trim();
    return `between its prefix ${quoted(prefix)} and suffix ${quoted(suffix ?? '')} the body now reads ${quoted(between, 160)}`;
  }
  if (before >= 0 && prefix !== undefined) return `its prefix ${quoted(prefix)} is still in the body: the quote followed it`;
  if (after >= 0 && suffix !== undefined) return `its suffix ${quoted(suffix)} is still in the body: the quote came just before it`;
  return undefined;
}
