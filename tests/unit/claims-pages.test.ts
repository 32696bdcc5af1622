import { describe, expect, it } from 'vitest';
import { CLAIMS_PAGE_ROWS, claimsPageUrl, claimsPages, measureUrls } from '../../src/lib/claims-pages.ts';
import type { MeasureGroup } from '../../src/lib/figure-records.ts';

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
      const rows = page.compared.reduce((sum, item) => sum + item.claims.length * 2 + 12, 0) + page.single.length;
      // Only a page holding one measure alone may go over the budget.
      if (page.compared.length + page.single.length > 1) expect(rows).toBeLessThanOrEqual(CLAIMS_PAGE_ROWS);
    }
    expect(pages.find((page) => page.compared.some((item) => item.measure === 'huge'))?.compared).toHaveLength(1);
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
