import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatCheckError, type CheckError, type ContentFile } from '../../src/check/index.ts';
import { bodyBlocks, quoteOccurs } from '../../src/check/quotes.ts';
import { looksLikeEntityId } from '../../src/check/references.ts';
import { runCheck, summary } from '../../src/cli/check.ts';
import type { Output } from '../../src/cli/args.ts';

const fixtures = path.resolve('tests/fixtures/check');

/**
 * Every Markdown file under a folder's content/, with paths relative to the folder.
 * @param root A fixture case (or the repository).
 * @returns The files, sorted by path.
 */
function contentFiles(root: string): ContentFile[] {
  const dir = path.join(root, 'content');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ path: `content/${name}`, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * Check one fixture case, sources resolved against the case's folder.
 * @param name Folder under tests/fixtures/check.
 * @returns The errors.
 */
function checkCase(name: string): CheckError[] {
  const root = path.join(fixtures, name);
  return checkContent(contentFiles(root), { contentDir: 'content', sourceExists: (source) => existsSync(path.join(root, source)) });
}

/**
 * @param errors Check errors.
 * @returns `path:line: field` of each.
 */
function prefixes(errors: readonly CheckError[]): string[] {
  return errors.map((error) => `${error.path}:${error.line}: ${error.field}`);
}

/** The valid article of the fixtures, for inline variations. */
const sampleArticle = readFileSync(path.join(fixtures, 'valid/content/articles/sample.md'), 'utf8');

/**
 * The valid fixture's files with the article replaced.
 * @param article Text of content/articles/sample.md.
 * @returns All files of the valid case.
 */
function withArticle(article: string): ContentFile[] {
  return contentFiles(path.join(fixtures, 'valid')).map((file) => (file.path === 'content/articles/sample.md' ? { ...file, text: article } : file));
}

/** Output that records what a command prints. */
function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, log: (line) => lines.push(line), error: (line) => errors.push(line), write: () => {}, isTTY: false };
}

