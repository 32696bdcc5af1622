/**
 * What the caches of src/cli/ share: the source files a command's result
 * depends on (to fingerprint them), and writing a cache file whole or not at all.
 */
import type { Hash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file reachable from entry modules through relative static or dynamic imports.
 * @param entries Absolute paths.
 * @returns Absolute paths, sorted.
 */
export function importClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      pending.push(path.resolve(path.dirname(file), match[1] ?? ''));
    }
  }
  return [...seen].sort();
}

/**
 * Feed a hash with the code a result depends on: every source file reachable
 * from the entry modules, then the lock file of installed packages.
 * @param hash The hash to update.
 * @param here Folder the entries are relative to (and file names are hashed relative to).
 * @param entries Entry modules, relative to `here`.
 */
export function hashSourceFiles(hash: Hash, here: string, entries: readonly string[]): void {
  for (const file of importClosure(entries.map((entry) => path.resolve(here, entry)))) {
    hash.update(`\0${path.relative(here, file)}\0`).update(readFileSync(file));
  }
  const lock = path.resolve(here, '../../package-lock.json');
  if (existsSync(lock)) hash.update('\0package-lock\0').update(readFileSync(lock));
}

/**
 * Write a file through a temporary sibling and a rename; the temporary file is removed on failure.
 * @param file Absolute path.
 * @param data Content.
 */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
