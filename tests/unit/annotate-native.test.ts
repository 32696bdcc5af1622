/**
 * The annotate command runs on Node itself, without tsx: every module it loads
 * uses only TypeScript syntax that Node's type stripping erases (no parameter
 * properties, enums or namespaces), so `node scripts/annotate.ts` works and
 * skips tsx's start-up and per-module hooks. The output is the same, byte for
 * byte, as the committed content/ (which tsx runs wrote).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * Every Markdown file under a folder with its text.
 * @param dir Folder.
 * @returns Map of relative path to text.
 */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-annotate-native-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('node scripts/annotate.ts (no tsx)', () => {
  it('annotates the seeds on Node alone, exactly as content/ holds them', () => {
    const content = path.join(work, 'content');
    const result = spawnSync(
      process.execPath,
      ['scripts/annotate.ts', '--quiet', '--no-cache', '--jobs', '2', '--content', content, '--cache', path.join(work, 'cache')],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    expect(result.stderr).not.toMatch(/ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX|SyntaxError/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^annotate: \d+ created/m);
    expect(snapshot(content)).toEqual(snapshot(path.resolve('content')));
  }, 120_000);
});
