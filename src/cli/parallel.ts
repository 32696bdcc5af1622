/**
 * A synchronous map over worker threads, for command-line steps that stay
 * synchronous functions (the annotate command returns its exit code, and the
 * build calls it as such).
 *
 * The items are split among the workers (item i goes to worker i mod n), or,
 * when the calling thread takes items too, each thread takes the next item
 * left (a shared counter). Each worker imports a task module (TypeScript:
 * natively when Node strips types, else through tsx's loader when the process
 * has none), asks it for a handler once (loading what it needs, such as the
 * knowledge files, once per worker) and posts one message per item.
 * The calling thread blocks on a shared counter (`Atomics.wait`) and reads the
 * messages with `receiveMessageOnPort`, so it needs no event loop. Results
 * come back by index, so their order never depends on which worker was first.
 */
import { existsSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** What a worker reports for one item. */
export type ItemOutcome<O> = { index: number; ok: O } | { index: number; error: WorkerError };

/** An error thrown by a handler, as it crosses the thread boundary. */
export interface WorkerError {
  /** The error's class name (`SeedError`, `TypeError`, ...). */
  name: string;
  message: string;
  stack: string | undefined;
  /** Own enumerable fields of the error (a SeedError's `file` and `line`). */
  fields: Record<string, unknown>;
}

/** Options of {@link parallelMap}. */
export interface ParallelOptions<I, O> {
  /** URL of the task module (a `.ts` file is fine). */
  module: URL;
  /** Name of its export: a function returning the handler `(item) => output`, called once per worker. */
  task: string;
  /** Arguments of that function (structured-clonable). */
  taskArgs?: unknown[];
  /** Number of workers (at least 1). */
  workers: number;
  /** Called in the calling thread as each item's outcome arrives. */
  onOutcome?: (outcome: ItemOutcome<O>) => void;
  /** Seconds without any message before the workers are given up as hung. */
  stallSeconds?: number;
  /**
   * The same handler, for the calling thread, which then takes items too: they
   * are not split in advance, each thread takes the next one left (the calling
   * thread starts at once, while the workers are still loading).
   */
  local?: (item: I) => O;
}

/** A worker could not start or stopped answering: the caller may fall back to doing the work itself. */
export class WorkerPoolError extends Error {
  override name = 'WorkerPoolError';
}

/** Counter slots of the shared progress array. */
const MESSAGES = 0;
const FINISHED = 1;
/** With a local handler: the next item to take. */
const NEXT = 2;

/** The code each worker runs: load the task module, run the handler over its items, post each outcome. */
const bootstrap = `
const { workerData } = require('node:worker_threads');
const { port, progress, items, indices, shared, tsxApi, compileCache, module: moduleUrl, task, taskArgs } = workerData;
if (compileCache) require('node:module').enableCompileCache();
const signal = (slot) => { Atomics.add(progress, slot, 1); if (slot !== 0) Atomics.add(progress, 0, 1); Atomics.notify(progress, 0); };
const describe = (error) => ({
  name: error && error.name ? String(error.name) : 'Error',
  message: error && error.message !== undefined ? String(error.message) : String(error),
  stack: error && error.stack ? String(error.stack) : undefined,
  fields: error && typeof error === 'object' ? Object.fromEntries(Object.entries(error).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))) : {},
});
const hasTypeScriptLoader = () => [...process.execArgv, process.env.NODE_OPTIONS || ''].some((arg) => /tsx/.test(arg));
(async () => {
  try {
    if (tsxApi && !hasTypeScriptLoader()) (await import(tsxApi)).register();
    const handler = await (await import(moduleUrl))[task](...taskArgs);
    let taken = 0;
    const next = shared ? () => Atomics.add(progress, 2, 1) : () => taken++;
    for (let k = next(); k < items.length; k = next()) {
      let message;
      try {
        message = { index: shared ? k : indices[k], ok: handler(items[k]) };
      } catch (error) {
        message = { index: shared ? k : indices[k], error: describe(error) };
      }
      port.postMessage(message);
      signal(0);
    }
  } catch (error) {
    port.postMessage({ fatal: describe(error) });
  } finally {
    signal(1);
  }
})();
`;

/**
 * Map items through a task module's handler on worker threads, blocking until every item is done.
 * @param items Items (structured-clonable), split among the workers.
 * @param options Task module, export name, worker count, outcome callback.
 * @returns Outcomes in item order.
 * @throws WorkerPoolError when a worker cannot load the task or stops answering.
 */
export function parallelMap<I, O>(items: readonly I[], options: ParallelOptions<I, O>): Array<ItemOutcome<O>> {
  const outcomes: Array<ItemOutcome<O> | undefined> = new Array(items.length);
  const count = Math.max(1, Math.min(options.workers, items.length));
  if (items.length === 0) return [];
  const shared = options.local !== undefined;
  const progress = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const tsxApi = nativeTypeScript() ? undefined : typeScriptLoaderUrl();
  // A worker does not inherit the compile cache: without it, it strips and compiles every module again (some 250 ms).
  const compileCache = module.getCompileCacheDir?.() !== undefined;
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  try {
    for (let w = 0; w < count; w++) {
      const indices: number[] = [];
      if (!shared) for (let i = w; i < items.length; i += count) indices.push(i);
      const { port1, port2 } = new MessageChannel();
      ports.push(port1);
      const worker = new Worker(bootstrap, {
        eval: true,
        workerData: { port: port2, progress, items: shared ? items : indices.map((i) => items[i]), indices, shared, tsxApi, compileCache, module: options.module.href, task: options.task, taskArgs: options.taskArgs ?? [] },
        transferList: [port2],
        stdout: false,
        stderr: false,
      });
      worker.unref();
      workers.push(worker);
    }
    let fatal: WorkerError | undefined;
    let answered = 0;
    const drain = (): void => {
      for (const port of ports) {
        for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
          const message = received.message as ItemOutcome<O> | { fatal: WorkerError };
          if ('fatal' in message) {
            fatal ??= message.fatal;
            continue;
          }
          outcomes[message.index] = message;
          answered++;
          options.onOutcome?.(message);
        }
      }
    };
    if (options.local) {
      for (let k = Atomics.add(progress, NEXT, 1); k < items.length; k = Atomics.add(progress, NEXT, 1)) {
        let outcome: ItemOutcome<O>;
        try {
          outcome = { index: k, ok: options.local(items[k] as I) };
        } catch (error) {
          outcome = { index: k, error: describeError(error) };
        }
        outcomes[k] = outcome;
        answered++;
        options.onOutcome?.(outcome);
        drain();
      }
    }
    const stallMs = (options.stallSeconds ?? 300) * 1000;
    let lastChange = Date.now();
    // Every item answered: a worker still loading is not waited for (the calling thread took its items).
    while (Atomics.load(progress, FINISHED) < count && answered < items.length) {
      const seen = Atomics.load(progress, MESSAGES);
      drain();
      if (Atomics.load(progress, FINISHED) >= count || answered === items.length) break;
      if (Atomics.wait(progress, MESSAGES, seen, 1000) === 'timed-out' && Atomics.load(progress, MESSAGES) === seen) {
        if (Date.now() - lastChange > stallMs) throw new WorkerPoolError(`worker threads gave no sign of life for ${options.stallSeconds ?? 300} s`);
      } else {
        lastChange = Date.now();
      }
    }
    drain();
    if (answered === items.length) return outcomes as Array<ItemOutcome<O>>;
    if (fatal) throw new WorkerPoolError(`a worker thread could not run ${options.task}: ${fatal.message}\n${fatal.stack ?? ''}`);
    const missing = outcomes.findIndex((outcome) => outcome === undefined);
    if (missing !== -1) throw new WorkerPoolError(`a worker thread ended without an answer for item ${missing}`);
    return outcomes as Array<ItemOutcome<O>>;
  } finally {
    for (const worker of workers) void worker.terminate();
    for (const port of ports) port.close();
  }
}

