import { describe, expect, it } from 'vitest';
import { findDates, monthNumber, parseDatePhrase, resolveDate } from '../../src/pipeline/lib/dates.ts';

/** The ISO dates (or `?-MM-DD` for yearless ones) found in a text. */
function found(text: string): string[] {
  return findDates(text).map((mention) =>
    mention.date ?? `?-${String(mention.month).padStart(2, '0')}${mention.day === undefined ? '' : `-${String(mention.day).padStart(2, '0')}`}`,
  );
}

describe('parseDatePhrase', () => {
  it('reads English dates in every common form', () => {
    for (const [text, date] of [
      ['September 26, 2014', '2014-09-26'],
      ['World September 26, 2014, 13:05', '2014-09-26'],
      ['26 September 2014', '2014-09-26'],
      ['26th of September, 2014', '2014-09-26'],
      ['Sept. 26, 2014', '2014-09-26'],
      ['Sep 26 2014', '2014-09-26'],
      ['NOVEMBER 11, 2019 / 10:52 AM', '2019-11-11'],
      ['Published On 14 Mar 2023', '2023-03-14'],
      ['2014-09-26', '2014-09-26'],
      ['26.09.2014', '2014-09-26'],
      ['26/09/2014', '2014-09-26'],
      ['09/26/2014', '2014-09-26'],
      ['in December 2013', '2013-12'],
      ['plans for 2014', '2014'],
    ] as const) {
      expect(parseDatePhrase(text)?.date, text).toBe(date);
    }
  });

  it('reads Russian dates in the genitive, nominative and prepositional', () => {
    expect(parseDatePhrase('Syrian militants may come to Kazakhstan 25 сентября 2013, 14:51')).toMatchObject({
      date: '2013-09-25',
      precision: 'day',
      index: 40,
      length: 16,
    });
    expect(parseDatePhrase('2 ноября 2016 года')?.date).toBe('2016-11-02');
    expect(parseDatePhrase('сентябрь 2014')?.date).toBe('2014-09');
    expect(parseDatePhrase('в мае 2015 г.')?.date).toBe('2015-05');
    expect(parseDatePhrase('21 февраля 2023, 11:05')?.date).toBe('2023-02-21');
    expect(parseDatePhrase('в 2013 году')?.date).toBe('2013');
    expect(parseDatePhrase('26 сен. 2014')?.date).toBe('2014-09-26');
    expect(findDates('BISHKEK, 3 окт — Sputnik.')[0]).toMatchObject({ month: 10, day: 3, year: undefined });
  });

  it('gives precision, position and text', () => {
    expect(parseDatePhrase('Since then, in March 2021, Kyrgyzstan flew 79 children home.')).toMatchObject({
      date: '2021-03',
      precision: 'month',
      index: 15,
      text: 'March 2021',
    });
  });

  it('returns null for text without a dated phrase', () => {
    expect(parseDatePhrase('Militants may come to Kazakhstan')).toBeNull();
    expect(parseDatePhrase('said on April 21')).toBeNull();
    expect(parseDatePhrase('cooperation plans for 2014-2015')).toBeNull();
    expect(parseDatePhrase('about 2015 militants')).toBeNull();
  });

  it('rejects impossible and ambiguous dates', () => {
    expect(parseDatePhrase('February 30, 2014')).toBeNull();
    expect(parseDatePhrase('31.04.2014')).toBeNull();
    expect(parseDatePhrase('05/09/2014')).toBeNull(); // May or September: not guessed
    expect(parseDatePhrase('February 29, 2016')?.date).toBe('2016-02-29');
  });
});

describe('findDates', () => {
  it('finds every date in a sentence, with and without a year', () => {
    expect(found('Speaking in Bishkek on April 16, the official said that on 21 April 2015 and in May the figure rose.')).toEqual([
      '?-04-16',
      '2015-04-21',
      '?-05',
    ]);
  });

  it('never takes the verb "may" or a lower-case word for a month', () => {
    expect(findDates('Militants may come to Kazakhstan; they may 5 times over.')).toEqual([]);
    expect(found('On May 5 and in May 2014')).toEqual(['?-05-05', '2014-05']);
  });

  it('does not take times, counts or ranges for dates', () => {
    expect(findDates('about 50,000 militants at 13:05, between 30 and 50 thousand, for 2014-2015')).toEqual([]);
  });

  it('reads a dateline without a year', () => {
    const [mention] = findDates('MOSCOW, September 26. /ITAR-TASS/. Militants from CIS countries');
    expect(mention).toMatchObject({ year: undefined, month: 9, day: 26, precision: 'day', date: null, index: 8 });
  });

  it('can leave out bare years', () => {
    expect(found('since 2012, in 2014')).toEqual(['2012', '2014']);
    expect(findDates('since 2012, in 2014', { bareYears: false })).toEqual([]);
  });
});

