/**
 * The figures table in pages (src/lib/figures-pages.ts) on a generated corpus
 * larger than one page: the cut by year of first report, the pages of each
 * year, their rows in table order, and filter choices that list only what a
 * page holds.
 */
import { describe, expect, it } from 'vitest';
import { claimKey, figureRecords, groupClaims, type RecordArticle } from '../../src/lib/figure-records.ts';
import { claimantKey, endsPage, FIGURE_PAGE_CUT_ONE_IN, FIGURE_PAGE_MIN_ROWS, figureFilterOptions, figuresPageUrl, figureTableRows, figureYears, UNDATED, yearLabel, yearOfFirstReport, yearPages } from '../../src/lib/figures-pages.ts';
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

/**
 * @param count Claims.
 * @returns A run of that many claims with different keys (the cut reads only their keys).
 */
function bigRun(count: number): typeof claims {
  return Array.from({ length: count }, (_, index) => ({ ...claims[index % claims.length]!, key: `kz-returnees:${index}:interior-ministry` }));
}

describe('the figures table in pages', () => {
  it('cuts 1,234 claims into one run per year of first report, oldest year first', () => {
    expect(claims).toHaveLength(1234);
    const years = figureYears(claims);
    // The generated dates cycle through 2010 to 2019: 124 claims a year for the first four years, 123 after.
    expect(years.map((run) => run.year)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019']);
    expect(years.map((run) => run.claims.length)).toEqual([124, 124, 124, 124, 123, 123, 123, 123, 123, 123]);
    for (const run of years) expect(run.claims.every((claim) => yearOfFirstReport(claim) === run.year)).toBe(true);
    expect(yearPages({ year: '2010', claims: [] })).toEqual([{ year: '2010', page: 1, pages: 1, claims: [] }]);
    expect(figuresPageUrl('2014')).toBe('/figures/2014.html');
    expect(figuresPageUrl('2014', 1)).toBe('/figures/2014.html');
    expect(figuresPageUrl('2014', 2)).toBe('/figures/2014/page-2.html');
    expect(figuresPageUrl(UNDATED)).toBe('/figures/undated.html');
    expect(yearLabel(UNDATED)).toBe('no date');
  });

  it('ends a page after a claim whose hash says so once it holds FIGURE_PAGE_MIN_ROWS, and always at FIGURE_ROWS_PER_PAGE', () => {
    expect([FIGURE_PAGE_MIN_ROWS, FIGURE_ROWS_PER_PAGE, FIGURE_PAGE_CUT_ONE_IN]).toEqual([100, 500, 250]);
    const run = { year: '2010', claims };
    // With a rule that marks every 150th claim: pages end after claims 150, 300 (each past the minimum of 100), ...
    const marked = new Set(claims.filter((_, index) => (index + 1) % 150 === 0).map((claim) => claim.key));
    const pages = yearPages(run, 500, 100, (key) => marked.has(key));
    expect(pages.map((page) => page.claims.length)).toEqual([150, 150, 150, 150, 150, 150, 150, 150, 34]);
    expect(pages.map((page) => [page.page, page.pages])).toEqual(pages.map((_, index) => [index + 1, 9]));
    // Marks closer than the minimum are skipped; without marks, pages are cut at the maximum.
    expect(yearPages(run, 500, 200, (key) => marked.has(key)).map((page) => page.claims.length)).toEqual([300, 300, 300, 300, 34]);
    expect(yearPages(run, 500, 100, () => false).map((page) => page.claims.length)).toEqual([500, 500, 234]);
    // The real rule: about one key in FIGURE_PAGE_CUT_ONE_IN ends a page.
    const keys = Array.from({ length: 100_000 }, (_, index) => `measure-${index % 97}:${index}:claimant-${index % 13}`);
    const share = keys.filter(endsPage).length / keys.length;
    expect(share).toBeGreaterThan(0.7 / FIGURE_PAGE_CUT_ONE_IN);
    expect(share).toBeLessThan(1.3 / FIGURE_PAGE_CUT_ONE_IN);
    const real = yearPages({ year: '2010', claims: bigRun(5000) });
    for (const page of real) expect(page.claims.length).toBeLessThanOrEqual(FIGURE_ROWS_PER_PAGE);
    for (const page of real.slice(0, -1)) expect(page.claims.length).toBeGreaterThanOrEqual(FIGURE_PAGE_MIN_ROWS);
  });

  it('a claim added inside a run changes the page it lands on and the few after it up to a cut by hash, never the pages before', () => {
    const run = bigRun(6000);
    const before = yearPages({ year: '2010', claims: run });
    expect(before.length).toBeGreaterThan(10);
    const fingerprint = (page: { page: number; pages: number; claims: Array<{ key: string }> }): string => `${page.page}/${page.pages}:${page.claims.map((claim) => claim.key).join(',')}`;
    const changedCounts: number[] = [];
    for (const at of [0, 17, 999, 2500, 4321, 5999]) {
      for (const n of [1, 2, 3]) {
        const added = { ...run[0]!, key: `added-${at}-${n}` };
        const after = yearPages({ year: '2010', claims: [...run.slice(0, at), added, ...run.slice(at)] });
        const changed = after.flatMap((page, index) => (before[index] !== undefined && fingerprint(page) === fingerprint(before[index]!) ? [] : [index]));
        const landed = after.findIndex((page) => page.claims.some((claim) => claim.key === added.key));
        // Nothing before the page it lands on changes, and what changes is one stretch from there.
        expect(changed[0]).toBe(landed);
        expect(changed).toEqual(changed.map((_, index) => landed + index));
        changedCounts.push(changed.length);
      }
    }
    // Cutting every 500 claims instead, a claim added near the start changed every page (12 here).
    expect(Math.max(...changedCounts)).toBeLessThanOrEqual(4);
    expect(changedCounts.reduce((sum, count) => sum + count, 0) / changedCounts.length).toBeLessThan(2);
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
