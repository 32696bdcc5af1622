/**
 * remark plugin that links every mention of an article's entities to the
 * entity's page.
 *
 * Matching rules, in order of precedence:
 *
 * - One matcher per document: the entities' names and aliases compiled into
 *   one trie, walked from each word start, so a text is scanned once whatever
 *   the number of entities and no regular expression is compiled per document.
 * - Longest match first: at a given place the longest name wins, and a name
 *   found inside a longer one belongs to the longer one ("Kyrgyz Interior
 *   Ministry" is one mention, not a mention of "Kyrgyz" too).
 * - Whole words only, with Unicode word boundaries: "IS" never matches inside
 *   "ISIS" or "this", "Kyrgyz" never inside "Kyrgyzstan".
 * - Case-sensitive: names are proper nouns and acronyms are capitals ("is" is
 *   not the Islamic State). A name written with a lower-case first letter
 *   ("al-Shabaab") also matches with a capital, as at the start of a sentence.
 * - Typographic variants meet: straight and curly apostrophes ("Mu'adh",
 *   "Mu’adh"), any run of white space (non-breaking spaces, line breaks)
 *   between words, any hyphen or dash (see ./typography.ts).
 * - Possessives link the name only: in "Kyrgyzstan’s", the link covers
 *   "Kyrgyzstan" and "’s" stays outside it, so the link text is always a form
 *   of the name.
 * - Never inside headings, links, inline code, code blocks or HTML: only text
 *   nodes of paragraphs and table cells are searched, outside links and
 *   outside inline HTML elements (`<span>IS</span>`). A mention cut by
 *   emphasis ("**Kyrgyz**stan") is not linked.
 * - A form shared by two entities is ambiguous: it is not linked, and the file
 *   gets a warning.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { frontmatterEntities, toMentionEntity, type MentionEntity } from './frontmatter.ts';
import { inlineText, type TextSegment } from './inline-text.ts';
import { canonicalize, isWordCharacter, readCanonical } from './typography.ts';

export type { MentionEntity } from './frontmatter.ts';

/** Options of {@link remarkMentionLinks}. */
export interface MentionLinksOptions {
  /**
   * The entities to link. When omitted (or null), each document's own
   * frontmatter `entities` are used, as Astro hands them to remark plugins in
   * `file.data.astro.frontmatter`.
   */
  entities?: readonly MentionEntity[] | null | undefined;
  /** The URL of an entity's page, given its id. Required. */
  href: (id: string) => string;
}

/** A compiled matcher for the mentions of a set of entities. */
export interface MentionMatcher {
  /** Every linkable form in canonical spelling, as a trie whose final nodes name the entity. */
  trie: TrieNode;
  /** Forms shared by several entities, left unlinked. */
  ambiguous: ReadonlyArray<{ form: string; ids: string[] }>;
}

/** A node of the trie of forms. */
export interface TrieNode {
  /** Next canonical characters. */
  children: Map<string, TrieNode>;
  /** The entity whose form ends here, if one does. */
  id: string | undefined;
}

/** One mention found in a text. */
export interface Mention {
  /** Start offset in the text. */
  start: number;
  /** End offset (exclusive) in the text. */
  end: number;
  /** The entity mentioned. */
  id: string;
}

/** Name of this plugin in messages. */
const source = 'remark-mention-links';

/** Parents whose text nodes are searched; everything else is searched through or skipped. */
const searchedBlocks: ReadonlySet<string> = new Set(['paragraph', 'tableCell']);

/** Subtrees never searched. */
const skippedSubtrees: ReadonlySet<string> = new Set(['heading', 'code', 'html', 'definition', 'yaml', 'toml']);

/**
 * Link every mention of an entity to the entity's page. The link is a regular
 * mdast link with `data.hProperties` giving it `class="mention"` and
 * `data-entity="<id>"`.
 *
 * @param options Configuration; `href` is required.
 * @returns Transformer.
 * @throws {TypeError} When `href` is not a function or `entities` is not a list of entities.
 */
export function remarkMentionLinks(options: MentionLinksOptions): (tree: Root, file: VFile) => void {
  const settings = normalizeOptions(options);
  const sharedMatcher = settings.entities === undefined ? undefined : createMentionMatcher(settings.entities);

  return function transformer(tree, file) {
    const matcher = sharedMatcher ?? createMentionMatcher(frontmatterEntities(file, source));
    reportAmbiguousForms(matcher, file);
    linkMentions(tree, matcher, settings.href);
  };
}

