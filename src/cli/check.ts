/**
 * `npm run check -- [--content DIR] [--root DIR] [--cache DIR] [--no-cache]`:
 * validate every Markdown file of content/ (see src/check/index.ts for the
 * rules) and print each problem as `path:line: field: message`, then a
 * summary line.
 *
 * Incremental: what the rules that read one file alone found in each file is
 * kept in a cache under the SHA-1 of its bytes (check-cache.ts), so only new
 * and changed files are parsed and validated, and a file whose size and times
 * are those recorded is not even read; the rules between files
 * (references, duplicates across entity files, sources on disk) run every
 * time over every file's summary. The output is the same with or without the
 * cache.
 */
import { existsSync, readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { contentFolder, crossFileErrors, formatCheckError, sortErrors, type CheckError, type CheckOptions, type FileCheck, type SummarizedFile } from '../check/index.ts';
import { UsageError, parseFlags, type Output } from './args.ts';
import { CheckCache, checkCacheFile, settledStamp, sha1Of, stampOf, type FileStamp } from './check-cache.ts';
import { checkFileTask, type CheckItem } from './check-tasks.ts';
import { parallelMap, WorkerPoolError } from './parallel.ts';

/** The module of the per-file handler, for worker threads. */
const CHECK_TASKS_MODULE = new URL('./check-tasks.ts', import.meta.url);

interface CheckFlags {
  content: string;
  root: string;
  cache: string;
  'no-cache': boolean;
}

const flagSpec = {
  content: { type: 'string', default: 'content', help: 'content folder holding articles/ and entities/' },
  root: { type: 'string', default: '', help: "project root that articles' source paths are relative to; default: the parent of --content" },
  cache: {
    type: 'string',
    default: '.cache/check',
    help: 'folder of the per-file cache (one file per content folder): unchanged files are not parsed again',
  },
  'no-cache': { type: 'boolean', default: false, help: 'check every file from scratch; neither read nor write the cache' },
} as const;

/** What checking a content folder gave. */
export interface FolderCheck {
  /** Every error, sorted. */
  errors: CheckError[];
  /** Number of `.md` files checked (unreadable ones included). */
  fileCount: number;
  /** Paths (as printed) of the files parsed and validated in this run: all of them without a cache, else the new and changed ones. */
  rechecked: string[];
  /** Number of files read from disk in this run (those whose stamp was found in the cache are not). */
  filesRead: number;
}

/** Where a folder check reads and writes. */
export interface FolderCheckOptions {
  /** Folder that paths are shown relative to. */
  cwd: string;
  /** Absolute project root that sources are relative to. */
  root: string;
  /** Absolute cache folder, or undefined for no cache. */
  cacheDir: string | undefined;
  /** Threads to check changed files on (default: every core); many changed files are split among them. */
  jobs?: number;
  /** Fewest changed files per worker thread (default FILES_PER_WORKER); fewer files are checked in the calling thread. */
  filesPerWorker?: number;
  /** When the run started, in ms (default `Date.now()`): files written STAMP_SETTLE_MS before it get their stamp recorded. */
  runStartMs?: number;
}

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
    flags = { content: String(values.content), root: String(values.root), cache: String(values.cache), 'no-cache': values['no-cache'] === true };
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

  const cacheDir = flags['no-cache'] ? undefined : path.resolve(cwd, flags.cache);
  const { errors, fileCount } = checkFolder(contentDir, { cwd, root, cacheDir });
  for (const error of errors) out.error(formatCheckError(error));
  out.log(summary(fileCount, errors));
  return errors.length > 0 ? 1 : 0;
}

/**
 * Check a content folder: each new or changed file on its own (the others from
 * the cache), then the rules between files over every file.
 * @param contentDir Absolute content folder.
 * @param options Folder paths are shown relative to, project root, cache folder.
 * @returns The errors, the number of files and which files were parsed in this run.
 */
