import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse } from 'yaml';
import { decideWrite, isHandEdited, recordedSeedHash, renderArticle, renderBody, renderEntity } from '../../src/pipeline/stages/write.ts';
import { articleSchema, entitySchema } from '../../src/schema/article.ts';
import type { AnnotatedArticle } from '../../src/pipeline/types.ts';

const article: AnnotatedArticle = {
  id: 'sample',
  source: 'seeds/sample.txt',
  metadata: { title: 'More Than 330 Kyrgyz Said To Be Fighting: "IS" # not a comment', outlet: 'RFE/RL', author: null, published: '2015-04-21' },
  countries: ['KG', 'SY'],
  entities: [
    { id: 'islamic-state', name: 'Islamic State', type: 'organization', aliases: ['IS', 'ISIL'] },
    { id: 'kyrgyzstan', name: 'Kyrgyzstan', type: 'place', aliases: [], country: 'KG' },
  ],
  figures: [
    { value: 330, approx: 'more than', what: 'Kyrgyz citizens who joined IS', claimant: 'islamic-state', asOf: '2015-04-21', quote: 'More than 330 Kyrgyz citizens' },
    { min: 30000, max: 50000, what: 'militants', claimant: 'experts', asOf: null, quote: 'between 30 and 50 thousand militants' },
  ],
  paragraphs: ['More than 330 Kyrgyz citizens have joined.', 'Between 30 and 50 thousand militants.'],
};

/**
 * @param text A rendered file.
 * @returns Its frontmatter, parsed.
 */
function frontmatterOf(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

describe('renderArticle', () => {
  it('writes the frontmatter contract that the site schema accepts', () => {
    const text = renderArticle(article, 'abc123');
    const data = articleSchema.parse(frontmatterOf(text));
    expect(data.title).toBe(article.metadata.title);
    expect(data.published).toBe('2015-04-21');
    expect(data.countries).toEqual(['KG', 'SY']);
    expect(data.figures[1]).toMatchObject({ min: 30000, max: 50000 });
    expect(data.figures[0]).not.toHaveProperty('min');
    expect(text).toContain('countries: [KG, SY]');
    expect(text).toMatch(/\n\nMore than 330 Kyrgyz citizens have joined\.\n\nBetween/);
  });

  it('is byte-identical on a re-run and records the seed hash', () => {
    expect(renderArticle(article, 'abc123')).toBe(renderArticle(structuredClone(article), 'abc123'));
    expect(recordedSeedHash(renderArticle(article, 'abc123'))).toBe('abc123');
  });
});

describe('renderBody', () => {
  const hostile = [
    '<script>alert(1)</script> and <img src=x onerror=alert(2)>',
    '[click](javascript:alert(3)) and *stars* and _under_ and `code`',
    '# not a heading',
    '1. not a list',
    '---',
    '> not a quote',
    'A & B &amp; C \\ backslash | pipe',
  ];
  it.each(hostile)('keeps %j as plain text that reads back unchanged', (paragraph) => {
    const tree = fromMarkdown(renderBody([paragraph]));
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]?.type).toBe('paragraph');
    expect(toString(tree)).toBe(paragraph);
  });
});

describe('decideWrite', () => {
  const generated = renderArticle(article, 'abc123');

  it('creates, leaves unchanged, and updates untouched generated files', () => {
    expect(decideWrite(undefined, generated)).toBe('create');
    expect(decideWrite(generated, generated)).toBe('unchanged');
    const regenerated = renderArticle({ ...article, paragraphs: ['New text.'] }, 'def456');
    expect(decideWrite(generated, regenerated)).toBe('update');
  });

  it('keeps a file edited by hand, in its body or its frontmatter', () => {
    const bodyEdit = generated.replace('have joined.', 'have joined, officials said.');
    const claimantEdit = generated.replace('claimant: experts', 'claimant: security-council');
    for (const edited of [bodyEdit, claimantEdit]) {
      expect(isHandEdited(edited)).toBe(true);
      expect(decideWrite(edited, renderArticle(article, 'new-seed'))).toBe('keep-edited');
    }
    expect(isHandEdited(generated)).toBe(false);
  });

  it('keeps a file marked reviewed, and a file without annotator bookkeeping', () => {
    const reviewed = generated.replace('---\nid:', '---\nreviewed: true\nid:');
    expect(decideWrite(reviewed, generated)).toBe('keep-reviewed');
    expect(decideWrite('---\ntitle: written by a person\n---\n\nText.\n', generated)).toBe('keep-edited');
  });
});

describe('renderEntity', () => {
  it('writes an entity file the schema accepts', () => {
    const text = renderEntity({ id: 'kyrgyzstan', name: 'Kyrgyzstan', type: 'place', aliases: ['Kyrgyz Republic'], country: 'KG' });
    expect(entitySchema.parse(frontmatterOf(text))).toMatchObject({ id: 'kyrgyzstan', country: 'KG', aliases: ['Kyrgyz Republic'] });
    expect(isHandEdited(text)).toBe(false);
    expect(isHandEdited(`${text}\nA description written by a contributor.\n`)).toBe(true);
  });
});
