/**
 * Run a remark plugin inside Sätteri, Astro 7's default Markdown processor,
 * which takes its own kind of mdast plugin (`{ name, before, after, <node
 * type>() }`) rather than unified attachers.
 *
 * The adapter copies Sätteri's tree into plain mdast once per document, runs
 * the remark transformer on it with a VFile whose `data` is Sätteri's data bag
 * (Astro puts `astro.frontmatter` there, exactly as the unified processor
 * does), hands the transformed tree back as the new root, and forwards the
 * file's messages as Sätteri diagnostics. Astro's Sätteri processor does not
 * print diagnostics, so `onMessage` is there to see warnings (a figure's
 * missing quote) during a build.
 */
import type { Root } from 'mdast';
import { VFile } from 'vfile';

/** A message a plugin left on a file. */
type VFileMessage = VFile['messages'][number];

/** The part of Sätteri's mdast visitor context the adapter uses. */
export interface SatteriMdastContext {
  /** Document-level data bag; Astro sets `astro.frontmatter`. */
  readonly data: Record<string, unknown>;
  /** The document's URL, when known. */
  readonly fileURL: URL | undefined;
  /** Swap a node (here, the root) for new content. */
  replaceNode(node: never, replacement: never): void;
  /** Attach a diagnostic to the document. */
  report(diagnostic: { message: string; severity?: 'error' | 'warning' | 'info' }): void;
}

/** A Sätteri mdast plugin that runs once per document. */
export interface SatteriMdastPlugin {
  name: string;
  /** Asks Sätteri for source positions, which messages use. */
  options: { position: boolean };
  /** Runs before any visitor of the plugin. */
  before(root: Readonly<Root>, context: SatteriMdastContext): void;
  /** The plugins' code fingerprint (./fingerprint.ts), when given: data Astro compares between builds. */
  fingerprint?: string;
}

/** Options of {@link satteriPlugin}. */
export interface SatteriAdapterOptions {
  /** Called with each message the plugin leaves on a document, such as `(message) => console.warn(String(message))`. */
  onMessage?: ((message: VFileMessage) => void) | undefined;
  /** A fingerprint of the plugin's code (`markdownFingerprint()`), so that Astro's caches see a change to it. */
  fingerprint?: string | undefined;
}

/**
 * Wrap a remark plugin for `satteri({ mdastPlugins: [...] })`.
 * @param name Plugin name, for Sätteri's diagnostics.
 * @param attacher The remark plugin, such as `remarkMentionLinks`.
 * @param options The plugin's options.
 * @param adapter Options of the adapter itself.
 * @returns A Sätteri mdast plugin.
 */
export function satteriPlugin<Options>(
  name: string,
  attacher: (options: Options) => (tree: Root, file: VFile) => void,
  options: Options,
  adapter: SatteriAdapterOptions = {},
): SatteriMdastPlugin {
  return satteriTransformers(name, [attacher(options)], adapter);
}

/**
 * Run several remark transformers, in order, as one Sätteri plugin: the
 * document is copied into plain mdast once and handed back once, however
 * many transformers run (each copy costs about a millisecond per article).
 * @param name Plugin name, for Sätteri's diagnostics.
 * @param transformers Remark transformers, such as `remarkMentionLinks(options)`.
 * @param adapter Options of the adapter itself.
 * @returns A Sätteri mdast plugin.
 */
export function satteriTransformers(name: string, transformers: ReadonlyArray<(tree: Root, file: VFile) => void>, adapter: SatteriAdapterOptions = {}): SatteriMdastPlugin {
  return {
    name,
    options: { position: true },
    ...(adapter.fingerprint === undefined ? {} : { fingerprint: adapter.fingerprint }),
    before(root, context) {
      const tree = plainTree(root);
      const file = new VFile(context.fileURL ? { path: context.fileURL } : undefined);
      file.data = context.data;
      for (const transformer of transformers) transformer(tree, file);
      for (const message of file.messages) {
        context.report({ message: String(message), severity: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info' });
        adapter.onMessage?.(message);
      }
      context.replaceNode(root as never, tree as never);
    },
  };
}

/**
 * Copy a Sätteri tree (lazily materialised nodes with private bookkeeping
 * fields) into plain mdast objects.
 * @param root Sätteri's root.
 * @returns A plain, mutable copy.
 */
function plainTree(root: Readonly<Root>): Root {
  // Dropping the bookkeeping fields while writing (not while reading back) keeps JSON.parse on its fast path.
  return JSON.parse(JSON.stringify(root, (key, value: unknown) => (key.startsWith('_') ? undefined : value))) as Root;
}
