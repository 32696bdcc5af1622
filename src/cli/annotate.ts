/**
 * `npm run annotate`: seeds/*.txt -> content/articles/<id>.md + content/entities/<id>.md.
 *
 * Everything is annotated and rendered in memory first; only then are files
 * written, each to a temporary file renamed into place, so a failure never
 * leaves content/ half-written. Hand-edited files are kept (see stages/write.ts).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { annotateCorpus, type Seed } from '../pipeline/index.ts';
import { decideWrite, isHandEdited, recordedSeedHash, renderArticle, renderEntity, shortHash, type WriteDecision } from '../pipeline/stages/write.ts';
import type { EntityRecord } from '../pipeline/types.ts';
import { UsageError, parseFlags, type Output } from './args.ts';

interface AnnotateFlags {
  seeds: string;
  content: string;
  check: boolean;
  quiet: boolean;
}

/** One file the run would write, and what it decided. */
interface PlannedFile {
  path: string;
  text: string;
  decision: WriteDecision;
  /** For articles: the seed changed since a kept (hand-edited) file was generated. */
  seedChanged?: boolean;
}

const flagSpec = {
  seeds: { type: 'string', default: 'seeds', help: 'folder of .txt articles' },
  content: { type: 'string', default: 'content', help: 'folder to write articles/ and entities/ into' },
  check: { type: 'boolean', default: false, help: 'write nothing; exit 1 when content/ is stale against the seeds' },
  quiet: { type: 'boolean', default: false, help: 'print only problems and the summary' },
} as const;

/**
 * Run the annotate command.
 * @param argv Arguments after the command name.
 * @param out Where to print; `out.isTTY` picks a live progress line over quiet lines.
 * @param cwd Folder that relative paths are resolved against.
 * @returns The exit code: 0 done, 1 problems in the input or stale content, 2 usage error.
 */
