/**
 * The words of languages other than English as the stages use them: the lists
 * of data/knowledge/languages.yaml (number words, scale words, range words,
 * attribution cues, titles, the head words of organisation names, ...), loaded
 * and checked by `loadLanguageData` in knowledge.ts, merged over the languages
 * and turned into sets and patterns here. The annotator is English-first; these
 * words let a page in German, French, Russian, Turkish or Indonesian (and the
 * Kyrgyz, Kazakh and Uzbek press writing in Russian) keep its figures,
 * claimants and bodies.
 *
 * Add a language or a word by editing the YAML file, not this module.
 */
import { loadLanguageData, type LanguageData } from '../knowledge.ts';

/** The words of every language merged, as sets and patterns. */
export interface LanguageVocabulary {
  /** Number words by lower-case word ("пять" -> 5), the people number words included. */
  numberWords: Readonly<Record<string, number>>;
  /** Number words that count people without a noun ("трое", "двоих"), lower case. */
  peopleNumberWords: ReadonlySet<string>;
  /** Scale words after digits by lower-case word, abbreviations without their dot ("млн" -> 1e6). */
  scaleWords: Readonly<Record<string, number>>;
  /** The scale words that are abbreviations and may take a dot ("млн", "mio"). */
  scaleAbbreviations: readonly string[];
  /** Range words: the word between the ends -> the words allowed before the first ("" for none). */
  rangeGaps: ReadonlyMap<string, readonly string[]>;
  /** Titles and roles written before a name, lower case. */
  titles: readonly string[];
  /** Head words of the names of bodies, lower case. */
  organizationHeads: readonly string[];
  /** Roles that make a capitalised name right after them a person, lower case. */
  roleWords: readonly string[];
  /** Ends of compound titles, lower case (see `compoundEnding`). */
  titleEndings: readonly string[];
  /** Ends of compound nouns naming a body, lower case (see `compoundEnding`). */
  organizationHeadEndings: readonly string[];
  /** Nouns right before a body's name, lower case; compounds ending in one count too. */
  organizationIntroducers: readonly string[];
  /** Words never part of a name that open a clause before one, lower case. */
  functionWords: readonly string[];
  /** Nouns that name a source when they open a sentence as the subject of a closing speech verb, lower case. */
  sourceNouns: ReadonlySet<string>;
  /** Nouns that follow a count, lower case. */
  countedNouns: ReadonlySet<string>;
  /** Spans of time after a number, lower case. */
  durations: {
    readonly years: readonly string[];
    readonly months: readonly string[];
    readonly other: readonly string[];
    readonly prisonAfter: readonly string[];
    readonly prisonBefore: readonly string[];
  };
  /** Turkish-style case suffixes after an apostrophe, as match keys. */
  apostropheSuffixes: ReadonlySet<string>;
  /** A speech verb as a whole word ("заявил", "kata", "söyledi"); global. */
  speechVerb: RegExp;
  /** A phrase before a source ("по данным", "menurut"); global. */
  accordingTo: RegExp;
  /** A word after a source ("göre", "zufolge"); global. */
  sourcePostposition: RegExp;
  /** A quick test: Cyrillic letters or a Latin phrase of `accordingTo` or `sourcePostposition`. */
  attributionCue: RegExp;
  /** The speech verbs not written in Cyrillic (for quick tests of other modules, see `trieAlternation`). */
  latinSpeechVerbs: readonly string[];
  /** A quick test: Cyrillic letters or the start of a Latin number word. */
  numberCue: RegExp;
}

/**
 * Merge the languages' lists and build the sets and patterns the stages use.
 * @param data Word lists by language (see `readLanguageData`).
 * @returns The vocabulary.
 */
