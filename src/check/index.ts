/**
 * The content validator behind `npm run check`: every Markdown file of
 * content/ checked with the site's own zod schemas, plus what a schema cannot
 * see (frontmatter syntax, file names, references between files, duplicate
 * names, assigned country codes, quotes in the body, seeds on disk).
 *
 * Pure: the caller reads the files; `checkContent` only looks at their text.
 */
import { countryErrors } from './countries.ts';
import { articleDuplicateErrors, entityFileDuplicateErrors } from './duplicates.ts';
import { fileNameErrors } from './file-names.ts';
import { classify, readContentFile } from './frontmatter.ts';
import { quoteErrors } from './quotes.ts';
import { referenceErrors } from './references.ts';
import { schemaErrors } from './schema.ts';
import { sourceErrors } from './sources.ts';
import type { CheckError, CheckOptions, ContentFile, ParsedFile } from './types.ts';
import { unknownFieldErrors } from './unknown-fields.ts';

export type { CheckError, CheckOptions, ContentFile } from './types.ts';

/**
 * Check every content file.
 * @param files The `.md` files of the content folder, paths with forward slashes.
 * @param options The content folder as the paths spell it; how to tell whether a source exists.
 * @returns Every error, sorted by path, then line.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): CheckError[] {
  const contentDir = (options.contentDir ?? 'content').replace(/\/+$/, '');
  const entitiesFolder = contentDir === '' || contentDir === '.' ? 'entities' : `${contentDir}/entities`;
  const errors: CheckError[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const result = readContentFile(file, contentDir);
    errors.push(...result.errors);
    if (result.file) parsed.push(result.file);
  }
  // Every entity file counts as existing, even one whose frontmatter is broken: its own errors say so.
  const entityFileIds = new Set(
    files.map((file) => classify(file.path, contentDir)).flatMap(({ kind, stem }) => (kind === 'entity' ? [stem] : [])),
  );
  for (const file of parsed) {
    errors.push(
      ...fileNameErrors(file, contentDir),
      ...schemaErrors(file),
      ...unknownFieldErrors(file),
      ...countryErrors(file),
      ...referenceErrors(file, entityFileIds, entitiesFolder),
      ...articleDuplicateErrors(file),
      ...quoteErrors(file),
      ...(options.sourceExists ? sourceErrors(file, options.sourceExists) : []),
    );
  }
  errors.push(...entityFileDuplicateErrors(parsed.filter((file) => file.kind === 'entity')));
  return sortErrors(errors);
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