/**
 * Check the options and settle the defaults.
 * @param options Options as given.
 * @returns The settings.
 * @throws {TypeError} On a programmer error.
 */
function normalizeOptions(options: MentionLinksOptions | null | undefined): {
  entities: MentionEntity[] | undefined;
  href: (id: string) => string;
} {
  if (!options || typeof options.href !== 'function') {
    throw new TypeError('remarkMentionLinks: expected `options.href`, a function from an entity id to a URL');
  }
  if (options.entities === undefined || options.entities === null) return { entities: undefined, href: options.href };
  if (!Array.isArray(options.entities)) {
    throw new TypeError('remarkMentionLinks: expected `options.entities` to be a list of entities, or omitted');
  }
  const entities = options.entities.map((entry: unknown, index: number) => {
    const entity = toMentionEntity(entry);
    if (!entity) throw new TypeError(`remarkMentionLinks: expected \`options.entities[${index}]\` to have \`id\`, \`name\` and \`aliases\``);
    return entity;
  });
  return { entities, href: options.href };
}

/**
 * Compile the names and aliases of entities into one matcher.
 * Forms with fewer than two letters or digits are ignored.
 * @param entities The entities, in frontmatter order.
 * @returns The matcher.
 */
export function createMentionMatcher(entities: readonly MentionEntity[]): MentionMatcher {
  const idsByForm = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const form of mentionForms(entity)) {
      const ids = idsByForm.get(form) ?? new Set<string>();
      ids.add(entity.id);
      idsByForm.set(form, ids);
    }
  }
  const trie: TrieNode = { children: new Map(), id: undefined };
  const ambiguous: Array<{ form: string; ids: string[] }> = [];
  for (const [form, ids] of idsByForm) {
    const [first] = ids;
    if (ids.size === 1 && first !== undefined) addToTrie(trie, form, first);
    else ambiguous.push({ form, ids: [...ids] });
  }
  return { trie, ambiguous };
}

/**
 * Find the mentions in a text: at each place where a word may start, the
 * longest form that ends on a word boundary; then the search goes on after it.
 * @param text Plain text.
 * @param matcher A matcher from {@link createMentionMatcher}.
 * @returns Mentions in text order, never overlapping.
 */
export function findMentions(text: string, matcher: MentionMatcher): Mention[] {
  const mentions: Mention[] = [];
  if (matcher.trie.children.size === 0) return mentions;
  for (let start = 0; start < text.length; ) {
    const found = isWordCharacter(characterBefore(text, start)) ? undefined : longestFormAt(text, start, matcher.trie);
    if (found) {
      mentions.push({ start, end: found.end, id: found.id });
      start = found.end;
    } else {
      start += 1;
    }
  }
  return mentions;
}

/**
 * Walk the trie from one place of a text.
 * @param text Plain text.
 * @param start Where the walk starts.
 * @param trie The forms.
 * @returns End and entity of the longest form found there that ends on a word boundary.
 */
function longestFormAt(text: string, start: number, trie: TrieNode): { end: number; id: string } | undefined {
  let node: TrieNode | undefined = trie;
  let found: { end: number; id: string } | undefined;
  for (let index = start; index < text.length && node; ) {
    const { replacement, next } = readCanonical(text, index);
    for (const character of replacement) node = node?.children.get(character);
    index = next;
    if (node?.id !== undefined && replacement !== '' && !isWordCharacter(characterAt(text, index))) found = { end: index, id: node.id };
  }
  return found;
}

/**
 * @param text Text.
 * @param index A position.
 * @returns The character (code point) starting there, or undefined at the end.
 */
