/**
 * `npm run build -- [--seeds DIR] [--content DIR] [--out DIR] [--quiet]`: the
 * safe build.
 *
 *   1. annotate the seeds into content/ (hand edits are kept, see stages/write.ts);
 *   2. check content/ (`npm run check`'s rules) and stop on any error;
 *   3. build the site with Astro into a temporary folder beside the output;
 *   4. only when all of that succeeded, swap it into place: the old output is
 *      renamed away, the new one renamed in, the old one deleted.
 *
 * Whatever fails, the previous output (dist/) is left exactly as it was and
 * the exit code is non-zero, with a message saying which step failed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { runAnnotate } from './annotate.ts';
import { reportIfUpToDate } from './annotate-up-to-date.ts';
import { UsageError, parseFlags, type Output } from './args.ts';
import { runCheck } from './check.ts';
import { installContentStoreFormat } from '../lib/content-store-patch.ts';

/** What the Astro step is asked to do. */
export interface AstroBuildRequest {
  /** Absolute project root (holds astro.config.mjs). */
  root: string;
  /** Absolute folder to build into; it does not exist yet. */
  outDir: string;
  /** Absolute content folder holding articles/ and entities/. */
  contentDir: string;
}

/** Builds the site; throws (or rejects) on failure. */
export type AstroBuildStep = (request: AstroBuildRequest) => Promise<void>;

/** Steps a test may replace. */
export interface BuildSteps {
  /** The Astro build; default: Astro's own `build()`, in this process. */
  astroBuild?: AstroBuildStep;
  /** The annotator; default: `runAnnotate`, loaded only when `reportIfUpToDate` finds it has something to do. */
  annotate?: typeof runAnnotate;
  /** The content check; default: `runCheck`. */
  check?: typeof runCheck;
}

interface BuildFlags {
  seeds: string;
  content: string;
  out: string;
  quiet: boolean;
}

const flagSpec = {
  seeds: { type: 'string', default: 'seeds', help: 'folder of .txt articles' },
  content: { type: 'string', default: 'content', help: 'content folder: annotated into, checked, then rendered' },
  out: { type: 'string', default: 'dist', help: 'folder the built site replaces, only when every step succeeded' },
  quiet: { type: 'boolean', default: false, help: 'print only problems and summaries' },
} as const;

/**
 * Run the build command.
 * @param argv Arguments after the command name.
 * @param out Where to print.
 * @param cwd Project root; relative paths are resolved against it.
 * @param steps Replacements for the annotate, check and Astro steps (tests).
 * @returns The exit code: 0 built, 1 a step failed (the previous output is untouched), 2 usage error.
 */
