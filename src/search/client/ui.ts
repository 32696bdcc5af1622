/**
 * Entry of `search/ui.js`, a classic script (IIFE) loaded with `defer` on
 * every page. It wires:
 *
 * - the header search box (`[data-search-box]`): results as you type in a
 *   listbox; "/" focuses it, ArrowUp/ArrowDown move through the results,
 *   Enter opens the active one (or the search page when none is active),
 *   Escape closes the list;
 * - the search page (`[data-search-page]`): results grouped by kind, with the
 *   matched words marked in a snippet; the query lives in the URL
 *   (`search.html?q=...`), each new search is a history entry, and the back
 *   button restores the previous one.
 *
 * URLs are computed from this script's own URL (`document.currentScript`),
 * whose `src` the build made relative to the page, so the site works at `/`,
 * under a base path and from disk. The engine (`engine.js`, with Fuse) is
 * loaded on first use: in a worker over http, as a page script on file://.
 *
 * After each render it dispatches a `dossier-search` event on `document`
 * (detail: where, query, hits, took and steps: the engine's milliseconds,
 * partial: whether it was a provisional list shown while the complete answer
 * waits for files), which the
 * browser tests and the benchmark listen to.
 */
import { highlight, snippet, termMatcher, type Segment, type TokenMatcher } from '../highlight.ts';
import { BOX_REQUEST, KINDS, type Kind, type SearchHit, type SearchResponse } from '../types.ts';
import { ENGINE_GLOBAL, type EngineApi, type EngineFactory, type WorkerReply, type WorkerRequest } from './protocol.ts';

/** URL of the `search/` folder, from this script's own URL. */
const searchBase = new URL('.', scriptUrl());
/** URL of the site's root. */
const siteRoot = new URL('../', searchBase);

/** Results shown in the header's list. */
const BOX_RESULTS = 6;
/** Results scored per kind for the header's list, and in all (the build stores the answers to prefixes of two to four letters for this request)... */
const BOX_PER_KIND = BOX_REQUEST.perKind;
const BOX_LIMIT = BOX_REQUEST.limit;
/** Candidates beyond those shown whose documents are loaded in the background for the next keystroke. */
const BOX_PREFETCH = 4;
/** ...and for the search page. */
const PAGE_PER_KIND = 12;
/** Shortest query searched. */
const MIN_QUERY = 2;

/** Labels of kinds on the search page and in the list. */
const KIND_LABELS: Record<Kind, { one: string; many: string }> = {
  article: { one: 'Article', many: 'Articles' },
  entity: { one: 'Entity', many: 'People, organizations and places' },
  figure: { one: 'Figure', many: 'Figures' },
  country: { one: 'Country', many: 'Countries' },
};

/**
 * @returns This script's URL (or the page's when it cannot be told).
 */
function scriptUrl(): string {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  const tagged = document.querySelector<HTMLScriptElement>('script[src*="search/ui.js"]');
  return tagged?.src ?? new URL('search/ui.js', document.baseURI).href;
}

// ---------------------------------------------------------------- engine

