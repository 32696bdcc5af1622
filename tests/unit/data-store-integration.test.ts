import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreFromDiskPlugin, dataStoreModuleCode } from '../../src/integrations/data-store.ts';
import { encodeStore } from '../../src/lib/content-store-file.ts';

// Under the project (a `.tmp-` folder, ignored by git), so that the module's `import 'devalue'` resolves as it does in the build.
const scratch = mkdtempSync(path.join(process.cwd(), '.tmp-data-store-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A store shaped like Astro's: collection -> id -> entry, with a string shared by two entries. */
const store = new Map<string, Map<string, unknown>>([
  [
    'articles',
    new Map([
      ['a', { id: 'a', data: { title: 'Court in Osh', countries: ['KG'] }, body: 'A court in Osh heard the case.', rendered: { html: '<p>A court in Osh heard the case.</p>' } }],
      ['b', { id: 'b', data: { title: 'Border post', countries: ['KG', 'TJ'] }, body: 'A court in Osh heard the case.' }],
    ]),
  ],
  ['entities', new Map([['osh', { id: 'osh', data: { name: 'Osh', type: 'place' } }]])],
]);

describe('dataStoreFromDisk', () => {
  it('gives a module whose default export is the store file, unflattened into the Maps Astro would build', async () => {
    const file = path.join(scratch, 'data-store.json');
    writeFileSync(file, stringify(store));
    const module = path.join(scratch, 'store.mjs');
    writeFileSync(module, dataStoreModuleCode(file));
    const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(loaded.default).toBeInstanceOf(Map);
    expect(loaded.default).toEqual(store);
  });

  it('reads the one-line-per-entry store file too (src/lib/content-store-file.ts)', async () => {
    const file = path.join(scratch, 'data-store-lines.json');
    writeFileSync(file, encodeStore(store, new WeakMap()));
    const module = path.join(scratch, 'store-lines.mjs');
    writeFileSync(module, dataStoreModuleCode(file));
    const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(loaded.default).toEqual(store);
  });

  it('takes the store the content sync of the same process kept, in the file’s order, without reading the file', async () => {
    const file = path.join(scratch, 'never-written.json');
    const { SYNCED_STORES_KEY } = await import('../../src/lib/content-store-patch.ts');
    const holder = globalThis as unknown as Record<symbol, Map<string, unknown>>;
    holder[Symbol.for(SYNCED_STORES_KEY)] ??= new Map();
    const reversed = new Map([...store].reverse().map(([name, entries]) => [name, new Map([...entries].reverse())]));
    holder[Symbol.for(SYNCED_STORES_KEY)]!.set(file, reversed);
    const module = path.join(scratch, 'store-synced.mjs');
    writeFileSync(module, dataStoreModuleCode(file));
    const loaded = (await import(pathToFileURL(module).href)) as { default: Map<string, Map<string, unknown>> };
    expect(loaded.default).toEqual(store);
    expect([...loaded.default.keys()]).toEqual(['articles', 'entities']);
    expect([...(loaded.default.get('articles')?.keys() ?? [])]).toEqual(['a', 'b']);
  });

  it('answers only for Astro’s data store module, and only when the store file exists', () => {
    const file = path.join(scratch, 'store-present.json');
    writeFileSync(file, stringify(new Map()));
    const plugin = dataStoreFromDiskPlugin(file);
    const answer = plugin.load.handler('\0astro:data-layer-content');
    expect(answer?.code).toContain(JSON.stringify(file));
    expect(answer?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    expect(plugin.load.handler('\0astro:content')).toBeNull();
    expect(dataStoreFromDiskPlugin(path.join(scratch, 'missing.json')).load.handler('\0astro:data-layer-content')).toBeNull();
    expect(plugin.load.filter.id.test('\0astro:data-layer-content')).toBe(true);
  });
});
