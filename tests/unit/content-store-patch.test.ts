import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_HEADER, decodeStore, encodeStore, type Collections } from '../../src/lib/content-store-file.ts';
import { installContentStoreFormat, syncedStore } from '../../src/lib/content-store-patch.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'content-store-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A store shaped like Astro's, out of order, with a Date, an empty collection, a meta collection of strings and text needing escapes. */
function sampleStore(): Collections {
  return new Map<string, Map<string, unknown>>([
    [
      'entities',
      new Map<string, unknown>([
        ['osh', { id: 'osh', data: { name: 'Osh', type: 'place' }, digest: 'b2' }],
        ['almaty', { id: 'almaty', data: { name: 'Almaty', type: 'place', seen: new Date('2024-05-01T00:00:00Z') } }],
      ]),
    ],
    [
      'articles',
      new Map<string, unknown>([
        ['b', { id: 'b', data: { title: 'Line\nbreak "quoted" \u2028 Ünïcödé', countries: ['KG', 'TJ'] }, body: 'A\n\nB', rendered: { html: '<p>A</p>\n<p>B</p>', metadata: { headings: [] } } }],
        ['a', { id: 'a', data: { title: 'Court in Osh', missing: undefined }, body: 'A court.' }],
      ]),
    ],
    ['empty', new Map()],
    ['meta:articles', new Map<string, unknown>([['config-digest', 'abc123']])],
  ]);
}

describe('the content store file, one line per entry', () => {
  it('reads back the same collections and entries, in Astro’s order', () => {
    const store = sampleStore();
    const text = encodeStore(store, new WeakMap());
    expect(text.startsWith(STORE_HEADER)).toBe(true);
    const read = decodeStore(text);
    expect(read).toEqual(store);
    expect([...read.keys()]).toEqual(['articles', 'empty', 'entities', 'meta:articles']);
    expect([...(read.get('articles')?.keys() ?? [])]).toEqual(['a', 'b']);
    expect(read.get('entities')?.get('almaty')).toEqual({ id: 'almaty', data: { name: 'Almaty', type: 'place', seen: new Date('2024-05-01T00:00:00Z') } });
  });

  it('reads Astro’s own format (one devalue document) as Astro does', () => {
    const store = sampleStore();
    expect(decodeStore(stringify(store))).toEqual(store);
  });

  it('reuses the line of an entry object it has read, and serialises a new object afresh', () => {
    const lines = new WeakMap<object, Uint8Array>();
    const store = decodeStore(encodeStore(sampleStore(), new WeakMap()), lines);
    const kept = store.get('articles')?.get('a') as object;
    // A line known for an object is what is written for it, so a kept entry is never serialised again.
    lines.set(kept, Buffer.from(Buffer.from(lines.get(kept) ?? []).toString('utf8').replace('Court in Osh', 'Court in Bishkek'), 'utf8'));
    store.get('articles')?.set('b', { id: 'b', data: { title: 'Changed' } });
    const again = decodeStore(encodeStore(store, lines));
    expect((again.get('articles')?.get('a') as { data: { title: string } }).data.title).toBe('Court in Bishkek');
    expect(again.get('articles')?.get('b')).toEqual({ id: 'b', data: { title: 'Changed' } });
  });
});

describe('installContentStoreFormat (relies on Astro 7.3 internals: astro/dist/content/)', () => {
  it('finds Astro’s store classes, and the store they write is read back the same, and handed over in memory', async () => {
    const astroEntry = import.meta.resolve('astro');
    expect(await installContentStoreFormat(astroEntry)).toBe(true);
    const { MutableDataStore } = (await import(new URL('./content/mutable-data-store.js', astroEntry).href)) as {
      MutableDataStore: { fromFile(file: URL): Promise<{ set(collection: string, key: string, value: unknown): void; writeToDisk(): Promise<void>; _collections: Collections }> };
    };
    const file = path.join(scratch, 'data-store.json');
    // A store left by Astro's own writer is read.
    writeFileSync(file, stringify(sampleStore()));
    const store = await MutableDataStore.fromFile(pathToFileURL(file));
    expect(store._collections).toEqual(sampleStore());
    expect(syncedStore(file)).toEqual(sampleStore());
    store.set('articles', 'c', { id: 'c', data: { title: 'New' } });
    await store.writeToDisk();
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith(STORE_HEADER)).toBe(true);
    const expected = sampleStore();
    expected.get('articles')?.set('c', { id: 'c', data: { title: 'New' } });
    expect(decodeStore(written)).toEqual(expected);
    // The store handed to the pages is what the file holds, in the file's order.
    expect([...(syncedStore(file)?.get('articles')?.keys() ?? [])]).toEqual(['a', 'b', 'c']);
    const reread = await MutableDataStore.fromFile(pathToFileURL(file));
    expect(reread._collections).toEqual(expected);
  });

  it('writes back the bytes of the lines it read for unchanged entries, and nothing at all when no entry changed', async () => {
    const astroEntry = import.meta.resolve('astro');
    expect(await installContentStoreFormat(astroEntry)).toBe(true);
    const { MutableDataStore } = (await import(new URL('./content/mutable-data-store.js', astroEntry).href)) as {
      MutableDataStore: { fromFile(file: URL): Promise<{ set(collection: string, key: string, value: unknown): void; writeToDisk(): Promise<void>; _collections: Collections }> };
    };
    const file = path.join(scratch, 'lines-store.json');
    // Valid lines that the writer would not have made (spaces JSON allows, an Ünïcödé line without its final newline): kept as they are.
    const spaced = (line: string): string => (line.includes('"osh"') ? `[ ${line.slice(1)}` : line);
    const text = encodeStore(sampleStore(), new WeakMap()).split('\n').map(spaced).join('\n').replace(/\n$/, '');
    const oshLine = text.split('\n').find((line) => line.startsWith('[ '));
    expect(oshLine).toBeDefined();
    writeFileSync(file, text);
    const store = await MutableDataStore.fromFile(pathToFileURL(file));
    expect(store._collections).toEqual(sampleStore());
    store.set('articles', 'c', { id: 'c', data: { title: 'New — Ünïcödé' } });
    await store.writeToDisk();
    const written = readFileSync(file, 'utf8');
    expect(written.split('\n')).toContain(oshLine);
    expect(written.endsWith('\n')).toBe(true);
    const expected = sampleStore();
    expected.get('articles')?.set('c', { id: 'c', data: { title: 'New — Ünïcödé' } });
    expect(decodeStore(written)).toEqual(expected);
    expect(decodeStore(readFileSync(file))).toEqual(expected);
    // The same entries again: the file is not written.
    const before = statSync(file);
    store.set('articles', 'c', { id: 'c', data: { title: 'New — Ünïcödé' } });
    await store.writeToDisk();
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).ino).toBe(before.ino);
  });
});
