/** `npm run check -- [--content DIR] [--root DIR]` */
import { runCheck } from '../src/cli/check.ts';
import { processOutput } from '../src/cli/args.ts';

process.exitCode = runCheck(process.argv.slice(2), processOutput);
