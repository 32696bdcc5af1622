/**
 * The annotate command's content-hash cache: an unchanged seed is not read,
 * hashed or annotated again, an article or entity whose resolved data did not
 * change is not rendered again, and an output file unchanged since this cache
 * wrote it is not read again.
 *
 *   <dir>/index.json           what a run after one changed seed needs (annotate-index.ts,
 *   <dir>/index.journal        with the journal of each run's changes):
 *                              each seed's size and times -> its key and hash (so an
 *                              unchanged seed is not read), each article's entities and
 *                              claimants before resolution (all that resolution reads),
 *                              and each output file's size and times -> the key of what
 *                              was written (so an unchanged file is not read)
 *   <dir>/resolution-<digest>.json  the last resolution, named by the digest of its input
 *   <dir>/articles/<key>.v8    one per seed: its whole annotation before resolution,
 *                              and its last rendering (with the key of what was rendered)
 *   <dir>/entities.v8          entity renderings by the hash of the entity
 *   <dir>/knowledge.v8         the built knowledge, with the fingerprint it was built under
 *   <dir>/parsed-yaml.v8       the knowledge files the pipeline parses itself, as parsed (same fingerprint)
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
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from './source-files.ts';
import { deserialize, serialize } from 'node:v8';
import type { Seed } from '../pipeline/index.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type Knowledge } from '../pipeline/knowledge.ts';
import { defaultOutletIndex } from '../pipeline/lib/outlets.ts';
import { parsedYamlFiles, useParsedYamlFiles } from '../pipeline/lib/yaml-files.ts';
import { loadMeasureVocabulary } from '../pipeline/measure-vocabulary.ts';
import type { AnnotatedArticle, ArticleEntity, EntityRecord } from '../pipeline/types.ts';
import { annotatorFingerprint } from './annotator-fingerprint.ts';
import {
  entityLookup,
  entityTable,
  lazyInput,
  readIndexFiles,
  saveIndexFiles,
  storedEntity,
  type FileStamp,
  type IndexDelta,
  type LoadedIndex,
  type ResolveInput,
  type StoredEntity,
} from './annotate-index.ts';

export { annotatorFingerprint } from './annotator-fingerprint.ts';
export type { FileStamp, ResolveInput } from './annotate-index.ts';

/** What is stored for one seed. */
interface ArticleEntry {
  article: AnnotatedArticle;
  /** The last rendering of the resolved article, keyed by the hash of its input. */
  rendered?: { key: string; text: string };
}

/** What resolution gave for a corpus: each article's entities and claimants, and the entity records. */
export interface Resolution {
  /** Per article, in id order (`hash` unused: empty). */
  articles: ResolveInput[];
  records: EntityRecord[];
}

/**
 * A resolution file: its own entity table, records as numbers into it, and
 * each article's id and the JSON text of `[entity numbers, claimants]`,
 * decoded only for the articles rendered again.
 */
