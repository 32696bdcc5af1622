import { describe, expect, it } from 'vitest';
import { russianNameInCase, russianTitleCase } from '../../src/pipeline/ner/russian-titles.ts';

describe('russianTitleCase', () => {
  it('reads the case from the title\'s ending', () => {
    expect(russianTitleCase('министр')).toBe('nominative');
    expect(russianTitleCase('премьер-министр')).toBe('nominative');
    expect(russianTitleCase('министра')).toBe('genitive');
    expect(russianTitleCase('директору')).toBe('dative');
    expect(russianTitleCase('секретаря')).toBe('genitive');
    expect(russianTitleCase('главы')).toBe('genitive');
    expect(russianTitleCase('судье')).toBe('dative');
    expect(russianTitleCase('вице-президенту')).toBe('dative');
  });

  it('knows no title in other words', () => {
    expect(russianTitleCase('министерство')).toBeUndefined();
    expect(russianTitleCase('дом')).toBeUndefined();
    expect(russianTitleCase('визита')).toBeUndefined();
  });
});

describe('russianNameInCase', () => {
  it('puts a man\'s name of any origin in the nominative', () => {
    expect(russianNameInCase('Иоахима Херрманна', 'genitive')).toBe('Иоахим Херрманн');
    expect(russianNameInCase('Андрея Сидорова', 'genitive')).toBe('Андрей Сидоров');
    expect(russianNameInCase('Майку Помпео', 'dative')).toBe('Майк Помпео');
    expect(russianNameInCase('Игорю Достоевскому', 'dative')).toBe('Игорь Достоевский');
  });

  it('puts a woman\'s name in the nominative, leaving a foreign surname on a consonant alone', () => {
    expect(russianNameInCase('Ренаты Кюнаст', 'genitive')).toBe('Рената Кюнаст');
    expect(russianNameInCase('Анны Петровой', 'genitive')).toBe('Анна Петрова');
    expect(russianNameInCase('Марии Ивановой', 'dative')).toBe('Мария Иванова');
  });

  it('leaves undeclined names and nominatives alone', () => {
    expect(russianNameInCase('Джо Байдена', 'genitive')).toBe('Джо Байден');
    expect(russianNameInCase('Юха Сипиля', 'nominative')).toBe('Юха Сипиля');
    expect(russianNameInCase('John Smith', 'genitive')).toBe('John Smith');
  });
});
