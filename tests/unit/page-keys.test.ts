/**
 * Cache keys of the incremental build (src/lib/page-keys.ts): a page's key
 * changes when what it shows changes, and only then.
 */
import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus.ts';
import { articleListPageKey, articlePageKey, countryPageKey, entityIndexPageKey, entityMentionsPageKey, entityPageKey } from '../../src/lib/page-keys.ts';
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
});
