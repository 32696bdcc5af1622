/**
 * Dates written in Arabic with the Gregorian calendar's months, as Arab news
 * sites print them: "17 ديسمبر 2020" (Egypt, the Gulf), "17 دجنبر 2020"
 * (Morocco), "17 كانون الأول 2020" (the Levant and Iraq), with Western or
 * Arabic-Indic digits.
 */

import { daysInMonth } from './days-in-month.ts';

/** Month names by number, in the three usages. */
const ARABIC_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['يناير', 1], ['كانون الثاني', 1], ['فبراير', 2], ['شباط', 2], ['مارس', 3], ['آذار', 3], ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['نيسان', 4],
  ['مايو', 5], ['ماي', 5], ['أيار', 5], ['يونيو', 6], ['يونيه', 6], ['حزيران', 6], ['يوليو', 7], ['يوليوز', 7], ['يوليه', 7], ['تموز', 7],
  ['أغسطس', 8], ['اغسطس', 8], ['غشت', 8], ['آب', 8], ['سبتمبر', 9], ['شتنبر', 9], ['أيلول', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['تشرين الأول', 10],
  ['نوفمبر', 11], ['نونبر', 11], ['تشرين الثاني', 11], ['ديسمبر', 12], ['دجنبر', 12], ['كانون الأول', 12],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(ARABIC_MONTHS);

/** Western or Arabic-Indic digits. */
const DIGIT = '[0-9\u0660-\u0669]';

/** A day, an Arabic month name and a year of the 1900s or 2000s. */
export const ARABIC_DATE = new RegExp(
  `(?<![0-9\u0660-\u0669])(${DIGIT}{1,2})\\s+(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\s+((?:19|20|\u0661\u0669|\u0662\u0660)${DIGIT}{2})(?![0-9\u0660-\u0669])`,
  'gu',
);

/** Any letter of the Arabic script (a cheap test before `ARABIC_DATE`). */
export const ARABIC_SCRIPT = /[\u0600-\u06FF]/u;

/**
 * @param digits Western or Arabic-Indic digits.
 * @returns Their value.
 */
function numberOf(digits: string): number {
  return Number(digits.replace(/[\u0660-\u0669]/gu, (digit) => String(digit.charCodeAt(0) - 0x0660)));
}

/**
 * @param day The day of the month, as written.
 * @param month The Arabic month's name, as written.
 * @param year The year, as written.
 * @returns The date, or undefined for an impossible one.
 */
export function arabicDate(day: string, month: string, year: string): { year: number; month: number; day: number } | undefined {
  const number = MONTH_BY_NAME.get(month);
  const y = numberOf(year);
  const d = numberOf(day);
  if (number === undefined || d < 1 || d > daysInMonth(y, number)) return undefined;
  return { year: y, month: number, day: d };
}
