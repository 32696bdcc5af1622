/**
 * The annotate command's content-hash cache: an unchanged seed is not read,
 * hashed or annotated again, an article or entity whose resolved data did not
 * change is not rendered again, and an output file unchanged since this cache
 * wrote it is not read again.
 *
 *   <dir>/index.json           what a run after one changed seed needs, in one file:
 *                              each seed's size and times -> its key and hash (so an
 *                              unchanged seed is not read), each article's entities and
 *                              claimants before resolution (all that resolution reads),
 *                              and each output file's size and times -> the key of what
 *                              was written (so an unchanged file is not read)
 *   <dir>/articles/<key>.v8    one per seed: its whole annotation before resolution,
 *                              and its last rendering (with the key of what was rendered)
 *   <dir>/entities.v8          entity renderings by the hash of the entity
 *   <dir>/knowledge.v8         the built knowledge, with the fingerprint it was built under
 *
 * A seed's key hashes the annotator's fingerprint (the source of every module
 * the annotator is made of, the knowledge files, the installed packages'
 * lock file and the Node version), the seed's id and path, and its bytes: any
 * change to any of them is a miss. Annotations are V8-serialized, which keeps
 * the data exactly as the annotator made it (fields set to undefined
 * included), so output from the cache is byte-identical to output without it.
 * The index is JSON (four times faster to read back than V8 for this data) and
 * holds only strings, numbers and null. Entries not used by a run are removed
 * at its end. A damaged entry or index is a miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSourceFiles, writeAtomically } from './source-files.ts';
import { deserialize, serialize } from 'node:v8';
import type { Seed } from '../pipeline/index.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type Knowledge } from '../pipeline/knowledge.ts';
import { defaultOutletIndex } from '../pipeline/lib/outlets.ts';
import { parsedYamlFiles, useParsedYamlFiles } from '../pipeline/lib/yaml-files.ts';
import { loadMeasureVocabulary } from '../pipeline/measure-vocabulary.ts';
import type { AnnotatedArticle, ArticleEntity, EntityRecord } from '../pipeline/types.ts';

/** What is stored for one seed. */
interface ArticleEntry {
  article: AnnotatedArticle;
  /** The last rendering of the resolved article, keyed by the hash of its input. */
  rendered?: { key: string; text: string };
}

/** What resolution reads of an article: its id, its entities, the claimant of each figure. */
export interface ResolveInput {
  id: string;
  entities: ArticleEntity[];
  claimants: Array<string | null>;
  /** A hash of the three, so that a corpus's resolution input is told from another's cheaply. */
  hash: string;
}

/** What resolution gave for a corpus: each article's entities and claimants, and the entity records. */
export interface Resolution {
  /** Per article, in id order (`hash` unused: empty). */
  articles: ResolveInput[];
  records: EntityRecord[];
}

/** A file's identity on disk: if all of these are the same, the file was not written since. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** A seed's line in the index. */
interface SeedLine extends FileStamp {
  key: string;
  /** `shortHash` of the seed's bytes, as written into its article. */
  seedHash: string;
}

/** An output file's line in the index. */
interface OutputLine extends FileStamp {
  /** The render key (article) or data hash (entity) of what was written. */
  key: string;
}

/** The index in memory. */
interface IndexData {
  version: number;
  fingerprint: string;
  seeds: Record<string, SeedLine>;
  articles: Record<string, ResolveInput>;
  outputs: Record<string, OutputLine>;
  /** The last resolution, under the digest of its input (`resolveDigest`). */
  resolved?: { digest: string; resolution: Resolution };
}

/** An entity as the index file writes it: `[id, name, type, aliases, country or null]`. */
type StoredEntity = [string, string, string, string[], string | null];

/**
 * The index file: each distinct entity written once (an entity recurs in
 * thousands of articles), articles as `[id, entity numbers, claimants]`.
 */
interface StoredIndex {
  version: number;
  fingerprint: string;
  seeds: Record<string, SeedLine>;
  entities: StoredEntity[];
  articles: Record<string, [string, number[], Array<string | null>, string]>;
  outputs: Record<string, OutputLine>;
  resolved?: { digest: string; articles: Array<[string, number[], Array<string | null>]>; records: number[] };
}

