/**
 * Every URL shape of the site, in one place. Paths are absolute under the
 * configured base; the post-build pass (integrations/csp.ts) turns them into relative
 * links after the build so that the site also works from disk.
 */

/** The site's base path, always ending in a slash. */
// import.meta.env is Vite's; astro.config.mjs imports this module from plain Node too.
const base = withTrailingSlash((import.meta.env as { BASE_URL?: string } | undefined)?.BASE_URL ?? '/');

/**
 * @param value A path.
 * @returns It with exactly one trailing slash.
 */
function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}

/**
 * A path under the base.
 * @param path Path without leading slash, e.g. `articles/x.html`.
 * @returns `/base/articles/x.html`.
 */
export function sitePath(path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** @returns The home page. */
export const homeUrl = (): string => sitePath('index.html');

/**
 * @param id Article id.
 * @returns The article's page.
 */
export const articleUrl = (id: string): string => sitePath(`articles/${encodeURIComponent(id)}.html`);

/**
 * @param id Article id.
 * @returns The seed text the article was annotated from, shipped with the site.
 */
export const sourceUrl = (id: string): string => sitePath(`sources/${encodeURIComponent(id)}.txt`);

/**
 * @param id Entity id.
 * @returns The entity's page.
 */
export const entityUrl = (id: string): string => sitePath(entityPath(id));

/**
 * @param id Entity id.
 * @returns The entity page's path without the base, for callers that add their own.
 */
export const entityPath = (id: string): string => `entities/${encodeURIComponent(id)}.html`;

/** Index pages of entities, one per type. */
const entityIndexPaths = { person: 'people.html', organization: 'organizations.html', place: 'places.html' } as const;

/**
 * @param type Entity type.
 * @returns The index page of that type.
 */
export const entityIndexUrl = (type: keyof typeof entityIndexPaths): string => sitePath(entityIndexPaths[type]);

/**
 * @param page 1-based page of the home page's article list.
 * @returns The home page for page 1, else `articles/page-<n>.html`.
 */
export const articlesPageUrl = (page: number): string => (page <= 1 ? homeUrl() : sitePath(`articles/page-${page}.html`));

/**
 * @param type Entity type.
 * @param page 1-based page of its index.
 * @returns The index page for page 1, else `people/page-<n>.html` (organizations/, places/).
 */
export const entityIndexPageUrl = (type: keyof typeof entityIndexPaths, page: number): string =>
  page <= 1 ? entityIndexUrl(type) : sitePath(`${entityIndexPaths[type].replace(/\.html$/, '')}/page-${page}.html`);

/**
 * @param id Entity id.
 * @param page 1-based page of the entity's "named in" list.
 * @returns The entity's page for page 1, else `entities/<id>/page-<n>.html`.
 */
export const entityPageUrl = (id: string, page: number): string => (page <= 1 ? entityUrl(id) : sitePath(`entities/${encodeURIComponent(id)}/page-${page}.html`));

/** @returns The country index. */
export const countriesUrl = (): string => sitePath('countries.html');

/**
 * @param code ISO 3166-1 alpha-2 code.
 * @returns The country's page.
 */
export const countryUrl = (code: string): string => sitePath(`countries/${code.toLowerCase()}.html`);

/** @returns The RSS feed of articles. */
export const feedUrl = (): string => sitePath('rss.xml');
