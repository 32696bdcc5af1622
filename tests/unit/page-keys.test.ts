/**
 * Cache keys of the incremental build (src/lib/page-keys.ts): a page's key
 * changes when what it shows changes, and only then.
 */
import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus.ts';
import { articleListPageKey, articlePageKey, countryArticlesPageKey, countryPageKey, entityIndexPageKey, entityMentionsPageKey, entityPageKey, figuresPageKey, measurePageKey } from '../../src/lib/page-keys.ts';
import { figureRecords, groupClaims, groupMeasures } from '../../src/lib/figure-records.ts';
import { figureTableRows, figureYears, yearPages, type FiguresPage } from '../../src/lib/figures-pages.ts';
import { buildRelations, type ArticleData, type EntityRef } from '../../src/lib/relations.ts';

const ministry: EntityRef = { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', aliases: [], country: 'KG' };
const spokesman: EntityRef = { id: 'aibek-tursunov', name: 'Aibek Tursunov', type: 'person', aliases: ['Tursunov'], country: 'KG' };
const osh: EntityRef = { id: 'osh', name: 'Osh', type: 'place', aliases: [], country: 'KG' };

/** An article as the site reads it, with Astro's digest of its file. */
interface Fixture {
  data: ArticleData;
  digest: string;
}

const fixtures: Fixture[] = [
  {
    digest: 'a1',
    data: {
      id: 'ministry-count',
      title: 'Ministry counts fighters',
      outlet: 'Example News',
      published: '2016-03-02',
      countries: ['KG'],
      entities: [ministry, spokesman],
      figures: [{ value: 120, what: 'citizens in Syria', claimant: 'aibek-tursunov', asOf: '2016-03-01', quote: '120 citizens are in Syria' }],
      text: 'The Interior Ministry said 120 citizens are in Syria, Aibek Tursunov told reporters.',
    },
  },
  {
    digest: 'b1',
    data: { id: 'osh-market', title: 'Market reopens in Osh', outlet: 'Example News', published: '2017-05-10', countries: ['KG'], entities: [osh], figures: [], text: 'The market in Osh reopened.' },
  },
];

/**
 * A corpus as src/lib/corpus.ts loads it, from fixtures.
 * @param articles The articles.
 * @param entityFiles Entity files.
 * @returns The corpus.
 */
function corpusOf(articles: readonly Fixture[], entityFiles: EntityRef[] = []): Corpus {
  const entries = articles.map(({ data, digest }) => ({ id: data.id, collection: 'articles', data, body: data.text, digest }) as unknown as CollectionEntry<'articles'>);
  const relations = buildRelations(
    articles.map(({ data }) => data),
    entityFiles,
    { isCountry: () => false },
  );
  return {
    articles: entries,
    articleData: new Map(articles.map(({ data }) => [data.id, data])),
    entityFiles: new Map(entityFiles.map((entity) => [entity.id, { id: entity.id, data: entity, digest: JSON.stringify(entity) } as unknown as CollectionEntry<'entities'>])),
    relations,
  };
}

/**
 * @param fixture An article.
 * @param digest Its file's new digest.
 * @param title Its new title.
 * @returns The edited article.
 */
function edited(fixture: Fixture, digest: string, title: string): Fixture {
  return { digest, data: { ...fixture.data, title } };
}

const [first, second] = fixtures as [Fixture, Fixture];

describe('page keys', () => {
  const before = corpusOf(fixtures);
  const after = corpusOf([edited(first, 'a2', 'Ministry revises its count'), second]);

  it("an article page's key is its file's", () => {
    expect(articlePageKey(before.articles[0] as CollectionEntry<'articles'>)).not.toBe(articlePageKey(after.articles[0] as CollectionEntry<'articles'>));
    expect(articlePageKey(before.articles[1] as CollectionEntry<'articles'>)).toBe(articlePageKey(after.articles[1] as CollectionEntry<'articles'>));
  });

  it('an entity page changes with the articles naming it, not with the others', () => {
    expect(entityPageKey(before, 'aibek-tursunov')).not.toBe(entityPageKey(after, 'aibek-tursunov'));
    expect(entityPageKey(before, 'interior-ministry')).not.toBe(entityPageKey(after, 'interior-ministry'));
    expect(entityPageKey(before, 'osh')).toBe(entityPageKey(after, 'osh'));
    expect(entityMentionsPageKey(before, 'osh', 2)).toBe(entityMentionsPageKey(after, 'osh', 2));
  });

  it("an entity page changes with its entity file and with a claimant's name", () => {
    const renamed = corpusOf(fixtures, [{ ...spokesman, name: 'Aibek T. Tursunov' }]);
    expect(entityPageKey(renamed, 'aibek-tursunov')).not.toBe(entityPageKey(before, 'aibek-tursunov'));
    expect(entityPageKey(corpusOf(fixtures, [{ ...ministry, aliases: ['MVD'] }]), 'interior-ministry')).not.toBe(entityPageKey(before, 'interior-ministry'));
  });

  it('a list page changes with what it lists and with the length of the list', () => {
    expect(articleListPageKey(before, before.articles.slice(1), 2)).toBe(articleListPageKey(after, after.articles.slice(1), 2));
    expect(articleListPageKey(before, before.articles.slice(0, 1), 2)).not.toBe(articleListPageKey(after, after.articles.slice(0, 1), 2));
    expect(articleListPageKey(before, before.articles.slice(1), 2)).not.toBe(articleListPageKey(before, before.articles.slice(1), 3));
    const shown = [{ entity: osh, count: 1 }];
    expect(entityIndexPageKey(shown, 10)).toBe(entityIndexPageKey([{ entity: { ...osh }, count: 1 }], 10));
    expect(entityIndexPageKey(shown, 10)).not.toBe(entityIndexPageKey([{ entity: osh, count: 2 }], 10));
  });

  it("a country page changes with any of its articles", () => {
    const stats = (corpus: Corpus) => corpus.relations.countries.get('KG');
    expect(countryPageKey(before, stats(before)!)).not.toBe(countryPageKey(after, stats(after)!));
    expect(countryPageKey(before, stats(before)!)).toBe(countryPageKey(corpusOf(fixtures), stats(corpusOf(fixtures))!));
  });

  it('a country page changes with its newest articles only, its later pages with theirs', () => {
    // 60 articles about Kyrgyzstan, one a day: the page lists the newest 50, page 2 the oldest 10.
    const daily = Array.from({ length: 60 }, (_, n): Fixture => ({
      digest: `d${n}`,
      data: { ...second.data, id: `daily-${n}`, title: `Daily ${n}`, published: new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10), entities: [], figures: [] },
    }));
    const base = corpusOf(daily);
    const stats = (corpus: Corpus) => corpus.relations.countries.get('KG')!;
    const oldestEdited = corpusOf(daily.map((fixture, n) => (n === 0 ? edited(fixture, 'd0-new', 'Daily 0, corrected') : fixture)));
    const newestEdited = corpusOf(daily.map((fixture, n) => (n === 59 ? edited(fixture, 'd59-new', 'Daily 59, corrected') : fixture)));
    expect(countryPageKey(oldestEdited, stats(oldestEdited))).toBe(countryPageKey(base, stats(base)));
    expect(countryArticlesPageKey(oldestEdited, stats(oldestEdited), 2)).not.toBe(countryArticlesPageKey(base, stats(base), 2));
    expect(countryPageKey(newestEdited, stats(newestEdited))).not.toBe(countryPageKey(base, stats(base)));
    expect(countryArticlesPageKey(newestEdited, stats(newestEdited), 2)).toBe(countryArticlesPageKey(base, stats(base), 2));
    // One more article shifts every page and changes the totals they print.
    const longer = corpusOf([...daily, { ...daily[0]!, digest: 'extra', data: { ...daily[0]!.data, id: 'daily-extra', published: '2017-06-01' } }]);
    expect(countryArticlesPageKey(longer, stats(longer), 2)).not.toBe(countryArticlesPageKey(base, stats(base), 2));
    expect(countryPageKey(longer, stats(longer))).not.toBe(countryPageKey(base, stats(base)));
  });

  it("a measure's page changes with its own claims and name, not with another measure's", () => {
    const article = (id: string, published: string, value: number, measure: string) => ({
      id,
      title: `Report ${id}`,
      outlet: 'Example Wire',
      author: null,
      published,
      source: `https://example.org/${id}`,
      countries: ['KG'],
      figures: [{ value, what: 'fighters', measure, claimant: null, asOf: published, quote: `${value} fighters.` }],
    });
    // An article's stamp stands for its file: here, its data.
    const keys = (articles: ReturnType<typeof article>[], describe_ = (measure: string): string => measure) =>
      new Map(
        groupMeasures(figureRecords(articles, { entityName: () => undefined, figureCountries: () => ['KG'] })).map((group) => [
          group.measure,
          measurePageKey(group, describe_, (id) => JSON.stringify(articles.find((item) => item.id === id))),
        ]),
      );
    const base = [article('a', '2016-01-01', 100, 'kg-fighters'), article('b', '2016-02-01', 120, 'kg-fighters'), article('c', '2016-01-01', 5, 'kz-fighters'), article('d', '2016-03-01', 7, 'kz-fighters')];
    const before = keys(base);
    expect(keys(base.map((item) => ({ ...item, figures: item.figures.map((figure) => ({ ...figure })) })))).toEqual(before);
    // A claim added to kz-fighters (and enough to put it first by number of claims) leaves kg-fighters' page as it was.
    const after = keys([...base, article('e', '2016-04-01', 9, 'kz-fighters'), article('f', '2016-05-01', 11, 'kz-fighters')]);
    expect(after.get('kg-fighters')).toBe(before.get('kg-fighters'));
    expect(after.get('kz-fighters')).not.toBe(before.get('kz-fighters'));
    expect(keys(base, (measure) => `${measure}!`).get('kg-fighters')).not.toBe(before.get('kg-fighters'));
    const retitled = keys(base.map((item) => (item.id === 'a' ? { ...item, title: 'Another title' } : item)));
    expect(retitled.get('kg-fighters')).not.toBe(before.get('kg-fighters'));
    expect(retitled.get('kz-fighters')).toBe(before.get('kz-fighters'));
  });

  it('a page of the figures table changes with its claims, their measure names and links, and its place among its year\'s pages', () => {
    const records = figureRecords(
      fixtures.map(({ data }) => ({ ...data, author: null, source: `https://example.org/${data.id}`, figures: data.figures.map((figure) => ({ ...figure, measure: 'kg-fighters' })) })),
      { entityName: (id) => (id === 'aibek-tursunov' ? 'Aibek Tursunov' : undefined), figureCountries: () => ['KG'] },
    );
    const claims = groupClaims(records);
    const page: FiguresPage = { year: '2016', page: 2, pages: 3, claims };
    const rows = figureTableRows(claims);
    const years = ['2016', '2017'];
    const describe_ = (measure: string): string => measure;
    const url = (measure: string): string => `/claims.html#measure-${measure}`;
    const stamp = (id: string): string => `${id}@1`;
    const key = figuresPageKey(page, years, rows, describe_, url, stamp);
    expect(figuresPageKey({ ...page, claims: groupClaims(records) }, [...years], figureTableRows(groupClaims(records)), describe_, url, stamp)).toBe(key);
    expect(figuresPageKey({ ...page, pages: 4 }, years, rows, describe_, url, stamp)).not.toBe(key);
    expect(figuresPageKey(page, [...years, 'undated'], rows, describe_, url, stamp)).not.toBe(key);
    expect(figuresPageKey(page, years, rows, (measure) => `${measure} (renamed)`, url, stamp)).not.toBe(key);
    expect(figuresPageKey(page, years, rows, describe_, (measure) => `/claims/${measure}.html#measure-${measure}`, stamp)).not.toBe(key);
    // An article file changed (its stamp), a claimant renamed: the key changes.
    expect(figuresPageKey(page, years, rows, describe_, url, (id) => (id === 'ministry-count' ? `${id}@2` : stamp(id)))).not.toBe(key);
    const renamed = records.map((record) => (record.claimantName === 'Aibek Tursunov' ? { ...record, claimantName: 'Aibek Tursunov Jr' } : record));
    expect(figuresPageKey(page, years, figureTableRows(groupClaims(renamed)), describe_, url, stamp)).not.toBe(key);
    const retitled = records.map((record) => ({ ...record, article: { ...record.article, title: `${record.article.title}!` } }));
    expect(figuresPageKey(page, years, figureTableRows(groupClaims(retitled)), describe_, url, (id) => `${id}@retitled`)).not.toBe(key);
  });

  it('a claim added to one year of the figures table leaves the keys of every other year\'s pages as they were', () => {
    /** @returns Articles with one figure each, a different claim each, published over 2014 to 2016 and undated. */
    const corpus = (extra: boolean) => {
      const articles = Array.from({ length: 2400 }, (_, n) => ({
        id: `a${String(n).padStart(5, '0')}`,
        title: `Report ${n}`,
        outlet: 'Example Wire',
        author: null,
        published: n % 4 === 3 ? null : `${2014 + (n % 4)}-0${1 + (n % 9)}-15`,
        source: `https://example.org/${n}`,
        countries: ['KG'],
        figures: [{ value: 100 + n, what: 'fighters', measure: 'kg-fighters', claimant: null, asOf: null, quote: `${100 + n} fighters.` }],
      }));
      // An article of early 2015 with a claim of its own: it comes first in its year and shifts that year's rows.
      if (extra) articles.push({ ...articles[1]!, id: 'a-new', published: '2015-01-01', figures: [{ value: 7, what: 'fighters', measure: 'kg-fighters', claimant: null, asOf: null, quote: '7 fighters.' }] });
      const years = figureYears(groupClaims(figureRecords(articles, { entityName: () => undefined, figureCountries: () => ['KG'] })));
      const yearList = years.map((run) => run.year);
      const keys = new Map<string, string>();
      for (const run of years) {
        for (const page of yearPages(run)) keys.set(`${page.year}/${page.page}`, figuresPageKey(page, yearList, figureTableRows(page.claims), (measure) => measure, (measure) => `/claims.html#measure-${measure}`, (id) => id));
      }
      return keys;
    };
    const before = corpus(false);
    const after = corpus(true);
    expect(new Set([...before.keys()].map((page) => page.split('/')[0]))).toEqual(new Set(['2014', '2015', '2016', 'undated']));
    expect([...before.keys()].length).toBeGreaterThan(4);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((page) => after.get(page) !== before.get(page));
    // The new claim is the first of 2015: its first page changes (and the next if the first was cut by its size), no other year's.
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((page) => page.startsWith('2015/'))).toBe(true);
    expect(changed[0]).toBe('2015/1');
  });
});
