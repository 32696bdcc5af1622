/**
 * The annotate cache's index on disk: a base file rewritten whole only now and
 * then, and a journal to which each run appends one line holding what it
 * changed. After one seed changes, a run appends a few kilobytes instead of
 * rewriting the whole index (about 7 MB at 10,000 articles).
 *
 *   <dir>/index.json      the base: `StoredIndex`, with a random `generation`
 *   <dir>/index.journal   lines of `JournalLine`, each naming the base generation it applies to
 *
 * The base is laid out in columns (names, stamps, keys), which JSON reads
 * back about twice as fast as one object per line, and its lines become
 * objects only when asked for. What resolution reads of each article (its
 * entities and claimants) is kept as text, decoded only when resolution must
 * run again or the base is rewritten: after a seed edit that changes no
 * entity, the last resolution is reused and none of it is decoded.
 *
 * Reading applies the journal's lines in order to the base, and stops at the
 * first line that does not parse (a run that died while appending): the state
 * read is always what some run left. Lines of another generation (a run that
 * died after writing a new base but before removing the journal) are ignored.
 * Either case, or a journal grown past a share of the base, makes the next
 * save compact: write a new base (a new generation), then remove the journal.
 * Every line holds only facts true when written (this file, at this stamp,
 * holds that), so a lost line costs a miss, never a wrong hit; for the same
 * reason lines a run did not use are harmless, and are dropped only when the
 * base is written.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from './source-files.ts';
import type { ArticleEntity, EntityRecord } from '../pipeline/types.ts';

/** A file's identity on disk: if all of these are the same, the file was not written since. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** A seed's line in the index. */
export interface SeedLine extends FileStamp {
  key: string;
  /** `shortHash` of the seed's bytes, as written into its article. */
  seedHash: string;
}

/** An output file's line in the index. */
export interface OutputLine extends FileStamp {
  /** The render key (article) or data hash (entity) of what was written. */
  key: string;
}

/** What resolution reads of an article: its id, its entities, the claimant of each figure. */
export interface ResolveInput {
  id: string;
  entities: ArticleEntity[];
  claimants: Array<string | null>;
  /** A hash of the three, so that a corpus's resolution input is told from another's cheaply. */
  hash: string;
}

/**
 * Lines by name: those read from the base are made into objects on each `get`
 * (most are looked at once), those set since are kept as they are.
 */
export class LineTable<T> {
  private readonly lines = new Map<string, T | number>();
  private readonly decode: (index: number) => T;

  /**
   * @param names The base's names, in column order.
   * @param decode The line at a column index of the base.
   */
  constructor(names: readonly string[] = [], decode: (index: number) => T = () => {
    throw new Error('no base');
  }) {
    this.decode = decode;
    names.forEach((name, index) => this.lines.set(name, index));
  }

  /**
   * @param name A name.
   * @returns Its line, or undefined.
   */
  get(name: string): T | undefined {
    const line = this.lines.get(name);
    return typeof line === 'number' ? this.decode(line) : line;
  }

  /**
   * @param name A name.
   * @param line Its new line.
   */
  set(name: string, line: T): void {
    this.lines.set(name, line);
  }

  /**
   * @param name A name.
   * @returns Whether it had a line.
   */
  delete(name: string): boolean {
    return this.lines.delete(name);
  }

  /**
   * @returns Every name with a line, in insertion order.
   */
  names(): IterableIterator<string> {
    return this.lines.keys();
  }

  /** The number of lines. */
  get size(): number {
    return this.lines.size;
  }
}

/** The index in memory. */
export interface IndexState {
  /** By seed path, as written into its article. */
  seeds: LineTable<SeedLine>;
  /** By seed key. */
  articles: LineTable<ResolveInput>;
  /** By path relative to the content folder (absolute for a file outside it). */
  outputs: LineTable<OutputLine>;
  /**
   * The digest of the resolution input under which every article line of
   * `outputs` was keyed, or null: a run with the same digest and the same seed
   * key for an article has the same render key for it.
   */
  renderedUnder: string | null;
}

