/**
 * `npm run bench`: how the annotator and the site scale, beside a plain Astro
 * build of the same number of Markdown pages, measured in the same run.
 *
 * For each size N, in a temporary folder:
 *   1. generate N synthetic seeds (corpus.ts);
 *   2. plain Astro: a minimal site of the same N articles as Markdown, built cold;
 *   3. this site, in a copy of the project with its own caches: annotate the
 *      seeds cold on every core, annotate a sample on one thread (the
 *      per-core rate), check the content, then `npm run build` as a user runs
 *      it (scripts/build.ts: its annotate finds nothing to do, it checks the
 *      content again and builds with Astro, cold);
 *   4. change one seed, annotate again (the cache annotates only that seed),
 *      and `npm run build` again, which reuses what the first build left (the
 *      annotate cache, Astro's content cache and incremental build), as a
 *      user's second build does.
 * The cold pipeline is annotate (cold) + `npm run build`. Every step is a
 * separate process with Node's default memory settings (NODE_OPTIONS is
 * cleared, so a build that needs more heap fails, and says so), measured for
 * wall time, processor time and peak memory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { generateCorpus, editedSeed, type SyntheticArticle } from './corpus.ts';
import { measure, type Measurement } from './measure.ts';
import { copySiteProject, writePlainAstroProject } from './project.ts';
import { ANNOTATE_NODE_FLAGS } from '../cli/annotate-flags.ts';

/** One measured step. */
export interface StageResult {
  stage: string;
  seconds: number;
  peakMiB: number | null;
  /** Articles (or pages) handled per second of wall time. */
  perSecond: number | null;
  /** User + system processor seconds, or null when not measured. */
  cpuSeconds: number | null;
  /** What the step reported (pages built, seeds annotated...). */
  note: string;
  /** One-minute load average when it started. */
  load: number;
  ok: boolean;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
  articles: number;
  stages: StageResult[];
  /** Annotate (cold) + `npm run build` (check and Astro, cold). */
  pipelineSeconds: number | null;
  /** Plain Astro build, cold. */
  plainSeconds: number | null;
  /** pipelineSeconds / plainSeconds. */
  ratio: number | null;
  /** Rebuild after one changed seed, as a fraction of the cold build. */
  rebuildFraction: number | null;
  /** Seeds the incremental run annotated afresh. */
  incrementalAnnotated: number | null;
}

/** Options of a benchmark run. */
export interface BenchOptions {
  sizes: number[];
  skipBaseline: boolean;
  /** This project's root. */
  projectRoot: string;
  /** Keep the temporary folder. */
  keep: boolean;
  /** Print progress. */
  log: (line: string) => void;
}

/** The whole run, as written to .tmp/bench-results.json. */
export interface BenchReport {
  date: string;
  command: string;
  machine: { cores: number; availableParallelism: number; cpu: string; memoryGiB: number; node: string; loadAtStart: number[]; loadAtEnd: number[] };
  sizes: SizeResult[];
}

/** Seeds annotated on one thread to measure the per-core rate. */
const SERIAL_SAMPLE = 500;
/**
 * A smaller sample annotated the same way: the difference of the two runs is
 * the rate without the process's fixed start (loading the built knowledge,
 * compiling the rules), which a run of thousands of seeds pays once.
 */
const SERIAL_SMALL_SAMPLE = 100;

/**
 * The one-thread rate without the process's fixed start: the extra seeds of the
 * larger sample over the extra processor time they took (wall time when the
 * processor time is unknown).
 * @param large The larger sample's step.
 * @param small The smaller sample's step.
 * @param extraSeeds How many more seeds the larger sample holds.
 * @returns A derived row for the table.
 */
