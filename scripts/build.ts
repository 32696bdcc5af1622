/**
 * `npm run build -- [--seeds DIR] [--content DIR] [--out DIR] [--quiet]`:
 * annotate, check content/, build into a temporary folder, then swap it into
 * dist/. On any failure dist/ is left as it was (see src/cli/build.ts).
 *
 * Runs on Node itself (type stripping), like scripts/annotate.ts: no tsx
 * loader sits in front of every module Astro and Vite import, and Node's
 * compile cache, switched on before anything else is imported, keeps their
 * compiled code between builds.
 */
import module from 'node:module';

module.enableCompileCache?.();
const { runBuild } = await import('../src/cli/build.ts');
const { processOutput } = await import('../src/cli/args.ts');

process.exitCode = await runBuild(process.argv.slice(2), processOutput);
