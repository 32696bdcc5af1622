/**
 * Types shared by the rules of `npm run check`, the content validator.
 *
 * Every rule is a pure function from parsed content files to errors; only the
 * command (src/cli/check.ts) reads the disk.
 */

/** One problem in content/, reported as `path:line: field: message`. */
export interface CheckError {
  /** Path of the file, as given to the checker (relative to the working folder). */
  path: string;
  /** 1-based line in the file where the field stands (1 for problems of the whole file). */
  line: number;
  /** Field path such as `figures[2].asOf`, or `frontmatter` / `file` for the file as a whole. */
  field: string;
  /** What is wrong and what was expected, e.g. `unexpected "XX", expected ...`. */
  message: string;
}

/** A file of content/ with its text. */
export interface ContentFile {
  /** Path as it should appear in errors, with forward slashes (`content/articles/x.md`). */
  path: string;
  /** The file's text. */
  text: string;
}

/** Options of `checkContent`. */
export interface CheckOptions {
  /**
   * The content folder as the file paths spell it (`content`,
   * `tests/fixtures/check/valid/content`): files under `<contentDir>/articles/`
   * are articles, under `<contentDir>/entities/` entities. Default `content`.
   */
  contentDir?: string;
  /**
   * Whether an article's `source` names an existing file, the path being
   * relative to the project root. When omitted, sources are not checked.
   */
  sourceExists?: (source: string) => boolean;
}

/** A key of a mapping or an index of a list, on the way from the frontmatter's root to a field. */
export type FieldPath = ReadonlyArray<string | number>;

/** What a file of content/ is, from where it lies. */
export type FileKind = 'article' | 'entity' | 'misplaced';

/** A content file whose frontmatter parsed as YAML. */
export interface ParsedFile {
  /** Path as given. */
  path: string;
  kind: FileKind;
  /** File name without `.md`: the id the file must declare. */
  stem: string;
  /** The frontmatter as plain data (not yet validated: anything YAML can hold). */
  data: unknown;
  /** The Markdown after the closing `---`. */
  body: string;
  /**
   * Line of a field in the file.
   * @param field Path of the field.
   * @returns The 1-based line of the deepest part of the path that exists
   *   (the key's line for a mapping entry, the item's line for a list item).
   */
  lineOf(field: FieldPath): number;
}

/**
 * Render a field path the way JavaScript would spell an access to it.
 * @param field Path of keys and indices.
 * @returns `figures[2].asOf`; `frontmatter` for the empty path.
 */
export function formatField(field: FieldPath): string {
  if (field.length === 0) return 'frontmatter';
  return field.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/**
 * Build the error for a field of a parsed file.
 * @param file The file.
 * @param field Path of the field.
 * @param message What is wrong.
 * @returns The error, with the field's line.
 */
export function fieldError(file: ParsedFile, field: FieldPath, message: string): CheckError {
  return { path: file.path, line: file.lineOf(field), field: formatField(field), message };
}
