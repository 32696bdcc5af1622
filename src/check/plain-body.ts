/**
 * The searchable text of a body without parsing its Markdown, when the body
 * is plain prose: paragraphs of words separated by blank lines, with no
 * character that could open any CommonMark construct (emphasis, code, links,
 * HTML, entities, escapes, hard breaks) and no line that could open a block
 * other than a paragraph (headings, lists, quotes, code, thematic breaks,
 * setext underlines). Such a body parses to paragraphs whose text is their
 * lines joined by line breaks, so its blocks are known without the parser,
 * many times faster. Any other body returns undefined, and the caller
 * parses it (quotes.ts `bodyBlocks`). tests/unit/check-plain-body.test.ts
 * compares both on real bodies and on many mutated ones.
 */
import { readCanonical } from '../markdown/typography.ts';

/**
 * Characters that can open an inline construct or an HTML block, or that the
 * parser changes (NUL, tab, CR): a body holding one is not plain.
 */
const NOT_PLAIN_ANYWHERE = /[\0\t\r\\`*_[\]<>&~|#]/;

/** What a line may start with: a letter, a digit, a non-ASCII character, or an opening quote or bracket. */
const PLAIN_LINE_START = /^[A-Za-z0-9"'(\u0080-\uffff]/;

/** A line that opens an ordered list item (`1.`, `12)`), even in a paragraph's first line. */
const ORDERED_LIST_START = /^[0-9]{1,9}[.)](?: |$)/;

/**
 * A character that `canonicalize` may change: anything but plain ASCII
 * (quotes, apostrophes, dashes and backticks are not plain), except one space
 * followed by a plain character, which is a run of white space of its own
 * (any space before it was read with the run it ended) and stays one space.
 */
const NOT_KEPT_AS_IS = /(?! [\x21\x23-\x26\x28-\x2c\x2e-\x5f\x61-\x7e])[^\x21\x23-\x26\x28-\x2c\x2e-\x5f\x61-\x7e]/g;

/**
 * The canonical text of each paragraph of a plain body.
 * @param markdown The body.
 * @returns What `bodyBlocks` gives for it, or undefined when the body is not plain prose.
 */
export function plainBodyBlocks(markdown: string): string[] | undefined {
  if (NOT_PLAIN_ANYWHERE.test(markdown)) return undefined;
  const blocks: string[] = [];
  let paragraph: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line === '') {
      if (paragraph.length > 0) blocks.push(canonicalText(paragraph.join('\n')));
      paragraph = [];
      continue;
    }
    if (!PLAIN_LINE_START.test(line) || ORDERED_LIST_START.test(line) || line.endsWith(' ') || /^[\u2028\u2029\u0085\ufeff]/.test(line)) return undefined;
    paragraph.push(line);
  }
  if (paragraph.length > 0) blocks.push(canonicalText(paragraph.join('\n')));
  return blocks;
}

/**
 * The canonical form of a text (`canonicalize(source).text` of typography.ts,
 * without the offsets): runs of characters it keeps are copied whole, every
 * other character is read by `readCanonical`, as `canonicalize` reads it.
 * @param source Any text.
 * @returns Its canonical text.
 */
export function canonicalText(source: string): string {
  let text = '';
  let index = 0;
  while (index < source.length) {
    NOT_KEPT_AS_IS.lastIndex = index;
    const found = NOT_KEPT_AS_IS.exec(source);
    const stop = found ? found.index : source.length;
    if (stop > index) text += source.slice(index, stop);
    if (stop >= source.length) break;
    const { replacement, next } = readCanonical(source, stop);
    text += replacement;
    index = next;
  }
  return text;
}
