/**
 * The content store file written one line per entry, so that a sync after one
 * change serialises one entry instead of the whole store.
 *
 * Astro keeps every entry of the collections (frontmatter, Markdown, rendered
 * HTML) in `<cacheDir>/data-store.json` and writes it whole, as one devalue
 * document of the whole store, whenever any entry changed: at 10,000 articles
 * (98 MB) serialising it cost about 3.5 s of a rebuild's CPU, and comparing
 * it with the file on disk (read back whole first) and writing it about 2 s
 * more, plus the garbage collection after both.
 *
 * This file holds a header line and then one line per entry,
 * `devalue.stringify([collection, id, entry])`, in Astro's order (collections
 * and ids sorted with `localeCompare`, as `sortCollections` does). Each line
 * read is remembered with its entry object; an entry object Astro still holds
 * when the store is written again (the glob loader keeps an unchanged entry
 * and makes a new object for a changed one) reuses its line. Reading it gives
 * the same Maps of the same entries as Astro's own format.
 *
 * {@link decodeStore} reads both formats, so a store left by Astro's own
 * writer (`astro dev`, `astro sync`) is read as before; Astro's own reader
 * cannot read this format and starts from an empty store, which only costs a
 * full sync (src/lib/content-store-patch.ts).
 */
import * as devalue from 'devalue';

/** First line of a store in this format. */
export const STORE_HEADER = 'dossier-content-store 1\n';

/** Collection name -> id -> entry, as Astro keeps the store. */
export type Collections = Map<string, Map<string, unknown>>;

/** Each entry object read or written -> its line (without the newline). */
export type LineCache = WeakMap<object, string>;

/**
 * @param collections A store.
 * @returns The same collections and entries in Astro's file order (sorted with `localeCompare`).
 */
export function sortedCollections(collections: Collections): Collections {
  return new Map(
    [...collections.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, entries]) => [name, new Map([...entries.entries()].sort(([a], [b]) => a.localeCompare(b)))]),
  );
}

/**
 * @param collections A store.
 * @param lines Lines already made for entry objects (filled with the new ones).
 * @returns The file's text.
 */
export function encodeStore(collections: Collections, lines: LineCache): string {
  const out: string[] = [STORE_HEADER];
  for (const [name, entries] of sortedCollections(collections)) {
    // An empty collection still has a line, as Astro's file keeps it.
    if (entries.size === 0) out.push(devalue.stringify([name]), '\n');
    for (const [id, entry] of entries) {
      const cacheable = typeof entry === 'object' && entry !== null;
      let line = cacheable ? lines.get(entry) : undefined;
      if (line === undefined) {
        line = devalue.stringify([name, id, entry]);
        if (cacheable) lines.set(entry, line);
      }
      out.push(line, '\n');
    }
  }
  return out.join('');
}

/**
 * @param text A store file in either format.
 * @param lines Where to remember each entry's line (this format only).
 * @returns The store.
 */
export function decodeStore(text: string, lines?: LineCache): Collections {
  if (!text.startsWith(STORE_HEADER)) return devalue.parse(text) as Collections;
  const collections: Collections = new Map();
  let start = STORE_HEADER.length;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    const [name, id, entry] = devalue.parse(line) as [string, string?, unknown?];
    let entries = collections.get(name);
    if (!entries) {
      entries = new Map();
      collections.set(name, entries);
    }
    if (id === undefined) continue;
    entries.set(id, entry);
    if (lines && typeof entry === 'object' && entry !== null) lines.set(entry, line);
  }
  return collections;
}