/** Version of the index layout. */
const INDEX_VERSION = 3;

/** The annotator modules whose import graph makes the fingerprint. */
const ANNOTATOR_ENTRY_POINTS = ['../pipeline/index.ts', '../pipeline/stages/write.ts', './annotate-tasks.ts'];

/** Counts of a run, for the summary line. */
export interface CacheStats {
  /** Seeds served from the cache. */
  hits: number;
  /** Seeds annotated in this run. */
  misses: number;
}

/** The cache of one run. */
export class AnnotateCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly dir: string;
  private readonly fingerprint: string;
  private readonly index: IndexData;
  private indexDirty = false;
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly dirty = new Set<string>();
  private readonly usedKeys = new Set<string>();
  private readonly usedSeeds = new Set<string>();
  private readonly usedOutputs = new Set<string>();
  private entityTexts: Map<string, string> | undefined;
  private readonly usedEntityKeys = new Set<string>();
  private entitiesDirty = false;

  /**
   * @param dir The cache folder (created on save).
   * @param fingerprint The annotator's fingerprint; `annotatorFingerprint()` by default.
   */
  constructor(dir: string, fingerprint: string = annotatorFingerprint()) {
    this.dir = dir;
    this.fingerprint = fingerprint;
    this.index = readIndex(path.join(dir, 'index.json'), fingerprint);
  }

  /**
   * A seed's key and hash from the index, when the file is the one indexed.
   * @param source The seed's path as written into its article.
   * @param stamp The seed file's stamp now.
   * @returns Its key and hash, or undefined when the seed must be read.
   */
  indexedSeed(source: string, stamp: FileStamp): { key: string; seedHash: string } | undefined {
    const line = this.index.seeds[source];
    return line && sameStamp(line, stamp) ? { key: line.key, seedHash: line.seedHash } : undefined;
  }

  /**
   * Record a seed's key and hash under its stamp.
   * @param source The seed's path.
   * @param stamp Its stamp.
   * @param key `keyOf` its bytes.
   * @param seedHash `shortHash` of its bytes.
   */
  indexSeed(source: string, stamp: FileStamp, key: string, seedHash: string): void {
    this.usedSeeds.add(source);
    const line = this.index.seeds[source];
    if (line && line.key === key && line.seedHash === seedHash && sameStamp(line, stamp)) return;
    this.index.seeds[source] = { ...stampOf(stamp), key, seedHash };
    this.indexDirty = true;
  }

  /**
   * The key of a seed's bytes.
   * @param seed The seed.
   * @returns A hex digest of the fingerprint, the seed's id, path and bytes.
   */
  keyOf(seed: Seed): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(seed.id).update('\0').update(seed.source).update('\0').update(seed.bytes).digest('hex').slice(0, 40);
  }

  /**
   * What resolution needs of a cached annotation.
   * @param key The seed's key.
   * @returns It, or undefined on a miss (counted).
   */
  resolveInput(key: string): ResolveInput | undefined {
    this.usedKeys.add(key);
    const input = this.index.articles[key];
    if (input) this.stats.hits++;
    else this.stats.misses++;
    return input;
  }

  /**
   * The digest of a corpus's resolution input: the same digest, the same resolution.
   * @param inputs What resolution reads of each article, in id order.
   * @returns A hex digest.
   */
  resolveDigest(inputs: readonly ResolveInput[]): string {
    return createHash('sha256').update(inputs.map((input) => input.hash).join('\0')).digest('hex').slice(0, 40);
  }

  /**
   * The last resolution, when its input was the same (after a seed edit that
   * changed no entity and no claimant, resolution need not run again).
   * @param digest `resolveDigest` of this run's input.
   * @returns The resolution, or undefined.
   */
  resolution(digest: string): Resolution | undefined {
    return this.index.resolved?.digest === digest ? this.index.resolved.resolution : undefined;
  }

  /**
   * Remember a resolution under the digest of its input.
   * @param digest `resolveDigest` of the input.
   * @param resolution What resolution gave.
   */
  storeResolution(digest: string, resolution: Resolution): void {
    if (this.index.resolved?.digest === digest) return;
    this.index.resolved = { digest, resolution };
    this.indexDirty = true;
  }

  /**
   * The whole cached annotation of a seed.
   * @param key The seed's key.
   * @returns The article before resolution, or undefined when the entry is absent or damaged.
   */
  article(key: string): AnnotatedArticle | undefined {
    this.usedKeys.add(key);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.readEntry(key);
      if (entry) this.entries.set(key, entry);
    }
    return entry?.article;
  }

  /**
   * Remember a seed's fresh annotation.
   * @param key The seed's key.
   * @param article Its annotation before resolution.
   */
  storeArticle(key: string, article: AnnotatedArticle): void {
    this.usedKeys.add(key);
    this.entries.set(key, { article });
    this.dirty.add(key);
    this.index.articles[key] = resolveInputOf(article);
    this.indexDirty = true;
  }

  /**
   * The cached rendering of a resolved article.
   * @param key The seed's key.
   * @param renderKey `renderKey(...)` of the resolved article.
   * @returns The Markdown, or undefined when the article rendered last time differs.
   */
  renderedArticle(key: string, renderKey: string): string | undefined {
    if (!this.article(key)) return undefined;
    const rendered = this.entries.get(key)?.rendered;
    return rendered?.key === renderKey ? rendered.text : undefined;
  }

  /**
   * Remember an article's rendering.
   * @param key The seed's key (whose annotation is in the cache).
   * @param renderKey The render key.
   * @param text The Markdown.
   */
  storeRenderedArticle(key: string, renderKey: string, text: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.rendered = { key: renderKey, text };
    this.dirty.add(key);
  }

  /**
   * Whether an output file is exactly what this cache recorded writing for the same key.
   * @param file The file's absolute path.
   * @param key The render key or data hash of what would be written now.
   * @returns True when it need not be read: same key, and the file untouched since.
   */
  outputUnchanged(file: string, key: string): boolean {
    const line = this.index.outputs[file];
    if (!line || line.key !== key) return false;
    const stamp = stampIfExists(file);
    if (stamp === undefined || !sameStamp(line, stamp)) return false;
    this.usedOutputs.add(file);
    return true;
  }

  /**
   * Record that a file holds what the annotator generated for a key (just written, or found equal).
   * @param file Absolute path.
   * @param key The render key or data hash.
   */
  recordOutput(file: string, key: string): void {
    const stamp = stampIfExists(file);
    const line = this.index.outputs[file];
    if (stamp === undefined) {
      this.forgetOutput(file);
      return;
    }
    this.usedOutputs.add(file);
    if (line && line.key === key && sameStamp(line, stamp)) return;
    this.index.outputs[file] = { ...stampOf(stamp), key };
    this.indexDirty = true;
  }

  /**
   * Forget a file (kept as edited, or removed): it will be read next time.
   * @param file Absolute path.
   */
  forgetOutput(file: string): void {
    if (!(file in this.index.outputs)) return;
    delete this.index.outputs[file];
    this.indexDirty = true;
  }

  /**
   * The key an entity's rendering is cached and recorded under; marks the rendering as still in use.
   * @param entity The entity.
   * @returns A hex digest of the annotator's fingerprint and the entity.
   */
  entityKey(entity: EntityRecord): string {
    const key = createHash('sha256').update(this.fingerprint).update('\0').update(canonicalJson(entity)).digest('hex').slice(0, 40);
    this.usedEntityKeys.add(key);
    return key;
  }

  /**
   * The cached rendering of an entity file.
   * @param key `entityKey(entity)`.
   * @returns The Markdown, or undefined.
   */
  renderedEntity(key: string): string | undefined {
    return this.entities().get(key);
  }

  /**
   * Remember an entity file's rendering.
   * @param key `entityKey(entity)`.
   * @param text The Markdown.
   */
  storeRenderedEntity(key: string, text: string): void {
    if (this.entities().get(key) === text) return;
    this.entities().set(key, text);
    this.entitiesDirty = true;
  }

  /**
   * Write new and changed entries and the index, and remove what this run did not use.
   * A cache that cannot be written is not an error: the next run annotates again.
   */
  save(): void {
    try {
      const articlesDir = path.join(this.dir, 'articles');
      mkdirSync(articlesDir, { recursive: true });
      for (const key of this.dirty) {
        const entry = this.entries.get(key);
        if (entry) writeAtomically(path.join(articlesDir, `${key}.v8`), serialize(entry));
      }
      for (const name of readdirSync(articlesDir)) if (!this.usedKeys.has(name.replace(/\.v8$/, ''))) rmSync(path.join(articlesDir, name), { force: true });
      this.pruneIndex();
      if (this.indexDirty) writeAtomically(path.join(this.dir, 'index.json'), JSON.stringify(storedIndex(this.index)));
      if (this.entityTexts) {
        const entities = this.entities();
        const unused = [...entities.keys()].filter((key) => !this.usedEntityKeys.has(key));
        for (const key of unused) entities.delete(key);
        if (this.entitiesDirty || unused.length > 0) writeAtomically(path.join(this.dir, 'entities.v8'), serialize(entities));
      }
      this.dirty.clear();
      this.entitiesDirty = false;
      this.indexDirty = false;
    } catch (error) {
      if (process.env.DEBUG_CACHE) console.error('cache save failed', error);
      // A read-only or full disk costs speed, never correctness.
    }
  }

  /**
   * Drop from the index the seeds, annotations and output files this run did not use.
   */
  private pruneIndex(): void {
    for (const file of Object.keys(this.index.outputs)) {
      if (this.usedOutputs.has(file)) continue;
      delete this.index.outputs[file];
      this.indexDirty = true;
    }
    for (const source of Object.keys(this.index.seeds)) {
      if (this.usedSeeds.has(source)) continue;
      delete this.index.seeds[source];
      this.indexDirty = true;
    }
    for (const key of Object.keys(this.index.articles)) {
      if (this.usedKeys.has(key)) continue;
      delete this.index.articles[key];
      this.indexDirty = true;
    }
  }

  /**
   * @param key An entry's key.
   * @returns The stored entry, or undefined when absent or unreadable.
   */
  private readEntry(key: string): ArticleEntry | undefined {
    try {
      const entry = deserialize(readFileSync(path.join(this.dir, 'articles', `${key}.v8`))) as ArticleEntry;
      return typeof entry === 'object' && entry !== null && typeof entry.article === 'object' ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * @returns The entity renderings, read on first use.
   */
  private entities(): Map<string, string> {
    if (!this.entityTexts) {
      this.entityTexts = new Map();
      try {
        const stored = deserialize(readFileSync(path.join(this.dir, 'entities.v8'))) as unknown;
        if (stored instanceof Map) for (const [key, text] of stored) if (typeof key === 'string' && typeof text === 'string') this.entityTexts.set(key, text);
      } catch {
        // No entities cached yet.
      }
    }
    return this.entityTexts;
  }
}

/**
 * What resolution reads of an annotated article.
 * @param article The article.
 * @returns Its id, entities and figure claimants.
 */
export function resolveInputOf(article: AnnotatedArticle): ResolveInput {
  const claimants = article.figures.map((figure) => figure.claimant);
  const stored = [article.id, article.entities.map(storedEntity), claimants];
  return { id: article.id, entities: article.entities, claimants, hash: createHash('sha256').update(JSON.stringify(stored)).digest('hex').slice(0, 32) };
}

/**
 * @param entity An entity or record.
 * @returns It as the index file writes it.
 */
function storedEntity(entity: ArticleEntity | EntityRecord): StoredEntity {
  return [entity.id, entity.name, entity.type, entity.aliases, entity.country ?? null];
}

/**
 * Read the index; anything unreadable, of another layout or another annotator is an empty index.
 * @param file The index file.
 * @param fingerprint The annotator's fingerprint.
 * @returns The index, with one object per distinct entity shared by the articles naming it.
 */
function readIndex(file: string, fingerprint: string): IndexData {
  const empty: IndexData = { version: INDEX_VERSION, fingerprint, seeds: {}, articles: {}, outputs: {} };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredIndex> | null;
    if (data?.version !== INDEX_VERSION || data.fingerprint !== fingerprint) return empty;
    const isRecord = (value: unknown): value is Record<string, never> => typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!isRecord(data.seeds) || !isRecord(data.articles) || !isRecord(data.outputs) || !Array.isArray(data.entities)) return empty;
    const entities = data.entities.map(([id, name, type, aliases, country]): ArticleEntity => {
      const entity: ArticleEntity = { id, name, type: type as ArticleEntity['type'], aliases };
      if (country !== null) entity.country = country;
      return entity;
    });
    const entitiesOf = (numbers: readonly number[]): ArticleEntity[] => {
      if (!numbers.every((number) => entities[number] !== undefined)) throw new Error('damaged index');
      return numbers.map((number) => entities[number] as ArticleEntity);
    };
    const articles: Record<string, ResolveInput> = {};
    for (const [key, [id, numbers, claimants, hash]] of Object.entries(data.articles as StoredIndex['articles'])) {
      articles[key] = { id, entities: entitiesOf(numbers), claimants, hash };
    }
    const index: IndexData = { version: INDEX_VERSION, fingerprint, seeds: data.seeds, articles, outputs: data.outputs };
    const resolved = data.resolved;
    if (resolved) {
      const resolution: Resolution = {
        articles: resolved.articles.map(([id, numbers, claimants]) => ({ id, entities: entitiesOf(numbers), claimants, hash: '' })),
        // A record is copied out of the shared table: the command may add to the records it is given.
        records: entitiesOf(resolved.records).map((entity) => ({ ...entity, aliases: [...entity.aliases] })),
      };
      index.resolved = { digest: resolved.digest, resolution };
    }
    return index;
  } catch {
    return empty;
  }
}

