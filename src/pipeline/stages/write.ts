/**
 * Write stage: renders articles and entities as Markdown with YAML frontmatter,
 * and decides, for each file, whether re-running the annotator may replace it.
 *
 * Hand edits are never lost. Every generated file ends its frontmatter with
 *
 *   annotator:
 *     seed: <hash of the seed's bytes>
 *     hash: <hash of the file as generated, without this block>
 *
 * A file whose text no longer hashes to `annotator.hash` was edited by hand and
 * is kept as it is; so is any file with `reviewed: true`. Output is a pure
 * function of the input, so a re-run with the same seeds is byte-identical.
 */
import { createHash } from 'node:crypto';
import { Document, isSeq, parse as parseYaml } from 'yaml';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Paragraph, Root } from 'mdast';
import type { AnnotatedArticle, ArticleEntity, ArticleFigure, EntityRecord } from '../types.ts';

/** What may happen to one file of content/. */
export type WriteDecision =
  | 'create' // no file yet
  | 'update' // a generated, untouched file whose generated text changed
  | 'unchanged' // the file already holds exactly what would be written
  | 'keep-edited' // edited by hand since it was generated: kept
  | 'keep-reviewed'; // marked `reviewed: true`: kept

const annotatorBlock = /^annotator:\n(?:[ \t]+.*\n)*/m;

/**
 * Short content hash used for bookkeeping.
 * @param data Text or bytes.
 * @returns 16 hex digits of SHA-256.
 */
export function shortHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/**
 * Render an annotated article as Markdown.
 * @param article The resolved article.
 * @param seedHash `shortHash` of the seed's bytes.
 * @returns The whole file's text.
 */
export function renderArticle(article: AnnotatedArticle, seedHash: string): string {
  const frontmatter = {
    id: article.id,
    title: article.metadata.title,
    outlet: article.metadata.outlet,
    author: article.metadata.author,
    published: article.metadata.published,
    source: article.source,
    countries: article.countries,
    entities: article.entities.map(entityFields),
    figures: article.figures.map(figureFields),
  };
  return sealed(frontmatter, renderBody(article.paragraphs), { seed: seedHash });
}

/**
 * Render a corpus entity as Markdown; its body is left for a contributor's description.
 * @param entity The entity.
 * @returns The whole file's text.
 */
export function renderEntity(entity: EntityRecord): string {
  return sealed(entityFields(entity), '', {});
}

/**
 * Render paragraphs as Markdown that reads back as exactly the same text:
 * anything Markdown or HTML would interpret (`<script>`, `[x](y)`, `*`, a
 * leading `#` or `1.`) is escaped, so a source's text can never become markup.
 * @param paragraphs Plain-text paragraphs.
 * @returns Markdown, paragraphs separated by blank lines.
 */
export function renderBody(paragraphs: readonly string[]): string {
  if (paragraphs.length === 0) return '';
  // Most paragraphs hold nothing to escape: they are their own Markdown (what mdast-util-to-markdown writes too).
  if (paragraphs.every(isLiteralMarkdown)) return `${paragraphs.join('\n\n')}\n`;
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return toMarkdown(tree);
}

/**
 * A paragraph that mdast-util-to-markdown writes as it is: it opens with a
 * letter, an opening quote or bracket, or digits followed by neither `.`
 * nor `)` (no list, heading, quote or fence marker can start it), ends with
 * a non-space, holds no line break or tab, and none of the characters its
 * unsafe patterns escape anywhere in phrasing (`\ ` * _ [ ] < > & ! ~ # = + |`,
 * some of them only next to others: excluded outright, for safety).
 */
