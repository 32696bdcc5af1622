/**
 * Dates of the Solar Hijri calendar (Afghanistan and Iran) in Gregorian form:
 * "19 Dalw 1400" (Afghan month names, Dari and Pashto spellings in Latin
 * letters) or "19 Bahman 1400" (Iranian names) is 8 February 2022.
 *
 * The year starts at Nowruz, the March equinox: 21 March, or 20 March in a
 * Gregorian leap year. That rule holds for the years 1370 to 1410 (1991 to
 * 2031), the span of the corpus; outside it the result may be a day off.
 */

/** Month names by their number (1 = Hamal/Farvardin), lower case, ASCII-folded. */
const MONTHS: Readonly<Record<string, number>> = {
  hamal: 1, farvardin: 1, sawr: 2, saur: 2, sowr: 2, ordibehesht: 2, jawza: 3, jauza: 3, jowza: 3, khordad: 3,
  saratan: 4, sartan: 4, tir: 4, asad: 5, mordad: 5, sunbula: 6, sonbola: 6, sunbulah: 6, shahrivar: 6,
  mizan: 7, mehr: 7, aqrab: 8, aban: 8, qaws: 9, qaus: 9, azar: 9, jadi: 10, jaddi: 10, dey: 10,
  dalw: 11, dalv: 11, bahman: 11, hut: 12, hoot: 12, esfand: 12,
};

/** A day, a Solar Hijri month name and a year of the 1300s or 1400s: "19 Dalw 1400", "5 Hamal, 1401". */
export const SOLAR_HIJRI_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(${Object.keys(MONTHS).join('|')}),?\\s+(1[34]\\d{2})(?![\\p{N}])`,
  'giu',
);

/**
 * A Solar Hijri date in digits, year first, as Afghan and Iranian sites print it:
 * "1395/05/04", "1400-11-19". Years 1300 to 1409 only (1921 to 2031): a year of the
 * 1410s and later is more likely of the lunar Hijri calendar (1437 is 2016).
 */
export const SOLAR_HIJRI_NUMERIC_DATE = /(?<![\p{N}/.-])(13\d{2}|140\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\p{N}]|[/.-]\d)/gu;

/**
 * The Gregorian date of a Solar Hijri day.
 * @param day Day of the month (1-31).
 * @param monthName The month's name as written.
 * @param year The Solar Hijri year (1300-1499).
 * @returns `{ year, month, day }` in the Gregorian calendar, or null for a name or day that is none.
 */
export function solarHijriToGregorian(day: number, monthName: string, year: number): { year: number; month: number; day: number } | null {
  const month = MONTHS[monthName.toLowerCase()];
  return month === undefined ? null : solarHijriMonthToGregorian(day, month, year);
}

/**
 * The Gregorian date of a Solar Hijri day given by numbers.
 * @param day Day of the month (1-31).
 * @param month Month number (1 = Hamal/Farvardin, 12 = Hut/Esfand).
 * @param year The Solar Hijri year (1300-1499).
 * @returns `{ year, month, day }` in the Gregorian calendar, or null for a month or day that is none.
 */
export function solarHijriMonthToGregorian(day: number, month: number, year: number): { year: number; month: number; day: number } | null {
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const startYear = year + 621;
  const nowruzDay = startYear % 4 === 0 ? 20 : 21;
  const date = new Date(Date.UTC(startYear, 2, nowruzDay + dayOfYear));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
