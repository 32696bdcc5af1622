/**
 * A person's title before a name in Russian prose, and the case it shows.
 *
 * Russian puts a title before a name in the name's own case, often with the
 * office in between: "Премьер-министр Финляндии Юха Сипиля", "министра
 * внутренних дел Баварии Иоахима Херрманна", "директору ЦРУ Майку Помпео".
 * The title makes the name a person's, and its ending tells the case, so a
 * name no list of given names holds can still be put in the nominative
 * ("Иоахима Херрманна" -> "Иоахим Херрманн").
 */

import { languageVocabulary } from '../lib/language-vocabulary.ts';
import type { ScannedParagraph } from './scan.ts';

/** The grammatical cases a title before a name shows. */
export type RussianCase = 'nominative' | 'genitive' | 'dative';

/** The Cyrillic titles of languages.yaml, nominatives and the genitives it lists beside them. */
const LISTED: ReadonlySet<string> = new Set(languageVocabulary().titles.filter((word) => /^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*$/u.test(word)));

/** The nominatives among them: no listed title plus a case ending ("министра" is "министр" + "а"). */
const TITLES: ReadonlySet<string> = new Set([...LISTED].filter((word) => obliqueBase(word, LISTED) === undefined));

/**
 * @param word A Cyrillic word in lower case.
 * @param titles Nominatives of titles.
 * @returns The case of `word` as an oblique form of one of `titles`, or undefined.
 */
function obliqueBase(word: string, titles: ReadonlySet<string>): RussianCase | undefined {
  const stem = word.slice(0, -1);
  const last = word.slice(-1);
  // "секретаря", "секретарю": a title on a soft sign changes it for the case's ending.
  const bases = [stem, `${stem}ь`, `${stem}й`];
  if ((last === 'а' || last === 'я') && bases.some((base) => titles.has(base))) return 'genitive';
  if ((last === 'у' || last === 'ю') && bases.some((base) => titles.has(base))) return 'dative';
  // "главы", "главе": a title of the -а declension.
  if (last === 'ы' && titles.has(`${stem}а`)) return 'genitive';
  if (last === 'е' && titles.has(`${stem}а`)) return 'dative';
  // "судьи", "судье": a title on -я of that declension.
  if (last === 'и' && titles.has(`${stem}я`)) return 'genitive';
  if (last === 'е' && titles.has(`${stem}я`)) return 'dative';
  return undefined;
}

/**
 * @param word A Cyrillic word in lower case ("министра", "премьер-министр").
 * @returns The case of the title, or undefined when the word is no title. A
 *   hyphenated word counts by its last part ("премьер-министр", "вице-президенту").
 */
export function russianTitleCase(word: string): RussianCase | undefined {
  const title = word.slice(word.lastIndexOf('-') + 1);
  if (TITLES.has(title)) return 'nominative';
  return obliqueBase(title, TITLES);
}

/** Words an office may hold between its title and the name, besides other names: "по", "от" ("спецпредставитель президента по Афганистану", "депутат бундестага от «Зеленых»"). */
const OFFICE_LINKS: ReadonlySet<string> = new Set(['по', 'от', 'при']);

/** Words that end the walk back: a title beyond them is no part of the name's phrase. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['и', 'а', 'но', 'что', 'как', 'с', 'со', 'к', 'у', 'за', 'для', 'после', 'о', 'об', 'на', 'в', 'во', 'из']);

/** A verb's past tense or a reflexive ending: "заявил", "встретился". A title's office holds none. */
const VERB_ENDING = /\p{L}{3,}(?:л|ла|ли|ло|ся|сь)$/u;

/** How far back from a name a title may stand (the office between them included). */
const MAX_WALK = 6;

/**
 * The Russian title before a name, over the office between them: lower-case
 * words of the office, other names ("Финляндии", "ЦРУ"), "по" and "от", and
 * quotation marks; never across a comma, a verb or a conjunction.
 * @param paragraph The scanned paragraph.
 * @param start The name's first token.
 * @returns The title's case, or undefined when no title stands there.
 */