const LITERAL_MARKDOWN = /^(?:\p{L}|[“‘«"'(]|[0-9]+(?![0-9.)]))[^\\`*_[\]<>&!~#=+|\t\r\n]*(?<!\s)$/u;

/**
 * Whether a paragraph is its own Markdown (see `LITERAL_MARKDOWN`).
 * @param paragraph Plain text.
 * @returns True when no character needs escaping.
 */
function isLiteralMarkdown(paragraph: string): boolean {
  return LITERAL_MARKDOWN.test(paragraph);
}

/**
 * Decide what re-running the annotator may do with a file.
 * @param existing The file's current text, or undefined when there is none.
 * @param generated What the annotator would write now.
 * @returns The decision.
 */
export function decideWrite(existing: string | undefined, generated: string): WriteDecision {
  if (existing === undefined) return 'create';
  if (existing === generated) return 'unchanged';
  const frontmatter = readFrontmatter(existing);
  if (frontmatter?.reviewed === true) return 'keep-reviewed';
  if (isHandEdited(existing)) return 'keep-edited';
  return 'update';
}

/**
 * Whether a file differs from what the annotator generated for it.
 * A file without annotator bookkeeping was written by a person.
 * @param text The file's text.
 * @returns True when edited by hand.
 */
export function isHandEdited(text: string): boolean {
  const recorded = recordedHashes(text);
  if (recorded?.hash === undefined) return true;
  return shortHash(text.replace(annotatorBlock, '')) !== recorded.hash;
}

/**
 * The seed hash a generated article records, if any.
 * @param text The article file's text.
 * @returns The recorded hash, or undefined.
 */
export function recordedSeedHash(text: string): string | undefined {
  return recordedHashes(text)?.seed;
}

/**
 * The hashes of a file's annotator block. A hash written unquoted by an older
 * version that YAML reads as a number ("8110712221983650") is taken as written.
 * @param text The file's text.
 * @returns `hash` and `seed` where recorded, or undefined without an annotator block.
 */
function recordedHashes(text: string): { hash?: string; seed?: string } | undefined {
  const recorded = readFrontmatter(text)?.annotator;
  if (!isRecord(recorded)) return undefined;
  const block = annotatorBlock.exec(text)?.[0] ?? '';
  const field = (name: 'hash' | 'seed'): string | undefined => {
    const value = recorded[name];
    if (typeof value === 'string') return value;
    if (typeof value !== 'number') return undefined;
    return new RegExp(`^[ \\t]+${name}:[ \\t]*"?([0-9a-fA-F]+)"?[ \\t]*$`, 'm').exec(block)?.[1];
  };
  const hash = field('hash');
  const seed = field('seed');
  return { ...(hash === undefined ? {} : { hash }), ...(seed === undefined ? {} : { seed }) };
}

/**
 * Join frontmatter and body, then append the annotator block with the hash of the rest.
 * @param frontmatter Fields in output order.
 * @param body Markdown body.
 * @param bookkeeping Extra annotator fields (the seed hash for articles).
 * @returns The file's text.
 */
function sealed(frontmatter: Record<string, unknown>, body: string, bookkeeping: Record<string, string>): string {
  const yaml = stringifyYaml(frontmatter);
  const unsealed = `---\n${yaml}---\n${body === '' ? '' : `\n${body}`}`;
  const lines = Object.entries({ ...bookkeeping, hash: shortHash(unsealed) }).map(([key, value]) => `  ${key}: ${yamlHash(value)}\n`);
  // The frontmatter ends right after the YAML: a value may itself hold `---`.
  const yamlEnd = '---\n'.length + yaml.length;
  return `${unsealed.slice(0, yamlEnd)}annotator:\n${lines.join('')}${unsealed.slice(yamlEnd)}`;
}

/**
 * A hash as a YAML scalar that reads back as a string: hex digits that are all
 * decimal ("8110712221983650") or look like a float ("12e4") are quoted, since
 * YAML would read them as numbers.
 * @param hash Hex digits.
 * @returns The scalar's text.
 */
function yamlHash(hash: string): string {
  return /^\d+(?:[eE]\d+)?$/.test(hash) ? `"${hash}"` : hash;
}

/**
 * YAML in the house style: block mappings, short lists of scalars in flow style, no line folding.
 * @param value Plain data.
 * @returns YAML text ending in a newline.
 */
function stringifyYaml(value: Record<string, unknown>): string {
  return houseYaml(value) ?? documentYaml(value);
}

/**
 * `stringifyYaml` through the yaml library's document model (slow: a node per value).
 * @param value Plain data.
 * @returns YAML text ending in a newline.
 */
function documentYaml(value: Record<string, unknown>): string {
  const document = new Document(value);
  flowScalarLists(document.contents);
  return document.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}

/** Keys written as they are: identifiers that YAML reads back as the same string. */
const PLAIN_KEY = /^(?!(?:null|true|false|yes|no|on|off|y|n)$)[A-Za-z][A-Za-z0-9_]*$/i;

/**
 * The frontmatter's YAML written directly, byte for byte what `documentYaml`
 * writes, for the shapes frontmatter has: a mapping of scalars, lists of
 * scalars (flow style) and lists of mappings of those. Each scalar is written
 * as the yaml library writes it (asked once per scalar and context, see
 * `scalarYaml`). Anything else (a scalar that needs more than one line, an
 * object met twice, which the library would anchor, another shape) returns
 * undefined, and the caller uses the library.
 * @param value Plain data.
 * @returns YAML text ending in a newline, or undefined.
 */
function houseYaml(value: Record<string, unknown>): string | undefined {
  const seen = new Set<object>();
  let out = '';
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (!PLAIN_KEY.test(key)) return undefined;
    if (!Array.isArray(item) || item.length === 0 || item.every(isScalar)) {
      const written = valueYaml(item, seen);
      if (written === undefined) return undefined;
      out += `${key}: ${written}\n`;
      continue;
    }
    if (seen.has(item)) return undefined;
    seen.add(item);
    out += `${key}:\n`;
    for (const entry of item) {
      if (!isRecord(entry) || Array.isArray(entry) || seen.has(entry)) return undefined;
      seen.add(entry);
      let first = true;
      for (const [field, fieldValue] of Object.entries(entry)) {
        if (fieldValue === undefined) continue;
        if (!PLAIN_KEY.test(field)) return undefined;
        const written = valueYaml(fieldValue, seen);
        if (written === undefined) return undefined;
        out += `${first ? '  - ' : '    '}${field}: ${written}\n`;
        first = false;
      }
      if (first) return undefined; // an empty mapping: the library writes `{}`
    }
  }
  return out === '' ? undefined : out;
}

/**
 * A scalar, or a list of scalars in flow style, as written after `key: `.
 * @param value The value.
 * @param seen Lists met so far (a list met twice makes the library write an anchor).
 * @returns Its YAML on one line, or undefined when `houseYaml` cannot write it.
 */
function valueYaml(value: unknown, seen: Set<object>): string | undefined {
  if (isScalar(value)) return scalarYaml(value, 'block');
  if (!Array.isArray(value) || seen.has(value)) return undefined;
  seen.add(value);
  const items: string[] = [];
  for (const item of value) {
    const written = isScalar(item) ? scalarYaml(item, 'flow') : undefined;
    if (written === undefined) return undefined;
    items.push(written);
  }
  return `[${items.join(', ')}]`;
}

/** A value YAML writes as a scalar. */
type Scalar = string | number | boolean | null;

/**
 * @param value Anything.
 * @returns Whether it is a string, number, boolean or null.
 */
function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Scalars as the library writes them, per context (`block:` or `flow:` + type + value). A cache, invisible to callers. */
const scalarTexts = new Map<string, string | null>();

/**
 * A scalar as the yaml library writes it as a mapping's value (block) or a
 * flow list's item, learnt from the library on first use.
 * @param value The scalar.
 * @param context Where it stands.
 * @returns Its text on one line, or undefined when the library needs more than a line.
 */
function scalarYaml(value: Scalar, context: 'block' | 'flow'): string | undefined {
  if (typeof value === 'string' && isPlainAsIs(value, context)) return value;
  const key = `${context}:${typeof value}:${Object.is(value, -0) ? '-0' : String(value)}`;
  let text = scalarTexts.get(key);
  if (text === undefined) {
    text = learnScalar(value, context);
    if (scalarTexts.size >= 50_000) scalarTexts.clear();
    scalarTexts.set(key, text);
  }
  return text ?? undefined;
}

/** What the yaml library (2.x, stringifyString.js `plainString`) will not write plain on one line: an indicator first or last, `: `, ` #`... */
const PLAIN_INDICATORS = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** What the library's document markers test finds on a line of its own. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/;
/** Brackets and commas, which a flow list quotes. */
const FLOW_INDICATORS = /[[\]{},]/;

/** The tests of the schema's non-string scalars (`42`, `true`, `null`...), which a plain string must pass none of. */
let nonStringTests: RegExp[] | undefined;

/**
 * The first character of every non-empty string the core schema's
 * non-string tests accept (`~`, `null`, `true`, `False`, `0x1F`, `-4`, `.5`,
 * `.inf`): a string opening otherwise is skipped without running them. Used
 * only while the schema's tests are exactly `CORE_NON_STRING_TESTS`.
 */
const NON_STRING_FIRST = /^[-+.0-9~NnTtFf]/;
/** The sources of the yaml library's (2.x) core-schema tests that `NON_STRING_FIRST` was read from. */
const CORE_NON_STRING_TESTS = new Set([
  '^(?:~|[Nn]ull|NULL)?$',
  '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$',
  '^0o[0-7]+$',
  '^[-+]?[0-9]+$',
  '^0x[0-9a-fA-F]+$',
  '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
  '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
  '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
]);
/** Whether the schema's tests are the core ones (then `NON_STRING_FIRST` holds). */
let coreNonStringTests: boolean | undefined;

/**
 * Whether the yaml library writes a one-line string plain, exactly as it is,
 * in a mapping's value (block) or a flow list's item: the library's own tests,
 * in the same order (with `lineWidth: 0` it never folds).
 * @param value The string.
 * @param context Where it stands.
 * @returns True when the string is its own YAML.
 */
function isPlainAsIs(value: string, context: 'block' | 'flow'): boolean {
  if (value === '' || value.includes('\n') || hasControlCharacter(value) || PLAIN_INDICATORS.test(value) || DOCUMENT_MARKER.test(value)) return false;
  if (context === 'flow' && FLOW_INDICATORS.test(value)) return false;
  nonStringTests ??= new Document({}).schema.tags.flatMap((tag) => (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test ? [tag.test] : []));
  coreNonStringTests ??= nonStringTests.every((test) => test.flags === '' && CORE_NON_STRING_TESTS.has(test.source));
  if (coreNonStringTests && !NON_STRING_FIRST.test(value)) return true;
  return !nonStringTests.some((test) => test.test(value));
}

/** A code unit that may make `hasControlCharacter` true: a control character or any surrogate. */
const CONTROL_OR_SURROGATE_UNIT = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]/;

