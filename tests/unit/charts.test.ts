import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { claimsByClaimant, claimsTimeline, figuresTimeline, POINT_CLASS, RANGE_CLASS, type ChartPoint } from '../../src/charts/figure-charts.ts';
import { isoToDate } from '../../src/charts/render.ts';

/** The claims of Kyrgyz nationals gone to Syria and Iraq in seed 000, with dates of my own for the timeline. */
const points: ChartPoint[] = [
  { id: 'a#figure-0', asOf: '2015-04-21', value: 330, label: 'more than 330 — Abdyrakhman Mamataliev', claimant: 'Abdyrakhman Mamataliev' },
  { id: 'a#figure-3', asOf: '2015-04-16', value: 339, label: '339 — Rafik Mambetaliev', claimant: 'Rafik Mambetaliev' },
  { id: 'a#figure-7', asOf: '2015-04', value: 330, label: 'somewhere around 330 — Kyrgyz government', claimant: 'Kyrgyz government' },
  { id: 'a#figure-8', asOf: null, value: 500, label: 'as many as 500 — Artur Medetbekov', claimant: 'Artur Medetbekov' },
  { id: 'b#figure-1', asOf: '2014', min: 300, max: 400, label: '300–400 — an analyst', claimant: 'an analyst' },
];

/**
 * Parse a chart's SVG.
 * @param svg The SVG text.
 * @returns The svg element.
 */
function svgOf(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const element = document.querySelector('svg');
  if (!element) throw new Error('no svg');
  return element;
}

/**
 * @param svg The svg element.
 * @returns The marks of single values and of ranges.
 */
function marks(svg: Element): { points: Element[]; ranges: Element[] } {
  return {
    points: [...svg.querySelectorAll(`g.${POINT_CLASS} > *`)],
    ranges: [...svg.querySelectorAll(`g.${RANGE_CLASS} > *`)],
  };
}

describe('claimsTimeline', () => {
  const chart = claimsTimeline(points, { id: 'kg-timeline', title: 'Fighters from Kyrgyzstan over time', description: 'Four dated claims.' });

  it('draws one mark per dated figure: a dot per value, a rule per range', () => {
    if (!chart) throw new Error('no chart');
    const svg = svgOf(chart.svg);
    const { points: dots, ranges } = marks(svg);
    expect(dots).toHaveLength(3);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]?.tagName.toLowerCase()).toBe('line');
    expect(chart.plotted.map((point) => point.id)).toEqual(['a#figure-0', 'a#figure-3', 'a#figure-7', 'b#figure-1']);
    expect(dots.map((dot) => dot.querySelector('title')?.textContent)).toEqual([
      'more than 330 — Abdyrakhman Mamataliev',
      '339 — Rafik Mambetaliev',
      'somewhere around 330 — Kyrgyz government',
    ]);
    // The svg is one image: its parts carry no ARIA of their own.
    expect(svgOf(chart.svg).querySelectorAll('[aria-label], [aria-description]')).toHaveLength(0);
  });

  it('is an image named by its title and described by its desc', () => {
    if (!chart) throw new Error('no chart');
    const svg = svgOf(chart.svg);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('kg-timeline-title');
    expect(svg.getAttribute('aria-describedby')).toBe('kg-timeline-desc');
    expect(svg.querySelector('title#kg-timeline-title')?.textContent).toBe('Fighters from Kyrgyzstan over time');
    expect(svg.querySelector('desc#kg-timeline-desc')?.textContent).toBe('Four dated claims.');
    expect(svg.firstElementChild?.tagName.toLowerCase()).toBe('title');
  });

  it('is drawn only when some figure is dated, and the same every time', () => {
    expect(claimsTimeline(points.filter((point) => point.asOf === null), { id: 'x', title: 't', description: 'd' })).toBeUndefined();
    const again = claimsTimeline(points, { id: 'kg-timeline', title: 'Fighters from Kyrgyzstan over time', description: 'Four dated claims.' });
    expect(again?.svg).toBe(chart?.svg);
  });

  it('places a lone date in the middle of a widened time axis', () => {
    const lone = claimsTimeline([points[0] as ChartPoint], { id: 'lone', title: 't', description: 'd' });
    const dot = svgOf(lone?.svg ?? '').querySelector(`g.${POINT_CLASS} > *`);
    const x = Number(/translate\(([\d.]+)/.exec(dot?.getAttribute('transform') ?? '')?.[1] ?? dot?.getAttribute('cx'));
    expect(x).toBeGreaterThan(200);
    expect(x).toBeLessThan(500);
  });
});

describe('claimsByClaimant', () => {
  it('draws every figure, dated or not, one row per claimant', () => {
    const chart = claimsByClaimant(points, { id: 'kg-claims', title: 'Claims', description: 'Five claims.' });
    if (!chart) throw new Error('no chart');
    const svg = svgOf(chart.svg);
    const { points: dots, ranges } = marks(svg);
    expect(dots).toHaveLength(4);
    expect(ranges).toHaveLength(1);
    expect(chart.plotted).toHaveLength(5);
    const labels = [...svg.querySelectorAll('text')].map((text) => text.textContent);
    for (const claimant of ['Abdyrakhman Mamataliev', 'Rafik Mambetaliev', 'Kyrgyz government', 'Artur Medetbekov']) expect(labels).toContain(claimant);
    expect(claimsByClaimant([], { id: 'none', title: 't', description: 'd' })).toBeUndefined();
  });
});

describe('figuresTimeline', () => {
  it('draws one mark per dated figure on a log scale', () => {
    const country = [...points, { id: 'c#figure-0', asOf: '2014-09-26', value: 50000, label: 'about 50,000 militants', claimant: 'Nikolai Patrushev' }];
    const chart = figuresTimeline(country, { id: 'kg', title: 'Figures about Kyrgyzstan', description: 'Dated figures.' });
    if (!chart) throw new Error('no chart');
    const { points: dots, ranges } = marks(svgOf(chart.svg));
    expect(dots.length + ranges.length).toBe(5);
    expect(chart.plotted).toHaveLength(5);
    expect(chart.svg).toContain('value (log scale)');
  });
});

describe('isoToDate', () => {
  it('reads dates of any precision as their first day, in UTC', () => {
    expect(isoToDate('2015')?.toISOString()).toBe('2015-01-01T00:00:00.000Z');
    expect(isoToDate('2015-04')?.toISOString()).toBe('2015-04-01T00:00:00.000Z');
    expect(isoToDate('2015-04-21')?.toISOString()).toBe('2015-04-21T00:00:00.000Z');
    expect(isoToDate('April 2015')).toBeUndefined();
  });
});
