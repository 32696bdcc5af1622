/**
 * The vocabulary of measures (data/knowledge/measures.yaml): the kinds of counts,
 * the theatres that fold several countries into one `where`, and the word lists
 * the measures stage reads `what` with. See the YAML file for the format.
 *
 * `buildMeasureVocabulary` is pure (tests build vocabularies from literal data);
 * `loadMeasureVocabulary` reads the file once per process. Used by the
 * annotator (stages/measures.ts) and by the site to label measure keys.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlFile } from './lib/yaml-files.ts';

/** A word or phrase to find in a figure's `what`: lower-case tokens; the last may be a prefix. */
export interface WordPattern {
  /** Lower-case tokens, the last without its `*`. */
  tokens: string[];
  /** Whether the last token matches any word it begins (`detain*`). */
  prefix: boolean;
}

/** One kind of count. */
export interface MeasureKind {
  /** Slug used in measure keys: `fighters`, `dead`, `women-children`. */
  kind: string;
  /** How the site names it. */
  label: string;
  words: WordPattern[];
  /** Units that make a figure this kind: `currency`, `percent`, `percentage points`. */
  units: string[];
  /** A part of a group counted just before: inherits the group's who and where. */
  subgroup: boolean;
  /** Something a state does to people: the claimant's country is who when the text names none. */
  stateAct: boolean;
  /** Where defaults to the theatre of an armed group named beside the figure. */
  groupTheatre: boolean;
}

/** Countries whose conflict is treated as one. */
export interface Theatre {
  /** Slug used as `where`: `syria-iraq`. */
  theatre: string;
  /** How the site names it: `Syria and Iraq`. */
  label: string;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** Entity ids of armed groups whose theatre this is. */
  organizations: string[];
}

/** Everything the measures stage and the site's labels need. */
export interface MeasureVocabulary {
  /** Kinds, first match wins. */
  kinds: MeasureKind[];
  theatres: Theatre[];
  /** Theatre of each country code that belongs to one. */
  theatreByCountry: ReadonlyMap<string, Theatre>;
  /** Theatre of each armed group's entity id. */
  theatreByOrganization: ReadonlyMap<string, Theatre>;
  /** Verbs after which "from X" is where people came back from. */
  fromIsWhereAfter: WordPattern[];
  /** Nouns for a country's own people (lower case). */
  citizenNouns: ReadonlySet<string>;
  /** Words saying the people counted are of many nations ("foreign women"). */
  foreignWords: WordPattern[];
}

/** A problem in measures.yaml: names the file and the entry. */
export class MeasureVocabularyError extends Error {
  /**
   * @param file The file.
   * @param message What is wrong, naming the entry.
   */
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'MeasureVocabularyError';
  }
}

/** Where the file lives in this repository. */
export const DEFAULT_MEASURES_FILE = fileURLToPath(new URL('../../data/knowledge/measures.yaml', import.meta.url));

/** Loaded vocabularies per file, for the life of the process. */
const loaded = new Map<string, MeasureVocabulary>();

/**
 * Read measures.yaml (once per process and file).
 * @param file Path of the file; data/knowledge/measures.yaml by default.
 * @returns The vocabulary.
 * @throws MeasureVocabularyError naming the file and entry on bad data.
 */
export function loadMeasureVocabulary(file: string = DEFAULT_MEASURES_FILE): MeasureVocabulary {
  const key = path.resolve(file);
  const cached = loaded.get(key);
  if (cached) return cached;
  let raw: unknown;
  try {
    // Through readYamlFile: a run may hand in the file as parsed by an earlier one.
    raw = readYamlFile(key);
  } catch (error) {
    throw new MeasureVocabularyError(file, `cannot read the file as YAML (${(error as Error).message})`);
  }
  const vocabulary = buildMeasureVocabulary(raw, file);
  loaded.set(key, vocabulary);
  return vocabulary;
}

/**
 * Check and index parsed measures.yaml.
 * @param raw The parsed YAML.
 * @param file The file's name, for messages.
 * @returns The vocabulary.
 * @throws MeasureVocabularyError naming the entry on bad data.
 */
export function buildMeasureVocabulary(raw: unknown, file = 'measures.yaml'): MeasureVocabulary {
  const data = isRecord(raw) ? raw : {};
  const kinds = listOf(data.kinds, file, 'kinds').map((entry, index) => readKind(entry, index, file));
  const theatres = listOf(data.theatres, file, 'theatres').map((entry, index) => readTheatre(entry, index, file));
  const theatreByCountry = new Map<string, Theatre>();
  const theatreByOrganization = new Map<string, Theatre>();
  for (const theatre of theatres) {
    for (const code of theatre.countries) theatreByCountry.set(code, theatre);
    for (const id of theatre.organizations) theatreByOrganization.set(id, theatre);
  }
  return {
    kinds,
    theatres,
    theatreByCountry,
    theatreByOrganization,
    fromIsWhereAfter: stringList(data.from_is_where_after, file, 'from_is_where_after').map(wordPattern),
    citizenNouns: new Set(stringList(data.citizen_nouns, file, 'citizen_nouns').map((word) => word.toLowerCase())),
    foreignWords: stringList(data.foreign_words, file, 'foreign_words').map(wordPattern),
  };
}