export function checkFolder(contentDir: string, options: FolderCheckOptions): FolderCheck {
  const checkOptions: CheckOptions = {
    contentDir: relative(options.cwd, contentDir),
    sourceExists: (source) => isFile(path.resolve(options.root, source)),
  };
  const contentDirAsSpelled = contentFolder(checkOptions);
  const cache = options.cacheDir === undefined ? undefined : new CheckCache(checkCacheFile(options.cacheDir, contentDir), contentDirAsSpelled);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const errors: CheckError[] = [];
  const summarized: SummarizedFile[] = [];
  const rechecked: string[] = [];
  let filesRead = 0;
  const runStartMs = options.runStartMs ?? Date.now();
  const names = contentFiles(contentDir);
  // Each readable file in name order, with its cached result or as an item to check (here or on workers).
  const slots: Array<{ file: string; sha1: string; stamp: FileStamp | undefined; cached: FileCheck | undefined; text: string }> = [];
  for (const { name, stats } of names) {
    const file = relative(options.cwd, path.join(contentDir, name));
    const unread = cache?.lookupByStamp(file, stampOf(stats));
    if (unread) {
      slots.push({ file, sha1: '', stamp: undefined, cached: unread, text: '' });
      continue;
    }
    const stamp = settledStamp(stats, runStartMs);
    const bytes = readFileSync(path.join(contentDir, name));
    filesRead++;
    const sha1 = cache ? sha1Of(bytes) : '';
    const cached = cache?.lookup(file, sha1, stamp);
    if (cached) {
      slots.push({ file, sha1, stamp, cached, text: '' });
      continue;
    }
    try {
      slots.push({ file, sha1, stamp, cached: undefined, text: decoder.decode(bytes) });
    } catch {
      errors.push({ path: file, line: 1, field: 'file', message: 'unexpected bytes that are not UTF-8, expected a UTF-8 text file' });
    }
  }
  const pending = slots.filter((slot) => slot.cached === undefined);
  const fresh = checkItems(
    pending.map((slot) => ({ path: slot.file, text: slot.text })),
    contentDirAsSpelled,
    options.jobs ?? availableParallelism(),
    options.filesPerWorker ?? FILES_PER_WORKER,
  );
  pending.forEach((slot, index) => {
    const check = fresh[index] as FileCheck;
    rechecked.push(slot.file);
    cache?.store(slot.file, slot.sha1, check, slot.stamp);
    slot.cached = check;
  });
  for (const { file, cached } of slots) {
    const check = cached as FileCheck;
    errors.push(...check.errors);
    summarized.push({ path: file, summary: check.summary });
  }
  errors.push(...crossFileErrors(summarized, checkOptions));
  cache?.save();
  return { errors: sortErrors(errors), fileCount: names.length, rechecked, filesRead };
}

/**
 * Fewest files to check per worker thread: a worker spends about 0.7 s of
 * processor time starting (loading the rules through tsx), while a file takes
 * about 0.4 ms, so below a few thousand files the calling thread alone is
 * done sooner.
 */
const FILES_PER_WORKER = 2000;

/**
 * Check files on their own, on worker threads when there are many (the
 * results are the same either way).
 * @param items The files.
 * @param contentDirAsSpelled The content folder as the paths spell it.
 * @param jobs Threads allowed.
 * @param filesPerWorker Fewest files per worker thread.
 * @returns Their checks, in item order.
 */
function checkItems(items: readonly CheckItem[], contentDirAsSpelled: string, jobs: number, filesPerWorker: number): FileCheck[] {
  const workers = Math.min(jobs, Math.floor(items.length / filesPerWorker));
  const check = checkFileTask(contentDirAsSpelled);
  if (workers >= 2) {
    try {
      const outcomes = parallelMap<CheckItem, FileCheck>(items, { module: CHECK_TASKS_MODULE, task: 'checkFileTask', taskArgs: [contentDirAsSpelled], workers });
      return outcomes.map((outcome, index) => ('ok' in outcome ? outcome.ok : check(items[index] as CheckItem)));
    } catch (error) {
      if (!(error instanceof WorkerPoolError)) throw error;
    }
  }
  return items.map(check);
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
 * @returns Their paths relative to it, with forward slashes, and their stats.
 */
function contentFiles(contentDir: string): Array<{ name: string; stats: Stats }> {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.md') && !name.split('/').some((part) => part.startsWith('.')))
    .sort()
    .flatMap((name) => {
      const stats = fileStats(path.join(contentDir, name));
      return stats ? [{ name, stats }] : [];
    });
}

/**
 * @param file Absolute path.
 * @returns Its stats when it is a regular file (symbolic links followed), else undefined.
 */
function fileStats(file: string): Stats | undefined {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
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
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * @param cwd Base folder.
 * @param file Absolute path.
 * @returns `file` relative to `cwd` with forward slashes (`.` for `cwd` itself).
 */
function relative(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}
