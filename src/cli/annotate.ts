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
 * entities that did not change since the last run. After one seed changes,
 * a run reads that seed alone, annotates it alone, resolves every article's
 * entities from the cache's index (resolution reads nothing else), and renders,
 * reads and writes only the files whose resolved data changed. Output is the
 * same, byte for byte, whatever the number of threads and whatever the cache holds.
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { annotateSeed, type Seed } from '../pipeline/index.ts';
import type { Knowledge } from '../pipeline/knowledge.ts';
import { resolveCorpus } from '../pipeline/stages/resolve.ts';
import { decideWrite, isHandEdited, recordedSeedHash, renderArticle, renderEntity, shortHash, type WriteDecision } from '../pipeline/stages/write.ts';
import { SeedError, type AnnotatedArticle, type ArticleFigure, type EntityRecord } from '../pipeline/types.ts';
import { AnnotateCache, cachedKnowledge, renderKey, resolveInputOf, stampOf, type FileStamp, type Resolution, type ResolveInput } from './annotate-cache.ts';
import { annotateFlagSpec, parseJobs, type AnnotateFlags } from './annotate-flags.ts';
import { progressReporter } from './annotate-progress.ts';
import type { RenderArticleItem } from './annotate-tasks.ts';
import { forgetUpToDate, recordUpToDate } from './annotate-up-to-date.ts';
import { UsageError, parseFlags, type Output } from './args.ts';
import { parallelMap, WorkerPoolError, type WorkerError } from './parallel.ts';

/** One file the run would write, and what it decided. */
interface PlannedFile {
  path: string;
  /** The generated text; empty when the cache vouches that the file already holds it (decision `unchanged`). */
  text: string;
  decision: WriteDecision;
  /** For articles: the seed changed since a kept (hand-edited) file was generated. */
  seedChanged?: boolean;
  /** The cache's key of what is generated (render key or entity key); empty without a cache. */
  key: string;
  /** The cache vouched for the file (same key, untouched since written): it is already recorded. */
  vouched?: boolean;
}

/** Observers for tests and benchmarks. */
export interface AnnotateHooks {
  /** Called with the id of every seed annotated in this run (not served from the cache). */
  onAnnotated?: (id: string) => void;
}

/** A seed file; its bytes are read only when the cache does not vouch for them. */
interface SeedFile {
  id: string;
  /** Path relative to the working folder, with forward slashes (written into the article). */
  source: string;
  /** Absolute path. */
  file: string;
  /** The cache key of its bytes; empty without a cache. */
  key: string;
  /** `shortHash` of its bytes. */
  seedHash: string;
  /** Its bytes, once read. */
  bytes: Buffer | undefined;
  /** Its stamp when listed (with a cache). */
  stamp: FileStamp | undefined;
  /** The cache's index vouched for its key and hash (same stamp as when last read). */
  indexed: boolean;
}

/**
 * Below this many items per thread, starting threads costs more than it saves.
 * A rendering takes about 0.1 ms (an entity's far less), a thread some 150 ms to start.
 */
