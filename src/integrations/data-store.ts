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
 * Astro's) with a few lines that read the same file when the module is first
 * imported and return the store already unflattened, as a Map, which Astro's
 * runtime takes as is (`ImmutableDataStore.fromModule`). The entries are the
 * same objects Astro would have built, so the pages are byte for byte the same.
 * The module keeps Astro's incremental-build marker (content data: not part of
 * a page's code hash). Only `astro build` is concerned; the dev server keeps
 * Astro's own module (it watches the file). When the store file does not
 * exist (no content, or chunked storage), Astro's own module is used.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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
  return [
    "import { readFileSync } from 'node:fs';",
    "import { unflatten } from 'devalue';",
    `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));`,
    '',
  ].join('\n');
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