export function runAnnotate(argv: readonly string[], out: Output, cwd = process.cwd()): number {
  let flags: AnnotateFlags;
  try {
    flags = parseFlags(argv, flagSpec) as AnnotateFlags;
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`annotate: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const seedsDir = path.resolve(cwd, flags.seeds);
  const contentDir = path.resolve(cwd, flags.content);
  if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) {
    out.error(`annotate: --seeds ${flags.seeds}: no such folder, expected a folder of .txt articles`);
    return 2;
  }

  const seeds = readSeeds(seedsDir, cwd);
  if (seeds.length === 0) out.error(`annotate: ${flags.seeds} holds no .txt file`);
  const progress = progressReporter(out, seeds.length, flags.quiet);
  const result = annotateCorpus(seeds, { onProgress: progress });
  progress.done();

  const seedHashes = new Map(seeds.map((seed) => [seed.id, shortHash(seed.bytes)]));
  const plan: PlannedFile[] = [];
  const keptEntities: EntityRecord[] = [];
  for (const article of result.articles) {
    const file = path.join(contentDir, 'articles', `${article.id}.md`);
    const seedHash = seedHashes.get(article.id) ?? '';
    const text = renderArticle(article, seedHash);
    const existing = readIfExists(file);
    const decision = decideWrite(existing, text);
    const kept = decision === 'keep-edited' || decision === 'keep-reviewed';
    if (kept && existing !== undefined) keptEntities.push(...entitiesOf(existing));
    plan.push({ path: file, text, decision, seedChanged: kept && existing !== undefined && recordedSeedHash(existing) !== seedHash });
  }
  const entities = mergeKeptEntities(result.entities, keptEntities);
  for (const entity of entities) {
    const file = path.join(contentDir, 'entities', `${entity.id}.md`);
    const text = renderEntity(entity);
    plan.push({ path: file, text, decision: decideWrite(readIfExists(file), text) });
  }
  const orphans = orphanEntityFiles(contentDir, new Set(entities.map((entity) => entity.id)));

  for (const error of result.errors) out.error(`error: ${error.message}`);
  return flags.check ? reportStale(plan, orphans, result.errors.length, out, cwd) : writePlan(plan, orphans, result.errors.length, out, cwd);
}

/**
 * Read every `.txt` file of a folder, sorted by name.
 * @param dir Absolute folder.
 * @param cwd Folder paths are shown relative to.
 * @returns Seeds.
 */
function readSeeds(dir: string, cwd: string): Seed[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -'.txt'.length),
      source: toPosix(path.relative(cwd, path.join(dir, name))),
      bytes: readFileSync(path.join(dir, name)),
    }));
}

/**
 * Write what the plan says, each file atomically; remove orphaned generated entity files.
 * @returns Exit code.
 */
function writePlan(plan: PlannedFile[], orphans: string[], errorCount: number, out: Output, cwd: string): number {
  const counts: Record<WriteDecision, number> = { create: 0, update: 0, unchanged: 0, 'keep-edited': 0, 'keep-reviewed': 0 };
  for (const file of plan) {
    counts[file.decision]++;
    if (file.decision === 'create' || file.decision === 'update') writeAtomically(file.path, file.text);
    if (file.decision === 'keep-edited' || file.decision === 'keep-reviewed') {
      const why = file.decision === 'keep-edited' ? 'edited by hand' : 'marked reviewed';
      const stale = file.seedChanged ? '; its seed has changed since, review it against the seed' : '';
      out.log(`kept ${relative(cwd, file.path)} (${why}${stale})`);
    }
  }
  for (const orphan of orphans) rmSync(orphan);
  out.log(
    `annotate: ${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged, ` +
      `${counts['keep-edited'] + counts['keep-reviewed']} kept as edited, ${orphans.length} removed, ${errorCount} failed`,
  );
  return errorCount > 0 ? 1 : 0;
}

/**
 * `--check`: name every file that a run would change, and exit 1 if any.
 * @returns Exit code.
 */
function reportStale(plan: PlannedFile[], orphans: string[], errorCount: number, out: Output, cwd: string): number {
  const stale = [
    ...plan.filter((file) => file.decision === 'create').map((file) => `${relative(cwd, file.path)}: missing, run npm run annotate`),
    ...plan.filter((file) => file.decision === 'update').map((file) => `${relative(cwd, file.path)}: out of date with its seed, run npm run annotate`),
    ...plan.filter((file) => file.seedChanged).map((file) => `${relative(cwd, file.path)}: edited by hand, but its seed changed since: review it, then update annotator.seed`),
    ...orphans.map((orphan) => `${relative(cwd, orphan)}: no article names this entity any more`),
  ];
  for (const line of stale) out.error(`stale: ${line}`);
  if (stale.length === 0 && errorCount === 0) out.log('annotate --check: content/ is up to date with the seeds');
  return stale.length > 0 || errorCount > 0 ? 1 : 0;
}

/**
 * Write a file through a temporary sibling and a rename, so readers never see half a file.
 * @param file Absolute path.
 * @param text Content.
 */
function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * Entity files that no article names any more and that nobody edited.
 * @param contentDir Content folder.
 * @param wanted Ids that stay.
 * @returns Absolute paths to remove.
 */
function orphanEntityFiles(contentDir: string, wanted: Set<string>): string[] {
  const dir = path.join(contentDir, 'entities');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !wanted.has(name.slice(0, -3)))
    .map((name) => path.join(dir, name))
    .filter((file) => !isHandEdited(readFileSync(file, 'utf8')));
}

/**
 * Entities named in a kept article's (possibly hand-edited) frontmatter.
 * @param text Article file text.
 * @returns Entity records; none when the frontmatter does not parse.
 */
function entitiesOf(text: string): EntityRecord[] {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) return [];
  try {
    const data = parseYaml(match[1] ?? '') as { entities?: unknown };
    return Array.isArray(data.entities) ? (data.entities.filter(isEntityRecord) as EntityRecord[]) : [];
  } catch {
    return [];
  }
}

/**
 * @param value Parsed YAML.
 * @returns Whether it has the fields of an entity.
 */
function isEntityRecord(value: unknown): boolean {
  const entity = value as Partial<EntityRecord> | null;
  return typeof entity?.id === 'string' && typeof entity.name === 'string' && typeof entity.type === 'string';
}

/**
 * Add the entities of kept articles that the fresh annotation does not have.
 * @param fresh Entities from this run.
 * @param kept Entities from hand-edited articles.
 * @returns Union by id, sorted by id.
 */
function mergeKeptEntities(fresh: EntityRecord[], kept: EntityRecord[]): EntityRecord[] {
  const byId = new Map(fresh.map((entity) => [entity.id, entity]));
  for (const entity of kept) {
    if (!byId.has(entity.id)) {
      byId.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases ?? [], ...(entity.country ? { country: entity.country } : {}) });
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Progress: a live line on a terminal, a line per tenth otherwise.
 * @param out Output.
 * @param total Number of seeds.
 * @param quiet Print nothing.
 * @returns A callback for each annotated seed, with `done()` to end the line.
 */
function progressReporter(out: Output, total: number, quiet: boolean): ((index: number, source: string) => void) & { done: () => void } {
  let lastTenth = -1;
  const report = (index: number, source: string): void => {
    if (quiet) return;
    const count = index + 1;
    if (out.isTTY) {
      out.write(`\r\u001b[2Kannotating ${count}/${total} ${source}`);
      return;
    }
    const tenth = Math.floor((count * 10) / total);
    if (tenth !== lastTenth || count === total) {
      lastTenth = tenth;
      out.log(`annotated ${count}/${total}`);
    }
  };
  return Object.assign(report, {
    done: () => {
      if (!quiet && out.isTTY && total > 0) out.write('\n');
    },
  });
}

/**
 * @param file Absolute path.
 * @returns The text, or undefined when there is no such file.
 */
function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * @returns `file` relative to `cwd`, with forward slashes.
 */
function relative(cwd: string, file: string): string {
  return toPosix(path.relative(cwd, file));
}

/**
 * @param file A path.
 * @returns It with forward slashes.
 */
function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
