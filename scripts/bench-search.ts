/**
 * `npm run bench:search`: how fast and how light the site search is at scale,
 * beside plain Fuse over the same records, measured in Chromium.
 *
 * For each corpus size (synthetic articles of ~500 words with entities,
 * figures and countries, src/search/bench/synthetic-corpus.ts):
 *
 * 1. builds our index (src/search/build-index.ts) and client scripts into a
 *    temporary folder, and a plain-Fuse page that loads every record whole
 *    (`new Fuse(records, { keys })`);
 * 2. serves the folder on 127.0.0.1 and, in a fresh Chromium context each
 *    time, types realistic queries letter by letter into the search box;
 * 3. reports the bytes loaded before the first result (raw and gzip, from
 *    the server's log of what was requested until the page showed a
 *    result), the latency of each keystroke and the page's long tasks
 *    (>= 50 ms, the time the page could not respond to typing). Our search
 *    is also measured opened from disk (file://), where its engine runs on
 *    the page in time slices.
 *
 * Latency of a keystroke (median, p95, max): from the keydown event's
 * timestamp (when the key was pressed, even if the page was busy) to the
 * moment the page has rendered the results list for that text, or for a
 * later text of the same query when typing went faster than the answers (the
 * `dossier-search` event fires right after the list is in the DOM). When the
 * complete answer needs index files not loaded yet, the box first renders a
 * provisional list (the best matches among what is loaded, only when there
 * are some); that first render is what the user sees, so it is what
 * "median / p95" counts, and the table also gives, separately, the time to
 * the complete answer and how many keystrokes were shown a provisional list
 * first. A keystroke with no render at all is reported as missing.
 *
 * Flags: --sizes 1000,10000  --delay 100 (ms between keys)
 *        --baseline-budget 60 (seconds of typing into plain Fuse per size)
 *        --only http,file,fuse (scenarios to measure)
 *        --keep (keep the temporary folder)  --json FILE (write the figures)
 * BENCH_DEBUG=1 prints every keystroke's timings and every long task.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { parseFlags } from '../src/cli/args.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { addShortAnswers } from '../src/search/short-answers.ts';
import { buildClientBundles } from '../src/search/bundle.ts';
import { syntheticCorpus } from '../src/search/bench/synthetic-corpus.ts';
import type { SearchRecord } from '../src/search/types.ts';

const flags = parseFlags(process.argv.slice(2), {
  sizes: { type: 'string', default: '1000,10000', help: 'corpus sizes, in articles' },
  delay: { type: 'string', default: '100', help: 'milliseconds between keys' },
  'baseline-budget': { type: 'string', default: '60', help: 'seconds of typing into plain Fuse per size' },
  keep: { type: 'boolean', default: false, help: 'keep the temporary folder' },
  json: { type: 'string', default: '', help: 'write the figures to this file' },
  only: { type: 'string', default: '', help: 'measure only these scenarios, comma-separated: http, file, fuse' },
} as const);
const sizes = String(flags.sizes).split(',').map(Number);
const keyDelay = Number(flags.delay);
const baselineBudgetMs = Number(flags['baseline-budget']) * 1000;

/** The search box as the site renders it (src/components/SearchBox.astro), without the header around it. */
const BOX = `<form class="site-search" role="search" aria-label="Site search" action="search.html" method="get" data-search-box>
<input id="site-search-input" type="search" name="q" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="site-search-results">
<ul id="site-search-results" role="listbox" aria-label="Search suggestions" hidden></ul>
<p data-search-status></p></form>`;

/** The plain-Fuse page's script: every record loaded whole, Fuse's defaults, a search per keystroke. */
const BASELINE_SCRIPT = `
import Fuse from 'fuse.js';
const records = self.__records;
const fuse = new Fuse(records, { keys: ['title', 'aliases', 'meta', 'quote', 'body'] });
const input = document.querySelector('input');
const list = document.querySelector('ul');
input.addEventListener('input', () => {
  const query = input.value;
  if (query.trim().length < 2) { list.replaceChildren(); return; }
  const results = fuse.search(query, { limit: 7 });
  list.hidden = false;
  list.replaceChildren(...results.map((result) => { const li = document.createElement('li'); li.textContent = result.item.title; return li; }));
  document.dispatchEvent(new CustomEvent('dossier-search', { detail: { where: 'box', query, hits: results.length } }));
});`;

