/**
 * A map kept between builds as one JSON file of `[key, value]` pairs: read
 * whole, replaced whole. These files are caches, so a missing or damaged
 * file reads as empty and a failed write leaves no file behind; either only
 * costs the next build its shortcut.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Read a map written by {@link writeJsonMap}.
 * @param file The file.
 * @returns Its entries, or an empty map when the file is missing or unreadable.
 */
export function readJsonMap<V>(file: string): Map<string, V> {
  try {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(entries) ? new Map(entries as [string, V][]) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Replace a map's file (written beside it, then renamed over it); on failure the file is removed.
 * @param file The file.
 * @param map The entries.
 */
export function writeJsonMap<V>(file: string, map: ReadonlyMap<string, V>): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify([...map]));
    renameSync(`${file}.tmp`, file);
  } catch {
    try {
      rmSync(file, { force: true });
    } catch {
      // Nothing there to remove.
    }
  }
}
