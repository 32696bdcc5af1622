import { describe, expect, it } from 'vitest';
import { findDatePhrases, resolveDatePhrase } from '../../src/pipeline/lib/relative-dates.ts';

/** The phrases of a sentence as [text, lead, date]. */
function phrasesOf(sentence: string, reference: string | null): Array<[string, string, string | null]> {
  return findDatePhrases(sentence, reference).map((p) => [p.text, p.lead, p.date]);
}

describe('resolveDatePhrase', () => {
  const published = '2015-04-21';

  it('resolves a day or a month without a year to the latest occurrence not after the reference', () => {
    expect(resolveDatePhrase('on April 21', published)).toBe('2015-04-21');
    expect(resolveDatePhrase('on April 16', published)).toBe('2015-04-16');
    expect(resolveDatePhrase('in February', published)).toBe('2015-02');
    expect(resolveDatePhrase('in December', published)).toBe('2014-12');
    expect(resolveDatePhrase('in April', published)).toBe('2015-04');
    expect(resolveDatePhrase('on May 2', published)).toBe('2014-05-02');
  });

  it('resolves relative periods', () => {
    expect(resolveDatePhrase('earlier this month', published)).toBe('2015-04');
    expect(resolveDatePhrase('this month', published)).toBe('2015-04');
    expect(resolveDatePhrase('last month', published)).toBe('2015-03');
    expect(resolveDatePhrase('last year', published)).toBe('2014');
    expect(resolveDatePhrase('earlier this year', published)).toBe('2015');
    expect(resolveDatePhrase('yesterday', published)).toBe('2015-04-20');
    expect(resolveDatePhrase('three weeks ago', published)).toBe('2015-03');
    expect(resolveDatePhrase('two years ago', published)).toBe('2013');
  });

  it('resolves weekdays to the latest such day on or before the reference', () => {
    // 2014-09-26 was a Friday.
    expect(resolveDatePhrase('on Friday', '2014-09-26')).toBe('2014-09-26');
    expect(resolveDatePhrase('on Tuesday', '2014-09-26')).toBe('2014-09-23');
    expect(resolveDatePhrase('last Friday', '2014-09-26')).toBe('2014-09-19');
    expect(resolveDatePhrase('on Sunday', '2019-03-05')).toBe('2019-03-03');
  });

  it('keeps absolute dates and refuses dates after the reference', () => {
    expect(resolveDatePhrase('in December 2013', published)).toBe('2013-12');
    expect(resolveDatePhrase('as of 1 January 2024', '2024-02-10')).toBe('2024-01-01');
    expect(resolveDatePhrase('as of 1 January 2024', published)).toBeNull();
    expect(resolveDatePhrase('25 сентября 2013', published)).toBe('2013-09-25');
  });

  it('without a reference resolves only dates that carry their year', () => {
    expect(resolveDatePhrase('in December 2013', null)).toBe('2013-12');
    expect(resolveDatePhrase('in 2014', null)).toBe('2014');
    expect(resolveDatePhrase('in April', null)).toBeNull();
    expect(resolveDatePhrase('earlier this month', null)).toBeNull();
    expect(resolveDatePhrase('on Friday', null)).toBeNull();
  });

  it('gives month precision for a weekday when the reference has no day', () => {
    expect(resolveDatePhrase('on Friday', '2014-09')).toBe('2014-09');
  });
});

describe('findDatePhrases', () => {
  it('finds the phrases of a sentence with their leading preposition', () => {
    expect(phrasesOf('More than 330 Kyrgyz citizens have joined IS, the deputy prime minister said on April 21.', '2015-04-21')).toEqual([
      ['on April 21', 'on', '2015-04-21'],
    ]);
    expect(phrasesOf('Earlier this month, Rafik Mambetaliev said that around 40 had died.', '2015-04-21')).toEqual([
      ['Earlier this month', '', '2015-04'],
    ]);
    expect(phrasesOf('the 22 said to have been killed in Syria, according to an estimate by the Kyrgyz Interior Ministry in February.', '2015-04-21')).toEqual([
      ['in February', 'in', '2015-02'],
    ]);
  });

  it('marks period starts so callers can skip them', () => {
    expect(phrasesOf('1,899 citizens had travelled to Syria since 2014.', '2017-03-02')).toEqual([['since 2014', 'since', '2014']]);
  });

  it('does not take the verb "may" or a year range for a date', () => {
    expect(phrasesOf('Syrian militants may come to Kazakhstan.', '2013-09-25')).toEqual([]);
    expect(phrasesOf('cooperation plans for 2014-2015', '2014-09-26')).toEqual([]);
  });
});