/**
 * The index as written: each distinct entity once.
 * @param index The index in memory.
 * @returns Plain data for JSON.
 */
function storedIndex(index: IndexData): StoredIndex {
  const entities: StoredEntity[] = [];
  const byObject = new Map<ArticleEntity | EntityRecord, number>();
  const byContent = new Map<string, number>();
  const numberOf = (entity: ArticleEntity | EntityRecord): number => {
    let number = byObject.get(entity);
    if (number !== undefined) return number;
    const stored = storedEntity(entity);
    const content = JSON.stringify(stored);
    number = byContent.get(content);
    if (number === undefined) {
      number = entities.length;
      entities.push(stored);
      byContent.set(content, number);
    }
    byObject.set(entity, number);
    return number;
  };
  const articles: StoredIndex['articles'] = {};
  for (const [key, input] of Object.entries(index.articles)) articles[key] = [input.id, input.entities.map(numberOf), input.claimants, input.hash];
  const stored: StoredIndex = { version: INDEX_VERSION, fingerprint: index.fingerprint, seeds: index.seeds, entities, articles, outputs: index.outputs };
  if (index.resolved) {
    const { digest, resolution } = index.resolved;
    stored.resolved = {
      digest,
      articles: resolution.articles.map((article) => [article.id, article.entities.map(numberOf), article.claimants]),
      records: resolution.records.map(numberOf),
    };
  }
  return stored;
}

