/**
 * Run a command and measure it: wall time, processor time, and the peak
 * resident memory of the largest process it started (GNU time's "maximum
 * resident set size" and user + system seconds when /usr/bin/time is there;
 * otherwise every Node process of the command reports its own peak at exit
 * through a preloaded module, and processor time is not measured). On a
 * machine shared with other jobs, processor time varies less than wall time.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, appendFileSync, createWriteStream } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';

/** The result of one measured command. */
export interface Measurement {
  /** Seconds, wall clock. */
  seconds: number;
  /** Peak resident memory in MiB, or null when it could not be measured. */
  peakMiB: number | null;
  /** User + system processor seconds of the command and its children, or null when not measured. */
  cpuSeconds: number | null;
  exitCode: number;
  /** What the command printed (stdout and stderr together). */
  output: string;
  /** One-minute load average when the command started, and the number of cores. */
  loadBefore: number;
  cores: number;
}

/** What to run. */
export interface Command {
  /** Executable (an absolute path, e.g. `process.execPath`). */
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
  /** A file that receives the command's output as it runs. */
  log: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Run a command to its end and measure it.
 * @param run The command.
 * @param scratch A folder for the measurement's own files.
 * @returns Time, peak memory, exit code and output.
 */
export async function measure(run: Command, scratch: string): Promise<Measurement> {
  const useGnuTime = existsSync(GNU_TIME);
  const timeFile = path.join(scratch, `time-${process.pid}-${Date.now()}.txt`);
  const rssFile = path.join(scratch, `rss-${process.pid}-${Date.now()}.txt`);
  const preload = path.join(scratch, 'report-peak-rss.cjs');
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...run.env };
  if (!useGnuTime) {
    writeFileSync(preload, "process.on('exit', () => require('node:fs').appendFileSync(process.env.DOSSIER_BENCH_RSS, `${process.resourceUsage().maxRSS}\\n`));\n");
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${preload}`.trim();
    env.DOSSIER_BENCH_RSS = rssFile;
  }
  const [command, args] = useGnuTime ? [GNU_TIME, ['-f', '%e %M %U %S', '-o', timeFile, run.command, ...run.args]] : [run.command, run.args];
  const loadBefore = loadavg()[0] ?? 0;
  const started = process.hrtime.bigint();
  const chunks: Buffer[] = [];
  const log = createWriteStream(run.log, { flags: 'a' });
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(command, args, { cwd: run.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer): void => {
      chunks.push(chunk);
      log.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  log.end();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let peakKiB: number | null = null;
  let cpuSeconds: number | null = null;
  if (useGnuTime && existsSync(timeFile)) {
    // The last line; a command killed by a signal adds a line before it.
    const fields = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.trim().split(/\s+/) ?? [];
    const kib = Number(fields[1]);
    peakKiB = Number.isFinite(kib) ? kib : null;
    const cpu = Number(fields[2]) + Number(fields[3]);
    cpuSeconds = Number.isFinite(cpu) ? cpu : null;
    rmSync(timeFile, { force: true });
  } else if (existsSync(rssFile)) {
    const values = readFileSync(rssFile, 'utf8').split('\n').map(Number).filter((value) => value > 0);
    peakKiB = values.length > 0 ? Math.max(...values) : null;
    rmSync(rssFile, { force: true });
  }
  appendFileSync(run.log, `\n[bench] exit ${exitCode}, ${seconds.toFixed(2)} s, cpu ${cpuSeconds === null ? '?' : cpuSeconds.toFixed(2)} s, peak ${peakKiB === null ? '?' : Math.round(peakKiB / 1024)} MiB\n`);
  return { seconds, peakMiB: peakKiB === null ? null : peakKiB / 1024, cpuSeconds, exitCode, output: Buffer.concat(chunks).toString('utf8'), loadBefore, cores: cpus().length };
}