/**
 * Whether a string holds what the library always double-quotes: control
 * characters (`[\x00-\x08\x0b-\x1f\x7f-\x9f]`) or a lone surrogate (its
 * pattern `/[\u{D800}-\u{DFFF}]/u`, by character codes: the pattern is slow).
 * @param value The string.
 * @returns True when one is found.
 */
function hasControlCharacter(value: string): boolean {
  // Most strings hold none of these code units at all: one scan by a pattern (without
  // the `u` flag, so that it sees code units) rules them out faster than the loop.
  if (!CONTROL_OR_SURROGATE_UNIT.test(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0b && code <= 0x1f) || (code >= 0x7f && code <= 0x9f)) return true;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (code >= 0xdc00 && code <= 0xdfff) return true;
  }
  return false;
}

/**
 * Ask the library how it writes a scalar.
 * @param value The scalar.
 * @param context Where it stands.
 * @returns Its text, or null when it is not one line.
 */
function learnScalar(value: Scalar, context: 'block' | 'flow'): string | null {
  const yaml = documentYaml({ k: context === 'block' ? value : [value] });
  const [open, close] = context === 'block' ? ['k: ', '\n'] : ['k: [', ']\n'];
  if (!yaml.startsWith(open) || !yaml.endsWith(close)) return null;
  const text = yaml.slice(open.length, yaml.length - close.length);
  return text.includes('\n') || text === '' ? null : text;
}

