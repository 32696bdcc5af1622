/**
 * What the cross-file rules (references.ts, sources.ts, the entity-file part
 * of duplicates.ts) read of a file, kept apart from the file itself: a small
 * projection of its frontmatter (plain JSON data) and the line of each field
 * in it. The per-file rules need the whole parsed file; the cross-file rules
 * need only this, so a caller can store each file's summary (see
 * src/cli/check-cache.ts) and run the cross-file rules again over the stored
 * summaries without parsing any unchanged file.
 *
 * `checkContent` itself runs the cross-file rules over summaries, never over
 * the parsed files, so a result built from stored summaries is the same as
 * one built from fresh ones by construction. A cross-file rule that starts
 * reading another field must have it added to `projectArticle` or
 * `projectEntity` (and the fixture tests of the rule catch a missing one).
 */
import { isRecord, stringField } from './raw.ts';
import { formatField, type FieldPath, type FileKind, type ParsedFile } from './types.ts';

/** The part of a parsed file that the cross-file rules read. Plain JSON: strings, numbers, null, lists, mappings. */
export interface FileSummary {
  /**
   * The frontmatter fields the cross-file rules read, at their places:
   * string fields only (others left out), list items that are not of the kind
   * read (mapping or string) as null, so that every index is kept.
   */
  data: Record<string, unknown>;
  /** `formatField(path)` of every string kept in `data` -> its line in the file. */
  lines: Record<string, number>;
}

/**
 * Summarize a parsed file for the cross-file rules.
 * @param file A parsed file.
 * @returns Its summary (empty data for a misplaced file, which no cross-file rule reads).
 */
export function summarize(file: ParsedFile): FileSummary {
  const data = file.kind === 'article' ? projectArticle(file.data) : file.kind === 'entity' ? projectEntity(file.data) : {};
  const lines: Record<string, number> = {};
  recordLines(data, [], file, lines);
  return { data, lines };
}

/**
 * A parsed file rebuilt from its summary, for the cross-file rules.
 * @param path The file's path.
 * @param kind What the file is.
 * @param stem Its name without `.md`.
 * @param summary Its summary.
 * @returns A parsed file whose data is the summary's projection, with an empty body; `lineOf` reads the
 *   recorded lines (for a path not recorded, the line of its deepest recorded part, else 1).
 */
export function summaryView(path: string, kind: FileKind, stem: string, summary: FileSummary): ParsedFile {
  const lineOf = (field: FieldPath): number => {
    for (let length = field.length; length > 0; length--) {
      const line = summary.lines[formatField(field.slice(0, length))];
      if (line !== undefined) return line;
    }
    return 1;
  };
  return { path, kind, stem, data: summary.data, body: '', lineOf };
}

/**
 * What the cross-file rules read of an article: `source` (sources.ts), each entity's `id` and each
 * figure's `claimant` (references.ts).
 * @param data The article's frontmatter.
 * @returns The projection.
 */
function projectArticle(data: unknown): Record<string, unknown> {
  const projection: Record<string, unknown> = {};
  copyString(data, 'source', projection);
  if (isRecord(data)) {
    const entities = projectList(data.entities, (item) => projectRecord(item, ['id']));
    if (entities) projection.entities = entities;
    const figures = projectList(data.figures, (item) => projectRecord(item, ['claimant']));
    if (figures) projection.figures = figures;
  }
  return projection;
}

/**
 * What the cross-file rules read of an entity file: its id, type, name, country and aliases
 * (duplicates.ts).
 * @param data The entity's frontmatter.
 * @returns The projection.
 */
function projectEntity(data: unknown): Record<string, unknown> {
  const projection = projectRecord(data, ['id', 'type', 'name', 'country']) ?? {};
  if (isRecord(data)) {
    const aliases = projectList(data.aliases, (item) => (typeof item === 'string' ? item : null));
    if (aliases) projection.aliases = aliases;
  }
  return projection;
}

/**
 * @param value A mapping, or anything else.
 * @param keys The string fields to keep.
 * @returns A mapping of those that are strings, or null when `value` is not a mapping.
 */
function projectRecord(value: unknown, keys: readonly string[]): Record<string, unknown> | null {
  if (!isRecord(value)) return null;
  const projection: Record<string, unknown> = {};
  for (const key of keys) copyString(value, key, projection);
  return projection;
}

/**
 * @param value A list, or anything else.
 * @param project The projection of one item (null for an item of no interest).
 * @returns The projected items, or undefined when `value` is not a list.
 */
function projectList(value: unknown, project: (item: unknown) => unknown): unknown[] | undefined {
  return Array.isArray(value) ? value.map((item: unknown) => project(item)) : undefined;
}

/**
 * Copy a string field.
 * @param from A mapping, or anything else.
 * @param key The field.
 * @param to Where to copy it when it is a string.
 */
function copyString(from: unknown, key: string, to: Record<string, unknown>): void {
  const text = stringField(from, key);
  if (text !== undefined) to[key] = text;
}

/**
 * Record the line of every string of a projection.
 * @param value Part of the projection.
 * @param at Its path.
 * @param file The parsed file (for `lineOf`).
 * @param lines Where to record.
 */
function recordLines(value: unknown, at: FieldPath, file: ParsedFile, lines: Record<string, number>): void {
  if (typeof value === 'string') {
    lines[formatField(at)] = file.lineOf(at);
  } else if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => recordLines(item, [...at, index], file, lines));
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) recordLines(item, [...at, key], file, lines);
  }
}
