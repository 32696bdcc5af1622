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
 * 10,000 articles). A file given as chunks (the data downloads, 150 MB at
 * 10,000 articles) is written to a new file while its digest is computed,
 * and kept only when that digest is not the cached copy's: no whole text is
 * ever held in memory, and the cached copy is never read back; with a digest
 * given (a download made of pieces knows one from its pieces' keys) an
 * unchanged one is linked without being made, and a changed one is written
 * without being hashed. Any other file is compared with the cached copy, by
 * size first.
 */
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
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

/** A file to write: output path relative to the output folder, its text (whole, or as chunks of text or UTF-8 bytes to be written in turn), and optionally a digest of that text. */
export type DirectFile = readonly [relative: string, text: () => string | Iterable<string | Uint8Array>, digest?: string];

/**
 * A digest standing for a file's bytes, from its stamp (size, modification and change times, inode), for a
 * direct file that is a source file's text: an unchanged source is then linked without being read. As git
 * does with "racily clean" files, a file modified in the last two seconds gets none (it is read and
 * compared), since another write in the same instant could leave its stamp as it was.
 * @param file A source file.
 * @param now The time now (ms).
 * @returns The digest, or undefined.
 * @throws Error (naming the file) when it cannot be read.
 */
export function stampDigest(file: string, now = Date.now()): string | undefined {
  const stats = lstatSync(file);
  if (!stats.isFile() || now - stats.mtimeMs < 2000) return undefined;
  return `stamp ${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.ino}`;
}

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
    if (cacheDir === undefined) writeText(file, text());
    else if (digest === undefined) {
      const content = text();
      if (typeof content === 'string') writeThroughCache(path.join(cacheDir, relative), file, content, folderOf);
      else {
        const record = recordOf(relative);
        const written = writeChunksThroughCache(path.join(cacheDir, relative), file, content, record.previous.get(relative), folderOf);
        if (written) record.next.set(relative, written);
      }
    } else {
      const record = recordOf(relative);
      const cached = path.join(cacheDir, relative);
      const stamp = record.previous.get(relative);
      const linked = stamp !== undefined && stamp[0] === digest && sameStamp(statOf(cached), stamp) && tryLink(cached, file);
      if (linked) {
        record.next.set(relative, stamp);
      } else {
        const content = text();
        if (typeof content === 'string') {
          const stats = writeThroughCache(cached, file, content, folderOf) ? statOf(cached) : undefined;
          if (stats) record.next.set(relative, [digest, stats.size, stats.mtimeMs, stats.ino]);
        } else {
          const written = writeChunksThroughCache(cached, file, content, undefined, folderOf, digest);
          if (written) record.next.set(relative, written);
        }
      }
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
 * Write a text, whole or chunk by chunk, as UTF-8.
 * @param file The file (its folder exists).
 * @param content The text.
 * @param hash A hash to feed the bytes written.
 */
function writeText(file: string, content: string | Iterable<string | Uint8Array>, hash?: ReturnType<typeof createHash>): void {
  if (typeof content === 'string' && !hash) {
    writeFileSync(file, content);
    return;
  }
  const fd = openSync(file, 'w');
  try {
    for (const chunk of typeof content === 'string' ? [content] : content) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      hash?.update(bytes);
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Write a text given as chunks to a new file beside its cached copy, hashing it on the way; keep the
 * cached copy when the digest is the one recorded for it (and the copy is untouched), else put the new
 * file in its place. Then link the cached copy into the output; should links be impossible, the
 * output gets a copy.
 * @param cached The file's place in the cache folder.
 * @param file The output file (its folder exists).
 * @param chunks Its content.
 * @param recorded What the cache recorded of the cached copy, if anything.
 * @param folderOf Creates a file's folder.
 * @param knownDigest A digest standing for the chunks' bytes, given by the caller (then they are not hashed; the caller has found it is not the cached copy's).
 * @returns What to record of the cached copy now, or undefined when the output is not a link to it.
 */
function writeChunksThroughCache(cached: string, file: string, chunks: Iterable<string | Uint8Array>, recorded: RecordedFile | undefined, folderOf: (file: string) => void, knownDigest?: string): RecordedFile | undefined {
  folderOf(cached);
  const fresh = `${cached}.new`;
  const hash = knownDigest === undefined ? createHash('sha1') : undefined;
  writeText(fresh, chunks, hash);
  const digest = knownDigest ?? hash!.digest('hex');
  // A rename puts a new file in the cache; the previous output keeps the old one.
  if (recorded !== undefined && recorded[0] === digest && sameStamp(statOf(cached), recorded)) removeIfThere(fresh);
  else renameSync(fresh, cached);
  try {
    linkSync(cached, file);
  } catch {
    removeIfThere(file);
    copyFileSync(cached, file);
    return undefined;
  }
  const stats = statOf(cached);
  return stats ? [digest, stats.size, stats.mtimeMs, stats.ino] : undefined;
}

/**
 * Put a file's bytes in the cache (only when they changed, as a new file) and link it into the output.
 * Should links be impossible, the output file is written instead.
 * @param cached The file's place in the cache folder.
 * @param file The output file (its folder exists).
 * @param content Its content, as text.
 * @param folderOf Creates a file's folder.
 * @returns Whether the cached file holds these bytes and the output is a link to it.
 */
function writeThroughCache(cached: string, file: string, content: string, folderOf: (file: string) => void): boolean {
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