describe('resolveDate', () => {
  it('gives a yearless date the year of the reference', () => {
    const [april] = findDates('said on April 21');
    expect(april && resolveDate(april, '2015-04-22')).toBe('2015-04-21');
    expect(april && resolveDate(april, '2015')).toBe('2015-04-21');
    expect(april && resolveDate(april, null)).toBeNull();
  });

  it('puts a date well after the reference in the year before', () => {
    const [december] = findDates('in December');
    expect(december && resolveDate(december, '2014-01-10')).toBe('2013-12');
  });

  it('keeps a date that has its own year', () => {
    const [full] = findDates('on 2 March 2016');
    expect(full && resolveDate(full, '2020-01-01')).toBe('2016-03-02');
  });
});

describe('monthNumber', () => {
  it('knows English and Russian month names', () => {
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('May')).toBe(5);
    expect(monthNumber('may')).toBeUndefined();
    expect(monthNumber('марта')).toBe(3);
    expect(monthNumber('мае')).toBe(5);
    expect(monthNumber('Декабрь')).toBe(12);
    expect(monthNumber('Monday')).toBeUndefined();
  });
});

describe('German and French dates (day first)', () => {
  it('reads "3. November 2020", "12. März 2021", "1er mars 2019", "4 déc. 2020" and lower-case French months', () => {
    for (const [text, date] of [
      ['3. November 2020, 17:05', '2020-11-03'],
      ['Veröffentlicht am 12. März 2021, 08:00 Uhr', '2021-03-12'],
      ['Wien, 7. Jänner 2019', '2019-01-07'],
      ['le 1er mars 2019 à 10h15', '2019-03-01'],
      ['Mis à jour le 4 déc. 2020', '2020-12-04'],
      ['14 sept. 2019', '2019-09-14'],
      ['22 juillet 2016', '2016-07-22'],
      ['2 Dezember 2015', '2015-12-02'],
    ] as const) {
      expect(parseDatePhrase(text)?.date, text).toBe(date);
    }
  });

  it('reads an ISO date with a time glued by "T"', () => {
    expect(parseDatePhrase('2020-11-03T10:15:00+01:00')?.date).toBe('2020-11-03');
  });

  it('does not take a German or French month name without a day for a date ("Mars 2020", "of Mars")', () => {
    expect(findDates('The Mars 2020 rover landed; the surface of Mars is cold.', { bareYears: false })).toEqual([]);
    expect(monthNumber('Oktober')).toBe(10);
    expect(monthNumber('août')).toBe(8);
  });
});

describe('Turkish, Uzbek and Kazakh month names (day-first dates)', () => {
  it('reads Turkish months, with and without the Turkish letters, and a weekday after the year', () => {
    expect(found('12 Kasım 2019 Salı, 09:40')).toEqual(['2019-11-12']);
    expect(found('3 Subat 2022')).toEqual(['2022-02-03']);
    expect(found('28 Ağustos 2017')).toEqual(['2017-08-28']);
  });

  it('reads Uzbek Latin months, also with a hyphen between day and month and "yil" after the year', () => {
    expect(found('14-oktabr 2022, 11:05')).toEqual(['2022-10-14']);
    expect(found('2 iyun 2018 yil')).toEqual(['2018-06-02']);
  });

  it('reads Kazakh months in Latin and Cyrillic letters, with "ж." after the year', () => {
    expect(found('9 qazan 2023')).toEqual(['2023-10-09']);
    expect(found('21 наурыз 2024 ж.')).toEqual(['2024-03-21']);
  });

  it('leaves lower-case "may" and a bare month word alone', () => {
    expect(found('5 may 2021')).toEqual([]);
    expect(found('the Ekim family')).toEqual([]);
  });
});

describe('findDates: Swedish, Norwegian and Danish month names', () => {
  it('reads "12 januari 2019", "3. maj 2021", "5 augusti 2017" and "12. desember 2019" day first', () => {
    expect(findDates('Publicerad 12 januari 2019 kl 08.15').map((m) => m.date)).toEqual(['2019-01-12']);
    expect(findDates('Publisert 3. maj 2021').map((m) => m.date)).toEqual(['2021-05-03']);
    expect(findDates('den 5 augusti 2017 i Göteborg').map((m) => m.date)).toEqual(['2017-08-05']);
    expect(findDates('Oppdatert 12. desember 2019').map((m) => m.date)).toEqual(['2019-12-12']);
  });
});

