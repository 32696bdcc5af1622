/**
 * The annotate command's progress output, shared with the check that finds it
 * has nothing to do, which prints the same lines.
 */
import type { Output } from './args.ts';

/**
 * Progress: a live line on a terminal, a line per tenth otherwise.
 * @param out Output.
 * @param total Number of seeds.
 * @param quiet Print nothing.
 * @returns A callback for each annotated seed, with `done()` to end the line.
 */
export function progressReporter(out: Output, total: number, quiet: boolean): ((index: number, source: string) => void) & { done: () => void } {
  let lastTenth = -1;
  const report = (index: number, source: string): void => {
    if (quiet) return;
    const count = index + 1;
    if (out.isTTY) {
      out.write(`\r\u001b[2Kannotating ${count}/${total} ${source}`);
      return;
    }
    const tenth = Math.floor((count * 10) / total);
    if (tenth !== lastTenth || count === total) {
      lastTenth = tenth;
      out.log(`annotated ${count}/${total}`);
    }
  };
  return Object.assign(report, {
    done: () => {
      if (!quiet && out.isTTY && total > 0) out.write('\n');
    },
  });
}