const ITEMS_PER_WORKER = { annotate: 12, render: 2000 } as const;

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
    flags = parseFlags(argv, annotateFlagSpec) as unknown as AnnotateFlags;
    jobs = parseJobs(flags.jobs, availableParallelism());
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

  const cacheDir = flags['no-cache'] ? undefined : path.resolve(cwd, flags.cache);
  // Whatever this run does, the content is not known to be up to date until it has succeeded.
  if (cacheDir !== undefined && !flags.check) forgetUpToDate(cacheDir);
  const cache = cacheDir === undefined ? undefined : new AnnotateCache(cacheDir, contentDir);
  const seeds = listSeeds(seedsDir, cwd, cache);
  if (seeds.length === 0) out.error(`annotate: ${flags.seeds} holds no .txt file`);
  const progress = progressReporter(out, seeds.length, flags.quiet);
  // The built knowledge is read from the cache folder even under --no-cache and
  // --check (it is checked against the annotator's fingerprint), but only stored otherwise.
  const knowledgeCache: KnowledgeCache = { dir: path.resolve(cwd, flags.cache), store: !flags.check && !flags['no-cache'] };
  const annotation = annotateSeeds(seeds, { cache, knowledgeCache, jobs, onProgress: progress, onAnnotated: hooks.onAnnotated });
  progress.done();
  if (cache) {
    // An article whose entities the index cannot decode is a miss: its whole cached annotation, or the seed annotated again.
    const seedsByKey = new Map(seeds.map((seed) => [seed.key, seed]));
    cache.onDamagedInput((key) => {
      const seed = seedsByKey.get(key);
      const article = cache.article(key) ?? (seed ? reannotate(seed, annotation, knowledgeCache, cache, hooks.onAnnotated) : undefined);
      if (!article) throw new Error(`annotate cache: no seed for the damaged entry ${key}`);
      return resolveInputOf(article);
    });
  }
  const { resolution: resolved, digest } = resolve(annotation.inputs, cache);
  // Same resolution input as when the article files were last recorded: an article whose seed the
  // index vouched for has the render key recorded for its file (no need to hash its entities again).
  const recordedKeysHold = cache !== undefined && digest !== undefined && cache.renderedUnder() === digest;
  const seedsById = new Map(seeds.map((seed) => [seed.id, seed]));

  const plan: PlannedFile[] = [];
  const keptEntities: EntityRecord[] = [];
  // Joined by hand, not with path.join: ten thousand joins show in a run after one changed seed.
  const articlesDir = `${path.join(contentDir, 'articles')}${path.sep}`;
  const toRender: Array<{ index: number; item: RenderArticleItem; seed: SeedFile }> = [];
  for (const article of resolved.articles) {
    const seed = seedsById.get(article.id) as SeedFile;
    const { claimants } = article;
    const file = `${articlesDir}${article.id}.md`;
    const key = cache ? ((recordedKeysHold && seed.indexed ? cache.recordedKey(file) : undefined) ?? renderKey(seed.key, seed.seedHash, article)) : '';
    if (cache?.outputUnchanged(file, key)) {
      plan.push({ path: file, text: '', decision: 'unchanged', key, vouched: true });
      continue;
    }
    const full = annotation.fresh.get(article.id) ?? cache?.article(seed.key) ?? reannotate(seed, annotation, knowledgeCache, cache, hooks.onAnnotated);
    const item: RenderArticleItem = { article: { ...full, entities: article.entities, figures: withClaimants(full.figures, claimants) }, seedHash: seed.seedHash };
    toRender.push({ index: plan.length, item, seed });
    plan.push({ path: file, text: '', decision: 'unchanged', key });
  }
  const texts = toRender.map(({ seed, index }) => (cache ? cache.renderedArticle(seed.key, (plan[index] as PlannedFile).key) : undefined));
  const missing = texts.flatMap((text, k) => (text === undefined ? [k] : []));
  const rendered = renderInParallel(missing.map((k) => (toRender[k] as (typeof toRender)[number]).item), 'renderArticleTask', jobs, (item) => renderArticle(item.article, item.seedHash));
  missing.forEach((k, m) => {
    const { seed, index } = toRender[k] as (typeof toRender)[number];
    texts[k] = rendered[m] ?? '';
    cache?.storeRenderedArticle(seed.key, (plan[index] as PlannedFile).key, texts[k] as string);
  });
  toRender.forEach(({ index, seed }, k) => {
    const planned = plan[index] as PlannedFile;
    const text = texts[k] ?? '';
    const existing = readIfExists(planned.path);
    const decision = decideWrite(existing, text);
    const kept = decision === 'keep-edited' || decision === 'keep-reviewed';
    if (kept && existing !== undefined) keptEntities.push(...entitiesOf(existing));
    plan[index] = { ...planned, text, decision, seedChanged: kept && existing !== undefined && recordedSeedHash(existing) !== seed.seedHash };
  });
  // A seed that failed keeps its article as it was, and with it the entities it names.
  for (const error of annotation.errors) {
    const id = annotation.failedIds.get(error);
    const existing = id === undefined ? undefined : readIfExists(path.join(contentDir, 'articles', `${id}.md`));
    if (existing !== undefined) keptEntities.push(...entitiesOf(existing));
  }

  const entities = mergeKeptEntities(resolved.records, keptEntities);
  // A record of the same resolution has the key recorded for its file (an entity from a kept article is keyed afresh).
  const recordedEntities = recordedKeysHold ? new Set(resolved.records) : new Set<EntityRecord>();
  const entityPlan = planEntities(entities, contentDir, cache, jobs, recordedEntities);
  plan.push(...entityPlan);
  const orphans = orphanEntityFiles(contentDir, new Set(entities.map((entity) => entity.id)));

  for (const error of annotation.errors) out.error(`error: ${error.message}`);
  const annotated = cache ? `; ${cache.stats.misses} annotated, ${cache.stats.hits} from the cache` : '';
  if (flags.check) return reportStale(plan, orphans, annotation.errors.length, out, cwd);
  let written = false;
  try {
    const code = writePlan(plan, orphans, annotation.errors.length, out, cwd, annotated);
    written = true;
    return code;
  } finally {
    if (cache && cacheDir !== undefined) {
      if (written) recordOutputs(cache, plan, orphans);
      cache.setRenderedUnder(written ? (digest ?? null) : null);
      const saved = cache.save();
      if (written && saved && annotation.errors.length === 0 && seeds.length > 0) {
        const kept = plan.filter((file) => file.decision === 'keep-edited' || file.decision === 'keep-reviewed');
        const summary = `annotate: 0 created, 0 updated, ${plan.length - kept.length} unchanged, ${kept.length} kept as edited, 0 removed, 0 failed; 0 annotated, ${cache.stats.hits + cache.stats.misses} from the cache`;
        try {
          recordUpToDate(cacheDir, {
            cwd,
            seedsDir,
            contentDir,
            seeds: seeds.map((seed) => ({ id: seed.id, stamp: seed.stamp })),
            knownStamp: (file) => cache.recordedStamp(file),
            lines: [...kept.map((file) => keptLine(file, cwd)), summary],
          });
        } catch {
          // Not recorded: the next run does the whole check.
        }
      }
    }
  }
}