describe('findDates: Ukrainian, Indonesian, Dutch and Polish months (day first)', () => {
  it('reads genitive and nominative Ukrainian months', () => {
    expect(findDates('Оновлено 3 листопада 2022, 09:10').map((m) => m.date)).toEqual(['2022-11-03']);
    expect(findDates('28 серпня 2019 року').map((m) => m.date)).toEqual(['2019-08-28']);
    expect(findDates('1 січня 2024').map((m) => m.date)).toEqual(['2024-01-01']);
  });
  it('reads Indonesian, Malay, Dutch and Polish months', () => {
    expect(findDates('Rabu, 4 Mei 2016 08:30 WIB').map((m) => m.date)).toEqual(['2016-05-04']);
    expect(findDates('Diterbitkan 21 Agustus 2020').map((m) => m.date)).toEqual(['2020-08-21']);
    expect(findDates('Dikemaskini 9 Ogos 2018').map((m) => m.date)).toEqual(['2018-08-09']);
    expect(findDates('Gepubliceerd op 14 maart 2022').map((m) => m.date)).toEqual(['2022-03-14']);
    expect(findDates('Opublikowano 7 października 2023').map((m) => m.date)).toEqual(['2023-10-07']);
  });
  it('reads Chinese, Japanese and Korean dates and hyphenated "day-Mon-year" dates', () => {
    expect(findDates('发布时间：2019年11月9日 10:15').map((m) => m.date)).toEqual(['2019-11-09']);
    expect(findDates('2020년 6월 3일 오후').map((m) => m.date)).toEqual(['2020-06-03']);
    expect(findDates('Posted 07-Sep-2018 | 11:02').map((m) => m.date)).toEqual(['2018-09-07']);
  });
  it('reads these month words only in day-first dates', () => {
    expect(findDates('Mei Ling and Maret spoke to reporters').length).toBe(0);
  });
});

describe('day-hyphen-month dates of Kyrgyz and Kazakh pages', () => {
  it('reads "3-март, 2024" and "21-январь 2022" to the day', () => {
    expect(found('09:05 | 3-март, 2024')).toEqual(['2024-03-03']);
    expect(found('Жарыяланды 21-январь 2022')).toEqual(['2022-01-21']);
    expect(found('15-Mar-2021')).toEqual(['2021-03-15']);
  });

  it('does not read a range of days as a hyphenated date', () => {
    expect(found('from 3-5 March 2024')).not.toContain('2024-03-03');
  });
});

describe('Solar Hijri dates (Afghan and Iranian pages)', () => {
  it('reads "19 Dalw 1400" as 8 February 2022 and the Iranian month names too', () => {
    expect(findDates('Tuesday, 19 Dalw 1400').map((date) => date.date)).toEqual(['2022-02-08']);
    expect(findDates('1 Hamal 1401').map((date) => date.date)).toEqual(['2022-03-21']);
    // Nowruz falls on 20 March in a Gregorian leap year: the last day of 1402 is 19 March 2024.
    expect(findDates('29 Hut 1402').map((date) => date.date)).toEqual(['2024-03-19']);
    expect(findDates('1 Farvardin 1403').map((date) => date.date)).toEqual(['2024-03-20']);
  });

  it('reads "16-Nov-05": day, month and a two-digit year joined by hyphens', () => {
    expect(findDates('16-Nov-05').map((date) => date.date)).toEqual(['2005-11-16']);
    expect(findDates('03-Feb-22 09:41').map((date) => date.date)).toEqual(['2022-02-03']);
  });

  it('reads the calendar in digits, year first ("1395/05/04" is 25 July 2016), only for years before 1410', () => {
    expect(findDates('1395/05/04').map((date) => date.date)).toEqual(['2016-07-25']);
    expect(findDates('Published 1402-12-29').map((date) => date.date)).toEqual(['2024-03-19']);
    // 1437/10/19 is a lunar Hijri date (2016): not read as a Solar Hijri one.
    expect(findDates('1437/10/19').map((date) => date.date)).toEqual([]);
    expect(findDates('1395/13/04').map((date) => date.date)).toEqual([]);
  });

  it('leaves a number of the 1400s alone when no month name stands before it', () => {
    expect(findDates('Police seized 1400 rockets and 12 tir.').map((date) => date.date)).toEqual([]);
  });
});

describe('Thai dates with the Buddhist Era year (own text)', () => {
  it('reads "18 สิงหาคม 2558" and "3 ม.ค. 2560" as Gregorian dates, and no 31st of February', () => {
    expect(findDates('18 สิงหาคม 2558').map((date) => [date.year, date.month, date.day])).toEqual([[2015, 8, 18]]);
    expect(findDates('เผยแพร่ 3 ม.ค. 2560 เวลา 10:00').map((date) => [date.year, date.month, date.day])).toEqual([[2017, 1, 3]]);
    expect(findDates('31 กุมภาพันธ์ 2558').filter((date) => date.day !== undefined)).toEqual([]);
  });
});

describe('Bengali and Hindi dates (own text)', () => {
  it('reads a day, a Bengali or Hindi month and a year in native or Western digits', () => {
    expect(findDates('প্রকাশ: ১২ মার্চ ২০১৮, ০৯:১৫').map((date) => date.date)).toEqual(['2018-03-12']);
    expect(findDates('२३ सितंबर २०१९ को हमला हुआ').map((date) => date.date)).toEqual(['2019-09-23']);
    expect(findDates('Updated 4 জানুয়ারি 2020').map((date) => date.date)).toEqual(['2020-01-04']);
    expect(findDates('৩১ ফেব্রুয়ারি ২০১৮')).toEqual([]);
  });
});

describe('Georgian dates (own text, nineteenth session)', () => {
  it('reads a Georgian month name in a day-first date', () => {
    expect(found('12 ოქტომბერი 2017 - 09:15')).toEqual(['2017-10-12']);
    expect(found('03 თებერვალი 2019')).toEqual(['2019-02-03']);
  });
});
