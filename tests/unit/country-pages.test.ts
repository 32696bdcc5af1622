/**
 * What a country page shows (src/lib/country-pages.ts), on generated
 * countries larger than the page: the entities named in most articles per
 * type, the most recent dated figures for the timeline, the URLs of its pages.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_ENTITIES_PER_TYPE, COUNTRY_TIMELINE_POINTS, countryEntityGroups, countryPageUrl, timelineFigures } from '../../src/lib/country-pages.ts';
import type { ArticleData, EntityRef, FigureInArticle } from '../../src/lib/relations.ts';

/**
 * @param n A number.
 * @param type The entity's type.
 * @returns A generated entity of Kazakhstan.
 */
const entity = (n: number, type: EntityRef['type']): EntityRef => ({ id: `${type}-${n}`, name: `${type} ${String(n).padStart(4, '0')}`, type, aliases: [], country: 'KZ' });

const article: ArticleData = { id: 'a1', title: 'Court in Almaty', outlet: 'Example Wire', published: '2019-05-01', countries: ['KZ'], entities: [], figures: [], text: '' };

/**
 * @param asOf The date the figure refers to.
 * @param index Its index in the article.
 * @returns A figure of the article.
 */
const figure = (asOf: string | null, index: number): FigureInArticle => ({ article, index, figure: { value: index, what: 'people sentenced', claimant: null, asOf, quote: `${index} people were sentenced.` } });

describe('country pages', () => {
  it('lists small countries whole, by name, as before', () => {
    const entities = [entity(2, 'person'), entity(1, 'organization'), entity(3, 'person')].sort((a, b) => a.name.localeCompare(b.name));
    const groups = countryEntityGroups(entities, () => 1, COUNTRY_ENTITIES_PER_TYPE);
    expect(groups.map((group) => [group.type, group.total, group.shown.map((shown) => shown.id)])).toEqual([
      ['person', 2, ['person-2', 'person-3']],
      ['organization', 1, ['organization-1']],
    ]);
  });

  it('keeps, of 1,000 people, the 100 named in most articles, still listed by name', () => {
    const people = Array.from({ length: 1000 }, (_, n) => entity(n, 'person'));
    // Person n is named in (n % 250) articles: four people for each count, so the 100 most named are those named 225 to 249 times.
    const count = (id: string): number => Number(id.slice('person-'.length)) % 250;
    const [group] = countryEntityGroups(people, count, COUNTRY_ENTITIES_PER_TYPE);
    expect(group?.total).toBe(1000);
    expect(group?.shown).toHaveLength(100);
    expect(Math.min(...(group?.shown ?? []).map((shown) => count(shown.id)))).toBe(225);
    const names = (group?.shown ?? []).map((shown) => shown.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('draws the most recent dated figures, oldest first, and counts the rest', () => {
    const figures = [figure('2016-05', 0), figure(null, 1), figure('2014', 2), figure('2016-05', 3), figure('2018-01-02', 4)];
    expect(timelineFigures(figures, COUNTRY_TIMELINE_POINTS)).toEqual({ shown: [figures[2], figures[0], figures[3], figures[4]], dated: 4, undated: 1 });
    const capped = timelineFigures(figures, 2);
    expect(capped.shown.map(({ index }) => index)).toEqual([3, 4]);
    expect([capped.dated, capped.undated]).toEqual([4, 1]);
    const many = Array.from({ length: 2000 }, (_, n) => figure(`${2000 + (n % 20)}-01-01`, n));
    const drawn = timelineFigures(many, COUNTRY_TIMELINE_POINTS);
    expect(drawn.shown).toHaveLength(500);
    expect(drawn.shown.every(({ figure: { asOf } }) => (asOf ?? '') >= '2015')).toBe(true);
  });

  it('gives page 1 the country page and later pages their own files', () => {
    expect(countryPageUrl('KZ', 1)).toBe('/countries/kz.html');
    expect(countryPageUrl('KZ', 3)).toBe('/countries/kz/page-3.html');
  });
});
