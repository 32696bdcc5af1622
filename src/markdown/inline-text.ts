/**
 * The running text of a block of phrasing content (a paragraph, a table cell),
 * with where each text node sits in it, so that a search can run over the whole
 * block at once and its hits be mapped back onto the tree.
 */
import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';

/** Stands for content that is not text but separates words (an image, inline HTML). */
export const objectReplacement = '\uFFFC';

/** Node types whose text nodes may not be changed: a link may not hold another link. */
const lockedTypes: ReadonlySet<string> = new Set(['link', 'linkReference']);

/** HTML elements without a closing tag. */
const voidElements: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** One text node of a block and its place in the block's running text. */
export interface TextSegment {
  /** The text node. */
  node: Text;
  /** Its parent. */
  parent: Parent;
  /** Start of its value in the running text. */
  start: number;
  /** End (exclusive) of its value in the running text. */
  end: number;
  /** False when an ancestor (a link) or an enclosing inline HTML element forbids changing it. */
  editable: boolean;
}

/** The running text of a block. */
export interface InlineText {
  /** Every piece of text, in reading order. */
  text: string;
  /** Every text node, in reading order. */
  segments: TextSegment[];
}

/**
 * Collect the running text of a block.
 * @param block A node whose children are phrasing content.
 * @returns Its text and text nodes.
 */
export function inlineText(block: Parent): InlineText {
  const result: InlineText = { text: '', segments: [] };
  collect(block, false, result, { depth: 0 });
  return result;
}

/**
 * How much running text a node contributes: its text, one character for a line
 * break or an object, nothing for a node with neither (an annotation such as a
 * figure note, whose words live outside the mdast tree).
 * @param node Any phrasing node.
 * @returns The length in the running text.
 */
export function runningLength(node: Nodes): number {
  if ('children' in node) return node.children.reduce((total, child) => total + runningLength(child), 0);
  return leafText(node).length;
}

/**
 * Whether a node is a parent whose children may be split or wrapped.
 * @param node Any node.
 * @returns False for leaves and for links.
 */
export function isOpenParent(node: Nodes): node is Extract<Nodes, Parent> {
  return 'children' in node && !lockedTypes.has(node.type);
}

/**
 * @param node A leaf node.
 * @returns The characters it stands for in the running text.
 */
function leafText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return objectReplacement;
    default:
      return 'value' in node && typeof node.value === 'string' ? node.value : '';
  }
}

/**
 * Walk a parent's children, appending their text to `result`.
 * @param parent The parent.
 * @param locked Whether an ancestor forbids changes.
 * @param result Accumulated text and segments.
 * @param html How many inline HTML elements are open at this point of the block.
 */
function collect(parent: Parent, locked: boolean, result: InlineText, html: { depth: number }): void {
  for (const child of parent.children as PhrasingContent[]) {
    if (child.type === 'text') {
      const start = result.text.length;
      result.text += child.value;
      result.segments.push({ node: child, parent, start, end: result.text.length, editable: !locked && html.depth === 0 });
    } else if ('children' in child) {
      collect(child, locked || lockedTypes.has(child.type), result, html);
    } else {
      if (child.type === 'html') html.depth = Math.max(0, html.depth + htmlDepthChange(child.value));
      result.text += leafText(child);
    }
  }
}

/**
 * How an inline HTML node changes the number of open elements.
 * @param value The node's source, such as `<span class="x">` or `</span>`.
 * @returns 1 for an opening tag, -1 for a closing tag, 0 otherwise (void or self-closing elements, comments).
 */
function htmlDepthChange(value: string): number {
  const closing = /^<\/([a-z][\w-]*)\s*>$/i.exec(value);
  if (closing) return -1;
  const opening = /^<([a-z][\w-]*)(?:\s[^>]*)?>$/i.exec(value);
  if (!opening || value.endsWith('/>') || voidElements.has((opening[1] ?? '').toLowerCase())) return 0;
  return 1;
}
