/**
 * The names news text uses for German-speaking towns that GeoNames names with
 * their river or region: "Hanau am Main" is "Hanau", "Halle (Saale)" is
 * "Halle". Articles almost never print the qualifier.
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
  }
  return result;
}