/**
 * Tell the cache what each file now holds: generated text (written or found equal) or not (kept, removed).
 * @param cache The cache.
 * @param plan The files of the run, after writing.
 * @param orphans Files removed.
 */
function recordOutputs(cache: AnnotateCache, plan: readonly PlannedFile[], orphans: readonly string[]): void {
  for (const file of plan) {
    if (file.vouched) continue;
    if (file.decision === 'keep-edited' || file.decision === 'keep-reviewed') cache.forgetOutput(file.path);
    else cache.recordOutput(file.path, file.key);
  }
  for (const orphan of orphans) cache.forgetOutput(orphan);
}

/**
 * Plan the entity files: those the cache vouches for are unchanged unread; the others are rendered and compared.
 * @param entities Entities, sorted by id.
 * @param contentDir Content folder.
 * @param cache The cache, if any.
 * @param jobs Threads allowed.
 * @param recorded Entities whose key, when recorded for their file, holds (the same records as when it was recorded).
 * @returns One planned file per entity, in the same order.
 */
function planEntities(entities: readonly EntityRecord[], contentDir: string, cache: AnnotateCache | undefined, jobs: number, recorded: ReadonlySet<EntityRecord>): PlannedFile[] {
  const entitiesDir = `${path.join(contentDir, 'entities')}${path.sep}`;
  const plan: PlannedFile[] = entities.map((entity) => {
    const file = `${entitiesDir}${entity.id}.md`;
    return { path: file, text: '', decision: 'unchanged', key: cache ? entityKeyOf(cache, entity, file, recorded) : '' };
  });
  const pending = plan.flatMap((planned, index) => {
    if (!cache?.outputUnchanged(planned.path, planned.key)) return [index];
    planned.vouched = true;
    return [];
  });
  const texts = pending.map((index) => cache?.renderedEntity((plan[index] as PlannedFile).key));
  const missing = texts.flatMap((text, k) => (text === undefined ? [k] : []));
  const rendered = renderInParallel(missing.map((k) => entities[pending[k] as number] as EntityRecord), 'renderEntityTask', jobs, renderEntity);
  missing.forEach((k, m) => {
    texts[k] = rendered[m] ?? '';
    cache?.storeRenderedEntity((plan[pending[k] as number] as PlannedFile).key, texts[k] as string);
  });
  pending.forEach((index, k) => {
    const planned = plan[index] as PlannedFile;
    const text = texts[k] ?? '';
    plan[index] = { ...planned, text, decision: decideWrite(readIfExists(planned.path), text) };
  });
  return plan;
}

