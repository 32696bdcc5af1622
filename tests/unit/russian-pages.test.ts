/**
 * Wholly Russian pages: Cyrillic acronyms of bodies, Russian place names and their
 * case forms, titled names, collective numerals, decimal commas, ages, the outlet
 * named in the dative. Every sentence here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotateSeed } from '../../src/pipeline/index.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { placeNameStem, russianWordStem } from '../../src/pipeline/ner/inflection.ts';
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

describe('Russian names of several words in case forms, and nominative names', () => {
  it('matches a body and a province of several words in the genitive and the prepositional', () => {
    const entities = entitiesOf([
      'Сотрудники Государственного комитета национальной безопасности задержали двух мужчин в Иссык-Кульской области.',
      'Позже их доставили в Чуйскую область.',
    ]);
    const committee = entities.find((entity) => entity.name === 'Государственный комитет национальной безопасности');
    expect(committee?.type).toBe('organization');
    expect(committee?.aliases).toContain('Государственного комитета национальной безопасности');
    expect(byId(entities, 'issyk-kul')?.name).toBe('Иссык-Кульская область');
    expect(byId(entities, 'issyk-kul')?.aliases).toContain('Иссык-Кульской области');
    expect(byId(entities, 'chui-region')?.name).toBe('Чуйская область');
  });

  it('names a place the nominative the knowledge lists, the case form kept as an alias', () => {
    const entities = entitiesOf(['Вербовщика задержали в Санкт-Петербурге, а его сообщника — в Москве. Оба бывали на Ближнем Востоке и в Ташкенте.']);
    expect(byId(entities, 'st-petersburg')?.name).toBe('Санкт-Петербург');
    expect(byId(entities, 'st-petersburg')?.aliases).toContain('Санкт-Петербурге');
    expect(byId(entities, 'moscow')?.name).toBe('Москва');
    expect(byId(entities, 'middle-east')?.name).toBe('Ближний Восток');
    expect(byId(entities, 'tashkent')?.name).toBe('Ташкент');
  });

  it('names a place known only in Latin script by its canonical name, not by a case form', () => {
    const entities = entitiesOf(['Переговоры в Кабуле продолжались полгода, затем делегация вылетела в Багдад.']);
    expect(byId(entities, 'kabul')?.name).toBe('Kabul');
    expect(byId(entities, 'kabul')?.aliases).toContain('Кабуле');
  });

  it('does not match a name of several words when a word is a different one or written in lower case', () => {
    const entities = entitiesOf(['Комитет провел проверку в иссык-кульской области и в Государственной думе.']);
    expect(byId(entities, 'issyk-kul')).toBeUndefined();
    expect(russianWordStem('gosudarstvennogo')).toBe(russianWordStem('gosudarstvennyy'));
    expect(russianWordStem('oblasti')).toBe('oblast');
  });

  it('reads a venue named in guillemets after a Russian venue noun as a place', () => {
    const entities = entitiesOf(['Рейс из Стамбула приземлился в аэропорту «Ош», а задержанных доставили на вокзал «Северный».']);
    const forms = entities.filter((entity) => entity.type === 'place').flatMap((entity) => [entity.name, ...entity.aliases]);
    expect(forms).toContain('Северный');
    // Words a known body names stay that body: "в лагере «Исламского государства»" is no place.
    const camp = entitiesOf(['Она провела три года в лагере «Исламского государства».']);
    expect(camp.some((entity) => entity.type === 'place')).toBe(false);
  });
});

describe('Foreign towns and people named in Russian', () => {
  it('reads a town after its country adjective as a place of that country, not as a town heard elsewhere', () => {
    const entities = entitiesOf(['Нападавший вырос в бельгийском Вервье, а учился во французском Мобёже.']);
    const verviers = entities.find((entity) => entity.name === 'Вервье');
    expect(verviers?.type).toBe('place');
    expect(verviers?.country).toBe('BE');
    expect(entities.find((entity) => [entity.name, ...entity.aliases].includes('Мобёже'))?.country).toBe('FR');
    // A unit's acronym after the adjective is no town.
    expect(entitiesOf(['Он служил в таджикском ОМОНе.']).some((entity) => entity.type === 'place')).toBe(false);
  });

  it('reads a town placed in a part of a known country, and a town of a named country heard after "в"', () => {
    const entities = entitiesOf(['Стрельба произошла в Сен-Пурсене на юге Франции.', 'Позже подозреваемого задержали в Каркассоне.']);
    expect(entities.find((entity) => entity.name === 'Сен-Пурсене')?.country).toBe('FR');
    const carcassonne = entities.find((entity) => entity.aliases.includes('Каркассоне'));
    expect(carcassonne?.name).toBe('Carcassonne');
    // Not a town of a country the article does not name.
    expect(entitiesOf(['Задержание прошло в Каркассоне.']).some((entity) => entity.type === 'place')).toBe(false);
  });

  it('reads two capitalised Cyrillic words before a verb in the past singular as a person', () => {
    const entities = entitiesOf(['В мае Ларосси Абалла убил двух полицейских, а в Лионе Мохамед Лахуайедж-Булель направил грузовик на толпу.']);
    expect(entities.find((entity) => entity.name === 'Ларосси Абалла')?.type).toBe('person');
    const people = entities.filter((entity) => entity.type === 'person').map((entity) => entity.name);
    expect(people).toContain('Мохамед Лахуайедж-Булель');
    expect(entities.find((entity) => entity.name.startsWith('Лион') || entity.aliases.includes('Лионе'))?.type).toBe('place');
    // A town heard after "в", then the subject: both read.
    const heard = entitiesOf(['Летом в Вюрцбурге Рияз Ахмадзай напал на пассажиров поезда.']);
    expect(heard.find((entity) => entity.aliases.includes('Вюрцбурге'))?.country).toBe('DE');
    expect(heard.find((entity) => entity.name === 'Рияз Ахмадзай')?.type).toBe('person');
  });

  it('reads a transliterated surname that spells an English title as a name ("Кинг" is no king)', () => {
    const entities = entitiesOf(['Еврокомиссар по вопросам безопасности Стивен Кинг выступил в парламенте.']);
    expect(entities.find((entity) => entity.name === 'Стивен Кинг')?.type).toBe('person');
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

  it('counts the parts listed after "Из них" and gives a report figures to its author named before', () => {
    const article = annotate(
      'В среду вышел ежегодный доклад Интерпола о преступности. По его данным, за год в Европе задержаны 900 человек.',
      'Приговоры вынесены в Италии и Испании.',
      'Как следует из доклада, в регионе было 30 нападений. Из них девять были совершены, а 21 удалось предотвратить.',
      'Согласно докладу, осуждены 540 человек.',
    );
    const claimantOf = (value: number): string | null | undefined => article.figures.find((figure) => figure.value === value)?.claimant;
    expect(claimantOf(30)).toBe('interpol');
    expect(claimantOf(9)).toBe('interpol');
    expect(claimantOf(21)).toBe('interpol');
    expect(claimantOf(540)).toBe('interpol');
    // A number after "Из них" that no list joins is no part: "а три года назад один ...".
    expect(annotate('Задержаны 20 человек. Из них двое граждане Кыргызстана, а три года назад один уже был осужден.').figures.map((figure) => figure.value)).not.toContain(1);
  });
});

describe('a president named by office in Russian (own text)', () => {
  it('gives "по словам главы государства" and "..., подчеркнул президент" to the president named before', () => {
    const article = annotate(
      'Об этом в пятницу сообщил Президент Киргизии Садыр Жапаров.',
      'По словам главы государства, на родину вернулись 59 детей. Всего за год удалось вернуть 120 человек, подчеркнул президент.',
    );
    const claimantOf = (value: number): string | null | undefined => article.figures.find((figure) => figure.value === value)?.claimant;
    expect(claimantOf(59)).toBe('sadyr-zhaparov');
    expect(claimantOf(120)).toBe('sadyr-zhaparov');
  });
});

describe('Russian sources of the forty-second blind set\'s kinds (own text)', () => {
  it('gives "Как уточнили в ведомстве" to the body named before, and reads a subject after "В 2018 году" with an imperfective verb', () => {
    const article = annotate(
      'Об этом сообщило Министерство иностранных дел Кыргызской Республики.',
      'Как уточнили в ведомстве, среди вернувшихся 27 женщин.',
      'В 2018 году официальные лица заявляли, что за рубежом находятся около 700 граждан.',
    );
    const claimantOf = (value: number): string | null | undefined => article.figures.find((figure) => figure.value === value)?.claimant;
    expect(claimantOf(27)).toBe(article.entities.find((entity) => entity.type === 'organization')?.id);
    expect(claimantOf(700)).toBe('официальные лица');
  });
});
