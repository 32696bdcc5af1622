/**
 * A world map drawn at build time as an SVG string (no client script): every
 * country as a path, the countries with articles shaded on a five-class
 * sequential scale and linked to their pages.
 *
 * Geometry: Natural Earth 1:110m (`world-atlas/countries-110m.json`, keyed by
 * ISO 3166-1 numeric id), Equal Earth projection fitted to the requested width,
 * coordinates rounded to 0.1 px and written as relative path commands. The
 * projected shapes are cached per width at module level.
 *
 * Colours come from classes (`map-level-0` for no articles, `map-level-1` ..
 * `map-level-5`), whose defaults (light and dark) sit in a `<style>` inside the
 * SVG and read the CSS custom properties `--map-level-0` .. `--map-level-5`,
 * `--map-border` and `--map-focus`, so the site can restyle them.
 */
import { geoEqualEarth, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { alpha2FromCommonName, countryLatLng, countryName, numericToAlpha2 } from './countries.ts';

/** Options of `renderWorldMap`. */
export interface WorldMapOptions {
  /** Number of articles per country, keyed by ISO 3166-1 alpha-2 code (any case). Zero or less counts as none. */
  counts: ReadonlyMap<string, number>;
  /** URL of a country's page, given its upper-case alpha-2 code. */
  href: (code: string) => string;
  /** Accessible name of the map (the SVG's `<title>`). */
  title?: string;
  /** Width of the drawing in SVG units (the viewBox); the height follows. Default 960. */
  width?: number;
  /** Prefix of the ids of the SVG's `<title>` and `<desc>`; set it when a page shows two maps. Default `world-map`. */
  idPrefix?: string;
}

/** One class of the shading scale: the counts from `min` to `max` (inclusive) get `level`. */
export interface ShadingClass {
  /** 1 (fewest articles) .. 5 (most). */
  level: number;
  /** Smallest count in the class. */
  min: number;
  /** Largest count in the class. */
  max: number;
}

/** A country's shape in projected coordinates. */
interface ProjectedShape {
  /** Upper-case alpha-2 code, or undefined for a territory without one (Somaliland, N. Cyprus). */
  alpha2: string | undefined;
  /** SVG path data. */
  d: string;
}

/** The whole map projected for one width. */
interface ProjectedWorld {
  width: number;
  height: number;
  shapes: ProjectedShape[];
  /** Alpha-2 codes that have a shape. */
  shaped: ReadonlySet<string>;
  /** The fitted projection, used to place markers for countries too small to have a shape. */
  projection: GeoProjection;
}

/** Properties of the atlas features. */
interface AtlasProperties {
  name: string;
}

/** Number of shading classes. */
const LEVEL_COUNT = 5;
/** Default width of the drawing. */
const DEFAULT_WIDTH = 960;
/** Alpha-2 code of Antarctica, drawn only when it has articles (it would take a fifth of the height). */
const ANTARCTICA = 'AQ';
/** Radius of the dot marking a country with articles that is too small to be drawn at 1:110m. */
const MARKER_RADIUS = 3;

/** Every country feature of the atlas, with its alpha-2 code where it has one. */
const ATLAS_COUNTRIES: ReadonlyArray<{ alpha2: string | undefined; feature: Feature<Geometry, AtlasProperties> }> =
  (() => {
    const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<AtlasProperties> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, AtlasProperties>;
    return collection.features.map((country) => ({
      alpha2:
        country.id === undefined
          ? alpha2FromCommonName(country.properties.name)
          : numericToAlpha2(String(country.id)),
      feature: country,
    }));
  })();

/** Projected maps already computed, keyed by width and whether Antarctica is drawn. */
const projectedCache = new Map<string, ProjectedWorld>();

/**
 * Escape text for XML/HTML character data and attribute values.
 * @param text Any text.
 * @returns The text with `& < > " '` replaced by entities.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A d3-geo path context that records rings as lists of points instead of drawing them.
 * @returns The context and the rings it fills.
 */
function ringRecorder(): { context: GeoContext; rings: Array<Array<[number, number]>> } {
  const rings: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> | undefined;
  const context: GeoContext = {
    beginPath: () => undefined,
    moveTo: (x, y) => {
      current = [[x, y]];
      rings.push(current);
    },
    lineTo: (x, y) => {
      current?.push([x, y]);
    },
    closePath: () => {
      current = undefined;
    },
    arc: () => undefined,
  };
  return { context, rings };
}

/**
 * Format a coordinate given in tenths as a short SVG number: 12 -> `1.2`, -3 -> `-.3`, 40 -> `4`.
 * @param tenths An integer number of tenths.
 * @returns The number as SVG path text.
 */
function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const magnitude = Math.abs(tenths);
  const whole = Math.floor(magnitude / 10);
  const fraction = magnitude % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}