export function marginalRate(large: StageResult, small: StageResult, extraSeeds: number): StageResult {
  const cpu = large.cpuSeconds !== null && small.cpuSeconds !== null;
  const seconds = cpu ? (large.cpuSeconds as number) - (small.cpuSeconds as number) : large.seconds - small.seconds;
  const ok = large.ok && small.ok && seconds > 0;
  return {
    stage: `annotate, 1 thread, per-core rate without the start (${extraSeeds} more seeds)`,
    seconds: round(large.seconds - small.seconds, 2),
    peakMiB: large.peakMiB,
    perSecond: ok ? round(extraSeeds / seconds, 1) : null,
    cpuSeconds: cpu ? round(seconds, 2) : null,
    note: ok ? `the two samples' difference, in ${cpu ? 'processor' : 'wall'} time` : 'not measured',
    load: large.load,
    ok,
  };
}

/**
 * Run the benchmark.
 * @param options Sizes and switches.
 * @returns The report.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const loadAtStart = loadavg();
  const root = mkdtempSync(path.join(tmpdir(), 'dossier-bench-'));
  options.log(`bench: working in ${root}`);
  const sizes: SizeResult[] = [];
  try {
    for (const size of options.sizes) sizes.push(await benchSize(size, root, options));
  } finally {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
  return {
    date: new Date().toISOString(),
    command: `npm run bench -- --sizes ${options.sizes.join(',')}${options.skipBaseline ? ' --skip-baseline' : ''}`,
    machine: {
      cores: cpus().length,
      availableParallelism: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      loadAtStart,
      loadAtEnd: loadavg(),
    },
    sizes,
  };
}

/**
 * Measure one corpus size.
 * @param size Number of articles.
 * @param root The temporary folder.
 * @param options Switches.
 * @returns The measurements.
 */
