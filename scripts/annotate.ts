/** `npm run annotate -- [--seeds DIR] [--content DIR] [--check] [--quiet]` */
import { runAnnotate } from '../src/cli/annotate.ts';
import { processOutput } from '../src/cli/args.ts';

process.exitCode = runAnnotate(process.argv.slice(2), processOutput);
