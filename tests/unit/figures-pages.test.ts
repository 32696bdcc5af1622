/**
 * The figures table in pages (src/lib/figures-pages.ts) on a generated corpus
 * larger than one page: the pages, their rows in table order, and filter
 * choices that list only what a page holds.
 */
import { describe, expect, it } from 'vitest';
import { figureRecords, groupClaims, type RecordArticle } from '../../src/lib/figure-records.ts';
import { claimantKey, figureFilterOptions, figuresPageUrl, figureTableRows } from '../../src/lib/figures-pages.ts';
import { FIGURE_ROWS_PER_PAGE, laterPages, pageCount, pageItems, pageRange } from '../../src/lib/paginate.ts';

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
  it('cuts 1,234 claims into pages of FIGURE_ROWS_PER_PAGE, page 1 at figures.html', () => {
    expect(claims).toHaveLength(1234);
    expect(FIGURE_ROWS_PER_PAGE).toBe(500);
    expect(pageCount(claims.length, FIGURE_ROWS_PER_PAGE)).toBe(3);
    expect(laterPages(claims.length, FIGURE_ROWS_PER_PAGE)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(pageRange(3, FIGURE_ROWS_PER_PAGE, claims.length)).toBe('1,001–1,234 of 1,234');
    expect(figuresPageUrl(1)).toBe('/figures.html');
    expect(figuresPageUrl(2)).toBe('/figures/page-2.html');
  });

  it('keeps the order of the whole table across its pages, every claim on exactly one page', () => {
    const pages = [1, 2, 3].map((page) => figureTableRows(pageItems(claims, page, FIGURE_ROWS_PER_PAGE)));
    expect(pages.map((rows) => rows.length)).toEqual([500, 500, 234]);
    expect(pages.flat().map((row) => row.claim.key)).toEqual(claims.map((claim) => claim.key));
    const row = pages[0]?.[0];
    expect(row?.first).toBe(row?.claim.first);
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
