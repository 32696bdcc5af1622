import { describe, expect, it } from 'vitest';
import { findQuotations, splitSentences } from '../../src/pipeline/lib/sentences.ts';

/** The sentence texts of a paragraph. */
function sentencesOf(paragraph: string): string[] {
  return splitSentences(paragraph).map((s) => s.text);
}

describe('splitSentences', () => {
  it('splits plain prose and keeps every sentence verbatim', () => {
    const paragraph = 'Kazakhstan authorities have to focus on security, Aidos Sarym told Tengrinews.kz. Judging from various estimates around one hundred Kazakhstan citizens have joined, the expert said.';
    const spans = splitSentences(paragraph);
    expect(spans.map((s) => s.text)).toEqual([
      'Kazakhstan authorities have to focus on security, Aidos Sarym told Tengrinews.kz.',
      'Judging from various estimates around one hundred Kazakhstan citizens have joined, the expert said.',
    ]);
    for (const span of spans) expect(paragraph.slice(span.start, span.end)).toBe(span.text);
  });

  it('does not split after titles, months, initials or a dotted acronym inside a sentence', () => {
    expect(sentencesOf('Dr. Annette Bohr met Gen. K. Tashiev on Sept. 11 in the U.S. State Department. They spoke for an hour.')).toEqual([
      'Dr. Annette Bohr met Gen. K. Tashiev on Sept. 11 in the U.S. State Department.',
      'They spoke for an hour.',
    ]);
  });

  it('splits after a dotted acronym that ends a sentence', () => {
    expect(sentencesOf('Supporters came from the EU and the U.S. The group grew fast.')).toEqual([
      'Supporters came from the EU and the U.S.',
      'The group grew fast.',
    ]);
  });

  it('keeps closing quotes with their sentence and splits inside a long quotation', () => {
    const paragraph = '"In the first place, we have lost the information war. The Islamists are waging a tough recruitment [campaign]," Medetbekov said. "The Hizb ut-Tahrir guys brainwash our people."';
    expect(sentencesOf(paragraph)).toEqual([
      '"In the first place, we have lost the information war.',
      'The Islamists are waging a tough recruitment [campaign]," Medetbekov said.',
      '"The Hizb ut-Tahrir guys brainwash our people."',
    ]);
  });

  it('does not split decimals, and splits after a sentence-final number or a dateline', () => {
    expect(sentencesOf('Inflation was 2.5 percent in 2014. The total was 330. MOSCOW, September 26. /ITAR-TASS/. Militants came.')).toEqual([
      'Inflation was 2.5 percent in 2014.',
      'The total was 330.',
      'MOSCOW, September 26. /ITAR-TASS/.',
      'Militants came.',
    ]);
  });
});

describe('findQuotations', () => {
  it('finds curly and straight quotations and tells speech from scare quotes', () => {
    const paragraph = 'While the government has given the "official" figure, “Experts say, between 30 and 50 thousand militants are fighting,” he said.';
    const quotes = findQuotations(paragraph);
    expect(quotes.map((q) => [paragraph.slice(q.start, q.end), q.speech])).toEqual([
      ['"official"', false],
      ['“Experts say, between 30 and 50 thousand militants are fighting,”', true],
    ]);
  });

  it('runs an unclosed quotation to the end of the paragraph', () => {
    const paragraph = '“We know of 863 citizens who left for Syria and more are going';
    expect(findQuotations(paragraph)).toEqual([{ start: 0, end: paragraph.length, speech: true }]);
  });

  it('ignores apostrophes', () => {
    expect(findQuotations("Kyrgyzstan's intelligence service and the Interior Ministry's department")).toEqual([]);
  });
});

describe('German day-first dates', () => {
  it('does not end a sentence at the period of a day before its month', () => {
    const text = 'Das Gericht ordnete an, dass er bis zum 6. Januar in Haft bleibt. Am 3. Dezember wurde er gefasst.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'Das Gericht ordnete an, dass er bis zum 6. Januar in Haft bleibt.',
      'Am 3. Dezember wurde er gefasst.',
    ]);
    expect(splitSentences('The toll rose to 12. Officials said more had died.')).toHaveLength(2);
  });
});
