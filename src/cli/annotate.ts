/**
 * `npm run annotate`: seeds/*.txt -> content/articles/<id>.md + content/entities/<id>.md.
 *
 * Everything is annotated and rendered in memory first; only then are files
 * written, each to a temporary file renamed into place, so a failure never
 * leaves content/ half-written. Hand-edited files are kept (see stages/write.ts).
 *
 * Speed: seeds are annotated on every core (worker threads, see parallel.ts;
 * resolution across articles stays in one thread, since it needs them all),
 * and a content-hash cache (annotate-cache.ts) skips seeds, articles and
 * entities that did not change since the last run. Output is the same,
 * byte for byte, whatever the number of threads and whatever the cache holds.
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { annotateSeed, type Seed } from '../pipeline/index.ts';
import type { Knowledge } from '../pipeline/knowledge.ts';
import { resolveCorpus } from '../pipeline/stages/resolve.ts';
import { decideWrite, isHandEdited, recordedSeedHash, renderArticle, renderEntity, shortHash, type WriteDecision } from '../pipeline/stages/write.ts';
import { SeedError, type AnnotatedArticle, type EntityRecord } from '../pipeline/types.ts';
import { AnnotateCache, cachedKnowledge, renderKey } from './annotate-cache.ts';
import type { RenderArticleItem } from './annotate-tasks.ts';
import { UsageError, parseFlags, type Output } from './args.ts';
import { parallelMap, WorkerPoolError, type WorkerError } from './parallel.ts';

interface AnnotateFlags {
  seeds: string;
  content: string;
  check: boolean;
  quiet: boolean;
  jobs: string;
  cache: string;
  'no-cache': boolean;
}

/** One file the run would write, and what it decided. */
interface PlannedFile {
  path: string;
  text: string;
  decision: WriteDecision;
  /** For articles: the seed changed since a kept (hand-edited) file was generated. */
  seedChanged?: boolean;
}

/** Observers for tests and benchmarks. */
export interface AnnotateHooks {
  /** Called with the id of every seed annotated in this run (not served from the cache). */
  onAnnotated?: (id: string) => void;
}

const flagSpec = {
  seeds: { type: 'string', default: 'seeds', help: 'folder of .txt articles' },
  content: { type: 'string', default: 'content', help: 'folder to write articles/ and entities/ into' },
  check: { type: 'boolean', default: false, help: 'write nothing; exit 1 when content/ is stale against the seeds' },
  quiet: { type: 'boolean', default: false, help: 'print only problems and the summary' },
  jobs: { type: 'string', default: 'auto', help: 'threads to annotate on: a number, or auto for every core' },
  cache: { type: 'string', default: '.cache/annotate', help: 'folder of the content-hash cache' },
  'no-cache': { type: 'boolean', default: false, help: 'neither read nor write the cache' },
} as const;

/** Below this many items per thread, starting threads costs more than it saves. */
const ITEMS_PER_WORKER = { annotate: 12, render: 200 } as const;

/** The module holding the handlers that worker threads run. */
const TASKS_MODULE = new URL('./annotate-tasks.ts', import.meta.url);

/**
 * Run the annotate command.
 * @param argv Arguments after the command name.
 * @param out Where to print; `out.isTTY` picks a live progress line over quiet lines.
 * @param cwd Folder that relative paths are resolved against.
 * @param hooks Observers (tests count the seeds annotated afresh).
 * @returns The exit code: 0 done, 1 problems in the input or stale content, 2 usage error.
 */
