/**
 * Opt-in timings of the build's costly steps: with `DOSSIER_TIMINGS=1`, each
 * step run through `timed` prints `timing: <label> <ms> ms, heap <MiB> MiB`
 * (the V8 heap in use when the step ended) on stderr. For
 * finding where a build's time goes (see README, Scale); silent otherwise.
 */

/** Whether timings are printed (read once). */
const enabled = process.env.DOSSIER_TIMINGS === '1';

/**
 * Run a step, printing how long it took when timings are on.
 * @param label What the step is.
 * @param step The work (sync or async).
 * @returns What the step returns.
 */
export async function timed<T>(label: string, step: () => T | Promise<T>): Promise<T> {
  if (!enabled) return step();
  const start = performance.now();
  try {
    return await step();
  } finally {
    process.stderr.write(`timing: ${label} ${Math.round(performance.now() - start)} ms, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB\n`);
  }
}

/**
 * Print a fact about a step when timings are on (`timing: <label> <text>`).
 * @param label What the step is.
 * @param text What to say of it.
 */
export function noteTiming(label: string, text: string): void {
  if (enabled) process.stderr.write(`timing: ${label} ${text}\n`);
}
