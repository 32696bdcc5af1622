/**
 * The charts of figures: one mark per figure plotted (a dot for a single value,
 * a vertical or horizontal bar for a range), each with the figure's
 * description as its tooltip (`<title>`).
 *
 * - `claimsTimeline`: a measure's dated claims, x = the date they refer to, y = value.
 * - `claimsByClaimant`: a measure's claims with no date, one row per claimant, x = value.
 * - `figuresTimeline`: a country's dated figures (of many measures), y on a log scale.
 *
 * Pure: points in, SVG text out (see ./render.ts).
 */
import * as Plot from '@observablehq/plot';
import { isoToDate, renderChart } from './render.ts';

/** One figure to plot. */
export interface ChartPoint {
  /** Identifies the figure: `<article id>#figure-<index>`. */
  id: string;
  /** The date the figure refers to, ISO, or null. */
  asOf: string | null;
  value?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** Its description, for the tooltip: "more than 330 — Aibek Tursunbekov, 21 April 2015". */
  label: string;
  /** The claimant's name (rows of `claimsByClaimant`). */
  claimant: string;
}

/** A rendered chart and the points it holds. */
export interface Chart {
  /** The `<svg>`'s HTML. */
  svg: string;
  /** The points plotted, in the order given. */
  plotted: ChartPoint[];
}

/** Class of the group holding the dots of single values. */
export const POINT_CLASS = 'figure-point';
/** Class of the group holding the bars of ranges. */
export const RANGE_CLASS = 'figure-range';

/** A point with its parsed date. */
interface DatedPoint extends ChartPoint {
  date: Date;
}

/** Half the width of the time domain around a single date, in milliseconds (about a month and a half). */
const LONE_DATE_PADDING = 45 * 24 * 3600 * 1000;

/**
 * A measure's dated claims over time.
 * @param points Figures of one measure (the undated are left out).
 * @param text Id, title and description of the chart.
 * @param unit The measure's unit, for the y axis label.
 * @returns The chart, or undefined when no point has a date.
 */
export function claimsTimeline(points: readonly ChartPoint[], text: { id: string; title: string; description: string }, unit?: string): Chart | undefined {
  const dated = datedPoints(points);
  if (dated.length === 0) return undefined;
  const svg = renderChart(
    {
      width: 640,
      height: 300,
      marginLeft: 56,
      marginRight: 24,
      marginBottom: 52,
      x: timeAxis(dated, 'date the claim refers to'),
      y: { zero: true, grid: true, nice: true, label: unit ? `value (${unit})` : 'number' },
      marks: [Plot.ruleY([0]), ...valueMarks(dated, 'date')],
    },
    text,
  );
  return { svg, plotted: dated };
}

/**
 * A measure's claims side by side, one row per claimant, x = value.
 * @param points Figures of one measure (all of them, or the undated ones).
 * @param text Id, title and description.
 * @param unit The measure's unit, for the x axis label.
 * @returns The chart, or undefined when there is no point.
 */
export function claimsByClaimant(points: readonly ChartPoint[], text: { id: string; title: string; description: string }, unit?: string): Chart | undefined {
  if (points.length === 0) return undefined;
  const rows = [...new Set(points.map((point) => shortLabel(point.claimant)))];
  const data = points.map((point) => ({ ...point, row: shortLabel(point.claimant) }));
  const svg = renderChart(
    {
      width: 640,
      height: 56 + 34 * rows.length,
      marginLeft: 190,
      marginRight: 32,
      marginBottom: 44,
      x: { zero: true, grid: true, nice: true, label: unit ? `value (${unit})` : 'number', labelAnchor: 'center', labelOffset: 36 },
      y: { type: 'point', domain: rows, label: null, padding: 0.6 },
      marks: [Plot.ruleX([0]), ...valueMarks(data, 'row')],
    },
    text,
  );
  return { svg, plotted: [...points] };
}

/**
 * A country's dated figures over time, values on a log scale (they count different things).
 * @param points Figures (the undated are left out).
 * @param text Id, title and description.
 * @returns The chart, or undefined when no point has a date.
 */
export function figuresTimeline(points: readonly ChartPoint[], text: { id: string; title: string; description: string }): Chart | undefined {
  const dated = datedPoints(points);
  if (dated.length === 0) return undefined;
  const lows = dated.map((point) => point.value ?? point.min ?? 0);
  const positive = lows.every((low) => low > 0);
  const svg = renderChart(
    {
      width: 640,
      height: 320,
      marginLeft: 60,
      marginRight: 24,
      marginBottom: 52,
      x: timeAxis(dated, 'date the figure refers to'),
      y: { type: positive ? 'log' : 'symlog', grid: true, label: 'value (log scale)' },
      marks: valueMarks(dated, 'date', { fillOpacity: 0.75 }),
    },
    text,
  );
  return { svg, plotted: dated };
}

/**
 * The marks of some points: a dot per single value, a bar from min to max per
 * range, along the time axis (x = date, y = value) or along a claimant's row
 * (x = value, y = row).
 * @param points The points (dated ones for 'date', ones with a `row` for 'row').
 * @param along 'date' or 'row'.
 * @param dotStyle Extra options of the dots.
 * @returns The two marks.
 */
function valueMarks(points: readonly ChartPoint[], along: 'date' | 'row', dotStyle: Plot.DotOptions = {}): Plot.Markish[] {
  const singles = points.filter((point) => point.value !== undefined);
  const ranges = points.filter((point) => point.value === undefined);
  const dot = { r: 5, fill: 'currentColor', ...dotStyle, title: 'label', className: POINT_CLASS };
  const bar = { strokeWidth: 4, title: 'label', className: RANGE_CLASS };
  return along === 'date'
    ? [Plot.dot(singles, { x: 'date', y: 'value', ...dot }), Plot.ruleX(ranges, { x: 'date', y1: 'min', y2: 'max', ...bar })]
    : [Plot.dot(singles, { x: 'value', y: 'row', ...dot }), Plot.ruleY(ranges, { y: 'row', x1: 'min', x2: 'max', ...bar })];
}

/**
 * @param points Dated points (at least one).
 * @param label The axis label.
 * @returns The options of a time x axis over them.
 */
function timeAxis(points: readonly DatedPoint[], label: string): Plot.ScaleOptions & { label: string } {
  return { type: 'utc', domain: timeDomain(points), label, labelAnchor: 'center', labelOffset: 46, ticks: 6, nice: true };
}

/**
 * @param points Points.
 * @returns Those with a parseable date, with it parsed.
 */
function datedPoints(points: readonly ChartPoint[]): DatedPoint[] {
  return points.flatMap((point) => {
    const date = point.asOf === null ? undefined : isoToDate(point.asOf);
    return date ? [{ ...point, date }] : [];
  });
}

/**
 * The time domain of some points, widened around a single date.
 * @param points Dated points (at least one).
 * @returns [first, last].
 */
function timeDomain(points: readonly DatedPoint[]): [Date, Date] {
  const times = points.map((point) => point.date.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  return first === last ? [new Date(first - LONE_DATE_PADDING), new Date(last + LONE_DATE_PADDING)] : [new Date(first), new Date(last)];
}

/**
 * @param text A label.
 * @returns It cut to 30 characters.
 */
function shortLabel(text: string): string {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}