/**
 * Join SVG numbers with the fewest separators the path grammar allows.
 * @param numbers Formatted numbers.
 * @returns The numbers as one string (`1.2-.3 4` ...).
 */
function joinNumbers(numbers: string[]): string {
  let out = '';
  let previous = '';
  for (const number of numbers) {
    const needsSpace =
      previous !== '' && !number.startsWith('-') && !(number.startsWith('.') && previous.includes('.'));
    out += needsSpace ? ` ${number}` : number;
    previous = number;
  }
  return out;
}

/**
 * Turn projected rings into compact SVG path data, rounded to 0.1 unit.
 * Repeated points are dropped, and so are rings that shrink to fewer than three points.
 * @param rings Rings of projected points.
 * @returns Path data (absolute move, then relative lines), or '' when nothing is left.
 */
function ringsToPathData(rings: Array<Array<[number, number]>>): string {
  let data = '';
  for (const ring of rings) {
    const points: Array<[number, number]> = [];
    for (const [x, y] of ring) {
      const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
      const last = points[points.length - 1];
      if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
    }
    const first = points[0];
    const last = points[points.length - 1];
    if (first !== undefined && last !== undefined && points.length > 1 && first[0] === last[0] && first[1] === last[1]) {
      points.pop();
    }
    if (first === undefined || points.length < 3) continue;
    const deltas: string[] = [];
    for (let index = 1; index < points.length; index += 1) {
      const point = points[index]!;
      const before = points[index - 1]!;
      deltas.push(formatTenths(point[0] - before[0]), formatTenths(point[1] - before[1]));
    }
    data += `M${joinNumbers([formatTenths(first[0]), formatTenths(first[1])])}l${joinNumbers(deltas)}z`;
  }
  return data;
}

/**
 * Project the atlas for one width, or take it from the cache.
 * @param width Width of the drawing.
 * @param withAntarctica Whether Antarctica is drawn (and fitted).
 * @returns The projected world.
 */
function projectedWorld(width: number, withAntarctica: boolean): ProjectedWorld {
  const key = `${width}:${withAntarctica}`;
  const cached = projectedCache.get(key);
  if (cached !== undefined) return cached;

  const drawn = ATLAS_COUNTRIES.filter((country) => withAntarctica || country.alpha2 !== ANTARCTICA);
  const collection: FeatureCollection<Geometry, AtlasProperties> = {
    type: 'FeatureCollection',
    features: drawn.map((country) => country.feature),
  };
  const projection = geoEqualEarth().fitWidth(width, collection);
  const bounds = geoPath(projection).bounds(collection);
  const height = Math.ceil(bounds[1][1]);

  const shapes: ProjectedShape[] = [];
  for (const country of drawn) {
    const { context, rings } = ringRecorder();
    geoPath(projection, context)(country.feature);
    const d = ringsToPathData(rings);
    if (d !== '') shapes.push({ alpha2: country.alpha2, d });
  }
  const shaped = new Set(shapes.flatMap((shape) => (shape.alpha2 === undefined ? [] : [shape.alpha2])));
  const world: ProjectedWorld = { width, height, shapes, shaped, projection };
  projectedCache.set(key, world);
  return world;
}

