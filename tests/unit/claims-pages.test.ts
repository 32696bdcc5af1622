import { describe, expect, it } from 'vitest';
import { CLAIMS_PAGE_ROWS, claimsPageUrl, claimsPages, MEASURE_SECTION_CLAIMS, measureSection, measureUrls } from '../../src/lib/claims-pages.ts';
import { figureRecords, groupMeasures, type MeasureGroup } from '../../src/lib/figure-records.ts';

/**
 * @param measure A measure key.
 * @param claims How many claims it has.
 * @returns A measure group with that many (empty) claims: all the pager reads.
 */
function group(measure: string, claims: number): MeasureGroup {
  return { measure, claims: Array.from({ length: claims }, () => ({})) } as unknown as MeasureGroup;
}

describe('claimsPages', () => {
  it('keeps a small corpus on one page, compared measures before single ones', () => {
    const pages = claimsPages([group('fighters-kyrgyzstan', 4), group('deaths-syria', 2), group('women-kyrgyzstan', 1)]);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.compared.map((item) => item.measure)).toEqual(['fighters-kyrgyzstan', 'deaths-syria']);
    expect(pages[0]!.single.map((item) => item.measure)).toEqual(['women-kyrgyzstan']);
  });

  it('cuts thousands of measures into pages of bounded size, every measure on exactly one page, in order', () => {
    const measures = [
      ...Array.from({ length: 300 }, (_, index) => group(`compared-${index}`, 2 + (index % 40))),
      ...Array.from({ length: 3000 }, (_, index) => group(`single-${index}`, 1)),
      group('huge', 1000),
    ];
    const pages = claimsPages(measures);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.map((page) => page.page)).toEqual(pages.map((_, index) => index + 1));
    expect(pages.flatMap((page) => [...page.compared, ...page.single].map((item) => item.measure)).sort()).toEqual(measures.map((item) => item.measure).sort());
    for (const page of pages) {
      // A section shows at most MEASURE_SECTION_CLAIMS claims, so even the huge measure fits the budget.
      const rows = page.compared.reduce((sum, item) => sum + Math.min(item.claims.length, MEASURE_SECTION_CLAIMS) * 2 + 12, 0) + page.single.length;
      expect(rows).toBeLessThanOrEqual(CLAIMS_PAGE_ROWS);
    }
  });

  it('gives one empty page when there is no measure', () => {
    expect(claimsPages([])).toEqual([{ page: 1, compared: [], single: [] }]);
  });
});

describe('measureUrls', () => {
  it('points each measure at its page and section', () => {
    const pages = claimsPages([group('big', 400), group('other', 200), group('alone', 1)]);
    const urls = measureUrls(pages);
    expect(urls.get('big')).toBe(`${claimsPageUrl(1)}#measure-big`);
    expect(urls.get('other')).toBe('/claims/page-2.html#measure-other');
    expect(urls.get('alone')).toBe('/claims/page-2.html#measure-alone');
    expect(claimsPageUrl(1)).toBe('/claims.html');
  });
});

describe('measureSection', () => {
  /**
   * A measure of `count` claims by two claimants, one article each; every third one undated.
   * @param count Claims.
   * @returns The measure's group.
   */
  function measure(count: number): MeasureGroup {
    const records = figureRecords(
      Array.from({ length: count }, (_, n) => ({
        id: `report-${String(n).padStart(5, '0')}`,
        title: `Report ${n}`,
        outlet: 'Example Wire',
        author: null,
        published: '2020-01-01',
        source: `https://example.org/${n}`,
        countries: ['TJ'],
        figures: [{ value: 10 + n, what: 'people detained', measure: 'tj-detainees', claimant: n % 2 === 0 ? 'interior-ministry' : null, asOf: n % 3 === 0 ? null : `${2000 + (n % 25)}-06`, quote: `${10 + n} people were detained.` }],
      })),
      { entityName: () => undefined, figureCountries: () => ['TJ'] },
    );
    return groupMeasures(records)[0]!;
  }

  it('shows a measure of few claims whole', () => {
    const group = measure(30);
    const shown = measureSection(group);
    expect(shown.capped).toBe(false);
    expect(shown.claims).toBe(group.claims);
    expect(shown.figures).toBe(group.figures);
    expect([shown.claimantCount, shown.firstDate, shown.lastDate]).toEqual([group.claimantCount, group.firstDate, group.lastDate]);
  });

  it('shows of 3,000 claims the most recent MEASURE_SECTION_CLAIMS, in the measure order, with their own dates', () => {
    const group = measure(3000);
    const shown = measureSection(group);
    expect(shown.capped).toBe(true);
    expect(shown.claims).toHaveLength(MEASURE_SECTION_CLAIMS);
    expect(shown.claims.every((claim) => claim.first.asOf !== null && claim.first.asOf >= '2022')).toBe(true);
    // 80 dated claims a year: all of 2024 and 2023, and 40 of 2022.
    expect(shown.claims.filter((claim) => claim.first.asOf?.startsWith('2022')).length).toBe(40);
    const positions = shown.claims.map((claim) => group.claims.indexOf(claim));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(shown.figures).toHaveLength(MEASURE_SECTION_CLAIMS);
    expect(new Set(shown.figures)).toEqual(new Set(shown.claims.flatMap((claim) => claim.figures)));
    expect(shown.lastDate).toBe('2024-06');
    expect(shown.claimantCount).toBe(2);
  });

  it('fills up with undated claims when too few are dated', () => {
    const group = measure(12);
    const shown = measureSection(group, 10);
    const dated = group.claims.filter((claim) => claim.first.asOf !== null);
    expect(dated).toHaveLength(8);
    expect(shown.claims.slice(0, 8)).toEqual(dated);
    expect(shown.claims.slice(8).every((claim) => claim.first.asOf === null)).toBe(true);
  });
});
