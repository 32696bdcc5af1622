/**
 * Country helpers for the site: names, flags, URL slugs and ISO 3166-1 codes.
 *
 * Data comes from the `world-countries` package (every officially assigned
 * ISO 3166-1 alpha-2 code, plus Kosovo's user-assigned `XK`, which is in
 * common use and which the annotator may emit). Codes are accepted in any
 * letter case and surrounding whitespace is ignored.
 */
import worldCountries from 'world-countries';

/** What this module keeps of one `world-countries` record. */
interface CountryRecord {
  /** ISO 3166-1 alpha-2 code, upper case. */
  alpha2: string;
  /** ISO 3166-1 numeric code as three digits ("417"), or undefined when none is assigned (Kosovo). */
  numeric: string | undefined;
  /** English common name ("Kyrgyzstan", "United States"). */
  name: string;
  /** Latitude and longitude of a representative point, in degrees. */
  latlng: [number, number];
}

/**
 * Names English-language news uses where the package's common name differs
 * (the package follows recent official renamings). Extend when readers would
 * not recognise the package's name.
 */
const NEWS_NAMES: Readonly<Record<string, string>> = { TR: 'Turkey' };

/** Every known country, keyed by upper-case alpha-2 code. */
const COUNTRIES_BY_ALPHA2: ReadonlyMap<string, CountryRecord> = new Map(
  worldCountries.map((country) => [
    country.cca2.toUpperCase(),
    {
      alpha2: country.cca2.toUpperCase(),
      numeric: /^\d{3}$/.test(country.ccn3) ? country.ccn3 : undefined,
      name: NEWS_NAMES[country.cca2.toUpperCase()] ?? country.name.common,
      latlng: country.latlng,
    },
  ]),
);

/** Alpha-2 code for each ISO 3166-1 numeric code ("417" -> "KG"). */
const ALPHA2_BY_NUMERIC: ReadonlyMap<string, string> = new Map(
  [...COUNTRIES_BY_ALPHA2.values()].flatMap((country) =>
    country.numeric === undefined ? [] : [[country.numeric, country.alpha2] as const],
  ),
);

/** Alpha-2 code for each English common name, compared case-insensitively. */
const ALPHA2_BY_NAME: ReadonlyMap<string, string> = new Map(
  [...COUNTRIES_BY_ALPHA2.values()].map((country) => [country.name.toLowerCase(), country.alpha2]),
);

/**
 * @param code A country code as written anywhere (any case, maybe padded).
 * @returns The code trimmed and upper-cased.
 */
function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * Look up a country, failing loudly for an unknown code.
 * @param code Alpha-2 code, any case.
 * @returns The country's record.
 * @throws Error naming the code when it is not a known country code.
 */
function requireCountry(code: string): CountryRecord {
  const country = COUNTRIES_BY_ALPHA2.get(normalizeCode(code));
  if (country === undefined) {
    throw new Error(`Unknown country code ${JSON.stringify(code)}: expected an ISO 3166-1 alpha-2 code such as KG`);
  }
  return country;
}

/**
 * @param code A candidate code, any case.
 * @returns Whether it is an assigned ISO 3166-1 alpha-2 code (or Kosovo's `XK`).
 */
export function isCountryCode(code: string): boolean {
  return COUNTRIES_BY_ALPHA2.has(normalizeCode(code));
}

/**
 * @param code Alpha-2 code, any case (`KG`, `us`).
 * @returns The English common name (`Kyrgyzstan`, `United States`).
 * @throws Error for an unknown code.
 */
export function countryName(code: string): string {
  return requireCountry(code).name;
}

/**
 * @param code Alpha-2 code, any case.
 * @returns The flag as two Unicode regional indicator symbols (`KG` -> 🇰🇬).
 * @throws Error for an unknown code.
 */
export function flagEmoji(code: string): string {
  const { alpha2 } = requireCountry(code);
  const regionalIndicatorA = 0x1f1e6;
  return String.fromCodePoint(
    ...[...alpha2].map((letter) => regionalIndicatorA + letter.charCodeAt(0) - 'A'.charCodeAt(0)),
  );
}

/**
 * @param code Alpha-2 code, any case.
 * @returns The URL slug of the country's page: the code in lower case (`kg`).
 * @throws Error for an unknown code.
 */
export function countrySlug(code: string): string {
  return requireCountry(code).alpha2.toLowerCase();
}

/**
 * @param slug A country page slug (`kg`), any case.
 * @returns The upper-case alpha-2 code (`KG`), or undefined when the slug names no country.
 */
export function countryFromSlug(slug: string): string | undefined {
  return COUNTRIES_BY_ALPHA2.get(normalizeCode(slug))?.alpha2;
}

/**
 * @param code Alpha-2 code, any case.
 * @returns The ISO 3166-1 numeric code as three digits (`KG` -> `417`, `AF` -> `004`),
 *   or undefined for a known code that has none (`XK`).
 * @throws Error for an unknown code.
 */
export function alpha2ToNumeric(code: string): string | undefined {
  return requireCountry(code).numeric;
}

/**
 * @param numeric ISO 3166-1 numeric code, as a number or string (`417`, `"004"`, `4`).
 * @returns The upper-case alpha-2 code, or undefined when the number is not assigned.
 */
export function numericToAlpha2(numeric: string | number): string | undefined {
  const digits = String(numeric).trim();
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  return ALPHA2_BY_NUMERIC.get(digits.padStart(3, '0'));
}

/**
 * @param name An English common name exactly as `countryName` spells it, any case (`Kosovo`).
 * @returns The alpha-2 code, or undefined. Not a general name matcher: no aliases, demonyms or spelling variants.
 */
export function alpha2FromCommonName(name: string): string | undefined {
  return ALPHA2_BY_NAME.get(name.trim().toLowerCase());
}

/**
 * @param code Alpha-2 code, any case.
 * @returns Latitude and longitude (degrees) of a representative point of the country.
 * @throws Error for an unknown code.
 */
export function countryLatLng(code: string): [number, number] {
  const [lat, lng] = requireCountry(code).latlng;
  return [lat, lng];
}
