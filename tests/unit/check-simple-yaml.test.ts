/**
 * The fast frontmatter reader (src/check/simple-yaml.ts) against the `yaml`
 * package: whenever it accepts a text, the data and the line of every field
 * must be those of the full parse; what it cannot read it must refuse.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Document, LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAY_NOT_BE_STRING, parseSimpleYaml } from '../../src/check/simple-yaml.ts';
import { readContentFile } from '../../src/check/frontmatter.ts';
import type { FieldPath } from '../../src/check/types.ts';

/** Every field path of some data, plus a few that leave it. */
function fieldPaths(data: unknown, at: FieldPath = []): FieldPath[] {
  const paths: FieldPath[] = [at, [...at, 'missing'], [...at, 99]];
  if (Array.isArray(data)) data.forEach((item: unknown, index) => paths.push(...fieldPaths(item, [...at, index])));
  else if (typeof data === 'object' && data !== null) for (const [key, value] of Object.entries(data)) paths.push(...fieldPaths(value, [...at, key]));
  return paths;
}

/** The line of a field by the full parse's node positions (as src/check/frontmatter.ts finds it). */
function fullParseLine(document: Document, lineCounter: LineCounter, field: FieldPath): number {
  const lineAt = (node: unknown): number | undefined => {
    const range = (node as { range?: unknown } | null | undefined)?.range;
    return Array.isArray(range) && typeof range[0] === 'number' ? lineCounter.linePos(range[0]).line : undefined;
  };
  let node: unknown = document.contents;
  let line = lineAt(node) ?? 1;
  for (const part of field) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      line = lineAt(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item: unknown = node.items[part];
      if (item === undefined) break;
      line = lineAt(item) ?? line;
      node = item;
    } else break;
  }
  return line;
}

/**
 * Compare both readers on a text.
 * @returns Whether the fast reader accepted it (when it did, everything matched).
 */
function agrees(yaml: string): boolean {
  const simple = parseSimpleYaml(yaml);
  if (simple === undefined) return false;
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
  expect(document.errors.map((error) => error.message), yaml).toEqual([]);
  const data: unknown = document.toJS();
  expect(simple.data, yaml).toStrictEqual(data);
  expect(JSON.stringify(Object.keys(simple.data))).toBe(JSON.stringify(Object.keys(data as object)));
  for (const field of fieldPaths(data)) expect(simple.lineOf(field), `${yaml}\n${JSON.stringify(field)}`).toBe(fullParseLine(document, lineCounter, field));
  return true;
}

const annotatorStyle = [
  'id: a-b_1',
  'title: Fighters return to Osh, officials say',
  'outlet: 24.kg',
  'author: null',
  'published: 2020-04-08',
  'countries: [KG, SY, IQ]',
  'entities:',
  '  - id: state-committee',
  '    name: State Committee for National Security',
  '    type: organization',
  '    aliases: []',
  '    country: KG',
  '  - id: osh',
  '    name: Osh',
  '    type: place',
  '    aliases: [Osh city, Ош]',
  'figures:',
  '  - value: 286',
  '    what: country’s nationals fighting [sic] in Syria',
  '    claimant: state-committee',
  '    asOf: "2019"',
  '    quote: "He said: \\"286 people\\" had left."',
  "    prefix: 'it''s'",
  '    approx: as many as',
  'annotator:',
  '  hash: 1111da3e2ef1c2ab',
  '',
].join('\n');

