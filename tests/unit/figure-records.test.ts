import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { claimKey, figureRecords, groupClaims, groupMeasures, type RecordArticle } from '../../src/lib/figure-records.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { csvValues, figureRows, FIGURE_COLUMNS } from '../../src/lib/downloads.ts';

/** Three articles of my own: the first claim is echoed by two later articles. */
const articles: RecordArticle[] = [
  {
    id: 'c-echo',
    title: 'Second echo',
    outlet: 'Outlet C',
    author: null,
    published: '2016-03-01',
    source: 'seeds/c-echo.txt',
    countries: ['TJ'],
    figures: [{ value: 1900, what: 'Tajik nationals in Syria and Iraq', measure: 'tj-fighters-syria-iraq', claimant: 'interior-ministry', asOf: '2015-10', quote: 'a, "b"' }],
  },
  {
    id: 'a-first',
    title: 'First report',
    outlet: 'Outlet A',
    author: 'A. Writer',
    published: '2015-11-02',
    source: 'seeds/a-first.txt',
    countries: ['TJ', 'SY'],
    figures: [
      { value: 1900, approx: 'about', what: 'Tajiks who went to Syria and Iraq', measure: 'tj-fighters-syria-iraq', claimant: 'interior-ministry', asOf: '2015-10', quote: 'About 1,900 Tajiks went.' },
      { min: 2000, max: 4000, what: 'Tajiks fighting abroad', measure: 'tj-fighters-syria-iraq', claimant: 'an analyst', asOf: null, quote: 'Between 2,000 and 4,000, he said.' },
      { value: 300, what: 'Tajik nationals killed', measure: 'tj-dead-syria-iraq', claimant: null, asOf: '2015', quote: 'At least 300 were killed.' },
    ],
  },
  {
    id: 'b-echo',
    title: 'First echo',
    outlet: 'Outlet B',
    author: null,
    published: '2015-12-24',
    source: 'seeds/b-echo.txt',
    countries: ['TJ'],
    figures: [
      { value: 1900, what: 'Tajik citizens fighting for IS', measure: 'tj-fighters-syria-iraq', claimant: 'interior-ministry', asOf: '2015-12', quote: 'Line one\nline two, with “quotes”' },
      { value: 1000, what: 'Tajik fighters', measure: 'tj-fighters-syria-iraq', claimant: 'an analyst', asOf: '2014', quote: 'Perhaps 1,000.' },
    ],
  },
];

const records = figureRecords(articles, {
  entityName: (id) => (id === 'interior-ministry' ? 'Interior Ministry of Tajikistan' : undefined),
  figureCountries: (id) => (id === 'a-first' ? ['SY', 'TJ'] : ['TJ']),
});

describe('figureRecords', () => {
  it('flattens the figures in article id order with their index and claimant name', () => {
    expect(records.map((record) => `${record.article.id}#${record.index}`)).toEqual(['a-first#0', 'a-first#1', 'a-first#2', 'b-echo#0', 'b-echo#1', 'c-echo#0']);
    expect(records[0]).toMatchObject({ claimantName: 'Interior Ministry of Tajikistan', claimantIsEntity: true, countries: ['SY', 'TJ'] });
    expect(records[1]).toMatchObject({ claimantName: 'an analyst', claimantIsEntity: false });
    expect(records[2]).toMatchObject({ claimantName: null, claimantIsEntity: false });
  });
});

describe('groupClaims', () => {
  it('traces repeats: same value, measure and claimant is one claim, its articles oldest first', () => {
    const claims = groupClaims(records);
    const echoed = claims.find((claim) => claim.key === 'tj-fighters-syria-iraq:1900:interior-ministry');
    expect(echoed?.figures.map((figure) => figure.article.id)).toEqual(['a-first', 'b-echo', 'c-echo']);
    expect(echoed?.first.approx).toBe('about');
    expect(claims).toHaveLength(4);
    expect(claimKey({ min: 2000, max: 4000, what: 'x', claimant: 'an analyst', asOf: null, quote: 'q' })).toBe('x:2000-4000:an-analyst');
    expect(claimKey({ value: 3, unit: 'percent', what: 'share of women', claimant: null, asOf: null, quote: 'q' })).toBe('share-of-women:3 percent:unattributed');
  });
});

describe('groupMeasures', () => {
  it('compares each measure’s claims: range, spread, claimants, dates', () => {
    const [fighters, dead] = groupMeasures(records);
    expect(fighters?.measure).toBe('tj-fighters-syria-iraq');
    expect(fighters?.claims.map((claim) => claim.key)).toEqual([
      'tj-fighters-syria-iraq:1000:an-analyst',
      'tj-fighters-syria-iraq:1900:interior-ministry',
      'tj-fighters-syria-iraq:2000-4000:an-analyst',
    ]);
    expect(fighters).toMatchObject({ low: 1000, high: 4000, spread: 3000, ratio: 4, claimantCount: 2, articleCount: 3, firstDate: '2014', lastDate: '2015-10' });
    expect(fighters?.figures).toHaveLength(5);
    expect(dead).toMatchObject({ measure: 'tj-dead-syria-iraq', low: 300, high: 300, spread: 0, ratio: 1, claimantCount: 1 });
  });
});

describe('data/figures.csv', () => {
  it('parses back with a real CSV parser, one row per figure, text intact', () => {
    const rows = figureRows(records, groupClaims(records), {
      article: (id) => `https://example.org/articles/${id}.html`,
      figure: (id, index) => `https://example.org/articles/${id}.html#figure-${index}`,
    });
    const csv = toCsv(FIGURE_COLUMNS, rows.map(csvValues));
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...FIGURE_COLUMNS]);
    expect(parsed.data).toHaveLength(records.length);
    expect(parsed.data.map((row) => row.quote)).toEqual(records.map((record) => record.quote));
    expect(parsed.data[1]).toMatchObject({ value: '', min: '2000', max: '4000', claimant: 'an analyst', claimant_is_entity: 'false', as_of: '' });
    expect(parsed.data[0]).toMatchObject({ countries: 'SY TJ', claim_articles: '3', figure_url: 'https://example.org/articles/a-first.html#figure-0' });
  });

  it('refuses a record of the wrong length', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow('CSV record 1 has 1 fields, expected 2');
  });
});
