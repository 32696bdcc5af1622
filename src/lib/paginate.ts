/**
 * Pagination of the site's long lists: the home page's articles, the entity
 * indexes, an entity's and a country's articles, the figures table. Pure helpers; the URLs of the
 * pages are in urls.ts.
 */

/** Articles per page of the home page's list. */
export const ARTICLES_PER_PAGE = 100;
/** Entities per page of an entity index (People, Organizations, Places). */
export const ENTITIES_PER_PAGE = 200;
/** Articles per page of an entity's "named in" list. */
export const MENTIONS_PER_PAGE = 50;
/** Articles per page of a country's list of articles. */
export const COUNTRY_ARTICLES_PER_PAGE = 50;
/** Rows (claims) per page of a year of the figures table (figures/<year>.html, figures/<year>/page-N.html). */
export const FIGURE_ROWS_PER_PAGE = 500;

/**
 * @param total Number of items.
 * @param size Items per page.
 * @returns Number of pages (at least 1, so an empty list still has its page).
 */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The items of one page.
 * @param items Every item, in display order.
 * @param page 1-based page number.
 * @param size Items per page.
 * @returns The page's items (empty beyond the last page).
 */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * The page numbers a page navigation shows: the first, the last, and a few
 * around the current one, with null where numbers are left out.
 * @param current 1-based current page.
 * @param total Number of pages.
 * @param around How many pages to show on each side of the current one.
 * @returns For example [1, null, 4, 5, 6, null, 20].
 */
export function pageWindow(current: number, total: number, around = 2): Array<number | null> {
  const pages: Array<number | null> = [];
  for (let page = 1; page <= total; page++) {
    const near = Math.abs(page - current) <= around;
    if (page === 1 || page === total || near) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

/**
 * The pages after the first, as `getStaticPaths` entries.
 * @param total Number of items.
 * @param size Items per page.
 * @returns `{ page: '2' }`, `{ page: '3' }`, ...
 */
export function laterPages(total: number, size: number): Array<{ page: string }> {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => ({ page: String(index + 2) }));
}

/**
 * "1–50 of 1,234" for a page of a list.
 * @param page 1-based page number.
 * @param size Items per page.
 * @param total Number of items.
 * @returns The range in words.
 */
export function pageRange(page: number, size: number, total: number): string {
  const first = Math.min(total, (page - 1) * size + 1);
  const last = Math.min(total, page * size);
  return `${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
}
