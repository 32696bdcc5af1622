/**
 * `npm run check -- [--content DIR] [--root DIR]`: validate every Markdown
 * file of content/ (see src/check/index.ts for the rules) and print each
 * problem as `path:line: field: message`, then a summary line.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatCheckError, sortErrors, type CheckError, type ContentFile } from '../check/index.ts';
import { UsageError, parseFlags, type Output } from './args.ts';

interface CheckFlags {
  content: string;
  root: string;
}

const flagSpec = {
  content: { type: 'string', default: 'content', help: 'content folder holding articles/ and entities/' },
  root: { type: 'string', default: '', help: "project root that articles' source paths are relative to; default: the parent of --content" },
} as const;

/**
 * Run the check command.
 * @param argv Arguments after the command name.
 * @param out Where to print: errors on `out.error`, the summary on `out.log`.
 * @param cwd Folder that relative paths are resolved against and shown relative to.
 * @returns The exit code: 0 no error, 1 errors in the content, 2 usage error.
 */
export function runCheck(argv: readonly string[], out: Output, cwd = process.cwd()): number {
  let flags: CheckFlags;
  try {
    const values = parseFlags(argv, flagSpec);
    flags = { content: String(values.content), root: String(values.root) };
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`check: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const contentDir = path.resolve(cwd, flags.content);
  if (!isDirectory(contentDir)) {
    out.error(`check: --content ${flags.content}: no such folder, expected the content folder holding articles/ and entities/`);
    return 2;
  }
  const root = flags.root === '' ? path.dirname(contentDir) : path.resolve(cwd, flags.root);
  if (!isDirectory(root)) {
    out.error(`check: --root ${flags.root}: no such folder, expected the project root that articles' source paths are relative to`);
    return 2;
  }

  const { files, unreadable } = readContentFiles(contentDir, cwd);
  const errors = sortErrors([
    ...unreadable,
    ...checkContent(files, {
      contentDir: relative(cwd, contentDir),
      sourceExists: (source) => isFile(path.resolve(root, source)),
    }),
  ]);
  for (const error of errors) out.error(formatCheckError(error));
  out.log(summary(files.length + unreadable.length, errors));
  return errors.length > 0 ? 1 : 0;
}

/**
 * The summary line.
 * @param fileCount Files checked.
 * @param errors Errors found.
 * @returns `check: 12 files, 0 errors` or `check: 3 errors in 2 files`.
 */
export function summary(fileCount: number, errors: readonly CheckError[]): string {
  if (errors.length === 0) return `check: ${plural(fileCount, 'file')}, 0 errors`;
  return `check: ${plural(errors.length, 'error')} in ${plural(new Set(errors.map((error) => error.path)).size, 'file')}`;
}

/**
 * Every `.md` file under the content folder (hidden files and folders left out), sorted.
 * @param contentDir Absolute content folder.
 * @param cwd Folder paths are shown relative to.
 * @returns The files as UTF-8 text, and an error for each file that is not UTF-8.
 */
function readContentFiles(contentDir: string, cwd: string): { files: ContentFile[]; unreadable: CheckError[] } {
  const names = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.md') && !name.split('/').some((part) => part.startsWith('.')))
    .filter((name) => isFile(path.join(contentDir, name)))
    .sort();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files: ContentFile[] = [];
  const unreadable: CheckError[] = [];
  for (const name of names) {
    const file = relative(cwd, path.join(contentDir, name));
    try {
      files.push({ path: file, text: decoder.decode(readFileSync(path.join(contentDir, name))) });
    } catch {
      unreadable.push({ path: file, line: 1, field: 'file', message: 'unexpected bytes that are not UTF-8, expected a UTF-8 text file' });
    }
  }
  return { files, unreadable };
}

/**
 * @param count A count.
 * @param noun Singular noun.
 * @returns `1 file`, `2 files`.
 */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * @param file Absolute path.
 * @returns Whether it is a folder.
 */
function isDirectory(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}

/**
 * @param file Absolute path.
 * @returns Whether it is a regular file.
 */
function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * @param cwd Base folder.
 * @param file Absolute path.
 * @returns `file` relative to `cwd` with forward slashes (`.` for `cwd` itself).
 */
function relative(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}
