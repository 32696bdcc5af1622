/**
 * Display helpers for ISO 8601 dates of varying precision.
 */

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Write an ISO date as English text at its own precision.
 * @param date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @returns `2015`, `April 2015` or `21 April 2015`.
 */
export function formatIsoDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : monthNames[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/**
 * Order for "newest first": later dates first, unknown dates last, ties by fallback key.
 * @param a First date or null.
 * @param b Second date or null.
 * @returns Negative when `a` comes first.
 */
export function compareNewestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