/** What a run changed: each key's new value, or null when removed. */
export interface IndexDelta {
  seeds: Record<string, SeedLine | null>;
  articles: Record<string, ResolveInput | null>;
  outputs: Record<string, OutputLine | null>;
  /** Present when it changed. */
  renderedUnder?: string | null;
}

/** An entity as the index files write it: `[id, name, type, aliases, country or null]`. */
export type StoredEntity = [string, string, string, string[], string | null];

/**
 * The base file, in columns. `stamps` holds size, mtimeMs and ctimeMs of each
 * line in turn. An article's `details` is the JSON text of `[entity numbers,
 * claimants]`, its entities numbered into `entities` (each distinct entity once).
 */
interface StoredIndex {
  version: number;
  fingerprint: string;
  contentDir: string;
  generation: string;
  seeds: { names: string[]; stamps: number[]; keys: string[]; seedHashes: string[] };
  outputs: { names: string[]; stamps: number[]; keys: string[] };
  articles: { keys: string[]; ids: string[]; hashes: string[]; details: string[] };
  entities: StoredEntity[];
  renderedUnder: string | null;
}

/** A journal line: articles with their entities written out. */
interface JournalLine {
  generation: string;
  seeds: Record<string, SeedLine | null>;
  articles: Record<string, [string, StoredEntity[], Array<string | null>, string] | null>;
  outputs: Record<string, OutputLine | null>;
  renderedUnder?: string | null;
}

/** Version of the index layout. */
export const INDEX_VERSION = 5;

/** The journal is compacted into the base once it exceeds this share of the base's size... */
const JOURNAL_SHARE = 1 / 8;
/** ...or this many bytes, whichever is larger. */
const JOURNAL_FLOOR = 64 * 1024;

/** The index as read, with what saving it needs to know. */
export interface LoadedIndex {
  state: IndexState;
  /** The base's generation, or undefined when there is no usable base. */
  generation: string | undefined;
  /** Size of the base file. */
  baseBytes: number;
  /** Size of the journal file. */
  journalBytes: number;
  /** The journal held a damaged or stale line: the next save writes a new base. */
  mustCompact: boolean;
  /**
   * What resolution reads of an article whose stored text turns out damaged
   * (from its whole cached annotation, or by annotating it again); set by the cache's user.
   */
  repairInput: ((key: string) => ResolveInput) | undefined;
}

/**
 * @returns An empty index.
 */
export function emptyIndexState(): IndexState {
  return { seeds: new LineTable(), articles: new LineTable(), outputs: new LineTable(), renderedUnder: null };
}

/**
 * Read the base and apply the journal. Anything unreadable, of another layout
 * or another annotator is an empty index; written for another content folder,
 * its output files are dropped (the seeds and annotations hold).
 * @param dir The cache folder.
 * @param fingerprint The annotator's fingerprint.
 * @param contentDir The content folder that output paths are relative to.
 * @returns The index.
 */
export function readIndexFiles(dir: string, fingerprint: string, contentDir: string): LoadedIndex {
  const empty: LoadedIndex = { state: emptyIndexState(), generation: undefined, baseBytes: 0, journalBytes: 0, mustCompact: true, repairInput: undefined };
  let base: { state: IndexState; generation: string; bytes: number; contentDir: string } | undefined;
  // The base's articles ask for `repairInput` through this, since it is set after reading.
  const repair = (key: string): ResolveInput => {
    if (!loaded?.repairInput) throw new Error(`damaged annotate index entry ${key}`);
    return loaded.repairInput(key);
  };
  let loaded: LoadedIndex | undefined;
  try {
    base = readBase(path.join(dir, 'index.json'), fingerprint, repair);
  } catch {
    return empty;
  }
  if (!base) return empty;
  loaded = readJournal(dir, base);
  if (base.contentDir !== contentDir) {
    loaded.state.outputs = new LineTable();
    loaded.state.renderedUnder = null;
    loaded.mustCompact = true;
  }
  return loaded;
}

/**
 * Apply the journal's lines to a base.
 * @param dir The cache folder.
 * @param base The base read.
 * @returns The index.
 */
