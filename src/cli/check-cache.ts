/**
 * The check command's per-file cache: what the rules that read one file alone
 * found in it (its errors and its summary for the cross-file rules, see
 * src/check/index.ts), kept under the SHA-1 of the file's bytes, so that a
 * check after one changed file parses and validates that file only. The rules
 * between files always run again, over the summaries (cheap).
 *
 *   <cache folder>/<sha1 of the absolute content folder, 16 hex>.json
 *
 * One JSON file per content folder (`--content` can point anywhere), holding
 * the layout version, the checker's fingerprint, the content folder as the
 * paths spell it, and for each file (by path as printed): the SHA-1 of its
 * bytes, its stamp when settled, its own errors as `[line, field, message]`
 * and its summary.
 *
 * A file is not even read when its size, modification and change times and
 * inode are those recorded with its entry (its stamp); a stamp is recorded
 * only for a file last written two seconds or more before the run started, so
 * that a later write, which always moves the change time past it, cannot keep
 * it (the same reasoning as git's racily clean files).
 *
 * Invalidation cannot go stale silently: a file's entry is used only when its
 * path and its stamp, or the SHA-1 of its bytes, are the same (the per-file rules read
 * nothing else but the content folder's spelling, which the whole cache is
 * keyed on too); the whole cache is used only when the fingerprint is the
 * same, and the fingerprint hashes the source text of every module the rules
 * are made of (the import closure of src/check/index.ts: rules, summary,
 * schema, typography, country code list), the installed packages' lock file
 * (zod, yaml and the Markdown parser word the messages), the Node version, the
 * text of this file (the layout) and CHECK_CACHE_VERSION (bumped by hand when
 * the layout changes, belt and braces). Editing any rule therefore empties the
 * cache without anyone remembering to bump anything. A missing, damaged or
 * mismatched cache is an empty one; a cache that cannot be written costs
 * speed, never correctness.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSourceFiles, writeAtomically } from './source-files.ts';
import type { FileCheck, FileSummary } from '../check/index.ts';

/** Version of the cache file's layout; bump when `StoredCache` changes. */
export const CHECK_CACHE_VERSION = 2;

/** The modules whose import closure makes the checker's fingerprint: the rules, and this file (the layout). */
const CHECKER_ENTRY_POINTS = ['../check/index.ts', './check-cache.ts'];

/**
 * What the file system says of a file without reading it: size, modification
 * and change times (ms), inode. A file whose stamp is the one recorded is not
 * read or hashed again.
 */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/**
 * How long before a run a file must have been last modified or changed for its
 * stamp to be recorded: a file written again within the file system's clock
 * tick of its recorded version could keep its times, and a file written after
 * the run started has later times than any recorded stamp.
 */
export const STAMP_SETTLE_MS = 2000;

/** One file's line in the cache. */
interface StoredFile {
  /** SHA-1 of the file's bytes. */
  sha1: string;
  /** The file's stamp when those bytes were read, if it had settled (see STAMP_SETTLE_MS). */
  stamp?: FileStamp;
  /** Its own errors, without the path: `[line, field, message]`. */
  errors: Array<[number, string, string]>;
  /** Its summary; null when its frontmatter could not be parsed. */
  summary: FileSummary | null;
}

/** The cache file. */
interface StoredCache {
  version: number;
  fingerprint: string;
  /** The content folder as the paths spell it: per-file messages name it. */
  contentDir: string;
  files: Record<string, StoredFile>;
}

/** The cache of one check run over one content folder. */
export class CheckCache {
  private readonly file: string;
  private readonly stored: StoredCache;
  /** Entries of this run: every file seen, found or freshly checked. */
  private readonly next: Record<string, StoredFile> = {};
  private dirty: boolean;

  /**
   * Read the cache (anything unreadable or of another checker, layout or content folder spelling is empty).
   * @param file The cache file (`checkCacheFile(...)`); created on save.
   * @param contentDir The content folder as the paths spell it.
   * @param fingerprint The checker's fingerprint; `checkerFingerprint()` by default.
   */
  constructor(file: string, contentDir: string, fingerprint: string = checkerFingerprint()) {
    this.file = file;
    const empty: StoredCache = { version: CHECK_CACHE_VERSION, fingerprint, contentDir, files: {} };
    const read = readStored(file);
    const usable = read !== undefined && read.version === CHECK_CACHE_VERSION && read.fingerprint === fingerprint && read.contentDir === contentDir;
    this.stored = usable ? read : empty;
    this.dirty = !usable;
  }

  /**
   * The cached result of a file, when its bytes are the ones checked last time.
   * @param filePath The file's path as printed.
   * @param sha1 `sha1Of` its bytes.
   * @param stamp Its stamp as read before its bytes, to record when settled (`settledStamp`); undefined records none.
   * @returns Its errors and summary, or undefined on a miss.
   */
  lookup(filePath: string, sha1: string, stamp?: FileStamp): FileCheck | undefined {
    const entry = this.stored.files[filePath];
    if (typeof entry !== 'object' || entry === null || entry.sha1 !== sha1 || !isStoredFile(entry)) return undefined;
    const kept: StoredFile = { sha1: entry.sha1, errors: entry.errors, summary: entry.summary };
    this.next[filePath] = stamp === undefined ? kept : { ...kept, stamp };
    if (!sameStamp(entry.stamp, stamp)) this.dirty = true;
    return checkOf(filePath, entry);
  }

