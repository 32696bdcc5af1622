/**
 * The parser-free reading of plain bodies (src/check/plain-body.ts) against
 * the Markdown parse it stands in for (quotes.ts `bodyBlocks`): whenever it
 * reads a body, its blocks must be the parse's; and its canonical text must be
 * typography.ts `canonicalize`'s.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText, plainBodyBlocks } from '../../src/check/plain-body.ts';
import { bodyBlocks, quoteErrors } from '../../src/check/quotes.ts';
import { readContentFile } from '../../src/check/frontmatter.ts';
import { canonicalize } from '../../src/markdown/typography.ts';

/** Prose of my own, in the style of the annotated bodies. */
const prose = [
  'Border guards in Batken said on Monday that 14 men had crossed the river at night.',
  '“Nobody was hurt,” the regional governor told reporters — adding that 2 posts were closed… for now.',
  '',
  'In 2019, about 40 families returned from camps in north-eastern Syria; officials said the number may rise.',
  "Prosecutors' figures (unpublished) put it at 1,200 people.",
  '',
  '',
  'The ministry did not comment.',
  '',
].join('\n');

/**
 * @param body A body.
 * @returns Whether the fast reading accepted it (when it did, it matched the parse).
 */
function agrees(body: string): boolean {
  const fast = plainBodyBlocks(body);
  if (fast === undefined) return false;
  expect(fast, JSON.stringify(body)).toStrictEqual(bodyBlocks(body));
  return true;
}

describe('plainBodyBlocks', () => {
  it('splits plain prose into the blocks the Markdown parse gives', () => {
    expect(agrees(prose)).toBe(true);
    expect(plainBodyBlocks(prose)).toHaveLength(3);
  });

  it('refuses bodies with Markdown constructs', () => {
    const refused = [
      '# Heading\n\nText.',
      'Text with *emphasis*.',
      'A [link](http://example.org).',
      '- item\n- item',
      '1. first\n2. second',
      '2019.\n',
      '> quoted',
      'Line one  \nline two',
      '    indented code',
      'Text\n===',
      'Text\n---',
      'AT&amp;T',
      'a\\*b',
      'code `x`',
      '<div>x</div>',
      'tab\there',
    ];
    for (const body of refused) expect(plainBodyBlocks(body), body).toBeUndefined();
  });

  it('agrees with the Markdown parse on every mutated body it accepts', () => {
    const insertions = ['', ' ', '  ', '\n', '\n\n', '-', '- ', '1. ', '1) ', '#', '# ', '>', '*', '_', '`', '[', ']', '!', '<', '&', '\\', '=', '+ ', '\u00a0', '\u2028', '\u00ad', '"', "'", '’', '—', '…', '~', '|', ':', '    ', '\t', '\r', '\0', 'x', '9'];
    const lines = prose.split('\n');
    let accepted = 0;
    let tried = 0;
    lines.forEach((line, index) => {
      for (const column of new Set([0, 1, 3, Math.floor(line.length / 2), Math.max(0, line.length - 1), line.length])) {
        for (const insertion of insertions) {
          const mutated = [...lines];
          mutated[index] = line.slice(0, column) + insertion + line.slice(column);
          tried++;
          if (agrees(mutated.join('\n'))) accepted++;
        }
      }
    });
    expect(accepted).toBeGreaterThan(tried / 4);
    expect(tried - accepted).toBeGreaterThan(tried / 10);
  });

  it('agrees with the Markdown parse on the bodies of content/ and the check fixtures', () => {
    const files = ['content', 'tests/fixtures/check'].flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join(root, name)),
    );
    let accepted = 0;
    for (const file of files) {
      const read = readContentFile({ path: file, text: readFileSync(file, 'utf8') }, 'content');
      if (read.file && agrees(read.file.body)) accepted++;
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('gives the same quote errors on a plain body as on the same body read by the parser', () => {
    const frontmatter = ['id: a1', 'figures:', '  - value: 14', '    quote: 14 men had crossed the river by day', '    prefix: said on Monday that', '    suffix: Nobody'].join('\n');
    const plain = readContentFile({ path: 'content/articles/a1.md', text: `---\n${frontmatter}\n---\n\n${prose}` }, 'content');
    // An emphasis elsewhere in the body sends it to the parser without changing the paragraph searched.
    const parsed = readContentFile({ path: 'content/articles/a1.md', text: `---\n${frontmatter}\n---\n\n${prose}\n*Edited.*\n` }, 'content');
    if (!plain.file || !parsed.file) throw new Error('unreadable fixture');
    expect(plainBodyBlocks(plain.file.body)).toBeDefined();
    expect(plainBodyBlocks(parsed.file.body)).toBeUndefined();
    const errors = quoteErrors(plain.file);
    expect(errors).toHaveLength(1);
    expect(errors).toStrictEqual(quoteErrors(parsed.file));
  });
});

describe('canonicalText', () => {
  it('is the text of canonicalize, on tricky and random texts', () => {
    const samples = ['', ' ', '  a', 'a \u00a0 b', 'a \u00ad b', 'a — b', 'don’t', '“x”', 'a…', 'a\u200bb', 'x  ', ' -- ', 'a\n\nb', '😀 a', '\ud83d', 'a `b` c'];
    const alphabet = [' ', 'a', 'Z', '-', '—', '–', '\u00a0', '\n', '’', "'", '"', '“', '`', '…', '\u00ad', '\u200b', '😀', '.', '\u2028', '\t'];
    let state = 7;
    for (let index = 0; index < 3000; index++) {
      let text = '';
      const length = index % 12;
      for (let position = 0; position < length; position++) {
        state = (state * 1103515245 + 12345) % 2147483648;
        text += alphabet[state % alphabet.length];
      }
      samples.push(text);
    }
    for (const sample of samples) expect(canonicalText(sample), JSON.stringify(sample)).toBe(canonicalize(sample).text);
  });
});
