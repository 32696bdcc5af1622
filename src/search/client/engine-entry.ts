/**
 * Entry of `search/engine.js`, bundled as a classic script (IIFE) with Fuse.
 *
 * - As a dedicated worker (pages served over http): it answers the page's
 *   messages and loads index files with fetch, in parallel.
 * - As a plain `<script>` on the page (file://, where Chromium refuses both
 *   workers and fetch): it defines `self.__dossierSearchEngine.create(base)`,
 *   an engine that loads index files by adding `<script>` tags, each of which
 *   pushes its payload into `self.__dossierSearch`. The engine then yields to
 *   the page every few milliseconds so that typing never blocks, and the
 *   scripts it loads ahead of the next keystroke are added in idle callbacks.
 */
import { SearchEngine, type LoadFile } from '../engine.ts';
import { GLOBAL_NAME, PAYLOAD_PREFIX, type Payload } from '../types.ts';
import { ENGINE_GLOBAL, type EngineApi, type EngineFactory, type WorkerReply, type WorkerRequest } from './protocol.ts';

/** The global scope, page or worker. */
const scope = globalThis as unknown as Record<string, unknown> & {
  postMessage?: (message: unknown) => void;
  addEventListener: (type: string, listener: (event: MessageEvent) => void) => void;
};

/**
 * @param base URL of the `search/` folder.
 * @param name File name without `.js`.
 * @param build The manifest's build id, or undefined for the manifest.
 * @returns The file's URL.
 */
function fileUrl(base: string, name: string, build: string | undefined): string {
  return new URL(build ? `${name}.js?v=${build}` : `${name}.js`, base).href;
}

/**
 * Loader for a worker: fetch, then read the JSON between the script's prefix and suffix.
 * @param base URL of the `search/` folder.
 * @returns The loader.
 */
function fetchLoader(base: string): LoadFile {
  return async (name, build, background) => {
    const response = await fetch(fileUrl(base, name, build), background ? { priority: 'low' } : undefined);
    if (!response.ok) throw new Error(`search index file ${name}: HTTP ${response.status}`);
    const text = await response.text();
    return JSON.parse(text.slice(PAYLOAD_PREFIX.length, text.lastIndexOf(')'))) as Payload;
  };
}

/**
 * Loader for the page: one `<script>` per file; its payload arrives through the global queue.
 * @param base URL of the `search/` folder.
 * @returns The loader.
 */
function scriptLoader(base: string): LoadFile {
  const waiting = new Map<string, Array<(payload: Payload) => void>>();
  const arrived = new Map<string, Payload>();
  const deliver = (payload: Payload): void => {
    const listeners = waiting.get(payload.n);
    if (listeners) {
      waiting.delete(payload.n);
      for (const listener of listeners) listener(payload);
    } else arrived.set(payload.n, payload);
  };
  /** Scripts of guesses waiting for an idle moment: name -> add it now. */
  const idleScripts = new Map<string, () => void>();
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number }).requestIdleCallback;
  const earlier = scope[GLOBAL_NAME];
  scope[GLOBAL_NAME] = { push: deliver };
  if (Array.isArray(earlier)) for (const payload of earlier as Payload[]) deliver(payload);

  return (name, build, background) =>
    new Promise<Payload>((resolve, reject) => {
      const ready = arrived.get(name);
      if (ready) {
        arrived.delete(name);
        resolve(ready);
        return;
      }
      const listeners = waiting.get(name) ?? [];
      listeners.push(resolve);
      waiting.set(name, listeners);
      // Needed now while its guess waits for an idle moment: add that script at once.
      const early = idleScripts.get(name);
      if (early) {
        early();
        return;
      }
      const script = document.createElement('script');
      script.src = fileUrl(base, name, build);
      script.async = true;
      if (background) script.fetchPriority = 'low';
      script.onload = () => {
        script.remove();
        // A script that ran but pushed nothing is not an index file.
        if (waiting.get(name)?.includes(resolve)) reject(new Error(`search index file ${name} pushed nothing`));
      };
      script.onerror = () => {
        script.remove();
        waiting.delete(name);
        reject(new Error(`search index file ${name} could not be loaded`));
      };
      // A guess at the next keystroke runs when the page is idle (its script runs on the page, and typing comes first), or within 100 ms.
      if (background && idle) {
        const add = (): void => {
          if (idleScripts.get(name) !== add) return;
          idleScripts.delete(name);
          document.head.append(script);
        };
        idleScripts.set(name, add);
        idle(add, { timeout: 100 });
      } else document.head.append(script);
    });
}

/**
 * @param engine The engine.
 * @returns The page-facing API of it.
 */
function api(engine: SearchEngine): EngineApi {
  return {
    search: (request, onProvisional) => engine.search(request, onProvisional),
    texts: (docs) => engine.texts(docs),
    prefetch: (query) => void engine.prefetch(query).catch(() => undefined),
  };
}

if (typeof document === 'undefined') {
  // Dedicated worker.
  let engine: SearchEngine | undefined;
  const reply = (message: WorkerReply): void => scope.postMessage?.(message);
  scope.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as WorkerRequest;
    if (message.type === 'init') {
      engine = new SearchEngine({ load: fetchLoader(message.base), sliceMs: 8 });
      void engine.meta().catch(() => undefined);
      return;
    }
    if (message.type === 'prefetch') {
      void engine?.prefetch(message.query).catch(() => undefined);
      return;
    }
    if (!engine) {
      reply({ type: 'error', id: message.id, message: 'search engine not initialised' });
      return;
    }
    const task =
      message.type === 'search'
        ? engine
            .search(message.request, message.provisional ? (response) => reply({ type: 'provisional', id: message.id, response }) : undefined)
            .then((response) => reply({ type: 'search', id: message.id, response }))
        : engine.texts(message.docs).then((texts) => reply({ type: 'texts', id: message.id, texts }));
    task.catch((error: unknown) => reply({ type: 'error', id: message.id, message: String(error) }));
  });
} else {
  const factory: EngineFactory = {
    create(base) {
      const engine = new SearchEngine({ load: scriptLoader(base), sliceMs: 4 });
      void engine.meta().catch(() => undefined);
      return api(engine);
    },
  };
  scope[ENGINE_GLOBAL] = factory;
}