/**
 * Mark every sequence of scalars as flow style (`[KG, SY]`), recursively.
 * @param node A YAML node.
 */
function flowScalarLists(node: unknown): void {
  if (!isRecord(node)) return;
  if (isSeq(node) && node.items.every((item) => !isRecord(item) || !('items' in item || 'key' in item))) {
    node.flow = true;
  }
  const items = (node as { items?: unknown[] }).items;
  for (const item of items ?? []) {
    if (isRecord(item) && 'value' in item) flowScalarLists(item.value);
    else flowScalarLists(item);
  }
}

/**
 * Frontmatter fields of an entity, in contract order, without empty optionals.
 * @param entity Article or corpus entity.
 * @returns Plain object.
 */
function entityFields(entity: ArticleEntity | EntityRecord): Record<string, unknown> {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    ...(entity.country ? { country: entity.country } : {}),
  };
}

/**
 * Frontmatter fields of a figure, in contract order, without empty optionals.
 * @param figure The figure.
 * @returns Plain object.
 */
function figureFields(figure: ArticleFigure): Record<string, unknown> {
  return {
    ...(figure.value === undefined ? { min: figure.min, max: figure.max } : { value: figure.value }),
    ...(figure.approx ? { approx: figure.approx } : {}),
    ...(figure.unit ? { unit: figure.unit } : {}),
    what: figure.what,
    ...(figure.measure ? { measure: figure.measure } : {}),
    claimant: figure.claimant,
    asOf: figure.asOf,
    quote: figure.quote,
    ...(figure.prefix ? { prefix: figure.prefix } : {}),
    ...(figure.suffix ? { suffix: figure.suffix } : {}),
  };
}

/**
 * Parse the frontmatter of a Markdown file, tolerating any damage.
 * @param text File text.
 * @returns The mapping, or undefined when there is none or it does not parse.
 */
function readFrontmatter(text: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    const data: unknown = parseYaml(match[1] ?? '');
    return isRecord(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param value Anything.
 * @returns Whether it is a non-null object.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
