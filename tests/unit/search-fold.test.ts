import { describe, expect, it } from 'vitest';
import { fold, isIndexable, tokenize, wordTokens } from '../../src/search/fold.ts';

describe('fold', () => {
  it('transliterates Russian Cyrillic names to the Latin spelling the English press uses', () => {
    expect(fold('Медетбеков')).toBe('medetbekov');
    expect(fold('Абдырахман Маматалиев')).toBe('abdyrakhman mamataliev');
    expect(fold('Патрушев')).toBe('patrushev');
    expect(fold('Хегай')).toBe('khegay');
  });

  it('keeps й distinct from и: й becomes y before any diacritic is stripped', () => {
    expect(fold('й')).toBe('y');
    expect(fold('и')).toBe('i');
    expect(fold('Сулайманов')).toBe('sulaymanov');
    // The same letter written decomposed (и + combining breve) folds the same way.
    expect(fold('Сулаи\u0306манов')).toBe('sulaymanov');
    expect(fold('ё')).toBe('yo');
  });

  it('folds the Kyrgyz and Kazakh letters', () => {
    expect(fold('Жогорку Кеңеш')).toBe('zhogorku kenesh');
    expect(fold('Қасым-Жомарт Тоқаев')).toBe('kasym-zhomart tokaev');
    expect(fold('Өзбекстан')).toBe('ozbekstan');
    expect(fold('Үкүмөт')).toBe('ukumot');
    expect(fold('Ғылым')).toBe('gylym');
  });

  it('removes Latin diacritics and ignores case', () => {
    expect(fold('Davutoğlu')).toBe('davutoglu');
    expect(fold('Ürümqi')).toBe('urumqi');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('GKNB')).toBe('gknb');
    expect(fold('Łódź')).toBe('lodz');
  });

  it('leaves other scripts as they are, lower-cased', () => {
    expect(fold('داعش')).toBe('داعش');
  });
});

describe('tokenize', () => {
  it('splits running text into folded words, joining apostrophes and digit groups', () => {
    expect(tokenize("Kazakhstan’s 50,000 militants, Abu Mu'adh al-Muhajir said.")).toEqual([
      'kazakhstan',
      '50000',
      'militants',
      'abu',
      'muadh',
      'al',
      'muhajir',
      'said',
    ]);
  });

  it('tokenizes a seed sentence and its Cyrillic rendering alike', () => {
    const latin = tokenize('Artur Medetbekov, the former deputy chairman of the National Security Committee (GKNB)');
    expect(latin).toContain('medetbekov');
    expect(latin).toContain('gknb');
    expect(tokenize('Артур Медетбеков, бывший заместитель председателя ГКНБ')).toEqual(
      expect.arrayContaining(['artur', 'medetbekov', 'gknb']),
    );
  });

  it('handles a 25 сентября 2013 date line from a seed', () => {
    expect(tokenize('Syrian militants may come to Kazakhstan 25 сентября 2013, 14:51')).toEqual([
      'syrian',
      'militants',
      'may',
      'come',
      'to',
      'kazakhstan',
      '25',
      'sentyabrya',
      '2013',
      '14',
      '51',
    ]);
  });

  it('gives each word its tokens as wordTokens does', () => {
    expect(wordTokens('Kazakhstan’s')).toEqual(['kazakhstan']);
    expect(wordTokens('Маматалиев')).toEqual(['mamataliev']);
    expect(wordTokens('ь')).toEqual([]);
  });

  it('indexes words of two characters or more', () => {
    expect(isIndexable('is')).toBe(true);
    expect(isIndexable('a')).toBe(false);
  });
});