describe('checkContent on fixture cases', () => {
  it('finds nothing wrong with the valid case (curly quotes, escapes and a wrapped line in quotes, a claimant in words)', () => {
    expect(checkCase('valid')).toEqual([]);
  });

  const cases: Array<[string, string[]]> = [
    ['no-frontmatter', ['content/articles/sample.md:1: frontmatter']],
    ['unclosed-frontmatter', ['content/articles/sample.md:50: frontmatter']],
    ['yaml-syntax', ['content/articles/sample.md:27: frontmatter']],
    ['schema', ['content/articles/sample.md:2: title', 'content/articles/sample.md:25: figures[0].value', 'content/entities/osh.md:4: type']],
    ['file-name', ['content/articles/sample.md:2: id', 'content/entities/osh.md:2: id']],
    ['unknown-entity', ['content/articles/sample.md:20: entities[2].id', 'content/articles/sample.md:34: figures[1].claimant']],
    ['shared-alias', []],
    ['name-alias-clash', ['content/entities/aibek-tursunov.md:5: aliases[0]', 'content/entities/nurlan-tursunov.md:5: aliases[0]', 'content/entities/tursunov-person.md:3: name']],
    ['duplicate-id', ['content/entities/osh-city.md:2: id', 'content/entities/osh-city.md:2: id', 'content/entities/osh.md:2: id']],
    ['article-duplicates', ['content/articles/sample.md:18: entities[1].aliases[0]', 'content/articles/sample.md:23: entities[2].aliases[0]']],
    ['bad-country', ['content/articles/sample.md:8: countries[1]', 'content/entities/osh.md:6: country']],
    ['bad-date', ['content/articles/sample.md:6: published', 'content/articles/sample.md:29: figures[0].asOf']],
    ['missing-quote', ['content/articles/sample.md:30: figures[0].quote']],
    ['missing-source', ['content/articles/sample.md:7: source']],
    ['unknown-field', ['content/articles/sample.md:34: figures[1].claimnt']],
    ['misplaced', ['content/article/extra.md:1: file']],
  ];
  it.each(cases)('%s: reports exactly the broken fields', (name, expected) => {
    expect(prefixes(checkCase(name))).toEqual(expected);
  });

  it('phrases an unknown claimant id as the contributor needs it', () => {
    expect(checkCase('unknown-entity').map(formatCheckError)).toEqual([
      'content/articles/sample.md:20: entities[2].id: unknown entity "osh", expected a file content/entities/osh.md describing it',
      'content/articles/sample.md:34: figures[1].claimant: unknown entity "bolot-usenov", expected an id from entities or content/entities',
    ]);
  });

  it('names the value found and the form expected', () => {
    const messages = [...checkCase('schema'), ...checkCase('bad-date'), ...checkCase('bad-country'), ...checkCase('no-frontmatter'), ...checkCase('yaml-syntax')].map(
      (error) => `${error.field}: ${error.message}`,
    );
    expect(messages).toEqual([
      'title: missing field, expected a string',
      'figures[0].value: unexpected "two", expected a number',
      'type: unexpected "city", expected one of person, organization, place',
      'published: unexpected "2016-13", expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
      'figures[0].asOf: unexpected "2016-02-30", expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
      'countries[1]: unexpected country code "XX", expected an assigned ISO 3166-1 alpha-2 code such as KG',
      'country: unexpected country code "UK", expected an assigned ISO 3166-1 alpha-2 code such as KG',
      'frontmatter: unexpected "id: sample", expected a "---" line opening the YAML frontmatter',
      'frontmatter: invalid YAML: Nested mappings are not allowed in compact mappings',
    ]);
  });

  it('accepts two persons of the entity files sharing a surname alias: mentions link through each article, not the entity files', () => {
    expect(checkCase('shared-alias').map(formatCheckError)).toEqual([]);
  });

  it('reports a person named by a form that other persons have as an alias, each pointing at the other, but not a place of the same name', () => {
    const messages = checkCase('name-alias-clash').map(formatCheckError);
    expect(messages).toEqual([
      'content/entities/aibek-tursunov.md:5: aliases[0]: unexpected alias "Tursunov" shared with person "tursunov-person" (content/entities/tursunov-person.md:3), expected the name of one person to be no other person\'s name or alias',
      'content/entities/nurlan-tursunov.md:5: aliases[0]: unexpected alias "tursunov" shared with person "tursunov-person" (content/entities/tursunov-person.md:3), expected the name of one person to be no other person\'s name or alias',
      'content/entities/tursunov-person.md:3: name: unexpected name "Tursunov" shared with person "aibek-tursunov" (content/entities/aibek-tursunov.md:5), person "nurlan-tursunov" (content/entities/nurlan-tursunov.md:5), expected the name of one person to be no other person\'s name or alias',
    ]);
    expect(messages.join('\n')).not.toContain('/tursunov.md');
  });

  it('reports two entity files of one type with the same name', () => {
    const files: ContentFile[] = [
      { path: 'content/entities/zarina-olimova.md', text: '---\nid: zarina-olimova\nname: Zarina Olimova\ntype: person\naliases: []\n---\n' },
      { path: 'content/entities/zarina-olimova-2.md', text: '---\nid: zarina-olimova-2\nname: Zarina Olimova\ntype: person\naliases: [Olimova]\n---\n' },
      { path: 'content/entities/dilnoza-olimova.md', text: '---\nid: dilnoza-olimova\nname: Dilnoza Olimova\ntype: person\naliases: [Olimova]\n---\n' },
    ];
    expect(prefixes(checkContent(files))).toEqual(['content/entities/zarina-olimova-2.md:3: name', 'content/entities/zarina-olimova.md:3: name']);
  });

  it('accepts one name for two bodies of different countries, and reports it when a country is missing or the same', () => {
    const committee = (id: string, country: string): ContentFile => ({
      path: `content/entities/${id}.md`,
      text: `---\nid: ${id}\nname: Committee for Public Safety\ntype: organization\naliases: []\n${country ? `country: ${country}\n` : ''}---\n`,
    });
    expect(checkContent([committee('committee-for-public-safety-kg', 'KG'), committee('committee-for-public-safety-tj', 'TJ')])).toEqual([]);
    expect(prefixes(checkContent([committee('committee-for-public-safety-kg', 'KG'), committee('committee-for-public-safety', '')]))).toHaveLength(2);
    expect(prefixes(checkContent([committee('committee-for-public-safety-kg', 'KG'), committee('committee-for-public-safety-2', 'KG')]))).toHaveLength(2);
  });

  it('still reports a form two entities of one article share, whatever their types', () => {
    const article = sampleArticle.replace(/(  - id: osh\n    name: Osh\n    type: place\n    aliases: )\[\]/, '$1[GKNB]');
    expect(article).not.toBe(sampleArticle);
    expect(prefixes(checkContent(withArticle(article))).filter((prefix) => prefix.includes('articles/'))).toHaveLength(2);
  });
});