/**
 * Split sorted distinct values into `classCount` contiguous groups minimising the
 * weighted within-group sum of squares (optimal 1-D k-means, "ckmeans").
 * @param values Distinct values, ascending.
 * @param weights How many times each value occurs.
 * @param classCount Number of groups, at most `values.length`.
 * @returns Index of the first value of each group, ascending, starting with 0.
 */
function optimalBreaks(values: number[], weights: number[], classCount: number): number[] {
  const n = values.length;
  const sumW = [0];
  const sumWX = [0];
  const sumWXX = [0];
  for (let i = 0; i < n; i += 1) {
    const w = weights[i]!;
    const x = values[i]!;
    sumW.push(sumW[i]! + w);
    sumWX.push(sumWX[i]! + w * x);
    sumWXX.push(sumWXX[i]! + w * x * x);
  }
  /** Weighted sum of squares of values[from..to] (inclusive). */
  const cost = (from: number, to: number): number => {
    const w = sumW[to + 1]! - sumW[from]!;
    const wx = sumWX[to + 1]! - sumWX[from]!;
    const wxx = sumWXX[to + 1]! - sumWXX[from]!;
    return wxx - (wx * wx) / w;
  };
  // best[k][i]: least cost of values[0..i] in k+1 groups; start[k][i]: first index of the last group.
  const best: number[][] = [];
  const start: number[][] = [];
  for (let k = 0; k < classCount; k += 1) {
    best.push(new Array<number>(n).fill(Infinity));
    start.push(new Array<number>(n).fill(0));
  }
  for (let i = 0; i < n; i += 1) best[0]![i] = cost(0, i);
  for (let k = 1; k < classCount; k += 1) {
    for (let i = k; i < n; i += 1) {
      for (let j = k; j <= i; j += 1) {
        const candidate = best[k - 1]![j - 1]! + cost(j, i);
        if (candidate < best[k]![i]!) {
          best[k]![i] = candidate;
          start[k]![i] = j;
        }
      }
    }
  }
  const starts: number[] = [];
  let end = n - 1;
  for (let k = classCount - 1; k >= 0; k -= 1) {
    const first = k === 0 ? 0 : start[k]![end]!;
    starts.unshift(first);
    end = first - 1;
  }
  return starts;
}

/**
 * The shading scale for a set of counts: up to five classes of counts, each with a level.
 * With five distinct counts or fewer each gets its own class; otherwise the classes are
 * natural breaks of the logarithm of the counts (so that one country with many articles
 * does not squash all others into the lightest class). Levels are spread over 1..5 so the
 * highest count always gets level 5 and the lowest level 1 (a single class gets level 3).
 * @param counts Number of articles per country; counts of zero or less are ignored.
 * @returns Classes, lowest counts first; empty when no country has articles.
 */