  /**
   * The cached result of a file by its stamp alone, without reading it: a hit
   * when the stamp recorded with its last checked bytes is the same.
   * @param filePath The file's path as printed.
   * @param stamp Its stamp now.
   * @returns Its errors and summary, or undefined on a miss (then read it and call `lookup`).
   */
  lookupByStamp(filePath: string, stamp: FileStamp): FileCheck | undefined {
    const entry = this.stored.files[filePath];
    if (typeof entry !== 'object' || entry === null || entry.stamp === undefined || !sameStamp(entry.stamp, stamp) || !isStoredFile(entry)) return undefined;
    this.next[filePath] = entry;
    return checkOf(filePath, entry);
  }

  /**
   * Remember a freshly checked file.
   * @param filePath Its path as printed.
   * @param sha1 `sha1Of` its bytes.
   * @param check What `checkFile` gave.
   * @param stamp Its stamp as read before its bytes, when settled; undefined records none.
   */
  store(filePath: string, sha1: string, check: FileCheck, stamp?: FileStamp): void {
    const entry: StoredFile = { sha1, errors: check.errors.map((error) => [error.line, error.field, error.message]), summary: check.summary ?? null };
    this.next[filePath] = stamp === undefined ? entry : { ...entry, stamp };
    this.dirty = true;
  }

  /**
   * Write the entries of this run (files not seen are dropped), atomically,
   * when anything changed. A failure to write is ignored: the next run checks again.
   */
  save(): void {
    const dropped = Object.keys(this.stored.files).some((filePath) => !(filePath in this.next));
    if (!this.dirty && !dropped) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeAtomically(this.file, JSON.stringify({ ...this.stored, files: this.next } satisfies StoredCache));
      this.dirty = false;
    } catch (error) {
      if (process.env.DEBUG_CACHE) console.error('check cache save failed', error);
    }
  }
}

/**
 * A file's stamp, when it may be recorded.
 * @param stats The file's stats, taken before its bytes are read.
 * @param runStartMs When the run started (`Date.now()`).
 * @returns Its stamp when both its times are STAMP_SETTLE_MS or more before the run, else undefined.
 */
export function settledStamp(stats: Stats, runStartMs: number): FileStamp | undefined {
  if (Math.max(stats.mtimeMs, stats.ctimeMs) > runStartMs - STAMP_SETTLE_MS) return undefined;
  return stampOf(stats);
}

/**
 * @param stats A file's stats.
 * @returns Its stamp.
 */
export function stampOf(stats: Stats): FileStamp {
  return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
}

/**
 * @param a A stamp, or undefined.
 * @param b Another.
 * @returns Whether both are stamps and the same.
 */
function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((part, index) => part === b[index]);
}

/**
 * @param filePath A file's path as printed.
 * @param entry Its entry.
 * @returns The check it stores.
 */
function checkOf(filePath: string, entry: StoredFile): FileCheck {
  return { errors: entry.errors.map(([line, field, message]) => ({ path: filePath, line, field, message })), summary: entry.summary ?? undefined };
}

/**
 * Where the cache of a content folder lies.
 * @param cacheDir The cache folder (`--cache`, default `.cache/check`), absolute.
 * @param contentDir The content folder, absolute.
 * @returns `<cacheDir>/<16 hex of the SHA-1 of the content folder's path>.json`.
 */
export function checkCacheFile(cacheDir: string, contentDir: string): string {
  return path.join(cacheDir, `${createHash('sha1').update(path.resolve(contentDir)).digest('hex').slice(0, 16)}.json`);
}

/**
 * @param bytes A file's bytes.
 * @returns Their SHA-1, hex.
 */
export function sha1Of(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

let fingerprintMemo: string | undefined;

/**
 * The checker's fingerprint: CHECK_CACHE_VERSION, the Node version, the lock
 * file of installed packages, and the text of every source file reachable from
 * src/check/index.ts and from this file through relative imports.
 * @returns A hex digest (computed once per process).
 */
export function checkerFingerprint(): string {
  if (fingerprintMemo !== undefined) return fingerprintMemo;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(`check-cache ${CHECK_CACHE_VERSION}\0${process.version}`);
  hashSourceFiles(hash, here, CHECKER_ENTRY_POINTS);
  fingerprintMemo = hash.digest('hex');
  return fingerprintMemo;
}


/**
 * @param file The cache file.
 * @returns Its content when it is a JSON object of the right shape at the top, else undefined.
 */
function readStored(file: string): StoredCache | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredCache> | null;
    if (typeof data !== 'object' || data === null || typeof data.files !== 'object' || data.files === null || Array.isArray(data.files)) return undefined;
    return data as StoredCache;
  } catch {
    return undefined;
  }
}

/**
 * Whether an entry read back has the shape written (a damaged entry is a miss).
 * @param entry An entry from the file.
 * @returns True when usable.
 */
function isStoredFile(entry: StoredFile): boolean {
  const summary: unknown = entry.summary;
  const isMapping = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
  const stamp: unknown = entry.stamp;
  const stampOk = stamp === undefined || (Array.isArray(stamp) && stamp.length === 4 && stamp.every((part) => typeof part === 'number'));
  const summaryOk = summary === null || (isMapping(summary) && isMapping((summary as FileSummary).data) && isMapping((summary as FileSummary).lines));
  return (
    stampOk &&
    Array.isArray(entry.errors) &&
    entry.errors.every((error) => Array.isArray(error) && typeof error[0] === 'number' && typeof error[1] === 'string' && typeof error[2] === 'string') &&
    summaryOk
  );
}