describe('frontmatter and line numbers', () => {
  it('maps a YAML error to the file line, past the opening ---', () => {
    const article = sampleArticle.replace('    aliases: [GKNB]\n', '    aliases: [GKNB\n');
    const errors = checkContent(withArticle(article));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('frontmatter');
    expect(errors[0]?.line).toBe(19);
    expect(errors[0]?.message).toMatch(/^invalid YAML: /);
  });

  it('reports a repeated key as invalid YAML at its line', () => {
    const errors = checkContent(withArticle(sampleArticle.replace('author: Jane Doe\n', 'author: Jane Doe\noutlet: Another Wire\n')));
    expect(prefixes(errors)).toEqual(['content/articles/sample.md:6: frontmatter']);
    expect(errors[0]?.message).toContain('unique');
  });

  it('reads Windows line endings and a byte order mark with the same line numbers', () => {
    const article = `\uFEFF${sampleArticle.replace('countries: [KG, SY]', 'countries: [KG, XX]').replace(/\n/g, '\r\n')}`;
    expect(prefixes(checkContent(withArticle(article)))).toEqual(['content/articles/sample.md:8: countries[1]']);
  });

  it('reports an empty frontmatter and a frontmatter that is not a mapping on the file as a whole', () => {
    const files: ContentFile[] = [
      { path: 'content/entities/empty.md', text: '---\n---\n' },
      { path: 'content/entities/list.md', text: '---\n- a\n- b\n---\n' },
      { path: 'content/entities/nothing.md', text: '' },
    ];
    expect(checkContent(files).map(formatCheckError)).toEqual([
      'content/entities/empty.md:1: frontmatter: unexpected null, expected a mapping',
      'content/entities/list.md:2: frontmatter: unexpected list, expected a mapping',
      'content/entities/nothing.md:1: frontmatter: unexpected empty file, expected a "---" line opening the YAML frontmatter',
    ]);
  });

  it('puts a missing field of a list item on the item line', () => {
    const errors = checkContent(withArticle(sampleArticle.replace('    what: share of women among recruits\n', '')));
    expect(prefixes(errors)).toEqual(['content/articles/sample.md:37: figures[2].what']);
    expect(errors[0]?.message).toBe('missing field, expected a string');
  });

  it('reports a figure without value or range on the figure', () => {
    const errors = checkContent(withArticle(sampleArticle.replace('  - min: 500\n    max: 600\n', '  - min: 500\n')));
    expect(prefixes(errors)).toEqual(['content/articles/sample.md:31: figures[1]']);
    expect(errors[0]?.message).toBe('unexpected mapping with min, what, claimant, asOf, quote, expected either value, or min and max');
  });
});