export function shadingClasses(counts: ReadonlyMap<string, number>): ShadingClass[] {
  const frequency = new Map<number, number>();
  for (const count of counts.values()) {
    if (Number.isFinite(count) && count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  }
  const values = [...frequency.keys()].sort((a, b) => a - b);
  if (values.length === 0) return [];
  const classCount = Math.min(LEVEL_COUNT, values.length);
  const starts =
    values.length <= LEVEL_COUNT
      ? values.map((_, index) => index)
      : optimalBreaks(
          values.map((value) => Math.log(value)),
          values.map((value) => frequency.get(value)!),
          classCount,
        );
  return starts.map((first, index) => {
    const next = starts[index + 1] ?? values.length;
    const level =
      classCount === 1 ? Math.ceil(LEVEL_COUNT / 2) : 1 + Math.round((index * (LEVEL_COUNT - 1)) / (classCount - 1));
    return { level, min: values[first]!, max: values[next - 1]! };
  });
}

/**
 * @param count A country's number of articles.
 * @param classes The scale from `shadingClasses`.
 * @returns Its level: 0 for none, else the level of the highest class whose minimum it reaches.
 */
export function shadingLevel(count: number, classes: readonly ShadingClass[]): number {
  if (!Number.isFinite(count) || count <= 0) return 0;
  let level = 0;
  for (const shadingClass of classes) if (count >= shadingClass.min) level = shadingClass.level;
  return level;
}

/**
 * @param count A number of articles.
 * @returns `1 article`, `3 articles`.
 */
function articlesLabel(count: number): string {
  return `${count} ${count === 1 ? 'article' : 'articles'}`;
}

/**
 * @param shadingClass A class of the scale.
 * @returns Its legend text: `1 article`, `2–3 articles`.
 */
function classLabel(shadingClass: ShadingClass): string {
  if (shadingClass.min === shadingClass.max) return articlesLabel(shadingClass.min);
  return `${shadingClass.min}–${shadingClass.max} articles`;
}

/**
 * Keep the countries with articles, checking their codes.
 * @param counts Number of articles per country code.
 * @returns Upper-case code and count of each country with a count above zero.
 * @throws Error naming an unknown country code.
 */
function countedCountries(counts: ReadonlyMap<string, number>): Array<{ code: string; count: number }> {
  const counted = new Map<string, number>();
  for (const [rawCode, count] of counts) {
    if (!Number.isFinite(count) || count <= 0) continue;
    countryName(rawCode); // throws a clear error for an unknown code
    const code = rawCode.trim().toUpperCase();
    counted.set(code, (counted.get(code) ?? 0) + count);
  }
  return [...counted].map(([code, count]) => ({ code, count }));
}

/** Default styles of the map; every colour can be overridden with a CSS custom property. */
const MAP_STYLE = [
  '.world-map{max-width:100%;height:auto}',
  '.world-map path,.world-map circle{stroke:var(--map-border,var(--bg,#fff));stroke-width:.5;stroke-linejoin:round}',
  '.world-map a:hover path,.world-map a:focus path,.world-map a:hover circle,.world-map a:focus circle{stroke:var(--map-focus,var(--text,#000));stroke-width:1.5}',
  '.map-level-0{fill:var(--map-level-0,#dfe3e8)}',
  '.map-level-1{fill:var(--map-level-1,#c6dcf2)}',
  '.map-level-2{fill:var(--map-level-2,#8fbbe6)}',
  '.map-level-3{fill:var(--map-level-3,#5094d4)}',
  '.map-level-4{fill:var(--map-level-4,#1f6bb5)}',
  '.map-level-5{fill:var(--map-level-5,#0a3f7a)}',
  '@media (prefers-color-scheme:dark){',
  '.map-level-0{fill:var(--map-level-0,#2b323b)}',
  '.map-level-1{fill:var(--map-level-1,#1f3b5c)}',
  '.map-level-2{fill:var(--map-level-2,#285584)}',
  '.map-level-3{fill:var(--map-level-3,#3673b0)}',
  '.map-level-4{fill:var(--map-level-4,#5f9ad8)}',
  '.map-level-5{fill:var(--map-level-5,#a6ccf4)}',
  '}',
].join('');

/**
 * Draw the world map as an SVG string.
 *
 * Countries with a count above zero are shaded by class and wrapped in a link to
 * `href(code)` with an accessible name ("Kyrgyzstan: 3 articles", also shown as a
 * tooltip); all others are drawn plain in `map-level-0`. A counted country too
 * small for the 1:110m atlas (Singapore, Bahrain, ...) gets a linked dot instead.
 * Territories without an ISO code (Somaliland, N. Cyprus) are drawn unlinked.
 * @param options Counts, link builder, title and width.
 * @returns `<svg>...</svg>`, self-contained, no script.
 * @throws Error for an unknown country code in `counts`.
 */
export function renderWorldMap(options: WorldMapOptions): string {
  const width = options.width ?? DEFAULT_WIDTH;
  if (!(width > 0) || !Number.isFinite(width)) throw new Error(`renderWorldMap: width must be a positive number, got ${width}`);
  const idPrefix = options.idPrefix ?? 'world-map';
  const title = options.title ?? 'Countries named in the articles';
  const counted = countedCountries(options.counts);
  const countByCode = new Map(counted.map(({ code, count }) => [code, count]));
  const classes = shadingClasses(countByCode);
  const world = projectedWorld(width, countByCode.has(ANTARCTICA));

  const links: Array<{ name: string; markup: string }> = [];
  /**
   * Wrap a shape in the link of a counted country.
   * @param code Upper-case alpha-2 code.
   * @param shape The `<path>` or `<circle>` markup, without class.
   * @returns Nothing; the link is added to `links`.
   */
  const addLink = (code: string, shape: (className: string) => string): void => {
    const count = countByCode.get(code)!;
    const name = countryName(code);
    const label = escapeXml(`${name}: ${articlesLabel(count)}`);
    const className = `map-country map-level-${shadingLevel(count, classes)}`;
    links.push({
      name,
      markup: `<a href="${escapeXml(options.href(code))}" aria-label="${label}"><title>${label}</title>${shape(className)}</a>`,
    });
  };

  const plainPaths: string[] = [];
  for (const shape of world.shapes) {
    if (shape.alpha2 !== undefined && countByCode.has(shape.alpha2)) {
      addLink(shape.alpha2, (className) => `<path class="${className}" d="${shape.d}"/>`);
    } else {
      plainPaths.push(`<path d="${shape.d}"/>`);
    }
  }
  for (const { code } of counted) {
    if (world.shaped.has(code)) continue;
    const [lat, lng] = countryLatLng(code);
    const point = world.projection([lng, lat]);
    if (point === null) continue;
    const [x, y] = point.map((value) => Math.round(value * 10) / 10) as [number, number];
    addLink(code, (className) => `<circle class="${className} map-marker" cx="${x}" cy="${y}" r="${MARKER_RADIUS}"/>`);
  }
  links.sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const top = [...counted]
    .sort((a, b) => b.count - a.count || countryName(a.code).localeCompare(countryName(b.code), 'en'))
    .slice(0, 3)
    .map(({ code, count }) => `${countryName(code)} (${count})`);
  const countryCount = counted.length;
  const description =
    `World map of the countries named in the corpus, shaded by number of articles; ` +
    `${countryCount} ${countryCount === 1 ? 'country' : 'countries'}` +
    (top.length > 0 ? `. Most articles: ${top.join(', ')}.` : '.');

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="world-map" role="group" ` +
    `viewBox="0 0 ${width} ${world.height}" width="${width}" height="${world.height}" ` +
    `aria-labelledby="${escapeXml(idPrefix)}-title" aria-describedby="${escapeXml(idPrefix)}-desc">` +
    `<title id="${escapeXml(idPrefix)}-title">${escapeXml(title)}</title>` +
    `<desc id="${escapeXml(idPrefix)}-desc">${escapeXml(description)}</desc>` +
    `<style>${MAP_STYLE}</style>` +
    `<g class="map-level-0">${plainPaths.join('')}</g>` +
    `<g class="map-links">${links.map((link) => link.markup).join('')}</g>` +
    `</svg>`
  );
}

/**
 * The legend of the map as HTML: one item per class in use plus "no articles",
 * each with a small swatch using the same `map-level-N` classes as the map.
 * @param counts The same counts as given to `renderWorldMap`.
 * @returns `<ul class="map-legend">...</ul>`; an empty string when no country has articles.
 */
export function renderMapLegend(counts: ReadonlyMap<string, number>): string {
  const classes = shadingClasses(new Map(countedCountries(counts).map(({ code, count }) => [code, count])));
  if (classes.length === 0) return '';
  /**
   * @param level A shading level.
   * @param label Its text.
   * @returns One legend item.
   */
  const item = (level: number, label: string): string =>
    `<li><svg class="map-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">` +
    `<rect class="map-level-${level}" width="14" height="14" rx="2"/></svg> ${escapeXml(label)}</li>`;
  return (
    `<ul class="map-legend" aria-label="Map legend: number of articles per country">` +
    classes.map((shadingClass) => item(shadingClass.level, classLabel(shadingClass))).join('') +
    item(0, 'no articles') +
    `</ul>`
  );
}
