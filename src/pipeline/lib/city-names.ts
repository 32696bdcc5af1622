/**
 * The names news text uses for towns that GeoNames names otherwise:
 * - German-speaking towns with their river or region: "Hanau am Main" is
 *   "Hanau", "Halle (Saale)" is "Halle"; articles almost never print the qualifier.
 * - Arab towns in a strict transliteration: "Mişrātah" is "Misrata", "As
 *   Sulaymānīyah" is "Sulaymaniyah", "Sāmarrā’" is "Samarra"; news text drops
 *   the article, the closing "h" of "-ah" and the hamza.
 * - Philippine cities named with "City": "Marawi City" is mostly "Marawi".
 */

/** Countries whose official town names carry German qualifiers. */
const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH']);

/** "X am Main", "X an der Lahn", "X im Taunus", "X bei Coburg", "X (Saale)". */
const QUALIFIED_NAME = /^(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)?) (?:(?:am|an der|auf der|im|in der|ob der|bei|vor der) \p{Lu}.*|\(\p{Lu}[^()]*\))$/u;

/**
 * @param name A town's official name.
 * @param country Its ISO 3166-1 alpha-2 code.
 * @returns The name without its qualifier, or null when it has none.
 */
export function commonTownName(name: string, country: string): string | null {
  if (!GERMAN_SPEAKING.has(country)) return null;
  return QUALIFIED_NAME.exec(name)?.[1] ?? null;
}

/** Countries whose town names GeoNames transliterates from Arabic. */
const ARABIC_NAMED = new Set(['DZ', 'BH', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'AE', 'YE']);

/** The Arabic article before a name, as GeoNames writes it: "Al ", "As ", "Ar ", "Ad-"... */
const ARABIC_ARTICLE = /^(?:a[dlnrstz]|ash|adh|ath)[ -](?=\p{Lu})/iu;

/**
 * @param name A town's name as GeoNames writes it.
 * @param country Its ISO 3166-1 alpha-2 code.
 * @returns The other forms news text writes it in (without diacritics, the article, a final "h" or a hamza), none when it has none.
 */
export function arabicTownNames(name: string, country: string): string[] {
  if (!ARABIC_NAMED.has(country)) return [];
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’‘ʼʻ`]+$/u, '');
  const bare = plain.replace(ARABIC_ARTICLE, '');
  const forms = new Set([plain, bare, ...[plain, bare].filter((form) => /[^h]ah$/u.test(form)).map((form) => form.slice(0, -1))]);
  forms.delete(name);
  return [...forms].filter((form) => form.replace(/[^\p{L}]/gu, '').length >= 4);
}

/**
 * @param name A town's name as GeoNames writes it.
 * @param country Its ISO 3166-1 alpha-2 code.
 * @returns The name without "City" for a Philippine city ("Marawi City" is "Marawi" in most news text), else none.
 */
export function philippineTownNames(name: string, country: string): string[] {
  if (country !== 'PH') return [];
  const bare = /^(\p{Lu}[\p{L}-]{3,}) City$/u.exec(name)?.[1];
  return bare === undefined ? [] : [bare];
}

/**
 * @param cities Cities as the gazetteer package lists them.
 * @returns The same cities, each qualified one followed by a copy under its
 *   common name (the most populous of a name still wins where names clash).
 */
export function withCommonTownNames<City extends { name: string; country: string }>(cities: readonly City[]): City[] {
  const result: City[] = [];
  for (const city of cities) {
    result.push(city);
    const common = commonTownName(city.name, city.country);
    if (common !== null) result.push({ ...city, name: common });
    for (const form of [...arabicTownNames(city.name, city.country), ...philippineTownNames(city.name, city.country)]) result.push({ ...city, name: form });
  }
  return result;
}
