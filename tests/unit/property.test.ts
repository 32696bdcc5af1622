/**
 * Property-based: random text, rich in markup, YAML-breaking characters,
 * control characters, odd Unicode and Cyrillic, thrown at the whole pipeline
 * (decodeSeed .. annotateCorpus .. renderArticle .. the site's Markdown
 * processor). Nothing crashes (a seed is either annotated or rejected with a
 * SeedError naming it), the written file reads back to the same text, and
 * nothing in it becomes markup.
 */
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { annotateCorpus, type Seed } from '../../src/pipeline/index.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { decodeSeed } from '../../src/pipeline/stages/read.ts';
import { decideWrite, isHandEdited, renderArticle } from '../../src/pipeline/stages/write.ts';
import { SeedError, type AnnotatedArticle } from '../../src/pipeline/types.ts';
import { renderBodyAsSite, unexpectedMarkup } from '../fixtures/hostile/render.ts';

const knowledge = loadKnowledge();

/** Pieces that mean something to HTML, Markdown, YAML or the annotator. */
const tricky = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[link](javascript:alert(1))',
  '![img](x.png)',
  '<https://example.org>',
  'www.example.org',
  '<!-- c -->',
  '&amp;',
  '&#60;',
  '---',
  '...',
  ': ',
  ' #',
  '"',
  "'",
  '@',
  '`',
  '*',
  '_',
  '~',
  '|',
  '>',
  '\\',
  '{{x}}',
  '%',
  '!',
  '? ',
  '- ',
  '1. ',
  '# ',
  '\t',
  '\r\n',
  '\r',
  '\n\n',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\ufffd',
  '😀',
  'é',
  'Кыргызстан',
  'Исламское государство',
  'Алматы',
  '12 мая 2022',
  'Islamic State',
  'Kyrgyzstan',
  'Syria',
  'Almaty',
  'more than 300 people',
  'said on Monday',
  'April 21, 2015',
  'Source link',
  'Advertisement',
);

/** Random text: tricky pieces mixed with arbitrary strings, whole graphemes or raw UTF-16 units. */
const text = fc
  .array(fc.oneof(tricky, tricky, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 10 })
  .map((parts) => parts.join(''));

/** A seed in the raw style: furniture, a headline, a date, paragraphs; some parts random. */
const seedText = fc
  .record({
    title: text,
    lead: text,
    paragraphs: fc.array(text, { minLength: 1, maxLength: 4 }),
    furniture: fc.boolean(),
  })
  .map(({ title, lead, paragraphs, furniture }) =>
    [
      ...(furniture ? ['Menu', 'Search', ''] : []),
      `Officials Say ${title} In Almaty`,
      '',
      'March 3, 2021',
      '',
      `Officials in Kyrgyzstan said on Monday that ${lead} 40 people were detained.`,
      '',
      ...paragraphs.flatMap((paragraph) => [paragraph, '']),
      ...(furniture ? ['Share this article', 'Related'] : []),
    ].join('\n'),
  );

/** Seed bytes: mostly text as UTF-8, sometimes arbitrary bytes. */
const seedBytes = fc.oneof(
  { weight: 6, arbitrary: seedText.map((value) => new TextEncoder().encode(value)) },
  { weight: 1, arbitrary: text.map((value) => new TextEncoder().encode(value)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
);

/**
 * Annotate one seed.
 * @param bytes The seed's bytes.
 * @returns The result of the corpus run.
 */
function annotate(bytes: Uint8Array): ReturnType<typeof annotateCorpus> {
  const seed: Seed = { id: 'random', source: 'seeds/random.txt', bytes };
  return annotateCorpus([seed], { knowledge });
}

/**
 * Split a rendered article file.
 * @param file The file's text.
 * @returns Parsed frontmatter and the Markdown body.
 */
function splitFile(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  expect(match).not.toBeNull();
  return { data: parseYaml(match?.[1] ?? '') as Record<string, unknown>, body: match?.[2] ?? '' };
}

/**
 * The body must be paragraphs of plain text that read back as the article's paragraphs.
 * @param body Markdown body.
 * @param article The article it was rendered from.
 */
function expectPlainBody(body: string, article: AnnotatedArticle): void {
  const tree = fromMarkdown(body);
  for (const node of tree.children) {
    expect(node.type).toBe('paragraph');
    if (node.type === 'paragraph') expect(node.children.map((child) => child.type)).toEqual(['text']);
  }
  expect(tree.children.map((node) => toString(node))).toEqual(article.paragraphs);
}

describe('random text through the pipeline', () => {
  it('decodeSeed returns text or throws a SeedError naming the file, nothing else', () => {
    fc.assert(
      fc.property(seedBytes, (bytes) => {
        try {
          const decoded = decodeSeed(bytes, 'seeds/random.txt');
          expect(decoded).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\ufeff\r]/);
        } catch (error) {
          expect(error).toBeInstanceOf(SeedError);
          expect((error as SeedError).message).toMatch(/^seeds\/random\.txt(?::\d+)?: /);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('annotates or rejects every seed without crashing, and the file reads back to the same text', () => {
    fc.assert(
      fc.property(seedBytes, (bytes) => {
        const result = annotate(bytes);
        for (const error of result.errors) {
          expect(error).toBeInstanceOf(SeedError);
          expect(error.message).not.toContain('unexpected annotator failure');
        }
        expect(result.articles.length + result.errors.length).toBe(1);
        for (const article of result.articles) {
          const file = renderArticle(article, 'seed-hash');
          const { data, body } = splitFile(file);
          expect(data.title).toBe(article.metadata.title);
          expect(data.author ?? null).toBe(article.metadata.author);
          expect((data.entities as { name: string }[]).map((entity) => entity.name)).toEqual(article.entities.map((entity) => entity.name));
          expect((data.figures as { quote: string }[]).map((figure) => figure.quote)).toEqual(article.figures.map((figure) => figure.quote));
          expectPlainBody(body, article);
          // The bookkeeping that keeps hand edits survives any text: a fresh file never looks edited.
          expect(isHandEdited(file)).toBe(false);
          expect(decideWrite(file, file)).toBe('unchanged');
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('renders the body through the site’s Markdown processor without any markup of its own', async () => {
    await fc.assert(
      fc.asyncProperty(seedText, async (value) => {
        const result = annotate(new TextEncoder().encode(value));
        for (const article of result.articles) {
          const { data, body } = splitFile(renderArticle(article, 'seed-hash'));
          expect(unexpectedMarkup(await renderBodyAsSite(body, data))).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
