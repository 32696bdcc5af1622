/**
 * The seed each article was annotated from must still be there: `source` is a
 * path relative to the project root (the parent of content/).
 */
import { stringField } from './raw.ts';
import { fieldError, type CheckError, type ParsedFile } from './types.ts';

/**
 * Check an article's `source`.
 * @param file A parsed file (only articles are checked).
 * @param sourceExists Whether a path relative to the project root names a file.
 * @returns An error when the source is absolute or names no file.
 */
export function sourceErrors(file: ParsedFile, sourceExists: (source: string) => boolean): CheckError[] {
  if (file.kind !== 'article') return [];
  const source = stringField(file.data, 'source');
  if (source === undefined || source.trim() === '') return [];
  if (/^(?:[/\\]|[A-Za-z]:[/\\])/.test(source)) {
    return [fieldError(file, ['source'], `unexpected absolute path ${JSON.stringify(source)}, expected a path relative to the project root such as seeds/<id>.txt`)];
  }
  if (sourceExists(source)) return [];
  return [fieldError(file, ['source'], `unexpected ${JSON.stringify(source)}: no such file, expected the path of the article's seed relative to the project root`)];
}