/**
 * An entity file's key: the one recorded for the file when the entity is a record of the same resolution, else computed.
 * @param cache The cache.
 * @param entity The entity.
 * @param file Its file.
 * @param recorded Entities whose recorded key holds.
 * @returns The key (marked in use).
 */
function entityKeyOf(cache: AnnotateCache, entity: EntityRecord, file: string, recorded: ReadonlySet<EntityRecord>): string {
  const key = recorded.has(entity) ? cache.recordedKey(file) : undefined;
  if (key === undefined) return cache.entityKey(entity);
  cache.useEntityKey(key);
  return key;
}

/**
 * Resolve entities across the corpus, or take the last run's resolution when
 * its input was the same (a seed edited without changing its entities or claimants).
 * @param inputs What resolution reads of each article, in id order.
 * @param cache The cache, if any.
 * @returns Each article's resolved entities and claimants, in id order, and the entity records; and the digest of the input (with a cache).
 */
function resolve(inputs: readonly ResolveInput[], cache: AnnotateCache | undefined): { resolution: Resolution; digest: string | undefined } {
  const digest = cache?.resolveDigest(inputs);
  let computed: Resolution | undefined;
  const compute = (): Resolution => {
    if (computed) return computed;
    const result = resolveCorpus(inputs.map(skeletonOf));
    computed = {
      articles: result.articles.map((article) => ({ id: article.id, entities: article.entities, claimants: article.figures.map((figure) => figure.claimant), hash: '' })),
      records: result.entities,
    };
    return computed;
  };
  const known = digest === undefined ? undefined : cache?.resolution(digest, compute);
  if (known) return { resolution: known, digest };
  const resolution = compute();
  if (digest !== undefined) cache?.storeResolution(digest, resolution);
  return { resolution, digest };
}

/**
 * An article as resolution sees it: its id, entities and figure claimants (nothing else is read).
 * @param input What resolution reads.
 * @returns A stand-in article.
 */
function skeletonOf(input: ResolveInput): AnnotatedArticle {
  return {
    id: input.id,
    source: '',
    metadata: { title: '', outlet: null, author: null, published: null },
    countries: [],
    entities: input.entities,
    figures: input.claimants.map((claimant): ArticleFigure => ({ what: '', claimant, asOf: null, quote: '' })),
    paragraphs: [],
  };
}

/**
 * An article's figures with the claimants resolution gave them.
 * @param figures The figures before resolution.
 * @param claimants The resolved claimant of each, in order.
 * @returns The figures, those whose claimant changed copied.
 */
function withClaimants(figures: readonly ArticleFigure[], claimants: ReadonlyArray<string | null>): ArticleFigure[] {
  return figures.map((figure, index) => {
    const claimant = claimants[index] ?? null;
    return figure.claimant === claimant ? figure : { ...figure, claimant };
  });
}

/**
 * Annotate again a seed whose cached annotation is indexed but whose entry is
 * lost or damaged (the annotation is a function of the seed, so it is the
 * same as the one resolution used).
 * @param seed The seed.
 * @param annotation The run's annotation (its knowledge is loaded once).
 * @param knowledgeCache Where the built knowledge is cached.
 * @param cache The cache (the entry is stored again, and the seed counted as annotated).
 * @param onAnnotated Observer of seeds annotated afresh.
 * @returns The article before resolution.
 * @throws SeedError when the seed no longer annotates (it did when it was cached).
 */