/**
 * A word or phrase as a pattern.
 * @param text `detain*`, `brought back`.
 * @returns Its lower-case tokens and whether the last is a prefix.
 */
export function wordPattern(text: string): WordPattern {
  const tokens = text.toLowerCase().trim().split(/\s+/);
  const last = tokens[tokens.length - 1] ?? '';
  const prefix = last.endsWith('*');
  if (prefix) tokens[tokens.length - 1] = last.slice(0, -1);
  return { tokens, prefix };
}

/**
 * Whether a pattern occurs at a position of a token list.
 * @param pattern The pattern.
 * @param tokens Lower-case tokens.
 * @param at Index of the first token.
 * @returns True when every token matches (the last as a prefix when the pattern says so).
 */
export function patternAt(pattern: WordPattern, tokens: readonly string[], at: number): boolean {
  return pattern.tokens.every((token, offset) => {
    const word = tokens[at + offset];
    if (word === undefined) return false;
    return pattern.prefix && offset === pattern.tokens.length - 1 ? word.startsWith(token) : word === token;
  });
}

/**
 * @param entry One item of `kinds`.
 * @param index Its index.
 * @param file The file.
 * @returns The kind.
 */
function readKind(entry: unknown, index: number, file: string): MeasureKind {
  if (!isRecord(entry)) throw new MeasureVocabularyError(file, `kinds entry ${index + 1}: expected a mapping`);
  const kind = entry.kind;
  if (typeof kind !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(kind)) {
    throw new MeasureVocabularyError(file, `kinds entry ${index + 1}: "kind" must be a slug such as fighters, got ${JSON.stringify(kind)}`);
  }
  const where = `kinds entry ${index + 1} (${kind})`;
  const words = stringList(entry.words, file, `${where}: words`).map(wordPattern);
  const units = stringList(entry.units, file, `${where}: units`);
  if (words.length === 0 && units.length === 0) throw new MeasureVocabularyError(file, `${where}: expected "words" or "units"`);
  return {
    kind,
    label: typeof entry.label === 'string' && entry.label.trim() !== '' ? entry.label : kind.replace(/-/g, ' '),
    words,
    units,
    subgroup: entry.subgroup === true,
    stateAct: entry.state_act === true,
    groupTheatre: entry.group_theatre === true,
  };
}

/**
 * @param entry One item of `theatres`.
 * @param index Its index.
 * @param file The file.
 * @returns The theatre.
 */
function readTheatre(entry: unknown, index: number, file: string): Theatre {
  if (!isRecord(entry)) throw new MeasureVocabularyError(file, `theatres entry ${index + 1}: expected a mapping`);
  const theatre = entry.theatre;
  if (typeof theatre !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(theatre)) {
    throw new MeasureVocabularyError(file, `theatres entry ${index + 1}: "theatre" must be a slug such as syria-iraq, got ${JSON.stringify(theatre)}`);
  }
  const where = `theatres entry ${index + 1} (${theatre})`;
  const countries = stringList(entry.countries, file, `${where}: countries`);
  const bad = countries.find((code) => !/^[A-Z]{2}$/.test(code));
  if (bad !== undefined) throw new MeasureVocabularyError(file, `${where}: countries must be ISO 3166-1 alpha-2 codes such as SY, got ${JSON.stringify(bad)}`);
  return {
    theatre,
    label: typeof entry.label === 'string' && entry.label.trim() !== '' ? entry.label : theatre.replace(/-/g, ' '),
    countries,
    organizations: stringList(entry.organizations, file, `${where}: organizations`),
  };
}

/**
 * @param value A YAML value that should be a list (or nothing).
 * @param file The file.
 * @param what The field, for messages.
 * @returns The list; [] for nothing.
 */
function listOf(value: unknown, file: string, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new MeasureVocabularyError(file, `${what}: expected a list`);
  return value;
}

/**
 * @param value A YAML value that should be a list of strings (or nothing).
 * @param file The file.
 * @param what The field, for messages.
 * @returns The strings.
 */
function stringList(value: unknown, file: string, what: string): string[] {
  return listOf(value, file, what).map((item) => {
    if (typeof item !== 'string' || item.trim() === '') throw new MeasureVocabularyError(file, `${what}: expected words, got ${JSON.stringify(item)}`);
    return item.trim();
  });
}

/**
 * @param value Anything.
 * @returns Whether it is a mapping.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
