/**
 * A fast reader for the plain YAML that the annotator writes (and that most
 * hand edits keep): block mappings of simple keys, block lists, one-line
 * scalars (plain, "double-" or 'single-quoted') and one-line flow lists
 * `[a, b]`. It gives the same data as the `yaml` package's
 * `parseDocument(text).toJS()` and the same line for every field as the full
 * parse's node positions, about fifteen times faster.
 *
 * It never guesses: at anything outside that plain subset (comments, tabs,
 * anchors, tags, block scalars, multi-line scalars, flow mappings, a key seen
 * twice, an indentation it does not expect, a YAML error of any kind) it gives
 * up and returns undefined, and the caller parses the text with the `yaml`
 * package as before. Plain scalars are resolved (numbers, null, true/false)
 * by the `yaml` package's own core-schema tags, so `286`, `2.5`, `null` and
 * `2020-04-08` become exactly what the full parse makes of them.
 * tests/unit/check-simple-yaml.test.ts compares both parses on real content
 * and on many mutated texts.
 */
import { Document, isScalar, type CollectionTag, type ScalarTag } from 'yaml';
import type { FieldPath } from './types.ts';

/** Where the nodes of a parsed value stand: a mapping's keys, a list's items, or a scalar's nothing. */
type Positions = MappingPositions | ListPositions | undefined;

/** Each key of a mapping: its 1-based line and where its value's nodes stand. */
interface MappingPositions {
  kind: 'mapping';
  entries: Map<string, { line: number; value: Positions }>;
}

/** Each item of a list: its 1-based line and where its nodes stand. */
interface ListPositions {
  kind: 'list';
  items: Array<{ line: number; value: Positions }>;
}

/** What the fast reader made of a YAML text. */
export interface SimpleYaml {
  /** The data, as `parseDocument(text).toJS()` gives it. */
  data: Record<string, unknown>;
  /**
   * Line of a field, as the full parse's positions give it: the key's line
   * for a mapping entry, the item's line for a list item, stopping at the
   * deepest part of the path that exists.
   * @param field Path of the field.
   * @returns A 1-based line of the YAML text.
   */
  lineOf(field: FieldPath): number;
}

/** Thrown (and caught in `parseSimpleYaml`) at the first thing outside the subset. */
class OutsideSubset extends Error {}

/** The default document of the `yaml` package: its core schema and options resolve plain scalars. */
const defaultDocument = new Document();
/** The tags a plain scalar is resolved by (the first whose test matches), in schema order. */
const scalarTags = defaultDocument.schema.tags.filter(isDefaultScalarTag);

/**
 * @param tag A tag of the schema.
 * @returns Whether it is a scalar tag that plain scalars are tested against (`default: true` with a test).
 */
function isDefaultScalarTag(tag: CollectionTag | ScalarTag): tag is ScalarTag {
  return tag.default === true && tag.test !== undefined && !('collection' in tag && tag.collection);
}