function reannotate(
  seed: SeedFile,
  annotation: SeedAnnotation,
  knowledgeCache: KnowledgeCache,
  cache: AnnotateCache | undefined,
  onAnnotated: ((id: string) => void) | undefined,
): AnnotatedArticle {
  annotation.knowledge ??= cachedKnowledge(knowledgeCache.dir, knowledgeCache.store);
  const result = annotateSafely(seedOf(seed), annotation.knowledge);
  if (result instanceof SeedError) throw result;
  onAnnotated?.(seed.id);
  if (cache) {
    cache.stats.hits--;
    cache.stats.misses++;
    cache.storeArticle(seed.key, result);
  }
  return result;
}

/** Where the built knowledge is read from (when its fingerprint is current) and whether a newly built one is stored there. */
interface KnowledgeCache {
  dir: string;
  store: boolean;
}

/** Options of `annotateSeeds`. */
interface AnnotateSeedsOptions {
  cache: AnnotateCache | undefined;
  /** Where the built knowledge is cached, and whether to store it there. */
  knowledgeCache: KnowledgeCache;
  jobs: number;
  onProgress: (index: number, source: string) => void;
  onAnnotated: ((id: string) => void) | undefined;
}

/** What annotating the seeds gives. */
interface SeedAnnotation {
  /** What resolution reads of every usable seed's article, in id order. */
  inputs: ResolveInput[];
  /** Whole articles annotated in this run, by id. */
  fresh: Map<string, AnnotatedArticle>;
  /** One error per unusable seed, in id order. */
  errors: SeedError[];
  /** The id of each error's seed. */
  failedIds: Map<SeedError, string>;
  /** The knowledge, when this thread loaded it. */
  knowledge: Knowledge | undefined;
}

/**
 * Annotate every seed (before resolution): from the cache where it holds the
 * seed, else on worker threads when there are enough seeds, else here.
 * @param seeds The seeds, in id order.
 * @param options Cache, threads and observers.
 * @returns What resolution needs of every article, the fresh articles, and the errors.
 */
function annotateSeeds(seeds: readonly SeedFile[], options: AnnotateSeedsOptions): SeedAnnotation {
  const results: Array<ResolveInput | SeedError | undefined> = new Array(seeds.length);
  const fresh = new Map<string, AnnotatedArticle>();
  let done = 0;
  const settle = (index: number, result: ResolveInput | AnnotatedArticle | SeedError, isFresh: boolean): void => {
    const seed = seeds[index] as SeedFile;
    options.onProgress(done++, seed.source);
    if (!isFresh || result instanceof SeedError) {
      results[index] = result as ResolveInput | SeedError;
      if (isFresh) options.onAnnotated?.(seed.id);
      return;
    }
    const article = result as AnnotatedArticle;
    results[index] = resolveInputOf(article);
    fresh.set(seed.id, article);
    options.onAnnotated?.(seed.id);
    options.cache?.storeArticle(seed.key, article);
  };
  const missing: number[] = [];
  seeds.forEach((seed, index) => {
    const cached = options.cache?.resolveInput(seed.key);
    if (cached) settle(index, cached, false);
    else missing.push(index);
  });

  let knowledge: Knowledge | undefined;
  const threads = Math.min(options.jobs, Math.floor(missing.length / ITEMS_PER_WORKER.annotate));
  if (threads >= 2) {
    try {
      // This thread annotates too, beside one worker fewer: it has loaded the annotator already.
      parallelMap<Seed, AnnotatedArticle | SeedError>(
        missing.map((index) => seedOf(seeds[index] as SeedFile)),
        {
          module: TASKS_MODULE,
          task: 'annotateTask',
          taskArgs: [options.knowledgeCache.dir, options.knowledgeCache.store],
          workers: threads - 1,
          local: (seed) => {
            knowledge ??= cachedKnowledge(options.knowledgeCache.dir, options.knowledgeCache.store);
            return annotateSafely(seed, knowledge);
          },
          onOutcome: (outcome) => {
            const index = missing[outcome.index] as number;
            settle(index, 'ok' in outcome ? outcome.ok : seedErrorOf(outcome.error, seedOf(seeds[index] as SeedFile)), true);
          },
        },
      );
    } catch (error) {
      if (!(error instanceof WorkerPoolError)) throw error;
      // Threads unavailable: what they did not finish is annotated here.
    }
  }
  for (const index of missing) {
    if (results[index] !== undefined) continue;
    knowledge ??= cachedKnowledge(options.knowledgeCache.dir, options.knowledgeCache.store);
    settle(index, annotateSafely(seedOf(seeds[index] as SeedFile), knowledge), true);
  }
  const inputs: ResolveInput[] = [];
  const errors: SeedError[] = [];
  const failedIds = new Map<SeedError, string>();
  results.forEach((result, index) => {
    if (result instanceof SeedError) {
      errors.push(result);
      failedIds.set(result, (seeds[index] as SeedFile).id);
    } else if (result) inputs.push(result);
  });
  return { inputs, fresh, errors, failedIds, knowledge };
}

