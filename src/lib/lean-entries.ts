/**
 * A wrapper of a content loader that keeps each rendered entry's copy of its
 * raw frontmatter out of Astro's content store.
 *
 * Astro's Markdown rendering returns, beside the HTML, metadata holding the
 * whole parsed frontmatter again (`rendered.metadata.frontmatter`, given to
 * pages as `remarkPluginFrontmatter`), and the glob loader stores it with the
 * entry: with articles whose frontmatter lists every entity and figure, that
 * copy was a third of `data-store.json` (8 of 24 MB at 2,000 articles), which
 * Astro writes and reads back in every build and which our pages read once
 * more (src/integrations/data-store.ts). The site never uses
 * `remarkPluginFrontmatter` (its pages print `entry.data`, validated by the
 * schema, and the rendered HTML), so the copy is dropped before the entry is
 * stored; the HTML, headings and image paths are kept as they are.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** The part of a stored entry this wrapper looks at. */
interface RenderedEntry {
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

/**
 * @param loader A content loader that renders Markdown (`glob(...)`).
 * @returns The same loader, storing entries without `rendered.metadata.frontmatter`.
 */
export function withoutRenderedFrontmatter(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => loader.load({ ...context, store: leanStore(context.store) }),
  };
}

/**
 * @param store The collection's store.
 * @returns The same store, whose `set` drops the rendered frontmatter (every other method is the store's own).
 */
function leanStore(store: LoaderContext['store']): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set') return (entry: Parameters<typeof target.set>[0]) => target.set(withoutFrontmatterCopy(entry));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * @param entry An entry about to be stored.
 * @returns It without `rendered.metadata.frontmatter` (the same object when there is none).
 */
export function withoutFrontmatterCopy<Entry extends RenderedEntry>(entry: Entry): Entry {
  const metadata = entry.rendered?.metadata;
  if (!entry.rendered || !metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _dropped, ...kept } = metadata;
  return { ...entry, rendered: { ...entry.rendered, metadata: kept } };
}
