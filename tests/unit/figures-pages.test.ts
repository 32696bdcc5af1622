/**
 * The figures table in pages (src/lib/figures-pages.ts) on a generated corpus
 * larger than one page: the cut by year of first report, the pages of each
 * year, their rows in table order, and filter choices that list only what a
 * page holds.
 */
import { describe, expect, it } from 'vitest';
import { claimKey, figureRecords, groupClaims, type RecordArticle } from '../../src/lib/figure-records.ts';
import { claimantKey, figureFilterOptions, figuresPageUrl, figureTableRows, figureYears, UNDATED, yearLabel, yearOfFirstReport, yearPages } from '../../src/lib/figures-pages.ts';
import { FIGURE_ROWS_PER_PAGE, pageItems } from '../../src/lib/paginate.ts';

/** Claimants of the generated corpus: a ministry (an entity) and an unnamed source. */
const claimants = ['interior-ministry', null] as const;

/**
 * A generated corpus: `count` articles, one figure each, every figure a different claim.
 * Articles before the middle are about Kazakhstan and count returnees; the others are about Tajikistan and count detainees.
 * @param count Articles.
 * @returns The articles.
 */
function generatedArticles(count: number): RecordArticle[] {
  return Array.from({ length: count }, (_, n) => {
    const early = n < count / 2;
    return {
      id: `a${String(n).padStart(5, '0')}`,
      title: `Report ${n}`,
      outlet: 'Example Wire',
      author: null,
      published: `20${String(10 + (n % 10)).padStart(2, '0')}-0${1 + (n % 9)}-15`,
      source: `https://example.org/${n}`,
      countries: [early ? 'KZ' : 'TJ'],
      figures: [
        {
          value: 100 + n,
          what: early ? 'citizens returned from Syria' : 'people detained',
          measure: early ? 'kz-returnees' : 'tj-detainees',
          claimant: claimants[n % 2] ?? null,
          asOf: null,
          quote: `${100 + n} people were counted.`,
        },
      ],
    };
  });
}

const articles = generatedArticles(1234);
const records = figureRecords(articles, {
  entityName: (id) => (id === 'interior-ministry' ? 'Interior Ministry' : undefined),
  figureCountries: (articleId) => articles.find((article) => article.id === articleId)?.countries ?? [],
});
const claims = groupClaims(records);
const describe_ = (measure: string): string => measure.replace(/-/g, ' ');

