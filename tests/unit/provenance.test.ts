import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addProvenance, headWords, quoteContext, tailWords } from '../../src/pipeline/stages/provenance.ts';
import { renderArticle } from '../../src/pipeline/stages/write.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { bodyBlocks, quoteErrors, whereQuoteWent } from '../../src/check/quotes.ts';
import { checkContent } from '../../src/check/index.ts';
import type { AnnotatedArticle, ArticleFigure } from '../../src/pipeline/types.ts';

// Paragraphs of seed 000 (RFE/RL), as the metadata stage hands them on.
const seedParagraphs = [
  'More than 330 Kyrgyz citizens have joined the Islamic State (IS) militant group in Syria and Iraq, the deputy prime minister of Kyrgyzstan, Abdyrakhman Mamataliev, said on April 21.',
  'Around 30 of the Kyrgyz nationals who have joined IS are women, Mamataliev said.',
  'Speaking at a symposium in Bishkek on April 16, the Interior Ministry official said that 339 individuals had gone to Syria from Kyrgyzstan, of whom 50 were women and 20 were children.',
];

// Paragraphs of my own.
const ownParagraphs = [
  'The court in Osh heard the case on Tuesday. Prosecutors said 14 men had crossed into Syria in 2014, and that four of them came back a year later. The verdict is due next week.',
  'No further details were given.',
];

describe('quoteContext', () => {
  it('keeps whole words of the same paragraph on each side', () => {
    expect(quoteContext('Prosecutors said 14 men had crossed into Syria in 2014, and that four of them came back a year later.', ownParagraphs)).toEqual({
      prefix: 'Osh heard the case on Tuesday.',
      suffix: 'The verdict is due next week. No',
    });
  });

  it('runs into the neighbouring paragraphs when the quote is a whole paragraph', () => {
    expect(quoteContext(seedParagraphs[1] as string, seedParagraphs)).toEqual({
      prefix: 'Mamataliev, said on April 21.',
      suffix: 'Speaking at a symposium in',
    });
    expect(quoteContext(seedParagraphs[0] as string, seedParagraphs)?.prefix).toBe('');
    expect(quoteContext(seedParagraphs[2] as string, seedParagraphs)?.suffix).toBe('');
  });

  it('finds a quote whose white space differs and returns nothing for a quote not in the body', () => {
    expect(quoteContext('Prosecutors  said 14\\nmen'.replace('\\n', '\n'), ownParagraphs)?.prefix).toBe('Osh heard the case on Tuesday.');
    expect(quoteContext('Prosecutors said 15 men', ownParagraphs)).toBeUndefined();
    expect(quoteContext('   ', ownParagraphs)).toBeUndefined();
  });

  it('cuts at word boundaries to about 32 characters', () => {
    expect(tailWords('one two three four five six seven eight nine ten eleven', 32)).toBe('six seven eight nine ten eleven');
    expect(headWords('one two three four five six seven eight nine ten eleven', 32)).toBe('one two three four five six');
    expect(tailWords('  ', 32)).toBe('');
    // A single long word is kept whole rather than cut.
    expect(tailWords('Antidisestablishmentarianismically-minded', 32)).toBe('Antidisestablishmentarianismically-minded');
  });
});

describe('addProvenance', () => {
  const figures: ArticleFigure[] = [
    { value: 14, what: 'men who crossed into Syria', claimant: 'prosecutors', asOf: '2014', quote: 'Prosecutors said 14 men had crossed into Syria in 2014' },
    { value: 4, what: 'men who came back', claimant: null, asOf: null, quote: 'not in the body' },
  ];

  it('sets prefix and suffix, and leaves a figure whose quote is missing as it was', () => {
    const [first, second] = addProvenance(figures, ownParagraphs);
    expect(first).toMatchObject({ prefix: 'Osh heard the case on Tuesday.', suffix: ', and that four of them came' });
    expect(second).toEqual(figures[1]);
  });

  it('are written after the quote, with measure after what, and accepted by the schema', () => {
    const article: AnnotatedArticle = {
      id: 'sample',
      source: 'seeds/sample.txt',
      metadata: { title: 'Sample', outlet: null, author: null, published: '2015-01-02' },
      countries: ['KG', 'SY'],
      entities: [],
      figures: addProvenance([{ ...(figures[0] as ArticleFigure), measure: 'fighters-syria-iraq' }], ownParagraphs),
      paragraphs: ownParagraphs,
    };
    const text = renderArticle(article, 'abc');
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { figures: Array<Record<string, unknown>> };
    expect(Object.keys(frontmatter.figures[0] ?? {})).toEqual(['value', 'what', 'measure', 'claimant', 'asOf', 'quote', 'prefix', 'suffix']);
    expect(articleSchema.parse(frontmatter).figures[0]).toMatchObject({ measure: 'fighters-syria-iraq', prefix: 'Osh heard the case on Tuesday.' });
    expect(articleSchema.safeParse({ ...frontmatter, figures: [{ ...frontmatter.figures[0], measure: 'Not A Slug' }] }).success).toBe(false);
  });
});

describe('npm run check with prefix and suffix', () => {
  const blocks = bodyBlocks(ownParagraphs.join('\n\n'));

  it('says what the body now reads between the words recorded around a quote', () => {
    const edited = bodyBlocks('The court in Osh heard the case on Tuesday. Prosecutors said 15 men had crossed, and that four of them came back a year later.');
    expect(whereQuoteWent('Osh heard the case on Tuesday.', ', and that four of them came back', edited)).toBe(
      'between its prefix "Osh heard the case on Tuesday." and suffix ", and that four of them came back" the body now reads "Prosecutors said 15 men had crossed"',
    );
    expect(whereQuoteWent('Osh heard the case on Tuesday.', 'gone', blocks)).toBe('its prefix "Osh heard the case on Tuesday." is still in the body: the quote followed it');
    expect(whereQuoteWent('gone', 'No further details', blocks)).toBe('its suffix "No further details" is still in the body: the quote came just before it');
    expect(whereQuoteWent(undefined, undefined, blocks)).toBeUndefined();
  });

  it('fails on a quote no longer in its article and gives the hint', () => {
    const text = [
      '---',
      'id: sample',
      'title: Sample',
      'source: seeds/sample.txt',
      'figures:',
      '  - value: 14',
      '    what: men who crossed into Syria',
      '    claimant: null',
      '    asOf: null',
      '    quote: Prosecutors said 14 men had crossed into Syria in 2014',
      '    prefix: Osh heard the case on Tuesday.',
      '    suffix: ", and that four of them came back"',
      '---',
      '',
      'The court in Osh heard the case on Tuesday. Prosecutors said 15 men had gone to Syria, and that four of them came back a year later.',
      '',
    ].join('\n');
    const errors = checkContent([{ path: 'content/articles/sample.md', text }]);
    expect(errors.map((error) => `${error.field}: ${error.message}`)).toEqual([
      'figures[0].quote: unexpected quote "Prosecutors said 14 men had crossed into Syria in 2014", expected words of one paragraph of the body; between its prefix "Osh heard the case on Tuesday." and suffix ", and that four of them came back" the body now reads "Prosecutors said 15 men had gone to Syria"',
    ]);
    expect(quoteErrors).toBeTypeOf('function');
  });
});
