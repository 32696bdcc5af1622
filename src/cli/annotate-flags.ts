/**
 * The annotate command's flags, shared by the command and by the check that
 * finds it has nothing to do (which must read them without loading the annotator).
 */
import path from 'node:path';
import { parseFlags, UsageError } from './args.ts';

/** The flags, as parsed. */
export interface AnnotateFlags {
  seeds: string;
  content: string;
  check: boolean;
  quiet: boolean;
  jobs: string;
  cache: string;
  'no-cache': boolean;
}

export const annotateFlagSpec = {
  seeds: { type: 'string', default: 'seeds', help: 'folder of .txt articles' },
  content: { type: 'string', default: 'content', help: 'folder to write articles/ and entities/ into' },
  check: { type: 'boolean', default: false, help: 'write nothing; exit 1 when content/ is stale against the seeds' },
  quiet: { type: 'boolean', default: false, help: 'print only problems and the summary' },
  jobs: { type: 'string', default: 'auto', help: 'threads to annotate on: a number, or auto for every core' },
  cache: { type: 'string', default: '.cache/annotate', help: 'folder of the content-hash cache' },
  'no-cache': { type: 'boolean', default: false, help: 'neither read nor write the cache (a built knowledge up to date with the annotator is still read)' },
} as const;

/**
 * Read `--jobs`.
 * @param value `auto` or a positive whole number.
 * @param cores The number of cores (for `auto`).
 * @returns The number of threads.
 * @throws UsageError on anything else.
 */
export function parseJobs(value: string, cores: number): number {
  if (value === 'auto') return Math.max(1, cores);
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs ${value}: expected a positive whole number or auto`);
  return Number(value);
}

/**
 * The cache folder a command line names, read before the annotator is loaded.
 * @param argv Arguments after the command name.
 * @param cwd Folder relative paths are resolved against.
 * @returns The absolute folder; undefined when the flags are wrong (the command reports them).
 */
export function cacheDirOf(argv: readonly string[], cwd = process.cwd()): string | undefined {
  try {
    return path.resolve(cwd, (parseFlags(argv, annotateFlagSpec) as unknown as AnnotateFlags).cache);
  } catch {
    return undefined;
  }
}

/**
 * The V8 flags `npm run annotate` passes to Node (see scripts/annotate.ts for
 * why): the benchmark runs the annotator with them too, and a unit test keeps
 * package.json's script in step with this list.
 */
export const ANNOTATE_NODE_FLAGS: readonly string[] = ['--no-regexp-tier-up', '--no-lazy'];
