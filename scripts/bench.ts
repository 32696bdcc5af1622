/**
 * `npm run bench -- [--sizes 1000,10000] [--skip-baseline] [--keep]`: time
 * (wall and processor) and memory of the annotator and the site build on
 * synthetic corpora, beside a plain Astro build of the same pages (see
 * src/bench/run.ts): annotate cold, check, `npm run build` cold, then one seed
 * changed, annotate and `npm run build` again as a user would. Every step runs
 * with Node's default memory settings. `--sizes 1000` is a quick run (a few
 * minutes). Prints a table and writes the results to .tmp/bench-results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError, parseFlags, processOutput } from '../src/cli/args.ts';
import { formatReport, runBench } from '../src/bench/run.ts';

const flagSpec = {
  sizes: { type: 'string', default: '1000,10000', help: 'corpus sizes, comma-separated' },
  'skip-baseline': { type: 'boolean', default: false, help: 'do not build the plain Astro site' },
  keep: { type: 'boolean', default: false, help: 'keep the temporary folder' },
} as const;

/**
 * @param argv Arguments.
 * @returns The exit code.
 */
async function main(argv: readonly string[]): Promise<number> {
  let sizes: number[];
  let flags: Record<string, string | boolean>;
  try {
    flags = parseFlags(argv, flagSpec);
    sizes = String(flags.sizes)
      .split(',')
      .map((item) => item.trim())
      .map((item) => {
        if (!/^[1-9]\d*$/.test(item)) throw new UsageError(`--sizes ${String(flags.sizes)}: "${item}" is not a positive whole number`);
        return Number(item);
      });
  } catch (error) {
    if (error instanceof UsageError) {
      processOutput.error(`bench: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const projectRoot = process.cwd();
  const report = await runBench({ sizes, skipBaseline: Boolean(flags['skip-baseline']), keep: Boolean(flags.keep), projectRoot, log: (line) => processOutput.error(line) });
  const table = formatReport(report);
  processOutput.log(table);
  const file = path.join(projectRoot, '.tmp/bench-results.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  processOutput.log(`\nbench: results in ${path.relative(projectRoot, file)}`);
  return report.sizes.every((size) => size.stages.every((stage) => stage.ok)) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
