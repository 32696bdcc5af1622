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
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return toMarkdown(tree);
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
  const document = new Document(value);
  flowScalarLists(document.contents);
  return document.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
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
