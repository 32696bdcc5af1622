/**
 * Inflected place names in languages that decline them, matched by a cheap,
 * suffix-tolerant key rather than by listing every form:
 *
 * - Cyrillic (Russian, Ukrainian, Kyrgyz/Kazakh Russian-language press): a case
 *   ending is cut from the transliterated word, so "Сирия", "Сирии", "Сирию",
 *   "Сирией" share the stem `sir`, and "Ирака", "Ираке", "Ираком" the stem `irak`.
 * - Turkish: a case suffix after an apostrophe ("Suriye'de", "İdlib'e",
 *   "Afganistan'daki") is cut at the apostrophe.
 * - German: a genitive `s` on a foreign-language country name ("Syriens",
 *   "Polens") is cut.
 *
 * - Cyrillic spellings of towns named in Latin letters ("Вюрцбурге" for
 *   "Würzburg"): the stem's sound key (`sound-key.ts`) against the towns' keys,
 *   never for a Russian adjective or a word followed by another name.
 *
 * The knowledge loader indexes the stems of one-word place names once
 * (`Knowledge.inflections`); the matcher asks only for a capitalised word that
 * matched nothing as written, and only after a quick script test.
 */

import { languageVocabulary } from '../lib/language-vocabulary.ts';
import { isDistinctSound, soundKey } from './sound-key.ts';

/**
 * Case endings of Russian nouns as `normalizeToken` transliterates them, longest
 * first ("ией" -> `iey`, "ия" -> `iya`, "ом" -> `om`). Extend here for more forms.
 */
const CYRILLIC_ENDINGS: readonly string[] = [
  // (The adjectival cases of a town named by an adjective: "Грозного", "Грозному" of "Грозный".)
  'ogo', 'ego', 'omu', 'emu',
  'iyami', 'yami', 'iyakh', 'yakh', 'ami', 'akh', 'iey', 'iyu', 'iya', 'iem', 'iyu',
  'ii', 'iy', 'ie', 'ey', 'oy', 'om', 'em', 'ov', 'ev', 'am', 'ym', 'im', 'ya', 'yu',
  'a', 'e', 'i', 'o', 'u', 'y',
];

/**
 * The endings that may be cut from a name written in Latin script (a
 * transliteration: "Moskva", "Grozny", "Fergana") to find its Cyrillic stem: the
 * vowel endings of a nominative. A consonant ending such as "-ov" or "-in" is part
 * of such a name ("Aleksandrov", "Rostov"), and cutting it would let a Russian
 * given name ("Александр") read as the town.
 */
const LATIN_NAME_ENDINGS: ReadonlySet<string> = new Set(['iya', 'ya', 'yu', 'iyu', 'ii', 'ie', 'a', 'e', 'i', 'o', 'u', 'y']);

/** The endings of Russian adjectives ("-ский", "-ской", "-ного", "-цкая"). */
const RUSSIAN_ADJECTIVE = /(?:[сц]к|[бвгджзклмнпрстфхцчшщь]н)(?:ий|ый|ой|ая|ое|ого|ому|ом|ую|ые|ие|ых|их|ым|им|ыми|ими|ей)$/u;

/** The fewest letters a stem keeps (shorter stems match too much). */
const MIN_STEM = 3;


/**
 * Whether a word is written in Cyrillic (its first letter is).
 * @param text A word as written.
 * @returns True for Cyrillic words.
 */
export function isCyrillicWord(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 0x400 && code <= 0x4ff;
}

/**
 * The stem of a transliterated Cyrillic word: the word without its case ending.
 * @param norm The word's match key (`normalizeToken`, transliterated to ASCII).
 * @returns The stem, or undefined when too little would be left.
 */
