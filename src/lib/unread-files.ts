/**
 * Content files the glob loader need not read: those whose stamp (size,
 * modification and change times, inode) is the one recorded when the stored
 * entry's digest was last taken.
 *
 * Astro's glob loader reads every file of a collection at every sync (with
 * `fs.promises.readFile`, one open, stat, read and close on the thread pool
 * for each of 15,000 files at 10,000 articles: about 0.7 s of a rebuild,
 * more on a busy host), decodes it and hashes it, only to find that the
 * stored entry has the same digest and keep it. After a sync, each stored
 * entry's file path gets the stamp it had before it was read and the entry's
 * digest (`<cacheDir>/dossier-content-stamps-<collection>.json`). At the next
 * sync, a file whose stamp and stored digest are both the recorded ones is
 * handed to the loader as a placeholder text instead of being read
 * ({@link unreadText}): src/lib/unchanged-files.ts then gives the loader the
 * stored id and digest for it, and the loader keeps the entry, as it does
 * after reading an unchanged file. As git does with "racily clean" files, no
 * stamp is recorded for a file modified (content or metadata) less than two
 * seconds before it was stamped: file times move by clock ticks, and a write
 * in the same tick could leave the stamp as it was.
 *
 * The loader reads through `fs.promises.readFile`, so that function is
 * wrapped once per process; it answers from the table of placeholders only
 * for the files of a sync in progress and reads everything else as before.
 * Should Astro's loader read files another way, nothing is intercepted and
 * every file is read (tests/unit/unchanged-files.test.ts notices).
 */
import { lstatSync, promises as fsPromises, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonMap, writeJsonMap } from './json-map-file.ts';

/** What is recorded of a file: its stamp before it was read, and the stored entry's digest. */
type Recorded = [stamp: string, digest: string];

/** Placeholder text by absolute file path, for the syncs in progress. */
const placeholders = new Map<string, string>();

/** Whether `fs.promises.readFile` is wrapped (once per process). */
let wrapped = false;

/** A file modified less than this long before it was stamped gets no stamp. */
const RACY_MS = 2000;

/**
 * @param stats A file's stats.
 * @returns Its stamp.
 */
function stampOf(stats: Stats): string {
  return `${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.ino}`;
}

/**
 * @param file A path or file URL, as `readFile` takes it.
 * @returns The absolute path, or undefined for anything else (a file descriptor, a buffer).
 */
function pathOf(file: unknown): string | undefined {
  if (typeof file === 'string') return path.resolve(file);
  if (file instanceof URL && file.protocol === 'file:') return fileURLToPath(file);
  return undefined;
}

/**
 * Wrap `fs.promises.readFile` so that a file with a placeholder is answered
 * with it (as text) instead of being read.
 */
function wrapReadFile(): void {
  if (wrapped) return;
  wrapped = true;
  const readFile = fsPromises.readFile;
  fsPromises.readFile = function readFileOrPlaceholder(this: unknown, file: unknown, options?: unknown) {
    if (placeholders.size > 0) {
      const filePath = pathOf(file);
      const placeholder = filePath === undefined ? undefined : placeholders.get(filePath);
      const encoding = typeof options === 'string' ? options : (options as { encoding?: string } | undefined)?.encoding;
      if (placeholder !== undefined && (encoding === 'utf-8' || encoding === 'utf8')) return Promise.resolve(placeholder);
    }
    return (readFile as (...args: unknown[]) => Promise<unknown>).apply(this, [file, options]);
  } as typeof fsPromises.readFile;
}

/**
 * A stamp taken after a file was read, for a file that was not stored when
 * the sync began: trusted only when neither its content nor its metadata
 * changed since some time before the sync began (a write, even one that put
 * the old modification time back, moves the change time), so that it is the
 * stamp of the bytes read.
 * @param file A file.
 * @param before When the sync began, less the racy interval (ms).
 * @returns Its stamp, or undefined.
 */
function stampIfUntouchedSince(file: string, before: number): string | undefined {
  try {
    const stats = lstatSync(file);
    return stats.isFile() && stats.mtimeMs <= before && stats.ctimeMs <= before ? stampOf(stats) : undefined;
  } catch {
    return undefined;
  }
}

/** The files of one sync that are not read, and what to record once it is over. */
export interface UnreadFiles {
  /** Placeholder text -> the stored digest it stands for. */
  digests: Map<string, string>;
  /** Record the stamps of the entries stored now, and stop answering with placeholders. */
  finish(stored: Iterable<{ filePath: string; digest: string }>): void;
  /** Stop answering with placeholders, recording nothing (the sync failed). */
  abandon(): void;
}

/**
 * @param digest A stored entry's digest.
 * @returns The placeholder text standing for the file it was taken from (it never begins a real Markdown file).
 */
export function unreadText(digest: string): string {
  return `\u0000dossier: unchanged file, digest ${digest}\u0000`;
}

/**
 * Start a sync of one collection: stamp the stored entries' files, and
 * answer the loader's reads of those whose stamp and digest are the recorded
 * ones with a placeholder.
 * @param stampsFile Where the collection's stamps are kept.
 * @param root The project root (stored file paths are relative to it).
 * @param stored The stored entries' file paths (relative, with forward slashes) and digests.
 * @param now The time now (ms).
 * @returns The placeholders of this sync, and what to do when it ends.
 */
export function startUnreadFiles(stampsFile: string, root: string, stored: ReadonlyMap<string, { digest: string }>, now = Date.now()): UnreadFiles {
  wrapReadFile();
  const recorded = readJsonMap<Recorded>(stampsFile);
  const stamps = new Map<string, string>();
  const digests = new Map<string, string>();
  const mine: string[] = [];
  for (const [filePath, { digest }] of stored) {
    const absolute = path.join(root, filePath);
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      continue;
    }
    if (!stats.isFile() || now - Math.max(stats.mtimeMs, stats.ctimeMs) < RACY_MS) continue;
    const stamp = stampOf(stats);
    stamps.set(filePath, stamp);
    const before = recorded.get(filePath);
    if (!Array.isArray(before) || before[0] !== stamp || before[1] !== digest) continue;
    const placeholder = unreadText(digest);
    placeholders.set(absolute, placeholder);
    digests.set(placeholder, digest);
    mine.push(absolute);
  }
  const release = (): void => {
    for (const absolute of mine) placeholders.delete(absolute);
  };
  return {
    digests,
    finish(entries) {
      release();
      const next = new Map<string, Recorded>();
      for (const { filePath, digest } of entries) {
        const stamp = stamps.get(filePath) ?? stampIfUntouchedSince(path.join(root, filePath), now - RACY_MS);
        if (stamp !== undefined) next.set(filePath, [stamp, digest]);
      }
      writeJsonMap(stampsFile, next);
    },
    abandon: release,
  };
}