/**
 * Collects keystrokes, renders and long tasks in the page. A keystroke is an
 * input event, timed from its keydown when there is one (its timestamp is
 * when the key was pressed, even while the page was busy); text that
 * Playwright inserts without key events (Cyrillic) is timed from the input event.
 */
const MEASURE_SCRIPT = `
window.__bench = { inputs: [], renders: [], longTasks: [], first: 0 };
let lastKey = null;
addEventListener('keydown', (event) => { lastKey = { t: event.timeStamp, key: event.key }; }, true);
addEventListener('input', (event) => {
  const value = event.target.value;
  const t = lastKey && lastKey.key === value.slice(-1) ? lastKey.t : event.timeStamp;
  lastKey = null;
  window.__bench.inputs.push({ t, value });
}, true);
document.addEventListener('dossier-search', (event) => {
  const t = performance.now();
  window.__bench.renders.push({ t, q: event.detail.query, hits: event.detail.hits, took: event.detail.took || 0, steps: event.detail.steps, partial: Boolean(event.detail.partial) });
  if (!window.__bench.first && event.detail.hits > 0) { window.__bench.first = t; window.__benchFirstResult && window.__benchFirstResult(); }
});
try {
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration }); })
    .observe({ type: 'longtask', buffered: true });
} catch {}`;

/** One request the server answered. */
interface Logged {
  path: string;
  /** The file served. */
  file: string;
  /** When, in ms since the epoch. */
  at: number;
  raw: number;
}

/** What one scenario measured. */
interface Figures {
  size: number;
  engine: string;
  firstRaw: number | null;
  firstGzip: number | null;
  firstFiles: number | null;
  totalRaw: number | null;
  totalGzip: number | null;
  keystrokes: number;
  /** Keystrokes whose first results shown were provisional (the complete answer came later). */
  provisional: number;
  median: number;
  p95: number;
  max: number;
  /** Median and p95 of the time to the complete answer (equal to the above when no answer is provisional). */
  finalMedian: number;
  finalP95: number;
  longTasks: number;
  longestTask: number;
  /** Median and p95 of the engine's own time per query (ours only). */
  engineMedian: number;
  engineP95: number;
  note: string;
}

/**
 * The static server, run in a worker thread so that answering the page never
 * waits on this process's own work (driving Chromium). It reports every
 * request it answered: path, size, and when (ms since the epoch).
 */
