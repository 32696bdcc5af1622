import { describe, expect, it } from 'vitest';
import { isDistinctSound, soundKey } from '../../src/pipeline/ner/sound-key.ts';
import { normalizeToken } from '../../src/pipeline/ner/tokens.ts';

/** The sound key of a word as written. */
const heard = (word: string): string => soundKey(normalizeToken(word));

describe('soundKey', () => {
  it.each([
    ['Вюрцбург', 'Würzburg'],
    ['Трейхтлинген', 'Treuchtlingen'],
    ['Хайдингсфельд', 'Heidingsfeld'],
    ['Гамбург', 'Hamburg'],
    ['Манчестер', 'Manchester'],
    ['Камбрильс', 'Cambrils'],
    ['Стокгольм', 'Stockholm'],
    ['Бирмингем', 'Birmingham'],
    ['Эдмонтон', 'Edmonton'],
    ['Массачусетс', 'Massachusetts'],
    ['Колорадо', 'Colorado'],
  ])('hears %s as %s', (cyrillic, latin) => {
    expect(heard(cyrillic)).toBe(heard(latin));
  });

  it('keeps names that sound apart apart', () => {
    expect(heard('Гамбург')).not.toBe(heard('Страсбург'));
    expect(heard('Манчестер')).not.toBe(heard('Ланкастер'));
    expect(heard('Вюрцбург')).not.toBe(heard('Regensburg'));
  });

  it('keeps the first letter, a vowel as "a", and drops the later vowels and doubled letters', () => {
    expect(heard('Ulm')).toBe('alm');
    expect(heard('Kassel')).toBe('ksl');
  });
});

describe('isDistinctSound', () => {
  it('takes keys of five letters, or four from a long name, and no shorter', () => {
    expect(isDistinctSound('vrsbrh', 'vyurtsburg')).toBe(true);
    expect(isDistinctSound('klrd', 'kolorado')).toBe(true);
    expect(isDistinctSound('trk', 'turku')).toBe(false);
    expect(isDistinctSound('prsn', 'parsn')).toBe(false);
  });
});