export function runAnnotate(argv: readonly string[], out: Output, cwd = process.cwd(), hooks: AnnotateHooks = {}): number {
  let flags: AnnotateFlags;
  let jobs: number;
  try {
    flags = parseFlags(argv, flagSpec) as unknown as AnnotateFlags;
    jobs = parseJobs(flags.jobs);
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
  const cacheDir = flags['no-cache'] ? undefined : path.resolve(cwd, flags.cache);
  const cache = cacheDir === undefined ? undefined : new AnnotateCache(cacheDir);
  const progress = progressReporter(out, seeds.length, flags.quiet);
  // Under --check the cache is only read: the knowledge is built, not stored.
  const knowledgeCache = flags.check ? undefined : cacheDir;
  const annotation = annotateSeeds(seeds, { cache, knowledgeCache, jobs, onProgress: progress, onAnnotated: hooks.onAnnotated });
  progress.done();
  const result = { ...resolveCorpus(annotation.articles), errors: annotation.errors };

  const seedsById = new Map(seeds.map((seed) => [seed.id, seed]));
  const seedHashes = new Map(seeds.map((seed) => [seed.id, shortHash(seed.bytes)]));
  const articleTexts = renderArticles(result.articles, seedsById, seedHashes, cache, jobs);
  const plan: PlannedFile[] = [];
  const keptEntities: EntityRecord[] = [];
  result.articles.forEach((article, index) => {
    const file = path.join(contentDir, 'articles', `${article.id}.md`);
    const seedHash = seedHashes.get(article.id) ?? '';
    const text = articleTexts[index] ?? '';
    const existing = readIfExists(file);
    const decision = decideWrite(existing, text);
    const kept = decision === 'keep-edited' || decision === 'keep-reviewed';
    if (kept && existing !== undefined) keptEntities.push(...entitiesOf(existing));
    plan.push({ path: file, text, decision, seedChanged: kept && existing !== undefined && recordedSeedHash(existing) !== seedHash });
  });
  const entities = mergeKeptEntities(result.entities, keptEntities);
  const entityTexts = renderEntities(entities, cache, jobs);
  entities.forEach((entity, index) => {
    const file = path.join(contentDir, 'entities', `${entity.id}.md`);
    const text = entityTexts[index] ?? '';
    plan.push({ path: file, text, decision: decideWrite(readIfExists(file), text) });
  });
  const orphans = orphanEntityFiles(contentDir, new Set(entities.map((entity) => entity.id)));
  if (!flags.check) cache?.save();

  for (const error of result.errors) out.error(`error: ${error.message}`);
  const annotated = cache ? `; ${cache.stats.misses} annotated, ${cache.stats.hits} from the cache` : '';
  return flags.check
    ? reportStale(plan, orphans, result.errors.length, out, cwd)
    : writePlan(plan, orphans, result.errors.length, out, cwd, annotated);
}

/**
 * Read `--jobs`.
 * @param value `auto` or a positive whole number.
 * @returns The number of threads.
 * @throws UsageError on anything else.
 */
function parseJobs(value: string): number {
  if (value === 'auto') return Math.max(1, availableParallelism());
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs ${value}: expected a positive whole number or auto`);
  return Number(value);
}

/** Options of `annotateSeeds`. */
interface AnnotateSeedsOptions {
  cache: AnnotateCache | undefined;
  /** Where the built knowledge is cached, or undefined to build it afresh. */
  knowledgeCache: string | undefined;
  jobs: number;
  onProgress: (index: number, source: string) => void;
  onAnnotated: ((id: string) => void) | undefined;
}

/**
 * Annotate every seed (before resolution): from the cache where it holds the
 * seed, else on worker threads when there are enough seeds, else here.
 * @param seeds The seeds.
 * @param options Cache, threads and observers.
 * @returns Articles in id order, and one error per unusable seed (in id order).
 */
function annotateSeeds(seeds: readonly Seed[], options: AnnotateSeedsOptions): { articles: AnnotatedArticle[]; errors: SeedError[] } {
  const sorted = [...seeds].sort((a, b) => compareIds(a.id, b.id));
  const results: Array<AnnotatedArticle | SeedError | undefined> = new Array(sorted.length);
  let done = 0;
  const settle = (index: number, result: AnnotatedArticle | SeedError, fresh: boolean): void => {
    const seed = sorted[index] as Seed;
    results[index] = result;
    options.onProgress(done++, seed.source);
    if (!fresh) return;
    options.onAnnotated?.(seed.id);
    if (!(result instanceof SeedError)) options.cache?.storeArticle(seed, result);
  };
  const missing: number[] = [];
  sorted.forEach((seed, index) => {
    const cached = options.cache?.article(seed);
    if (cached) settle(index, cached, false);
    else missing.push(index);
  });

  const workers = Math.min(options.jobs, Math.floor(missing.length / ITEMS_PER_WORKER.annotate));
  if (workers >= 2) {
    try {
      parallelMap<Seed, AnnotatedArticle>(
        missing.map((index) => sorted[index] as Seed),
        {
          module: TASKS_MODULE,
          task: 'annotateTask',
          taskArgs: [options.knowledgeCache],
          workers,
          onOutcome: (outcome) => {
            const index = missing[outcome.index] as number;
            settle(index, 'ok' in outcome ? outcome.ok : seedErrorOf(outcome.error, sorted[index] as Seed), true);
          },
        },
      );
    } catch (error) {
      if (!(error instanceof WorkerPoolError)) throw error;
      // Threads unavailable: what they did not finish is annotated here.
    }
  }
  let knowledge: Knowledge | undefined;
  for (const index of missing) {
    if (results[index] !== undefined) continue;
    const seed = sorted[index] as Seed;
    knowledge ??= cachedKnowledge(options.knowledgeCache);
    settle(index, annotateSafely(seed, knowledge), true);
  }
  const articles: AnnotatedArticle[] = [];
  const errors: SeedError[] = [];
  for (const result of results) {
    if (result instanceof SeedError) errors.push(result);
    else if (result) articles.push(result);
  }
  return { articles, errors };
}

/**
 * Annotate one seed, turning any failure into a SeedError naming it.
 * @param seed The seed.
 * @param knowledge The knowledge.
 * @returns The article, or the error.
 */
function annotateSafely(seed: Seed, knowledge: Knowledge): AnnotatedArticle | SeedError {
  try {
    return annotateSeed(seed, knowledge);
  } catch (error) {
    if (error instanceof SeedError) return error;
    return new SeedError(seed.source, `unexpected annotator failure: ${describe(error)}`);
  }
}

/**
 * Rebuild, in this thread, the error a worker thread met on a seed.
 * @param error The error as it crossed the thread boundary.
 * @param seed The seed.
 * @returns A SeedError with the same file, line and message.
 */
function seedErrorOf(error: WorkerError, seed: Seed): SeedError {
  if (error.name === 'SeedError' && typeof error.fields.file === 'string') {
    const file = error.fields.file;
    const line = typeof error.fields.line === 'number' ? error.fields.line : undefined;
    const prefix = `${file}${line === undefined ? '' : `:${line}`}: `;
    return new SeedError(file, error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message, line);
  }
  return new SeedError(seed.source, `unexpected annotator failure: ${error.message}\n${error.stack ?? ''}`);
}

/**
 * Render every resolved article: from the cache when the same article was rendered last time, else on threads or here.
 * @param articles Resolved articles.
 * @param seedsById Seeds by article id.
 * @param seedHashes Seed hashes by article id.
 * @param cache The cache, if any.
 * @param jobs Threads allowed.
 * @returns Markdown per article, in the same order.
 */
function renderArticles(
  articles: readonly AnnotatedArticle[],
  seedsById: ReadonlyMap<string, Seed>,
  seedHashes: ReadonlyMap<string, string>,
  cache: AnnotateCache | undefined,
  jobs: number,
): string[] {
  const keys = articles.map((article) => (cache ? renderKey(article, seedHashes.get(article.id) ?? '') : ''));
  const texts = articles.map((article, index) => {
    const seed = seedsById.get(article.id);
    return cache && seed ? cache.renderedArticle(seed, keys[index] ?? '') : undefined;
  });
  const missing = texts.flatMap((text, index) => (text === undefined ? [index] : []));
  const items = missing.map((index): RenderArticleItem => {
    const article = articles[index] as AnnotatedArticle;
    return { article, seedHash: seedHashes.get(article.id) ?? '' };
  });
  const rendered = renderInParallel(items, 'renderArticleTask', jobs, (item) => renderArticle(item.article, item.seedHash));
  missing.forEach((index, k) => {
    const text = rendered[k] ?? '';
    texts[index] = text;
    const seed = seedsById.get(articles[index]?.id ?? '');
    if (cache && seed) cache.storeRenderedArticle(seed, keys[index] ?? '', text);
  });
  return texts as string[];
}

/**
 * Render every entity file, from the cache where it holds the same entity.
 * @param entities Entities.
 * @param cache The cache, if any.
 * @param jobs Threads allowed.
 * @returns Markdown per entity, in the same order.
 */
function renderEntities(entities: readonly EntityRecord[], cache: AnnotateCache | undefined, jobs: number): string[] {
  const texts = entities.map((entity) => cache?.renderedEntity(entity));
  const missing = texts.flatMap((text, index) => (text === undefined ? [index] : []));
  const rendered = renderInParallel(missing.map((index) => entities[index] as EntityRecord), 'renderEntityTask', jobs, renderEntity);
  missing.forEach((index, k) => {
    const text = rendered[k] ?? '';
    texts[index] = text;
    cache?.storeRenderedEntity(entities[index] as EntityRecord, text);
  });
  return texts as string[];
}

/**
 * Render items on worker threads when there are many, else here.
 * @param items What to render.
 * @param task The handler's export in annotate-tasks.ts.
 * @param jobs Threads allowed.
 * @param render The same rendering, for this thread.
 * @returns Texts in item order.
 */
function renderInParallel<I>(items: readonly I[], task: string, jobs: number, render: (item: I) => string): string[] {
  const workers = Math.min(jobs, Math.floor(items.length / ITEMS_PER_WORKER.render));
  if (workers >= 2) {
    try {
      const outcomes = parallelMap<I, string>(items, { module: TASKS_MODULE, task, workers });
      return outcomes.map((outcome, index) => ('ok' in outcome ? outcome.ok : render(items[index] as I)));
    } catch (error) {
      if (!(error instanceof WorkerPoolError)) throw error;
    }
  }
  return items.map(render);
}

/**
 * Compare ids in code-point order, independent of locale.
 * @param a First id.
 * @param b Second id.
 * @returns Negative, zero or positive.
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Message of an unknown thrown value.
 * @param error Anything thrown.
 * @returns Its message.
 */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
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
 * @param suffix Appended to the summary line (cache counts).
 * @returns Exit code.
 */
function writePlan(plan: PlannedFile[], orphans: string[], errorCount: number, out: Output, cwd: string, suffix = ''): number {
  const counts: Record<WriteDecision, number> = { create: 0, update: 0, unchanged: 0, 'keep-edited': 0, 'keep-reviewed': 0 };
  writeAllOrNothing(plan.filter((file) => file.decision === 'create' || file.decision === 'update'));
  for (const file of plan) {
    counts[file.decision]++;
    if (file.decision === 'keep-edited' || file.decision === 'keep-reviewed') {
      const why = file.decision === 'keep-edited' ? 'edited by hand' : 'marked reviewed';
      const stale = file.seedChanged ? '; its seed has changed since, review it against the seed' : '';
      out.log(`kept ${relative(cwd, file.path)} (${why}${stale})`);
    }
  }
  for (const orphan of orphans) rmSync(orphan);
  out.log(
    `annotate: ${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged, ` +
      `${counts['keep-edited'] + counts['keep-reviewed']} kept as edited, ${orphans.length} removed, ${errorCount} failed${suffix}`,
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
 * Write files so that a failure leaves content/ as it was: every file goes to a
 * temporary sibling first; only when all are written are they renamed into
 * place (renames within a folder do not fail for want of space). On a failure
 * while writing, the temporary files are removed and the error is rethrown.
 * @param files Files to write.
 */
function writeAllOrNothing(files: readonly { path: string; text: string }[]): void {
  const written: string[] = [];
  try {
    for (const file of files) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      const temporary = `${file.path}.${process.pid}.tmp`;
      writeFileSync(temporary, file.text);
      written.push(temporary);
    }
  } catch (error) {
    for (const temporary of written) rmSync(temporary, { force: true });
    throw error;
  }
  files.forEach((file, index) => renameSync(written[index] as string, file.path));
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
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
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
