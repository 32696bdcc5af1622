/**
 * A wrapper of Astro's glob loader that does not parse again the files that
 * have not changed since the content store was last written.
 *
 * Astro's glob loader reads every file at every sync and parses its YAML
 * frontmatter before it looks at the file's digest, even when the store
 * already holds the entry under the same digest (its id may come from the
 * frontmatter's `slug`), and then keeps the stored entry untouched. With
 * thousands of articles whose frontmatter lists every entity and figure, that
 * parse was most of a rebuild's content sync (about 1 s at 2,000 articles).
 *
 * This wrapper hands the glob loader a Markdown entry type whose
 * `getEntryInfo` first looks the file up in the store by path: when the
 * stored entry was made from exactly these bytes (same digest, computed as
 * the glob loader does), it returns `{ slug: <the stored id> }` as the data,
 * which gives the glob loader that id, finds the stored entry with the same
 * digest and keeps it as is, exactly what it does after a full parse. Any
 * other file (new, changed, moved) is parsed as before. The store, and so
 * every page, is the same.
 *
 * A file whose stamp is the one recorded when its stored entry was made is
 * not even read (./unread-files.ts): the loader gets a placeholder text for
 * it, which this wrapper takes for the stored entry's id and digest.
 *
 * It relies on two things of Astro 7.3's glob loader (astro/dist/content/loaders/glob.js):
 * the `entryTypes` it receives in its context, and its taking `data.slug` as
 * the id; should they change, files are simply parsed again (a stored id no
 * longer matches) or the wrapper is bypassed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { startUnreadFiles } from './unread-files.ts';

/** The part of an Astro content entry type the glob loader calls. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): { body: string; data: Record<string, unknown> } | Promise<{ body: string; data: Record<string, unknown> }>;
}

/** The loader context as the glob loader receives it (entryTypes is not in Astro's public type). */
type GlobLoaderContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

/**
 * @param loader A glob loader (`glob({ pattern, base })`).
 * @returns The same loader, skipping the frontmatter parse of files unchanged since the store was written.
 */
export function skipUnchangedFiles(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: GlobLoaderContext) => {
      if (!context.entryTypes) return loader.load(context);
      const root = fileURLToPath(context.config.root);
      const stored = storedByPath(context);
      const cacheDir = context.config.cacheDir;
      const unread = cacheDir ? startUnreadFiles(path.join(fileURLToPath(cacheDir), `dossier-content-stamps-${context.collection}.json`), root, stored) : undefined;
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, entryType]): [string, EntryType] => [
          extension,
          {
            ...entryType,
            getEntryInfo(params) {
              const entry = stored.get(posixRelative(root, fileURLToPath(params.fileUrl)));
              // A file not read (src/lib/unread-files.ts) has the stored digest by its stamp.
              if (entry !== undefined && unread?.digests.get(params.contents) === entry.digest) return { body: '', data: { slug: entry.id } };
              if (entry !== undefined && entry.digest === context.generateDigest(params.contents)) return { body: '', data: { slug: entry.id } };
              return entryType.getEntryInfo(params);
            },
          },
        ]),
      );
      const generateDigest = ((data: Record<string, unknown> | string) => (typeof data === 'string' ? unread?.digests.get(data) : undefined) ?? context.generateDigest(data)) as LoaderContext['generateDigest'];
      try {
        await loader.load({ ...context, entryTypes, generateDigest } as GlobLoaderContext);
      } catch (error) {
        unread?.abandon();
        throw error;
      }
      unread?.finish([...storedByPath(context)].map(([filePath, { digest }]) => ({ filePath, digest })));
    },
  };
}

/**
 * @param context The loader context.
 * @returns The collection's stored entries by file path (relative to the project root, as the glob loader records it): id and digest.
 */
function storedByPath(context: LoaderContext): Map<string, { id: string; digest: string }> {
  const byPath = new Map<string, { id: string; digest: string }>();
  for (const entry of context.store.values()) {
    if (entry.filePath && typeof entry.digest === 'string') byPath.set(entry.filePath, { id: entry.id, digest: entry.digest });
  }
  return byPath;
}

/**
 * @param from A folder.
 * @param to A file.
 * @returns The file relative to the folder, with forward slashes (as Astro's `posixRelative`).
 */
function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}