function characterAt(text: string, index: number): string | undefined {
  const code = text.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/**
 * @param text Text.
 * @param index A position.
 * @returns The character (code point) ending just before it, or undefined at the start.
 */
function characterBefore(text: string, index: number): string | undefined {
  if (index === 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2;
  return characterAt(text, pair ? index - 2 : index - 1);
}

/**
 * Replace mentions in the text of a tree with links.
 * @param tree The document.
 * @param matcher The document's matcher.
 * @param href URL of an entity's page.
 */
export function linkMentions(tree: Root, matcher: MentionMatcher, href: (id: string) => string): void {
  if (matcher.trie.children.size === 0) return;
  visit(tree, (node) => {
    if (skippedSubtrees.has(node.type)) return SKIP;
    if (!searchedBlocks.has(node.type) || !('children' in node)) return undefined;
    linkMentionsInBlock(node, matcher, href);
    return SKIP;
  });
}

/**
 * Link the mentions of one block of phrasing content. A mention must lie
 * within one editable text node; one that straddles nodes (part of it
 * emphasised) or lies inside a link is left alone.
 * @param block A paragraph or table cell.
 * @param matcher The document's matcher.
 * @param href URL of an entity's page.
 */
function linkMentionsInBlock(block: Parent, matcher: MentionMatcher, href: (id: string) => string): void {
  const { text, segments } = inlineText(block);
  const bySegment = new Map<TextSegment, Mention[]>();
  let segmentIndex = 0;
  for (const mention of findMentions(text, matcher)) {
    while (segmentIndex < segments.length && (segments[segmentIndex]?.end ?? 0) <= mention.start) segmentIndex++;
    const segment = segments[segmentIndex];
    if (!segment || !segment.editable || segment.start > mention.start || segment.end < mention.end) continue;
    const list = bySegment.get(segment) ?? [];
    list.push(mention);
    bySegment.set(segment, list);
  }
  for (const [segment, mentions] of bySegment) {
    const replacement = splitTextAtMentions(segment, mentions, href);
    const at = segment.parent.children.indexOf(segment.node);
    if (at >= 0) (segment.parent.children as Nodes[]).splice(at, 1, ...replacement);
  }
}

/**
 * Cut a text node into text and mention links.
 * @param segment The text node and its place in the running text.
 * @param mentions Mentions within it, in order, in running-text offsets.
 * @param href URL of an entity's page.
 * @returns The nodes that replace it.
 */
function splitTextAtMentions(segment: TextSegment, mentions: readonly Mention[], href: (id: string) => string): PhrasingContent[] {
  const { value } = segment.node;
  const nodes: PhrasingContent[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    const start = mention.start - segment.start;
    const end = mention.end - segment.start;
    if (start > cursor) nodes.push(textNode(value.slice(cursor, start)));
    nodes.push(mentionLink(value.slice(start, end), mention.id, href(mention.id)));
    cursor = end;
  }
  if (cursor < value.length) nodes.push(textNode(value.slice(cursor)));
  return nodes;
}

/**
 * @param value Text.
 * @returns A text node.
 */
function textNode(value: string): Text {
  return { type: 'text', value };
}

/**
 * A link to an entity's page.
 * @param value The words of the mention.
 * @param id Entity id.
 * @param url The page's URL.
 * @returns An mdast link that renders as `<a href class="mention" data-entity>`.
 */
function mentionLink(value: string, id: string, url: string): Link {
  return {
    type: 'link',
    url,
    title: null,
    children: [textNode(value)],
    data: { hProperties: { className: ['mention'], dataEntity: id } },
  };
}

/**
 * Every linkable form of an entity, canonical: the name, the aliases, and for
 * a form starting with a lower-case letter the same form capitalised.
 * @param entity An entity.
 * @returns Distinct canonical forms.
 */
function mentionForms(entity: MentionEntity): Set<string> {
  const forms = new Set<string>();
  for (const written of [entity.name, ...(entity.aliases ?? [])]) {
    const form = canonicalize(written.trim()).text;
    if ([...form].filter((character) => isWordCharacter(character)).length < 2) continue;
    forms.add(form);
    const first = form[0] ?? '';
    if (/\p{Ll}/u.test(first)) forms.add(first.toUpperCase() + form.slice(1));
  }
  return forms;
}

/**
 * Add a form to the trie.
 * @param trie The trie.
 * @param form A canonical form.
 * @param id The entity it names.
 */
function addToTrie(trie: TrieNode, form: string, id: string): void {
  let node = trie;
  for (const character of form) {
    let next = node.children.get(character);
    if (!next) {
      next = { children: new Map(), id: undefined };
      node.children.set(character, next);
    }
    node = next;
  }
  node.id = id;
}

/**
 * Warn about forms shared by several entities.
 * @param matcher The document's matcher.
 * @param file The file being transformed.
 */
function reportAmbiguousForms(matcher: MentionMatcher, file: VFile): void {
  for (const { form, ids } of matcher.ambiguous) {
    file.message(`Unexpected name “${form}” shared by entities ${ids.join(', ')}, expected each name to belong to one entity: not linked`, {
      ruleId: 'ambiguous-name',
      source,
    });
  }
}
