/**
 * The annotator's speed-ups must not change a byte of its output: the
 * frontmatter YAML written by hand is the yaml library's, the loose quote
 * finder of provenance finds what a `\s+` pattern finds, and memoised text
 * functions answer as before (and hand out copies where results are objects).
 */
import { describe, expect, it } from 'vitest';
import { Document, isSeq } from 'yaml';
import { toMarkdown } from 'mdast-util-to-markdown';
import { renderArticle, renderBody, renderEntity } from '../../src/pipeline/stages/write.ts';
import { wordCount } from '../../src/pipeline/lib/lines.ts';
import { quoteContext } from '../../src/pipeline/stages/provenance.ts';
import { findDates } from '../../src/pipeline/lib/dates.ts';
import { memoizeText } from '../../src/pipeline/lib/memo.ts';
import type { AnnotatedArticle, ArticleEntity } from '../../src/pipeline/types.ts';

/** Pieces of awkward YAML: indicators, numbers, booleans, quotes, control characters, surrogates. */
const PIECES = [
  'a', 'Kyrgyz', ' ', ': ', ':', '#', ' #', '- ', '-', '?', '[', ']', '{', '}', ',', ', ', '"', "'", '\\', '\t', '|', '>', '*', '&', '!', '%',
  '@', '`', '…', '“', 'null', 'true', 'False', '~', 'yes', '1', '0x1F', '0o7', '1e3', '.5', '.inf', '12:30', '2024-01-01', '---', '...', 'é',
  '\u00a0', '\u2028', '😀', '\ud800', '\udc00', '\x7f', '\x85', '\x0b', '\n', '\r',
];

/**
 * A small deterministic random source.
 * @param seed Start value.
 * @returns A function giving floats in [0, 1).
 */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * The frontmatter as the yaml library writes it in the house style (what write.ts did before its fast path).
 * @param value Plain data.
 * @returns YAML text.
 */
function libraryYaml(value: Record<string, unknown>): string {
  const document = new Document(value);
  const flow = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (isSeq(node) && node.items.every((item) => typeof item !== 'object' || item === null || !('items' in item || 'key' in item))) node.flow = true;
    for (const item of (node as { items?: unknown[] }).items ?? []) flow(typeof item === 'object' && item !== null && 'value' in item ? item.value : item);
  };
  flow(document.contents);
  return document.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}