/** The engine in a worker. */
class WorkerEngine implements EngineApi {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void; provisional?: (response: SearchResponse) => void }>();
  private nextId = 0;
  /** Set when the worker failed: every call then rejects. */
  private failed = false;

  /**
   * @param url URL of engine.js.
   * @param onFail Called once when the worker fails to start or crashes.
   */
  constructor(url: string, onFail: () => void) {
    this.worker = new Worker(url);
    this.worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      if (reply.type === 'provisional') {
        waiting.provisional?.(reply.response);
        return;
      }
      this.pending.delete(reply.id);
      if (reply.type === 'error') waiting.reject(new Error(reply.message));
      else waiting.resolve((reply.type === 'search' ? reply.response : reply.texts) as never);
    });
    this.worker.addEventListener('error', () => {
      this.failed = true;
      for (const waiting of this.pending.values()) waiting.reject(new Error('search worker failed'));
      this.pending.clear();
      onFail();
    });
    this.post({ type: 'init', base: searchBase.href });
  }

  /** @param message A request. */
  private post(message: WorkerRequest): void {
    this.worker.postMessage(message);
  }

  /**
   * @param build Builds the request from its id.
   * @param provisional Receives a provisional answer before the reply, if one comes.
   * @returns The reply's payload.
   */
  private call<T>(build: (id: number) => WorkerRequest, provisional?: (response: SearchResponse) => void): Promise<T> {
    if (this.failed) return Promise.reject(new Error('search worker failed'));
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject, provisional });
      this.post(build(id));
    });
  }

  search(request: Parameters<EngineApi['search']>[0], onProvisional?: (response: SearchResponse) => void): Promise<SearchResponse | null> {
    return this.call((id) => ({ type: 'search', id, request, provisional: Boolean(onProvisional) }), onProvisional);
  }

  texts(docs: readonly number[]): Promise<Record<number, string>> {
    return this.call((id) => ({ type: 'texts', id, docs: [...docs] }));
  }

  prefetch(query: string): void {
    if (!this.failed) this.post({ type: 'prefetch', query });
  }
}

/**
 * Load engine.js as a page script and create an engine that loads its files with script tags.
 * @returns The engine.
 */
function pageEngine(): Promise<EngineApi> {
  return new Promise((resolve, reject) => {
    const existing = (window as unknown as Record<string, EngineFactory | undefined>)[ENGINE_GLOBAL];
    if (existing) {
      resolve(existing.create(searchBase.href));
      return;
    }
    const script = document.createElement('script');
    script.src = new URL('engine.js', searchBase).href;
    script.onload = () => {
      const factory = (window as unknown as Record<string, EngineFactory | undefined>)[ENGINE_GLOBAL];
      if (factory) resolve(factory.create(searchBase.href));
      else reject(new Error('search engine script defined no engine'));
    };
    script.onerror = () => reject(new Error('search engine script could not be loaded'));
    document.head.append(script);
  });
}

let engine: Promise<EngineApi> | undefined;

/**
 * The engine, started on first use: a worker when the page is served over
 * http(s), the page itself on file:// or when the worker fails.
 * @returns The engine.
 */
function connect(): Promise<EngineApi> {
  if (!engine) {
    if (/^https?:$/.test(location.protocol) && typeof Worker === 'function') {
      try {
        const worker = new WorkerEngine(new URL('engine.js', searchBase).href, () => {
          engine = pageEngine();
        });
        engine = Promise.resolve(worker);
      } catch {
        engine = pageEngine();
      }
    } else engine = pageEngine();
  }
  return engine;
}

/**
 * Run a query, retrying once on the page engine when the worker failed.
 * @param query The query.
 * @param perKind Results per kind.
 * @param limit Most results in all (the header's list), or undefined (the search page).
 * @param onProvisional Receives at once the best answer from the files already loaded, when the complete one must wait for files.
 * @returns The response, or null when superseded.
 */
async function search(query: string, perKind: number, limit?: number, onProvisional?: (response: SearchResponse) => void): Promise<SearchResponse | null> {
  const sentAt = performance.timeOrigin + performance.now();
  const request = limit === undefined ? { query, perKind, sentAt } : { query, perKind, limit, prefetch: BOX_PREFETCH, sentAt };
  try {
    return await (await connect()).search(request, onProvisional);
  } catch {
    engine = pageEngine();
    return (await engine).search(request, onProvisional);
  }
}

/**
 * Start loading what a query being typed will need (its first letters' vocabulary).
 * @param query Text typed so far.
 */
function prefetch(query: string): void {
  if (query.trim()) void connect().then((api) => api.prefetch(query), () => undefined);
}

// ---------------------------------------------------------------- rendering helpers

