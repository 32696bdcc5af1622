/**
 * The shape of one line of scraped text: is it a paragraph, a headline, a
 * date line, a byline, a section label? Shared by the furniture and metadata
 * stages so that both agree on which line is the title.
 */
import { memoizeText } from './memo.ts';
import { findDates, type DateMention } from './dates.ts';
import { SOUTH_ASIAN_SCRIPT, westernDigits } from './south-asian-dates.ts';
import { isNonTerminalAbbreviation } from './sentences.ts';

/**
 * Number of words (runs of non-space characters that hold a letter or digit).
 * @param text A line.
 * @param cap Where to stop counting: a caller that only compares the count
 *   with N passes N + 1 (for `<= N`, `> N`) or N (for `< N`, `>= N`), so
 *   that a paragraph is not read to its end.
 * @returns The word count, or `cap` when the line holds at least that many.
 */
export function wordCount(text: string, cap: number = Infinity): number {
  let count = 0;
  let counted = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isSpaceCode(code)) {
      counted = false;
    } else if (!counted && isLetterOrDigitAt(text, at, code)) {
      if (++count >= cap) return count;
      counted = true;
    }
  }
  return count;
}

/** A letter or digit (for code points outside ASCII). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Whether a UTF-16 code unit is white space as `\s` defines it.
 * @param code A code unit.
 * @returns True for white space.
 */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Whether the character at an offset is a letter or digit.
 * @param text The text.
 * @param at Offset of the character.
 * @param code Its code unit.
 * @returns True for a letter or digit (a surrogate pair is read whole).
 */
function isLetterOrDigitAt(text: string, at: number, code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/**
 * Whether a line ends like a sentence: `.`, `!`, `?`, `…` or `:`, possibly
 * followed by closing quotes or brackets.
 * @param text A line.
 * @returns True for sentence-final punctuation.
 */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:]["'”’»)\]]*\s*$/u.test(text);
}

/**
 * Whether a line ends with a full stop (or an ellipsis / colon), the mark of
 * running prose rather than a headline (headlines may end in `?` or `!`).
 * @param text A line.
 * @returns True when the last mark is `.`, `…` or `:`, quotes aside.
 */
export function endsWithFullStop(text: string): boolean {
  if (/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(text)) return false; // "... to U.S." in a headline
  return /[.…:]["'”’»)\]]*\s*$/u.test(text);
}

/**
 * Whether a line reads as running prose: a paragraph of the article.
 * Eight or more words ending like a sentence, or sixteen or more words.
 * @param text A line.
 * @returns True for paragraph-shaped lines.
 */
export function isProseLine(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && endsLikeSentence(text)) || words >= 16;
}

/**
 * Whether a line starts the body: eight or more words ending in a full stop,
 * or thirty or more words. Used to bound the search for the title (a long
 * headline without a full stop must not count as the body).
 * @param text A line.
 * @returns True when the line can only be body text.
 */
export function isBodyLine(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && endsWithFullStop(text)) || words >= 30;
}

/** A time of day with an optional zone: "14:51", "09:40 GMT", "13:05 UTC+3", "2:30 pm", "18:05h", "18:05 hs". */
const TIME_SOURCE =
  '(?<![\\p{N}])\\d{1,2}(?::\\d{2}(?::\\d{2})?|h\\d{2}(?![\\p{L}]))(?:\\s*(?:[ap]\\.?m\\.?|GMT|UTC|MSK|ALMT|EET|CET|local time|hs?(?![\\p{L}]))(?:\\s*[+\\-−]\\s*\\d{1,2}(?::\\d{2})?)?)?(?![\\p{N}])';
/** A time of day at the end of a text ("Title 14:51" once its date is cut). */
const TRAILING_TIME = new RegExp(`\\s${TIME_SOURCE}$`, 'iu');
/** Every time of day in a line (for replacing). */
const TIMES = new RegExp(TIME_SOURCE, 'giu');
/** Any time of day (for testing; not global, so it keeps no state). */
const HAS_TIME = new RegExp(TIME_SOURCE, 'iu');
/**
 * Words that may label a date line: "Published", "Updated", weekdays, relative
 * days, time zones. One list makes both the pattern and the word set of
 * `hasPlainWordsBeyond`, so the two cannot drift apart.
 */
const DATE_LABEL_WORD_LIST: readonly string[] = [
  'published', 'posted', 'updated', 'last updated', 'modified', 'date', 'on', 'at',
  'gmt', 'utc', 'bst', 'cest', 'cet', 'eet', 'msk', 'almt', 'edt', 'est', 'cdt', 'cst', 'pdt', 'pst', 'am', 'pm',
  'today', 'yesterday', 'ago', 'hour', 'hours', 'minute', 'minutes', 'day', 'days', 'about', 'over', 'almost',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'опубликовано', 'обновлено', 'дата', 'сегодня', 'вчера', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
  'назад', 'час', 'часа', 'часов', 'минут', 'минута', 'минуты',
  'update', 'last update', 'created', 'first published', 'date of publication', 'publication date', 'time',
  // "This content was published on March 4, 2010 - 14:22".
  'this content was published', 'this article was published', 'this story was published', 'this article was first published',
  'опубликован', 'обновлен', 'дата публикации', 'дата обновления', 'время публикации', 'время', 'размещено',
  'в', 'от', 'г',
  // German and French labels, relative times and weekdays ("Veröffentlicht am", "vor 2 Stunden", "Publié le ... à", "il y a 2 heures").
  'veröffentlicht', 'aktualisiert', 'zuletzt aktualisiert', 'stand', 'uhr', 'am', 'um', 'vor', 'heute', 'gestern',
  'stunde', 'stunden', 'minuten', 'tagen', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'publié', 'publie', 'modifié', 'modifie', 'actualisé', 'mis à jour', 'mise à jour', 'le', 'à', 'il y a', 'heure', 'heures', 'jours', 'aujourd’hui', "aujourd'hui", 'hier',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  // A reading time by the date ("7 min read · Jan 9, 2023"), and "Updated 2 years ago".
  'min read', 'minute read', 'minutes read', 'week', 'weeks', 'month', 'months', 'year', 'years',
  // A reading time after the date ("18 Jan 2016 · Reading time 5 min", "Lesezeit: 4 Min.", "Temps de lecture : 3 min").
  'reading time', 'read time', 'min', 'mins', 'lesezeit', 'temps de lecture', 'время чтения',
  // Links in a masthead's date bar ("Friday, May 15, 2015   |   Back issues", "Today's paper").
  'back issues', 'archive', 'archives', 'e-paper', 'epaper', "today's paper", 'today’s paper', 'print edition',
  // A print edition's date ("Édition du mardi 22 janvier 2013", "Edition of 3 March 2021", "Ausgabe vom 3. März 2021", "Выпуск от 3 марта").
  'édition du', 'edition du', 'édition', 'edition of', 'edition', 'ausgabe vom', 'ausgabe', 'выпуск от', 'выпуск', 'номер от',
  // Arabic weekdays and labels ("الخميس 17 دجنبر 2020 - 20:15", "نشر في", "آخر تحديث").
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'نشر في', 'نشر', 'آخر تحديث', 'تحديث',
  // Swedish, Norwegian, Danish and Finnish labels ("Publicerad 3 maj 2021 kl 08.15", "Publisert 12.03.2020 kl. 14:05").
  'publicerad', 'publicerat', 'uppdaterad', 'uppdaterat', 'publisert', 'oppdatert', 'udgivet', 'opdateret', 'offentliggjort', 'kl', 'klockan', 'julkaistu', 'päivitetty', 'klo',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'mandag', 'tirsdag', 'lørdag', 'søndag', 'i dag', 'igår', 'i går',
  // Turkish, Spanish, Italian, Portuguese, Uzbek, Kazakh and Ukrainian labels ("Son güncelleme: 7 Eylül 2020 14:32",
  // "Actualizado el 12/03/2021", "Pubblicato il 12/03/2021 alle 18:05", "E'lon qilingan: 15.03.2023").
  'yayınlanma', 'yayınlandı', 'yayın tarihi', 'güncelleme', 'son güncelleme', 'güncellendi', 'tarihi', 'saat',
  'publicado', 'actualizado', 'atualizado', 'pubblicato', 'aggiornato', 'el', 'il', 'em', 'a las', 'alle', 'ore', 'às',
  "e'lon qilingan", 'e’lon qilingan', 'yangilandi', 'жарияланды', 'жаңартылды', 'опубліковано', 'оновлено',
  // Portuguese, Spanish, Italian, Turkish and Uzbek weekdays ("Segunda-feira, 29 Março 2021 - 14:20", "Lunes, 3 de mayo de 2021").
  'segunda-feira', 'terça-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'sabado', 'domingo',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'de',
  'lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica',
  'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar',
  'dushanba', 'seshanba', 'chorshanba', 'payshanba', 'juma', 'shanba', 'yakshanba',
  // Bengali and Hindi weekdays and labels ("মঙ্গলবার, ২৮ মার্চ ২০১৭, ২১:১০", "प्रकाशित: सोमवार, 15 अगस्त 2021").
  'রবিবার', 'সোমবার', 'মঙ্গলবার', 'বুধবার', 'বৃহস্পতিবার', 'শুক্রবার', 'শনিবার', 'প্রকাশ', 'প্রকাশিত', 'আপডেট',
  'रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'प्रकाशित', 'अपडेट',
  // Dhivehi weekdays ("ބުރާސްފަތި، 06 ފެބުރުއަރީ 2020").
  'އާދިއްތަ', 'ހޯމަ', 'އަންގާރަ', 'ބުދަ', 'ބުރާސްފަތި', 'ހުކުރު', 'ހޮނިހިރު',
  // Solar Hijri months, written beside the Gregorian date on Iranian and Afghan pages ("12 May 2021 | ۲۲ اردیبهشت ۱۴۰۰").
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
];
/** The label words as a pattern, each standing as a word (the longest first). */
const DATE_LABEL_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${[...DATE_LABEL_WORD_LIST].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'giu',
);

/**
 * Whether a line is only a date and/or time, with at most a short section
 * label ("World October 3, 2015, 14:20", "UPDATED: March 25, 2024",
 * "12 апреля 2017, 10:15", "2 hours ago", "Society | 2015").
 * @param text A line.
 * @returns True for date lines.
 */
export function isDateLine(text: string): boolean {
  return dateLines(text);
}

