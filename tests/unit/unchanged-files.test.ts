/**
 * skipUnchangedFiles (src/lib/unchanged-files.ts) around Astro's real glob
 * loader: a second sync parses only the files that changed, and leaves the
 * store exactly as the plain glob loader does.
 */
import { mkdtempSync, mkdirSync, promises as fsPromises, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { skipUnchangedFiles } from '../../src/lib/unchanged-files.ts';
import { writeDirectFiles } from '../../src/lib/direct-files.ts';
import { withoutFrontmatterCopy } from '../../src/lib/lean-entries.ts';

/** An entry as the glob loader stores it. */
interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * @returns A project folder with content/notes/{a,b,c}.md (c has a slug of its own).
 */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'unchanged-files-'));
  folders.push(root);
  mkdirSync(path.join(root, 'content/notes'), { recursive: true });
  writeFileSync(path.join(root, 'content/notes/a.md'), '---\ntitle: First note\ntags: [one, two]\n---\nThe first body.\n');
  writeFileSync(path.join(root, 'content/notes/b.md'), '---\ntitle: Second note\n---\nThe second body.\n');
  writeFileSync(path.join(root, 'content/notes/c.md'), '---\ntitle: Third note\nslug: the-third\n---\nThe third body.\n');
  return root;
}

/**
 * Run a loader once against a store, as Astro's content layer does at a build.
 * @param loader The loader.
 * @param root The project root.
 * @param store The collection's store (kept between syncs).
 * @returns The files whose frontmatter was parsed.
 */
