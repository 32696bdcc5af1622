/**
 * The search files kept across builds (see ./site-index.ts): one JSON file
 * `<key>.json` in a cache folder, the key a digest of everything the files
 * are made from. Only the latest build's entry is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { INDEX_FORMAT } from './build-index.ts';
import type { SearchRecord } from './types.ts';

/**
 * The cache key of the search files: a digest of the records, the index format,
 * every source file of the search (builder, engine, client scripts) and the
 * versions of Fuse and esbuild.
 * @param records The search records.
 * @param root The project root.
 * @returns A hex digest.
 */
export function searchCacheKey(records: readonly SearchRecord[], root: string): string {
  const hash = createHash('sha256');
  hash.update(`format ${INDEX_FORMAT}\n`);
  const sourceDir = path.join(root, 'src/search');
  const sources = existsSync(sourceDir) ? readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).sort() : [];
  for (const name of sources) hash.update(`${name}\n`).update(readFileSync(path.join(sourceDir, name)));
  // The index embeds Fuse's records and the bundles esbuild's output: their versions count too.
  for (const dependency of ['fuse.js', 'esbuild']) {
    const manifest = path.join(root, 'node_modules', dependency, 'package.json');
    hash.update(`${dependency} ${existsSync(manifest) ? String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version) : 'none'}\n`);
  }
  for (const record of records) hash.update(JSON.stringify(record)).update('\n');
  return hash.digest('hex').slice(0, 32);
}

/**
 * @param file A cache file.
 * @returns Its files, or undefined when it is missing or unreadable.
 */
export function readCachedFiles(file: string): Map<string, string> | undefined {
  try {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as [string, string][];
    return Array.isArray(entries) ? new Map(entries) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keep the files of this build as the only cache entry (older ones are removed).
 * A failure to write only costs the next build its shortcut.
 * @param dir The cache folder.
 * @param file The cache file of this build.
 * @param files The files.
 */
export function writeCachedFiles(dir: string, file: string, files: Map<string, string>): void {
  try {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify([...files]));
    renameSync(temporary, file);
  } catch {
    // No cache this time.
  }
}
