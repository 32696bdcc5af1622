/**
 * Dates written in Thai with the Buddhist Era year, as Thai pages print them
 * ("18 สิงหาคม 2558", "18 ส.ค. 2558"): the year is the Gregorian one plus 543.
 */

import { daysInMonth } from './days-in-month.ts';

/** Thai month names, full and abbreviated, by month number. */
const THAI_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['มกราคม', 1], ['ม.ค.', 1], ['กุมภาพันธ์', 2], ['ก.พ.', 2], ['มีนาคม', 3], ['มี.ค.', 3], ['เมษายน', 4], ['เม.ย.', 4],
  ['พฤษภาคม', 5], ['พ.ค.', 5], ['มิถุนายน', 6], ['มิ.ย.', 6], ['กรกฎาคม', 7], ['ก.ค.', 7], ['สิงหาคม', 8], ['ส.ค.', 8],
  ['กันยายน', 9], ['ก.ย.', 9], ['ตุลาคม', 10], ['ต.ค.', 10], ['พฤศจิกายน', 11], ['พ.ย.', 11], ['ธันวาคม', 12], ['ธ.ค.', 12],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(THAI_MONTHS);

/** The difference between the Buddhist Era and the Common Era. */
const BUDDHIST_ERA_OFFSET = 543;

/** A day, a Thai month and a Buddhist Era year of the 2400s or 2500s. */
export const THAI_DATE = new RegExp(
  `(?<![\\p{N}])(\\d{1,2})\\s*(${THAI_MONTHS.map(([name]) => name.replaceAll('.', '\\.')).join('|')})\\s*(2[45]\\d{2})(?![\\p{N}])`,
  'gu',
);

/** Any letter of the Thai script (a cheap test before `THAI_DATE`). */
export const THAI_SCRIPT = /[\u0E00-\u0E7F]/u;

/**
 * @param day The day of the month, as written.
 * @param month The Thai month's name, as written.
 * @param buddhistYear The Buddhist Era year.
 * @returns The Gregorian date, or undefined for an impossible one.
 */
export function thaiDateToGregorian(day: number, month: string, buddhistYear: number): { year: number; month: number; day: number } | undefined {
  const number = MONTH_BY_NAME.get(month);
  const year = buddhistYear - BUDDHIST_ERA_OFFSET;
  if (number === undefined || day < 1 || day > daysInMonth(year, number)) return undefined;
  return { year, month: number, day };
}
