/**
 * Display helpers for figures.
 */
import type { FigureData } from './relations.ts';

/**
 * Format a number the English way, with thousands separators.
 * @param value A number.
 * @returns `50,000`.
 */
export function formatNumber(value: number): string {
  return englishNumber.format(value);
}

/** One formatter for every call: building one per number (as `toLocaleString` does) costs more than the page around it. */
const englishNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * The value of a figure as written for readers: qualifier, number or range, unit.
 * @param figure A figure.
 * @returns For example `more than 330`, `30,000–50,000`, `12 percent`, `USD 2,000,000`.
 */
export function formatFigureValue(figure: Pick<FigureData, 'value' | 'min' | 'max' | 'approx' | 'unit'>): string {
  const amount = figure.value !== undefined ? formatNumber(figure.value) : `${formatNumber(figure.min ?? 0)}–${formatNumber(figure.max ?? 0)}`;
  const withUnit = figure.unit === undefined ? amount : figure.unit === 'percent' ? `${amount}%` : `${amount} ${figure.unit}`;
  return figure.approx ? `${figure.approx} ${withUnit}` : withUnit;
}

/**
 * Sort key of a figure's magnitude (a range sorts by its midpoint).
 * @param figure A figure.
 * @returns A number.
 */
export function figureMagnitude(figure: Pick<FigureData, 'value' | 'min' | 'max'>): number {
  return figure.value ?? ((figure.min ?? 0) + (figure.max ?? 0)) / 2;
}