interface StoredResolution {
  entities: StoredEntity[];
  ids: string[];
  details: string[];
  records: number[];
}

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
  private readonly contentDir: string;
  /** Output paths under the content folder start with this and are keyed without it. */
  private readonly contentPrefix: string;
  private readonly loaded: LoadedIndex;
  private readonly changedSeeds = new Set<string>();
  private readonly changedArticles = new Set<string>();
  private readonly changedOutputs = new Set<string>();
  private renderedUnderChanged = false;
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly dirty = new Set<string>();
  private readonly usedKeys = new Set<string>();
  private readonly usedSeeds = new Set<string>();
  private readonly usedOutputs = new Set<string>();
  private entityTexts: Map<string, string> | undefined;
  private readonly usedEntityKeys = new Set<string>();
  private entitiesDirty = false;
  /** A resolution to write, under its digest. */
  private newResolution: { digest: string; resolution: Resolution } | undefined;
  private readonly readResolutions = new Map<string, Resolution | undefined>();

  /**
   * @param dir The cache folder (created on save).
   * @param contentDir The absolute content folder the run writes into (output paths are stored relative to it).
   * @param fingerprint The annotator's fingerprint; `annotatorFingerprint()` by default.
   */
  constructor(dir: string, contentDir: string, fingerprint: string = annotatorFingerprint()) {
    this.dir = dir;
    this.fingerprint = fingerprint;
    this.contentDir = path.resolve(contentDir);
    this.contentPrefix = `${this.contentDir}${path.sep}`;
    this.loaded = readIndexFiles(dir, fingerprint, this.contentDir);
  }

  /**
   * A seed's key and hash from the index, when the file is the one indexed.
   * @param source The seed's path as written into its article.
   * @param stamp The seed file's stamp now.
   * @returns Its key and hash, or undefined when the seed must be read.
   */
  indexedSeed(source: string, stamp: FileStamp): { key: string; seedHash: string } | undefined {
    const line = this.loaded.state.seeds.get(source);
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
    const line = this.loaded.state.seeds.get(source);
    if (line && line.key === key && line.seedHash === seedHash && sameStamp(line, stamp)) return;
    this.loaded.state.seeds.set(source, { ...stampOf(stamp), key, seedHash });
    this.changedSeeds.add(source);
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
    const input = this.loaded.state.articles.get(key);
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
   * @param recompute Resolution run afresh, for an article whose stored entities turn out damaged (it then replaces the file).
   * @returns The resolution, or undefined.
   */
  resolution(digest: string, recompute: () => Resolution): Resolution | undefined {
    if (this.newResolution?.digest === digest) return this.newResolution.resolution;
    if (!this.readResolutions.has(digest)) {
      const repaired = (): Resolution => {
        const resolution = recompute();
        this.newResolution = { digest, resolution };
        return resolution;
      };
      this.readResolutions.set(digest, readResolution(this.resolutionFile(digest), repaired));
    }
    return this.readResolutions.get(digest);
  }

  /**
   * Remember a resolution under the digest of its input.
   * @param digest `resolveDigest` of the input.
   * @param resolution What resolution gave.
   */
  storeResolution(digest: string, resolution: Resolution): void {
    if (this.newResolution?.digest === digest) return;
    this.newResolution = { digest, resolution };
  }

  /**
   * The digest of the resolution input that the article files' recorded keys were computed under.
   * @returns It, or null when unknown.
   */
  renderedUnder(): string | null {
    return this.loaded.state.renderedUnder;
  }

  /**
   * Record under which resolution input this run keyed the article files it recorded (null: none known).
   * @param digest `resolveDigest` of this run's input, or null.
   */
  setRenderedUnder(digest: string | null): void {
    if (this.loaded.state.renderedUnder === digest) return;
    this.loaded.state.renderedUnder = digest;
    this.renderedUnderChanged = true;
  }

  /**
   * The key recorded for an output file, whatever its stamp.
   * @param file Absolute path.
   * @returns The key, or undefined when the file is not recorded.
   */
  recordedKey(file: string): string | undefined {
    return this.loaded.state.outputs.get(this.outputName(file))?.key;
  }

  /**
   * Say how to get what resolution reads of an article whose text in the index
   * turns out damaged (it is then a miss, never an error).
   * @param repair From the seed's key, its resolution input (from the whole cached annotation, or annotated again).
   */
  onDamagedInput(repair: (key: string) => ResolveInput): void {
    this.loaded.repairInput = repair;
  }

  /**
   * The stamp recorded for an output file (after `recordOutput`, the file's stamp now).
   * @param file Absolute path.
   * @returns It, or undefined when the file is not recorded.
   */
  recordedStamp(file: string): FileStamp | undefined {
    return this.loaded.state.outputs.get(this.outputName(file));
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
    this.loaded.state.articles.set(key, resolveInputOf(article));
    this.changedArticles.add(key);
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
    const name = this.outputName(file);
    const line = this.loaded.state.outputs.get(name);
    if (!line || line.key !== key) return false;
    const stamp = stampIfExists(file);
    if (stamp === undefined || !sameStamp(line, stamp)) return false;
    this.usedOutputs.add(name);
    return true;
  }

  /**
   * Record that a file holds what the annotator generated for a key (just written, or found equal).
   * @param file Absolute path.
   * @param key The render key or data hash.
   */
  recordOutput(file: string, key: string): void {
    const stamp = stampIfExists(file);
    if (stamp === undefined) {
      this.forgetOutput(file);
      return;
    }
    const name = this.outputName(file);
    const line = this.loaded.state.outputs.get(name);
    this.usedOutputs.add(name);
    if (line && line.key === key && sameStamp(line, stamp)) return;
    this.loaded.state.outputs.set(name, { ...stampOf(stamp), key });
    this.changedOutputs.add(name);
  }

  /**
   * Forget a file (kept as edited, or removed): it will be read next time.
   * @param file Absolute path.
   */
  forgetOutput(file: string): void {
    const name = this.outputName(file);
    if (this.loaded.state.outputs.delete(name)) this.changedOutputs.add(name);
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
   * Mark an entity key as in use (its key was taken from the index, not computed).
   * @param key `entityKey(entity)`.
   */
  useEntityKey(key: string): void {
    this.usedEntityKeys.add(key);
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
   * Write new and changed entries and the index; when the index is compacted, remove what this run did not use.
   * A cache that cannot be written is not an error: the next run annotates again.
   * @returns Whether everything was saved.
   */
  save(): boolean {
    try {
      const articlesDir = path.join(this.dir, 'articles');
      mkdirSync(articlesDir, { recursive: true });
      for (const key of this.dirty) {
        const entry = this.entries.get(key);
        if (entry) writeAtomically(path.join(articlesDir, `${key}.v8`), serialize(entry));
      }
      if (this.newResolution) {
        writeAtomically(this.resolutionFile(this.newResolution.digest), JSON.stringify(storedResolution(this.newResolution.resolution)));
        for (const name of readdirSync(this.dir)) {
          if (name.startsWith('resolution-') && name !== path.basename(this.resolutionFile(this.newResolution.digest))) rmSync(path.join(this.dir, name), { force: true });
        }
      }
      // What this run did not use is dropped when the index is compacted (between, it is only unused).
      if (saveIndexFiles(this.dir, this.fingerprint, this.contentDir, this.loaded, this.delta(), () => this.pruneIndex())) {
        for (const name of readdirSync(articlesDir)) if (!this.usedKeys.has(name.slice(0, -'.v8'.length))) rmSync(path.join(articlesDir, name), { force: true });
      }
      if (this.entityTexts) {
        const entities = this.entities();
        const unused = [...entities.keys()].filter((key) => !this.usedEntityKeys.has(key));
        for (const key of unused) entities.delete(key);
        if (this.entitiesDirty || unused.length > 0) writeAtomically(path.join(this.dir, 'entities.v8'), serialize(entities));
      }
      this.dirty.clear();
      this.changedSeeds.clear();
      this.changedArticles.clear();
      this.changedOutputs.clear();
      this.renderedUnderChanged = false;
      this.newResolution = undefined;
      this.entitiesDirty = false;
      return true;
    } catch (error) {
      if (process.env.DEBUG_CACHE) console.error('cache save failed', error);
      // A read-only or full disk costs speed, never correctness.
      return false;
    }
  }

  /**
   * @returns What this run changed in the index.
   */
  private delta(): IndexDelta {
    const { seeds, articles, outputs, renderedUnder } = this.loaded.state;
    const delta: IndexDelta = { seeds: {}, articles: {}, outputs: {} };
    for (const source of this.changedSeeds) delta.seeds[source] = seeds.get(source) ?? null;
    for (const key of this.changedArticles) delta.articles[key] = articles.get(key) ?? null;
    for (const name of this.changedOutputs) delta.outputs[name] = outputs.get(name) ?? null;
    if (this.renderedUnderChanged) delta.renderedUnder = renderedUnder;
    return delta;
  }

  /**
   * Drop from the index the seeds, annotations and output files this run did not use.
   */
  private pruneIndex(): void {
    const { seeds, articles, outputs } = this.loaded.state;
    for (const name of [...outputs.names()]) if (!this.usedOutputs.has(name)) outputs.delete(name);
    for (const source of [...seeds.names()]) if (!this.usedSeeds.has(source)) seeds.delete(source);
    for (const key of [...articles.names()]) if (!this.usedKeys.has(key)) articles.delete(key);
  }

  /**
   * @param file Absolute path of an output file.
   * @returns Its name in the index: relative to the content folder when under it.
   */
  private outputName(file: string): string {
    return file.startsWith(this.contentPrefix) ? file.slice(this.contentPrefix.length) : file;
  }

  /**
   * @param digest A resolution digest.
   * @returns The file a resolution with that digest is stored in.
   */
  private resolutionFile(digest: string): string {
    return path.join(this.dir, `resolution-${digest}.json`);
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
 * A resolution as written: its own table of distinct entities.
 * @param resolution The resolution.
 * @returns Plain data for JSON.
 */
function storedResolution(resolution: Resolution): StoredResolution {
  const { entities, numberOf } = entityTable();
  return {
    ids: resolution.articles.map((article) => article.id),
    details: resolution.articles.map((article) => JSON.stringify([article.entities.map(numberOf), article.claimants])),
    records: resolution.records.map(numberOf),
    entities,
  };
}

/**
 * Read a resolution file; each article's entities and claimants are decoded on first use.
 * @param file The file.
 * @param recompute Resolution run afresh, should an article's stored entities be damaged.
 * @returns The resolution, or undefined when absent or damaged.
 */
function readResolution(file: string, recompute: () => Resolution): Resolution | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredResolution> | null;
    if (!Array.isArray(data?.entities) || !Array.isArray(data.ids) || !Array.isArray(data.details) || !Array.isArray(data.records)) return undefined;
    if (data.ids.length !== data.details.length) return undefined;
    const entitiesOf = entityLookup(data.entities);
    const details = data.details;
    const decode = (index: number): { entities: ArticleEntity[]; claimants: Array<string | null> } => {
      try {
        const [numbers, claimants] = JSON.parse(details[index] as string) as [number[], Array<string | null>];
        if (!Array.isArray(claimants)) throw new Error('damaged resolution');
        return { entities: entitiesOf(numbers), claimants };
      } catch {
        const article = recompute().articles[index] as ResolveInput;
        return { entities: article.entities, claimants: article.claimants };
      }
    };
    return {
      articles: data.ids.map((id, index) => lazyInput(id, '', () => decode(index))),
      // A record is copied out of the shared table: the command may add to the records it is given.
      records: entitiesOf(data.records).map((entity) => ({ ...entity, aliases: [...entity.aliases] })),
    };
  } catch {
    return undefined;
  }
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

/** The parsed knowledge files, in the cache folder, apart from the knowledge: a thread that imports the annotator reads them first. */
const PARSED_YAML_FILE = 'parsed-yaml.v8';

/**
 * Hand the pipeline the knowledge files as an earlier run parsed them, when
 * they were stored under the same fingerprint. Some of the annotator's modules
 * read languages.yaml as they load (parsing it took some 45 ms of every
 * thread's start), so this is called before they are imported.
 * @param dir The cache folder, or undefined for none.
 */
export function primeParsedYaml(dir: string | undefined): void {
  if (dir === undefined) return;
  try {
    const stored = deserialize(readFileSync(path.join(dir, PARSED_YAML_FILE))) as { fingerprint?: unknown; yaml?: unknown };
    if (stored.fingerprint === annotatorFingerprint() && typeof stored.yaml === 'object' && stored.yaml !== null) useParsedYamlFiles(stored.yaml as Record<string, unknown>);
  } catch {
    // Absent or unreadable: the files are parsed when read.
  }
}

/**
 * The knowledge, from the cache when it was built from the same files by the
 * same code (the fingerprint), else built (and stored, unless `store` is false).
 * Building reads the packages' city and word lists and the knowledge files
 * (over a second); reading it back takes a few tens of milliseconds, which is
 * what makes a run after one changed seed fast, and what a run that must not
 * write the cache (`--no-cache`, `--check`) still gains by reading it.
 * The parsed outlets.yaml, measures.yaml and languages.yaml are stored beside
 * it (`primeParsedYaml`) and handed back to the pipeline (lib/yaml-files.ts),
 * which then need not parse them.
 * @param dir The cache folder, or undefined for no cache.
 * @param store Whether to store the knowledge when it had to be built.
 * @returns The knowledge.
 */
export function cachedKnowledge(dir: string | undefined, store = true): Knowledge {
  if (dir === undefined) return loadKnowledge();
  const file = path.join(dir, 'knowledge.v8');
  const fingerprint = annotatorFingerprint();
  try {
    const stored = deserialize(readFileSync(file)) as { fingerprint?: unknown; knowledge?: Knowledge };
    if (stored.fingerprint === fingerprint && typeof stored.knowledge === 'object' && stored.knowledge !== null) {
      primeParsedYaml(dir);
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
    writeAtomically(path.join(dir, PARSED_YAML_FILE), serialize({ fingerprint, yaml }));
    writeAtomically(file, serialize({ fingerprint, knowledge }));
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