/**
 * @param stats A file's stats.
 * @returns Its stamp.
 */
export function stampOf(stats: FileStamp | Stats): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs };
}

/**
 * @param file Absolute path.
 * @returns Its stamp, or undefined when there is no such file.
 */
function stampIfExists(file: string): FileStamp | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? stampOf(stats) : undefined;
}

/**
 * @param a A stamp.
 * @param b Another.
 * @returns Whether they are the same (size, modification and change times).
 */
function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/**
 * The knowledge, from the cache when it was built from the same files by the
 * same code (the fingerprint), else built (and stored, unless `store` is false).
 * Building reads the packages' city and word lists and the knowledge files
 * (over a second); reading it back takes a few tens of milliseconds, which is
 * what makes a run after one changed seed fast, and what a run that must not
 * write the cache (`--no-cache`, `--check`) still gains by reading it.
 * The parsed outlets.yaml and measures.yaml are stored with it and handed
 * back to the pipeline (lib/yaml-files.ts), which then need not parse them.
 * @param dir The cache folder, or undefined for no cache.
 * @param store Whether to store the knowledge when it had to be built.
 * @returns The knowledge.
 */
export function cachedKnowledge(dir: string | undefined, store = true): Knowledge {
  if (dir === undefined) return loadKnowledge();
  const file = path.join(dir, 'knowledge.v8');
  const fingerprint = annotatorFingerprint();
  try {
    const stored = deserialize(readFileSync(file)) as { fingerprint?: unknown; knowledge?: Knowledge; yaml?: unknown };
    if (stored.fingerprint === fingerprint && typeof stored.knowledge === 'object' && stored.knowledge !== null) {
      if (typeof stored.yaml === 'object' && stored.yaml !== null) useParsedYamlFiles(stored.yaml as Record<string, unknown>);
      return stored.knowledge;
    }
  } catch {
    // Absent or unreadable: build it.
  }
  const knowledge = loadKnowledge();
  if (!store) return knowledge;
  try {
    // The other data files every annotation reads, parsed now to be stored (the fingerprint covers them too).
    defaultOutletIndex();
    loadMeasureVocabulary();
    mkdirSync(dir, { recursive: true });
    // Only files of the knowledge folder, which the fingerprint covers.
    const yaml = Object.fromEntries(Object.entries(parsedYamlFiles()).filter(([parsed]) => parsed.startsWith(path.resolve(DEFAULT_KNOWLEDGE_DIR) + path.sep)));
    writeAtomically(file, serialize({ fingerprint, knowledge, yaml }));
  } catch {
    // The next run builds it again.
  }
  return knowledge;
}

