import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsedYamlFiles, readYamlFile, useParsedYamlFiles } from '../../src/pipeline/lib/yaml-files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-yaml-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readYamlFile', () => {
  it('parses a file once, by path or URL, and lists it among the parsed files', () => {
    const file = path.join(dir, 'outlets.yaml');
    writeFileSync(file, 'outlets:\n  - name: Example Weekly\n    aliases: [EW]\n');
    const data = readYamlFile(file);
    expect(data).toEqual({ outlets: [{ name: 'Example Weekly', aliases: ['EW'] }] });
    writeFileSync(file, 'outlets: []\n');
    expect(readYamlFile(pathToFileURL(file))).toBe(data);
    expect(parsedYamlFiles()[file]).toBe(data);
  });

  it('takes data handed in for a file not read yet, and keeps what it already read', () => {
    const unread = path.join(dir, 'measures.yaml');
    writeFileSync(unread, 'kinds: []\n');
    useParsedYamlFiles({ [unread]: { kinds: [{ id: 'returned' }] } });
    expect(readYamlFile(unread)).toEqual({ kinds: [{ id: 'returned' }] });
    const read = path.join(dir, 'read.yaml');
    writeFileSync(read, 'a: 1\n');
    expect(readYamlFile(read)).toEqual({ a: 1 });
    useParsedYamlFiles({ [read]: { a: 2 } });
    expect(readYamlFile(read)).toEqual({ a: 1 });
  });

  it('throws the parse error of a file that is not YAML', () => {
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(broken, 'a: [1, 2\n');
    expect(() => readYamlFile(broken)).toThrow();
  });
});
