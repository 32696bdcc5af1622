/**
 * Pages reused from the previous build without copying them (see
 * src/integrations/reused-pages.ts).
 *
 * Astro's incremental build keeps a copy of every page that has a cache key
 * in `<cacheDir>/dist/` and lists it in `<cacheDir>/incremental-build.json`.
 * In a rebuild, a page whose key is unchanged is copied from there into the
 * new output folder, one file at a time; but when the output folder already
 * holds the file, Astro keeps it as is (astro/dist/core/build/generate.js:
 * `existsSync(outFile)`). So, before the pages are generated, every listed
 * copy is hard-linked into the output folder: a reused page then costs no
 * copy, and the output shares its files with the cache, so deleting the
 * previous output after the swap (src/cli/build.ts) frees no disk blocks
 * for those pages: on a busy disk that deletion was the largest part of a
 * rebuild.
 *
 * Two rules keep every page exactly what a full build writes:
 *   - a page that is rendered again is first unlinked, both in the output
 *     folder and in Astro's cache ({@link releasePage}, called by
 *     src/middleware.ts), so Astro's writes make new files and never
 *     overwrite a file the previous output (dist/) still shares;
 *   - after the build, a linked file that this build neither kept (its page
 *     is listed in the new manifest) nor wrote again is removed
 *     ({@link removeStaleLinks}): its page no longer exists (and so is its
 *     folder, once empty).
 */
import { linkSync, lstatSync, mkdirSync, readFileSync, rmdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Astro's incremental build manifest, the part read here. */
interface IncrementalManifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
}

/** Linked files: output-relative URL path (as Astro records it) -> its inode and birth time. */
export type LinkedPages = Map<string, string>;

/**
 * @param file A file.
 * @returns Its inode and birth time in nanoseconds: a file written again after its page was released has another (an inode number may be reused, its birth time is new; the change time is no help, as Astro's pruning of its copy changes it).
 */
function identityOf(file: string): string {
  const stat = lstatSync(file, { bigint: true });
  return `${stat.ino}:${stat.birthtimeNs}`;
}

/**
 * @param cacheDir Astro's cache folder.
 * @returns The output files (URL paths relative to the output folder, as Astro records them) of the manifest's pages; empty without a readable manifest.
 */
export function manifestOutputFiles(cacheDir: string): Set<string> {
  const files = new Set<string>();
  let manifest: IncrementalManifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(cacheDir, 'incremental-build.json'), 'utf8')) as IncrementalManifest;
  } catch {
    return files;
  }
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) {
      if (typeof entry.outputFile === 'string' && entry.outputFile !== '') files.add(entry.outputFile);
    }
  }
  return files;
}

/**
 * @param folder An absolute folder.
 * @param outputFile A URL path relative to it (percent-encoded, as Astro records it).
 * @returns The absolute file, or undefined when the path would leave the folder.
 */
function fileIn(folder: string, outputFile: string): string | undefined {
  const base = pathToFileURL(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`);
  const file = fileURLToPath(new URL(outputFile, base));
  return file.startsWith(fileURLToPath(base)) ? file : undefined;
}

/**
 * Hard-link the previous build's page copies into the output folder.
 * @param cacheDir Astro's cache folder (holds incremental-build.json and dist/).
 * @param outDir The output folder, emptied by Astro.
 * @returns The linked files and their identities (nothing when links are not possible: the pages are then copied by Astro as before).
 */
export function linkPreviousPages(cacheDir: string, outDir: string): LinkedPages {
  const linked: LinkedPages = new Map();
  const copies = path.join(cacheDir, 'dist');
  const made = new Set<string>();
  for (const outputFile of manifestOutputFiles(cacheDir)) {
    const from = fileIn(copies, outputFile);
    const to = fileIn(outDir, outputFile);
    if (from === undefined || to === undefined) continue;
    try {
      const dir = path.dirname(to);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      linkSync(from, to);
      linked.set(outputFile, identityOf(to));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A missing copy is rendered or skipped by Astro; any other failure (no hard links here) ends the linking.
      if (code === 'ENOENT' || code === 'EEXIST') continue;
      break;
    }
  }
  return linked;
}

/**
 * Before a page is rendered again: unlink its file in the output folder and
 * its copy in Astro's cache, so that neither write reaches a file the previous
 * output shares. Missing files are fine.
 * @param outDir The output folder.
 * @param cacheCopies Astro's folder of page copies (`<cacheDir>/dist`).
 * @param pagePath The page's file relative to the output folder (`articles/x.html`).
 */
export function releasePage(outDir: string, cacheCopies: string, pagePath: string): void {
  for (const folder of [outDir, cacheCopies]) {
    const file = fileIn(folder, pagePath);
    if (file === undefined) continue;
    try {
      unlinkSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * After the build: remove the linked files whose page this build has not
 * produced (not in the new manifest and not written again).
 * @param cacheDir Astro's cache folder, holding the new manifest.
 * @param outDir The output folder.
 * @param linked What {@link linkPreviousPages} linked.
 * @returns How many files were removed.
 */
export function removeStaleLinks(cacheDir: string, outDir: string, linked: LinkedPages): number {
  if (linked.size === 0) return 0;
  const current = manifestOutputFiles(cacheDir);
  let removed = 0;
  for (const [outputFile, identity] of linked) {
    if (current.has(outputFile)) continue;
    const file = fileIn(outDir, outputFile);
    if (file === undefined) continue;
    try {
      if (identityOf(file) !== identity) continue;
      unlinkSync(file);
      removeEmptyFolders(path.dirname(file), outDir);
      removed += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return removed;
}

/**
 * Remove a folder and its parents while they are empty, as a build that never wrote there leaves none.
 * @param folder A folder inside `outDir`.
 * @param outDir The output folder (kept).
 */
function removeEmptyFolders(folder: string, outDir: string): void {
  const root = path.resolve(outDir);
  let current = path.resolve(folder);
  while (current.startsWith(`${root}${path.sep}`)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
    current = path.dirname(current);
  }
}
