/**
 * Files written straight into the site's output folder during `astro build`,
 * outside Astro's page pipeline (see src/integrations/direct-files.ts): each
 * is the same bytes the endpoint that serves it on the dev server returns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @returns The folder `astro build` writes the site into, or undefined on the dev server (files are then served by their endpoints).
 */
export function directOutDir(): string | undefined {
  return import.meta.env.DOSSIER_OUT_DIR;
}

/**
 * Write files under the output folder, creating their folders.
 * @param outDir The output folder ({@link directOutDir}).
 * @param files Output path relative to it (`search/meta.js`) -> a function returning the text (encoded as UTF-8, as a `Response` of that text would be).
 * @returns How many files were written.
 */
export function writeDirectFiles(outDir: string, files: Iterable<readonly [string, () => string]>): number {
  const made = new Set<string>();
  let written = 0;
  for (const [relative, text] of files) {
    const file = path.join(outDir, relative);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, text());
    written += 1;
  }
  return written;
}
