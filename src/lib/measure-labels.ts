/**
 * Readable names of measure keys: `kg-fighters-syria-iraq` ->
 * "Fighters from Kyrgyzstan, in Syria and Iraq". A key is read as who (leading
 * ISO codes), kind (a kind of data/knowledge/measures.yaml) and where (theatres
 * or country slugs); a key a contributor wrote in another shape is shown as
 * its words. Pure given the vocabulary.
 */
import worldCountries from 'world-countries';
import type { MeasureVocabulary } from '../pipeline/measure-vocabulary.ts';
import { countryName, isCountryCode } from './countries.ts';
import { slugify } from './slug.ts';

/** A measure key read back into its parts. */
export interface MeasureReading {
  /** Upper-case ISO codes of the people counted. */
  who: string[];
  /** The kind's label, or the key's middle words. */
  kind: string;
  /** Labels of the places. */
  where: string[];
}

/** Country code by the slug of its name (`kyrgyzstan` -> `KG`). */
const codeBySlug: ReadonlyMap<string, string> = new Map(
  worldCountries.filter((country) => isCountryCode(country.cca2)).map((country) => [slugify(countryName(country.cca2)), country.cca2.toUpperCase()]),
);

/**
 * Read a measure key.
 * @param measure The key.
 * @param vocabulary Kinds and theatres.
 * @returns Its parts, labelled.
 */
export function readMeasure(measure: string, vocabulary: MeasureVocabulary): MeasureReading {
  const tokens = measure.split('-').filter((token) => token !== '');
  let whoCount = 0;
  while (whoCount < tokens.length - 1 && /^[a-z]{2}$/.test(tokens[whoCount] as string) && isCountryCode(tokens[whoCount] as string)) whoCount++;
  // Leading codes are who only when the rest reads as a kind or places ("my-own-key" is not Malaysia's).
  for (let at = whoCount; at >= 0; at--) {
    const reading = readKindAndPlaces(tokens.slice(at), vocabulary);
    if (reading) return { who: tokens.slice(0, at).map((token) => token.toUpperCase()), ...reading };
  }
  return { who: [], kind: tokens.join(' ') || measure, where: [] };
}

/**
 * Read the kind and where of a key, who left out.
 * @param tokens The key's words after who.
 * @param vocabulary Kinds and theatres.
 * @returns The kind's label and the places, or undefined when neither a known kind nor places are found.
 */
function readKindAndPlaces(tokens: readonly string[], vocabulary: MeasureVocabulary): { kind: string; where: string[] } | undefined {
  const rest = tokens.join('-');
  const kinds = [...vocabulary.kinds].sort((a, b) => b.kind.length - a.kind.length);
  for (const kind of kinds.filter((entry) => rest === entry.kind || rest.startsWith(`${entry.kind}-`))) {
    const where = readPlaces(rest.slice(kind.kind.length + 1), vocabulary);
    if (where) return { kind: kind.label, where };
  }
  // A kind the vocabulary does not know: the longest tail that reads as places is where.
  for (let cut = 1; cut < tokens.length; cut++) {
    const where = readPlaces(tokens.slice(cut).join('-'), vocabulary);
    if (where && where.length > 0) return { kind: tokens.slice(0, cut).join(' '), where };
  }
  return undefined;
}

/**
 * A readable name for a measure key.
 * @param measure The key.
 * @param vocabulary Kinds and theatres.
 * @returns "Fighters from Kyrgyzstan, in Syria and Iraq".
 */
export function describeMeasure(measure: string, vocabulary: MeasureVocabulary): string {
  const { who, kind, where } = readMeasure(measure, vocabulary);
  const head = kind.charAt(0).toUpperCase() + kind.slice(1);
  const from = who.length > 0 ? ` from ${listText(who.map(countryName))}` : '';
  const inPlaces = where.length > 0 ? `${from ? ',' : ''} in ${listText(where)}` : '';
  return `${head}${from}${inPlaces}`;
}

/**
 * Read the where part of a key: theatres and country slugs, longest first.
 * @param text The where part (may be empty).
 * @param vocabulary Theatres.
 * @returns Labels, or undefined when the text is not made of places.
 */
function readPlaces(text: string, vocabulary: MeasureVocabulary): string[] | undefined {
  const tokens = text.split('-').filter((token) => token !== '');
  const labels: string[] = [];
  let at = 0;
  while (at < tokens.length) {
    let found: { label: string; length: number } | undefined;
    for (let length = Math.min(6, tokens.length - at); length > 0 && !found; length--) {
      const slug = tokens.slice(at, at + length).join('-');
      const theatre = vocabulary.theatres.find((item) => item.theatre === slug);
      const code = codeBySlug.get(slug);
      if (theatre) found = { label: theatre.label, length };
      else if (code) found = { label: countryName(code), length };
    }
    if (!found) return undefined;
    labels.push(found.label);
    at += found.length;
  }
  return labels;
}

/**
 * @param items Words.
 * @returns "A", "A and B", "A, B and C".
 */
function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}
