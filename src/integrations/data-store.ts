/**
 * Astro integration: at build time, the content store is read from disk when
 * the pages are generated instead of being bundled into the server code.
 *
 * Astro's content layer keeps every entry (frontmatter, Markdown body,
 * rendered HTML) in one file, `<cacheDir>/data-store.json` (120 MB at 10,000
 * articles). Its virtual module `astro:data-layer-content` normally inlines
 * that whole file as a string literal (`export default JSON.parse("...")`),
 * so that:
 *
 *   - Vite (Rolldown) parses and bundles a 120 MB module in every build, which
 *     took 10 to 15 s and about 1.5 GB of memory at 10,000 articles;
 *   - when the pages are generated, loading the module keeps its source text,
 *     the literal and the flattened form of the store alive beside the store
 *     itself for the whole build.
 *
 * This plugin answers for that module first (its `load` hook runs before
 * Astro's) with a few lines that return the store already unflattened, as a
 * Map, which Astro's runtime takes as is (`ImmutableDataStore.fromModule`):
 * the store the content sync of the same process left in memory when
 * `npm run build` runs it (src/lib/content-store-patch.ts), else the file,
 * read when the module is first imported, in Astro's format or ours
 * (src/lib/content-store-file.ts). The entries are equal to those Astro
 * would have built, in the same order, so the pages are byte for byte the same.
 * The module keeps Astro's incremental-build marker (content data: not part of
 * a page's code hash). Only `astro build` is concerned; the dev server keeps
 * Astro's own module (it watches the file). When the store file does not
 * exist (no content, or chunked storage), Astro's own module is used.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { STORE_HEADER } from '../lib/content-store-file.ts';
import { SYNCED_STORES_KEY } from '../lib/content-store-patch.ts';

/** The resolved id of Astro's data store module. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** Astro's marker of modules that hold content data (see astro/dist/core/build/incremental-metadata.js). */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/**
 * The code of the replacement module.
 * @param file Absolute path of data-store.json.
 * @returns ES module source: the store as a Map, read and unflattened at import.
 */
export function dataStoreModuleCode(file: string): string {
  // Self-contained, importing no more than Astro's own module did, so that the
  // bundle's module graph stays as it was. It reads what src/lib/content-store-file.ts
  // writes, and takes the store src/lib/content-store-patch.ts keeps
  // (tests/unit/data-store-integration.test.ts).
  return `import { readFileSync } from 'node:fs';
import { parse } from 'devalue';
const file = ${JSON.stringify(file)};
const header = ${JSON.stringify(STORE_HEADER)};
const byName = ([a], [b]) => a.localeCompare(b);
const sorted = (collections) => new Map([...collections].sort(byName).map(([name, entries]) => [name, new Map([...entries].sort(byName))]));
function decode(text) {
  if (!text.startsWith(header)) return parse(text);
  const collections = new Map();
  for (const line of text.slice(header.length).split('\\n')) {
    if (line === '') continue;
    const [name, id, entry] = parse(line);
    if (!collections.has(name)) collections.set(name, new Map());
    if (id !== undefined) collections.get(name).set(id, entry);
  }
  return collections;
}
const synced = globalThis[Symbol.for(${JSON.stringify(SYNCED_STORES_KEY)})]?.get(file);
export default synced ? sorted(synced) : decode(readFileSync(file, 'utf8'));
`;
}

/** The part of a Vite plugin this integration adds. */
interface DataStorePlugin {
  name: string;
  enforce: 'pre';
  load: {
    order: 'pre';
    filter: { id: RegExp };
    handler(id: string): { code: string; map: { mappings: '' }; meta: typeof CONTENT_DATA_META } | null;
  };
}

/**
 * The Vite plugin.
 * @param file Absolute path of data-store.json.
 * @returns A plugin whose `load` answers for Astro's data store module when the file exists.
 */
export function dataStoreFromDiskPlugin(file: string): DataStorePlugin {
  return {
    name: 'dossier:data-store-from-disk',
    enforce: 'pre',
    load: {
      order: 'pre',
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id) {
        if (id !== DATA_STORE_MODULE || !existsSync(file)) return null;
        return { code: dataStoreModuleCode(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}

/**
 * @returns The integration (add it to `integrations` in astro.config.mjs).
 */
export default function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'dossier:data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [dataStoreFromDiskPlugin(file)] } });
      },
    },
  };
}
