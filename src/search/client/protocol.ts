/**
 * How the page talks to the engine: the same calls whether the engine runs
 * in a worker (over http) or on the page itself (file://, where Chromium
 * refuses workers and fetch), and the messages of the worker case.
 */
import type { SearchRequest, SearchResponse } from '../types.ts';

/** What the page can ask the engine. */
export interface EngineApi {
  /**
   * Answer a query; null when a newer query replaced it. When `onProvisional`
   * is given and the answer needs files not loaded yet, it first receives at
   * once the best answer the loaded files give (see SearchEngine.search).
   */
  search(request: SearchRequest, onProvisional?: (response: SearchResponse) => void): Promise<SearchResponse | null>;
  /** The long texts of some documents, for snippets. */
  texts(docs: readonly number[]): Promise<Record<number, string>>;
  /** Start loading what the text typed so far will need. */
  prefetch(query: string): void;
}

/** Page -> worker. */
export type WorkerRequest =
  | { type: 'init'; base: string }
  | { type: 'search'; id: number; request: SearchRequest; provisional?: boolean }
  | { type: 'texts'; id: number; docs: number[] }
  | { type: 'prefetch'; query: string };

/** Worker -> page. */
export type WorkerReply =
  | { type: 'search'; id: number; response: SearchResponse | null }
  /** A provisional answer; the complete one follows with the same id. */
  | { type: 'provisional'; id: number; response: SearchResponse }
  | { type: 'texts'; id: number; texts: Record<number, string> }
  | { type: 'error'; id: number; message: string };

/** What engine.js defines on the page when it is loaded as a plain script. */
export interface EngineFactory {
  /**
   * @param base URL of the `search/` folder, ending in a slash.
   * @returns An engine loading its files with `<script>` tags.
   */
  create(base: string): EngineApi;
}

/** The global engine.js defines when loaded on the page. */
export const ENGINE_GLOBAL = '__dossierSearchEngine';
