/**
 * Charts drawn at build time with Observable Plot on a server-side DOM
 * (linkedom): the page gets a finished, accessible SVG and needs no script.
 *
 * Every chart is an `<svg role="img">` named by its own `<title>` and described
 * by its `<desc>` (`aria-labelledby`, `aria-describedby`); its parts carry no
 * ARIA of their own (each mark has a `<title>` tooltip), and pages add a table
 * of the same data as the text alternative. Pure: options in, SVG text out.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** The SVG namespace, for the elements added to Plot's output. */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a chart says about itself to assistive technology. */
export interface ChartText {
  /** Unique within the page; prefixes the ids of the title and description. */
  id: string;
  /** A short name: "Claims of fighters from Kyrgyzstan over time". */
  title: string;
  /** One or two sentences: what is plotted and what it shows. */
  description: string;
}

/**
 * Render a Plot chart as accessible SVG text.
 * @param options Plot options (marks, scales, size); `document` is supplied here.
 * @param text Id, title and description.
 * @returns The `<svg>` element's HTML.
 */
export function renderChart(options: Plot.PlotOptions, text: ChartText): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const node = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`chart ${text.id}: Plot returned no <svg>`);
  const titleId = `${text.id}-title`;
  const descId = `${text.id}-desc`;
  const title = document.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', titleId);
  title.textContent = text.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', descId);
  desc.textContent = text.description;
  // The svg is one image (role="img"): Plot's labels of its parts would be ARIA on
  // elements without a role; each part keeps its <title> as a tooltip instead.
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', titleId);
  svg.setAttribute('aria-describedby', descId);
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  svg.setAttribute('id', text.id);
  return svg.outerHTML;
}

/**
 * An ISO date of any precision as the first instant it covers, in UTC.
 * @param date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @returns The date, or undefined when it does not parse.
 */
export function isoToDate(date: string): Date | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return undefined;
  return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1')));
}
