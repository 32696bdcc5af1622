/**
 * The countries of Russian adjectives ("в бельгийском Льеже", "японского
 * правительства", "во французском Каркассоне").
 *
 * Most Russian country adjectives are made from the country's Russian name,
 * which the ISO package gives: the name without its case ending, then "-ск-"
 * ("Ирак" -> "иракский", "Япония" -> "японский") or, after "-ия", "-ийск-"
 * ("Бельгия" -> "бельгийский"); a name in "-(и)стан" may drop it
 * ("Кыргызстан" -> "кыргызский", "Узбекистан" -> "узбекский"). The others
 * ("французский", "немецкий", "турецкий") are listed as demonyms in
 * countries.yaml, and read the same way. Adjectives are keyed by their stem
 * (`russianWordStem` of the match key), so every case form finds its country.
 */
import type { CountryEntry } from '../knowledge.ts';
import { isCyrillicWord, russianWordStem } from './inflection.ts';
import { normalizeToken } from './tokens.ts';

/** Derived tables per country list, built on first use. */
const built = new WeakMap<readonly CountryEntry[], ReadonlyMap<string, string>>();

/**
 * Stems of the Russian adjectives of countries, each to its country's code.
 * A stem two countries would share is left out.
 * @param countries The knowledge's countries (names in every matched locale, demonyms).
 * @returns Adjective stem (`russianWordStem` of the match key, "belgiysk") -> ISO alpha-2 code.
 */
export function russianCountryAdjectives(countries: readonly CountryEntry[]): ReadonlyMap<string, string> {
  const cached = built.get(countries);
  if (cached) return cached;
  const owners = new Map<string, Set<string>>();
  const offer = (stem: string, code: string): void => {
    const set = owners.get(stem) ?? new Set<string>();
    set.add(code);
    owners.set(stem, set);
  };
  for (const country of countries) {
    for (const name of country.names) {
      if (!isCyrillicWord(name) || /[\s-]/u.test(name)) continue;
      for (const stem of adjectiveStemsOfName(normalizeToken(name))) offer(stem, country.code);
    }
    for (const demonym of country.demonyms) {
      if (isCyrillicWord(demonym) && !/\s/u.test(demonym)) offer(russianWordStem(normalizeToken(demonym)), country.code);
    }
  }
  const table = new Map<string, string>();
  for (const [stem, codes] of owners) if (codes.size === 1) table.set(stem, [...codes][0] as string);
  built.set(countries, table);
  return table;
}

/**
 * The stems of the adjectives a one-word Russian country name makes.
 * @param key The name's match key ("belgiya", "kyrgyzstan", "irak").
 * @returns Adjective stems ("belgiysk"; "kyrgyzstansk", "kyrgyzsk"; "iraksk").
 */
export function adjectiveStemsOfName(key: string): string[] {
  const stem = russianWordStem(key);
  const stems = [`${stem}sk`];
  if (key.endsWith('iya')) stems.push(`${stem}iysk`);
  const stan = /^(.{3,}?)(?:i)?stan$/u.exec(key);
  if (stan) stems.push(`${stan[1]}sk`);
  return stems;
}

/**
 * The country of a lower-case Russian word that is a country's adjective in any case.
 * @param text The word as written.
 * @param norm Its match key.
 * @param countries The knowledge's countries.
 * @returns The ISO alpha-2 code, or undefined.
 */
export function countryOfRussianAdjective(text: string, norm: string, countries: readonly CountryEntry[]): string | undefined {
  if (!isCyrillicWord(text) || !RUSSIAN_ADJECTIVE_ENDING.test(text.toLowerCase())) return undefined;
  return russianCountryAdjectives(countries).get(russianWordStem(norm));
}

/** The case endings of a Russian adjective on "-ск-" ("бельгийском", "французская", "японских"). */
const RUSSIAN_ADJECTIVE_ENDING = /(?:ск|цк)(?:ий|ой|ая|ое|ого|ому|ом|ую|ие|их|им|ими|ей)$/u;
