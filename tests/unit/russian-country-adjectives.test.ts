/**
 * Russian country adjectives derived from the ISO package's Russian names, with
 * the irregular ones countries.yaml lists as demonyms.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { adjectiveStemsOfName, countryOfRussianAdjective } from '../../src/pipeline/ner/russian-country-adjectives.ts';
import { normalizeToken } from '../../src/pipeline/ner/tokens.ts';

const { countries } = loadKnowledge();
const countryOf = (word: string): string | undefined => countryOfRussianAdjective(word, normalizeToken(word), countries);

describe('Russian country adjectives', () => {
  it('derives the stems of a name in "-ия", of a name on a consonant and of a name in "-стан"', () => {
    expect(adjectiveStemsOfName('belgiya')).toContain('belgiysk');
    expect(adjectiveStemsOfName('irak')).toContain('iraksk');
    expect(adjectiveStemsOfName('uzbekistan')).toContain('uzbeksk');
  });

  it('finds the country of an adjective in any case, regular or listed', () => {
    expect(countryOf('бельгийском')).toBe('BE');
    expect(countryOf('иракских')).toBe('IQ');
    expect(countryOf('кыргызская')).toBe('KG');
    expect(countryOf('японского')).toBe('JP');
    // Irregular: listed in countries.yaml.
    expect(countryOf('французском')).toBe('FR');
    expect(countryOf('немецкой')).toBe('DE');
  });

  it('gives no country to a word that is no adjective of one', () => {
    expect(countryOf('бельгия')).toBeUndefined();
    expect(countryOf('городском')).toBeUndefined();
    expect(countryOf('Belgian')).toBeUndefined();
  });
});