describe('quotes', () => {
  it('undoes Markdown escapes and ignores white space, curly quotes and dashes', () => {
    const blocks = bodyBlocks('Officials said \\*about\\* 40 people\nhad left — in 2014 — for “Syria”.\n\n# A heading with 12 words\n');
    expect(quoteOccurs('said *about* 40 people had left - in 2014 - for "Syria"', blocks)).toBe(true);
    expect(quoteOccurs('said \\*about\\* 40 people', blocks)).toBe(true);
    expect(quoteOccurs('said about 40 people', blocks)).toBe(false);
    expect(quoteOccurs('heading with 12 words', blocks)).toBe(false);
  });

  it('does not accept a quote that runs across two paragraphs', () => {
    const blocks = bodyBlocks('The first paragraph ends here.\n\nThe second begins with 5 men.\n');
    expect(quoteOccurs('ends here. The second', blocks)).toBe(false);
    expect(quoteOccurs('begins with 5 men', blocks)).toBe(true);
  });

  it('finds a quote from a seed passage in its body', () => {
    const body = 'More than 330 Kyrgyz citizens have joined the Islamic State (IS) militant group in Syria and Iraq, the deputy prime minister of Kyrgyzstan, Abdyrakhman Mamataliev, said on April 21.\n\nAround 30 of the Kyrgyz nationals who have joined IS are women, Mamataliev said.\n';
    const blocks = bodyBlocks(body);
    expect(quoteOccurs('Around 30 of the Kyrgyz nationals who have joined IS are women', blocks)).toBe(true);
    expect(quoteOccurs('More than 330 Kyrgyz citizens have joined the Islamic State', blocks)).toBe(true);
    expect(quoteOccurs('Around 40 of the Kyrgyz nationals', blocks)).toBe(false);
  });
});

describe('claimants', () => {
  it('takes a hyphenated slug for an id and words for words', () => {
    expect(looksLikeEntityId('rafik-mambetaliev')).toBe(true);
    expect(looksLikeEntityId('islamic-state')).toBe(true);
    expect(looksLikeEntityId('analysts')).toBe(false);
    expect(looksLikeEntityId('Kyrgyz security services')).toBe(false);
    expect(looksLikeEntityId('local media')).toBe(false);
  });

  it('accepts a claimant that names an entity file even when the article does not list it', () => {
    const article = sampleArticle.replace('claimant: aibek-tursunov', 'claimant: interior-ministry');
    const ministry = { path: 'content/entities/interior-ministry.md', text: '---\nid: interior-ministry\nname: Interior Ministry\ntype: organization\n---\n' };
    expect(checkContent([...withArticle(article), ministry])).toEqual([]);
    expect(prefixes(checkContent(withArticle(article)))).toEqual(['content/articles/sample.md:34: figures[1].claimant']);
  });

  it('does not report entities as unknown because their file is broken: the file reports its own error', () => {
    const files = withArticle(sampleArticle).map((file) => (file.path === 'content/entities/osh.md' ? { ...file, text: 'no frontmatter\n' } : file));
    expect(prefixes(checkContent(files))).toEqual(['content/entities/osh.md:1: frontmatter']);
  });
});

describe('checkContent', () => {
  it('sorts errors by path, then line', () => {
    const article = sampleArticle.replace('quote: detained two men', 'quote: detained ten men').replace('countries: [KG, SY]', 'countries: [ZZ, SY]');
    const files = [{ path: 'content/entities/zz.md', text: 'x' }, ...withArticle(article)];
    expect(prefixes(checkContent(files))).toEqual([
      'content/articles/sample.md:8: countries[0]',
      'content/articles/sample.md:30: figures[0].quote',
      'content/entities/zz.md:1: frontmatter',
    ]);
  });

  it('classifies files under another content folder', () => {
    const files = withArticle(sampleArticle).map((file) => ({ ...file, path: `site/${file.path}` }));
    expect(checkContent(files, { contentDir: 'site/content' })).toEqual([]);
    expect(prefixes(checkContent(files))).toHaveLength(4);
  });

  it('checks sources only when told how', () => {
    const article = sampleArticle.replace('source: seeds/sample.txt', 'source: /etc/passwd');
    expect(checkContent(withArticle(article))).toEqual([]);
    expect(checkContent(withArticle(article), { sourceExists: () => true }).map(formatCheckError)).toEqual([
      'content/articles/sample.md:7: source: unexpected absolute path "/etc/passwd", expected a path relative to the project root such as seeds/<id>.txt',
    ]);
  });
});

