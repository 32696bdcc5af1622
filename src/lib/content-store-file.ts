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

/** Each entry object read or written -> its line's UTF-8 bytes, newline included. */
export type LineCache = WeakMap<object, Uint8Array>;

const HEADER_BYTES = Buffer.from(STORE_HEADER, 'utf8');
const NEWLINE = 0x0a;

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
 * The file's bytes as its lines: the header, then one line per entry. A line
 * already made for an entry object is reused as it is (an unchanged entry
 * costs neither serialisation nor encoding), so that writing the lines in
 * turn writes the file without one 98 MB string being made.
 * @param collections A store.
 * @param lines Lines already made for entry objects (filled with the new ones).
 * @returns The lines' bytes, in file order.
 */
export function storeLines(collections: Collections, lines: LineCache): Uint8Array[] {
  const out: Uint8Array[] = [HEADER_BYTES];
  for (const [name, entries] of sortedCollections(collections)) {
    // An empty collection still has a line, as Astro's file keeps it.
    if (entries.size === 0) out.push(Buffer.from(`${devalue.stringify([name])}\n`, 'utf8'));
    for (const [id, entry] of entries) {
      const cacheable = typeof entry === 'object' && entry !== null;
      let line = cacheable ? lines.get(entry) : undefined;
      if (line === undefined) {
        line = Buffer.from(`${devalue.stringify([name, id, entry])}\n`, 'utf8');
        if (cacheable) lines.set(entry, line);
      }
      out.push(line);
    }
  }
  return out;
}

/**
 * @param collections A store.
 * @param lines Lines already made for entry objects (filled with the new ones).
 * @returns The file's text.
 */
export function encodeStore(collections: Collections, lines: LineCache): string {
  return Buffer.concat(storeLines(collections, lines)).toString('utf8');
}

/**
 * @param file A store file's bytes or text, in either format.
 * @param lines Where to remember each entry's line (this format only).
 * @returns The store.
 */
export function decodeStore(file: string | Uint8Array, lines?: LineCache): Collections {
  return readStore(typeof file === 'string' ? Buffer.from(file, 'utf8') : file, lines).collections;
}

/**
 * @param bytes A store file's bytes, in either format.
 * @param lines Where to remember each entry's line (this format only).
 * @returns The store, and the file's lines in order (none for Astro's own format).
 */
export function readStore(bytes: Uint8Array, lines?: LineCache): { collections: Collections; fileLines: Uint8Array[] } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEADER_BYTES.length || !buffer.subarray(0, HEADER_BYTES.length).equals(HEADER_BYTES)) {
    return { collections: devalue.parse(buffer.toString('utf8')) as Collections, fileLines: [] };
  }
  const collections: Collections = new Map();
  const fileLines: Uint8Array[] = [buffer.subarray(0, HEADER_BYTES.length)];
  let start = HEADER_BYTES.length;
  while (start < buffer.length) {
    let end = buffer.indexOf(NEWLINE, start);
    // A last line without its newline is given one, as it is written back.
    const bytesOfLine = end === -1 ? Buffer.concat([buffer.subarray(start), Buffer.from('\n')]) : buffer.subarray(start, end + 1);
    if (end === -1) end = buffer.length;
    const text = buffer.toString('utf8', start, end);
    start = end + 1;
    if (text === '') continue;
    fileLines.push(bytesOfLine);
    const [name, id, entry] = devalue.parse(text) as [string, string?, unknown?];
    let entries = collections.get(name);
    if (!entries) {
      entries = new Map();
      collections.set(name, entries);
    }
    if (id === undefined) continue;
    entries.set(id, entry);
    if (lines && typeof entry === 'object' && entry !== null) lines.set(entry, bytesOfLine);
  }
  return { collections, fileLines };
}