/**
 * The seed of a seed file, its bytes read on first use.
 * @param seed The seed file.
 * @returns The seed as the annotator takes it.
 */
function seedOf(seed: SeedFile): Seed {
  seed.bytes ??= readFileSync(seed.file);
  return { id: seed.id, source: seed.source, bytes: seed.bytes };
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
 * Message of an unknown thrown value.
 * @param error Anything thrown.
 * @returns Its message.
 */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}

/**
 * List every `.txt` file of a folder, sorted by name. A seed the cache's index
 * vouches for (same size and times as when it was read) is not read; the others are read and hashed.
 * @param dir Absolute folder.
 * @param cwd Folder paths are shown relative to.
 * @param cache The cache, if any.
 * @returns Seed files, in id order.
 */
function listSeeds(dir: string, cwd: string, cache: AnnotateCache | undefined): SeedFile[] {
  const dirPrefix = `${path.resolve(dir)}${path.sep}`;
  const relativeDir = toPosix(path.relative(cwd, dir));
  const sourcePrefix = relativeDir === '' ? '' : `${relativeDir}/`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort()
    .map((id) => {
      const file = `${dirPrefix}${id}.txt`;
      const seed: SeedFile = { id, source: `${sourcePrefix}${id}.txt`, file, key: '', seedHash: '', bytes: undefined, stamp: undefined, indexed: false };
      if (!cache) {
        seed.bytes = readFileSync(file);
        seed.seedHash = shortHash(seed.bytes);
        return seed;
      }
      const stamp: FileStamp = stampOf(statSync(file));
      seed.stamp = stamp;
      const indexed = cache.indexedSeed(seed.source, stamp);
      if (indexed) {
        seed.indexed = true;
        seed.key = indexed.key;
        seed.seedHash = indexed.seedHash;
      } else {
        const full = seedOf(seed);
        seed.key = cache.keyOf(full);
        seed.seedHash = shortHash(full.bytes);
      }
      cache.indexSeed(seed.source, stamp, seed.key, seed.seedHash);
      return seed;
    });
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
    if (file.decision === 'keep-edited' || file.decision === 'keep-reviewed') out.log(keptLine(file, cwd));
  }
  for (const orphan of orphans) rmSync(orphan);
  out.log(
    `annotate: ${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged, ` +
      `${counts['keep-edited'] + counts['keep-reviewed']} kept as edited, ${orphans.length} removed, ${errorCount} failed${suffix}`,
  );
  return errorCount > 0 ? 1 : 0;
}

/**
 * @param file A file kept as edited or reviewed.
 * @param cwd Folder paths are shown relative to.
 * @returns The line saying so.
 */
function keptLine(file: PlannedFile, cwd: string): string {
  const why = file.decision === 'keep-edited' ? 'edited by hand' : 'marked reviewed';
  const stale = file.seedChanged ? '; its seed has changed since, review it against the seed' : '';
  return `kept ${relative(cwd, file.path)} (${why}${stale})`;
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