describe('the figures table in pages', () => {
  it('cuts 1,234 claims into one run per year of first report, oldest year first, then pages of FIGURE_ROWS_PER_PAGE', () => {
    expect(claims).toHaveLength(1234);
    expect(FIGURE_ROWS_PER_PAGE).toBe(500);
    const years = figureYears(claims);
    // The generated dates cycle through 2010 to 2019: 124 claims a year for the first four years, 123 after.
    expect(years.map((run) => run.year)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019']);
    expect(years.map((run) => run.claims.length)).toEqual([124, 124, 124, 124, 123, 123, 123, 123, 123, 123]);
    for (const run of years) expect(run.claims.every((claim) => yearOfFirstReport(claim) === run.year)).toBe(true);
    const pages = yearPages({ year: '2010', claims: [...claims, ...claims].slice(0, 1001) });
    expect(pages.map((page) => [page.page, page.pages, page.yearTotal, page.claims.length])).toEqual([
      [1, 3, 1001, 500],
      [2, 3, 1001, 500],
      [3, 3, 1001, 1],
    ]);
    expect(yearPages({ year: '2010', claims: [] })).toHaveLength(1);
    expect(figuresPageUrl('2014')).toBe('/figures/2014.html');
    expect(figuresPageUrl('2014', 1)).toBe('/figures/2014.html');
    expect(figuresPageUrl('2014', 2)).toBe('/figures/2014/page-2.html');
    expect(figuresPageUrl(UNDATED)).toBe('/figures/undated.html');
    expect(yearLabel(UNDATED)).toBe('no date');
  });

  it('keeps the order of the whole table within each year, every claim on exactly one page, undated claims last', () => {
    const undated = generatedArticles(3).map((article, n) => ({ ...article, id: `u${n}`, published: null, figures: article.figures.map((figure) => ({ ...figure, value: -n })) }));
    const mixed = groupClaims(figureRecords([...articles.slice(0, 600), ...undated], { entityName: () => undefined, figureCountries: () => [] }));
    const years = figureYears(mixed);
    expect(years.at(-1)).toMatchObject({ year: UNDATED });
    expect(years.at(-1)?.claims.map((claim) => claim.first.article.id)).toEqual(['u0', 'u1', 'u2']);
    const pages = years.flatMap((run) => yearPages(run, 25));
    const shown = pages.flatMap((page) => page.claims);
    expect(new Set(shown).size).toBe(mixed.length);
    expect(shown).toHaveLength(mixed.length);
    for (const run of years) {
      const order = mixed.filter((claim) => yearOfFirstReport(claim) === run.year);
      expect(pages.filter((page) => page.year === run.year).flatMap((page) => page.claims)).toEqual(order);
    }
    const row = figureTableRows(pages[0]!.claims)[0];
    expect(row?.first).toBe(row?.claim.first);
  });

  it('a claim first reported in one year changes only that year\'s run: the other runs keep the same claims and pages', () => {
    const added = { ...articles[5]!, id: 'z-new', published: '2012-01-01', figures: [{ ...articles[5]!.figures[0]!, value: 9999, quote: '9999 people were counted.' }] };
    const grown = figureYears(groupClaims(figureRecords([...articles, added], { entityName: () => undefined, figureCountries: () => [] })));
    const before = figureYears(claims);
    expect(grown.map((run) => run.year)).toEqual(before.map((run) => run.year));
    for (const [index, run] of grown.entries()) {
      const old = before[index]!;
      const keys = (list: typeof run.claims): string[] => list.map((claim) => claim.key);
      // The new claim is the oldest of 2012 (the generated dates are the 15th of a month): it comes first and shifts that year only.
      expect(keys(run.claims)).toEqual(run.year === '2012' ? [claimKey(added.figures[0]!), ...keys(old.claims)] : keys(old.claims));
    }
  });

  it("lists in a page's filter form only the countries, claimants and measures of its rows", () => {
    const first = figureFilterOptions(figureTableRows(pageItems(claims, 1, FIGURE_ROWS_PER_PAGE)), describe_);
    const last = figureFilterOptions(figureTableRows(pageItems(claims, 3, FIGURE_ROWS_PER_PAGE)), describe_);
    const whole = figureFilterOptions(figureTableRows(claims), describe_);
    // Claims are oldest first: the generated dates cycle, so each page mixes both halves of the corpus.
    expect(whole.countries.map((option) => option.name)).toEqual(['Kazakhstan', 'Tajikistan']);
    expect(whole.claimants).toEqual([
      ['interior-ministry', 'Interior Ministry'],
      ['unattributed', 'unattributed'],
    ]);
    expect(whole.measures).toEqual([
      { measure: 'kz-returnees', label: 'kz returnees (617)' },
      { measure: 'tj-detainees', label: 'tj detainees (617)' },
    ]);
    for (const options of [first, last]) {
      const counts = options.measures.map((option) => Number(/\((\d+)\)$/.exec(option.label)?.[1]));
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(options === first ? 500 : 234);
    }
  });

  it("a page holding one country's claims offers only that country and its measures", () => {
    const onlyKazakh = claims.filter((claim) => claim.first.countries.includes('KZ')).slice(0, 10);
    const options = figureFilterOptions(figureTableRows(onlyKazakh), describe_);
    expect(options.countries).toEqual([{ code: 'KZ', name: 'Kazakhstan' }]);
    expect(options.measures).toEqual([{ measure: 'kz-returnees', label: 'kz returnees (10)' }]);
  });

  it("reads a claim's claimant from its key", () => {
    expect(claimantKey('kz-returnees:120:interior-ministry')).toBe('interior-ministry');
    expect(claimantKey('tj-detainees:40-50:unattributed')).toBe('unattributed');
  });
});