/**
 * An error thrown in the calling thread, in the form a worker reports it.
 * @param error Anything thrown.
 * @returns Its name, message, stack and own fields.
 */
function describeError(error: unknown): WorkerError {
  const value = error as { name?: unknown; message?: unknown; stack?: unknown } | null;
  return {
    name: value?.name ? String(value.name) : 'Error',
    message: value?.message !== undefined ? String(value.message) : String(error),
    stack: value?.stack ? String(value.stack) : undefined,
    fields: typeof error === 'object' && error !== null ? Object.fromEntries(Object.entries(error).filter(([, field]) => ['string', 'number', 'boolean'].includes(typeof field))) : {},
  };
}

/**
 * Whether this Node imports TypeScript itself (it strips the types). Then the
 * workers do too: tsx's loader would compile every module again in each
 * worker, outside Node's compile cache (about 150 ms of CPU a worker).
 * @returns True on Node 22.18+, 23.6+ and 24 unless type stripping is switched off.
 */
function nativeTypeScript(): boolean {
  return Boolean((process.features as { typescript?: string | false }).typescript);
}

/**
 * The URL of tsx's ESM registration API, so that workers can import TypeScript.
 * @returns The URL, or undefined when tsx is not installed (then only plain JavaScript tasks work).
 */
function typeScriptLoaderUrl(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const api = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
    return existsSync(api) ? pathToFileURL(api).href : undefined;
  } catch {
    return undefined;
  }
}