export function buildLanguageVocabulary(data: LanguageData): LanguageVocabulary {
  const languages = Object.values(data);
  const all = <K extends keyof (typeof languages)[number]>(key: K): Array<(typeof languages)[number][K]> => languages.map((words) => words[key]);
  const list = (key: 'titles' | 'organizationHeads' | 'roleWords' | 'titleEndings' | 'organizationHeadEndings' | 'organizationIntroducers' | 'functionWords' | 'countedNouns' | 'sourceNouns' | 'yearWords' | 'monthWords' | 'timeWords' | 'prisonWordsAfter' | 'prisonWordsBefore' | 'apostropheSuffixes' | 'speechVerbs' | 'accordingTo' | 'sourcePostpositions'): string[] =>
    unique(all(key).flat());
  const rangeGaps = new Map<string, string[]>();
  for (const { before, gap } of all('rangeWords').flat()) rangeGaps.set(gap, [...(rangeGaps.get(gap) ?? []), before]);
  const speechVerbs = list('speechVerbs');
  const accordingTo = list('accordingTo');
  const sourcePostpositions = list('sourcePostpositions');
  const numberWords: Record<string, number> = Object.assign({}, ...all('numberWords'), ...all('peopleNumberWords'));
  const latinNumberWords = Object.keys(numberWords).filter(isLatin);
  return {
    numberWords,
    peopleNumberWords: new Set(all('peopleNumberWords').flatMap((words) => Object.keys(words))),
    scaleWords: Object.assign({}, ...all('scaleWords')) as Record<string, number>,
    scaleAbbreviations: unique(all('scaleAbbreviations').flat()),
    rangeGaps,
    titles: list('titles'),
    organizationHeads: list('organizationHeads'),
    roleWords: list('roleWords'),
    titleEndings: list('titleEndings'),
    organizationHeadEndings: list('organizationHeadEndings'),
    organizationIntroducers: list('organizationIntroducers'),
    functionWords: list('functionWords'),
    countedNouns: new Set(list('countedNouns')),
    sourceNouns: new Set(list('sourceNouns')),
    durations: {
      years: list('yearWords'),
      months: list('monthWords'),
      other: list('timeWords'),
      prisonAfter: list('prisonWordsAfter'),
      prisonBefore: list('prisonWordsBefore'),
    },
    apostropheSuffixes: new Set(list('apostropheSuffixes')),
    speechVerb: wholeWords(speechVerbs),
    accordingTo: wholeWords(accordingTo),
    sourcePostposition: wholeWords(sourcePostpositions),
    attributionCue: new RegExp(['[\\u0400-\\u04ff]', ...[...accordingTo, ...sourcePostpositions].filter(isLatin).map(escapePhrase)].join('|'), 'i'),
    latinSpeechVerbs: speechVerbs.filter(isLatin),
    // One \b before a group of the words that start with a letter of a-z: a \b before each word made the engine test every word at every position.
    numberCue: new RegExp(['[\\u0400-\\u04ff]', `\\b(?:${['tausend', ...latinNumberWords.filter((word) => /^[a-z]/i.test(word))].map(escapePhrase).join('|')})`, ...latinNumberWords.filter((word) => !/^[a-z]/i.test(word)).map(escapePhrase)].join('|'), 'i'),
  };
}

let defaultVocabulary: LanguageVocabulary | undefined;

/**
 * The vocabulary of data/knowledge/languages.yaml, built on first use (the file is
 * read once per process by `loadLanguageData`). Called lazily, not at import: the
 * knowledge module imports a module that imports this one.
 * @returns The vocabulary.
 */
export function languageVocabulary(): LanguageVocabulary {
  defaultVocabulary ??= buildLanguageVocabulary(loadLanguageData());
  return defaultVocabulary;
}

/**
 * A test for compound nouns ending in one of some words ("Landeskriminalamt",
 * "Bundesinnenministerin"): three letters or more, then the ending. The three
 * letters keep a bare ending that is also a surname ("Richter") out.
 * @param endings The endings, as match keys.
 * @returns A pattern over match keys; one that never matches when there are none.
 */
export function compoundEnding(endings: readonly string[]): RegExp {
  return endings.length === 0 ? /(?!)/u : new RegExp(`^\\p{L}{3,}(?:${wordAlternation(endings)})$`, 'u');
}

/**
 * Words and phrases as one alternation, longest first, spaces matching any white space.
 * @param words Lower-case words or phrases.
 * @returns The alternation's source.
 */
export function wordAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapePhrase).join('|');
}

/**
 * Words as one alternation whose common beginnings are written once ("men(?:urut|gatakan)"):
 * the same strings as `a|b|c`, tested much faster by a pattern engine on text that holds none.
 * @param words Lower-case words or phrases.
 * @returns The alternation's source (spaces match any white space); empty for no words.
 */
export function trieAlternation(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    const branches = [...node.next].map(([char, child]) => escapePhrase(char) + source(child));
    if (branches.length === 0) return '';
    const group = branches.length === 1 ? branches[0] as string : `(?:${branches.join('|')})`;
    return node.end ? `(?:${group})?` : group;
  };
  return words.length === 0 ? '' : source(root);
}

/**
 * A global, case-insensitive pattern of whole words or phrases.
 * @param words Lower-case words or phrases.
 * @returns The pattern (no letter may touch a match on either side); it matches nothing for no words.
 */
function wholeWords(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${words.length === 0 ? '(?!)' : trieAlternation(words)})(?![\\p{L}])`, 'giu');
}

/**
 * A phrase as a pattern source: special characters escaped, spaces matching any white space.
 * @param phrase A word or phrase.
 * @returns The source.
 */
function escapePhrase(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/**
 * Whether a word holds no Cyrillic letter (Cyrillic words pass the quick tests by their script).
 * @param word A word.
 * @returns True for words in other scripts.
 */
function isLatin(word: string): boolean {
  return !/[\u0400-\u04ff]/.test(word);
}

/**
 * Drop repeated strings, keeping the first.
 * @param items Strings.
 * @returns The distinct strings in order.
 */
function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
