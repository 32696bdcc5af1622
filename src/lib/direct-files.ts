/**
 * Files written straight into the site's output folder during `astro build`,
 * outside Astro's page pipeline (see src/integrations/direct-files.ts): each
 * is the same bytes the endpoint that serves it on the dev server returns.
 *
 * With a cache folder (`<cacheDir>/dossier-direct/`, the default in a build),
 * the last build's files are kept there and the output gets hard links to
 * them: a file whose bytes are unchanged is compared, not written, and the
 * previous output, which shares it, is deleted after the swap without
 * freeing its disk blocks (src/cli/build.ts). A changed file is written as a
 * new file, never over one the previous output still shares.
 *
 * A caller that knows each file's digest (the search index does) passes it:
 * the cache then records, per top folder (`<cacheDir>/search.digests.json`),
 * each file's digest with the cached file's size, modification time and
 * inode, and a file whose digest and cached stamp are unchanged is linked
 * without making its text or reading the cached copy (8,000 search files at
 * 10,000 articles). Any other file is compared with the cached copy, by
 * size first.
 */
import { linkSync, lstatSync, mkdirSync, readFileSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { readJsonMap, writeJsonMap } from './json-map-file.ts';

/**
 * @returns The folder `astro build` writes the site into, or undefined on the dev server (files are then served by their endpoints).
 */
export function directOutDir(): string | undefined {
  return import.meta.env.DOSSIER_OUT_DIR;
}

/**
 * @returns The folder keeping the last build's direct files, or undefined (dev server, or no cache).
 */
export function directCacheDir(): string | undefined {
  return import.meta.env.DOSSIER_DIRECT_CACHE_DIR;
}

/** A file to write: output path relative to the output folder, its text, and optionally a digest of that text. */
export type DirectFile = readonly [relative: string, text: () => string, digest?: string];

/** What the cache recorded of a file written with a digest: the digest, then the cached file's size, modification time (ms) and inode. */
type RecordedFile = [digest: string, size: number, mtimeMs: number, ino: number];

/**
 * Write files under the output folder, creating their folders.
 * @param outDir The output folder ({@link directOutDir}).
 * @param files Output path relative to it (`search/meta.js`), a function returning the text (encoded as UTF-8, as a `Response` of that text would be), and optionally a digest identifying that text.
 * @param cacheDir The folder keeping the last build's files ({@link directCacheDir}); without it every file is written.
 * @returns How many files were written (unchanged ones linked from the cache count too).
 */
export function writeDirectFiles(outDir: string, files: Iterable<DirectFile>, cacheDir?: string): number {
  const made = new Set<string>();
  /** Create a file's folder once. */
  const folderOf = (file: string): void => {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
  };
  const records = new Map<string, { file: string; previous: Map<string, RecordedFile>; next: Map<string, RecordedFile> }>();
  /** The digest record of a file's top folder. */
  const recordOf = (relative: string) => {
    const top = relative.split('/')[0] ?? '';
    let record = records.get(top);
    if (!record) {
      const file = path.join(cacheDir ?? '', `${top}.digests.json`);
      record = { file, previous: readJsonMap<RecordedFile>(file), next: new Map() };
      records.set(top, record);
    }
    return record;
  };
  let written = 0;
  for (const [relative, text, digest] of files) {
    const file = path.join(outDir, relative);
    folderOf(file);
    if (cacheDir === undefined) writeFileSync(file, text());
    else if (digest === undefined) writeThroughCache(path.join(cacheDir, relative), file, text, folderOf);
    else {
      const record = recordOf(relative);
      const cached = path.join(cacheDir, relative);
      const stamp = record.previous.get(relative);
      const linked = stamp !== undefined && stamp[0] === digest && sameStamp(statOf(cached), stamp) && tryLink(cached, file);
      const stats = linked || writeThroughCache(cached, file, text, folderOf) ? statOf(cached) : undefined;
      if (stats) record.next.set(relative, [digest, stats.size, stats.mtimeMs, stats.ino]);
    }
    written += 1;
  }
  for (const { file, next } of records.values()) writeJsonMap(file, next);
  return written;
}

/**
 * @param file A file that may not exist.
 * @returns Its stats, or undefined.
 */
function statOf(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * @param stats A cached file's stats.
 * @param recorded What the record says of it.
 * @returns Whether it is the file recorded (same size, modification time and inode).
 */
function sameStamp(stats: Stats | undefined, recorded: RecordedFile): boolean {
  return stats !== undefined && stats.isFile() && stats.size === recorded[1] && stats.mtimeMs === recorded[2] && stats.ino === recorded[3];
}

/**
 * @param cached A cached file.
 * @param file Where to link it.
 * @returns Whether the link was made.
 */
function tryLink(cached: string, file: string): boolean {
  try {
    linkSync(cached, file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Put a file's bytes in the cache (only when they changed, as a new file) and link it into the output.
 * Should links be impossible, the output file is written instead.
 * @param cached The file's place in the cache folder.
 * @param file The output file (its folder exists).
 * @param text Its content, as text.
 * @param folderOf Creates a file's folder.
 * @returns Whether the cached file holds these bytes and the output is a link to it.
 */
function writeThroughCache(cached: string, file: string, text: () => string, folderOf: (file: string) => void): boolean {
  const content = text();
  try {
    if (!sameContent(cached, content)) {
      folderOf(cached);
      removeIfThere(cached);
      // A string is encoded by the write itself, faster than Buffer.from for large texts (the data downloads).
      writeFileSync(cached, content);
    }
    linkSync(cached, file);
    return true;
  } catch {
    removeIfThere(file);
    writeFileSync(file, content);
    return false;
  }
}

/**
 * @param file A file that may not exist.
 * @param content Expected content, as text (UTF-8).
 * @returns Whether the file holds exactly its bytes (a file of another size is not read).
 */
function sameContent(file: string, content: string): boolean {
  try {
    return lstatSync(file).size === Buffer.byteLength(content, 'utf8') && readFileSync(file).equals(Buffer.from(content, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * @param file A file that may not exist.
 */
function removeIfThere(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
