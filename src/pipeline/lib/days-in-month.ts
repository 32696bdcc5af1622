/**
 * @param year A Gregorian year.
 * @param month A month, 1 to 12.
 * @returns How many days the month has that year.
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
