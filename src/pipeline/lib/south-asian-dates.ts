/**
 * Dates written in Bengali, Hindi or Dhivehi with the Gregorian calendar's
 * months, as Bangladeshi, Indian and Maldivian news sites print them: "৭ জুলাই
 * ২০১৬" (Bengali digits), "7 জুলাই 2016", "१५ अगस्त २०२१" (Devanagari digits),
 * "06 ފެބުރުއަރީ 2020" (Thaana script, Western digits).
 */

import { daysInMonth } from './days-in-month.ts';

/** Month names by number, Bengali, Hindi and Dhivehi, with the spellings sites use. */
const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['জানুয়ারি', 1], ['জানুয়ারী', 1], ['ফেব্রুয়ারি', 2], ['ফেব্রুয়ারী', 2], ['মার্চ', 3], ['এপ্রিল', 4], ['মে', 5], ['জুন', 6],
  ['জুলাই', 7], ['আগস্ট', 8], ['আগষ্ট', 8], ['সেপ্টেম্বর', 9], ['অক্টোবর', 10], ['নভেম্বর', 11], ['ডিসেম্বর', 12],
  ['जनवरी', 1], ['फ़रवरी', 2], ['फरवरी', 2], ['मार्च', 3], ['अप्रैल', 4], ['मई', 5], ['जून', 6], ['जुलाई', 7], ['अगस्त', 8],
  ['सितंबर', 9], ['सितम्बर', 9], ['अक्टूबर', 10], ['नवंबर', 11], ['नवम्बर', 11], ['दिसंबर', 12], ['दिसम्बर', 12],
  // Dhivehi, with the variants Maldivian sites write.
  ['ޖަނަވަރީ', 1], ['ފެބުރުއަރީ', 2], ['ފެބްރުއަރީ', 2], ['މާރިޗު', 3], ['މާޗް', 3], ['އޭޕްރީލް', 4], ['އެޕްރީލް', 4], ['މެއި', 5],
  ['ޖޫން', 6], ['ޖުލައި', 7], ['އޮގަސްޓު', 8], ['އޯގަސްޓު', 8], ['ސެޕްޓެމްބަރު', 9], ['އޮކްޓޫބަރު', 10], ['އޮކްޓޯބަރު', 10],
  ['ނޮވެމްބަރު', 11], ['ޑިސެމްބަރު', 12],
].map(([name, month]) => [(name as string).normalize('NFC'), month as number] as const);

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(MONTHS);

/** Western, Bengali or Devanagari digits. */
const DIGIT = '[0-9\u09E6-\u09EF\u0966-\u096F]';

/** A day, a Bengali or Hindi month name and a year of the 1900s or 2000s. */
export const SOUTH_ASIAN_DATE = new RegExp(
  `(?<!${DIGIT})(${DIGIT}{1,2})\\s+(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})(?:,)?\\s+(${DIGIT}{4})(?!${DIGIT})`,
  'gu',
);

/** Any letter of the Bengali, Devanagari or Thaana script (a cheap test before `SOUTH_ASIAN_DATE`). */
export const SOUTH_ASIAN_SCRIPT = /[\u0900-\u09FF\u0780-\u07BF]/u;

/**
 * @param text Any text.
 * @returns The text with its Bengali and Devanagari digits written as Western ones (one character for one).
 */
export function westernDigits(text: string): string {
  return text.replace(/[\u09E6-\u09EF\u0966-\u096F]/gu, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x09e6 ? code - 0x09e6 : code - 0x0966);
  });
}

/**
 * @param day The day of the month, as written.
 * @param month The month's name, as written.
 * @param year The year, as written.
 * @returns The date, or undefined for an impossible one or a year outside 1900 to 2099.
 */
export function southAsianDate(day: string, month: string, year: string): { year: number; month: number; day: number } | undefined {
  const number = MONTH_BY_NAME.get(month.normalize('NFC'));
  const y = Number(westernDigits(year));
  const d = Number(westernDigits(day));
  if (number === undefined || y < 1900 || y > 2099 || d < 1 || d > daysInMonth(y, number)) return undefined;
  return { year: y, month: number, day: d };
}
