import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAnnotate } from '../../src/cli/annotate.ts';
import { capture } from './support/output.ts';

/**
 * Every file under a folder with its text.
 * @param dir Folder.
 * @returns Map of relative path to text.
 */
function snapshot(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md') || name.endsWith('.tmp'))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-annotate-'));
  cpSync(path.resolve('seeds'), path.join(work, 'seeds'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run annotate', () => {
  it('writes one article per seed and one file per entity, and a re-run changes no byte', () => {
    const out = capture();
    expect(runAnnotate([], out, work)).toBe(0);
    const first = snapshot(path.join(work, 'content'));
    const articles = [...first.keys()].filter((name) => name.startsWith('articles/'));
    expect(articles).toHaveLength(readdirSync(path.join(work, 'seeds')).length);
    expect([...first.keys()].some((name) => name.startsWith('entities/'))).toBe(true);
    expect(out.lines.at(-1)).toMatch(/^annotate: \d+ created, 0 updated/);

    expect(runAnnotate([], capture(), work)).toBe(0);
    expect(snapshot(path.join(work, 'content'))).toEqual(first);
    expect(runAnnotate(['--check'], capture(), work)).toBe(0);
  });

  it('keeps hand edits to frontmatter and body through a re-run', () => {
    runAnnotate([], capture(), work);
    const file = path.join(work, 'content/articles', readdirSync(path.join(work, 'content/articles'))[0] ?? '');
    const edited = readFileSync(file, 'utf8')
      .replace(/^title: .*$/m, 'title: A title corrected by hand')
      .replace(/\n\n([^\n]+)\n/, '\n\nA paragraph rewritten by a contributor.\n');
    writeFileSync(file, edited);
    const out = capture();
    expect(runAnnotate([], out, work)).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(out.lines.join('\n')).toMatch(/kept .*edited by hand/);
  });

  it('--check names the stale files and exits 1', () => {
    runAnnotate([], capture(), work);
    const seed = readdirSync(path.join(work, 'seeds'))[0] ?? '';
    writeFileSync(path.join(work, 'seeds', 'new-article.txt'), readFileSync(path.join(work, 'seeds', seed), 'utf8'));
    rmSync(path.join(work, 'content/articles', seed.replace(/\.txt$/, '.md')));
    const out = capture();
    expect(runAnnotate(['--check'], out, work)).toBe(1);
    expect(out.errors.join('\n')).toContain('content/articles/new-article.md: missing');
    expect(out.errors.join('\n')).toContain(`content/articles/${seed.replace(/\.txt$/, '.md')}: missing`);
  });

  it('reports bad seeds by name, annotates the others, and half-writes nothing', () => {
    writeFileSync(path.join(work, 'seeds', 'empty.txt'), '');
    writeFileSync(path.join(work, 'seeds', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
    writeFileSync(path.join(work, 'seeds', 'latin1.txt'), Buffer.from('Caf\xe9 au lait in Almaty\n\nA long enough paragraph.', 'latin1'));
    const out = capture();
    expect(runAnnotate([], out, work)).toBe(1);
    const errors = out.errors.join('\n');
    expect(errors).toMatch(/seeds\/empty\.txt: .*empty/);
    expect(errors).toMatch(/seeds\/binary\.txt: /);
    expect(errors).toMatch(/seeds\/latin1\.txt: .*UTF-8/);
    const written = snapshot(path.join(work, 'content'));
    expect([...written.keys()].filter((name) => name.startsWith('articles/'))).toHaveLength(4);
    expect([...written.keys()].filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the article of a seed that stopped annotating, and the entity files it names', () => {
    expect(runAnnotate([], capture(), work)).toBe(0);
    const before = snapshot(path.join(work, 'content'));
    const broken = readdirSync(path.join(work, 'seeds')).sort()[1] ?? '';
    writeFileSync(path.join(work, 'seeds', broken), '');
    const out = capture();
    expect(runAnnotate([], out, work)).toBe(1);
    expect(out.errors.join('\n')).toContain(`seeds/${broken}`);
    expect(out.lines.at(-1)).toMatch(/ 0 removed, 1 failed/);
    const after = snapshot(path.join(work, 'content'));
    expect([...after.keys()]).toEqual([...before.keys()]);
    const article = `articles/${broken.replace(/\.txt$/, '.md')}`;
    expect(after.get(article)).toBe(before.get(article));
  });

  it('rejects an unknown flag with the list of valid ones', () => {
    const out = capture();
    expect(runAnnotate(['--seed', 'x'], out, work)).toBe(2);
    expect(out.errors[0]).toMatch(/--seed.*Expected: --seeds VALUE/);
  });
});

describe('the V8 flags of npm run annotate', () => {
  it('are the ones the benchmark passes (ANNOTATE_NODE_FLAGS), so the bench measures the command users run', async () => {
    const { ANNOTATE_NODE_FLAGS } = await import('../../src/cli/annotate-flags.ts');
    const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.annotate).toBe(`node ${ANNOTATE_NODE_FLAGS.join(' ')} scripts/annotate.ts`);
  });
});
