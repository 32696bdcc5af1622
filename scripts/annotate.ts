/**
 * `npm run annotate -- [--seeds DIR] [--content DIR] [--check] [--quiet]`
 *
 * Node's compile cache is switched on before the command's modules are loaded
 * (they are imported below, not statically), so that a run after one changed
 * seed does not compile the annotator's modules again: V8 reads their bytecode
 * back from the cache folder (os.tmpdir()/node-compile-cache, or NODE_COMPILE_CACHE).
 * The cache holds compiled code only, keyed by each module's source: output is the same.
 * When nothing changed since the last successful run (src/cli/annotate-up-to-date.ts),
 * the annotator is not loaded at all.
 *
 * `npm run annotate` passes two V8 flags, which change no result.
 * `--no-regexp-tier-up`: V8 otherwise runs each regular expression in its
 * interpreter first and compiles it to machine code on its second match, so
 * the annotator's hundreds of patterns (many long word lists) are compiled
 * twice, a fifth of a one-article run. `--no-lazy`: the compile cache is made
 * as a module is compiled, before its functions run, and V8 compiles a
 * function only when first called, so without it every function the run
 * calls is compiled again in each run (some 50 ms of a one-article run).
 * They must be given on the command line: set from here with
 * `v8.setFlagsFromString`, the first crashed about one run in twenty.
 */
import module from 'node:module';

module.enableCompileCache?.();
const { processOutput } = await import('../src/cli/args.ts');
const { reportIfUpToDate } = await import('../src/cli/annotate-up-to-date.ts');
const argv = process.argv.slice(2);
if (reportIfUpToDate(argv, processOutput)) process.exitCode = 0;
else {
  // Before the annotator's modules, some of which read data files as they load.
  const { primeParsedYaml } = await import('../src/cli/annotate-cache.ts');
  const { cacheDirOf } = await import('../src/cli/annotate-flags.ts');
  primeParsedYaml(cacheDirOf(argv));
  const { runAnnotate } = await import('../src/cli/annotate.ts');
  process.exitCode = runAnnotate(argv, processOutput);
}
