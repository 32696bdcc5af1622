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
 */
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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

/**
 * Write files under the output folder, creating their folders.
 * @param outDir The output folder ({@link directOutDir}).
 * @param files Output path relative to it (`search/meta.js`) -> a function returning the text (encoded as UTF-8, as a `Response` of that text would be).
 * @param cacheDir The folder keeping the last build's files ({@link directCacheDir}); without it every file is written.
 * @returns How many files were written (unchanged ones linked from the cache count too).
 */
export function writeDirectFiles(outDir: string, files: Iterable<readonly [string, () => string]>, cacheDir?: string): number {
  const made = new Set<string>();
  /** Create a file's folder once. */
  const folderOf = (file: string): void => {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
  };
  let written = 0;
  for (const [relative, text] of files) {
    const file = path.join(outDir, relative);
    folderOf(file);
    if (cacheDir === undefined) writeFileSync(file, text());
    else writeThroughCache(path.join(cacheDir, relative), file, Buffer.from(text(), 'utf8'), folderOf);
    written += 1;
  }
  return written;
}

/**
 * Put a file's bytes in the cache (only when they changed, as a new file) and link it into the output.
 * Should links be impossible, the output file is written instead.
 * @param cached The file's place in the cache folder.
 * @param file The output file (its folder exists).
 * @param bytes Its content.
 * @param folderOf Creates a file's folder.
 */
function writeThroughCache(cached: string, file: string, bytes: Buffer, folderOf: (file: string) => void): void {
  try {
    if (!sameBytes(cached, bytes)) {
      folderOf(cached);
      // A new file: the old one may be shared with the previous output.
      removeIfThere(cached);
      writeFileSync(cached, bytes);
    }
    linkSync(cached, file);
  } catch {
    removeIfThere(file);
    writeFileSync(file, bytes);
  }
}

/**
 * @param file A file that may not exist.
 * @param bytes Expected content.
 * @returns Whether the file holds exactly these bytes.
 */
function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    return readFileSync(file).equals(bytes);
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
