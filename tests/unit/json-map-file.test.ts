import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonMap, writeJsonMap } from '../../src/lib/json-map-file.ts';

describe('readJsonMap / writeJsonMap', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-json-map-'));

  it('writes a map (making its folder) and reads it back', () => {
    const file = path.join(dir, 'nested', 'cache.json');
    writeJsonMap(file, new Map([['a', { size: 1 }], ['b', { size: 2 }]]));
    expect(readJsonMap<{ size: number }>(file)).toEqual(new Map([['a', { size: 1 }], ['b', { size: 2 }]]));
    expect(existsSync(`${file}.tmp`)).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([['a', { size: 1 }], ['b', { size: 2 }]]);
  });

  it('reads a missing, damaged or wrongly shaped file as empty', () => {
    expect(readJsonMap(path.join(dir, 'missing.json')).size).toBe(0);
    writeFileSync(path.join(dir, 'damaged.json'), '[["a", 1');
    expect(readJsonMap(path.join(dir, 'damaged.json')).size).toBe(0);
    writeFileSync(path.join(dir, 'object.json'), '{"a": 1}');
    expect(readJsonMap(path.join(dir, 'object.json')).size).toBe(0);
  });

  it('leaves no file when it cannot write', () => {
    const blocker = path.join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const file = path.join(blocker, 'cache.json');
    writeJsonMap(file, new Map([['a', 1]]));
    expect(existsSync(file)).toBe(false);
  });
});