async function sync(loader: Loader, root: string, store: Map<string, StoredEntry>, cacheDir?: string): Promise<string[]> {
  const parsed: string[] = [];
  const markdown = {
    getEntryInfo({ contents, fileUrl }: { contents: string; fileUrl: URL }) {
      parsed.push(path.basename(fileUrl.pathname));
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents);
      return { data: (parseYaml(match?.[1] ?? '') ?? {}) as Record<string, unknown>, body: match?.[2] ?? contents };
    },
  };
  const storeApi = {
    keys: () => store.keys(),
    values: () => [...store.values()],
    get: (id: string) => store.get(id),
    set: (entry: StoredEntry) => {
      store.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => store.delete(id),
    has: (id: string) => store.has(id),
    addModuleImport: () => undefined,
    addAssetImports: () => undefined,
  };
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };
  const context = {
    collection: 'notes',
    store: storeApi,
    meta: new Map(),
    logger,
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`), ...(cacheDir ? { cacheDir: pathToFileURL(`${cacheDir}/`) } : {}) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data }),
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 16),
    entryTypes: new Map([['.md', markdown]]),
  };
  await loader.load(context as never);
  return parsed.sort();
}

describe('skipUnchangedFiles', () => {
  it('parses only new and changed files, and stores what the plain glob loader stores', async () => {
    const root = project();
    const wrapped = new Map<string, StoredEntry>();
    const plain = new Map<string, StoredEntry>();
    const options = { pattern: '*.md', base: `${root}/content/notes` };
    expect(await sync(skipUnchangedFiles(glob(options)), root, wrapped)).toEqual(['a.md', 'b.md', 'c.md']);
    await sync(glob(options), root, plain);
    expect([...wrapped.keys()].sort()).toEqual(['a', 'b', 'the-third']);

    // Nothing changed: nothing is parsed, every entry is kept.
    expect(await sync(skipUnchangedFiles(glob(options)), root, wrapped)).toEqual([]);
    expect(wrapped).toEqual(plain);

    // One file changed, one added, one removed.
    writeFileSync(path.join(root, 'content/notes/b.md'), '---\ntitle: Second note, corrected\n---\nThe second body.\n');
    writeFileSync(path.join(root, 'content/notes/d.md'), '---\ntitle: Fourth note\n---\nThe fourth body.\n');
    rmSync(path.join(root, 'content/notes/a.md'));
    expect(await sync(skipUnchangedFiles(glob(options)), root, wrapped)).toEqual(['b.md', 'd.md']);
    expect(await sync(glob(options), root, plain)).toEqual(['b.md', 'c.md', 'd.md']);
    expect(wrapped).toEqual(plain);
    expect(wrapped.get('b')?.data.title).toBe('Second note, corrected');
    expect(wrapped.has('a')).toBe(false);
  });

  it('does not read a file whose stamp and stored digest are the recorded ones (relies on the glob loader reading through fs.promises.readFile)', async () => {
    const root = project();
    const cacheDir = path.join(root, 'node_modules/.astro');
    const notes = path.join(root, 'content/notes');
    const past = new Date(Date.now() - 60_000);
    for (const name of readdirSync(notes)) utimesSync(path.join(notes, name), past, past);
    // Their change time is now: a stamp is recorded only for a file untouched for two seconds before the sync.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    // Counts the files really read under the project (a placeholder answered instead is no read).
    const read: string[] = [];
    const readFile = fsPromises.readFile;
    fsPromises.readFile = (async (...args: Parameters<typeof readFile>) => {
      const result = await readFile(...args);
      const file = args[0] instanceof URL ? args[0].pathname : String(args[0]);
      if (file.startsWith(root) && !(typeof result === 'string' && result.startsWith('\u0000dossier: unchanged file'))) read.push(path.basename(file));
      return result;
    }) as typeof readFile;
    try {
      const wrapped = new Map<string, StoredEntry>();
      const plain = new Map<string, StoredEntry>();
      const options = { pattern: '*.md', base: notes };
      expect(await sync(skipUnchangedFiles(glob(options)), root, wrapped, cacheDir)).toEqual(['a.md', 'b.md', 'c.md']);
      await sync(glob(options), root, plain);
      read.length = 0;

      // Nothing changed: nothing is read, nothing parsed, every entry kept.
      expect(await sync(skipUnchangedFiles(glob(options)), root, wrapped, cacheDir)).toEqual([]);
      expect(read).toEqual([]);
      expect(wrapped).toEqual(plain);

      // A file changed (its change time moves even with its old modification time), one added just now: both read.
      writeFileSync(path.join(notes, 'b.md'), '---\ntitle: Second note, corrected\n---\nThe second body.\n');
      utimesSync(path.join(notes, 'b.md'), past, past);
      writeFileSync(path.join(notes, 'd.md'), '---\ntitle: Fourth note\n---\nThe fourth body.\n');
      expect(await sync(skipUnchangedFiles(glob(options)), root, wrapped, cacheDir)).toEqual(['b.md', 'd.md']);
      expect(read.sort()).toEqual(['b.md', 'd.md']);
      await sync(glob(options), root, plain);
      expect(wrapped).toEqual(plain);
      expect(wrapped.get('b')?.data.title).toBe('Second note, corrected');

      // b.md and d.md were written less than two seconds before: read again (not parsed); c.md is not read.
      read.length = 0;
      expect(await sync(skipUnchangedFiles(glob(options)), root, wrapped, cacheDir)).toEqual([]);
      expect(read.sort()).toEqual(['b.md', 'd.md']);

      // A stored entry whose digest is not the recorded one (the store was made otherwise): its file is read.
      read.length = 0;
      (wrapped.get('a') as StoredEntry).digest = 'another digest';
      expect(await sync(skipUnchangedFiles(glob(options)), root, wrapped, cacheDir)).toEqual(['a.md']);
      expect(read.sort()).toEqual(['a.md', 'b.md', 'd.md']);
      expect(wrapped).toEqual(plain);

      // A damaged record: every file is read, and the store is the same.
      for (const name of readdirSync(cacheDir)) writeFileSync(path.join(cacheDir, name), '[["content/notes/a.md"');
      read.length = 0;
      expect(await sync(skipUnchangedFiles(glob(options)), root, wrapped, cacheDir)).toEqual([]);
      expect(read.sort()).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
      expect(wrapped).toEqual(plain);
    } finally {
      fsPromises.readFile = readFile;
    }
  });

  it('passes a context without entry types to the loader unchanged', async () => {
    let seen: unknown;
    const loader = skipUnchangedFiles({ name: 'custom', load: async (context) => void (seen = context) });
    const context = { store: { values: () => [] } };
    await loader.load(context as never);
    expect(seen).toBe(context);
  });
});

describe('writeDirectFiles', () => {
  it('writes each file under the output folder as UTF-8, creating its folders', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'direct-files-'));
    folders.push(root);
    const count = writeDirectFiles(root, [
      ['search/meta.js', () => 'self.meta = {"é": 1};'],
      ['sources/a.txt', () => '\uFEFFТекст, straight from the seed.\n'],
      ['sources/b.txt', () => ''],
    ]);
    expect(count).toBe(3);
    expect(readFileSync(path.join(root, 'search/meta.js'), 'utf8')).toBe('self.meta = {"é": 1};');
    expect(readFileSync(path.join(root, 'sources/a.txt'))).toEqual(Buffer.from('\uFEFFТекст, straight from the seed.\n', 'utf8'));
    expect(readFileSync(path.join(root, 'sources/b.txt'), 'utf8')).toBe('');
  });
});

describe('withoutFrontmatterCopy', () => {
  it('drops the rendered copy of the frontmatter and keeps the HTML, headings and data', () => {
    const entry = { id: 'a', data: { title: 'A' }, rendered: { html: '<p>A</p>', metadata: { headings: [], imagePaths: [], frontmatter: { title: 'A' } } } };
    expect(withoutFrontmatterCopy(entry)).toEqual({ id: 'a', data: { title: 'A' }, rendered: { html: '<p>A</p>', metadata: { headings: [], imagePaths: [] } } });
    expect(entry.rendered.metadata.frontmatter).toEqual({ title: 'A' });
    const plain: { id: string; data: object; rendered?: undefined } = { id: 'b', data: {} };
    expect(withoutFrontmatterCopy(plain)).toBe(plain);
  });
});