describe('the frontmatter written without the yaml document model', () => {
  it('is byte for byte what the library writes, for awkward strings and numbers', () => {
    const next = random(42);
    const text = (): string => Array.from({ length: Math.floor(next() * 6) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
    const number = (): number => [0, -0, 1, 1.5, -3, 1e21, 330, 0.1, Number.NaN, Number.POSITIVE_INFINITY][Math.floor(next() * 10)] as number;
    for (let round = 0; round < 1500; round++) {
      const entity = (): ArticleEntity => ({ id: text(), name: text(), type: 'person', aliases: Array.from({ length: Math.floor(next() * 3) }, text), ...(next() < 0.5 ? { country: text() } : {}) });
      const article: AnnotatedArticle = {
        id: text(),
        source: text(),
        metadata: { title: text(), outlet: next() < 0.3 ? null : text(), author: null, published: next() < 0.5 ? null : text() },
        countries: Array.from({ length: Math.floor(next() * 3) }, text),
        entities: Array.from({ length: Math.floor(next() * 3) }, entity),
        figures: Array.from({ length: Math.floor(next() * 3) }, () => ({
          ...(next() < 0.5 ? { value: number() } : { min: number(), max: number() }),
          what: text(),
          claimant: next() < 0.3 ? null : text(),
          asOf: null,
          quote: text(),
          ...(next() < 0.5 ? { measure: text(), prefix: text(), suffix: text() } : {}),
        })),
        paragraphs: ['Body.'],
      };
      const rendered = renderArticle(article, 'abc');
      const yaml = rendered.slice(4, rendered.indexOf('annotator:\n'));
      const expected = libraryYaml({
        id: article.id,
        title: article.metadata.title,
        outlet: article.metadata.outlet,
        author: article.metadata.author,
        published: article.metadata.published,
        source: article.source,
        countries: article.countries,
        entities: article.entities.map((item) => ({ id: item.id, name: item.name, type: item.type, aliases: item.aliases, ...(item.country ? { country: item.country } : {}) })),
        figures: article.figures.map((figure) => ({
          ...(figure.value === undefined ? { min: figure.min, max: figure.max } : { value: figure.value }),
          what: figure.what,
          ...(figure.measure ? { measure: figure.measure } : {}),
          claimant: figure.claimant,
          asOf: figure.asOf,
          quote: figure.quote,
          ...(figure.prefix ? { prefix: figure.prefix } : {}),
          ...(figure.suffix ? { suffix: figure.suffix } : {}),
        })),
      });
      expect(yaml).toBe(expected);
      const one = entity();
      const entityText = renderEntity(one);
      expect(entityText.slice(4, entityText.indexOf('annotator:\n'))).toBe(libraryYaml({ id: one.id, name: one.name, type: one.type, aliases: one.aliases, ...(one.country ? { country: one.country } : {}) }));
    }
  });
});

describe('quoteContext with loose white space', () => {
  it('finds a quote whose spaces are written otherwise, in the first paragraph that holds it', () => {
    const paragraphs = ['Officials said on Monday that 40 people had left.', 'Officials  said on\u00a0Monday that 40 people had left.', 'Officials said on Monday that 40 people had left again.'];
    expect(quoteContext('Officials said on  Monday that 40 people', paragraphs.slice(1))).toEqual({ prefix: '', suffix: 'had left. Officials said on' });
    expect(quoteContext('on Monday that', ['on Mondaythat', 'said on \n Monday that 40'])).toEqual({ prefix: 'on Mondaythat said', suffix: '40' });
    expect(quoteContext('on Monday that', ['on Monday'])).toBeUndefined();
  });

  it('treats a character outside the Basic Multilingual Plane as one character', () => {
    expect(quoteContext('a 😀 b', ['x a  😀 b y'])).toEqual({ prefix: 'x', suffix: 'y' });
  });
});

describe('memoised text functions', () => {
  it('computes each answer once and keeps null and undefined answers', () => {
    let calls = 0;
    const lengthOrNull = memoizeText((text) => {
      calls++;
      return text === '' ? null : text.length;
    });
    expect([lengthOrNull('abc'), lengthOrNull('abc'), lengthOrNull(''), lengthOrNull('')]).toEqual([3, 3, null, null]);
    expect(calls).toBe(2);
  });

  it('starts afresh past its bound', () => {
    let calls = 0;
    const same = memoizeText((text) => {
      calls++;
      return text;
    }, 2);
    for (const text of ['a', 'b', 'c', 'a']) same(text);
    expect(calls).toBe(4);
  });

  it('hands out copies of date mentions, so a caller cannot change another caller\'s', () => {
    const first = findDates('It happened on 12 March 2015.');
    (first[0] as { year: number | undefined }).year = 1900;
    first.pop();
    const second = findDates('It happened on 12 March 2015.');
    expect(second).toHaveLength(1);
    expect(second[0]?.year).toBe(2015);
  });
});

describe('the Markdown body written without the mdast tree', () => {
  it('is byte for byte what mdast-util-to-markdown writes, for plain and awkward paragraphs', () => {
    const next = random(11);
    const pieces = [...PIECES, 'Tashkent', 'said', ' ', ' ', '.', '1.', '1)', '(', ')', '](', '![', '&amp;', '<b>', '+', '=', '_', '://'];
    for (let i = 0; i < 4000; i++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
      );
      const tree = { type: 'root' as const, children: paragraphs.map((value) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] })) };
      expect(renderBody(paragraphs)).toBe(toMarkdown(tree));
    }
    expect(renderBody(['Officials said 12 people returned.', 'Another paragraph'])).toBe('Officials said 12 people returned.\n\nAnother paragraph\n');
  });
});

describe('word counts with a cap', () => {
  it('answer every comparison with the cap as the full count does', () => {
    const line = 'Officials in Bishkek said on Monday that 12 citizens had returned from Syria';
    const full = wordCount(line);
    expect(full).toBe(13);
    for (let limit = 0; limit <= 20; limit++) {
      expect(wordCount(line, limit + 1) <= limit).toBe(full <= limit);
      expect(wordCount(line, limit + 1) > limit).toBe(full > limit);
      expect(wordCount(line, limit) < limit).toBe(full < limit);
      expect(wordCount(line, limit) >= limit).toBe(full >= limit);
    }
  });
});
