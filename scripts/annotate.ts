/**
 * `npm run annotate -- [--seeds DIR] [--content DIR] [--check] [--quiet]`
 *
 * Node's compile cache is switched on before the command's modules are loaded
 * (they are imported below, not statically), so that a run after one changed
 * seed does not compile the annotator's modules again: V8 reads their bytecode
 * back from the cache folder (os.tmpdir()/node-compile-cache, or NODE_COMPILE_CACHE).
 * The cache holds compiled code only, keyed by each module's source: output is the same.
 */
import module from 'node:module';

module.enableCompileCache?.();
const { runAnnotate } = await import('../src/cli/annotate.ts');
const { processOutput } = await import('../src/cli/args.ts');

process.exitCode = runAnnotate(process.argv.slice(2), processOutput);
