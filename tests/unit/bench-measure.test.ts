import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measure } from '../../src/bench/measure.ts';
import { formatReport, marginalRate, type BenchReport, type StageResult } from '../../src/bench/run.ts';

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'dossier-bench-measure-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('bench measurements', () => {
  it('measures wall time, processor time and peak memory of a command, with the environment it is given', async () => {
    const busy = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; console.log(`heap flags: ${process.env.NODE_OPTIONS ?? "unset"}`, x > 0);';
    const result = await measure({ command: process.execPath, args: ['-e', busy], cwd: scratch, env: { NODE_OPTIONS: '' }, log: path.join(scratch, 'log.txt') }, scratch);
    expect(result.exitCode).toBe(0);
    expect(result.seconds).toBeGreaterThan(0);
    expect(result.output).toContain('heap flags: ');
    expect(result.output).not.toContain('max-old-space-size');
    if (existsSync('/usr/bin/time')) {
      expect(result.cpuSeconds).not.toBeNull();
      expect(result.cpuSeconds ?? 0).toBeGreaterThan(0.05);
      expect(result.cpuSeconds ?? 0).toBeLessThan(result.seconds + 1);
      expect(result.peakMiB ?? 0).toBeGreaterThan(10);
    }
  });

  it('reports a failing command by its exit code', async () => {
    const result = await measure({ command: process.execPath, args: ['-e', 'process.exit(3)'], cwd: scratch, log: path.join(scratch, 'log.txt') }, scratch);
    expect(result.exitCode).toBe(3);
  });

  it('prints one row per step with its processor time, and the ratios', () => {
    const report: BenchReport = {
      date: '2026-11-23T03:00:00.000Z',
      command: 'npm run bench -- --sizes 1000',
      machine: { cores: 2, availableParallelism: 2, cpu: 'Test CPU', memoryGiB: 8, node: 'v24.0.0', loadAtStart: [1, 1, 1], loadAtEnd: [1, 1, 1] },
      sizes: [
        {
          articles: 1000,
          stages: [
            { stage: 'annotate after one seed changed', seconds: 1.234, cpuSeconds: 0.9, peakMiB: 200, perSecond: null, note: '1 updated', load: 1.5, ok: true },
            { stage: 'npm run build after one seed changed (reusing the first build)', seconds: 12, cpuSeconds: null, peakMiB: null, perSecond: null, note: '1958 pages', load: 2, ok: true },
          ],
          pipelineSeconds: 100,
          plainSeconds: 10,
          ratio: 10,
          rebuildFraction: 0.2,
          incrementalAnnotated: 1,
        },
      ],
    };
    const table = formatReport(report);
    expect(table).toContain('| 1,000 | annotate after one seed changed | 1.2 | 0.9 | 200 | – | 1 updated (load 1.5) |');
    expect(table).toContain('| 1,000 | npm run build after one seed changed (reusing the first build) | 12.0 | – | – | – | 1958 pages (load 2.0) |');
    expect(table).toContain('- 1,000 articles: ratio to plain Astro: 10; rebuild after one changed seed: 0.2 of the cold build; seeds re-annotated after one change: 1.');
  });
});

describe('the one-thread rate without the process\'s start', () => {
  const stage = (seeds: number, seconds: number, cpuSeconds: number | null): StageResult => ({
    stage: `annotate, 1 thread, ${seeds}-seed sample`, seconds, peakMiB: 240, perSecond: seeds / seconds, cpuSeconds, note: '', load: 1, ok: true,
  });

  it('divides the extra seeds by the extra processor time of the larger sample', () => {
    const rate = marginalRate(stage(500, 3.3, 3.4), stage(100, 1.5, 1.4), 400);
    expect(rate.perSecond).toBe(200);
    expect(rate.cpuSeconds).toBe(2);
    expect(rate.note).toContain('processor');
  });

  it('falls back to wall time, and measures nothing when the larger sample was not slower', () => {
    expect(marginalRate(stage(500, 3.5, null), stage(100, 1.5, null), 400).perSecond).toBe(200);
    const none = marginalRate(stage(500, 1.5, 1.4), stage(100, 1.5, 1.4), 400);
    expect(none.ok).toBe(false);
    expect(none.perSecond).toBeNull();
  });
});
