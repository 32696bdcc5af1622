/**
 * Worker thread of a site build: makes the search's files from the records
 * it is given and writes them into the output folder (./build-files.ts),
 * while the main thread goes on generating pages. Posts the number of files
 * written; an error ends the worker and reaches the build (./site-index.ts).
 * Runs on Node's own type stripping, so everything it imports uses only
 * erasable TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { noteTiming } from '../lib/build-timings.ts';
import { buildSearchFiles, writeSearchFiles } from './build-files.ts';
import type { SearchRecord } from './types.ts';

const { records, root, outDir, cacheDir, askedAt } = workerData as { records: SearchRecord[]; root: string; outDir: string; cacheDir: string | undefined; askedAt: number };
noteTiming('search: worker', `at work ${Date.now() - askedAt} ms after it was started (the records received, the modules loaded)`);
const files = await buildSearchFiles(records, root);
parentPort?.postMessage(await writeSearchFiles(files, outDir, cacheDir));