function readJournal(dir: string, base: { state: IndexState; generation: string; bytes: number }): LoadedIndex {
  const loaded: LoadedIndex = { state: base.state, generation: base.generation, baseBytes: base.bytes, journalBytes: 0, mustCompact: false, repairInput: undefined };
  let journal: string;
  try {
    journal = readFileSync(path.join(dir, 'index.journal'), 'utf8');
  } catch {
    return loaded;
  }
  loaded.journalBytes = Buffer.byteLength(journal);
  for (const text of journal.split('\n')) {
    if (text === '') continue;
    let line: JournalLine;
    try {
      line = JSON.parse(text) as JournalLine;
      if (line.generation !== base.generation) {
        loaded.mustCompact = true;
        continue;
      }
      applyJournalLine(loaded.state, line);
    } catch {
      // A line cut short: what follows it (if anything) was written on top of a state this one does not reach.
      loaded.mustCompact = true;
      break;
    }
  }
  return loaded;
}

/**
 * Save a run's changes: append them to the journal, or write a new base when
 * there is none, when the journal must be compacted or has grown too large.
 * @param dir The cache folder (exists).
 * @param fingerprint The annotator's fingerprint.
 * @param contentDir The content folder.
 * @param loaded The index as read (its `generation`, `journalBytes` and `baseBytes` are updated).
 * @param delta What this run changed (empty: nothing is written).
 * @param prune Called before a new base is written, to drop what the run did not use.
 * @returns Whether a new base was written.
 * @throws On a write error (the cache's caller treats it as "not saved").
 */
export function saveIndexFiles(dir: string, fingerprint: string, contentDir: string, loaded: LoadedIndex, delta: IndexDelta, prune: () => void): boolean {
  const unchanged = isEmptyDelta(delta);
  if (unchanged && !loaded.mustCompact && loaded.generation !== undefined) return false;
  if (loaded.generation !== undefined && !loaded.mustCompact && !unchanged) {
    const line = `\n${JSON.stringify(journalLineOf(loaded.generation, delta))}\n`;
    const bytes = Buffer.byteLength(line);
    if (loaded.journalBytes + bytes <= Math.max(JOURNAL_FLOOR, loaded.baseBytes * JOURNAL_SHARE)) {
      // Led by a newline, so that a line a dead run left unfinished ends before this one.
      appendFileSync(path.join(dir, 'index.journal'), line);
      loaded.journalBytes += bytes;
      return false;
    }
  }
  prune();
  const generation = randomBytes(8).toString('hex');
  const text = JSON.stringify(storedIndexOf(loaded.state, fingerprint, contentDir, generation));
  writeAtomically(path.join(dir, 'index.json'), text);
  rmSync(path.join(dir, 'index.journal'), { force: true });
  loaded.generation = generation;
  loaded.baseBytes = Buffer.byteLength(text);
  loaded.journalBytes = 0;
  loaded.mustCompact = false;
  return true;
}

/**
 * @param delta A run's changes.
 * @returns Whether it changes nothing.
 */
function isEmptyDelta(delta: IndexDelta): boolean {
  return Object.keys(delta.seeds).length === 0 && Object.keys(delta.articles).length === 0 && Object.keys(delta.outputs).length === 0 && !('renderedUnder' in delta);
}

/**
 * @param entity An entity or record.
 * @returns It as the index files write it.
 */
export function storedEntity(entity: ArticleEntity | EntityRecord): StoredEntity {
  return [entity.id, entity.name, entity.type, entity.aliases, entity.country ?? null];
}

/**
 * @param stored An entity as written.
 * @returns The entity (no `country` field when it has none, as the annotator makes it).
 */
export function entityOfStored([id, name, type, aliases, country]: StoredEntity): ArticleEntity {
  const entity: ArticleEntity = { id, name, type: type as ArticleEntity['type'], aliases };
  if (country !== null) entity.country = country;
  return entity;
}

/**
 * Number distinct entities (by object, then by content) into a shared table.
 * @returns The table and a function numbering an entity into it.
 */
export function entityTable(): { entities: StoredEntity[]; numberOf: (entity: ArticleEntity | EntityRecord) => number } {
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
  return { entities, numberOf };
}