export async function runBuild(argv: readonly string[], out: Output, cwd = process.cwd(), steps: BuildSteps = {}): Promise<number> {
  let flags: BuildFlags;
  try {
    flags = parseFlags(argv, flagSpec) as unknown as BuildFlags;
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`build: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const check = steps.check ?? runCheck;
  const astroBuild = steps.astroBuild ?? buildWithAstro;
  const outDir = path.resolve(cwd, flags.out);
  const kept = `${flags.out} was left as it was`;

  const annotateArgs = ['--seeds', flags.seeds, '--content', flags.content, ...(flags.quiet ? ['--quiet'] : [])];
  const annotated = await annotateStep(annotateArgs, out, cwd, steps.annotate);
  if (annotated !== 0) {
    const why = typeof annotated === 'string' ? `: ${annotated}` : ` (exit ${annotated}, see above)`;
    out.error(`build: stopped: annotate failed${why}; ${kept}`);
    return 1;
  }
  // Articles name their seed relative to the folder annotate ran in, so sources are checked from there.
  const checked = exitCodeOf(() => check(['--content', flags.content, '--root', '.'], out, cwd));
  if (checked !== 0) {
    const why = typeof checked === 'string' ? `the content check failed: ${checked}` : `${flags.content} has errors (listed above as path:line: field: message); fix them and build again`;
    out.error(`build: stopped: ${why}; ${kept}`);
    return 1;
  }

  // A fixed name, not one per process: Astro keys its content cache on its whole config, output folder included.
  const fresh = siblingPath(outDir, 'new');
  rmSync(fresh, { recursive: true, force: true });
  try {
    await astroBuild({ root: cwd, outDir: fresh, contentDir: path.resolve(cwd, flags.content) });
    if (!existsSync(path.join(fresh, 'index.html'))) throw new Error(`it wrote no index.html into ${relative(cwd, fresh)}`);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    out.error(`build: stopped: the Astro build failed: ${error instanceof Error ? error.message : String(error)}; ${kept}`);
    return 1;
  }
  try {
    swapInto(fresh, outDir);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    out.error(`build: stopped: could not move the new site into ${flags.out}: ${(error as Error).message}; ${kept}`);
    return 1;
  }
  out.log(`build: the site is in ${relative(cwd, outDir)}/ (${countPages(outDir)} pages)`);
  return 0;
}

/**
 * Replace a folder by another with two renames, so the target is never half-written.
 * When the second rename fails, the old folder is put back.
 * @param fresh The new folder.
 * @param target The folder to replace (may not exist yet).
 * @throws The rename error, after restoring the old folder.
 */
export function swapInto(fresh: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(fresh, target);
    return;
  }
  const old = siblingPath(target, 'old');
  rmSync(old, { recursive: true, force: true });
  renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (error) {
    renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * The default Astro step: Astro's `build()` in this process, with the output
 * folder and the content folder (read by src/content.config.ts from
 * DOSSIER_CONTENT) overridden. Another content folder gets its own cache, so
 * its build never mixes with the main one's content store.
 * @param request Where to build from and into.
 */
export async function buildWithAstro(request: AstroBuildRequest): Promise<void> {
  const { build } = await import('astro');
  // The content store is written one line per entry and handed to the pages in memory (src/lib/content-store-patch.ts).
  await installContentStoreFormat(astroEntry());
  const defaultContent = path.resolve(request.root, 'content');
  const previous = { content: process.env.DOSSIER_CONTENT, telemetry: process.env.ASTRO_TELEMETRY_DISABLED };
  process.env.DOSSIER_CONTENT = request.contentDir;
  // Nothing may reach the network at build time.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  try {
    await build({
      root: request.root,
      outDir: request.outDir,
      mode: 'production',
      ...(request.contentDir === defaultContent ? {} : { cacheDir: path.join(path.dirname(request.contentDir), `.astro-cache-${shortDigest(request.contentDir)}`) }),
    });
  } finally {
    restoreEnv('DOSSIER_CONTENT', previous.content);
    restoreEnv('ASTRO_TELEMETRY_DISABLED', previous.telemetry);
  }
}

/**
 * @returns The URL of Astro's main module, or '' when it cannot be resolved (the store patch is then skipped).
 */
function astroEntry(): string {
  try {
    return import.meta.resolve('astro');
  } catch {
    return '';
  }
}

/**
 * The annotate step. The annotator is imported only when the cheap check of
 * annotate-up-to-date.ts cannot prove that it has nothing to do (importing it
 * costs over a second of a rebuild).
 * @param argv The annotate command's arguments.
 * @param out Where to print.
 * @param cwd Project root.
 * @param annotate A replacement for the annotator (tests), which then always runs.
 * @returns The exit code, or the error's message when it threw.
 */
async function annotateStep(argv: readonly string[], out: Output, cwd: string, annotate: typeof runAnnotate | undefined): Promise<number | string> {
  if (annotate) return exitCodeOf(() => annotate(argv, out, cwd));
  try {
    if (reportIfUpToDate(argv, out, cwd)) return 0;
    const { runAnnotate: run } = await import('./annotate.ts');
    return exitCodeOf(() => run(argv, out, cwd));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Run a command step, turning a thrown error into its message.
 * @param step A command returning an exit code.
 * @returns The exit code, or the error's message when it threw.
 */
function exitCodeOf(step: () => number): number | string {
  try {
    return step();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * A hidden folder beside another, named after it. The new build's folder has
 * the same name in every build, since Astro's content cache (the rendered
 * Markdown of every article) is thrown away whenever its configuration,
 * output folder included, changes; the old output's folder is named after
 * this process too.
 * @param dir Absolute folder, e.g. /site/dist.
 * @param role `new` or `old`.
 * @returns e.g. /site/.dist-new or /site/.dist-old-1234.
 */
function siblingPath(dir: string, role: 'new' | 'old'): string {
  return path.join(path.dirname(dir), `.${path.basename(dir)}-${role}${role === 'old' ? `-${process.pid}` : ''}`);
}

/**
 * @param dir Absolute folder.
 * @returns How many `.html` files it holds.
 */
function countPages(dir: string): number {
  // The entries' types come with the listing: only a symbolic link needs a stat (of what it points to).
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.name.endsWith('.html') && (entry.isFile() || (entry.isSymbolicLink() && statSync(path.join(entry.parentPath, entry.name)).isFile()))).length;
}

/**
 * @param name Environment variable.
 * @param value Its earlier value, or undefined when it was unset.
 */
function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/**
 * @param text Any text.
 * @returns 8 hex digits of its SHA-256.
 */
function shortDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * @returns `file` relative to `cwd` with forward slashes (`.` for `cwd` itself).
 */
function relative(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}
