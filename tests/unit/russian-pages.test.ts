/**
 * Wholly Russian pages: Cyrillic acronyms of bodies, Russian place names and their
 * case forms, titled names, collective numerals, decimal commas, ages, the outlet
 * named in the dative. Every sentence here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotateSeed } from '../../src/pipeline/index.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { placeNameStem } from '../../src/pipeline/ner/inflection.ts';
import { findQuantities } from '../../src/pipeline/lib/quantities.ts';
import { extractEntities } from '../../src/pipeline/stages/entities.ts';
import type { AnnotatedArticle, ArticleEntity } from '../../src/pipeline/types.ts';

const knowledge = loadKnowledge();

/** Entities of some paragraphs, with an outlet. */
function entitiesOf(paragraphs: string[], outlet: string | null = null): ArticleEntity[] {
  return extractEntities({ metadata: { title: 'Заголовок', outlet, author: null, published: null }, paragraphs }, knowledge);
}

/** The entity with this id, or undefined. */
function byId(entities: readonly ArticleEntity[], id: string): ArticleEntity | undefined {
  return entities.find((entity) => entity.id === id);
}

/** Annotate a small Russian page: a title, a date line and the paragraphs. */
function annotate(...paragraphs: string[]): AnnotatedArticle {
  const text = ['Силовики задержали вербовщиков', '3 марта 2019', ...paragraphs].join('\n\n');
  return annotateSeed({ id: 'ru-test', source: 'seeds/ru-test.txt', bytes: new TextEncoder().encode(text) }, knowledge);
}

/** Numbers of the quantities of a sentence. */
function values(sentence: string): number[] {
  return findQuantities(sentence).map((quantity) => quantity.value ?? quantity.min ?? NaN);
}

describe('Russian bodies, places and people', () => {
  it('reads Cyrillic acronyms of known bodies, beside their Latin transliterations', () => {
    const entities = entitiesOf(['Сотрудники ФСБ и МВД Таджикистана провели обыски, сообщили в пресс-службе ОДКБ и СНГ.']);
    expect(byId(entities, 'federal-security-service')?.name).toBe('ФСБ');
    expect(byId(entities, 'collective-security-treaty-organization')).toBeDefined();
    expect(byId(entities, 'commonwealth-of-independent-states')).toBeDefined();
    // "МВД Таджикистана": the office bound to the country in the genitive right after it.
    expect(byId(entities, 'interior-ministry-of-tajikistan')).toBeDefined();
  });

  it('binds a Russian office to the genitive country after it, not to the article main country', () => {
    const entities = entitiesOf(['В Сирии воюют сотни граждан Казахстана и Сирии.', 'Об этом сообщил МИД Казахстана.']);
    expect(byId(entities, 'foreign-ministry-of-kazakhstan')).toBeDefined();
    expect(byId(entities, 'foreign-ministry-of-syria')).toBeUndefined();
  });

  it('matches Russian country and city names in their case forms', () => {
    const entities = entitiesOf(['Двое уроженцев Киргизии были задержаны в Санкт-Петербурге, третий — в Стамбуле.']);
    expect(byId(entities, 'kyrgyzstan')?.aliases).toContain('Киргизии');
    expect(byId(entities, 'st-petersburg')).toBeDefined();
    expect(byId(entities, 'istanbul')).toBeDefined();
  });

  it('does not read a Russian given name or word as a Latin-script town', () => {
    const entities = entitiesOf(['Как пояснил Александр, в Ростове его не было.']);
    expect(entities.some((entity) => entity.id === 'aleksandrov' || entity.id === 'kaka')).toBe(false);
    expect(placeNameStem('aleksandrov', false)).toBe('aleksandrov');
    expect(placeNameStem('moskva', false)).toBe('moskv');
    expect(placeNameStem('bishkek', false)).toBe('bishkek');
  });

  it('reads a titled Russian name after a body in the genitive as the person alone', () => {
    const entities = entitiesOf(['Накануне глава Росгвардии Виктор Золотов заявил, что учения завершены.']);
    const person = entities.find((entity) => entity.type === 'person');
    expect(person?.name).toBe('Виктор Золотов');
  });

  it('names the page its own outlet in a Russian case form', () => {
    const entities = entitiesOf(['Собеседник рассказал «Ленте.ру», что задержанных было больше.'], 'Lenta.ru');
    const outlet = entities.find((entity) => entity.type === 'organization');
    expect(outlet?.name).toBe('Лента.ру');
  });
});

describe('Russian figures', () => {
  it('counts collective numerals, decimal commas before scale words and case forms of numbers', () => {
    expect(values('Трое из них были гражданами Узбекистана.')).toEqual([3]);
    expect(values('По оценкам экспертов, в Ираке находятся около 1,5 тысячи выходцев из Центральной Азии.')).toEqual([1500]);
    expect(values('Суд вынес приговор пятнадцати обвиняемым.')).toEqual([15]);
  });

  it('leaves out ages and anniversaries written "N-летний"', () => {
    expect(values('Вербовщиком оказался 34-летний житель Оша.')).toEqual([]);
    expect(values('К 30-летию ведомства подготовлен отчет.')).toEqual([]);
  });

  it('keeps a count after a place in a case form', () => {
    expect(values('Полицейские задержали в Бишкеке восемь человек.')).toEqual([8]);
  });

  it('gives figures to the official a title names, and to the source after "как сообщил"', () => {
    const article = annotate(
      'Позднее директор ФСБ Иван Смирнов заявлял, что в этом году предотвращены 17 терактов.',
      'Как сообщил представитель МВД Казахстана Ержан Сапаров, двое задержанных — гражданами соседних стран.',
    );
    const seventeen = article.figures.find((figure) => figure.value === 17);
    expect(seventeen?.claimant).toBe('ivan-smirnov');
    const two = article.figures.find((figure) => figure.value === 2);
    expect(two?.claimant).toBe('erzhan-saparov');
  });
});