/**
 * Entities by number from a table read back, failing on a number out of range.
 * @param table The stored table.
 * @returns A function from numbers to entities (one shared object per table entry).
 */
export function entityLookup(table: readonly StoredEntity[]): (numbers: readonly number[]) => ArticleEntity[] {
  const entities = table.map(entityOfStored);
  return (numbers) => {
    if (!Array.isArray(numbers) || !numbers.every((number) => entities[number] !== undefined)) throw new Error('damaged index');
    return numbers.map((number) => entities[number] as ArticleEntity);
  };
}

/**
 * @param file The base file.
 * @param fingerprint The annotator's fingerprint.
 * @param repair What resolution reads of an article whose stored text is damaged.
 * @returns The base, or undefined when it is of another layout or annotator.
 * @throws When it is absent or damaged.
 */
function readBase(file: string, fingerprint: string, repair: (key: string) => ResolveInput): { state: IndexState; generation: string; bytes: number; contentDir: string } | undefined {
  const text = readFileSync(file, 'utf8');
  const data = JSON.parse(text) as Partial<StoredIndex> | null;
  if (data?.version !== INDEX_VERSION || data.fingerprint !== fingerprint || typeof data.contentDir !== 'string' || typeof data.generation !== 'string') return undefined;
  const { seeds, outputs, articles, entities } = data;
  if (!seeds || !columns(seeds.names.length, [seeds.keys, seeds.seedHashes], seeds.stamps)) return undefined;
  if (!outputs || !columns(outputs.names.length, [outputs.keys], outputs.stamps)) return undefined;
  if (!articles || !columns(articles.keys.length, [articles.ids, articles.hashes, articles.details]) || !Array.isArray(entities)) return undefined;
  let entitiesOf: ((numbers: readonly number[]) => ArticleEntity[]) | undefined;
  const details = (index: number): { entities: ArticleEntity[]; claimants: Array<string | null> } => {
    entitiesOf ??= entityLookup(entities);
    const [numbers, claimants] = JSON.parse(articles.details[index] as string) as [number[], Array<string | null>];
    if (!Array.isArray(claimants)) throw new Error('damaged index');
    return { entities: entitiesOf(numbers), claimants };
  };
  const decoded = new Map<number, ResolveInput>();
  const state: IndexState = {
    seeds: new LineTable(seeds.names, (index) => ({
      size: seeds.stamps[index * 3] as number,
      mtimeMs: seeds.stamps[index * 3 + 1] as number,
      ctimeMs: seeds.stamps[index * 3 + 2] as number,
      key: seeds.keys[index] as string,
      seedHash: seeds.seedHashes[index] as string,
    })),
    outputs: new LineTable(outputs.names, (index) => ({
      size: outputs.stamps[index * 3] as number,
      mtimeMs: outputs.stamps[index * 3 + 1] as number,
      ctimeMs: outputs.stamps[index * 3 + 2] as number,
      key: outputs.keys[index] as string,
    })),
    articles: new LineTable(articles.keys, (index) => {
      let input = decoded.get(index);
      if (!input) {
        input = lazyInput(articles.ids[index] as string, articles.hashes[index] as string, () => {
          try {
            return details(index);
          } catch {
            return repair(articles.keys[index] as string);
          }
        });
        decoded.set(index, input);
      }
      return input;
    }),
    renderedUnder: typeof data.renderedUnder === 'string' ? data.renderedUnder : null,
  };
  return { state, generation: data.generation, bytes: Buffer.byteLength(text), contentDir: data.contentDir };
}

/**
 * What resolution reads of an article, its entities and claimants decoded on first use.
 * @param id The article's id.
 * @param hash Its resolution input's hash.
 * @param load Decodes the entities and claimants.
 * @returns The input.
 */
export function lazyInput(id: string, hash: string, load: () => { entities: ArticleEntity[]; claimants: Array<string | null> }): ResolveInput {
  let loaded: { entities: ArticleEntity[]; claimants: Array<string | null> } | undefined;
  return {
    id,
    hash,
    get entities() {
      loaded ??= load();
      return loaded.entities;
    },
    get claimants() {
      loaded ??= load();
      return loaded.claimants;
    },
  };
}

