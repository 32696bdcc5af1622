/**
 * `npm run build -- [--seeds DIR] [--content DIR] [--out DIR] [--quiet]`:
 * annotate, check content/, build into a temporary folder, then swap it into
 * dist/. On any failure dist/ is left as it was (see src/cli/build.ts).
 */
import { runBuild } from '../src/cli/build.ts';
import { processOutput } from '../src/cli/args.ts';

process.exitCode = await runBuild(process.argv.slice(2), processOutput);
