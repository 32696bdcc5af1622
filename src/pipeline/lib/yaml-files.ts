/**
 * The annotator's own data files read as YAML (outlets.yaml, measures.yaml),
 * with a way to skip the parsing. Parsing them costs a process (and each
 * worker thread) some 70 ms, more than a whole article, which shows in a run
 * after one changed seed; the annotate command's cache stores the parsed data
 * with the built knowledge (under the same fingerprint, which covers these
 * files) and hands it back here before annotating.
 *
 * What was parsed or handed in is kept per absolute path for the life of the
 * process; callers must not change it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Parsed data per absolute path. */
const parsedFiles = new Map<string, unknown>();

/**
 * The parsed content of a YAML file: handed in before (`useParsedYamlFiles`)
 * or parsed now and kept.
 * @param file The file (path or file URL).
 * @returns The parsed data (not to be changed).
 * @throws The read or parse error, as `readFileSync` and the yaml library throw it.
 */
export function readYamlFile(file: URL | string): unknown {
  const key = absolutePath(file);
  if (parsedFiles.has(key)) return parsedFiles.get(key);
  const data: unknown = parse(readFileSync(key, 'utf8'));
  parsedFiles.set(key, data);
  return data;
}

/**
 * Every file parsed or handed in so far, for storing.
 * @returns Parsed data by absolute path.
 */
export function parsedYamlFiles(): Record<string, unknown> {
  return Object.fromEntries(parsedFiles);
}

/**
 * Hand in files parsed by an earlier process, which must hold exactly what
 * parsing the files now would give (the caller checks that they are unchanged).
 * @param files Parsed data by absolute path.
 */
export function useParsedYamlFiles(files: Readonly<Record<string, unknown>>): void {
  for (const [file, data] of Object.entries(files)) if (!parsedFiles.has(file)) parsedFiles.set(file, data);
}

/**
 * @param file A path or file URL.
 * @returns Its absolute path.
 */
function absolutePath(file: URL | string): string {
  return path.resolve(typeof file === 'string' ? file : fileURLToPath(file));
}