export function russianTitleBefore(paragraph: ScannedParagraph, start: number): RussianCase | undefined {
  for (let j = start - 1, steps = 0; j >= 0 && steps < MAX_WALK; j--, steps++) {
    const token = paragraph.tokens[j];
    if (token === undefined) return undefined;
    if (!token.word) {
      // "депутата бундестага от «Зеленых» Ренаты Кюнаст": a party's or a body's name in quotation marks.
      if (token.text === '»') {
        const opening = paragraph.tokens.slice(Math.max(0, j - 4), j).findLastIndex((other) => other.text === '«');
        if (opening === -1) return undefined;
        j = Math.max(0, j - 4) + opening;
      }
      if (/^[«»"“”„]$/u.test(token.text)) continue;
      return undefined;
    }
    if (!/\p{Script=Cyrillic}/u.test(token.text) && (paragraph.cover[j] ?? -1) < 0 && !/^\p{Lu}{2,}$/u.test(token.text)) return undefined;
    const lower = token.text.toLowerCase();
    let titleCase = russianTitleCase(lower);
    if (titleCase !== undefined) {
      // "Спецпредставитель президента ...", "заместитель министра ...": the first of two titles heads the phrase.
      for (let k = j - 1; k >= 0; k--) {
        const head = paragraph.tokens[k];
        const headCase = head?.word === true ? russianTitleCase(head.text.toLowerCase()) : undefined;
        if (headCase === undefined) break;
        titleCase = headCase;
      }
      return titleCase;
    }
    if ((paragraph.cover[j] ?? -1) >= 0 || /^\p{Lu}{2,}$/u.test(token.text)) continue;
    if (token.capitalized) return undefined;
    if (CLAUSE_WORDS.has(lower) || (VERB_ENDING.test(lower) && lower !== 'дел')) return undefined;
    if (OFFICE_LINKS.has(lower) || /^\p{Ll}+$/u.test(lower)) continue;
    return undefined;
  }
  return undefined;
}

/** Consonants, as a character class. */
const C = '[бвгджзклмнпрстфхцчшщ]';

/** A given name's nominative and the sex its ending shows, by case. */
function givenNominative(word: string, grammaticalCase: RussianCase): { word: string; sex?: 'm' | 'f' } {
  if (grammaticalCase === 'genitive') {
    if (new RegExp(`${C}а$`, 'u').test(word)) return { word: word.slice(0, -1), sex: 'm' };
    if (/[аеиоуыэюя]я$/u.test(word)) return { word: `${word.slice(0, -1)}й`, sex: 'm' };
    if (/[лнр]я$/u.test(word)) return { word: `${word.slice(0, -1)}ь`, sex: 'm' };
    if (/[гкхжшчщ]и$/u.test(word)) return { word: `${word.slice(0, -1)}а`, sex: 'f' };
    if (/[иь]и$/u.test(word)) return { word: `${word.slice(0, -1)}я`, sex: 'f' };
    if (/ы$/u.test(word)) return { word: `${word.slice(0, -1)}а`, sex: 'f' };
    return { word };
  }
  if (new RegExp(`${C}у$`, 'u').test(word)) return { word: word.slice(0, -1), sex: 'm' };
  if (/[аеиоуыэюя]ю$/u.test(word)) return { word: `${word.slice(0, -1)}й`, sex: 'm' };
  if (/[лнр]ю$/u.test(word)) return { word: `${word.slice(0, -1)}ь`, sex: 'm' };
  if (/ии$/u.test(word)) return { word: `${word.slice(0, -1)}я`, sex: 'f' };
  if (new RegExp(`${C}е$`, 'u').test(word)) return { word: `${word.slice(0, -1)}а`, sex: 'f' };
  return { word };
}

/** A surname's nominative by case and sex (unknown sex: the man's endings). */
function surnameNominative(word: string, grammaticalCase: RussianCase, sex: 'm' | 'f' | undefined): string {
  if (sex === 'f') {
    if (/(?:ов|ев|ёв|ин|ын)ой$/u.test(word)) return `${word.slice(0, -2)}а`;
    if (/[сц]кой$/u.test(word)) return `${word.slice(0, -2)}ая`;
    if (grammaticalCase === 'genitive' && /ы$/u.test(word)) return `${word.slice(0, -1)}а`;
    if (grammaticalCase === 'dative' && new RegExp(`${C}е$`, 'u').test(word)) return `${word.slice(0, -1)}а`;
    return word;
  }
  const ending = grammaticalCase === 'genitive' ? 'а' : 'у';
  if (/[сц]к(?:ого|ому)$/u.test(word)) return `${word.slice(0, -3)}ий`;
  if (new RegExp(`${C}${ending}$`, 'u').test(word)) return word.slice(0, -1);
  if (new RegExp(`[аеиоуэя]${grammaticalCase === 'genitive' ? 'я' : 'ю'}$`, 'u').test(word)) return `${word.slice(0, -1)}й`;
  // "Мэнцзюня", "Игоря": a surname on a soft sign.
  if (new RegExp(`[лнр]${grammaticalCase === 'genitive' ? 'я' : 'ю'}$`, 'u').test(word)) return `${word.slice(0, -1)}ь`;
  // "Дельфина Лорензаны": a man's surname of the -а declension.
  if (grammaticalCase === 'genitive' && /ы$/u.test(word)) return `${word.slice(0, -1)}а`;
  if (grammaticalCase === 'dative' && new RegExp(`${C}е$`, 'u').test(word)) return `${word.slice(0, -1)}а`;
  return word;
}

/**
 * A Cyrillic name of two to four words put in the nominative from the case its
 * title shows: the given names by their endings (which also show the sex),
 * the last word as a surname of that sex. Names Russian leaves undeclined
 * ("Джо", "Помпео", a woman's "Кюнаст") stay as they are.
 * @param name The name as written ("Иоахима Херрманна").
 * @param grammaticalCase The case of the title before it.
 * @returns The nominative ("Иоахим Херрманн"), or the name unchanged.
 */
export function russianNameInCase(name: string, grammaticalCase: RussianCase): string {
  const words = name.split(' ');
  if (grammaticalCase === 'nominative' || words.length < 2 || words.length > 4 || !words.every((word) => /^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*$/u.test(word))) return name;
  const given = words.slice(0, -1).map((word) => givenNominative(word, grammaticalCase));
  const sex = given.find((part) => part.sex !== undefined)?.sex;
  const surname = words[words.length - 1] as string;
  return [...given.map((part) => part.word), surnameNominative(surname, grammaticalCase, sex)].join(' ');
}