/** Characters the subset accepts anywhere: printable, no tab, no CR, no NEL, no line or paragraph separator, no BOM, surrogates paired. */
const ACCEPTED_TEXT = /^(?:[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;
/** A mapping entry: a simple key, a colon, then nothing or a space and the value. */
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;
/** Keys a plain scalar resolution or `toJS` would treat specially. */
const SPECIAL_KEYS: ReadonlySet<string> = new Set(['__proto__', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** Characters a plain scalar of the subset may not start with (YAML indicators and reserved characters). */
const PLAIN_START_FORBIDDEN = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** An item of a one-line flow list that the subset accepts: no flow indicators, quotes, colons or comments. */
const FLOW_ITEM = /^[^-?:,[\]{}#&*!|>'"%@`\s][^,[\]{}#:'"]*$/;
/**
 * The first characters of every plain scalar that a core-schema tag other
 * than the string's matches (null, booleans, numbers): any other scalar is a
 * string without testing the tags (a unit test holds the tags to it).
 */
export const MAY_NOT_BE_STRING = /^(?:$|[-+.~0-9nNtTfF])/;
/** A backslash escape that means the same in YAML and in JSON. */
const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;

/**
 * Parse frontmatter YAML when it keeps to the plain subset.
 * @param text The YAML text (between the `---` lines, line ends without CR).
 * @returns The data and a line finder, or undefined when the text needs the full parser.
 */
export function parseSimpleYaml(text: string): SimpleYaml | undefined {
  if (!ACCEPTED_TEXT.test(text)) return undefined;
  const reader = new LineReader(text.split('\n'));
  try {
    const first = reader.peek();
    if (first === undefined || first.indent !== 0) return undefined;
    const rootLine = first.number;
    const root = reader.mapping(0, undefined);
    if (reader.peek() !== undefined) return undefined;
    return { data: root.data, lineOf: (field) => locate(root.positions, rootLine, field) };
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

/**
 * Walk the positions along a field path, the way the full parse's `lineOf` walks its nodes.
 * @param root Positions of the root mapping.
 * @param rootLine Line of the root mapping's first key.
 * @param field Path of the field.
 * @returns The line of the deepest part of the path that exists.
 */
function locate(root: Positions, rootLine: number, field: FieldPath): number {
  let node = root;
  let line = rootLine;
  for (const part of field) {
    const next = node?.kind === 'mapping' ? node.entries.get(String(part)) : node?.kind === 'list' && typeof part === 'number' ? node.items[part] : undefined;
    if (next === undefined) break;
    line = next.line;
    node = next.value;
  }
  return line;
}

/** One non-blank line: its 1-based number, its indentation and the text after it. */
interface Line {
  number: number;
  indent: number;
  content: string;
}

/** Reads the lines of the subset, one structure at a time. */
class LineReader {
  private readonly lines: readonly string[];
  private index = 0;
  /** The line `peek` gave last (given again while it is not consumed). */
  private peeked: Line | undefined;

  /**
   * @param lines The YAML text's lines.
   */
  constructor(lines: readonly string[]) {
    this.lines = lines;
  }

  /**
   * @returns The next non-blank line, without consuming it; undefined at the end.
   */
  peek(): Line | undefined {
    if (this.peeked?.number === this.index + 1) return this.peeked;
    while (this.index < this.lines.length) {
      const text = this.lines[this.index] as string;
      let indent = 0;
      while (text.charCodeAt(indent) === 32) indent++;
      if (indent < text.length) {
        this.peeked = { number: this.index + 1, indent, content: text.slice(indent) };
        return this.peeked;
      }
      this.index++;
    }
    return undefined;
  }

  /** Consume the line `peek` gave. */
  private advance(): void {
    this.index++;
  }

  /**
   * Read a block mapping whose keys stand at one column.
   * @param indent The column of its keys.
   * @param first The content of its first entry when it starts after a list item's `- ` (already consumed), else undefined.
   * @returns The mapping and its positions.
   */
  mapping(indent: number, first: Line | undefined): { data: Record<string, unknown>; positions: MappingPositions } {
    const data: Record<string, unknown> = {};
    const positions: MappingPositions = { kind: 'mapping', entries: new Map() };
    let line = first;
    if (line === undefined) {
      line = this.peek();
      if (line === undefined || line.indent !== indent) throw new OutsideSubset();
      this.advance();
    }
    for (;;) {
      const entry = ENTRY.exec(line.content);
      if (!entry) throw new OutsideSubset();
      const key = entry[1] as string;
      if (SPECIAL_KEYS.has(key) || positions.entries.has(key) || resolvesToNonString(key)) throw new OutsideSubset();
      const rest = trimSpaces(entry[2] ?? '');
      let value: unknown;
      let valuePositions: Positions;
      if (rest === '') {
        const next = this.peek();
        if (next !== undefined && next.indent > indent) {
          ({ data: value, positions: valuePositions } = next.content.startsWith('-') ? this.list(next.indent) : this.mapping(next.indent, undefined));
        } else {
          value = null;
        }
      } else {
        ({ data: value, positions: valuePositions } = oneLineValue(rest, line.number));
      }
      data[key] = value;
      positions.entries.set(key, { line: line.number, value: valuePositions });
      const next = this.peek();
      if (next === undefined || next.indent < indent) break;
      if (next.indent > indent) throw new OutsideSubset();
      this.advance();
      line = next;
    }
    return { data, positions };
  }

  /**
   * Read a block list whose `- ` stand at one column.
   * @param indent The column of its dashes.
   * @returns The list and its positions.
   */
  list(indent: number): { data: unknown[]; positions: ListPositions } {
    const data: unknown[] = [];
    const positions: ListPositions = { kind: 'list', items: [] };
    for (;;) {
      const line = this.peek();
      if (line === undefined || line.indent < indent) break;
      if (line.indent > indent || !line.content.startsWith('- ')) throw new OutsideSubset();
      this.advance();
      const content = line.content.slice(2);
      if (content === '' || content.startsWith(' ')) throw new OutsideSubset();
      let item: { data: unknown; positions: Positions };
      if (ENTRY.test(content)) {
        item = this.mapping(indent + 2, { number: line.number, indent: indent + 2, content });
      } else {
        item = oneLineValue(trimSpaces(content), line.number);
        const next = this.peek();
        if (next !== undefined && next.indent > indent) throw new OutsideSubset();
      }
      data.push(item.data);
      positions.items.push({ line: line.number, value: item.positions });
    }
    return { data, positions };
  }
}

/**
 * A value written on its key's or item's line: a flow list, a quoted or a plain scalar.
 * @param text The value, trailing spaces removed (not empty).
 * @param line Its line.
 * @returns The value and its positions (a flow list's items all stand on its line).
 */
function oneLineValue(text: string, line: number): { data: unknown; positions: Positions } {
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) throw new OutsideSubset();
    const inner = text.slice(1, -1);
    if (trimSpaces(inner) === '') return { data: [], positions: { kind: 'list', items: [] } };
    const data = inner.split(',').map((part) => {
      const item = trimSpaces(part);
      if (!FLOW_ITEM.test(item)) throw new OutsideSubset();
      return plainScalar(item);
    });
    return { data, positions: { kind: 'list', items: data.map(() => ({ line, value: undefined })) } };
  }
  return { data: scalar(text), positions: undefined };
}

/**
 * A one-line scalar.
 * @param text Its source, trailing spaces removed.
 * @returns Its value.
 */
function scalar(text: string): unknown {
  const first = text[0];
  if (first === '"') {
    if (text.length < 2 || !text.endsWith('"')) throw new OutsideSubset();
    const inner = text.slice(1, -1);
    // Every quote escaped, every escape one that JSON reads the same way: then JSON.parse is the YAML reading.
    if (inner.replace(JSON_ESCAPES, '').search(/["\\]/) >= 0) throw new OutsideSubset();
    try {
      return JSON.parse(`"${inner}"`) as string;
    } catch {
      throw new OutsideSubset();
    }
  }
  if (first === "'") {
    if (text.length < 2 || !text.endsWith("'")) throw new OutsideSubset();
    const inner = text.slice(1, -1);
    if (inner.replace(/''/g, '').includes("'")) throw new OutsideSubset();
    return inner.replace(/''/g, "'");
  }
  if (PLAIN_START_FORBIDDEN.test(text) && !/^-[0-9.]/.test(text)) throw new OutsideSubset();
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) throw new OutsideSubset();
  return plainScalar(text);
}

/**
 * Resolve a plain scalar with the `yaml` package's core schema (numbers, null, booleans; else the string).
 * @param text The scalar's source.
 * @returns Its value as `toJS` gives it.
 */
function plainScalar(text: string): unknown {
  if (!MAY_NOT_BE_STRING.test(text)) return text;
  const tag = scalarTags.find((candidate) => candidate.test?.test(text));
  if (tag === undefined) return text;
  let failed = false;
  const resolved: unknown = tag.resolve(text, () => (failed = true), defaultDocument.options);
  // Some tags give a Scalar node (null, floats), whose value is what `toJS` gives.
  const value: unknown = isScalar(resolved) ? resolved.value : resolved;
  if (failed || (typeof value === 'object' && value !== null) || typeof value === 'bigint') throw new OutsideSubset();
  return value;
}

/**
 * @param key A key that passed `ENTRY`.
 * @returns Whether a plain scalar resolution would make it something else than that string.
 */
function resolvesToNonString(key: string): boolean {
  return MAY_NOT_BE_STRING.test(key) && scalarTags.some((tag) => tag.test?.test(key));
}

/**
 * @param text Any text.
 * @returns It without leading and trailing spaces (U+0020 only, as YAML trims).
 */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}
