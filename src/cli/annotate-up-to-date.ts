/**
 * Whether the annotate command has nothing to do, found without loading the
 * annotator. After a run that succeeded, `<cache>/up-to-date.json` records
 * the stamps (size, modification and change times) of every seed, of the
 * article file of each seed (the command reads no other article file), and
 * of every entry of the content folder's entities/ (an entity file that no
 * article names is removed); the fingerprint of the command (the annotator's
 * code and knowledge, the installed packages, the Node version, the command's
 * own code); the folders; and what a run that finds nothing to do prints.
 * When all of it is still the same, a run would read nothing new and write
 * nothing, so it is skipped and the same lines are printed. Any difference (a
 * seed added, removed or touched, a content file edited, added or removed,
 * any change to the code or knowledge) runs the command as before.
 *
 * The stamps are kept as digests of chunks of files, in name order, so the
 * record is a few kilobytes and a check stops at the first chunk that differs
 * (after one seed changed, about half the seeds are looked at).
 *
 * The record is removed when a run starts and written only when the run
 * succeeded (no seed failed) and its cache was saved.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError, parseFlags, type Output } from './args.ts';
import { annotateFlagSpec, parseJobs, type AnnotateFlags } from './annotate-flags.ts';
import { commandFingerprint } from './annotator-fingerprint.ts';
import { progressReporter } from './annotate-progress.ts';
import { writeAtomically } from './source-files.ts';

/** A file's stamp. */
export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** Files whose stamps are digested together. */
const CHUNK = 256;

/** What a successful run records. */
export interface UpToDateRecord {
  version: number;
  fingerprint: string;
  cwd: string;
  seedsDir: string;
  contentDir: string;
  /** Seed ids (file names without `.txt`), in id order. */
  seedCount: number;
  /** `chunkDigests` of the seeds (their names and stamps), in id order. */
  seeds: string[];
  /** `chunkDigests` of `<content>/articles/<id>.md` for each seed, in id order. */
  articles: string[];
  /** Entries of `<content>/entities`. */
  entityCount: number;
  /** `chunkDigests` of every entry of `<content>/entities`, sorted by name. */
  entities: string[];
  /** What a run with nothing to do prints after the progress lines (kept files, then the summary). */
  lines: string[];
}

/** What a run gives to be recorded. */
export interface UpToDateInput {
  cwd: string;
  seedsDir: string;
  contentDir: string;
  /** Seed ids in id order, with the stamps their files had when listed. */
  seeds: ReadonlyArray<{ id: string; stamp: Stamp | undefined }>;
  /** The stamp of a content file when known (else it is read). */
  knownStamp: (file: string) => Stamp | undefined;
  lines: string[];
}

const RECORD_VERSION = 2;
const RECORD_NAME = 'up-to-date.json';

/**
 * The record's file.
 * @param cacheDir The annotate cache folder.
 * @returns Its path.
 */
export function upToDateFile(cacheDir: string): string {
  return path.join(cacheDir, RECORD_NAME);
}

/**
 * Forget that the content was up to date (a run is about to change things).
 * @param cacheDir The annotate cache folder.
 */
export function forgetUpToDate(cacheDir: string): void {
  rmSync(upToDateFile(cacheDir), { force: true });
}

/**
 * Record that the content is up to date with the seeds.
 * @param cacheDir The annotate cache folder (exists).
 * @param input What the run saw and printed.
 */
export function recordUpToDate(cacheDir: string, input: UpToDateInput): void {
  const ids = input.seeds.map((seed) => seed.id);
  const articlesDir = path.join(input.contentDir, 'articles');
  const entitiesDir = path.join(input.contentDir, 'entities');
  const entityNames = listing(entitiesDir);
  const stampOf = (file: string): Stamp | undefined => input.knownStamp(file) ?? statSync(file, { throwIfNoEntry: false });
  const record: UpToDateRecord = {
    version: RECORD_VERSION,
    fingerprint: commandFingerprint(),
    cwd: input.cwd,
    seedsDir: input.seedsDir,
    contentDir: input.contentDir,
    seedCount: ids.length,
    seeds: chunkDigests(ids, (index) => input.seeds[index]?.stamp),
    articles: chunkDigests(ids, (index) => stampOf(`${articlesDir}${path.sep}${ids[index]}.md`)),
    entityCount: entityNames.length,
    entities: chunkDigests(entityNames, (index) => stampOf(`${entitiesDir}${path.sep}${entityNames[index]}`)),
    lines: input.lines,
  };
  writeAtomically(upToDateFile(cacheDir), JSON.stringify(record));
}