/**
 * @param length The number of lines.
 * @param lists Columns of one value per line.
 * @param stamps A column of three numbers per line, if any.
 * @returns Whether every column has the length it should.
 */
function columns(length: number, lists: readonly unknown[], stamps?: unknown): boolean {
  if (!Number.isInteger(length) || !lists.every((list) => Array.isArray(list) && list.length === length)) return false;
  return stamps === undefined || (Array.isArray(stamps) && stamps.length === length * 3);
}

/**
 * @param value Parsed JSON.
 * @returns Whether it is a plain object.
 */
function isRecord(value: unknown): value is Record<string, never> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Apply a journal line to the index.
 * @param state The index (changed in place).
 * @param line The line.
 * @throws On a line of the wrong shape (treated as damaged).
 */
function applyJournalLine(state: IndexState, line: JournalLine): void {
  if (!isRecord(line.seeds) || !isRecord(line.articles) || !isRecord(line.outputs)) throw new Error('damaged journal line');
  for (const [source, seedLine] of Object.entries(line.seeds as JournalLine['seeds'])) {
    if (seedLine === null) state.seeds.delete(source);
    else state.seeds.set(source, seedLine);
  }
  for (const [key, article] of Object.entries(line.articles as JournalLine['articles'])) {
    if (article === null) state.articles.delete(key);
    else {
      const [id, entities, claimants, hash] = article;
      state.articles.set(key, { id, entities: entities.map(entityOfStored), claimants, hash });
    }
  }
  for (const [file, outputLine] of Object.entries(line.outputs as JournalLine['outputs'])) {
    if (outputLine === null) state.outputs.delete(file);
    else state.outputs.set(file, outputLine);
  }
  if (line.renderedUnder !== undefined) state.renderedUnder = line.renderedUnder;
}

/**
 * @param generation The base's generation.
 * @param delta A run's changes.
 * @returns The journal line.
 */
function journalLineOf(generation: string, delta: IndexDelta): JournalLine {
  const articles: JournalLine['articles'] = {};
  for (const [key, input] of Object.entries(delta.articles)) articles[key] = input === null ? null : [input.id, input.entities.map(storedEntity), input.claimants, input.hash];
  const line: JournalLine = { generation, seeds: delta.seeds, articles, outputs: delta.outputs };
  if ('renderedUnder' in delta) line.renderedUnder = delta.renderedUnder ?? null;
  return line;
}

/**
 * The base as written, in columns; each distinct entity once.
 * @returns Plain data for JSON.
 */
function storedIndexOf(state: IndexState, fingerprint: string, contentDir: string, generation: string): StoredIndex {
  const seeds: StoredIndex['seeds'] = { names: [], stamps: [], keys: [], seedHashes: [] };
  for (const name of state.seeds.names()) {
    const line = state.seeds.get(name) as SeedLine;
    seeds.names.push(name);
    seeds.stamps.push(line.size, line.mtimeMs, line.ctimeMs);
    seeds.keys.push(line.key);
    seeds.seedHashes.push(line.seedHash);
  }
  const outputs: StoredIndex['outputs'] = { names: [], stamps: [], keys: [] };
  for (const name of state.outputs.names()) {
    const line = state.outputs.get(name) as OutputLine;
    outputs.names.push(name);
    outputs.stamps.push(line.size, line.mtimeMs, line.ctimeMs);
    outputs.keys.push(line.key);
  }
  const { entities, numberOf } = entityTable();
  const articles: StoredIndex['articles'] = { keys: [], ids: [], hashes: [], details: [] };
  for (const key of state.articles.names()) {
    const input = state.articles.get(key) as ResolveInput;
    articles.keys.push(key);
    articles.ids.push(input.id);
    articles.hashes.push(input.hash);
    articles.details.push(JSON.stringify([input.entities.map(numberOf), input.claimants]));
  }
  return { version: INDEX_VERSION, fingerprint, contentDir, generation, seeds, outputs, articles, entities, renderedUnder: state.renderedUnder };
}