describe('npm run check', () => {
  let work: string | undefined;
  afterEach(() => {
    if (work) rmSync(work, { recursive: true, force: true });
    work = undefined;
  });

  it('exits 0 with a summary for a valid content folder', () => {
    const out = capture();
    expect(runCheck(['--no-cache'], out, path.join(fixtures, 'valid'))).toBe(0);
    expect(out.errors).toEqual([]);
    expect(out.lines).toEqual(['check: 4 files, 0 errors']);
  });

  it('prints every error, then the summary, and exits 1', () => {
    const out = capture();
    expect(runCheck(['--no-cache'], out, path.join(fixtures, 'unknown-entity'))).toBe(1);
    expect(out.errors).toEqual([
      'content/articles/sample.md:20: entities[2].id: unknown entity "osh", expected a file content/entities/osh.md describing it',
      'content/articles/sample.md:34: figures[1].claimant: unknown entity "bolot-usenov", expected an id from entities or content/entities',
    ]);
    expect(out.lines).toEqual(['check: 2 errors in 1 file']);
  });

  it('resolves sources against the parent of --content, or against --root', () => {
    const cwd = path.resolve('.');
    const out = capture();
    expect(runCheck(['--content', 'tests/fixtures/check/valid/content'], out, cwd)).toBe(0);
    const wrongRoot = capture();
    expect(runCheck(['--content', 'tests/fixtures/check/valid/content', '--root', 'tests'], wrongRoot, cwd)).toBe(1);
    expect(wrongRoot.errors).toEqual([
      'tests/fixtures/check/valid/content/articles/sample.md:7: source: unexpected "seeds/sample.txt": no such file, expected the path of the article\'s seed relative to the project root',
    ]);
  });

  it('exits 2 on usage errors, naming the flag', () => {
    const unknown = capture();
    expect(runCheck(['--contnet', 'x'], unknown, fixtures)).toBe(2);
    expect(unknown.errors[0]).toMatch(/^check: .*--contnet.*Expected: --content VALUE/);
    const missing = capture();
    expect(runCheck(['--content', 'nowhere'], missing, fixtures)).toBe(2);
    expect(missing.errors).toEqual(['check: --content nowhere: no such folder, expected the content folder holding articles/ and entities/']);
    const badRoot = capture();
    expect(runCheck(['--root', 'nowhere'], badRoot, path.join(fixtures, 'valid'))).toBe(2);
  });

  it('reports a file that is not UTF-8 and ignores hidden and non-Markdown files', () => {
    work = mkdtempSync(path.join(tmpdir(), 'dossier-check-'));
    cpSync(path.join(fixtures, 'valid'), work, { recursive: true });
    writeFileSync(path.join(work, 'content/entities/broken.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
    writeFileSync(path.join(work, 'content/articles/notes.txt'), 'not content');
    mkdirSync(path.join(work, 'content/.cache'));
    writeFileSync(path.join(work, 'content/.cache/x.md'), 'no frontmatter');
    const out = capture();
    expect(runCheck([], out, work)).toBe(1);
    expect(out.errors).toEqual(['content/entities/broken.md:1: file: unexpected bytes that are not UTF-8, expected a UTF-8 text file']);
    expect(out.lines).toEqual(['check: 1 error in 1 file']);
  });

  it('words the summary in the singular and plural', () => {
    const error: CheckError = { path: 'a.md', line: 1, field: 'id', message: 'm' };
    expect(summary(1, [])).toBe('check: 1 file, 0 errors');
    expect(summary(12, [])).toBe('check: 12 files, 0 errors');
    expect(summary(12, [error, { ...error, line: 2 }, { ...error, path: 'b.md' }])).toBe('check: 3 errors in 2 files');
  });
});

describe("the repository's content/", () => {
  it('passes the check whenever it holds articles', () => {
    const root = path.resolve('.');
    const files = contentFiles(root);
    const errors = checkContent(files, { contentDir: 'content', sourceExists: (source) => existsSync(path.join(root, source)) });
    const hasArticles = files.some((file) => file.path.startsWith('content/articles/'));
    if (!hasArticles) return;
    expect(errors.map(formatCheckError)).toEqual([]);
  });
});