/**
 * The key of a rendering: what is rendered, exactly. Everything of an article
 * but its entities and claimants is fixed by its seed's key (the annotation
 * is a function of the seed and the annotator); resolution changes only those.
 * @param seedKey The seed's cache key (or, without a cache, a hash of the annotation).
 * @param seedHash The seed hash written into the article.
 * @param resolved The resolved entities and claimants.
 * @returns A hex digest.
 */
export function renderKey(seedKey: string, seedHash: string, resolved: { entities: readonly ArticleEntity[]; claimants: ReadonlyArray<string | null> }): string {
  const parts = [seedKey, seedHash];
  for (const entity of resolved.entities) parts.push(`${entity.id}\u0001${entity.name}\u0001${entity.type}\u0001${entity.country ?? ''}\u0001${entity.aliases.join('\u0002')}`);
  parts.push('');
  for (const claimant of resolved.claimants) parts.push(claimant === null ? '\u0003' : `\u0004${claimant}`);
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 40);
}

/**
 * JSON that also tells a field set to undefined from an absent one.
 * @param value Plain data.
 * @returns Its text.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item === undefined ? '\u0000undefined' : item)) ?? '';
}

let fingerprintMemo: string | undefined;

/**
 * The annotator's fingerprint: a hash of every source file the annotator's
 * modules import (followed through relative imports), the knowledge folder,
 * the lock file of installed packages and the Node version.
 * @returns A hex digest (computed once per process).
 */
export function annotatorFingerprint(): string {
  if (fingerprintMemo !== undefined) return fingerprintMemo;
  const hash = createHash('sha256').update(process.version);
  const here = path.dirname(fileURLToPath(import.meta.url));
  hashSourceFiles(hash, here, ANNOTATOR_ENTRY_POINTS);
  if (existsSync(DEFAULT_KNOWLEDGE_DIR)) {
    for (const name of readdirSync(DEFAULT_KNOWLEDGE_DIR).sort()) {
      const file = path.join(DEFAULT_KNOWLEDGE_DIR, name);
      hash.update(`\0knowledge/${name}\0`);
      try {
        hash.update(readFileSync(file));
      } catch {
        // A folder or unreadable entry: its name is enough.
      }
    }
  }
  fingerprintMemo = hash.digest('hex');
  return fingerprintMemo;
}