export function cyrillicStem(norm: string): string | undefined {
  if (!/^[a-z'-]+$/.test(norm)) return undefined;
  for (const ending of CYRILLIC_ENDINGS) {
    if (norm.endsWith(ending) && norm.length - ending.length >= MIN_STEM) return norm.slice(0, norm.length - ending.length);
  }
  return norm.length >= MIN_STEM ? norm : undefined;
}

/**
 * The Cyrillic stem under which a one-word place name is indexed: for a name
 * written in Cyrillic, `cyrillicStem`; for one written in Latin script, the name
 * itself when its ending is not a vowel ending a nominative may drop
 * ("Bishkek": "Бишкеком"), else the name without that ending ("Moskva": "Москве").
 * @param norm The name's match key.
 * @param cyrillic Whether the name is written in Cyrillic.
 * @returns The stem, or undefined when too little would be left.
 */
export function placeNameStem(norm: string, cyrillic: boolean): string | undefined {
  if (cyrillic) return cyrillicStem(norm);
  if (!/^[a-z'-]+$/.test(norm)) return undefined;
  for (const ending of CYRILLIC_ENDINGS) {
    if (!norm.endsWith(ending) || norm.length - ending.length < MIN_STEM) continue;
    if (LATIN_NAME_ENDINGS.has(ending)) return norm.slice(0, norm.length - ending.length);
    break;
  }
  return norm.length >= MIN_STEM ? norm : undefined;
}

/**
 * Case endings of Russian adjectives and nouns as `normalizeToken` transliterates
 * them ("-ого" -> `ogo`, "-ская" -> `aya`, "-ии" -> `ii`), cut from each word of a
 * name of several words, longest first.
 */
const RUSSIAN_WORD_ENDINGS: readonly string[] = [
  'iyami', 'iyakh', 'yami', 'yakh', 'yuyu', 'yaya', 'ami', 'akh', 'ykh', 'ikh', 'ymi', 'imi', 'ogo', 'ego', 'omu', 'emu', 'aya', 'uyu',
  'iey', 'iyu', 'iya', 'iem', 'oe', 'ee', 'yy', 'iy', 'oy', 'ey', 'ym', 'im', 'om', 'em', 'ov', 'ev', 'am', 'ii', 'ie', 'ya', 'yu',
  'a', 'e', 'i', 'o', 'u', 'y',
];

/**
 * The stem of one word of a Russian name of several words, so that its case forms
 * share it ("Государственный", "Государственного" -> `gosudarstvenn`;
 * "Иссык-Кульская", "Иссык-Кульской" -> `issyk-kulsk`; "область", "области" -> `oblast`).
 * @param norm The word's match key (`normalizeToken`).
 * @returns The word without its case ending, or the key itself when too little would be left.
 */
export function russianWordStem(norm: string): string {
  for (const ending of RUSSIAN_WORD_ENDINGS) {
    if (norm.endsWith(ending) && norm.length - ending.length >= MIN_STEM) return norm.slice(0, norm.length - ending.length);
  }
  return norm;
}

/**
 * The word before a Turkish case suffix written after an apostrophe.
 * @param norm A word's match key ("suriye'de").
 * @returns The base ("suriye"), or undefined when the word has no such suffix.
 */
export function apostropheBase(norm: string): string | undefined {
  const at = norm.lastIndexOf("'");
  if (at < MIN_STEM) return undefined;
  // Turkish suffixes after an apostrophe (languages.yaml `apostrophe_suffixes`), read on use:
  // the knowledge module, which loads them, imports this one.
  if (!languageVocabulary().apostropheSuffixes.has(norm.slice(at + 1))) return undefined;
  return norm.slice(0, at);
}

/**
 * The keys under which `Knowledge.inflections` may hold an inflected word.
 * @param text The word as written.
 * @param norm Its match key.
 * @returns Zero or more keys, most specific first.
 */
export function inflectionKeys(text: string, norm: string): string[] {
  if (isCyrillicWord(text)) {
    const stem = cyrillicStem(norm);
    if (stem === undefined) return [];
    // A Russian adjective ("Первомайский", "Рязанской") is heard like the town it is made from, but names no town.
    const sound = soundKey(stem);
    return RUSSIAN_ADJECTIVE.test(text) || !isDistinctSound(sound, stem) ? [`stem:${stem}`] : [`stem:${stem}`, `sound:${sound}`];
  }
  if (norm.length > MIN_STEM + 1 && norm.endsWith('s') && !norm.endsWith("'s")) return norm.endsWith('es') ? [`s:${norm.slice(0, -1)}`, `s:${norm.slice(0, -2)}`] : [`s:${norm.slice(0, -1)}`];
  return [];
}

/**
 * The nominative of a Russian man's name written in an oblique case ("по словам
 * Бакыта Осмоналиева", "задержали Тимура Сыдыкова" -> "Бакыт Осмоналиев"; "при
 * Нурсултане Назарбаеве", "Нурсултану Назарбаеву", "с Нурсултаном Назарбаевым"):
 * the given name drops its case ending (or "я"/"ю" -> "й") and the result must be a
 * known given name whose written form is not one (so that "Гульнара Асанова", a
 * woman's name in the nominative, stays); the surname or patronymic drops the
 * same case's ending (-ова, -ову, -ове, -овым, ...).
 * @param name A person's name as written.
 * @param givenNames Lower-cased given names, as match keys (`normalizeToken`).
 * @param normalize The match key of a word (`normalizeToken`).
 * @returns The nominative, or undefined when the name is not such a form.
 */
export function russianNominative(name: string, givenNames: ReadonlySet<string>, normalize: (word: string) => string): string | undefined {
  const words = name.split(' ');
  const first = words[0] ?? '';
  if (words.length < 2 || words.length > 3 || !isCyrillicWord(first) || !words.every(isCyrillicWord)) return undefined;
  if (givenNames.has(normalize(first))) return undefined;
  for (const form of RUSSIAN_MALE_CASES) {
    const given = form.given(first);
    if (given === undefined || !givenNames.has(normalize(given))) continue;
    // "Дональду Трампу": a foreign surname on a consonant takes the given name's ending; "Майку Помпео": one on a vowel none.
    const rest = words.slice(1).map((word) => (form.surname.test(word) || form.foreign.test(word) ? word.slice(0, -form.ending) : INDECLINABLE.test(word) ? word : undefined));
    if (rest.some((word) => word === undefined)) continue;
    return [given, ...rest].join(' ');
  }
  return undefined;
}

/** A surname Russian does not decline: a foreign one ending in a vowel ("Помпео", "Берлускони"). */
const INDECLINABLE = /[оиэую]$/u;

/** A case of a Russian man's name: how the given name loses its ending, and the surname's (or patronymic's) ending and length. */
interface RussianMaleCase {
  given: (word: string) => string | undefined;
  surname: RegExp;
  /** A foreign surname on a consonant in the same case ("Трампу", "Трампа"). */
  foreign: RegExp;
  ending: number;
}

/** The oblique cases of a man's name: genitive and accusative, dative, prepositional, instrumental. */
const RUSSIAN_MALE_CASES: readonly RussianMaleCase[] = [
  // "Бакыта Осмоналиева", "Андрея Петрова"
  { given: (word) => (/[бвгджзклмнпрстфхцчшщ]а$/u.test(word) ? word.slice(0, -1) : /[аеиоу]я$/u.test(word) ? `${word.slice(0, -1)}й` : undefined), surname: /(?:ов|ев|ёв|ин|ын|ич)а$/u, foreign: /[бвгдзклмнпрстфх]а$/u, ending: 1 },
  // "Нурсултану Назарбаеву"
  { given: (word) => (/[бвгджзклмнпрстфхцчшщ]у$/u.test(word) ? word.slice(0, -1) : /[аеиоу]ю$/u.test(word) ? `${word.slice(0, -1)}й` : undefined), surname: /(?:ов|ев|ёв|ин|ын|ич)у$/u, foreign: /[бвгдзклмнпрстфх]у$/u, ending: 1 },
  // "при Нурсултане Назарбаеве"
  { given: (word) => (/[бвгджзклмнпрстфхцчшщ]е$/u.test(word) ? word.slice(0, -1) : undefined), surname: /(?:ов|ев|ёв|ин|ын|ич)е$/u, foreign: /[бвгдзклмнпрстфх]е$/u, ending: 1 },
  // "с Нурсултаном Назарбаевым"
  { given: (word) => (/[бвгджзклмнпрстфхцчшщ]ом$/u.test(word) ? word.slice(0, -2) : undefined), surname: /(?:ов|ев|ёв|ин|ын)ым$|ичем$/u, foreign: /[бвгдзклмнпрстфх]ом$/u, ending: 2 },
];