describe('parseSimpleYaml', () => {
  it('reads what the annotator writes exactly as the yaml package does', () => {
    expect(agrees(annotatorStyle)).toBe(true);
    const simple = parseSimpleYaml(annotatorStyle);
    expect(simple?.lineOf(['figures', 0, 'quote'])).toBe(22);
    expect(simple?.lineOf(['entities', 1, 'aliases', 1])).toBe(16);
    expect(simple?.lineOf(['entities', 7, 'id'])).toBe(7);
  });

  it('resolves plain scalars with the core schema: numbers, null, booleans, dates as strings', () => {
    const yaml = 'a: 12\nb: -3.5\nc: ~\nd: true\ne: 0x1F\nf: 0o17\ng: .inf\nh: 1e3\ni: 2020-04-08\nj: "12"\nk: 007\nl: [1, x, null]\nm:\nn: .nan\n';
    expect(agrees(yaml)).toBe(true);
  });

  it('tests the tags only for scalars whose first character a non-string tag can start with', () => {
    const tests = new Document().schema.tags.flatMap((tag) => ('test' in tag && tag.test instanceof RegExp ? [tag.test] : []));
    expect(tests.length).toBeGreaterThan(5);
    const suffixes = ['', '1', '0', 'rue', 'RUE', 'alse', 'ull', 'ULL', 'inf', 'nan', 'NaN', '5', 'e3', 'o7', 'x1F', '.5', '1e3'];
    const starts = [...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)), ' ', 'é', '“', '~'];
    for (const start of starts) {
      for (const suffix of suffixes) {
        const text = start + suffix;
        if (!MAY_NOT_BE_STRING.test(text)) expect(tests.some((test) => test.test(text)), text).toBe(false);
      }
    }
  });

  it('refuses what it does not read, so that the full parser reads it', () => {
    const refused = [
      'a: 1\na: 2\n', // a key twice: a YAML error
      'a: b # comment\n',
      '# comment\na: 1\n',
      'a: |\n  block\n',
      'a: first line\n  continued\n',
      'a: &x 1\nb: *x\n',
      'a: !tag 1\n',
      'a: {b: 1}\n',
      'a: "unclosed\n',
      'a:\n- item at the key\'s column\n',
      'a: b: c\n',
      'a:\tb\n',
      '- a\n- b\n',
      '',
      '  a: 1\n',
      'a: "\\x41"\n',
      '__proto__: 1\n',
      'true: 1\n',
      'a: [b, "c"]\n',
      'a:\n  - b\n   c: 1\n',
    ];
    for (const yaml of refused) expect(parseSimpleYaml(yaml), yaml).toBeUndefined();
  });

  it('agrees with the yaml package on every text it accepts among many mutations', () => {
    const lines = annotatorStyle.split('\n');
    const insertions = ['', ' ', '  ', ': ', ':', '#', ' #', '-', '- ', '"', "'", '[', ']', ',', '\\', '\u00a0', '{', '*', '&', '!', '|', '>', '%', '@', '`', '?', '\\n', '\\"', "''", '1', '.', 'x'];
    let accepted = 0;
    let tried = 0;
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const line = lines[lineIndex] as string;
      for (const column of new Set([0, 2, line.indexOf(':'), line.indexOf(':') + 1, line.indexOf(':') + 2, line.length - 1, line.length])) {
        if (column < 0 || column > line.length) continue;
        for (const insertion of insertions) {
          const mutated = [...lines];
          mutated[lineIndex] = line.slice(0, column) + insertion + line.slice(column);
          tried++;
          if (agrees(mutated.join('\n'))) accepted++;
        }
        const removed = [...lines];
        removed[lineIndex] = line.slice(0, column) + line.slice(column + 1);
        tried++;
        if (agrees(removed.join('\n'))) accepted++;
      }
      const dropped = lines.filter((_, index) => index !== lineIndex);
      tried++;
      if (agrees(dropped.join('\n'))) accepted++;
      const blankBefore = [...lines.slice(0, lineIndex), '', ...lines.slice(lineIndex)];
      tried++;
      if (agrees(blankBefore.join('\n'))) accepted++;
    }
    // Both kinds must be plentiful, or the test proves little.
    expect(accepted).toBeGreaterThan(tried / 4);
    expect(tried - accepted).toBeGreaterThan(tried / 10);
  });

  it('agrees with the yaml package on the content and the check fixtures', () => {
    const roots = ['content', 'tests/fixtures/check'];
    const files = roots.flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join(root, name)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text.replace(/\r\n/g, '\n'));
      if (match) agrees(match[1] as string);
    }
  });
});

describe('readContentFile with the fast reader', () => {
  it('reports the lines the full parse reports in a file it reads fast', () => {
    const text = `---\n${annotatorStyle}---\n\nBody.\n`;
    const fast = readContentFile({ path: 'content/articles/a-b_1.md', text }, 'content');
    expect(fast.file).toBeDefined();
    // The same text with a comment line at the end of the frontmatter goes to the full parser.
    const slow = readContentFile({ path: 'content/articles/a-b_1.md', text: `---\n${annotatorStyle}# end\n---\n\nBody.\n` }, 'content');
    expect(slow.file).toBeDefined();
    expect(slow.file?.data).toStrictEqual(fast.file?.data);
    for (const field of fieldPaths(fast.file?.data)) expect(fast.file?.lineOf(field), JSON.stringify(field)).toBe(slow.file?.lineOf(field));
  });
});