async function benchSize(size: number, root: string, options: BenchOptions): Promise<SizeResult> {
  const dir = path.join(root, `n${size}`);
  mkdirSync(dir, { recursive: true });
  const corpus = generateCorpus(size);
  const stages: StageResult[] = [];
  const node = process.execPath;
  const astro = path.join(options.projectRoot, 'node_modules/astro/bin/astro.mjs');
  const tsx = path.join(options.projectRoot, 'node_modules/tsx/dist/cli.mjs');
  // Default memory settings: nothing inherited from the shell may raise the heap limit.
  const env = { ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '' };
  const step = async (stage: string, cwd: string, args: string[], count: number, note: (result: Measurement) => string, okCodes = [0]): Promise<StageResult> => {
    options.log(`bench: ${size} articles: ${stage}...`);
    const result = await measure({ command: node, args, cwd, env, log: path.join(dir, 'bench.log') }, dir);
    const ok = okCodes.includes(result.exitCode);
    const stageResult: StageResult = {
      stage,
      seconds: round(result.seconds, 2),
      peakMiB: result.peakMiB === null ? null : Math.round(result.peakMiB),
      // A step after one changed seed handles one article: a rate would mean nothing.
      perSecond: ok && count > 0 ? round(count / result.seconds, 1) : null,
      cpuSeconds: result.cpuSeconds === null ? null : round(result.cpuSeconds, 2),
      note: ok ? note(result) : failureNote(result),
      load: round(result.loadBefore, 2),
      ok,
    };
    options.log(`bench: ${size} articles: ${stage}: ${stageResult.seconds} s, ${stageResult.peakMiB ?? '?'} MiB${ok ? '' : ` (${stageResult.note})`}`);
    stages.push(stageResult);
    return stageResult;
  };

  let plain: StageResult | undefined;
  if (!options.skipBaseline) {
    const plainDir = path.join(dir, 'plain');
    writePlainAstroProject(options.projectRoot, plainDir, corpus);
    plain = await step('plain Astro build, cold', plainDir, [astro, 'build'], size, (result) => pagesNote(result.output));
  }

  const site = path.join(dir, 'site');
  copySiteProject(options.projectRoot, site);
  writeSeeds(path.join(site, 'seeds'), corpus);
  const sample = corpus.slice(0, Math.min(size, SERIAL_SAMPLE));
  writeSeeds(path.join(site, 'seeds-sample'), sample);

  const annotate = await step('annotate, cold, every core', site, [...ANNOTATE_NODE_FLAGS, 'scripts/annotate.ts', '--quiet'], size, (result) => summaryNote(result.output));
  const serial = await step(`annotate, 1 thread, ${sample.length}-seed sample`, site, [...ANNOTATE_NODE_FLAGS, 'scripts/annotate.ts', '--quiet', '--jobs', '1', '--no-cache', '--seeds', 'seeds-sample', '--content', '.bench-sample'], sample.length, () => 'per-core rate, the process\'s start included');
  rmSync(path.join(site, '.bench-sample'), { recursive: true, force: true });
  const small = sample.slice(0, SERIAL_SMALL_SAMPLE);
  if (small.length < sample.length) {
    writeSeeds(path.join(site, 'seeds-small-sample'), small);
    const smallRun = await step(`annotate, 1 thread, ${small.length}-seed sample`, site, [...ANNOTATE_NODE_FLAGS, 'scripts/annotate.ts', '--quiet', '--jobs', '1', '--no-cache', '--seeds', 'seeds-small-sample', '--content', '.bench-small-sample'], small.length, () => 'for the rate without the start');
    rmSync(path.join(site, '.bench-small-sample'), { recursive: true, force: true });
    stages.push(marginalRate(serial, smallRun, sample.length - small.length));
  }
  // The check runs to its end whether or not it finds problems (exit 1): its time counts either way, and what it found is noted.
  const check = await step('check content', site, [tsx, 'scripts/check.ts', '--content', 'content', '--root', '.'], size, (result) => checkNote(result), [0, 1]);
  const npmRunBuild = ['scripts/build.ts', '--quiet'];
  const build = await step('npm run build, cold (check + Astro; annotate has nothing to do)', site, npmRunBuild, size, (result) => pagesNote(result.output));

  const changed = corpus[Math.floor(size / 2)] as SyntheticArticle;
  writeFileSync(path.join(site, 'seeds', `${changed.id}.txt`), editedSeed(changed));
  const incremental = await step('annotate after one seed changed', site, [...ANNOTATE_NODE_FLAGS, 'scripts/annotate.ts', '--quiet'], 0, (result) => summaryNote(result.output));
  const rebuild = await step('npm run build after one seed changed (reusing the first build)', site, npmRunBuild, 0, (result) => pagesNote(result.output));

  const pipelineSeconds = annotate.ok && build.ok ? round(annotate.seconds + build.seconds, 2) : null;
  stages.push({
    stage: 'pipeline, cold: annotate + npm run build',
    seconds: pipelineSeconds ?? NaN,
    peakMiB: Math.max(annotate.peakMiB ?? 0, build.peakMiB ?? 0) || null,
    perSecond: pipelineSeconds === null ? null : round(size / pipelineSeconds, 1),
    cpuSeconds: annotate.cpuSeconds !== null && build.cpuSeconds !== null ? round(annotate.cpuSeconds + build.cpuSeconds, 2) : null,
    note: plain?.ok && pipelineSeconds !== null ? `${round(pipelineSeconds / plain.seconds, 2)} x the plain Astro build` : '',
    load: annotate.load,
    ok: pipelineSeconds !== null,
  });
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
  return {
    articles: size,
    stages,
    pipelineSeconds,
    plainSeconds: plain?.ok ? plain.seconds : null,
    ratio: plain?.ok && pipelineSeconds !== null ? round(pipelineSeconds / plain.seconds, 2) : null,
    rebuildFraction: build.ok && rebuild.ok ? round(rebuild.seconds / build.seconds, 2) : null,
    incrementalAnnotated: incremental.ok ? Number(/; (\d+) annotated/.exec(incremental.note)?.[1] ?? NaN) : null,
  };
}

/**
 * Write seeds into a folder.
 * @param dir The folder (created).
 * @param articles The articles.
 */
function writeSeeds(dir: string, articles: readonly SyntheticArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const article of articles) writeFileSync(path.join(dir, `${article.id}.txt`), article.seed);
}

/**
 * @param output An Astro build's output.
 * @returns "N pages" from its last summary line.
 */
function pagesNote(output: string): string {
  const pages = /\((\d+) pages\)/.exec(output)?.[1] ?? /(\d+) page\(s\) built/.exec(output)?.[1];
  return pages ? `${pages} pages` : '';
}

