/**
 * The command-line plumbing every script shares: flag parsing with precise
 * errors, and an output sink that tests can capture.
 */
import { parseArgs } from 'node:util';

/** A mistake on the command line: the message names the flag and what was expected. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Where a command prints. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
  /** Raw write without a newline (progress lines). */
  write(text: string): void;
  /** Whether output is an interactive terminal. */
  isTTY: boolean;
}

/** The process's own stdout and stderr. */
export const processOutput: Output = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  write: (text) => process.stdout.write(text),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.CI,
};

type FlagSpec = Record<string, { type: 'string' | 'boolean'; default: string | boolean; help: string }>;

/**
 * Parse `--name value` and `--flag` arguments against a spec.
 * @param argv Arguments.
 * @param spec Known flags with types, defaults and help.
 * @returns Values by flag name.
 * @throws UsageError naming the unknown flag and listing the valid ones.
 */
export function parseFlags(argv: readonly string[], spec: FlagSpec): Record<string, string | boolean> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries(Object.entries(spec).map(([name, flag]) => [name, { type: flag.type, default: flag.default }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Record<string, string | boolean>;
  } catch (error) {
    const valid = Object.entries(spec)
      .map(([name, flag]) => `--${name}${flag.type === 'string' ? ' VALUE' : ''} (${flag.help})`)
      .join(', ');
    throw new UsageError(`${(error as Error).message}. Expected: ${valid}`);
  }
}
