import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCachedFiles, searchCacheKey, writeCachedFiles } from '../../src/search/index-cache.ts';
import type { SearchRecord } from '../../src/search/types.ts';

const root = process.cwd();
const records: SearchRecord[] = [
  { kind: 'article', url: 'articles/a.html', title: 'Recruiters detained in Osh', body: 'Security officers in Osh detained two recruiters on Monday.' },
  { kind: 'entity', url: 'entities/osh.html', title: 'Osh', aliases: ['Oš'] },
];
const scratch = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('searchCacheKey', () => {
  it('is the same for the same records and changes when one record’s text changes', () => {
    const key = searchCacheKey(records, root);
    expect(searchCacheKey(records.map((record) => ({ ...record })), root)).toBe(key);
    const edited = [{ ...records[0]!, body: 'Security officers in Osh detained three recruiters on Monday.' }, records[1]!];
    expect(searchCacheKey(edited, root)).not.toBe(key);
  });
});

describe('readCachedFiles / writeCachedFiles', () => {
  it('reads back what was written, keeps only the latest entry, and reads nothing from a missing file', () => {
    const dir = path.join(scratch, 'dossier-search');
    const first = path.join(dir, 'aaa.json');
    writeCachedFiles(dir, first, new Map([['meta.js', 'one'], ['t-0.js', 'two']]));
    expect(readCachedFiles(first)).toEqual(new Map([['meta.js', 'one'], ['t-0.js', 'two']]));
    const second = path.join(dir, 'bbb.json');
    writeCachedFiles(dir, second, new Map([['meta.js', 'three']]));
    expect(readdirSync(dir)).toEqual(['bbb.json']);
    expect(readCachedFiles(first)).toBeUndefined();
    expect(readCachedFiles(second)?.get('meta.js')).toBe('three');
  });
});
