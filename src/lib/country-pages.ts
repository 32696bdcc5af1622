/**
 * What a country's page shows, bounded so that a country named in thousands
 * of articles still makes a page a browser can open: the newest
 * COUNTRY_ARTICLES_PER_PAGE articles (./paginate.ts; the rest on
 * `countries/<code>/page-N.html`), per type the COUNTRY_ENTITIES_PER_TYPE
 * entities named in most articles, the newest ENTITY_FIGURE_ROWS figures
 * (./page-keys.ts) and a timeline of the COUNTRY_TIMELINE_POINTS most recent
 * dated figures. Pure helpers, shared by the page and its cache key.
 */
import type { EntityRef, FigureInArticle } from './relations.ts';
import { sitePath } from './urls.ts';

/** Entities of each type (people, organizations, places) a country page lists at most. */
export const COUNTRY_ENTITIES_PER_TYPE = 100;

/** Dated figures a country's timeline draws at most (the most recent ones). */
export const COUNTRY_TIMELINE_POINTS = 500;

/** The entities of one type a country page lists. */
export interface CountryEntityGroup {
  type: EntityRef['type'];
  /** The entities listed, by name. */
  shown: EntityRef[];
  /** How many entities of the type the country has. */
  total: number;
}

/** The figures a country's timeline draws. */
export interface TimelineSelection {
  /** The most recent dated figures, by the date they refer to (oldest first; equal dates keep their order). */
  shown: FigureInArticle[];
  /** How many figures have a date. */
  dated: number;
  /** How many have none. */
  undated: number;
}

/**
 * @param code A country code.
 * @param page A 1-based page of its articles.
 * @returns `countries/<code>.html` for the first, `countries/<code>/page-N.html` after.
 */
export function countryPageUrl(code: string, page: number): string {
  const slug = code.toLowerCase();
  return page <= 1 ? sitePath(`countries/${slug}.html`) : sitePath(`countries/${slug}/page-${page}.html`);
}

/**
 * The entities a country page lists: per type, those named in most articles.
 * @param entities The country's entities, by name.
 * @param articleCount How many articles name an entity.
 * @param limit Entities per type at most.
 * @returns People, organizations and places (types without entities left out), each listed by name.
 */
export function countryEntityGroups(entities: readonly EntityRef[], articleCount: (id: string) => number, limit: number): CountryEntityGroup[] {
  const types: Array<EntityRef['type']> = ['person', 'organization', 'place'];
  return types.flatMap((type) => {
    const all = entities.filter((entity) => entity.type === type);
    if (all.length === 0) return [];
    if (all.length <= limit) return [{ type, shown: all, total: all.length }];
    const kept = new Set(
      [...all]
        .sort((a, b) => articleCount(b.id) - articleCount(a.id) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, limit)
        .map((entity) => entity.id),
    );
    return [{ type, shown: all.filter((entity) => kept.has(entity.id)), total: all.length }];
  });
}

/**
 * The figures a timeline draws: the most recent dated ones.
 * @param figures Figures, any order.
 * @param limit Points at most.
 * @returns The figures drawn, oldest first, with the numbers of dated and undated figures.
 */
export function timelineFigures(figures: readonly FigureInArticle[], limit: number): TimelineSelection {
  const dated = figures.filter(({ figure }) => figure.asOf !== null);
  // A stable sort: figures of the same date keep the order they came in.
  const sorted = [...dated].sort((a, b) => ((a.figure.asOf ?? '') < (b.figure.asOf ?? '') ? -1 : (a.figure.asOf ?? '') > (b.figure.asOf ?? '') ? 1 : 0));
  return { shown: sorted.slice(Math.max(0, sorted.length - limit)), dated: dated.length, undated: figures.length - dated.length };
}
