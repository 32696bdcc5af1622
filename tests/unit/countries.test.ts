import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { articleCountries } from '../../src/pipeline/stages/countries.ts';
import { extractEntities } from '../../src/pipeline/stages/entities.ts';
import type { ArticleText } from '../../src/pipeline/types.ts';
import { GOLD_ARTICLES } from '../fixtures/ner-articles.ts';
import { SEED_000_PARAGRAPHS, SEED_001_PARAGRAPHS, SEED_002_PARAGRAPHS, SEED_003_PARAGRAPHS } from '../fixtures/ner-seeds.ts';

const knowledge = loadKnowledge();

/**
 * The countries of some paragraphs, with the entity stage run first as the pipeline does.
 * @param paragraphs Body paragraphs.
 * @returns ISO codes in order of first mention.
 */
function countriesOf(...paragraphs: string[]): string[] {
  const text: ArticleText = { metadata: { title: 'Test', outlet: null, author: null, published: null }, paragraphs };
  return articleCountries(text, extractEntities(text, knowledge), knowledge);
}

describe('articleCountries on the seeds', () => {
  it('seed 000: Kyrgyz fighters in Syria and Iraq, Afghanistan, Pakistan, Russia, Turkey', () => {
    expect(countriesOf(...SEED_000_PARAGRAPHS)).toEqual(['KG', 'SY', 'IQ', 'AF', 'PK', 'RU', 'TR']);
  });

  it('seed 001: Kazakhstan and the powers around Syria, Iran by "Iranian"', () => {
    expect(countriesOf(...SEED_001_PARAGRAPHS).sort()).toEqual(['IQ', 'IR', 'JO', 'KZ', 'RU', 'SY', 'TR', 'US']);
  });

  it('seed 002: the CIS members listed, the U.S., Libya and Egypt; the dateline city first', () => {
    const codes = countriesOf(...SEED_002_PARAGRAPHS);
    expect(codes[0]).toBe('RU');
    expect([...codes].sort()).toEqual(['AM', 'AZ', 'BY', 'EG', 'IQ', 'KG', 'KZ', 'LY', 'MD', 'RU', 'SY', 'TJ', 'UA', 'US', 'UZ']);
  });

  it('seed 003: Central Asia, Afghanistan, Syria, and Russia by the Moscow dateline', () => {
    expect(countriesOf(...SEED_003_PARAGRAPHS).sort()).toEqual(['AF', 'KG', 'RU', 'SY', 'TJ', 'UZ']);
  });
});

describe('articleCountries on articles written for these tests', () => {
  it.each(GOLD_ARTICLES.map((gold) => [gold.id, gold] as const))('%s', (_, gold) => {
    const optional = new Set(gold.countriesOptional ?? []);
    const actual = countriesOf(...gold.paragraphs).filter((code) => !optional.has(code));
    expect(actual).toEqual(gold.countries);
  });
});

describe('articleCountries rules', () => {
  it('reads every spelling: the U.S., the United States, Britain, the Kyrgyz Republic, Türkiye', () => {
    expect(countriesOf('Officials in the U.S. and Britain agreed.')).toEqual(['US', 'GB']);
    expect(countriesOf('The United States and the Kyrgyz Republic signed the deal in Türkiye.')).toEqual(['US', 'KG', 'TR']);
  });

  it('reads demonyms, also inside hyphenated words', () => {
    expect(countriesOf('Afghan, Syrian and Iranian officials met Uzbek diplomats.')).toEqual(['AF', 'SY', 'IR', 'UZ']);
    expect(countriesOf('A Kazakhstan-born militant and pro-Russian fighters were seen.')).toEqual(['KZ', 'RU']);
    expect(countriesOf('An American and a Dane were deported.')).toEqual(['US', 'DK']);
  });

  it('reads capitals and cities as their country', () => {
    expect(countriesOf('Rockets were fired at Termez.')).toEqual(['UZ']);
    expect(countriesOf('The talks moved from Bishkek to Kabul.')).toEqual(['KG', 'AF']);
    expect(countriesOf('The fighters regrouped in Idlib and Mosul.')).toEqual(['SY', 'IQ']);
  });

  it('gives regions spanning several countries none', () => {
    expect(countriesOf('The threat is growing across Central Asia, the Middle East and the Caucasus.')).toEqual([]);
    expect(countriesOf('Recruiters are active in the Fergana Valley.')).toEqual([]);
  });

  it('skips false friends', () => {
    expect(countriesOf('He studied in Atlanta, Georgia, for a year.')).toEqual(['US']);
    expect(countriesOf('Latin American governments were not consulted.')).toEqual([]);
    expect(countriesOf('Jordan Henderson said the match would go ahead.')).toEqual([]);
    expect(countriesOf('Oil spills in the Niger Delta continued.')).toEqual([]);
    expect(countriesOf('Ships crossed the Indian Ocean.')).toEqual([]);
  });

  it("counts a state body's or armed group's country, not a news outlet's", () => {
    expect(countriesOf('The Taliban denied the report.')).toEqual(['AF']);
    expect(countriesOf('Voice of America and Reuters reported the attack.')).toEqual([]);
    expect(countriesOf('The FSB said the plot was foiled.')).toEqual(['RU']);
  });

  it("counts a person's country from the role", () => {
    expect(countriesOf('Tajik political analyst Parviz Mullojanov disagreed.')).toEqual(['TJ']);
  });

  it('covers every country of the package under its common name', () => {
    const missing: string[] = [];
    for (const country of knowledge.countries) {
      const codes = countriesOf(`Officials in ${country.name} said nothing.`);
      if (!codes.includes(country.code)) missing.push(`${country.code} ${country.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists codes in order of first mention, without repeats', () => {
    expect(countriesOf('Russia, Syria and Russia again.', 'Syrian and Russian troops.')).toEqual(['RU', 'SY']);
  });
});

describe('articleCountries on German-language text', () => {
  it('knows countries by their German names', () => {
    const codes = countriesOf('Die Polizei in Deutschland nahm zwei Männer fest, die aus Tadschikistan und Kirgisistan stammen.', 'Sie sollen Anschläge in Schweden und Österreich geplant haben.');
    expect(codes).toEqual(expect.arrayContaining(['DE', 'TJ', 'KG', 'SE', 'AT']));
  });
});
