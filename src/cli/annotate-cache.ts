/**
 * The annotate command's content-hash cache: an unchanged seed is not
 * annotated again, and an article or entity whose resolved data did not
 * change is not rendered again.
 *
 *   <dir>/articles/<key>.v8   one per seed: its annotation before resolution,
 *                              and its last rendering (with the hash of what was rendered)
 *   <dir>/entities.v8          entity renderings by the hash of the entity
 *   <dir>/knowledge.v8         the built knowledge, with the fingerprint it was built under
 *
 * A seed's key hashes the annotator's fingerprint (the source of every module
 * the annotator is made of, the knowledge files, the installed packages'
 * lock file and the Node version), the seed's id and path, and its bytes: any
 * change to any of them is a miss. Entries are V8-serialized, which keeps the
 * data exactly as the annotator made it (fields set to undefined included),
 * so output from the cache is byte-identical to output without it. Entries
 * not used by a run are removed at its end. A damaged entry is a miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Seed } from '../pipeline/index.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type Knowledge } from '../pipeline/knowledge.ts';
import type { AnnotatedArticle, EntityRecord } from '../pipeline/types.ts';

/** What is stored for one seed. */
interface ArticleEntry {
  article: AnnotatedArticle;
  /** The last rendering of the resolved article, keyed by the hash of its input. */
  rendered?: { key: string; text: string };
}

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
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly dirty = new Set<string>();
  private readonly keyBySeed = new Map<Seed, string>();
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
  }

  /**
   * The cached annotation of a seed.
   * @param seed The seed.
   * @returns The article before resolution, or undefined on a miss.
   */
  article(seed: Seed): AnnotatedArticle | undefined {
    const key = this.keyOf(seed);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.readEntry(key);
      if (entry) this.entries.set(key, entry);
    }
    if (entry) this.stats.hits++;
    else this.stats.misses++;
    return entry?.article;
  }

  /**
   * Remember a seed's fresh annotation.
   * @param seed The seed.
   * @param article Its annotation before resolution.
   */
  storeArticle(seed: Seed, article: AnnotatedArticle): void {
    const key = this.keyOf(seed);
    this.entries.set(key, { article });
    this.dirty.add(key);
  }

  /**
   * The cached rendering of a resolved article.
   * @param seed Its seed.
   * @param renderKey `renderKey(article, seedHash)`.
   * @returns The Markdown, or undefined when the article rendered last time differs.
   */
  renderedArticle(seed: Seed, renderKey: string): string | undefined {
    const rendered = this.entries.get(this.keyOf(seed))?.rendered;
    return rendered?.key === renderKey ? rendered.text : undefined;
  }

  /**
   * Remember an article's rendering.
   * @param seed Its seed (whose annotation is in the cache).
   * @param renderKey `renderKey(article, seedHash)`.
   * @param text The Markdown.
   */
  storeRenderedArticle(seed: Seed, renderKey: string, text: string): void {
    const key = this.keyOf(seed);
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.rendered = { key: renderKey, text };
    this.dirty.add(key);
  }

  /**
   * The cached rendering of an entity file.
   * @param entity The entity.
   * @returns The Markdown, or undefined.
   */
  renderedEntity(entity: EntityRecord): string | undefined {
    const key = dataHash(entity);
    this.usedEntityKeys.add(key);
    return this.entities().get(key);
  }

  /**
   * Remember an entity file's rendering.
   * @param entity The entity.
   * @param text The Markdown.
   */
  storeRenderedEntity(entity: EntityRecord, text: string): void {
    const key = dataHash(entity);
    this.usedEntityKeys.add(key);
    if (this.entities().get(key) === text) return;
    this.entities().set(key, text);
    this.entitiesDirty = true;
  }

  /**
   * Write new and changed entries, and remove those this run did not use.
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
      const used = new Set([...this.keyBySeed.values()].map((key) => `${key}.v8`));
      for (const name of readdirSync(articlesDir)) if (!used.has(name)) rmSync(path.join(articlesDir, name), { force: true });
      const entities = this.entities();
      const unused = [...entities.keys()].filter((key) => !this.usedEntityKeys.has(key));
      for (const key of unused) entities.delete(key);
      if (this.entitiesDirty || unused.length > 0) writeAtomically(path.join(this.dir, 'entities.v8'), serialize(entities));
      this.dirty.clear();
      this.entitiesDirty = false;
    } catch (error) {
      if (process.env.DEBUG_CACHE) console.error('cache save failed', error);
      // A read-only or full disk costs speed, never correctness.
    }
  }

  /**
   * @param seed A seed.
   * @returns Its cache key (memoised per seed object).
   */
  private keyOf(seed: Seed): string {
    let key = this.keyBySeed.get(seed);
    if (key === undefined) {
      key = createHash('sha256').update(this.fingerprint).update('\0').update(seed.id).update('\0').update(seed.source).update('\0').update(seed.bytes).digest('hex').slice(0, 40);
      this.keyBySeed.set(seed, key);
    }
    return key;
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
 * The knowledge, from the cache when it was built from the same files by the
 * same code (the fingerprint), else built and stored. Building reads the
 * packages' city and word lists (about a second); reading it back takes a few
 * milliseconds, which is what makes a run after one changed seed fast.
 * @param dir The cache folder, or undefined for no cache.
 * @returns The knowledge.
 */
export function cachedKnowledge(dir: string | undefined): Knowledge {
  if (dir === undefined) return loadKnowledge();
  const file = path.join(dir, 'knowledge.v8');
  const fingerprint = annotatorFingerprint();
  try {
    const stored = deserialize(readFileSync(file)) as { fingerprint?: unknown; knowledge?: Knowledge };
    if (stored.fingerprint === fingerprint && typeof stored.knowledge === 'object' && stored.knowledge !== null) return stored.knowledge;
  } catch {
    // Absent or unreadable: build it.
  }
  const knowledge = loadKnowledge();
  try {
    mkdirSync(dir, { recursive: true });
    writeAtomically(file, serialize({ fingerprint, knowledge }));
  } catch {
    // The next run builds it again.
  }
  return knowledge;
}

/**
 * The key of a rendering: what is rendered, exactly.
 * @param article The resolved article.
 * @param seedHash The seed hash written into it.
 * @returns A hex digest.
 */
export function renderKey(article: AnnotatedArticle, seedHash: string): string {
  return createHash('sha256').update(seedHash).update('\0').update(canonicalJson(article)).digest('hex').slice(0, 40);
}

/**
 * @param value Plain data.
 * @returns A hex digest of its canonical JSON.
 */
function dataHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 40);
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
  for (const file of importClosure(ANNOTATOR_ENTRY_POINTS.map((entry) => path.resolve(here, entry)))) {
    hash.update(`\0${path.relative(here, file)}\0`).update(readFileSync(file));
  }
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
  const lock = path.resolve(here, '../../package-lock.json');
  if (existsSync(lock)) hash.update('\0package-lock\0').update(readFileSync(lock));
  fingerprintMemo = hash.digest('hex');
  return fingerprintMemo;
}

/**
 * Every file reachable from entry modules through relative static or dynamic imports.
 * @param entries Absolute paths.
 * @returns Absolute paths, sorted.
 */
function importClosure(entries: readonly string[]): string[] {
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
 * Write a file through a temporary sibling and a rename.
 * @param file Absolute path.
 * @param data Content.
 */
function writeAtomically(file: string, data: Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
