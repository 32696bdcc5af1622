import { describe, expect, it } from 'vitest';
import { CLAIMS_PAGE_ROWS, fitsOnePage, isCompared, MEASURE_SECTION_CLAIMS, measurePageUrl, measureSection, measureUrl } from '../../src/lib/claims-pages.ts';
import { figureRecords, groupMeasures, type MeasureGroup } from '../../src/lib/figure-records.ts';

/**
 * @param measure A measure key.
 * @param claims How many claims it has.
 * @returns A measure group with that many (empty) claims: all the pager reads.
 */
function group(measure: string, claims: number): MeasureGroup {
  return { measure, claims: Array.from({ length: claims }, () => ({})) } as unknown as MeasureGroup;
}

describe('the claims pages', () => {
  it('gives each measure with more than one claim a page of its own and shows a single claim on the overview', () => {
    expect(isCompared(group('fighters-kyrgyzstan', 2))).toBe(true);
    expect(isCompared(group('women-kyrgyzstan', 1))).toBe(false);
    expect(measurePageUrl('fighters-kyrgyzstan')).toBe('/claims/fighters-kyrgyzstan.html');
    expect(measureUrl(group('fighters-kyrgyzstan', 4))).toBe('/claims/fighters-kyrgyzstan.html#measure-fighters-kyrgyzstan');
    expect(measureUrl(group('women-kyrgyzstan', 1))).toBe('/claims.html#measure-women-kyrgyzstan');
  });

  it("a measure's URL depends on nothing but the measure: claims added elsewhere never move it", () => {
    const measures = [...Array.from({ length: 300 }, (_, index) => group(`compared-${index}`, 2 + (index % 40))), group('huge', 1000)];
    const before = measures.map(measureUrl);
    // Every other measure gains claims, enough to reorder them by number of claims.
    const grown = measures.map((item, index) => (index % 2 === 0 ? group(item.measure, item.claims.length + 50) : item));
    expect(grown.map(measureUrl)).toEqual(before);
  });

  it('keeps every section of a small corpus on the overview, and only there a corpus that fits CLAIMS_PAGE_ROWS', () => {
    expect(fitsOnePage([])).toBe(true);
    expect(fitsOnePage([group('fighters-kyrgyzstan', 4), group('deaths-syria', 2), group('women-kyrgyzstan', 1)])).toBe(true);
    // A section shows at most MEASURE_SECTION_CLAIMS claims, two rows each (table and chart), and twelve more rows; a single claim is one row.
    const huge = group('huge', 5000);
    const singles = (count: number): MeasureGroup[] => Array.from({ length: count }, (_, index) => group(`single-${index}`, 1));
    const rest = CLAIMS_PAGE_ROWS - (MEASURE_SECTION_CLAIMS * 2 + 12);
    expect(fitsOnePage([huge, ...singles(rest)])).toBe(true);
    expect(fitsOnePage([huge, ...singles(rest + 1)])).toBe(false);
    expect(fitsOnePage(singles(CLAIMS_PAGE_ROWS + 1))).toBe(false);
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