/**
 * When the annotate command has nothing to do, print what it would print and say so.
 * @param argv The command's arguments.
 * @param out Where to print.
 * @param cwd Folder relative paths are resolved against.
 * @returns True when the run was found unnecessary (and its lines printed); false when the command must run.
 */
export function reportIfUpToDate(argv: readonly string[], out: Output, cwd = process.cwd()): boolean {
  let flags: AnnotateFlags;
  try {
    flags = parseFlags(argv, annotateFlagSpec) as unknown as AnnotateFlags;
    parseJobs(flags.jobs, 1);
  } catch (error) {
    if (error instanceof UsageError) return false;
    throw error;
  }
  if (flags.check || flags['no-cache']) return false;
  const seedsDir = path.resolve(cwd, flags.seeds);
  const contentDir = path.resolve(cwd, flags.content);
  let record: UpToDateRecord;
  let ids: string[];
  try {
    record = JSON.parse(readFileSync(upToDateFile(path.resolve(cwd, flags.cache)), 'utf8')) as UpToDateRecord;
    if (record.version !== RECORD_VERSION || record.cwd !== cwd || record.seedsDir !== seedsDir || record.contentDir !== contentDir) return false;
    ids = seedIds(seedsDir);
    if (ids.length === 0 || ids.length !== record.seedCount || !sameChunks(ids, record.seeds, (id) => `${seedsDir}${path.sep}${id}.txt`)) return false;
    const articlesDir = path.join(contentDir, 'articles');
    if (!sameChunks(ids, record.articles, (id) => `${articlesDir}${path.sep}${id}.md`)) return false;
    const entitiesDir = path.join(contentDir, 'entities');
    const entityNames = listing(entitiesDir);
    if (entityNames.length !== record.entityCount || !sameChunks(entityNames, record.entities, (name) => `${entitiesDir}${path.sep}${name}`)) return false;
    if (record.fingerprint !== commandFingerprint() || !Array.isArray(record.lines)) return false;
  } catch {
    return false;
  }
  const relativeDir = path.relative(cwd, seedsDir).split(path.sep).join('/');
  const sourcePrefix = relativeDir === '' ? '' : `${relativeDir}/`;
  const progress = progressReporter(out, ids.length, flags.quiet);
  ids.forEach((id, index) => progress(index, `${sourcePrefix}${id}.txt`));
  progress.done();
  for (const line of record.lines) out.log(String(line));
  return true;
}

/**
 * @param dir The seeds folder.
 * @returns The seed ids, in id order (as the command lists them).
 */
function seedIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();
}

/**
 * @param dir A folder.
 * @returns Its entries sorted by name; none when there is no such folder.
 */
function listing(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * Digests of the names and stamps of consecutive chunks of files.
 * @param names Names, in order.
 * @param stampAt The stamp of the file of each name (undefined when there is none).
 * @returns One digest per chunk of `CHUNK` names.
 */
export function chunkDigests(names: readonly string[], stampAt: (index: number) => Stamp | undefined): string[] {
  const digests: string[] = [];
  for (let start = 0; start < names.length; start += CHUNK) digests.push(chunkDigest(names, start, stampAt));
  return digests;
}

/**
 * @param names Names.
 * @param start The chunk's first index.
 * @param stampAt The stamp of each name's file.
 * @returns The chunk's digest.
 */
function chunkDigest(names: readonly string[], start: number, stampAt: (index: number) => Stamp | undefined): string {
  const end = Math.min(names.length, start + CHUNK);
  const numbers = new Float64Array((end - start) * 3);
  for (let index = start; index < end; index++) {
    const stamp = stampAt(index);
    const at = (index - start) * 3;
    numbers[at] = stamp ? stamp.size : -1;
    numbers[at + 1] = stamp ? stamp.mtimeMs : -1;
    numbers[at + 2] = stamp ? stamp.ctimeMs : -1;
  }
  return createHash('sha256').update(names.slice(start, end).join('\0')).update('\0').update(numbers).digest('base64');
}

/**
 * Whether files have the recorded stamps, chunk by chunk, stopping at the first chunk that differs.
 * @param names Names, in order.
 * @param recorded The recorded digests.
 * @param fileOf The file of a name.
 * @returns Whether every chunk is the same.
 */
function sameChunks(names: readonly string[], recorded: unknown, fileOf: (name: string) => string): boolean {
  if (!Array.isArray(recorded) || recorded.length !== Math.ceil(names.length / CHUNK)) return false;
  const stampAt = (index: number): Stamp | undefined => statSync(fileOf(names[index] as string), { throwIfNoEntry: false });
  for (let start = 0, chunk = 0; start < names.length; start += CHUNK, chunk++) {
    if (chunkDigest(names, start, stampAt) !== recorded[chunk]) return false;
  }
  return true;
}
