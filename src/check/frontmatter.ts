/**
 * Reading a content file: the frontmatter between `---` lines, parsed as YAML
 * with the position of every node, so that each error can name the line where
 * its field stands in the file. Plain frontmatter (what the annotator writes)
 * is read by the fast reader of simple-yaml.ts, which gives the same data and
 * lines; anything else by the `yaml` package.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { parseSimpleYaml } from './simple-yaml.ts';
import type { CheckError, ContentFile, FieldPath, FileKind, ParsedFile } from './types.ts';

/** What reading a file gave: the parsed file, or the errors that stop any further check of it. */
export type ReadResult = { file: ParsedFile; errors: [] } | { file: undefined; errors: CheckError[] };

/** Where a file's frontmatter lies. */
interface FrontmatterSplit {
  /** The YAML text between the `---` lines. */
  yaml: string;
  /** 1-based line in the file of the YAML's first line. */
  firstLine: number;
  /** Everything after the closing `---` line. */
  body: string;
}

/**
 * Read one content file.
 * @param file Path and text.
 * @param contentDir The content folder as the paths spell it.
 * @returns The parsed file, or the frontmatter and YAML errors.
 */
export function readContentFile(file: ContentFile, contentDir: string): ReadResult {
  const split = splitFrontmatter(file);
  if ('error' in split) return { file: undefined, errors: [split.error] };
  const { kind, stem } = classify(file.path, contentDir);
  const simple = parseSimpleYaml(split.yaml);
  if (simple) {
    const { lineOf } = simple;
    return {
      file: { path: file.path, kind, stem, data: simple.data, body: split.body, lineOf: (field) => lineOf(field) + split.firstLine - 1 },
      errors: [],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { lineCounter, prettyErrors: false });
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + split.firstLine - 1;
  // Only the first: the parser's later errors are mostly the same mistake seen again further on.
  const [yamlError] = document.errors;
  if (yamlError) {
    return {
      file: undefined,
      errors: [{ path: file.path, line: toFileLine(yamlError.pos[0]), field: 'frontmatter', message: `invalid YAML: ${firstSentence(yamlError.message)}` }],
    };
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    return { file: undefined, errors: [{ path: file.path, line: split.firstLine, field: 'frontmatter', message: `invalid YAML: ${firstSentence((error as Error).message)}` }] };
  }
  return {
    file: {
      path: file.path,
      kind,
      stem,
      data,
      body: split.body,
      lineOf: (field) => locateField(document, field, toFileLine) ?? 1,
    },
    errors: [],
  };
}

/**
 * Cut a file into frontmatter and body.
 * @param file Path and text.
 * @returns The parts, or the error when the file does not open and close its frontmatter with `---` lines.
 */
function splitFrontmatter(file: ContentFile): FrontmatterSplit | { error: CheckError } {
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const isFence = (line: string | undefined): boolean => line !== undefined && line.startsWith('---') && line.replace(/[ \t]+$/, '') === '---';
  if (!isFence(lines[0])) {
    const first = lines[0] ?? '';
    const found = first.trim() === '' && lines.length <= 1 ? 'empty file' : `${JSON.stringify(first.slice(0, 40))}`;
    return {
      error: { path: file.path, line: 1, field: 'frontmatter', message: `unexpected ${found}, expected a "---" line opening the YAML frontmatter` },
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && isFence(line));
  if (closing < 0) {
    return {
      error: {
        path: file.path,
        line: lines.at(-1) === '' ? lines.length - 1 : lines.length,
        field: 'frontmatter',
        message: 'unexpected end of file, expected a "---" line closing the frontmatter opened on line 1',
      },
    };
  }
  return { yaml: lines.slice(1, closing).join('\n'), firstLine: 2, body: lines.slice(closing + 1).join('\n') };
}

/**
 * Tell articles from entities by the folder a file lies in.
 * @param path The file's path.
 * @param contentDir The content folder as the paths spell it.
 * @returns Its kind and its name without `.md`.
 */
export function classify(path: string, contentDir: string): { kind: FileKind; stem: string } {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const stem = name.endsWith('.md') ? name.slice(0, -3) : name;
  const prefix = contentDir === '' || contentDir === '.' ? '' : `${contentDir.replace(/\/+$/, '')}/`;
  const inside = path.startsWith(prefix) ? path.slice(prefix.length) : path;
  if (inside === `articles/${name}`) return { kind: 'article', stem };
  if (inside === `entities/${name}`) return { kind: 'entity', stem };
  return { kind: 'misplaced', stem };
}

/**
 * Find the line of a field: the key's line for a mapping entry, the item's
 * line for a list item. A path that leaves the document stops at the deepest
 * part that exists (a missing field is reported where its parent starts).
 * @param document The parsed YAML.
 * @param field Path of the field.
 * @param toFileLine Maps an offset in the YAML to a line of the file.
 * @returns The line, or undefined when not even the root has a position.
 */
function locateField(document: Document, field: FieldPath, toFileLine: (offset: number) => number): number | undefined {
  let node: unknown = document.contents;
  let line = startLine(node, toFileLine);
  for (const part of field) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      line = startLine(pair.key, toFileLine) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item: unknown = node.items[part];
      if (item === undefined) break;
      line = startLine(item, toFileLine) ?? line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/**
 * @param node A YAML node, or anything else.
 * @param toFileLine Maps an offset in the YAML to a line of the file.
 * @returns The line where the node starts, or undefined when it has no position.
 */
function startLine(node: unknown, toFileLine: (offset: number) => number): number | undefined {
  const range = (node as { range?: unknown } | null | undefined)?.range;
  return Array.isArray(range) && typeof range[0] === 'number' ? toFileLine(range[0]) : undefined;
}

/**
 * @param message A YAML parser message.
 * @returns Its first line, without a trailing period.
 */
function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\.$/, '');
}