/** Page-view and comment counters at the end of a date line: "👁 3 471", "Views: 1 024", "Просмотров: 512", "| 👁 27 411 | 💬 153". */
const VIEW_COUNTER = /(?:(?:[|·•,]\s*)?(?:👁️?|👀|💬|🗨️?|(?<![\p{L}])(?:views?|comments?|просмотр(?:ов|ы)?|комментари(?:ев|и|й)|ko['’]rishlar)\s*:?)\s*\d[\d\s,.]*)+$/iu;

/** A credit opening a date line: "Ouest-France avec AFP. Publié le ...", "Staff with agencies · Updated ...". */
const WIRE_CREDIT_BEFORE_DATE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:avec|with|mit|con)\s+(?:\p{Lu}{2,6}|agencies|agences|Agenturen)(?:\s*(?:,|et|and|und|&)\s*\p{Lu}{2,6})*\s*[.|·•–—-]\s*/u;

/** A source credit after a date line: "29. Februar 2024, 10:41 Uhr   Quelle: ZEIT ONLINE, dpa, AFP, lk". */
const SOURCE_CREDIT_AFTER_DATE = /\s+(?:[|·•]\s*)?(?:quelle|source|sources|источник|kaynak|fuente)\s*:\s*[^:]{2,80}$/iu;

/** A section named after a date line: "21 Apr 2017 at 17:05   |   newspaper section: World", "| Category: Politics", "| Рубрика: Общество". */
const SECTION_AFTER_DATE = /\s+(?:[|·•]\s*)?(?:(?:newspaper|print)\s+)?(?:section|category|rubric|рубрика|раздел|kategorie|ressort|rubrique)\s*:\s*[^:|]{2,40}$/iu;

/**
 * A line without the byline of a few words that opens it before a date ("By
 * Reuters, Wire Service Content   June 12, 2016" -> "June 12, 2016").
 * @param text A line opening with "By".
 * @returns The text from its first full date on, or the line as it was.
 */
function withoutLeadingByline(text: string): string {
  const first = findDates(text, { bareYears: false }).find((mention) => mention.date !== null && mention.year !== undefined);
  if (first === undefined || first.index === 0) return text;
  const before = text.slice(0, first.index);
  return wordCount(before, 9) <= 8 && !/[.!?]\s/u.test(before) ? text.slice(first.index) : text;
}

/** A section and a site or desk after a date: " in Latest News by Garowe Online", " by Staff". */
const SECTION_AND_SITE_AFTER_DATE = /(?<=\d)\s+(?:in\s+\p{Lu}[\p{L}&'’ -]{1,30}?\s+)?by\s+\p{Lu}[\p{L}.&'’ -]{1,40}$/u;

/** An unfilled template placeholder of a page's script: "{{hitsCtrl.values.hits}}", "{{ post.views }}". */
const TEMPLATE_PLACEHOLDER = /\{\{[^{}]{1,80}\}\}/gu;

/** `isDateLine` memoised: furniture, title and metadata rules ask it of the same lines. */
const dateLines = memoizeText(isDateLineFresh);

/** Bengali and Hindi labels of a date line: "প্রকাশ" (published), "আপডেট" (updated), "प्रकाशित", "अपडेटेड". */
const SOUTH_ASIAN_DATE_LABELS = /(?:প্রকাশিত|প্রকাশ|আপডেট|হালনাগাদ|प्रकाशित|अपडेटेड|अपडेट)(?:\s*:)?/gu;

/**
 * `isDateLine` without the memo.
 * @param text A line.
 * @returns True for date lines.
 */
function isDateLineFresh(line: string): boolean {
  // "প্রকাশ: ৭ জুলাই ২০১৬, ১৭:৪৫": Bengali and Devanagari digits read as Western ones (the times among them), the labels dropped.
  const raw = SOUTH_ASIAN_SCRIPT.test(line) ? westernDigits(line).replace(SOUTH_ASIAN_DATE_LABELS, ' ') : line;
  // A view counter after the date ("21.06.2023 11:05  👁 3 471", "12 May 2021 | Views: 1 024") says nothing.
  // A template placeholder the scraper caught unfilled ("{{hitsCtrl.values.hits}}") says nothing either.
  let text = (raw.includes('{{') ? raw.replace(TEMPLATE_PLACEHOLDER, ' ') : raw).replace(VIEW_COUNTER, ' ').replace(WIRE_CREDIT_BEFORE_DATE, '');
  if (text.includes(':')) text = text.replace(SOURCE_CREDIT_AFTER_DATE, '').replace(SECTION_AFTER_DATE, '');
  // "Friday January 27, 2023 - 10:48:12 in Latest News by Garowe Online": the section and the site after the date.
  if (/\sby\s/u.test(text)) text = text.replace(SECTION_AND_SITE_AFTER_DATE, '');
  // "By Reuters, Wire Service Content   June 12, 2016, at 7:31 p.m.": a byline of a few words, then the date.
  if (/^by\s/iu.test(text)) text = withoutLeadingByline(text);
  // "Zohaib Qureshi in Karachi | May 15, 2015": the reporter and the place, a bar, then the date.
  if (/\sin\s/u.test(text) && META_SEPARATOR.test(text)) {
    const parts = headerLineParts(text);
    if (parts.length === 2 && reporterPlaceByline(parts[0] as string) !== null) text = parts[1] as string;
  }
  if (hasPlainWordsBeyond(text, 3)) return false;
  const dates = findDates(text, { bareYears: false });
  let rest = text;
  for (const mention of [...dates].reverse()) {
    rest = rest.slice(0, mention.index) + ' ' + rest.slice(mention.index + mention.length);
  }
  const hadTime = HAS_TIME.test(rest);
  rest = rest.replace(TIMES, ' ');
  const relative =
    /\b\d+\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\s+ago\b|(?<![\p{L}])(?:vor\s+\d+\s+(?:stunden?|minuten?|tagen?)|il y a\s+\d+\s+(?:heures?|minutes?|jours?)|\d+\s+(?:час\p{L}*|минут\p{L}*|дн\p{L}*)\s+назад)(?![\p{L}])|(?:^|\s)(?:today|yesterday|сегодня|вчера|heute|gestern|hier)\b/iu.test(text);
  const bareYear = /(?<![\p{N}.,])(?:19|20)\d{2}(?![\p{N}]|[.,]\d)/u.test(rest) && (dates.length > 0 || hadTime || wordCount(text, 5) <= 4);
  // "05/08/16", "05-08-16": a numeric date with a two-digit year, which `findDates` reads only with dots.
  const shortNumeric = /(?<![\d/.-])\d{1,2}([/-])\d{1,2}\1\d{2}(?![\d/.-])/u.test(rest);
  if (dates.length === 0 && !hadTime && !relative && !bareYear && !shortNumeric) return false;
  rest = rest.replace(DATE_LABEL_WORDS, ' ').replace(/\p{Nd}+/gu, ' ').replace(/[|/,،.:;()\[\]+\-−–—·•●▪■◆\s]+/gu, ' ').trim();
  if (rest === '') return true;
  return isSectionLabel(rest);
}

/**
 * Every word that the date-line test may remove or ignore: label words, month
 * names, day suffixes, year words, time-zone words and the small words a
 * section label may hold besides its three.
 */
const REMOVABLE_WORDS = new Set([
  ...DATE_LABEL_WORD_LIST.flatMap((label) => label.split(' ')),
  ...'january february march april may june july august september october november december sept jan feb mar apr jun jul aug sep oct nov dec'.split(' '),
  ...['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'].flatMap((stem) => ['', 'ь', 'я', 'е', 'а', 'й'].map((end) => stem + end)),
  ...'янв фев мар апр июн июл авг сент сен окт ноя дек'.split(' '),
  ...'st nd rd th of года год г a p m msk almt eet cet local time and the и'.split(' '),
  // German and French month names in plain letters, "1er" and "18h42" ("er", "h").
  ...'januar februar juni juli oktober dezember okt dez janvier janv avril avr mai juin juillet juil aout septembre octobre novembre decembre er h januari februari mars maj augusti desember'.split(' '),
]);

/** A run of characters between the separators of `hasPlainWordsBeyond` (a token). */
const PLAIN_WORD_TOKEN = /[^\s|/,.:;()\-–—·•\d]+/g;

/**
 * Whether a line holds more than a number of words that a date line's
 * remainder would keep: words of plain letters (Latin or Cyrillic) that no
 * date, time or label rule removes. More than three means the line cannot be
 * a date line, whatever its dates, which spares the date search on every line
 * of prose. Stops at the first word over the limit (a paragraph is not
 * tokenised whole).
 * @param text A line.
 * @param limit How many such words a date line may hold.
 * @returns True when the line holds more than `limit` of them.
 */
function hasPlainWordsBeyond(text: string, limit: number): boolean {
  let count = 0;
  PLAIN_WORD_TOKEN.lastIndex = 0;
  for (let match = PLAIN_WORD_TOKEN.exec(text); match !== null; match = PLAIN_WORD_TOKEN.exec(text)) {
    const token = match[0].toLowerCase();
    if ((/^[a-z]+$/.test(token) || /^[а-яё]+$/.test(token)) && !REMOVABLE_WORDS.has(token) && ++count > limit) {
      PLAIN_WORD_TOKEN.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * Whether a line is a short section label or kicker: one to three words, no
 * digits, no sentence punctuation, each word capitalised ("World", "Asia",
 * "Central Asia", "Breaking News", "Science & Technology").
 * @param text A line.
 * @returns True for label-shaped lines.
 */
export function isSectionLabel(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || /[\p{N}.,!?;:"“”«»]/u.test(trimmed)) return false;
  // "NATIONAL / CRIME & LEGAL": a section and its subsection, set apart by a slash.
  const parts = trimmed.split(/\s+\/\s+/u);
  if (parts.length >= 2) return parts.length <= 3 && parts.every((part) => !part.includes('/') && isSectionLabel(part));
  const words = trimmed.split(/\s+/).filter((word) => !/^(?:&|and|of|the|и)$/i.test(word));
  return words.length >= 1 && words.length <= 3 && words.every((word) => /^[\p{Lu}\p{Lt}]/u.test(word));
}

/** A personal-name word: "Aigul", "O'Brien", "Al-Farsi", "al-Hamdani", "A.", "AIGUL" or a Cyrillic name. */
const NAME_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*\\.?|(?:al|el|bin|ibn|van|von|de|der|da|ul|ur)(?:-\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*|-)?)";
/** "By" in German, French, Spanish, Portuguese, Dutch, Swedish and Italian bylines ("Von Anna Berger", "Par Jean Dupont", "di Mario Rossi"), before a capitalised name. */
const FOREIGN_BY = '(?:Von|VON|Par|PAR|Por|POR|Door|Av|di|Di)';
/** The byline marker at the start of a byline, to cut it off. */
const BY_MARKER = new RegExp(`^(?:by|${FOREIGN_BY})\\s+`, 'iu');
/** The writer's address after a byline's name: "By Jane Doe jdoe@example.com". */
const BYLINE_EMAIL = '[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+';
/** "By Name" / "BY NAME" at the start of a line, optionally ", Outlet" or "| Outlet" after it. */
const BY_LINE = new RegExp(`^(?:by|BY|By|${FOREIGN_BY}(?=\\s+\\p{Lu}\\p{Ll}))\\s+(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|and|&|et|und|y))*?)\\s*(?:$|[,|/–—·•]\\s*\\S|\\s+-\\s+\\S|\\s+\\d|\\s+\\(\\p{Lu}[^()]*\\)$|\\s+(?:on|in|at|for|with|avec|mit|con)\\s+\\S|\\s+${BYLINE_EMAIL}$)`, 'u');
/** "Author: Name", "Автор: Имя", "Text: Name", "Par : Nom", "Von: Name" (the colon is required after these labels). */
const LABELLED_BYLINE = /^(?:author[`'’]?s name|authors?|author\(s\)|by|par|von|por|door|oleh|rep|autorin|autoren|yazan|tekst|muallif|text|words|reporter|reporting|correspondent|writer|autor|auteur|texte|textes|texto|reportage|muhabir|yazar|haber|муаллиф|автор(?:ы)?|текст|корреспондент)\s*:\s*(\p{Lu}.*)$/iu;
/** "Author`s name Anna Doe": a site's label for its author, without a colon. */
const AUTHORS_NAME = /^author[`'’]?s name\s*:?\s+(\p{Lu}.*)$/iu;
/**
 * What may follow the author's name in a byline and is no author: a second
 * role after a separator ("· Translation: X", "| Edited by X", "· Photo:
 * X"), the wire agencies the text was written with ("avec AFP, dpa",
 * "with Reuters"), or the writer's e-mail address.
 */
const BYLINE_TAIL = new RegExp(
  String.raw`\s*(?:[·•|;,/]\s*|\s)(?:translat\p{L}*|edit(?:ed|ing|or)\p{L}*|photos?|pictures?|video|graphics?|illustrations?|çeviri|editör|fotoğraf|перевод\p{L}*|редактор\p{L}*|фото|übersetzung|redaktion|traduction|édition|rédaction)(?:\s+by)?\s*:?\s+\S.*$|\s+(?:with|avec|mit|con)\s+[\p{L}.-]{2,8}(?:\s*(?:,|and|et|und|&)\s*[\p{L}.-]{2,8}){0,3}$|\s+${BYLINE_EMAIL}$`,
  'iu',
);

/**
 * A byline's name part without what follows the author (see `BYLINE_TAIL`).
 * @param text The text after a byline marker ("Jane Doe · Translation: John Roe").
 * @returns The text without the tail ("Jane Doe").
 */
function withoutBylineTail(text: string): string {
  return text.replace(BYLINE_TAIL, '').trim();
}
/**
 * "Written by Name", "Reporting by Name", "Écrit par Nom", "Escrito por Nombre", "Подготовил Имя",
 * "Материал подготовила Имя", "Матеріал підготував Ім'я", "Haberi hazırlayan: Ad", "Penulis: Nama".
 */
const VERB_BYLINE =
  /^(?:written by|reporting by|reported by|story by|report by|posted by|text by|words by|écrit par|rédigé par|geschrieben von|escrito por|redactado por|scritto da|(?:(?:материал|текст|статью|новость|репортаж|матеріал|статтю|новину)\s+)?(?:подготовил[аи]?|підготува(?:в|ла|ли))|(?:haberi\s+)?hazırlayan|penulis|pewarta|napisał[a]?|opracował[a]?)\s*:?\s*(\p{Lu}.*)$/iu;
/** "Posted on March 3, 2020 by Jane Doe": a date, then the author (the name part is returned, the caller reads the date). */
const DATED_BYLINE = /^(?:posted|published|written)\s+(?:on\s+)?[^.!?]{4,40}?\d[^.!?]{0,20}?\s+by\s+(\p{L}[^.!?]{1,60})$/iu;
/** A date, then "by" and the author: "July 18th, 2015 by Jane Doe in Breaking News" (the caller checks that the first part is a date). */
const DATE_THEN_BY = /^([^.!?]{4,40}?\d[^.!?]{0,20}?)\s+by\s+(\p{Lu}[^.!?]{1,60})$/u;
/** The section a post was filed in, after the author's name: " in Breaking News". */
const SECTION_AFTER_AUTHOR = /\s+in\s+\p{Lu}[\p{L}&'’ -]{1,40}$/u;
/** "-- Name", "— Name", "– Name": a signature line (a single "-" starts a list item instead). */
const DASH_SIGNATURE = /^(?:--|[–—]{1,2})\s*(\p{Lu}[^.!?]*)$/u;
/** Two to four names of two or three words each, parted by commas and a last "and": "Abbas Jimoh, Ronald Mutum and Hamza Idris". */
const NAME_LIST = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}(?:,\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}){0,2},?\\s+(?:and|&)\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}$`, 'u');
/** A site's name in capitals, a bar, then a name: "DECCAN CHRONICLE. | S. ARUNA". */
const CAPITALS_THEN_NAME = new RegExp(`^(?=[^\\p{Ll}]*$)\\p{Lu}[\\p{Lu}\\p{N}.&'’ -]{2,40}\\s*\\|\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})$`, 'u');
/** "Jane Doe avec AFP", "Jane Doe with agencies", "Anna Berger mit dpa": a name and the wire agencies it wrote with. */
const AGENCY_BYLINE = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s+(?:with|avec|mit|con)\\s+(?:\\p{Lu}{2,6}|agencies|agences|Agenturen|wires)(?:\\s*(?:,|and|et|und|&)\\s*\\p{Lu}{2,6})*$`, 'u');
/**
 * "Jane Doe, security correspondent", "JANE DOE | Staff Writer", "Jane Doe —
 * Example.kz reporter", "Jane Doe (Example.kz correspondent)": a name, a
 * comma, bar or dash, then a role (see `JOURNALIST_ROLE`), or the role in brackets.
 */
const ROLE_BYLINE = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})(?:\\s*[,|]\\s*|\\s+[-–—]\\s+|\\s*\\((?=.*\\)$))(\\S.{0,80}?)\\)?$`, 'u');
/**
 * "Jane Doe reports from Osh", "John Roe writes from Kabul", "Anna Berger
 * berichtet aus Wien": a name, a reporting verb and the place (the name part
 * is returned).
 */
const REPORTING_BYLINE = new RegExp(
  `^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s+(?:reports|writes|reporting|writing|berichtet|schreibt|рассказывает)\\s+(?:from|in|aus|de|depuis|из)\\s+\\p{Lu}[\\p{L}'’ ,.-]{1,40}$`,
  'u',
);
/**
 * The role after a name in a byline: up to four words ending with a
 * journalist's title, optionally "in/at/for <place or outlet>"
 * ("security correspondent", "Senior Reporter, Almaty", "Central Asia editor at Eurasianet",
 * "Example.kz correspondent", "RFE/RL staff writer": an outlet's name with dots or slashes may precede the title;
 * "editor-in-chief", "Special to Example News", "специально для RUS.EXAMPLE.LV").
 */
const JOURNALIST_ROLE =
  /^(?:(?:the|our|a|an)\s+)?(?:[\p{L}\p{N}.&'’/-]+\s+){0,4}(?:correspondents?|reporters?|editors?|writers?|journalists?|columnists?|contributors?|analysts?|producers?|photographers?|commentators?|bureau chief|editors?-in-chief|fellows?|researchers?|scholars?|professors?|lecturers?|корреспондент\p{L}*|обозревател\p{L}*|журналист\p{L}*)(?:\s*(?:,|\s(?:in|at|for|based in|with))\s*[^.!?]{1,40})?\.?$|^(?:special to|специально для|exclusively for|exclusive to)\s+\S[^!?]{0,40}$/iu;

/**
 * The name part of a byline, before any outlet or date after it.
 * "By Jane Doe" -> "Jane Doe"; "-- John Roe" -> "John Roe";
 * "Author: Jane Doe, Almaty" -> "Jane Doe, Almaty" (callers validate the name);
 * "Jane Doe, security correspondent" -> the whole line.
 * @param text A line.
 * @returns The text after the byline marker, or null when the line is no byline.
 */
export function bylineText(text: string): string | null {
  return bylines(text);
}

/** `bylineText` memoised: furniture, title and metadata rules ask it of the same lines. */
const bylines = memoizeText(bylineTextFresh);

/**
 * `bylineText` without the memo.
 * @param text A line.
 * @returns The text after the byline marker, or null.
 */
function bylineTextFresh(text: string): string | null {
  // "(Reporting by X; Writing by Y; Editing by Z)": a wire's credit in brackets at the end of the copy.
  const bracketed = /^\((?:additional\s+)?(?:reporting|reported|written|writing)\s+by\s+[^()]+\)$/iu.test(text.trim());
  // (Only its first credit counts: "(Reporting by X in Y and Z in W; Editing by V)" -> "Reporting by X in Y and Z in W".)
  const trimmed = bracketed ? (text.trim().slice(1, -1).split(';')[0] ?? '').trim() : text.trim();
  if (wordCount(trimmed, 15) > 14) return null;
  const by = BY_LINE.exec(trimmed);
  const sentenceLike = endsLikeSentence(trimmed) && wordCount(trimmed, 6) >= 6;
  if (by?.[1] && !sentenceLike) return withoutBylineTail(trimmed.replace(BY_MARKER, ''));
  const labelled = LABELLED_BYLINE.exec(trimmed) ?? AUTHORS_NAME.exec(trimmed) ?? VERB_BYLINE.exec(trimmed) ?? DATED_BYLINE.exec(trimmed);
  if (labelled?.[1]) return withoutBylineTail(labelled[1]);
  // "July 18th, 2015 by Jane Doe in Breaking News": a date line, then the author and the section.
  const datedBy = DATE_THEN_BY.exec(trimmed);
  if (datedBy?.[1] && datedBy[2] && isDateLine(datedBy[1])) return withoutBylineTail(datedBy[2].replace(SECTION_AFTER_AUTHOR, ''));
  const dashed = DASH_SIGNATURE.exec(trimmed);
  if (dashed?.[1] && wordCount(dashed[1], 6) <= 5) return dashed[1];
  // "-- Abbas Jimoh, Ronald Mutum and Hamza Idris": a signature of several writers, the first named first.
  if (dashed?.[1] && NAME_LIST.test(dashed[1])) return dashed[1];
  // "DECCAN CHRONICLE. | S. ARUNA": the site's name in capitals, a bar, then the writer's name.
  const masthead = CAPITALS_THEN_NAME.exec(trimmed);
  if (masthead?.[1]) return masthead[1];
  const reporting = REPORTING_BYLINE.exec(trimmed);
  if (reporting?.[1]) return reporting[1];
  const role = ROLE_BYLINE.exec(trimmed);
  if (role?.[1] && role[2] && JOURNALIST_ROLE.test(role[2])) return trimmed;
  const agency = AGENCY_BYLINE.exec(trimmed);
  if (agency?.[1]) return agency[1];
  return null;
}

/**
 * The separators of a header line's parts: "12 March 2019 | By Jane Doe |
 * Politics"; a bar or dot may lack the space on one side ("Jane Doe
 * |30.06.2016"), a slash needs both.
 */
const META_SEPARATOR = /\s+[|•·]\s*|\s*[|•·]\s+|\s+\/\s+/u;

/**
 * The parts of a header line between its separators (see `META_SEPARATOR`).
 * @param text A line.
 * @returns The trimmed, non-empty parts.
 */
export function headerLineParts(text: string): string[] {
  return text.split(META_SEPARATOR).map((part) => part.trim()).filter(Boolean);
}

/** The joints of a list of names: "Jane Doe, John Roe and Ann Lee". */
const NAME_LIST_JOINT = /\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|и|et|und|y)\s+/u;

/**
 * Whether a line is only two or more persons' names joined by commas or
 * "and" ("Jane Doe and John Roe", "Ayşe Demir, Deniz Öztürk & Ali Kaya"),
 * each a bare name (see `isBareNameLine`).
 * @param text A line or a part of one.
 * @returns True for such name lists.
 */
export function isBareNameList(text: string): boolean {
  if (!NAME_LIST_JOINT.test(text) || wordCount(text, 17) > 16) return false;
  const names = text.trim().split(NAME_LIST_JOINT);
  return names.length >= 2 && names.length <= 5 && names.every(isBareNameLine);
}

/**
 * Whether a line is a date and a byline between separators, with at most
 * section labels besides: "12 March 2019 | By Jane Doe | Politics",
 * "World · By Jane Doe · 3 March 2020", "Jane Doe | Staff Writer | 3 March
 * 2020", "Jane Doe and John Roe |30.06.2016 - Updated: 30.06.2016" (a name
 * or a list of names alone counts as a byline there). A date line alone or a
 * byline alone is not this, see `isDateLine` and `bylineText`.
 * @param text A line.
 * @returns True for such lines.
 */
export function isDateBylineLine(text: string): boolean {
  if (text.length > 160 || !META_SEPARATOR.test(text) || wordCount(text, 17) > 16) return false;
  const parts = headerLineParts(text);
  let dated = false;
  let signed = false;
  for (const part of parts) {
    if (bylineText(part) !== null || isBareNameLine(part) || isBareNameList(part)) signed = true;
    else if (isDateLine(part)) dated = true;
    // The author's address beside the byline ("| jane.doe@example.org").
    else if (/^(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu.test(part.trim())) continue;
    else if (!isSectionLabel(part)) return false;
  }
  return dated && signed;
}

/**
 * Whether a line is a byline or signature ("By X", "-- X", "Author: X").
 * @param text A line.
 * @returns True for byline lines.
 */
export function isBylineLine(text: string): boolean {
  return bylineText(text) !== null;
}

/** Words that make a two- or three-word capitalised line something other than a person's name. */
const NOT_PERSON_WORDS = new Set([
  'state', 'islamic', 'ministry', 'committee', 'court', 'police', 'government', 'republic', 'party', 'union',
  'council', 'service', 'forces', 'army', 'federal', 'city', 'region', 'province', 'district', 'general',
  'president', 'minister', 'breaking', 'exclusive', 'update', 'updates', 'opposition', 'group', 'front',
  'movement', 'brigade', 'battalion', 'caliphate', 'jihad', 'agency', 'staff', 'editorial', 'team', 'desk',
  'correspondent', 'reporter', 'kazakhstan', 'kyrgyzstan', 'uzbekistan', 'tajikistan', 'turkmenistan',
  'afghanistan', 'russia', 'syria', 'iraq', 'turkey', 'china', 'iran', 'kazakh', 'kyrgyz', 'uzbek', 'tajik',
  'turkmen', 'afghan', 'russian', 'syrian', 'iraqi', 'turkish', 'chinese', 'taliban', 'isis', 'isil',
  'human', 'rights', 'terrorism', 'extremism', 'radicalism', 'elections', 'election', 'war', 'conflict', 'crisis',
  'attack', 'attacks', 'trial', 'prison', 'justice', 'foreign', 'affairs', 'policy', 'diplomacy', 'explainer',
  'profile', 'story', 'stories', 'focus', 'spotlight', 'insight', 'column', 'review', 'week', 'today', 'day',
  'report', 'investigation', 'returnees', 'migrants', 'refugees', 'camps', 'border', 'borders', 'sanctions',
  'photo', 'photos', 'video', 'watch', 'listen', 'read', 'share', 'follow', 'subscribe', 'top', 'most',
]);

/** A name, a comma or a bar, and one to three capitalised words: "Jane Doe, Osh", "Ana Puig | Barcelona". */
const NAME_AND_PLACE = /^([^,|]{3,40})(?:,|\s+\|)\s*(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/** A name, "in" and one to three capitalised words: "Jane Doe in Moscow", "Ana Puig in Buenos Aires". */
const NAME_IN_PLACE = /^(\p{Lu}[^,|]{2,39}?)\s+in\s+(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/**
 * The reporter's name of a byline without "By" that gives the reporter's
 * place: a bare name, a comma or a bar, then a place ("Jane Doe, Osh",
 * "John Roe, New Delhi", "Ana Puig | Barcelona"), or "in" and a place
 * ("Jane Doe in Moscow").
 * @param text A line.
 * @returns The name, or null for any other line.
 */
export function reporterPlaceByline(text: string): string | null {
  const name = (NAME_AND_PLACE.exec(text.trim()) ?? NAME_IN_PLACE.exec(text.trim()))?.[1]?.trim();
  if (name !== undefined && isBareNameLine(name)) return name;
  // "Baghdad - Karim al-Jubouri": the place first, a dash, then the name.
  const placeFirst = PLACE_AND_NAME.exec(text.trim())?.[1]?.trim();
  return placeFirst !== undefined && isBareNameLine(placeFirst) ? placeFirst : null;
}

/** A place of one to three capitalised words, a dash between spaces, and a name: "Baghdad - Jane Doe". */
const PLACE_AND_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}\s+[-–—]\s+([^|,]{3,40})$/u;

/**
 * Whether a line is only a person's name: two or three capitalised words
 * of letters ("Aliya Nurlanova", "Jean-Luc O'Neill", "Айгерим Сатпаева"),
 * none a section name, place or body word. Such a line under the title or
 * right after the body is a byline without "By".
 * @param text A line.
 * @returns True for bare names.
 */
export function isBareNameLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  return words.every(
    (word, k) =>
      // "Karim al-Jubouri", "Amal el-Sayed": an Arabic article may open a surname after the given name.
      // ("McLeod", "MacDonald": a Scottish or Irish prefix before the capital.)
      (/^(?:Mc|Mac)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(word) || (k > 0 && /^(?:al|el|ad|an|as|ash|at|az|ar)-\p{Lu}\p{Ll}+$/u.test(word))) &&
      !SECTION_WORDS.has(word.toLowerCase()) &&
      !NOT_PERSON_WORDS.has(word.toLowerCase()) &&
      !HEADLINE_FUNCTION_WORDS.has(word.toLowerCase()),
  );
}

/** A print-edition note in Russian: "Газета «Коммерсантъ» №230 от 16.12.2020, стр. 3". */
const PRINT_EDITION_RU = /^(?:газета|журнал|опубликовано в (?:газете|журнале))\s*«([^»]{2,40})»\s*(?:№\s*\d+|от\s+\d)/iu;
/** A print-edition note in English: "Published in The Daily Example, August 1st, 2023.", "This article appeared in the print edition of X on 3 May 2021". */
const PRINT_EDITION_EN =
  /^(?:(?:this|the) (?:article|story|piece|report) )?(?:was )?(?:published|printed|appeared|appears|first appeared)(?: in print)? in (?:the )?(?:print edition of |print issue of |(?:\p{Ll}+ )?issue of )?(\p{Lu}[\p{L}\p{N}.&'’ -]{1,50}?)(?:,| on| of)\s+(.{4,40}?)\.?$/u;

/**
 * A print-edition note: the newspaper's name and the issue's date ("Газета
 * «Коммерсантъ» №230 от 16.12.2020, стр. 3", "Published in The Daily
 * Example, August 1st, 2023."). It is furniture, never a title; it names the
 * outlet and the print date.
 * @param text A line.
 * @returns The newspaper's name and the line's first full date, or null when the line is not such a note.
 */
export function printEditionNote(text: string): { outlet: string; date: string | null } | null {
  const line = text.trim();
  if (wordCount(line, 21) > 20) return null;
  const russian = PRINT_EDITION_RU.exec(line);
  // The English pattern is case-sensitive (the outlet starts with a capital): only the line's first letter is lowered.
  const english = russian ? null : PRINT_EDITION_EN.exec(line.charAt(0).toLowerCase() + line.slice(1));
  const outlet = (russian?.[1] ?? english?.[1])?.trim();
  if (!outlet) return null;
  const dated = findDates(line).find((mention) => mention.date !== null && mention.precision === 'day');
  if (english && !dated) return null;
  return { outlet, date: dated?.date ?? null };
}

/**
 * Whether a line is an editorial note crediting others: "RFE/RL's Tajik
 * Service contributed to this report.", "Reuters contributed reporting."
 * @param text A line.
 * @returns True for contribution notes of at most 20 words.
 */
export function isContributionNote(text: string): boolean {
  return wordCount(text, 21) <= 20 && /\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.?\)?$/iu.test(text.trim());
}

/**
 * Split a date (and time) glued to the end of a line, as in
 * "Court jails recruiter in Aktau 12 апреля 2017, 10:15".
 * @param text A line.
 * @returns The text before the date (trimmed of separators) and the date, or the line unchanged and null.
 */
export function splitTrailingDate(text: string): { text: string; date: DateMention | null } {
  const dates = findDates(text, { bareYears: false });
  const last = dates.at(-1);
  if (!last) return { text, date: null };
  const after = text.slice(last.index + last.length);
  const tail = after.replace(TIMES, ' ');
  if (!/^[\s,|/–—•·-]*$/u.test(tail)) return { text, date: null };
  // "JANE DOE  •  NOV 3, 2015": bullets and middle dots part a byline from its date as bars do.
  const before = text
    .slice(0, last.index)
    .replace(/[\s,|/:–—•·-]+$/u, '')
    .replace(TRAILING_TIME, '')
    .replace(/[\s,|/:–—•·-]+$/u, '');
  if (before === '') return { text, date: null };
  return { text: before, date: last };
}

/**
 * Whether a line has the shape of a headline: 2-30 words, starts with a
 * letter, digit or quote, does not end with a full stop, is no date line,
 * byline, list item or link. A date glued to its end is ignored.
 * @param text A line.
 * @returns True for headline-shaped lines.
 */
export function isHeadlineShaped(text: string): boolean {
  const { text: core } = splitTrailingDate(text);
  const words = wordCount(core);
  if (words < 2 || words > 30 || core.length > 250) return false;
  if (!/^["'“‘«\p{L}\p{N}]/u.test(core)) return false;
  if (/^\d{1,2}[.)]\s/.test(core) || /https?:\/\/|www\./i.test(core)) return false;
  if (endsWithFullStop(core) && !/(?:\.\.\.|…)["'”’»]*$/u.test(core)) return false;
  return !isDateLine(text) && !isBylineLine(text) && !isDateBylineLine(text);
}

/** What the furniture stage knows about the lines around a title candidate. */
export interface TitleContext {
  /** Lines already judged to be furniture: never the title, passed over when looking at neighbours. */
  removed?: (index: number) => boolean;
  /** Photo credit lines ("Photo: AKIpress", "© Sputnik / Stringer"): a line next to one is a caption. */
  isCredit?: (index: number) => boolean;
  /** Index of the last furniture line above the body (menus, banners): lines above it are mostly taglines and teasers. */
  lastChromeAbove?: number;
}

/**
 * Index of the title among a page's lines: a scored choice among the
 * headline-shaped lines before the body (section labels aside), see
 * `titleScore`; the earliest line wins a tie.
 * @param texts The lines' texts, in order.
 * @param skip Lines that can never be the title (e.g. a masthead naming the outlet).
 * @param context What is known about the other lines (furniture already found, photo credits).
 * @returns The index, or -1 when no line looks like a title.
 */
export function findTitleIndex(
  texts: readonly string[],
  skip: (text: string) => boolean = () => false,
  context: TitleContext = {},
): number {
  const removed = context.removed ?? ((): boolean => false);
  // A cookie banner in prose ("We use cookies ... you agree.") does not start the body.
  let bodyStart = texts.findIndex((text, i) => !removed(i) && isBodyLine(text) && !hasPhotoCreditMarker(text) && !isSiteNotice(text));
  if (bodyStart === -1) bodyStart = texts.length;
  let best = -1;
  let bestScore = -Infinity;
  const echoes = echoSources(texts.slice(0, bodyStart));
  for (let i = 0; i < bodyStart; i++) {
    const text = texts[i] ?? '';
    if (removed(i) || !isTitleCandidate(text) || skip(text)) continue;
    const score = titleScore(texts, i, context, echoes);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best === -1) return fallbackTitleIndex(texts, skip, removed, bodyStart);
  // The only candidates have a menu's or a credit's shape ("Home | World"): a headline printed with a full stop wins.
  if (bestScore <= UNLIKELY_TITLE_SCORE) {
    const fallback = fallbackTitleIndex(texts, skip, removed, bodyStart);
    if (fallback !== -1) return fallback;
  }
  return best;
}

/** A best candidate scoring this low has the shape of a menu or a credit, no headline's. */
const UNLIKELY_TITLE_SCORE = -4;

/**
 * When no line is headline-shaped: a title printed with a full stop. The
 * first short sentence (three to seven words) before the body that is no
 * date line, byline or caption; else the first body line itself when it
 * is short (at most 14 words) and a paragraph follows it.
 * @param texts All lines.
 * @param skip Lines that can never be the title.
 * @param removed Lines already judged to be furniture.
 * @param bodyStart Index of the first body line (or the number of lines).
 * @returns The index, or -1.
 */
function fallbackTitleIndex(
  texts: readonly string[],
  skip: (text: string) => boolean,
  removed: (index: number) => boolean,
  bodyStart: number,
): number {
  const usable = (text: string, i: number): boolean =>
    !removed(i) && !skip(text) && !isDateLine(text) && !isBylineLine(text) && !hasPhotoCreditMarker(text) && !hasCaptionCue(text);
  for (let i = 0; i < bodyStart; i++) {
    const text = texts[i] ?? '';
    const words = wordCount(text);
    if (words >= 3 && words <= 7 && /^["'“‘«\p{L}\p{N}]/u.test(text) && usable(text, i)) return i;
  }
  const first = texts[bodyStart];
  const moreText = texts.some((text, j) => j > bodyStart && !removed(j) && isProseLine(text));
  if (first !== undefined && wordCount(first, 15) <= 14 && moreText && usable(first, bodyStart)) return bodyStart;
  return -1;
}

/**
 * Whether a line may be a title at all: headline-shaped and not a section label.
 * @param text A line.
 * @returns True for candidates.
 */
export function isTitleCandidate(text: string): boolean {
  return titleCandidates(text);
}

/** `isTitleCandidate` memoised: the furniture and metadata stages both look for the title, line by line. */
// A line that ends in a comma ("RCA Issue 418,") runs on into the next: no headline ends so.
const titleCandidates = memoizeText((text: string): boolean => isHeadlineShaped(text) && !isSectionLabel(text) && !isMarketTicker(text) && !text.trimEnd().endsWith(','));

/** A signed change in per cent: "(-1.46%)", "+0.8 %", "▲2.1%". */
const SIGNED_PERCENT = /(?:^|[\s(])[+\-−▲▼]\s?\d+(?:[.,]\d+)?\s?%/gu;

/**
 * Whether a line is a market ticker from a page's header ("Index A 58,773.87
 * (-1.46%)   Index B 17,490.70 (+0.27%)"): two or more signed changes in
 * per cent. A headline gives one change at most.
 * @param text A line.
 * @returns True for ticker lines.
 */
function isMarketTicker(text: string): boolean {
  return (text.match(SIGNED_PERCENT)?.length ?? 0) >= 2;
}

/**
 * How much a candidate line looks like the page's title. Cues, each worth a
 * few points. For: a usual length (4-16 words; a standfirst is longer), a
 * date line or byline right after it (not across the page's menus: a
 * masthead slogan over the menus is no headline; a little more for both, a
 * byline and a date line, a whole head), a date line right above
 * it, a kicker (a one- or two-word section
 * label) right above it, its text repeated in a longer line
 * (a breadcrumb, a page title with the outlet's name). Against: the shape
 * of a menu or a language switcher, a photo credit or caption marker
 * ("FILE -", "(AP Photo/...)", "Photo: X", "[File]"), a caption's trailing
 * date (", August 30, 2016"), a photo credit on the line before (or on the
 * line after, when the body follows the credit and another candidate
 * stands just above), a masthead tagline ("Kyrgyz National News Agency"), a ticker's label ("Breaking: ...", `NEWS_TICKER`),
 * a long line right under a shorter candidate (a standfirst), a place
 * above the page's menus and banners.
 * @param texts All lines.
 * @param i The candidate's index.
 * @param context What is known about the other lines.
 * @param echoes The lines a title may be repeated in (`echoSources`), when already computed.
 * @returns The score (higher is more title-like).
 */
export function titleScore(
  texts: readonly string[],
  i: number,
  context: TitleContext = {},
  echoes: readonly EchoSource[] = echoSources(texts),
): number {
  const removed = context.removed ?? ((): boolean => false);
  const isCredit = context.isCredit ?? ((): boolean => false);
  const { core, words, score: ownScore } = lineTitleScore(texts[i] ?? '');
  let score = ownScore;
  const captionBeforeCredit = isCredit(i + 1) && isBodyLine(texts[i + 2] ?? '') && hasCandidateAbove(texts, i, removed);
  if (isCredit(i - 1) || captionBeforeCredit) score -= 3;
  if (context.lastChromeAbove !== undefined && i < context.lastChromeAbove) score -= 1;
  // "Markaz — Middle East & Islamic World" under a "Markaz" masthead: the section's name and its tagline.
  if (repeatsNameAbove(texts, i)) score -= 3;
  // "Norway's news in English" under "NORWAY TODAY": the site's slogan, sharing a word with the masthead.
  if (isMastheadSlogan(texts, i, words)) score -= 3;
  const nextAt = neighbourIndex(texts, i, 1, removed);
  const next = texts[nextAt];
  // A date line past the page's menus belongs to the article, not to a masthead slogan above the menus.
  const lastChrome = context.lastChromeAbove ?? -1;
  const acrossChrome = i < lastChrome && nextAt > lastChrome;
  const after = neighbour(texts, nextAt, 1, removed);
  // "Jane Doe, Osh" over the date line: a byline without "By" that gives the reporter's place.
  const placeByline = next !== undefined && after !== undefined && reporterPlaceByline(next) !== null && isDateLine(after);
  if (next !== undefined && !acrossChrome && (isDateLine(next) || isBylineLine(next) || isDateBylineLine(next) || placeByline)) {
    score += 1.5;
    // A whole head under it, a byline and a date line ("By X", then "3 March 2021"): a teaser has one of them at most.
    if (after !== undefined && (isDateLine(next) ? isBylineLine(after) : (isBylineLine(next) || placeByline) && isDateLine(after))) score += 0.5;
  }
  // A date line right above ("Friday, 24 November 2017 - 18:05", then the headline) marks it too, less surely.
  if (hasHeadDateAbove(texts, i, removed, lastChrome)) score += 1;
  // A kicker right above ("Society", "EXCLUSIVE", "Central Asia") marks the headline as a date line below does.
  // Above the page's menus, a name in capitals on the first line is the masthead and the line under it its slogan.
  const mastheadAbove = i === 1 && lastChrome > i;
  if ((isKicker(texts[i - 1] ?? '') && !mastheadAbove) || (i >= 1 && repeatsCrumbAbove(texts, i - 1) && words > wordCount(texts[i - 1] ?? ''))) score += 1.5;
  // "TUERIES DE TOULOUSE ET MONTAUBAN" over "Mohamed Merah tué par le RAID ...": a topic label in capitals over the headline.
  // (Past the page's menus: above them, a name in capitals is the masthead and the line under it its slogan.)
  else if (i - 1 > lastChrome && !removed(i - 1) && isCapitalsTopicOver(texts[i - 1] ?? '', texts[i] ?? '')) score += 1.5;
  if (i > lastChrome && !removed(i + 1) && isCapitalsTopicOver(texts[i] ?? '', texts[i + 1] ?? '')) score -= 2;
  const previous = neighbour(texts, i, -1, removed);
  if (words >= 14 && previous !== undefined && isTitleCandidate(previous) && !isMenuShaped(previous)) {
    const previousWords = wordCount(splitTrailingDate(previous).text);
    if (previousWords >= 4 && previousWords < words) score -= 1.5;
  }
  // "Terror in Berlin" over "Attentäter vom Breitscheidplatz bei Mailand erschossen": a short label that a
  // breadcrumb ends with, over a longer headline, is the section's kicker; the echo does not make it the title.
  const kickerOverHeadline = (isKicker(texts[i] ?? '') || repeatsCrumbAbove(texts, i)) && next !== undefined && isTitleCandidate(next) && !isKicker(next) && wordCount(next) > words;
  // "Charlie Hebdo trial" over "... as Charlie Hebdo trial ends": a short label the headline right under it repeats is no echoed title.
  const echoesBesideNext = words <= 4 && next !== undefined && isTitleCandidate(next) && wordCount(next) > words ? echoes.filter((echo) => echo.index !== nextAt) : echoes;
  if (words >= 3 && !kickerOverHeadline && isEchoed(echoesBesideNext, i, core)) score += 2;
  // Only a line that looks like a headline on its own (no menu, credit or caption shape) heads such a pair.
  // (A headline of three words scores less on its own: "Kyrgyzstan's imam problem" over its standfirst.)
  if ((ownScore >= 1 || (words === 3 && ownScore >= 0.5)) && isHeadlineOverStandfirst(texts, i, words, removed)) score += 2;
  else if (ownScore >= 1 && words >= 5 && isTitleCasedOverDeck(texts, i, nextAt, removed)) score += 2;
  return score;
}

/**
 * Whether a candidate heads a "label, headline, standfirst, byline" head: a
 * kicker or a breadcrumb trail stands right above it (a masthead's name is
 * neither), it is no menu row (items between wide gaps), and
 * right under it stands a second candidate with a standfirst's shape
 * (`isStandfirstUnder`) that a byline or date line follows. The byline
 * cue then belongs to the whole head, so the upper line, the headline,
 * gets it too.
 * @param texts All lines.
 * @param i The candidate's index.
 * @param words The candidate's word count (without a trailing date).
 * @param removed Lines already judged to be furniture (passed over below the candidate).
 * @returns True for the headline of such a head.
 */
function isHeadlineOverStandfirst(texts: readonly string[], i: number, words: number, removed: (index: number) => boolean): boolean {
  // A row of items set apart by wide gaps is a menu, not a headline.
  if (words < 3 || /\S\s{2,}\S/u.test(texts[i] ?? '')) return false;
  const above = texts[i - 1] ?? '';
  // Without a kicker or a trail above, a headline of five words or more over a standfirst of a clause heads the pair too.
  // (A menu row or a banner is none: the headline has two lower-case words at least and no phone number.)
  // (A trail counts across one cookie notice or banner already judged furniture.)
  const labelled = isKicker(above) || isBreadcrumbTrail(above) || (removed(i - 1) && isBreadcrumbTrail(texts[i - 2] ?? ''));
  const text = texts[i] ?? '';
  const shortOverDeck = words >= 3 && words < 5 && !labelled;
  if (!labelled && ((words < 5 && !shortOverDeck) || (text.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) < 2 || /\d[\d\s()+-]{6,}\d/u.test(text) || isMenuShaped(text))) return false;
  const belowAt = neighbourIndex(texts, i, 1, removed);
  const below = texts[belowAt];
  // A standfirst of two or three short sentences is no title candidate, yet it marks the headline above it as one of one.
  if (below === undefined || !(isTitleCandidate(below) || isSentencesDeck(below))) return false;
  let afterAt = neighbourIndex(texts, belowAt, 1, removed);
  // "Gulf News Report", "Example Times Staff": a desk's credit between the deck and the date; or a bare name over it.
  // (A bare name only under a standfirst of sentences: under a second headline it would pair a slogan with the title.)
  // (Or under a standfirst of one long clause, 14 words or more, that no headline has.)
  const deckShaped = isSentencesDeck(below) || (wordCount(below, 15) >= 14 && wordCount(below, 61) <= 60);
  const bareNameOverDate = deckShaped && isBareNameLine(texts[afterAt] ?? '') && isDateLine(texts[neighbourIndex(texts, afterAt, 1, removed)] ?? '');
  if (STAFF_CREDIT.test(texts[afterAt] ?? '') || bareNameOverDate) afterAt = neighbourIndex(texts, afterAt, 1, removed);
  // Under a headline of three or four words, only a standfirst of sentences makes the pair.
  if (shortOverDeck && !isSentencesDeck(below)) return false;
  const after = texts[afterAt];
  if (after === undefined || !(isBylineLine(after) || isDateLine(after) || isDateBylineLine(after))) return false;
  return isStandfirstUnder(texts[i] ?? '', below, labelled);
}

/**
 * Whether a headline in title case stands over a standfirst in sentence
 * case that the article's head closes ("Afzal Guru Hanged In Tihar, Buried
 * Inside Jail", "Family says it learnt of execution from TV", a desk's
 * credit, the date line). A row of menu items in title case has no such
 * line under it. The standfirst stands right under the headline, and the
 * headline holds a comma, a colon or a function word as a menu row does not.
 * @param texts All lines.
 * @param i The candidate's index.
 * @param belowAt Index of the next line that is no furniture.
 * @param removed Lines already judged to be furniture.
 * @returns True for the headline of such a head.
 */
function isTitleCasedOverDeck(texts: readonly string[], i: number, belowAt: number, removed: (index: number) => boolean): boolean {
  const text = texts[i] ?? '';
  const below = texts[belowAt] ?? '';
  if (belowAt !== i + 1 || /\S\s{2,}\S/u.test(text) || !isTitleCased(text) || isMenuShaped(text)) return false;
  // A headline holds a comma, a colon or a function word ("In", "Across"); a menu row in title case holds none.
  if (!/[,;:'’?]/u.test(text) && !text.split(/\s+/u).some((word) => HEADLINE_FUNCTION_WORDS.has(word.toLowerCase()))) return false;
  if (wordCount(below, 4) < 4 || capitalisedShare(below) >= 0.5 || !isTitleCandidate(below)) return false;
  let afterAt = neighbourIndex(texts, belowAt, 1, removed);
  if (STAFF_CREDIT.test(texts[afterAt] ?? '')) afterAt = neighbourIndex(texts, afterAt, 1, removed);
  const after = texts[afterAt] ?? '';
  return isBylineLine(after) || isDateLine(after) || isDateBylineLine(after);
}

/**
 * @param text A line.
 * @returns Whether it is a standfirst of two or three sentences, 12 to 60 words in all ("Mannheim mourns the officer. Prosecutors suspect a religious motive.").
 */
function isSentencesDeck(text: string): boolean {
  const words = wordCount(text, 61);
  return words >= 12 && words <= 60 && holdsTwoSentences(text) && endsLikeSentence(text) && (text.match(/[.!?](?:\s|$)/gu)?.length ?? 0) <= 3;
}

/** A desk's credit instead of a byline: "Gulf News Report", "Example Times Staff", "Web Desk". */
const STAFF_CREDIT = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:report|staff|desk|bureau|web desk|news desk|online desk|news service)$/iu;

/** The site's desk and the reporting city in capitals, in place of a byline: "EXAMPLE DAILY / ANKARA". */
const DESK_PLACE_CREDIT = /^(?=[^\p{Ll}]*$)\p{Lu}[\p{Lu}'’.& -]{2,40}\s+\/\s+\p{Lu}[\p{Lu} -]{1,30}$/u;

/**
 * @param text A line under the headline.
 * @returns Whether it credits a desk instead of a reporter: "Example Times Staff", "MEE staff", "EXAMPLE DAILY / ANKARA", "Example and agencies".
 */
export function isDeskCredit(text: string): boolean {
  const line = text.trim();
  return STAFF_CREDIT.test(line) || DESK_PLACE_CREDIT.test(line) || DESK_AND_AGENCIES.test(line);
}

/** The site's desk and the wires it used, in place of a byline: "Example News and agencies", "Example Desk & AFP". */
const DESK_AND_AGENCIES = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:and|&)\s+(?:agencies|wires|AP|AFP|Reuters|dpa)$/u;

/** A verb of a deck's clause: an auxiliary or a past form ("had been working", "was found guilty"). */
const DECK_VERB = /\s(?:had|has|have|was|were|is|are|will|would)\s|\s\p{Ll}{3,}ed\s/u;

/** A headline's closing attribution: ", relatives say", ", police confirm", ", Biden says". */
const HEADLINE_SOURCE_TAIL = /,\s+(?:\p{L}[\p{L}'’.-]*\s+){0,3}(?:says?|said|confirms?|claims?|warns?|reports?)$/u;

/** A standfirst's reporter note: "..., writes our correspondent", "..., reports Jane Doe", "..., argues our columnist". */
const STANDFIRST_REPORTER = /,\s+(?:writes|reports|argues|explains|asks)\s+(?:our\s+|the\s+)?\p{L}/u;

/**
 * Whether a line under a headline reads as its standfirst rather than a
 * second headline: at least as long as the headline and either longer
 * than a usual headline (14 words or more), written in sentence case under
 * a headline in title case, or closed by a reporter's note ("..., writes
 * our correspondent").
 * @param headline The upper line.
 * @param below The line under it.
 * @returns True for a standfirst.
 */
function isStandfirstUnder(headline: string, below: string, labelled = false): boolean {
  const upperWords = wordCount(splitTrailingDate(headline).text);
  const lowerWords = wordCount(splitTrailingDate(below).text);
  const sentenceCase = capitalisedShare(headline) < 0.6 && capitalisedShare(below) < 0.6;
  // Under a trail, a long headline may have a short deck of one clause ("X was found guilty of murder last week").
  const bothCyrillic = /^[^\p{Script=Latin}]*\p{Script=Cyrillic}/u.test(headline) && /^[^\p{Script=Latin}]*\p{Script=Cyrillic}/u.test(below);
  // (In Cyrillic, where the verb test cannot look, a headline of six words or more over a clause of five: "Среди погибших
  // ... оказались шесть россиян" over "Все они были сотрудниками авиакомпании".)
  const shortDeck = labelled && sentenceCase && ((upperWords >= 12 && lowerWords >= 6 && DECK_VERB.test(below)) || (bothCyrillic && upperWords >= 6 && lowerWords >= 5));
  // "Civilian casualties hit new record in 2015, UN says" over "Fighting moves into towns as Taliban take ground":
  // the upper line carries a headline's attribution tail, the lower is a clause in sentence case.
  if (HEADLINE_SOURCE_TAIL.test(headline) && !HEADLINE_SOURCE_TAIL.test(below) && sentenceCase && lowerWords >= 5 && !endsLikeSentence(below)) return true;
  if (lowerWords < upperWords - 2 && !shortDeck) return false;
  if (shortDeck && bothCyrillic) return true;
  // "..., relatives say": a headline's attribution tail; a standfirst tells its source otherwise.
  if (HEADLINE_SOURCE_TAIL.test(below)) return false;
  if (lowerWords >= 14 || STANDFIRST_REPORTER.test(below)) return true;
  // "Death toll rises to 27; Emir visits the scene": a deck of two clauses under a headline of one.
  if (/;\s/u.test(below) && !/;\s/u.test(headline) && lowerWords >= 6) return true;
  // Neither in title case (names aside), the lower a clause of five words or more (a comma, or a verb such as
  // "had been working"): under a kicker, a headline and its deck.
  if (lowerWords >= 5 && sentenceCase && (/,\s/u.test(below) || DECK_VERB.test(below))) return true;
  // In Cyrillic, where the English verb test above cannot look: neither in title case (the headline may hold names),
  // the lower line a good deal longer (8 words or more, 2 more than the headline): a deck ("Верховный суд России снял
  // запрет ..." over "Движение ... числилось ...").
  if (bothCyrillic && capitalisedShare(headline) < 0.75 && capitalisedShare(below) < 0.4 && lowerWords >= 8 && lowerWords >= upperWords + 2) return true;
  // Under a trail, a Cyrillic deck as long as the headline at least: both in sentence case, the Russian way, so the case tells nothing.
  if (bothCyrillic && labelled && capitalisedShare(headline) < 0.75 && capitalisedShare(below) < 0.4 && lowerWords >= 6 && lowerWords >= upperWords) return true;
  if (lowerWords < upperWords) return false;
  // "Terror in Catalonia" over "Thirteen dead on Las Ramblas as police kill five suspects in Cambrils": a topic's label of a
  // few words in title case over a headline in sentence case; a standfirst under so short a line is longer or a sentence.
  if (upperWords <= 3 && lowerWords < 14 && !endsLikeSentence(below)) return false;
  return capitalisedShare(headline) >= 0.75 && capitalisedShare(below) <= 0.4;
}

/**
 * @param text Any text.
 * @returns Its words of four letters or more (a quotation mark or bracket may open them).
 */
function longWords(text: string): string[] {
  return text.split(/\s+/u).filter((word) => /^["'“‘«(]?\p{L}{4,}/u.test(word));
}

/**
 * The share of a line's words of four letters or more that start with a
 * capital (title case gives most of them one, sentence case few).
 * @param text A line.
 * @returns A number from 0 to 1 (0 when no word is that long).
 */
function capitalisedShare(text: string): number {
  const long = longWords(text);
  if (long.length === 0) return 0;
  return long.filter((word) => /^["'“‘«(]?\p{Lu}/u.test(word)).length / long.length;
}

/**
 * @param text A line.
 * @returns Whether three in four of its words of four letters or more (three such words at least) start with a capital: a headline in title case ("Afzal Guru Hanged In Tihar, Buried Inside Jail").
 */
export function isTitleCased(text: string): boolean {
  return longWords(text).length >= 3 && capitalisedShare(text) >= 0.75;
}

/**
 * Whether a line is a Latin-script menu with a few links in other scripts (the
 * site's languages): "Israel   Jewish Times   Ops & Blogs   עברית   العربية   Français".
 * A sentence in another script quoting a Latin name is none.
 * @param text A line.
 * @returns True for such a menu.
 */
function isMixedScriptMenu(text: string): boolean {
  if (/[.!?,;:]/u.test(text)) return false;
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  const other = words.filter((word) => /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Han}]+$/u.test(word)).length;
  const latin = words.filter((word) => /^\p{Script=Latin}/u.test(word)).length;
  return other >= 1 && other <= 3 && latin >= 4;
}

/**
 * Whether a line right under the page's first line is the site's slogan: eight
 * words at most, sharing a capitalised word with that first line (the masthead).
 * @param texts All lines.
 * @param i The line's index.
 * @param words The line's word count.
 * @returns True for such a slogan.
 */
function isMastheadSlogan(texts: readonly string[], i: number, words: number): boolean {
  if (i !== 1 || words > 8) return false;
  const masthead = new Set((texts[0] ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 4));
  if (masthead.size === 0 || masthead.size > 4) return false;
  return (texts[1] ?? '').split(/[^\p{L}'’]+/u).some((word) => /^\p{Lu}/u.test(word) && masthead.has(word.toLowerCase().replace(/['’]s$/u, '')));
}

/**
 * Whether a line opens with a short line printed above it (a masthead or a
 * section's name), then a dash and a tagline: "Markaz — Middle East & Islamic
 * World" under "Markaz".
 * @param texts All lines.
 * @param i The line's index.
 * @returns True for such a tagline.
 */
function repeatsNameAbove(texts: readonly string[], i: number): boolean {
  const dash = /^(.{2,40}?)\s+[—–-]\s+\S/u.exec(texts[i] ?? '');
  if (dash === null) return false;
  const name = (dash[1] ?? '').trim().toLowerCase();
  for (let j = Math.max(0, i - 6); j < i; j++) if ((texts[j] ?? '').trim().toLowerCase() === name) return true;
  return false;
}

/**
 * Whether a line repeats the last item of the breadcrumb trail right above it
 * ("Startseite › Politik › Terror in Berlin", then "Terror in Berlin"): the
 * section's label printed again over the headline, or the title itself.
 * @param texts All lines.
 * @param i The line's index.
 * @returns True when the trail above ends with the line.
 */
function repeatsCrumbAbove(texts: readonly string[], i: number): boolean {
  const above = texts[i - 1] ?? '';
  if (!isBreadcrumbTrail(above)) return false;
  const last = above.split(TRAIL_SEPARATOR).at(-1)?.trim().toLowerCase();
  return last !== undefined && last === (texts[i] ?? '').trim().toLowerCase();
}

/** A separator of a breadcrumb trail: an arrow or a guillemet between spaces. */
const TRAIL_SEPARATOR = /\s+[>»›→]\s+/u;

/**
 * Whether a line is a breadcrumb trail of section names ("World News ›
 * Middle East › Islamic State", "News > Asia"): two or more items between
 * arrows, each of one to four words and capitalised, no sentence; or section
 * labels between slashes ("NATIONAL / CRIME & LEGAL").
 * @param text A line.
 * @returns True for such a trail.
 */
function isBreadcrumbTrail(text: string): boolean {
  const items = text.trim().split(TRAIL_SEPARATOR);
  // "В мире / Теракты в Париже": Russian sections are in sentence case, each part short and capitalised.
  if (items.length === 1 && /\s\/\s/u.test(text)) return isSectionLabel(text) || isCyrillicTrail(text);
  return items.length >= 2 && items.every((item) => /^\p{Lu}/u.test(item) && wordCount(item, 5) <= 4 && !endsLikeSentence(item));
}

/**
 * @param text A line with " / " in it.
 * @returns Whether it is a trail of two or three Cyrillic sections in sentence case, each of one to three words ("В мире / Теракты в Париже").
 */
function isCyrillicTrail(text: string): boolean {
  const parts = text.trim().split(/\s+\/\s+/u);
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => /^\p{Lu}/u.test(part) && /^[\p{Script=Cyrillic}\s-]+$/u.test(part) && wordCount(part, 4) <= 3);
}

/** What `titleScore` reads from a line alone: its text without a trailing date, that text's word count, and the score of the line's own shape. */
interface LineTitleScore {
  readonly core: string;
  readonly words: number;
  readonly score: number;
}

/**
 * The part of `titleScore` that depends on the line alone (length, menu,
 * caption, credit, tagline, ticker and notice shapes), memoised: the
 * furniture and metadata stages score the same lines, and an outlet's
 * banners recur on every page. Callers must not change the result.
 * @param text A line.
 * @returns Its core text, word count and score.
 */
const lineTitleScore = memoizeText((text: string): LineTitleScore => {
  const core = splitTrailingDate(text).text;
  const words = wordCount(core);
  let score = words >= 4 && words <= 16 ? 2 : words > 22 ? 0 : words > 16 ? 1 : words === 3 ? 0.5 : -0.5;
  if (isMenuShaped(core) || isNameRunShaped(core)) score -= 5;
  if (isLanguageSwitcherShaped(core)) score -= 4;
  // "Israel   Jewish Times   Ops & Blogs   עברית   العربية   Français": a menu ending in language links of other scripts.
  else if (isMixedScriptMenu(core)) score -= 4;
  if (hasPhotoCreditMarker(text)) score -= 5;
  if (hasCaptionCue(text)) score -= 3;
  if (isTaglineShaped(core)) score -= 1.5;
  if (isAccountLinksLine(core) || isNamesOnlyLine(core) || NOT_A_HEADLINE.test(core) || PHOTO_NAME_CREDIT.test(core)) score -= 6;
  if (NEWS_TICKER.test(core)) score -= 2;
  if (isSiteNotice(core) || BREADCRUMB.test(core)) score -= 6;
  else if (/[.!?]\s/u.test(core) && holdsTwoSentences(core)) score -= 1.5;
  return Object.freeze({ core, words, score });
});

/**
 * Whether a date line stands right above a line and opens the article's
 * head: no other title candidate stands above that date (past more date
 * lines, bylines and section labels) before the page's menus. Under a
 * "headline, kicker, date" head the line after the date is a standfirst.
 * @param texts All lines.
 * @param i The candidate's index.
 * @param removed Lines already judged to be furniture (passed over).
 * @param lastChrome Index of the last menu or banner above the body, or -1.
 * @returns True when the date above marks the line as the title.
 */
function hasHeadDateAbove(texts: readonly string[], i: number, removed: (index: number) => boolean, lastChrome: number): boolean {
  if (i === 0 || removed(i - 1) || !isDateLine(texts[i - 1] ?? '')) return false;
  for (let j = i - 2; j >= 0 && j > lastChrome; j--) {
    const text = texts[j] ?? '';
    if (removed(j) || isDateLine(text) || isBylineLine(text) || isSectionLabel(text)) continue;
    return !isTitleCandidate(text);
  }
  return true;
}

/**
 * Whether a line is a kicker, the section label printed over a headline:
 * one or two words, each a section name ("Society", "Central Asia") or
 * the whole in capitals ("EXCLUSIVE", "KYRGYZSTAN"). A site's name or a
 * person's name is none.
 * @param text A line.
 * @returns True for kickers.
 */
function isKicker(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 2 || !isSectionLabel(text)) return false;
  const capitals = /^\p{Lu}{4,}$/u.test(words.join(''));
  return capitals || words.every((word) => SECTION_WORDS.has(word.toLowerCase()));
}

/**
 * Whether a line is a topic label in capitals over the headline under it:
 * two to six words all in capitals ("TUERIES DE TOULOUSE ET MONTAUBAN"),
 * over a longer title candidate in mixed case that ends without a full
 * stop (a headline, not a standfirst).
 * @param text The upper line.
 * @param below The line right under it.
 * @returns True for such a label.
 */
function isCapitalsTopicOver(text: string, below: string): boolean {
  const words = wordCount(text, 7);
  if (words < 2 || words > 6 || /\p{Ll}/u.test(text) || !/^[\p{Lu}\p{N}][\p{Lu}\p{N}\s'’,&-]*$/u.test(text.trim())) return false;
  return /\p{Ll}/u.test(below) && isTitleCandidate(below) && !/[.]\s*$/u.test(below) && wordCount(below, words + 1) > words;
}

/**
 * Whether another title candidate stands just above a line, with only date
 * lines and bylines between them and no furniture: then a line followed by
 * a photo credit is that photo's caption, not the title.
 * @param texts All lines.
 * @param i The line's index.
 * @param removed Lines already judged to be furniture.
 * @returns True when such a candidate exists.
 */
function hasCandidateAbove(texts: readonly string[], i: number, removed: (index: number) => boolean): boolean {
  for (let j = i - 1; j >= 0 && !removed(j); j--) {
    const text = texts[j] ?? '';
    if (isTitleCandidate(text)) return true;
    if (!isDateLine(text) && !isBylineLine(text)) return false;
  }
  return false;
}

/**
 * The nearest line before or after a line that is not furniture.
 * @param texts All lines.
 * @param i The line's index.
 * @param step 1 for the next line, -1 for the previous one.
 * @param removed Lines to pass over.
 * @returns The neighbour's text, or undefined at the edge of the page.
 */
function neighbour(texts: readonly string[], i: number, step: 1 | -1, removed: (index: number) => boolean): string | undefined {
  return texts[neighbourIndex(texts, i, step, removed)];
}

/**
 * Index of the nearest line before or after a line that is not furniture.
 * @param texts All lines.
 * @param i The line's index.
 * @param step 1 for the next line, -1 for the previous one.
 * @param removed Lines to pass over.
 * @returns The neighbour's index, or -1 at the edge of the page.
 */
function neighbourIndex(texts: readonly string[], i: number, step: 1 | -1, removed: (index: number) => boolean): number {
  for (let j = i + step; j >= 0 && j < texts.length; j += step) {
    if (!removed(j)) return j;
  }
  return -1;
}

/** A line that may repeat the title, in lower case, with its index. */
interface EchoSource {
  index: number;
  lower: string;
}

/**
 * The lines a title may be repeated in: every line that is no body
 * paragraph (a line repeated in a paragraph is a standfirst, not a title).
 * @param texts The lines to look at (the page's head, above the body).
 * @returns The lines in lower case, with their indices.
 */
function echoSources(texts: readonly string[]): EchoSource[] {
  const sources: EchoSource[] = [];
  texts.forEach((text, index) => {
    if (text.length < 12 || isBodyLine(text)) return;
    sources.push({ index, lower: text.toLowerCase() });
    const slug = text.includes('/') ? addressSlug(text) : null;
    if (slug !== null) sources.push({ index, lower: slug });
  });
  return sources;
}

/** A line that is only a web address with a path, and the path's last words joined by dashes: "example.com/news/2019/04/court-jails-recruiter". */
const ADDRESS_WITH_SLUG = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/(?:\S*\/)?([\p{L}\p{N}]+(?:[-_+][\p{L}\p{N}]+){2,})(?:\.[a-z]{2,5})?\/?(?:[?#]\S*)?$/iu;

/**
 * The words of the slug at the end of a page's address, as a title's echo
 * ("example.com/news/court-jails-recruiter-who-sent" -> " court jails
 * recruiter who sent "), in the form `slugKey` gives a title.
 * @param text A line.
 * @returns The slug's words between spaces, or null when the line is no such address.
 */
function addressSlug(text: string): string | null {
  const slug = ADDRESS_WITH_SLUG.exec(text.trim())?.[1];
  return slug === undefined ? null : ` ${slug.toLowerCase().split(/[-_+]/u).join(' ')} `;
}

/**
 * A title in the form of a slug's words: lower case, only letters, digits
 * and single spaces, between spaces ("Uzbekistan strikes 16,000 names" ->
 * " uzbekistan strikes 16000 names ").
 * @param text A title candidate.
 * @returns The key.
 */
function slugKey(text: string): string {
  return ` ${text.toLowerCase().replace(/['’‘"“”«»]/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * Whether a candidate's text is repeated inside a longer line that is no
 * paragraph: a breadcrumb ending with the title, a page title with the
 * outlet's name after it; or spelled in the slug of the page's address
 * ("example.com/news/court-jails-recruiter-who-sent-nine"), which may be cut short.
 * @param echoes The lines that may repeat it (`echoSources`).
 * @param i The candidate's index.
 * @param core The candidate without a trailing date.
 * @returns True when echoed.
 */
function isEchoed(echoes: readonly EchoSource[], i: number, core: string): boolean {
  const key = core.toLowerCase().trim();
  if (key.length < 12) return false;
  if (echoes.some((other) => other.index !== i && other.lower.length > key.length && other.lower.includes(key))) return true;
  // A slug may be cut short: its words must start with the title's first five.
  const slugWords = slugKey(core).trim().split(' ');
  if (slugWords.length < 4) return false;
  const opening = ` ${slugWords.slice(0, 5).join(' ')} `;
  return echoes.some((other) => other.index !== i && other.lower.startsWith(' ') && other.lower.includes(opening));
}

/** Lower-case words that a headline almost always holds and a menu never does (checked in any case). */
const HEADLINE_FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'after', 'over',
  'into', 'about', 'against', 'says', 'said', 'say', 'or', 'but', 'not', 'no', 'its', 'his', 'her', 'their', 'who',
  'that', 'this', 'amid', 'near', 'under', 'between', 'during', 'without', 'up', 'out', 'than', 'if', 'how', 'why',
  'what', 'when', 'where', 'в', 'на', 'из', 'по', 'о', 'об', 'с', 'за', 'для', 'не',
]);

/** Section names of news sites, and the regions their menus list (lower case). */
const SECTION_WORDS = new Set([
  'home', 'main', 'news', 'latest', 'world', 'politics', 'economy', 'economics', 'business', 'society', 'culture',
  'sport', 'sports', 'lifestyle', 'life', 'style', 'opinion', 'opinions', 'analysis', 'comment', 'features', 'feature',
  'video', 'videos', 'photo', 'photos', 'gallery', 'multimedia', 'podcasts', 'podcast', 'interview', 'interviews',
  'health', 'science', 'technology', 'tech', 'travel', 'environment', 'climate', 'education', 'entertainment', 'arts',
  'books', 'music', 'film', 'food', 'fashion', 'media', 'markets', 'money', 'finance', 'energy', 'security', 'military',
  'defence', 'defense', 'regions', 'region', 'local', 'national', 'international', 'live', 'weather', 'fact', 'check',
  'blogs', 'blog', 'columns', 'columnists', 'editorial', 'letters', 'religion', 'law', 'crime', 'incidents', 'accidents',
  'reports', 'special', 'projects', 'migration', 'investigations', 'more', 'about', 'contacts', 'archive', 'europe',
  'asia', 'africa', 'americas', 'america', 'australia', 'oceania', 'middle', 'east', 'central', 'caucasus', 'us',
  'u.s.', 'uk', 'eu', 'главная', 'новости', 'политика', 'экономика', 'общество', 'происшествия', 'видео', 'фото',
  'мир', 'спорт', 'культура', 'регионы', 'мнения', 'аналитика', 'интервью', 'статьи', 'бизнес', 'наука',
  'технологии', 'здоровье', 'образование', 'право', 'религия', 'безопасность', 'лента', 'главное', 'актуально',
  'армия', 'оборона', 'снг',
  // Russian menu items of broadcasters and portals ("Прямой эфир Новости Шоу Подкасты Спецпроекты").
  'эфир', 'шоу', 'подкасты', 'подкаст', 'спецпроекты', 'передачи', 'программы', 'телепрограмма', 'афиша', 'мультимедиа',
  'инфографика', 'блоги', 'колонки', 'репортажи', 'расследования', 'авторы', 'истории', 'экспертиза', 'тесты', 'карточки',
  'elections', 'documents', 'topics', 'countries', 'publications', 'research', 'events', 'programmes', 'programs',
  // Kinds of pieces that label a headline as a kicker ("Commentary", "Explainer").
  'commentary', 'commentaries', 'essay', 'essays', 'explainer', 'explainers', 'perspective', 'perspectives', 'viewpoint', 'briefing',
  // German and French sections ("Startseite Inland Ausland Wirtschaft", "Accueil Monde Afrique Politique").
  'startseite', 'inland', 'ausland', 'wirtschaft', 'politik', 'kultur', 'wissen', 'gesellschaft', 'panorama', 'meinung',
  'regional', 'reise', 'accueil', 'monde', 'politique', 'économie', 'société', 'afrique', 'asie', 'moyen-orient',
  'amériques', 'sciences', 'idées', 'vidéos', 'france', 'europa', 'nachrichten', 'actualités',
  // Two-word menu items joined by `isMenuShaped` ("About us" -> "about-us", "About the Ministry" -> "about-us").
  'about-us', 'contact-us', 'join-us', 'support-us', 'follow-us',
]);

/** Menu items of a verb or "about" and "us" ("About us", "Contact us"): one item, though "about" is a function word and "us" is in lower case. */
const US_MENU_ITEM = /(?<![\p{L}])(about|contact|join|support|follow)\s+(?:us|the\s+\p{Lu}\p{Ll}+)(?![\p{L}])/giu;

/**
 * @param token A word of a menu row.
 * @returns False for the joiners between two halves of one item ("Arts & Culture", "Arts + Culture", "Arts and Culture").
 */
function isMenuItemWord(token: string): boolean {
  return token !== '' && token !== '&' && token !== '+' && token.toLowerCase() !== 'and';
}

/**
 * Whether a line is shaped like a site menu written without separators:
 * three or more capitalised words, no punctuation, no function words, and
 * at least half (and at least three) of them section names or regions
 * ("News Opinion Sport Culture Lifestyle", "World Europe US Americas Asia",
 * "Home Reports Elections Podcasts Contact us": "About us" and "Contact
 * us" count as one section item).
 * @param text A line.
 * @returns True for menu-shaped lines.
 */
export function isMenuShaped(text: string): boolean {
  if (/[\p{N},:;!?"“”«»()[\]]/u.test(text)) return false;
  const tokens = text.replace(US_MENU_ITEM, '$1-us').split(/\s+/).filter(isMenuItemWord);
  if (tokens.length < 3 || tokens.length > 16) return false;
  if (/^\p{Script=Cyrillic}/u.test(text)) return isCyrillicMenuShaped(tokens);
  let sections = 0;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (!/^[\p{Lu}\p{Lt}]/u.test(token) || HEADLINE_FUNCTION_WORDS.has(lower)) return false;
    if (SECTION_WORDS.has(lower)) sections++;
  }
  return sections >= 3 && sections * 2 >= tokens.length;
}

/**
 * `isMenuShaped` for a Russian menu row, whose items of two words keep the
 * second in lower case ("Прямой эфир", "О канале"): five words or more,
 * three in five of them capitalised, two section names at least and one
 * in three words at most another word. A Russian headline is written in
 * sentence case and holds no two section names.
 * @param tokens The row's words.
 * @returns True for such rows.
 */
function isCyrillicMenuShaped(tokens: readonly string[]): boolean {
  const sections = tokens.filter((token) => SECTION_WORDS.has(token.toLowerCase())).length;
  if (tokens.length < 5) return sections >= 3 && sections * 2 >= tokens.length && tokens.every((token) => /^\p{Lu}/u.test(token));
  const capitalised = tokens.filter((token) => /^\p{Lu}/u.test(token)).length;
  return capitalised * 5 >= tokens.length * 3 && sections >= 2 && sections * 3 >= tokens.length;
}

/**
 * Whether a line is a run of names without separators, as a menu of an
 * institution's bodies or sections reads once its spacing is gone
 * ("Secretary-General General Assembly Security Council Economic and
 * Social Council Press Briefings"): eight or more capitalised words in
 * mixed case, no digits or punctuation but hyphens and ampersands, and no
 * function word but "and" (a headline that long in title case has one), or
 * one in a run of ten words or more ("... What's On Property Jobs ...": a
 * title-case headline that long has two).
 * @param text A line.
 * @returns True for such runs.
 */
export function isNameRunShaped(text: string): boolean {
  if (/[^\p{L}\s&+'’-]/u.test(text) || text === text.toUpperCase()) return false;
  const tokens = text.split(/\s+/).filter(isMenuItemWord);
  if (tokens.length < 8 || tokens.length > 24 || !tokens.every((token) => /^[\p{Lu}\p{Lt}]/u.test(token))) return false;
  // "News Stoke City Port Vale What's On Property Jobs Obituaries": a long menu may hold one item with a function word.
  const functionWords = tokens.filter((token) => HEADLINE_FUNCTION_WORDS.has(token.toLowerCase())).length;
  return functionWords === 0 || (functionWords === 1 && tokens.length >= 10);
}

/**
 * Whether a line is shaped like a language switcher: capitalised single
 * words without punctuation in two or more scripts ("English Русский
 * Oʻzbekcha Қазақ"), no function words.
 * @param text A line.
 * @returns True for mixed-script word lists.
 */
export function isLanguageSwitcherShaped(text: string): boolean {
  if (/[\p{N},:;!?"“”«»()[\].]/u.test(text)) return false;
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  if (tokens.length < 2 || tokens.length > 12) return false;
  let latin = 0;
  let other = 0;
  for (const token of tokens) {
    // A language name in a script without capitals (Arabic, Persian, Chinese) counts as capitalised.
    if (!/^[\p{Lu}\p{Lt}\p{Lo}]/u.test(token) || HEADLINE_FUNCTION_WORDS.has(token.toLowerCase())) return false;
    if (/\p{Script=Latin}/u.test(token)) latin++;
    else other++;
  }
  return latin > 0 && other > 0;
}

/**
 * Lines shaped like a headline that never are one: a photo, video or
 * illustration credit ("Photographs by Jane Doe", "Video: John Roe") and a
 * sidebar's heading ("Most read stories", "Related articles", "Read also").
 * (A photo credit with a colon, "Photo: Jane Doe", is `PHOTO_NAME_CREDIT`.)
 */
const NOT_A_HEADLINE =
  /^(?:(?:photos?|photographs?|pictures?|images?|video|videos|illustrations?|graphics?|infographics?)(?:\s+and\s+\p{L}+)?\s+(?:by|credit)\b|(?:most\s+(?:read|popular|viewed|shared|commented)|related\s+(?:articles?|stories|news|posts|content|topics)|read\s+(?:also|more)|see\s+also|also\s+read|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|editor['’]s\s+picks?|popular\s+(?:now|stories|articles)|more\s+(?:stories|news|from|on))\b)/iu;

/**
 * A ticker's label before another story's headline in a page's header:
 * "Breaking: ...", "BREAKING NEWS | ...", "Just in – ...", "Срочно: ..." (not "Live:", a live blog's own headline),
 * "Son dakika: ...", "Eilmeldung: ...", "Dernière minute : ...". A page's own
 * headline seldom carries one, so such a line loses to an unlabelled one.
 */
const NEWS_TICKER =
  /^(?:breaking(?:\s+news)?|just\s+in|flash|news\s+alert|urgent|срочно|молния|срочная новость|son\s+dakika|eilmeldung|dernière\s+minute|alerte|última\s+hora)\s*[:|–—]\s*\S/iu;

/** A breadcrumb trail from the home page: "Home / News", "Home > Press Centre > News", "Startseite › Ausland". */
const BREADCRUMB = /^(?:home|main|main page|homepage|startseite|accueil|inicio|главная|басты бет|bosh sahifa)\s*[/>»›|]/iu;

/**
 * Cookies, in the languages of the corpus' outlets ("Cookies",
 * "Cookie-Einstellungen", "файлы cookie", "куки", "çerezler"): one
 * vocabulary for the site notices here and the furniture rules' cookie notices.
 */
export const COOKIE_WORD = /(?<![\p{L}])(?:cookies?|cookie-\p{L}+|файл\p{L}* cookie|куки|çerez\p{L}*)(?![\p{L}])/iu;

/** The question closing a German consent banner ("... zu bieten. Einverstanden?"). */
const CONSENT_WORD = /(?<![\p{L}])einverstanden(?![\p{L}])/iu;

/** Words of a site's request to the reader (consent, privacy, subscription, newsletter, paywall), in English, German, French and Russian. */
const REQUEST_WORD =
  /(?<![\p{L}])(?:consent|privacy (?:policy|settings|notice|statement)|accept (?:all|cookies)|i agree|subscribe|subscription|subscriber|newsletter|sign up|log in|paywall|datenschutz\p{L}*|akzeptieren|zustimmen|abonnieren|abonnement|anmelden|accepter|j['’]accepte|abonnez|s['’]abonner|confidentialité|подпис\p{L}*|соглас\p{L}*|конфиденциальност\p{L}*)(?![\p{L}])/iu;

/** Words addressing the reader or speaking as the site: "we", "you", "Ihnen", "vous", "мы". */
const READER_ADDRESS = /(?<![\p{L}])(?:we|you|your|our|us|wir|sie|ihnen|ihr|unser\p{L}*|nous|vous|votre|vos|мы|вы|вас|вам|наш\p{L}*|ваш\p{L}*)(?![\p{L}])/iu;

/**
 * Whether a line is the site's notice to the reader rather than a headline:
 * a cookie banner ("We use cookies ... OK?", "Wir verwenden Cookies ...
 * Einverstanden?"), or a consent, privacy or subscription request that
 * addresses the reader ("Subscribe to our newsletter", "Acceptez-vous nos
 * conditions ?").
 * @param text A candidate line.
 * @returns True for such notices.
 */
export function isSiteNotice(text: string): boolean {
  return siteNotices(text);
}

/** `isSiteNotice` memoised: the furniture and metadata stages both score the same title candidates. */
const siteNotices = memoizeText((text: string): boolean => {
  // Words of a cookie or consent banner: in any language, such a line is the site's notice, never a headline.
  if (COOKIE_WORD.test(text) || CONSENT_WORD.test(text)) return true;
  if (!REQUEST_WORD.test(text)) return false;
  // A request put to the reader: an order ("Subscribe to our newsletter"), or a request after another sentence ("... Acceptez-vous ?").
  return (READER_ADDRESS.test(text) && REQUEST_START.test(text)) || holdsTwoSentences(text);
});

/** The order that opens a site's request: "Subscribe ...", "Sign up ...", "Abonnez-vous ...", "Подпишитесь ...". */
const REQUEST_START = /^(?:please\s+)?(?:subscribe|sign up|sign in|log in|register|join|accept|agree|get|abonn\p{L}*|melden|akzeptier\p{L}*|accepte\p{L}*|inscri\p{L}*|подпиш\p{L}*|соглас\p{L}*)(?![\p{L}])/iu;

/** A full stop, question or exclamation mark after a word ending in two lower-case letters or more, then another sentence ("... zu bieten. Einverstanden?"). */
const SENTENCE_BREAK = /([\p{L}]*\p{Ll}{2,})([.!?])\s+["“«]?\p{Lu}\p{Ll}/gu;

/**
 * @param text A line.
 * @returns Whether it holds two sentences (a line of two sentences is no headline); a title's period ("Cpl. Jane Doe") ends none.
 */
function holdsTwoSentences(text: string): boolean {
  for (const m of text.matchAll(SENTENCE_BREAK)) if (m[2] !== '.' || !isNonTerminalAbbreviation(m[1] as string)) return true;
  return false;
}

/** A photo credit naming only a person or agency: "Photo: Jane Doe", "Фото: Айгуль Ахметова" (not "Photos: Inside the camp ..."). */
const PHOTO_NAME_CREDIT = /^(?:[Pp]hotos?|PHOTOS?|[Фф]ото|ФОТО|[Pp]hoto (?:credit|by)|[Pp]hotographer|[Аа]втор фото|[Фф]ото автора|[Фф]отограф|[Cc]rédit photo|[Ff]oto)\s*:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** A site's account or subscription link: "Log in", "Register", "Sign up", "My account". */
const ACCOUNT_LINK = /^(?:log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|subscribe|my account|account|profile|join|войти|вход|регистрация|выйти)$/iu;

/**
 * Whether a line is only a site's account links ("Log in | Register",
 * "Sign in / Subscribe"): never a headline.
 * @param text A line.
 * @returns True when every part between separators is an account link.
 */
function isAccountLinksLine(text: string): boolean {
  if (text.length > 60) return false;
  if (ACCOUNT_LINK_RUN.test(text.trim()) || APP_PROMPT.test(text.trim())) return true;
  const parts = text.split(/\s*[|/•·]\s*|\s{2,}/u).filter((part) => part.trim() !== '');
  return parts.length > 0 && parts.every((part) => ACCOUNT_LINK.test(part.trim()));
}

/** Account links side by side with single spaces, as a page's text loses the buttons' gaps: "Sign up Sign in", "Log in Register". */
const ACCOUNT_LINK_RUN = new RegExp(`^(?:${ACCOUNT_LINK.source.slice(4, -2)})(?:\\s+(?:${ACCOUNT_LINK.source.slice(4, -2)}))+$`, 'iu');

/** An app's prompt to open or install it: "Open in app", "Open in Telegram Download Telegram", "Get the app". */
const APP_PROMPT = /^(?:open\s+in\s+(?:the\s+)?(?:app|\p{Lu}[\p{L}.]*)|download\s+(?:the\s+|our\s+)?(?:\p{Lu}[\p{L}.]*\s+)?app|get\s+the\s+(?:\p{Lu}[\p{L}.]*\s+)?app)(?:\s+(?:download|open\s+in|get)\s+(?:the\s+)?\S+(?:\s+app)?)?$/iu;

/**
 * Whether a line holds only persons' names between separators ("Jane Doe |
 * John Roe", "Jane Doe"): a byline or photographer's credit, never a headline.
 * @param text A line.
 * @returns True for such lines.
 */
export function isNamesOnlyLine(text: string): boolean {
  if (text.length > 120) return false;
  const parts = text.split(/\s+[|•·/]\s+|\s*\|\s*/u).filter((part) => part.trim() !== '');
  return parts.length > 0 && parts.every((part) => isBareNameLine(part) || isBareNameList(part));
}

/** Words that name a news organisation, in a masthead tagline. */
const NEWS_ORGANISATION_WORD =
  /(?<![\p{L}])(?:news|agency|media|portal|information|press|radio|television|tv|broadcasting|network|daily|times|gazette|journal|online|агентство|информационное|новости|радио)(?![\p{L}])/iu;

/**
 * Whether a line is shaped like a masthead tagline: at most six
 * capitalised words, none a function word but "of", "and", "the", one of
 * them a word like News, Agency, Media ("Kyrgyz National News Agency").
 * @param text A line.
 * @returns True for tagline-shaped lines.
 */
function isTaglineShaped(text: string): boolean {
  const tokens = text.split(/\s+/).filter((token) => token !== '' && !/^(?:of|and|the|&)$/iu.test(token));
  if (tokens.length < 2 || tokens.length > 6 || !NEWS_ORGANISATION_WORD.test(text)) return false;
  return tokens.every((token) => /^[\p{Lu}\p{Lt}]/u.test(token) && !HEADLINE_FUNCTION_WORDS.has(token.toLowerCase()));
}

/** The word "photo" or "picture" in the languages of the corpus' outlets, as a credit opens with it ("Foto: APA", "Фото: ..."). */
export const PHOTO_WORD = '(?:[Pp]hotos?|PHOTOS?|[Pp]hotograph|[Ii]mage|[Pp]icture|[Ff]otos?|FOTO|[Ff]otó|[Bb]ild|[Zz]djęcie|[Kk]uva|[Ff]otoğraf|[Ff]otograf(?:ie|ía|ia)?|[Ss]urat|[Rr]asm|Фото|фото|ФОТО|Сурет|сурет|Світлина|світлина|Снимка)';

/** Agencies whose name opens a photo credit ("REUTERS/Jane Doe", "AFP / Getty"). */
const PHOTO_AGENCY = '(?:REUTERS|Reuters|AFP|EPA(?:-EFE)?|AP|TASS|XINHUA|Xinhua|ANADOLU|Sputnik|SPUTNIK|RIA Novosti|Getty Images|Shutterstock)';
/**
 * Markers of a photo caption or credit anywhere in a line (see `hasPhotoCreditMarker`),
 * each with the texts one of which every match holds, if any (a quick test before the pattern).
 */
const PHOTO_CREDIT_MARKERS: ReadonlyArray<{ pattern: RegExp; needs?: readonly string[] }> = [
  { pattern: /^FILE(?:\s+PHOTO)?\s*[-–—:]\s/u },
  // "KNB press service photo: the returnees on board": the photo's source, "photo:", then the caption.
  { needs: [':'], pattern: /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,3}\s+(?:photo|picture|image)\s*:\s+\S/u },
  { pattern: /^\(?FILE PHOTO\)?\s/u },
  { pattern: /^In this (?:[\p{L}-]+,? ){0,4}(?:photo|picture|image|handout|screenshot|still|frame grab|video grab)\b/iu },
  { pattern: /^This (?:undated |handout |file |aerial )*(?:photo|picture|image|screenshot|video grab)(?: (?:shows|taken|released|provided|made)\b)/iu },
  { needs: ['('], pattern: /\((?:\p{Lu}[\p{L}.]*\s+)?(?:Photo|Photograph|Фото|фото)\s*(?:[/:]|by\b)[^()]*\)\s*$/u },
  { needs: ['(', '['], pattern: /[[(](?:file|file photo|archive|archive photo|photo|фото|архив|архивное фото)[\])]\s*$/iu },
  { needs: [':'], pattern: /[.!?…]["”»’]?\s+(?:[-–—]+\s*)?(?:Photos?|Photograph|Image|Picture|Фото|фото)\s*(?:credits?|courtesy|by)?\s*:\s*[^.!?]{2,60}$/u },
  // A caption and its credit after a bar, a dot or a dash: "Mourners in the square. | Photo Credit: Jane Doe", "... · Foto: APA/X", "... — Photo: X".
  { needs: [':'], pattern: new RegExp(`\\S\\s*[|·•—–]\\s*${PHOTO_WORD}\\s*(?:[Cc]redits?|[Cc]ourtesy|by)?\\s*:\\s*[^|]{2,60}$`, 'u') },
  { needs: ['Photo', 'Фото'], pattern: /\((?:[\p{Lu}][\p{L}.&-]*\s+){1,3}(?:Photos?|Фото)\)\s*$/u },
  { needs: ['Photograph'], pattern: /(?:^|\s)Photograph\s*:\s*[^.!?]{2,60}$/u },
  // "... in 2012. (Example Post file photo)", "(Courtesy photo)", "(Photo courtesy of the Example Museum)".
  { needs: ['photo', 'Photo'], pattern: /[.!?…"”)]\s*\((?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:file|staff|archive|handout|pool|courtesy|contributed|submitted)\s+photo(?:graph)?s?\)\s*$|\((?:photo\s+)?courtesy\s+of\s[^()]{2,60}\)\s*$/iu },
  { needs: ['/'], pattern: new RegExp(`(?:^|[.!?…]["”»’]?\\s+|\\s)${PHOTO_AGENCY}\\s*\\/\\s*\\p{Lu}[\\p{L}'’. /-]{0,40}[\\p{L}]$`, 'u') },
  { needs: ['/'], pattern: new RegExp(`\\/\\s*${PHOTO_AGENCY}\\s*\\)?$`, 'u') },
  // A caption and its credit after a bar, a person's name and the agency: "Flowers at the station | Jane Doe/AFP via Getty Images", "... | John Roe/Vlast.kz".
  { needs: ['|'], pattern: new RegExp(`\\S\\s*\\|\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s*\\/\\s*(?:${PHOTO_AGENCY}|\\p{Lu}{2,}[\\p{Lu}-]*|[\\p{L}-]+\\.\\p{L}{2,})(?:\\s+via\\s+\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)?)?\\s*$`, 'u') },
  // A credit through a photo library closing a line: "... Jane Doe/AFP via Getty Images", "(Example Agency via AP Images)".
  { needs: ['via'], pattern: /\svia\s+(?:Getty Images|AP Images|Reuters Connect|Shutterstock|Alamy|Imago)\s*\)?$/u },
];

/**
 * Whether a line carries a photo caption's or credit's marker: "FILE - ...",
 * "In this photo taken on ...", "This undated photo shows ...",
 * "... (AP Photo/Jane Doe, File)", "... [File]", "... after his arrest.
 * Photo: Swedish Police", "... REUTERS/Jane Doe", "... Jane Doe/Getty Images".
 * @param text A line.
 * @returns True when marked.
 */
export function hasPhotoCreditMarker(text: string): boolean {
  return PHOTO_CREDIT_MARKERS.some(({ pattern, needs }) => (needs === undefined || needs.some((part) => text.includes(part))) && pattern.test(text));
}

/** Phrases of photo captions: "In this photo taken ...", "an undated handout picture", "pictured". */
const CAPTION_PHRASE =
  /\b(?:in this (?:undated |handout |file |video |aerial )*(?:photo|picture|image|handout|screenshot|still|frame|grab)|undated (?:photo|picture|image|handout|file)|handout (?:photo|picture|image)|file (?:photo|picture|image)|(?:is|are) (?:seen|pictured)|pictured (?:here|above|below|left|right|during|at|in|with|on))\b/iu;

/** Lower-case words of a photo credit's source: "Social media", "Press service of the ministry", "Getty Images". */
const CREDIT_WORDS = '(?:media|images?|photos?|service|press|agency|archive|via|by|of|and|the|handout|screenshot|footage|video|ministry|office|police|website|channel|courtesy|network|networks|file|social|pool|stock)';
/**
 * A caption sentence followed by its credit, without a final stop: "The
 * aftermath of the blast in the city centre. Social media", "Mourners at
 * the funeral on Friday. Jane Doe/Vlast.kz". The sentence has four or more
 * words and ends in a lower-case letter, digit or closing mark before its
 * stop (not an initial); the credit is one to five words, the first
 * capitalised, the others capitalised or credit words.
 */
const CAPTION_CREDIT_TAIL = new RegExp(
  `^(?:\\S+\\s+){3,}(\\S*[\\p{Ll}\\p{N})"”’»])\\.\\s+\\p{Lu}[\\p{L}\\p{N}.&'’/-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}.&'’/-]*|${CREDIT_WORDS}|\\/)){0,4}$`,
  'u',
);

/**
 * Whether a line has a photo caption's cues (weaker than a credit marker):
 * a caption phrase ("In this photo taken ...", "an undated handout image"),
 * or a trailing date after a comma and no time (", August 30, 2016",
 * ", July 2021", ", 2016"), which headlines seldom have.
 * @param text A line.
 * @returns True for caption-like lines.
 */
export function hasCaptionCue(text: string): boolean {
  if (CAPTION_PHRASE.test(text)) return true;
  // "... mourns Cpl. Jane Doe": a title's period is no caption's full stop before a credit.
  const tail = CAPTION_CREDIT_TAIL.exec(text);
  if (tail && !isNonTerminalAbbreviation(/[\p{L}]+$/u.exec(tail[1] ?? '')?.[0] ?? '')) return true;
  // "A patrol near the border, 2021 (Example Agency)": the date cue before a bracketed credit.
  const credit = TRAILING_BRACKET_CREDIT.exec(text);
  const line = credit ? text.slice(0, credit.index) : text;
  if (/,\s*(?:19|20)\d{2}\.?$/u.test(line)) return true;
  const last = findDates(line, { bareYears: false }).at(-1);
  if (!last || !/\p{L}/u.test(last.text)) return false;
  return /^[\s.]*$/u.test(line.slice(last.index + last.length)) && /,\s*$/u.test(line.slice(0, last.index));
}

/** A credit in brackets closing a line: " (Example Agency)", " (Jane Doe/AFP)": one to five words, the first capitalised. */
const TRAILING_BRACKET_CREDIT = /\s*\(\p{Lu}[^()\s]*(?:\s+[^()\s]+){0,4}\)\s*$/u;

/** The heading of an author's box after the article, in several languages: "About the author", "Über die Autorin", "Об авторе", "Yazar hakkında". */
const ABOUT_AUTHOR_HEADING =
  /^(?:about the (?:authors?|writers?|reporters?)|über (?:die|den) autor(?:in|en|innen)?|zu(?:m|r) autor(?:in)?|à propos de l['’]auteur(?:e|s)?|sobre (?:el|la|los) autor(?:a|es)?|sobre o autor|sull['’]autore|yazar hakkında|o autor(?:ze|ce)|over de auteur|om författaren|про автора|об авторе|об авторах|tentang penulis)\s*:?$/iu;

/**
 * Whether a line heads an author's box (see `ABOUT_AUTHOR_HEADING`): the
 * line under it names the author, the lines after that are the biography.
 * @param text A line.
 * @returns True for such headings.
 */
export function isAboutAuthorHeading(text: string): boolean {
  return text.length <= 40 && ABOUT_AUTHOR_HEADING.test(text.trim());
}
