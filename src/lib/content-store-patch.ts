/**
 * Teach Astro's content store, for `npm run build` only, to write and read
 * the one-line-per-entry file of src/lib/content-store-file.ts, and hand the
 * store it synced to the pages of the same process instead of having them
 * read the file back.
 *
 * It replaces three things of Astro 7.3 (astro/dist/content/):
 *   - `FileWriter.prototype.write(collections)`: writes the store's lines in
 *     turn, reusing the bytes of unchanged entries' lines (those read from the
 *     file, or written before), and compares them with the lines it last read
 *     or wrote in this process instead of reading the file back;
 *   - `MutableDataStore.fromString(text)`: reads either format (from the
 *     file's bytes when `fromFile` is reading, so that each line's bytes are
 *     kept for the next write);
 *   - `MutableDataStore.fromFile(url)`: as before, and records the store it
 *     made, so that the data store module of the pages
 *     (src/integrations/data-store.ts) can take it from {@link syncedStore}.
 * When any of them is missing or has another shape, nothing is replaced and
 * Astro reads and writes its own format as before (same pages, slower):
 * `tests/unit/content-store-patch.test.ts` notices.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, writevSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readStore, sortedCollections, storeLines, type Collections, type LineCache } from './content-store-file.ts';

/** The global symbol's key under which the synced stores are kept for the pages, by absolute file path (a global: the pages are bundled modules of the same process). */
export const SYNCED_STORES_KEY = 'dossier.content-store.synced';
const SYNCED = Symbol.for(SYNCED_STORES_KEY);

/** The parts of Astro's classes replaced here. */
interface FileWriterClass {
  prototype: { write(collections: Collections): Promise<boolean>; target?: unknown };
}
interface MutableDataStoreClass {
  fromString(text: string): Promise<{ _collections: Collections }>;
  fromFile(file: URL | string): Promise<{ _collections: Collections }>;
  fromMap(map: Collections): Promise<{ _collections: Collections }>;
}

/** Whether the patch is in place (once per process). */
let installed: boolean | undefined;

/**
 * @returns The stores synced in this process, by absolute file path.
 */
function syncedStores(): Map<string, Collections> {
  const holder = globalThis as unknown as Record<symbol, Map<string, Collections> | undefined>;
  holder[SYNCED] ??= new Map();
  return holder[SYNCED];
}

/**
 * The store Astro's content sync left in this process for a store file, in
 * the order of the file (what reading the file would give), or undefined
 * when this process synced none (then read the file).
 * @param file Absolute path of data-store.json.
 * @returns The collections.
 */
export function syncedStore(file: string): Collections | undefined {
  const holder = globalThis as unknown as Record<symbol, Map<string, Collections> | undefined>;
  const store = holder[SYNCED]?.get(file);
  return store === undefined ? undefined : sortedCollections(store);
}

/**
 * @param file A path or file URL.
 * @returns The absolute path.
 */
function pathOf(file: URL | string): string {
  return file instanceof URL ? fileURLToPath(file) : String(file);
}

/**
 * Replace Astro's store writer and reader (see the module comment).
 * @param astroEntry URL of Astro's main module (`import.meta.resolve('astro')`).
 * @returns Whether they were replaced (false: Astro's own are kept).
 */
export async function installContentStoreFormat(astroEntry: string): Promise<boolean> {
  if (installed !== undefined) return installed;
  installed = false;
  let writerModule: { FileWriter?: unknown };
  let storeModule: { MutableDataStore?: unknown };
  try {
    writerModule = (await import(new URL('./content/data-store-writer.js', astroEntry).href)) as typeof writerModule;
    storeModule = (await import(new URL('./content/mutable-data-store.js', astroEntry).href)) as typeof storeModule;
  } catch {
    return false;
  }
  const FileWriter = writerModule.FileWriter as FileWriterClass | undefined;
  const Store = storeModule.MutableDataStore as MutableDataStoreClass | undefined;
  if (
    typeof FileWriter?.prototype?.write !== 'function' ||
    typeof Store?.fromString !== 'function' ||
    typeof Store.fromFile !== 'function' ||
    typeof Store.fromMap !== 'function' ||
    !Object.getOwnPropertyDescriptor(FileWriter.prototype, 'target')?.get
  ) {
    return false;
  }
  const lines: LineCache = new WeakMap();
  /** The lines last read or written, by file path. */
  const fileLines = new Map<string, Uint8Array[]>();
  /** The bytes of the file fromFile is reading (Astro reads it as text; its lines' bytes are what is written back). */
  let reading: Uint8Array | undefined;
  let lastRead: Uint8Array[] | undefined;
  const originalFromFile = Store.fromFile.bind(Store);

  Store.fromString = async (text: string) => {
    const { collections, fileLines: read } = readStore(reading ?? Buffer.from(text, 'utf8'), lines);
    const store = await Store.fromMap(collections);
    lastRead = read;
    return store;
  };
  Store.fromFile = async (file: URL | string) => {
    const filePath = pathOf(file);
    lastRead = undefined;
    reading = existsSync(filePath) ? readFileSync(filePath) : undefined;
    let store: { _collections: Collections };
    try {
      store = await originalFromFile(file);
    } finally {
      reading = undefined;
    }
    if (lastRead !== undefined) fileLines.set(filePath, lastRead);
    lastRead = undefined;
    syncedStores().set(filePath, store._collections);
    return store;
  };
  FileWriter.prototype.write = async function write(this: { target: URL | string }, collections: Collections): Promise<boolean> {
    const file = pathOf(this.target);
    const next = storeLines(collections, lines);
    if (sameLines(fileLines.get(file), next)) return false;
    writeLines(`${file}.tmp`, next);
    renameSync(`${file}.tmp`, file);
    fileLines.set(file, next);
    return true;
  };
  installed = true;
  return true;
}

/**
 * @param previous The lines last read or written, if any.
 * @param next The lines to write.
 * @returns Whether they are the same bytes (an unchanged entry's line is the same object, compared without reading it).
 */
function sameLines(previous: readonly Uint8Array[] | undefined, next: readonly Uint8Array[]): boolean {
  if (previous === undefined || previous.length !== next.length) return false;
  return next.every((line, at) => line === previous[at] || Buffer.from(line.buffer, line.byteOffset, line.byteLength).equals(previous[at]!));
}

/** How many buffers one `writev` takes (the usual IOV_MAX). */
const LINES_PER_WRITE = 1024;

/**
 * Write lines in turn to a new file, without joining them.
 * @param file The file.
 * @param lines Their bytes.
 */
function writeLines(file: string, lines: readonly Uint8Array[]): void {
  const fd = openSync(file, 'w');
  try {
    for (let start = 0; start < lines.length; start += LINES_PER_WRITE) {
      let batch = lines.slice(start, start + LINES_PER_WRITE);
      let left = batch.reduce((sum, line) => sum + line.byteLength, 0);
      while (left > 0) {
        let written = writevSync(fd, batch);
        left -= written;
        // A short write: go on from the first byte not written.
        while (left > 0 && written >= batch[0]!.byteLength) {
          written -= batch[0]!.byteLength;
          batch = batch.slice(1);
        }
        if (left > 0 && written > 0) batch = [batch[0]!.subarray(written), ...batch.slice(1)];
      }
    }
  } finally {
    closeSync(fd);
  }
}