/**
 * Why a step failed, in a few words: out of memory (and in which phase of the build), or its last lines.
 * @param result The failed run.
 * @returns The note.
 */
function failureNote(result: Measurement): string {
  if (/heap out of memory|Allocation failed/.test(result.output)) {
    const phase = result.output
      .split('\n')
      .filter((line) => /^\d\d:\d\d:\d\d \[/.test(line) && !/^\S+ \[(?:ERROR|WARN)\]/.test(line))
      .at(-1)
      ?.replace(/^\d\d:\d\d:\d\d /, '');
    return `failed: JavaScript heap out of memory${phase ? ` after "${phase.slice(0, 120)}"` : ''}`;
  }
  return `failed (exit ${result.exitCode}): ${lastLines(result.output, 3)}`;
}

/**
 * @param result The check command's run.
 * @returns Its summary, and the commonest problem when it found some.
 */
function checkNote(result: Measurement): string {
  const summary = lastLines(result.output, 1);
  if (result.exitCode === 0) return summary;
  const kinds = new Map<string, number>();
  for (const line of result.output.split('\n')) {
    const kind = /: (unexpected [a-z]+ "[^"]*" shared with [a-z]+|[a-z][^:"]{0,60})/.exec(line)?.[1]?.replace(/"[^"]*"/g, '"…"');
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const commonest = [...kinds].sort((a, b) => b[1] - a[1])[0];
  return `${summary}${commonest ? `; commonest: ${commonest[0]} (${commonest[1]})` : ''}`;
}

/**
 * @param output The annotate command's output.
 * @returns Its summary line, shortened.
 */
function summaryNote(output: string): string {
  const line = output.split('\n').find((text) => text.startsWith('annotate: ')) ?? '';
  return line.replace(/^annotate: /, '').replace(/, 0 kept as edited, 0 removed, 0 failed/, '');
}

/**
 * @param text Output.
 * @param count How many lines.
 * @returns Its last non-empty lines, joined.
 */
function lastLines(text: string, count: number): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-count)
    .join(' / ')
    .slice(0, 300);
}

/**
 * @param value A number.
 * @param digits Decimals.
 * @returns It rounded.
 */
function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * The results as a Markdown table.
 * @param report The report.
 * @returns Table text.
 */
export function formatReport(report: BenchReport): string {
  const lines = [
    `Finished ${report.date.slice(0, 16).replace('T', ' ')} UTC on ${report.machine.cores} cores (${report.machine.cpu}), ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; load average ${report.machine.loadAtStart.map((value) => value.toFixed(1)).join(' ')} at the start.`,
    `Command: \`${report.command}\``,
    '',
    '| articles | step | wall (s) | cpu (s) | peak memory (MiB) | articles/s | notes |',
    '| ---: | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const size of report.sizes) {
    for (const stage of size.stages) {
      lines.push(
        `| ${size.articles.toLocaleString('en-US')} | ${stage.stage} | ${Number.isNaN(stage.seconds) ? '–' : stage.seconds.toFixed(1)} | ${stage.cpuSeconds === null ? '–' : stage.cpuSeconds.toFixed(1)} | ${stage.peakMiB ?? '–'} | ${stage.perSecond ?? '–'} | ${stage.note.replace(/\|/g, '/')} (load ${stage.load.toFixed(1)}) |`,
      );
    }
  }
  lines.push('');
  for (const size of report.sizes) {
    const parts = [
      size.ratio === null ? 'ratio to plain Astro: not measured' : `ratio to plain Astro: ${size.ratio}`,
      size.rebuildFraction === null ? '' : `rebuild after one changed seed: ${size.rebuildFraction} of the cold build`,
      size.incrementalAnnotated === null ? '' : `seeds re-annotated after one change: ${size.incrementalAnnotated}`,
    ].filter(Boolean);
    lines.push(`- ${size.articles.toLocaleString('en-US')} articles: ${parts.join('; ')}.`);
  }
  return lines.join('\n');
}
