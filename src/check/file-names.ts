/**
 * Where a file lies and what it is called: the site reads only
 * `articles/<id>.md` and `entities/<id>.md`, and links an entity by its id, so
 * a file elsewhere is never shown and a file whose name is not its id is linked
 * under the wrong name.
 */
import { stringField } from './raw.ts';
import { fieldError, type CheckError, type ParsedFile } from './types.ts';

/**
 * Check a file's place and name.
 * @param file A parsed file.
 * @param contentDir The content folder as the paths spell it.
 * @returns An error for a misplaced file, or for an `id` that is not the file's name.
 */
export function fileNameErrors(file: ParsedFile, contentDir: string): CheckError[] {
  if (file.kind === 'misplaced') {
    const folder = contentDir === '' || contentDir === '.' ? '' : `${contentDir.replace(/\/+$/, '')}/`;
    return [
      {
        path: file.path,
        line: 1,
        field: 'file',
        message: `unexpected place for a content file, expected ${folder}articles/<id>.md or ${folder}entities/<id>.md`,
      },
    ];
  }
  const id = stringField(file.data, 'id');
  if (id === undefined || id === file.stem) return [];
  return [fieldError(file, ['id'], `unexpected id ${JSON.stringify(id)} in ${file.stem}.md, expected the file name without .md: ${JSON.stringify(file.stem)}`)];
}
