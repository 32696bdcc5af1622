/**
 * Test double for a command's output: records what it prints.
 */
import type { Output } from '../../../src/cli/args.ts';

/**
 * @returns An Output whose log and error lines are kept in `lines` and `errors`.
 */
export function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, log: (line) => lines.push(line), error: (line) => errors.push(line), write: () => {}, isTTY: false };
}
