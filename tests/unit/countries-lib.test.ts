import { describe, expect, it } from 'vitest';
import {
  alpha2FromCommonName,
  alpha2ToNumeric,
  countryFromSlug,
  countryLatLng,
  countryName,
  countrySlug,
  flagEmoji,
  isCountryCode,
  numericToAlpha2,
} from '../../src/lib/countries.ts';

describe('countryName', () => {
  it.each([
    ['KG', 'Kyrgyzstan'],
    ['KZ', 'Kazakhstan'],
    ['UZ', 'Uzbekistan'],
    ['TJ', 'Tajikistan'],
    ['TM', 'Turkmenistan'],
    ['US', 'United States'],
    ['GB', 'United Kingdom'],
    ['RU', 'Russia'],
    ['SY', 'Syria'],
    ['IQ', 'Iraq'],
    ['AF', 'Afghanistan'],
    ['IR', 'Iran'],
    ['XK', 'Kosovo'],
  ])('%s -> %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it('accepts any letter case and surrounding spaces', () => {
    expect(countryName('kg')).toBe('Kyrgyzstan');
    expect(countryName(' Tj ')).toBe('Tajikistan');
  });

  it('throws a clear error for an unknown code', () => {
    expect(() => countryName('ZZ')).toThrow(/Unknown country code "ZZ".*alpha-2/);
    expect(() => countryName('KGZ')).toThrow(/Unknown country code/);
    expect(() => countryName('')).toThrow(/Unknown country code/);
  });
});

describe('isCountryCode', () => {
  it('accepts assigned alpha-2 codes in any case', () => {
    for (const code of ['KG', 'kz', 'US', 'SY', 'IQ', 'TR', 'PS', 'TW', 'XK']) expect(isCountryCode(code)).toBe(true);
  });

  it('rejects unassigned, reserved and non-alpha-2 codes', () => {
    for (const code of ['ZZ', 'EU', 'UK', 'KGZ', '417', 'K', '']) expect(isCountryCode(code)).toBe(false);
  });
});

describe('flagEmoji', () => {
  it('builds the flag from regional indicator symbols', () => {
    expect(flagEmoji('KG')).toBe('🇰🇬');
    expect(flagEmoji('us')).toBe('🇺🇸');
    expect([...flagEmoji('SY')].map((c) => c.codePointAt(0)!.toString(16))).toEqual(['1f1f8', '1f1fe']);
  });

  it('throws for an unknown code', () => {
    expect(() => flagEmoji('ZZ')).toThrow(/Unknown country code/);
  });
});

describe('countrySlug and countryFromSlug', () => {
  it('use the lower-case code', () => {
    expect(countrySlug('KG')).toBe('kg');
    expect(countrySlug('us')).toBe('us');
    expect(countryFromSlug('kg')).toBe('KG');
    expect(countryFromSlug('zz')).toBeUndefined();
    expect(() => countrySlug('ZZ')).toThrow(/Unknown country code/);
  });

  it('round-trips every known code', () => {
    for (const code of ['KG', 'KZ', 'UZ', 'TJ', 'TM', 'AF', 'SY', 'IQ', 'TR', 'RU', 'XK']) {
      expect(countryFromSlug(countrySlug(code))).toBe(code);
    }
  });
});

describe('alpha2ToNumeric and numericToAlpha2', () => {
  it.each([
    ['KG', '417'],
    ['KZ', '398'],
    ['SY', '760'],
    ['IQ', '368'],
    ['TR', '792'],
    ['RU', '643'],
    ['AF', '004'],
    ['UZ', '860'],
    ['TJ', '762'],
    ['TM', '795'],
    ['US', '840'],
  ])('%s <-> %s', (alpha2, numeric) => {
    expect(alpha2ToNumeric(alpha2)).toBe(numeric);
    expect(numericToAlpha2(numeric)).toBe(alpha2);
  });

  it('accepts unpadded numbers', () => {
    expect(numericToAlpha2(4)).toBe('AF');
    expect(numericToAlpha2('4')).toBe('AF');
  });

  it('has no numeric code for Kosovo and none for unassigned numbers', () => {
    expect(alpha2ToNumeric('XK')).toBeUndefined();
    expect(numericToAlpha2('999')).toBeUndefined();
    expect(numericToAlpha2('abc')).toBeUndefined();
    expect(() => alpha2ToNumeric('ZZ')).toThrow(/Unknown country code/);
  });
});

describe('alpha2FromCommonName and countryLatLng', () => {
  it('finds a code from the exact common name only', () => {
    expect(alpha2FromCommonName('Kosovo')).toBe('XK');
    expect(alpha2FromCommonName('kyrgyzstan')).toBe('KG');
    expect(alpha2FromCommonName('Somaliland')).toBeUndefined();
    expect(alpha2FromCommonName('Kyrgyz')).toBeUndefined();
  });

  it('gives a point inside the right part of the world', () => {
    const [lat, lng] = countryLatLng('KG');
    expect(lat).toBeGreaterThan(39);
    expect(lat).toBeLessThan(44);
    expect(lng).toBeGreaterThan(69);
    expect(lng).toBeLessThan(81);
  });
});