const SERVER_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const root = workerData.root;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const server = createServer((request, response) => {
  const url = new URL(request.url || '/', 'http://127.0.0.1');
  const file = path.join(root, decodeURIComponent(url.pathname));
  let body;
  try { if (!file.startsWith(root)) throw new Error('outside'); body = readFileSync(file); }
  catch { response.writeHead(404).end(); return; }
  response.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
  parentPort.postMessage({ path: url.pathname, file, at: performance.timeOrigin + performance.now(), raw: body.length });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
`;

/**
 * Serve a folder from a worker thread, logging every request.
 * @param root Folder.
 * @param log Where requests are logged (as their reports arrive).
 * @returns The port, and a function that stops the server.
 */
async function serve(root: string, log: Logged[]): Promise<{ port: number; stop: () => Promise<number> }> {
  const worker = new Worker(SERVER_SCRIPT, { eval: true, workerData: { root } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: { port?: number; path?: string; file?: string; at?: number; raw?: number }) => {
      if (message.port !== undefined) resolve(message.port);
      else log.push({ path: message.path ?? '', file: message.file ?? '', at: message.at ?? 0, raw: message.raw ?? 0 });
    });
  });
  return { port, stop: () => worker.terminate() };
}

const gzipSizes = new Map<string, number>();

/**
 * @param entry A logged request.
 * @returns The gzip size of the file it served.
 */
function gzipSize(entry: Logged): number {
  let size = gzipSizes.get(entry.file);
  if (size === undefined) gzipSizes.set(entry.file, (size = gzipSync(readFileSync(entry.file)).length));
  return size;
}

/**
 * Runs in the page: from a worker, fetch six doc shards at once, twenty times
 * (each time with new URLs, uncached); evaluates to the median time of one
 * round of six fetches, in ms.
 */
const ROUND_TRIP_SCRIPT = `(async () => {
  const code = 'onmessage = async (event) => { const times = []; for (let round = 0; round < 20; round++) { const started = performance.now(); ' +
    'await Promise.all(event.data.map((url) => fetch(url + "?round=" + round, { cache: "no-store" }).then((response) => response.text()))); ' +
    'times.push(performance.now() - started); } times.sort((a, b) => a - b); postMessage(times[10]); };';
  const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  const urls = [0, 1, 2, 3, 4, 5].map((i) => new URL('search/d-' + i * 7 + '.js', location.href).href);
  const median = await new Promise((resolve) => { worker.onmessage = (event) => resolve(event.data); worker.postMessage(urls); });
  worker.terminate();
  return median;
})()`;

/**
 * @param values Numbers.
 * @param fraction 0.5 for the median, 0.95 for p95.
 * @returns The quantile (nearest rank), or NaN for no values.
 */
function quantile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/**
 * Type queries letter by letter and measure.
 * @param browser Chromium.
 * @param url The page.
 * @param queries Queries to type.
 * @param budgetMs Stop typing after this long.
 * @param log The server's log ([] for file://).
 * @returns Latencies, first-result bytes and long tasks.
 */
async function measure(browser: Browser, url: string, queries: readonly string[], budgetMs: number, log: Logged[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let firstAt: number | null = null;
  await page.exposeBinding('__benchFirstResult', () => {
    firstAt = performance.timeOrigin + performance.now();
  });
  await page.addInitScript(MEASURE_SCRIPT);
  log.length = 0;
  await page.goto(url, { timeout: 180_000 });
  const input = page.locator('input[name="q"], input').first();
  await input.click();
  /** The box's text after each typed key. */
  const expected: string[] = [];
  const started = performance.now();
  outer: for (const query of queries) {
    await input.fill('');
    await page.waitForTimeout(150);
    for (let i = 0; i < query.length; i++) {
      if (performance.now() - started > budgetMs) break outer;
      await page.keyboard.type(query[i]!);
      expected.push(query.slice(0, i + 1));
      await page.waitForTimeout(keyDelay);
    }
    await page.waitForTimeout(300);
  }
  // Let the last keystroke's results arrive.
  const last = expected.at(-1);
  if (last !== undefined) {
    await page
      .waitForFunction((value) => (window as unknown as { __bench: { renders: { q: string }[] } }).__bench.renders.some((render) => render.q === value), last, { timeout: 120_000 })
      .catch(() => undefined);
  }
  // How long this machine takes to fetch six small index files at once from a worker: the floor of a keystroke that needs files.
  const roundTrip = url.startsWith('http') && url.includes('/site/') ? ((await page.evaluate(ROUND_TRIP_SCRIPT)) as number) : null;
  const data = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as {
    inputs: { t: number; value: string }[];
    renders: { t: number; q: string; hits: number; took: number; steps?: Record<string, number>; partial: boolean }[];
    longTasks: { start: number; duration: number }[];
  };
  await context.close();

  const latencies: number[] = [];
  const finalLatencies: number[] = [];
  const engineTimes: number[] = [];
  let missing = 0;
  let provisional = 0;
  data.inputs.forEach((input, index) => {
    if (input.value.trim().length < 2) return;
    // A keystroke is answered by the results for its text, or for a later text of the same query (before the box is cleared).
    const later = new Set<string>();
    for (const next of data.inputs.slice(index)) {
      if (next.value === '') break;
      later.add(next.value);
    }
    // Shown: the first results displayed (a provisional list counts: it holds real matches of this text). Final: the complete answer.
    const render = data.renders.find((candidate) => candidate.t >= input.t && later.has(candidate.q));
    const complete = data.renders.find((candidate) => candidate.t >= input.t && later.has(candidate.q) && !candidate.partial);
    if (render) {
      latencies.push(render.t - input.t);
      if (render.partial) provisional++;
      if (render.took) engineTimes.push(render.took);
    } else missing++;
    if (complete) finalLatencies.push(complete.t - input.t);
    const describe = (found: typeof render): string =>
      found ? `${(found.t - input.t).toFixed(1)} ms${found.partial ? ' (provisional)' : ''} (engine ${found.took.toFixed(1)} ms: ${JSON.stringify(found.steps ?? {}, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))})` : 'missing';
    if (process.env.BENCH_DEBUG) console.error(`    ${JSON.stringify(input.value)} shown ${describe(render)}${render !== complete ? `; final ${describe(complete)}` : ''}`);
  });
  const typingStart = data.inputs[0]?.t ?? 0;
  const typingTasks = data.longTasks.filter((task) => task.start + task.duration >= typingStart);
  if (process.env.BENCH_DEBUG) {
    for (const task of typingTasks) {
      const before = data.inputs.filter((input) => input.t <= task.start).at(-1);
      console.error(`    long task of ${task.duration.toFixed(0)} ms, ${before ? `${(task.start - before.t).toFixed(0)} ms after typing ${JSON.stringify(before.value)}` : 'before typing'}`);
    }
  }
  // Let the server's last reports arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const sum = (entries: Logged[], field: 'raw' | 'gzip'): number => entries.reduce((total, entry) => total + (field === 'raw' ? entry.raw : gzipSize(entry)), 0);
  // Everything the page loaded but the HTML page itself.
  const assets = log.filter((entry) => !entry.path.endsWith('.html'));
  const first = firstAt as number | null;
  const beforeFirst = first === null ? [] : assets.filter((entry) => entry.at <= first);
  return {
    roundTrip,
    latencies,
    finalLatencies,
    provisional,
    engineTimes,
    missing,
    errors,
    firstRaw: first === null ? null : sum(beforeFirst, 'raw'),
    firstGzip: first === null ? null : sum(beforeFirst, 'gzip'),
    firstFiles: first === null ? null : beforeFirst.length,
    totalRaw: sum(assets, 'raw'),
    totalGzip: sum(assets, 'gzip'),
    longTasks: typingTasks.length,
    longestTask: Math.max(0, ...typingTasks.map((task) => task.duration)),
  };
}

/**
 * @param records Records.
 * @returns The plain-Fuse page's records script.
 */
function recordsScript(records: readonly SearchRecord[]): string {
  const plain = records.map(({ kind, title, aliases, meta, quote, body, url }) => ({ kind, title, aliases, meta, quote, body, url }));
  return `self.__records=${JSON.stringify(plain)};`;
}

/**
 * Write files under a folder.
 * @param dir Folder.
 * @param files Relative path -> content.
 */
function writeAll(dir: string, files: Iterable<[string, string]>): void {
  for (const [name, content] of files) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/**
 * @param bytes A byte count or null.
 * @returns It in kB or MB.
 */
function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'n/a';
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * @param ms Milliseconds.
 * @returns Rounded for the table.
 */
function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

/** Run the benchmark. */
async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'dossier-bench-search-'));
  const log: Logged[] = [];
  const { port, stop } = await serve(root, log);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const figures: Figures[] = [];
  const buildNotes: string[] = [];
  try {
    const bundles = await buildClientBundles();
    const baseline = await build({
      stdin: { contents: BASELINE_SCRIPT, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const baselineScript = baseline.outputFiles[0]?.text ?? '';
    for (const size of sizes) {
      let started = performance.now();
      const { records, queries } = syntheticCorpus(size);
      const generated = performance.now() - started;
      started = performance.now();
      const index = buildSearchIndex(records);
      const answered = await addShortAnswers(index);
      const indexMs = performance.now() - started;
      const site = path.join(root, String(size), 'site');
      writeAll(path.join(site, 'search'), [...index.files, ...bundles]);
      writeFileSync(path.join(site, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title></head><body>${BOX}<script defer src="search/ui.js"></script></body></html>`);
      const plain = path.join(root, String(size), 'fuse');
      writeAll(plain, [
        ['records.js', recordsScript(index.records)],
        ['fuse-page.js', baselineScript],
        ['index.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain Fuse</title></head><body><input type="search" name="q" autocomplete="off"><ul hidden></ul><script src="records.js"></script><script src="fuse-page.js"></script></body></html>`],
      ]);
      buildNotes.push(
        `${size} articles: ${index.stats.docs} records (articles, entities, figures, countries), ${index.stats.terms} terms, ${index.stats.postings} postings; ` +
          `${answered} prefixes of two to four letters answered in advance; index ${formatBytes(index.stats.bytes)} in ${index.files.size} files, built in ${(indexMs / 1000).toFixed(1)} s (corpus generated in ${(generated / 1000).toFixed(1)} s)`,
      );
      console.error(buildNotes.at(-1));
      console.error(`  queries: ${queries.map((query) => JSON.stringify(query)).join(', ')}`);

      const scenarios = [
        { key: 'http', engine: 'ours (http, worker)', url: `http://127.0.0.1:${port}/${size}/site/index.html`, budget: Infinity },
        { key: 'file', engine: 'ours (file://, page)', url: pathToFileURL(path.join(site, 'index.html')).href, budget: Infinity },
        { key: 'fuse', engine: 'plain Fuse (http)', url: `http://127.0.0.1:${port}/${size}/fuse/index.html`, budget: baselineBudgetMs },
      ];
      for (const scenario of scenarios) {
        if (flags.only && !String(flags.only).split(',').includes(scenario.key)) continue;
        console.error(`  measuring ${scenario.engine}...`);
        const result = await measure(browser, scenario.url, queries, scenario.budget, scenario.url.startsWith('file:') ? [] : log);
        const isFile = scenario.url.startsWith('file:');
        const notes = [
          result.missing ? `${result.missing} keystrokes without a render` : '',
          result.errors.length ? `errors: ${result.errors.join('; ')}` : '',
          result.roundTrip !== null ? `one round of 6 parallel fetches of index files from a worker takes ${formatMs(result.roundTrip)} (median) on this machine` : '',
        ].filter(Boolean);
        figures.push({
          size,
          engine: scenario.engine,
          firstRaw: isFile ? null : result.firstRaw,
          firstGzip: isFile ? null : result.firstGzip,
          firstFiles: isFile ? null : result.firstFiles,
          totalRaw: isFile ? null : result.totalRaw,
          totalGzip: isFile ? null : result.totalGzip,
          keystrokes: result.latencies.length,
          provisional: result.provisional,
          median: quantile(result.latencies, 0.5),
          p95: quantile(result.latencies, 0.95),
          max: Math.max(...result.latencies),
          finalMedian: quantile(result.finalLatencies, 0.5),
          finalP95: quantile(result.finalLatencies, 0.95),
          longTasks: result.longTasks,
          longestTask: result.longestTask,
          engineMedian: quantile(result.engineTimes, 0.5),
          engineP95: quantile(result.engineTimes, 0.95),
          note: notes.join('; '),
        });
      }
    }
  } finally {
    await browser.close();
    await stop();
    if (!flags.keep) rmSync(root, { recursive: true, force: true });
    else console.error(`kept ${root}`);
  }

  const header = ['articles', 'search', 'first result: raw', 'gzip', 'files', 'whole session: gzip', 'keystrokes', 'median', 'p95', 'max', 'complete answer: median / p95', 'provisional first', 'engine median / p95', 'long tasks (longest)'];
  const rows = figures.map((f) => [
    String(f.size),
    f.engine,
    formatBytes(f.firstRaw),
    formatBytes(f.firstGzip),
    f.firstFiles === null ? 'n/a' : String(f.firstFiles),
    formatBytes(f.totalGzip),
    String(f.keystrokes),
    formatMs(f.median),
    formatMs(f.p95),
    formatMs(f.max),
    `${formatMs(f.finalMedian)} / ${formatMs(f.finalP95)}`,
    String(f.provisional),
    Number.isFinite(f.engineMedian) ? `${formatMs(f.engineMedian)} / ${formatMs(f.engineP95)}` : 'n/a',
    f.longTasks === 0 ? '0' : `${f.longTasks} (${formatMs(f.longestTask)})`,
  ]);
  console.log(`\n| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  for (const note of buildNotes) console.log(`\n${note}`);
  for (const f of figures) if (f.note) console.log(`\nnote (${f.size}, ${f.engine}): ${f.note}`);
  if (flags.json) writeFileSync(String(flags.json), `${JSON.stringify({ figures, builds: buildNotes }, null, 2)}\n`);
}

await main();
