/**
 * Hostile and broken seeds through `npm run annotate`: each gives either a
 * clear message naming the file, or an article whose text is kept as plain
 * text (no markup, no link, no frontmatter injection), which the site's own
 * Markdown processor then renders without any executable markup.
 *
 * The committed seeds are in tests/fixtures/hostile/seeds/ (written for these
 * tests); big, binary and byte-level cases are generated here.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { runAnnotate } from '../../src/cli/annotate.ts';
import type { Output } from '../../src/cli/args.ts';
import { isHandEdited } from '../../src/pipeline/stages/write.ts';
import { renderBodyAsSite, unexpectedMarkup } from '../fixtures/hostile/render.ts';

const fixtureSeeds = path.resolve('tests/fixtures/hostile/seeds');

/** Output that records what the command prints. */
function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, log: (line) => lines.push(line), error: (line) => errors.push(line), write: () => {}, isTTY: false };
}

/** An article file split into its parts. */
interface ArticleFile {
  text: string;
  data: Record<string, unknown>;
  body: string;
}

/**
 * @param id Article id.
 * @returns The written article, parsed.
 */
function article(id: string): ArticleFile {
  const text = readFileSync(path.join(work, 'content', 'articles', `${id}.md`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  expect(match, `${id}.md has frontmatter`).not.toBeNull();
  return { text, data: parseYaml(match?.[1] ?? '') as Record<string, unknown>, body: match?.[2] ?? '' };
}

/**
 * The body's Markdown tree must be paragraphs of text only.
 * @param body Markdown body.
 * @returns The paragraphs' text.
 */
function plainParagraphs(body: string): string[] {
  const tree = fromMarkdown(body);
  const kinds = new Set<string>();
  visit(tree, (node) => {
    kinds.add(node.type);
  });
  expect([...kinds].sort()).toEqual(['paragraph', 'root', 'text']);
  return tree.children.map((paragraph) => toString(paragraph));
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-hostile-'));
  mkdirSync(path.join(work, 'seeds'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('hostile seeds become plain text', () => {
  beforeEach(() => {
    cpSync(fixtureSeeds, path.join(work, 'seeds'), { recursive: true });
  });

  it('annotates every hostile seed without error', () => {
    const out = capture();
    expect(runAnnotate([], out, work)).toBe(0);
    expect(out.errors).toEqual([]);
    expect(readdirSync(path.join(work, 'content', 'articles')).sort()).toEqual(
      readdirSync(fixtureSeeds).map((name) => name.replace(/\.txt$/, '.md')).sort(),
    );
  });

  it('keeps <script>, <img onerror> and <svg onload> as text, in the title and the body', async () => {
    runAnnotate([], capture(), work);
    const file = article('script-tags');
    const text = [String(file.data.title), ...plainParagraphs(file.body)].join('\n');
    expect(text).toContain("<script>window.__pwned = 'body'; alert('body')</script>");
    expect(text).toContain(`<img src=x onerror="window.__pwned='img'; alert('img')">`);
    expect(text).toContain(`<svg onload="window.__pwned='svg'">`);
    expect(unexpectedMarkup(await renderBodyAsSite(file.body, file.data))).toEqual([]);
  });

  it('keeps Markdown links, javascript: URLs, raw HTML and comments as text', async () => {
    runAnnotate([], capture(), work);
    const file = article('links-and-html');
    expect(String(file.data.title)).toContain(`<a href="javascript:window.__pwned='titlelink'">Names</a>`);
    const text = plainParagraphs(file.body).join('\n');
    for (const fragment of [
      "[see the annex](javascript:window.__pwned='mdlink2')",
      `<a href="javascript:window.__pwned='htmllink'">the full list</a>`,
      `onclick="window.__pwned='onclick'"`,
      `<iframe src="javascript:window.__pwned='iframe'"></iframe>`,
      '<!-- a comment -->',
      "![x](javascript:window.__pwned='mdimage')",
      "<javascript:window.__pwned='autolink'>",
    ]) {
      expect(text).toContain(fragment);
    }
    const html = await renderBodyAsSite(file.body, file.data);
    expect(unexpectedMarkup(html)).toEqual([]);
    expect(html).toContain('&lt;a href=');
  });

  it('writes a YAML-breaking title as one string, and a fake frontmatter block in the body as text', () => {
    runAnnotate([], capture(), work);
    const file = article('yaml-breaking');
    expect(file.data.title).toBe(`'Recruiter' Jailed: "Kazakh Court" Says # Of Recruits Was 3 --- Case: Closed`);
    expect(file.data).not.toHaveProperty('reviewed');
    expect(isHandEdited(file.text)).toBe(false);
    const paragraphs = plainParagraphs(file.body);
    expect(paragraphs).toContain('# Not a heading, 1. not a list, > not a quote, - not an item, | not | a table |');
    expect(paragraphs).toContain('@everyone % ! & * ? | > \' " are YAML indicators at the start of a line.');
    expect(paragraphs.join('\n')).toContain('&amp; entities, \\backslashes\\, `backticks` and *stars*');
  });

  it('keeps a title that ends in --- inside the frontmatter', () => {
    writeFileSync(
      path.join(work, 'seeds', 'dashes.txt'),
      'Menu\n\nCourt Jails Three Recruiters In Osh ---\n\nJune 5, 2019\n\nA court in Osh sentenced three men on June 4 for recruiting 11 people to fight in Syria, prosecutors said.\n',
    );
    expect(runAnnotate([], capture(), work)).toBe(0);
    const file = article('dashes');
    expect(file.data.title).toBe('Court Jails Three Recruiters In Osh ---');
    expect(file.data.source).toBe('seeds/dashes.txt');
    expect(isHandEdited(file.text)).toBe(false);
    expect(plainParagraphs(file.body)).toEqual(['A court in Osh sentenced three men on June 4 for recruiting 11 people to fight in Syria, prosecutors said.']);
  });

  it('keeps markup written right after a web address as text', async () => {
    writeFileSync(
      path.join(work, 'seeds', 'address.txt'),
      "Menu\n\nOfficials Publish List Of Returnees\n\nMay 2, 2021\n\nThe list is online at www.example.org<script>window.__pwned='autolink'</script> and was updated on May 1, officials said.\n\n" +
        'A copy is at https://example.org/<img src=x onerror="window.__pwned=1"> for readers abroad, the ministry said.\n',
    );
    runAnnotate([], capture(), work);
    const file = article('address');
    expect(plainParagraphs(file.body).join('\n')).toContain("www.example.org<script>window.__pwned='autolink'</script>");
    expect(unexpectedMarkup(await renderBodyAsSite(file.body, file.data))).toEqual([]);
  });

  it('annotates a Cyrillic-only article', () => {
    runAnnotate([], capture(), work);
    const file = article('cyrillic');
    expect(file.data.title).toBe('Суд в Бишкеке приговорил вербовщика к восьми годам');
    expect(file.data.published).toBe('2022-05-12');
    expect(plainParagraphs(file.body)).toHaveLength(3);
  });
});

describe('broken seeds give a clear message naming the file', () => {
  const paragraph = 'Officials in Almaty said on Monday that 12 people had been detained on suspicion of recruiting for militant groups in Syria.';
  const plain = `Twelve Detained In Almaty Recruitment Case\n\nMay 4, 2020\n\n${paragraph}\n\nThe suspects face up to 9 years in prison if convicted, a spokesman for the police said.\n`;

  /**
   * Annotate the given seeds next to one good seed.
   * @param seeds File name -> bytes.
   * @returns Exit code and printed errors.
   */
  function annotate(seeds: Record<string, Uint8Array | string>): { code: number; errors: string } {
    writeFileSync(path.join(work, 'seeds', 'good.txt'), plain);
    for (const [name, bytes] of Object.entries(seeds)) writeFileSync(path.join(work, 'seeds', name), bytes);
    const out = capture();
    const code = runAnnotate([], out, work);
    return { code, errors: out.errors.join('\n') };
  }

  it('rejects a 10 MB file by its size, and still annotates the others', () => {
    const big = Buffer.alloc(10 * 1024 * 1024, `${paragraph}\n\n`);
    const { code, errors } = annotate({ 'big.txt': big });
    expect(code).toBe(1);
    expect(errors).toContain('seeds/big.txt: is 10 MiB (10485760 bytes), larger than the limit of 2 MiB');
    expect(existsSync(path.join(work, 'content', 'articles', 'good.md'))).toBe(true);
    expect(existsSync(path.join(work, 'content', 'articles', 'big.md'))).toBe(false);
  });

  it('rejects an empty file and a file of blank lines', () => {
    const { code, errors } = annotate({ 'empty.txt': '', 'blank.txt': ' \n\t\n\r\n' });
    expect(code).toBe(1);
    expect(errors).toMatch(/seeds\/empty\.txt: is empty, expected the text of an article/);
    expect(errors).toMatch(/seeds\/blank\.txt: is empty, expected the text of an article/);
  });

  it('rejects binary data, UTF-16 and Latin-1, saying what was expected', () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const utf16 = Buffer.from(`\ufeff${plain}`, 'utf16le');
    const latin1 = Buffer.from(plain.replace('Almaty', 'Almaty café'), 'latin1');
    const { code, errors } = annotate({ 'binary.txt': binary, 'utf16.txt': utf16, 'latin1.txt': latin1 });
    expect(code).toBe(1);
    expect(errors).toMatch(/seeds\/binary\.txt: .*(binary|not valid UTF-8)/);
    expect(errors).toMatch(/seeds\/utf16\.txt: looks like UTF-16 text, expected UTF-8 text/);
    expect(errors).toMatch(/seeds\/latin1\.txt: is not valid UTF-8 \(byte offset \d+\)/);
  });

  it('rejects a file full of NUL bytes, and drops a stray NUL from a text', () => {
    const nulls = Buffer.concat([Buffer.from(plain), Buffer.alloc(200)]);
    const stray = Buffer.from(plain.replace('detained', 'detai\u0000ned'));
    const { code, errors } = annotate({ 'nulls.txt': nulls, 'stray.txt': stray });
    expect(code).toBe(1);
    expect(errors).toMatch(/seeds\/nulls\.txt: looks like binary data/);
    expect(errors).not.toContain('stray.txt');
    const text = readFileSync(path.join(work, 'content', 'articles', 'stray.md'), 'utf8');
    expect(text).not.toContain('\u0000');
    expect(text).toContain('Twelve Detained In Almaty Recruitment Case');
  });

  it('reads CRLF, BOM and CRLF+BOM files exactly like the plain file', () => {
    const crlf = plain.replace(/\n/g, '\r\n');
    const { code } = annotate({ 'crlf.txt': crlf, 'bom.txt': `\ufeff${plain}`, 'crlf-bom.txt': `\ufeff${crlf}` });
    expect(code).toBe(0);
    /** An article without its id, source and bookkeeping, which differ by file. */
    const comparable = (id: string): string =>
      readFileSync(path.join(work, 'content', 'articles', `${id}.md`), 'utf8')
        .replace(/^(id|source): .*\n/gm, '')
        .replace(/^annotator:\n(?:[ \t]+.*\n)*/m, '');
    const expected = comparable('good');
    expect(expected).toContain('title: Twelve Detained In Almaty Recruitment Case');
    expect(expected).not.toMatch(/\r|\ufeff/);
    for (const id of ['crlf', 'bom', 'crlf-bom']) expect(comparable(id), id).toBe(expected);
  });
});