/**
 * Append text with marked words as text nodes and `<mark>` elements.
 * @param parent Element to fill.
 * @param segments Segments from highlight().
 */
function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else parent.append(segment.text);
  }
}

/**
 * @param tag Tag name.
 * @param className Class.
 * @param segments Content, marked.
 * @returns The element.
 */
function marked(tag: string, className: string, segments: readonly Segment[]): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  appendSegments(element, segments);
  return element;
}

/**
 * @param hit A result.
 * @returns Its label: Article, Person, Organization, Place, Figure, Country.
 */
function kindLabel(hit: SearchHit): string {
  const subtype = hit.display.y;
  return subtype ? subtype[0]!.toUpperCase() + subtype.slice(1) : KIND_LABELS[hit.kind].one;
}

/**
 * @param hit A result.
 * @returns The absolute URL of its page.
 */
function hitUrl(hit: SearchHit): string {
  return new URL(hit.display.u, siteRoot).href;
}

/**
 * Aliases worth showing: those that match first, at most four.
 * @param aliases A result's aliases.
 * @param matches The matcher.
 * @returns Segments "KG · Kyrgyz Republic", or [] when none.
 */
function aliasSegments(aliases: readonly string[] | undefined, matches: TokenMatcher): Segment[] {
  if (!aliases?.length) return [];
  const scored = aliases.map((alias) => ({ alias, segments: highlight(alias, matches) }));
  scored.sort((a, b) => Number(b.segments.some((s) => s.mark)) - Number(a.segments.some((s) => s.mark)));
  const out: Segment[] = [];
  scored.slice(0, 4).forEach((item, index) => {
    if (index > 0) out.push({ text: ' · ', mark: false });
    out.push(...item.segments);
  });
  return out;
}

/**
 * @param where 'box' or 'page'.
 * @param query The rendered query.
 * @param hits Number of results shown.
 */
function announceRendered(where: 'box' | 'page', query: string, hits: number, response?: SearchResponse): void {
  document.dispatchEvent(
    new CustomEvent('dossier-search', { detail: { where, query, hits, took: response?.took ?? 0, steps: response?.steps, partial: Boolean(response?.partial) } }),
  );
}

// ---------------------------------------------------------------- header box

/**
 * Wire one header search box.
 * @param form The `[data-search-box]` form.
 */
function setUpBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const list = form.querySelector<HTMLElement>('[role="listbox"]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !list) return;
  let latest = 0;
  let active = -1;
  const options = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
    for (const option of options()) option.setAttribute('aria-selected', 'false');
  };
  const open = (): void => {
    if (options().length === 0) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const activate = (index: number): void => {
    const all = options();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active]!;
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  };
  const go = (option: HTMLElement): void => {
    const href = option.dataset.href;
    if (href) location.assign(href);
  };

  const render = (response: SearchResponse): void => {
    list.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const matches = termMatcher(response.terms, response.prefix);
    const hits = response.hits.slice(0, BOX_RESULTS);
    hits.forEach((hit, index) => {
      const option = document.createElement('li');
      option.id = `${list.id}-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = 'search-option';
      option.dataset.href = hitUrl(hit);
      option.dataset.kind = hit.kind;
      const label = document.createElement('span');
      label.className = 'search-kind';
      label.textContent = kindLabel(hit);
      const title = highlight(hit.display.t, matches);
      option.append(label, marked('span', 'search-option-title', title));
      const detail = hit.kind === 'figure' && hit.display.q ? `“${hit.display.q}”` : hit.display.d;
      const aliases = aliasSegments(hit.display.a, matches);
      if (!title.some((segment) => segment.mark) && aliases.some((segment) => segment.mark)) option.append(marked('span', 'search-option-detail', aliases));
      else if (detail) option.append(marked('span', 'search-option-detail', highlight(detail, matches)));
      list.append(option);
    });
    const all = document.createElement('li');
    all.id = `${list.id}-all`;
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.className = 'search-option search-option-all';
    const page = new URL(form.action);
    page.searchParams.set('q', response.query);
    all.dataset.href = page.href;
    all.textContent = hits.length > 0 ? `All results for “${response.query}”` : `No match for “${response.query}” yet: open the search page`;
    list.append(all);
    // A provisional list is shown but not yet the answer: `data-query` names the query of a complete one.
    if (response.partial) {
      delete list.dataset.query;
      list.dataset.provisional = response.query;
    } else {
      list.dataset.query = response.query;
      delete list.dataset.provisional;
    }
    if (status) status.textContent = hits.length > 0 ? `${hits.length} suggestions` : 'No suggestions';
    if (document.activeElement === input) open();
    announceRendered('box', response.query, hits.length, response);
  };

  const run = (): void => {
    const query = input.value;
    const id = ++latest;
    if (query.trim().length < MIN_QUERY) {
      list.replaceChildren();
      delete list.dataset.query;
      close();
      prefetch(query);
      return;
    }
    const provisional = (response: SearchResponse): void => {
      if (id === latest) render(response);
    };
    search(query, BOX_PER_KIND, BOX_LIMIT, provisional)
      .then((response) => {
        if (response && id === latest) render(response);
      })
      .catch((error: unknown) => {
        if (status) status.textContent = `Search failed: ${String(error)}`;
      });
  };

  input.addEventListener('focus', () => {
    void connect().catch(() => undefined);
    if ((list.dataset.query ?? list.dataset.provisional) === input.value && input.value.trim().length >= MIN_QUERY) open();
  });
  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) open();
      activate(active < 0 ? (event.key === 'ArrowDown' ? 0 : -1) : active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const current = active >= 0 && !list.hidden ? options()[active] : undefined;
      if (current) {
        event.preventDefault();
        go(current);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        input.value = '';
        list.replaceChildren();
        delete list.dataset.query;
      } else input.blur();
    }
  });
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    if (option) go(option);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
}

// ---------------------------------------------------------------- search page

/** History state of the search page. */
interface PageState {
  dossierSearch: true;
  q: string;
  /** False while the entry is being typed into (later keystrokes replace it). */
  committed: boolean;
}

/**
 * Wire the search page.
 * @param root The `[data-search-page]` element.
 */
function setUpPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-page-status]');
  if (!form || !input || !results) return;
  let latest = 0;

  const urlFor = (query: string): string => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    return url.href;
  };
  const writeHistory = (query: string, committed: boolean, push: boolean): void => {
    const state: PageState = { dossierSearch: true, q: query, committed };
    try {
      if (push) history.pushState(state, '', urlFor(query));
      else history.replaceState(state, '', urlFor(query));
    } catch {
      // Some browsers refuse history changes on file://; the search still works.
    }
  };

  const run = (query: string): void => {
    const id = ++latest;
    if (query.trim().length < MIN_QUERY) {
      prefetch(query);
      results.replaceChildren();
      results.dataset.query = query;
      if (status) status.textContent = query.trim() ? 'Type at least two letters.' : '';
      announceRendered('page', query, 0);
      return;
    }
    void search(query, PAGE_PER_KIND)
      .then((response) => {
        if (response && id === latest) renderPage(response, () => id === latest);
      })
      .catch((error: unknown) => {
        if (status) status.textContent = `Search failed: ${String(error)}`;
      });
  };

  const renderPage = (response: SearchResponse, stillCurrent: () => boolean): void => {
    const matches = termMatcher(response.terms, response.prefix);
    const sections: HTMLElement[] = [];
    const snippetSlots: Array<{ hit: SearchHit; slot: HTMLElement }> = [];
    KINDS.forEach((kind) => {
      const hits = response.hits.filter((hit) => hit.kind === kind);
      if (hits.length === 0) return;
      const section = document.createElement('section');
      section.className = 'search-group';
      section.dataset.kind = kind;
      const heading = document.createElement('h2');
      heading.id = `search-group-${kind}`;
      heading.textContent = KIND_LABELS[kind].many;
      const count = document.createElement('span');
      count.className = 'search-count';
      const total = response.totals[kind];
      count.textContent = total > hits.length ? ` ${hits.length} of ${total}` : ` ${hits.length}`;
      heading.append(count);
      const list = document.createElement('ol');
      list.className = 'search-results';
      list.setAttribute('aria-labelledby', heading.id);
      for (const hit of hits) {
        const item = document.createElement('li');
        item.className = 'search-result';
        const link = marked('a', 'search-result-title', highlight(hit.display.t, matches)) as HTMLAnchorElement;
        link.href = hitUrl(hit);
        const label = document.createElement('span');
        label.className = 'search-kind';
        label.textContent = kindLabel(hit);
        item.append(label, link);
        if (hit.display.d) item.append(marked('p', 'search-result-detail', highlight(hit.display.d, matches)));
        const slot = document.createElement('p');
        slot.className = 'search-snippet';
        if (hit.kind === 'figure' && hit.display.q) appendSegments(slot, [{ text: '“', mark: false }, ...highlight(hit.display.q, matches), { text: '”', mark: false }]);
        else {
          const aliases = aliasSegments(hit.display.a, matches);
          if (aliases.length > 0) appendSegments(slot, [{ text: 'Also: ', mark: false }, ...aliases]);
        }
        if (hit.display.x && (hit.kind === 'article' || hit.inBody)) snippetSlots.push({ hit, slot });
        if (slot.childNodes.length > 0 || snippetSlots.at(-1)?.slot === slot) item.append(slot);
        list.append(item);
      }
      section.append(heading, list);
      sections.push(section);
    });
    results.replaceChildren(...sections);
    results.dataset.query = response.query;
    const shown = response.hits.length;
    if (status) status.textContent = shown > 0 ? `${shown} results for “${response.query}”` : `No results for “${response.query}”.`;
    announceRendered('page', response.query, shown, response);
    if (snippetSlots.length > 0) void fillSnippets(snippetSlots, matches, stillCurrent);
  };

  const fillSnippets = async (slots: Array<{ hit: SearchHit; slot: HTMLElement }>, matches: TokenMatcher, stillCurrent: () => boolean): Promise<void> => {
    const texts = await (await connect()).texts(slots.map(({ hit }) => hit.doc)).catch(() => ({}) as Record<number, string>);
    if (!stillCurrent()) return;
    for (const { hit, slot } of slots) {
      const text = texts[hit.doc];
      if (!text) continue;
      const segments = snippet(text, matches);
      if (segments.length === 0) continue;
      if (slot.childNodes.length > 0) slot.append(document.createElement('br'));
      appendSegments(slot, segments);
    }
    root.dataset.snippets = 'ready';
    document.dispatchEvent(new CustomEvent('dossier-search-snippets', { detail: { query: input.value } }));
  };

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  writeHistory(initial, true, false);
  run(initial);

  input.addEventListener('input', () => {
    const state = history.state as PageState | null;
    writeHistory(input.value, false, Boolean(state?.dossierSearch && state.committed));
    run(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = history.state as PageState | null;
    const pushed = state?.dossierSearch && state.committed && state.q !== input.value;
    writeHistory(input.value, true, Boolean(pushed));
    run(input.value);
  });
  window.addEventListener('popstate', () => {
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    run(query);
  });
}

// ---------------------------------------------------------------- start

/**
 * @param target An event target.
 * @returns Whether keys typed there are text input.
 */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Wire everything on the page. */
function start(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) setUpBox(form);
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) setUpPage(page);
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    const target = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]') ?? document.querySelector<HTMLInputElement>('form[data-search-box] input[name="q"]');
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.select();
  });
  document.documentElement.dataset.searchReady = 'true';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
