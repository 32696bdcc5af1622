import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { extractEntities } from '../../src/pipeline/stages/entities.ts';
import { resolveCorpus } from '../../src/pipeline/stages/resolve.ts';
import type { AnnotatedArticle, ArticleEntity, ArticleFigure } from '../../src/pipeline/types.ts';
import { SEED_000_PARAGRAPHS, SEED_003_PARAGRAPHS } from '../fixtures/ner-seeds.ts';

/**
 * An annotated article with the given entities and figures.
 * @param id Article id.
 * @param entities Its entities.
 * @param figures Its figures.
 * @returns The article.
 */
function annotated(id: string, entities: ArticleEntity[], figures: ArticleFigure[] = []): AnnotatedArticle {
  return {
    id,
    source: `seeds/${id}.txt`,
    metadata: { title: id, outlet: null, author: null, published: null },
    countries: [],
    entities,
    figures,
    paragraphs: ['...'],
  };
}

/** A figure claimed by `claimant`. */
function figure(claimant: string | null): ArticleFigure {
  return { value: 40, what: 'fighters killed', claimant, asOf: null, quote: '40 were killed.' };
}

describe('resolveCorpus', () => {
  it('keeps one record per id, merging aliases across articles', () => {
    const result = resolveCorpus([
      annotated('b', [{ id: 'islamic-state', name: 'Islamic State', type: 'organization', aliases: ['IS'] }]),
      annotated('a', [{ id: 'islamic-state', name: 'Islamic State in Iraq and the Levant', type: 'organization', aliases: ['ISIL', 'ISI'] }]),
      annotated('c', [{ id: 'islamic-state', name: 'Islamic State', type: 'organization', aliases: ['Daesh', 'IS'] }]),
    ]);
    expect(result.entities).toEqual([
      { id: 'islamic-state', name: 'Islamic State', type: 'organization', aliases: ['Islamic State in Iraq and the Levant', 'ISIL', 'ISI', 'IS', 'Daesh'] },
    ]);
    expect(result.articles.map((article) => article.id)).toEqual(['a', 'b', 'c']);
  });

  it('links a surname in one article to the full name in another: id, name, alias', () => {
    const result = resolveCorpus([
      annotated('x1', [{ id: 'ormonov', name: 'Ormonov', type: 'person', aliases: [] }], [figure('ormonov')]),
      annotated('x2', [{ id: 'bakyt-ormonov', name: 'Bakyt Ormonov', type: 'person', aliases: [], country: 'KG' }]),
    ]);
    const first = result.articles[0] as AnnotatedArticle;
    expect(first.entities).toEqual([{ id: 'bakyt-ormonov', name: 'Bakyt Ormonov', type: 'person', aliases: ['Ormonov'] }]);
    expect(first.figures[0]?.claimant).toBe('bakyt-ormonov');
    expect(result.entities).toEqual([{ id: 'bakyt-ormonov', name: 'Bakyt Ormonov', type: 'person', aliases: ['Ormonov'], country: 'KG' }]);
  });

  it('links an alias form used as a name elsewhere ("GKNB" alone) to its entity', () => {
    const result = resolveCorpus([
      annotated('x1', [{ id: 'gknb', name: 'GKNB', type: 'organization', aliases: [] }]),
      annotated('x2', [{ id: 'state-committee-for-national-security-kyrgyzstan', name: 'National Security Committee', type: 'organization', aliases: ['GKNB'], country: 'KG' }]),
    ]);
    expect(result.entities.map((record) => record.id)).toEqual(['state-committee-for-national-security-kyrgyzstan']);
    expect(result.articles[0]?.entities[0]?.id).toBe('state-committee-for-national-security-kyrgyzstan');
  });

  it('does not link a surname that two people share', () => {
    const result = resolveCorpus([
      annotated('x1', [{ id: 'ivanov', name: 'Ivanov', type: 'person', aliases: [] }]),
      annotated('x2', [{ id: 'sergei-ivanov', name: 'Sergei Ivanov', type: 'person', aliases: [] }]),
      annotated('x3', [{ id: 'viktor-ivanov', name: 'Viktor Ivanov', type: 'person', aliases: ['Ivanov'] }]),
    ]);
    expect(result.entities.map((record) => record.id)).toEqual(['ivanov', 'sergei-ivanov', 'viktor-ivanov']);
  });

  it('gives a type suffix to one id used by different types, and rewrites claimants', () => {
    const result = resolveCorpus([
      annotated('x1', [{ id: 'georgia', name: 'Georgia', type: 'place', aliases: [], country: 'GE' }]),
      annotated('x2', [{ id: 'georgia', name: 'Georgia', type: 'place', aliases: [], country: 'GE' }]),
      annotated('x3', [{ id: 'georgia', name: 'Georgia', type: 'person', aliases: [] }], [figure('georgia'), figure('someone else')]),
    ]);
    expect(result.entities.map((record) => `${record.id}:${record.type}`)).toEqual(['georgia:place', 'georgia-person:person']);
    const third = result.articles[2] as AnnotatedArticle;
    expect(third.entities[0]?.id).toBe('georgia-person');
    expect(third.figures.map((item) => item.claimant)).toEqual(['georgia-person', 'someone else']);
  });

  it('prefers the fullest name for people and the commonest for others', () => {
    const result = resolveCorpus([
      annotated('x1', [{ id: 'abu-bakr-al-baghdadi', name: 'Abu Bakr al-Baghdadi', type: 'person', aliases: ['al-Baghdadi'] }]),
      annotated('x2', [{ id: 'abu-bakr-al-baghdadi', name: 'Abu Bakr al-Baghdadi', type: 'person', aliases: [] }]),
      annotated('x3', [{ id: 'baghdadi', name: 'Baghdadi', type: 'person', aliases: [] }]),
    ]);
    expect(result.entities).toEqual([{ id: 'abu-bakr-al-baghdadi', name: 'Abu Bakr al-Baghdadi', type: 'person', aliases: ['al-Baghdadi', 'Baghdadi'] }]);
  });

  it('is deterministic and pure: shuffled input, same bytes; input untouched', () => {
    const knowledge = loadKnowledge();
    const text = (paragraphs: string[]) => ({ metadata: { title: 't', outlet: null, author: null, published: null }, paragraphs });
    const a = annotated('000', extractEntities(text(SEED_000_PARAGRAPHS), knowledge));
    const b = annotated('003', extractEntities(text(SEED_003_PARAGRAPHS), knowledge));
    const c = annotated('004', [{ id: 'medetbekov', name: 'Medetbekov', type: 'person', aliases: [] }], [figure('medetbekov')]);
    const before = JSON.stringify([a, b, c]);
    const one = JSON.stringify(resolveCorpus([a, b, c]));
    const two = JSON.stringify(resolveCorpus([c, b, a]));
    expect(two).toBe(one);
    expect(JSON.stringify([a, b, c])).toBe(before);
    const result = resolveCorpus([a, b, c]);
    expect(result.entities.map((record) => record.id)).toEqual([...result.entities.map((record) => record.id)].sort());
    // The seeds share Artur Medetbekov, Kyrgyzstan, Bishkek, the Islamic State, the Interior Ministry.
    const medetbekov = result.entities.find((record) => record.id === 'artur-medetbekov');
    expect(medetbekov?.aliases).toContain('Medetbekov');
    expect(result.articles[2]?.figures[0]?.claimant).toBe('artur-medetbekov');
    for (const id of ['kyrgyzstan', 'bishkek', 'islamic-state', 'interior-ministry-of-kyrgyzstan']) {
      expect(result.articles.filter((article) => article.entities.some((entity) => entity.id === id)).length, id).toBeGreaterThanOrEqual(2);
    }
    const ids = result.entities.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('resolveCorpus: one form, one entity', () => {
  /** Three articles: two different people surnamed Nazarov, each "Nazarov" in their own article, and a bare "Nazarov". */
  const nazarovs = (): AnnotatedArticle[] => [
    annotated('n1', [{ id: 'dilshod-nazarov', name: 'Dilshod Nazarov', type: 'person', aliases: ['Nazarov'], country: 'TJ' }], [figure('dilshod-nazarov')]),
    annotated('n2', [{ id: 'farida-nazarov', name: 'Farida Nazarov', type: 'person', aliases: ['Nazarov'], country: 'UZ' }]),
    annotated('n3', [{ id: 'nazarov', name: 'Nazarov', type: 'person', aliases: [] }], [figure('nazarov')]),
  ];

  it('does not merge two people who share a surname, nor link the bare surname to either', () => {
    const result = resolveCorpus(nazarovs());
    expect(result.entities.map((record) => record.id)).toEqual(['dilshod-nazarov', 'farida-nazarov', 'nazarov']);
    expect(result.articles[2]?.entities[0]?.id).toBe('nazarov');
    expect(result.articles[2]?.figures[0]?.claimant).toBe('nazarov');
  });

  it('leaves a surname two people share out of every record, but keeps it in each article where it names one person', () => {
    const result = resolveCorpus(nazarovs());
    expect(result.entities.map((record) => record.aliases)).toEqual([[], [], []]);
    expect(result.articles[0]?.entities[0]?.aliases).toEqual(['Nazarov']);
    expect(result.articles[1]?.entities[0]?.aliases).toEqual(['Nazarov']);
  });

  it('keeps an alias only one record has, and compares forms across apostrophes, dashes and case', () => {
    const result = resolveCorpus([
      annotated('q1', [{ id: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', type: 'organization', aliases: ['HTS', 'Tahrir al–Sham'] }]),
      annotated('q2', [{ id: 'tahrir-front', name: 'Tahrir Front', type: 'organization', aliases: ['tahrir al-sham'] }]),
      annotated('q3', [{ id: 'hts-person', name: 'Hts Karimova', type: 'person', aliases: ['HTS'] }]),
    ]);
    const aliases = Object.fromEntries(result.entities.map((record) => [record.id, record.aliases]));
    // "HTS" is shared with a person only: another type, no clash across the corpus.
    expect(aliases).toEqual({ 'hayat-tahrir-al-sham': ['HTS'], 'hts-person': ['HTS'], 'tahrir-front': [] });
  });

  it('never moves an entity the knowledge identified onto another that shares its acronym', () => {
    const kg = 'state-committee-for-national-security-kyrgyzstan';
    const tj = 'state-committee-for-national-security-tajikistan';
    const result = resolveCorpus([
      annotated('g1', [{ id: kg, name: 'State Committee for National Security', type: 'organization', aliases: ['GKNB'], country: 'KG' }]),
      annotated('g2', [{ id: kg, name: 'GKNB', type: 'organization', aliases: [], country: 'KG' }], [figure(kg)]),
      annotated('g3', [{ id: tj, name: 'State Committee for National Security', type: 'organization', aliases: ['GKNB'], country: 'TJ' }]),
    ]);
    expect(result.articles.map((article) => article.entities[0]?.id)).toEqual([kg, kg, tj]);
    expect(result.articles[1]?.figures[0]?.claimant).toBe(kg);
    expect(result.entities.map((record) => [record.id, record.country, record.aliases])).toEqual([
      [kg, 'KG', []],
      [tj, 'TJ', []],
    ]);
  });

  it('links a short form only when every article using its id agrees on the fuller entity', () => {
    const result = resolveCorpus([
      annotated('h1', [{ id: 'kurbanov', name: 'Kurbanov', type: 'person', aliases: [] }]),
      annotated('h2', [{ id: 'timur-kurbanov', name: 'Timur Kurbanov', type: 'person', aliases: ['Kurbanov'] }]),
    ]);
    expect(result.articles[0]?.entities[0]?.id).toBe('timur-kurbanov');
    expect(result.entities).toEqual([{ id: 'timur-kurbanov', name: 'Timur Kurbanov', type: 'person', aliases: ['Kurbanov'] }]);
  });

  it('drops, within an article, an alias that another of its entities is named by', () => {
    const result = resolveCorpus([
      annotated('s1', [
        { id: 'security-service-of-chad', name: 'Security Service of Chad', type: 'organization', aliases: ['State Security Service', 'SSC'] },
        { id: 'state-security-service-ruritania', name: 'State Security Service', type: 'organization', aliases: [] },
        { id: 'ssc-place', name: 'Ssc Valley', type: 'place', aliases: ['SSC'] },
      ]),
      // Another country's service also goes by the generic name, so the bare name links to neither.
      annotated('s2', [{ id: 'security-service-of-oceania', name: 'Security Service of Oceania', type: 'organization', aliases: ['State Security Service'] }]),
    ]);
    const entities = result.articles[0]?.entities ?? [];
    expect(entities.map((entity) => [entity.id, entity.aliases])).toEqual([
      ['security-service-of-chad', []],
      ['state-security-service-ruritania', []],
      ['ssc-place', []],
    ]);
  });

  it('writes entity files and articles that npm run check accepts, on a corpus of many shared surnames', async () => {
    const { renderArticle, renderEntity } = await import('../../src/pipeline/stages/write.ts');
    const { checkContent } = await import('../../src/check/index.ts');
    const surnames = ['Rakhimov', 'Yusupova', 'Ergashev'];
    const given = ['Anvar', 'Malika', 'Sanjar', 'Zuhra'];
    const articles: AnnotatedArticle[] = [];
    surnames.forEach((surname, s) =>
      given.forEach((first, g) => {
        const id = `${first}-${surname}`.toLowerCase();
        articles.push(annotated(`p${s}${g}`, [{ id, name: `${first} ${surname}`, type: 'person', aliases: [surname] }]));
        articles.push(annotated(`r${s}${g}`, [{ id: surname.toLowerCase(), name: surname, type: 'person', aliases: [] }]));
      }),
    );
    const result = resolveCorpus(articles);
    const files = [
      ...result.entities.map((entity) => ({ path: `content/entities/${entity.id}.md`, text: renderEntity(entity) })),
      ...result.articles.map((article) => ({ path: `content/articles/${article.id}.md`, text: renderArticle({ ...article, paragraphs: ['Body.'] }, 'seedhash') })),
    ];
    const problems = checkContent(files).filter((error) => /shared with/.test(error.message));
    expect(problems).toEqual([]);
    expect(result.entities.filter((entity) => entity.type === 'person')).toHaveLength(surnames.length * (given.length + 1));
  });
});
