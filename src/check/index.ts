/**
 * The content validator behind `npm run check`: every Markdown file of
 * content/ checked with the site's own zod schemas, plus what a schema cannot
 * see (frontmatter syntax, file names, references between files, duplicate
 * names, assigned country codes, quotes in the body, seeds on disk).
 *
 * Pure: the caller reads the files; `checkContent` only looks at their text.
 * The work is split in two so that a caller can keep the first part per file
 * (src/cli/check-cache.ts): `checkFile` runs the rules that read one file
 * alone and summarizes it; `crossFileErrors` runs the rules between files over
 * those summaries.
 */
import { countryErrors } from './countries.ts';
import { articleDuplicateErrors, entityFileDuplicateErrors } from './duplicates.ts';
import { fileNameErrors } from './file-names.ts';
import { classify, readContentFile } from './frontmatter.ts';
import { quoteErrors } from './quotes.ts';
import { referenceErrors } from './references.ts';
import { schemaErrors } from './schema.ts';
import { sourceErrors } from './sources.ts';
import { summarize, summaryView, type FileSummary } from './summary.ts';
import type { CheckError, CheckOptions, ContentFile } from './types.ts';
import { unknownFieldErrors } from './unknown-fields.ts';

export type { CheckError, CheckOptions, ContentFile } from './types.ts';
export type { FileSummary } from './summary.ts';

/** What checking one file on its own gave. */
export interface FileCheck {
  /** The errors found in the file alone (syntax, schema, names, quotes, ...), unsorted. */
  errors: CheckError[];
  /** What the cross-file rules read of it; undefined when its frontmatter could not be parsed. */
  summary: FileSummary | undefined;
}

/** A file as the cross-file rules see it: its path and, when it parsed, its summary. */
export interface SummarizedFile {
  /** Path as given to `checkFile`. */
  path: string;
  /** Its summary; undefined for a file whose frontmatter could not be parsed. */
  summary: FileSummary | undefined;
}

/**
 * Check every content file.
 * @param files The `.md` files of the content folder, paths with forward slashes.
 * @param options The content folder as the paths spell it; how to tell whether a source exists.
 * @returns Every error, sorted by path, then line.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): CheckError[] {
  const contentDir = contentFolder(options);
  const checks = files.map((file) => ({ path: file.path, ...checkFile(file, contentDir) }));
  return sortErrors([...checks.flatMap((check) => check.errors), ...crossFileErrors(checks, options)]);
}

/**
 * The rules that look at one file alone: everything but references between
 * files, duplicates across entity files and sources on disk. What they find
 * depends only on the file's path, its text and the content folder, so a
 * caller may keep the result for as long as those three do not change.
 * @param file Path and text.
 * @param contentDir The content folder as the paths spell it (`contentFolder(options)`).
 * @returns The file's own errors and its summary for `crossFileErrors`.
 */
export function checkFile(file: ContentFile, contentDir: string): FileCheck {
  const result = readContentFile(file, contentDir);
  if (!result.file) return { errors: result.errors, summary: undefined };
  const parsed = result.file;
  const errors = [
    ...fileNameErrors(parsed, contentDir),
    ...schemaErrors(parsed),
    ...unknownFieldErrors(parsed),
    ...countryErrors(parsed),
    ...articleDuplicateErrors(parsed),
    ...quoteErrors(parsed),
  ];
  return { errors, summary: summarize(parsed) };
}

/**
 * The rules that look across files, run over the files' summaries (cheap:
 * nothing is parsed): each entity an article names has a file, each claimant
 * id is known, entity files do not share ids or names, each source exists.
 * @param files Every file of the content folder (unreadable ones left out), with its summary if it parsed.
 * @param options The content folder as the paths spell it; how to tell whether a source exists.
 * @returns The errors, unsorted.
 */
export function crossFileErrors(files: readonly SummarizedFile[], options: CheckOptions = {}): CheckError[] {
  const contentDir = contentFolder(options);
  const entitiesFolder = contentDir === '' || contentDir === '.' ? 'entities' : `${contentDir}/entities`;
  const classified = files.map((file) => ({ ...file, ...classify(file.path, contentDir) }));
  // Every entity file counts as existing, even one whose frontmatter is broken: its own errors say so.
  const entityFileIds = new Set(classified.flatMap(({ kind, stem }) => (kind === 'entity' ? [stem] : [])));
  const views = classified.flatMap(({ path, kind, stem, summary }) => (summary ? [summaryView(path, kind, stem, summary)] : []));
  const errors: CheckError[] = [];
  for (const view of views) {
    errors.push(...referenceErrors(view, entityFileIds, entitiesFolder), ...(options.sourceExists ? sourceErrors(view, options.sourceExists) : []));
  }
  errors.push(...entityFileDuplicateErrors(views.filter((view) => view.kind === 'entity')));
  return errors;
}

/**
 * @param options Check options.
 * @returns The content folder as the paths spell it, without a trailing slash (default `content`).
 */
export function contentFolder(options: CheckOptions): string {
  return (options.contentDir ?? 'content').replace(/\/+$/, '');
}

/**
 * @param error A check error.
 * @returns `path:line: field: message`.
 */
export function formatCheckError(error: CheckError): string {
  return `${error.path}:${error.line}: ${error.field}: ${error.message}`;
}

/**
 * Sort errors for reading: by path, then line, then field, then message.
 * @param errors Errors in any order.
 * @returns A sorted copy.
 */
export function sortErrors(errors: readonly CheckError[]): CheckError[] {
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...errors].sort((a, b) => compare(a.path, b.path) || a.line - b.line || compare(a.field, b.field) || compare(a.message, b.message));
}
