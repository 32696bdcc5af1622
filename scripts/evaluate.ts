/**
 * Measure the annotator against hand annotations.
 *
 *   npx tsx scripts/evaluate.ts [--dir tests/fixtures/eval] [--seeds] [--json] [--details] [--pipeline FILE]
 *
 * Every `<id>.expected.yaml` in the directory is paired with `<id>.txt` in the
 * same directory, or else with `seeds/<id>.txt`. `--seeds` is short for
 * `--dir tests/fixtures/seeds-expected` (the tuning set). The whole directory
 * is annotated as one corpus, then each article is scored; the script prints a
 * table and the totals (or JSON with `--json`) and exits 0 whatever the scores.
 * It exits 1 only when it cannot evaluate at all (bad arguments, unreadable or
 * invalid annotation files, no pipeline). `--pipeline` names another module
 * exporting `annotateCorpus` (default `src/pipeline/index.ts`), e.g. a baseline
 * to compare against.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkTargets,
  emptyArticle,
  parseExpected,
  scoreArticle,
  summarise,
  type ArticleScore,
  type EvaluationSummary,
  type ExpectedArticle,
  type PrecisionRecall,
} from '../src/pipeline/evaluate.ts';
import type { AnnotatedArticle } from '../src/pipeline/types.ts';

const EXPECTED_SUFFIX = '.expected.yaml';
const DEFAULT_DIR = 'tests/fixtures/eval';
const SEEDS_EXPECTED_DIR = 'tests/fixtures/seeds-expected';
const SEEDS_DIR = 'seeds';
const DEFAULT_PIPELINE = 'src/pipeline/index.ts';

/** The pipeline entry point, as `src/pipeline/index.ts` exports it. */
type AnnotateCorpus = (typeof import('../src/pipeline/index.ts'))['annotateCorpus'];

/** Parsed command line. */
interface Options {
  dir: string;
  json: boolean;
  details: boolean;
  /** Module exporting `annotateCorpus`. */
  pipeline: string;
}

/** One fixture: its annotation and the raw text it describes. */
interface Fixture {
  expected: ExpectedArticle;
  /** Path of the raw text relative to the project root. */
  source: string;
  bytes: Uint8Array;
}

/**
 * Read the command line.
 * @param args Arguments after the script name.
 * @returns The options, or an error message.
 */
function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { dir: DEFAULT_DIR, json: false, details: false, pipeline: DEFAULT_PIPELINE };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--json') options.json = true;
    else if (arg === '--details') options.details = true;
    else if (arg === '--seeds') options.dir = SEEDS_EXPECTED_DIR;
    else if (arg === '--dir') {
      const value = args[index + 1];
      if (value === undefined || value.startsWith('--')) return '--dir needs a directory';
      options.dir = value;
      index++;
    } else if (arg === '--pipeline') {
      const value = args[index + 1];
      if (value === undefined || value.startsWith('--')) return '--pipeline needs a module path';
      options.pipeline = value;
      index++;
    } else if (arg === '--help' || arg === '-h') {
      return 'usage: npx tsx scripts/evaluate.ts [--dir DIR] [--seeds] [--json] [--details] [--pipeline FILE]';
    } else return `unknown argument: ${arg}`;
  }
  return options;
}

/**
 * Load every annotation of a directory with its raw text.
 * @param dir The directory of `*.expected.yaml` files.
 * @returns The fixtures, sorted by id.
 * @throws Error naming the file that is missing or invalid.
 */
function loadFixtures(dir: string): Fixture[] {
  if (!existsSync(dir)) throw new Error(`${dir}: no such directory`);
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(EXPECTED_SUFFIX))
    .sort();
  if (names.length === 0) throw new Error(`${dir}: no *${EXPECTED_SUFFIX} files`);
  return names.map((name) => {
    const id = name.slice(0, -EXPECTED_SUFFIX.length);
    const expectedPath = join(dir, name);
    const expected = parseExpected(readFileSync(expectedPath, 'utf8'), id, expectedPath);
    const candidates = [join(dir, `${id}.txt`), join(SEEDS_DIR, `${id}.txt`)];
    const textPath = candidates.find((path) => existsSync(path));
    if (textPath === undefined) throw new Error(`${expectedPath}: no text found (looked for ${candidates.join(' and ')})`);
    return { expected, source: relative(process.cwd(), resolve(textPath)), bytes: readFileSync(textPath) };
  });
}

/**
 * @param value A share between 0 and 1.
 * @returns It with two decimals.
 */
function decimal(value: number): string {
  return value.toFixed(2);
}

/**
 * @param measures Precision/recall counts.
 * @returns "F1 (P/R)" in compact form.
 */
function compact(measures: PrecisionRecall): string {
  return `${decimal(measures.f1)} (${decimal(measures.precision)}/${decimal(measures.recall)})`;
}

/**
 * Lay rows out as a fixed-width table.
 * @param header Column titles.
 * @param rows Cells.
 * @returns The table's lines.
 */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

/**
 * @param score One article's score.
 * @returns Its metadata verdicts as four letters, upper case when right: "TOAP", "tOaP".
 */
function metadataFlags(score: ArticleScore): string {
  const { title, outlet, author, published } = score.metadata;
  return [title ? 'T' : 't', outlet ? 'O' : 'o', author ? 'A' : 'a', published ? 'P' : 'p'].join('');
}

/**
 * Render the per-article table, the totals and the target check.
 * @param scores Per-article scores.
 * @param summary Totals.
 * @param details Whether to list every miss under the table.
 * @returns The report's lines.
 */
function report(scores: readonly ArticleScore[], summary: EvaluationSummary, details: boolean): string[] {
  const rows = scores.map((score) => [
    score.id,
    compact(score.entities),
    decimal(score.entitiesAnyType.f1),
    compact(score.figures),
    `${score.claimants.right}/${score.claimants.judged}`,
    metadataFlags(score),
    decimal(score.countries.f1),
    String(score.furnitureLeft.length),
    String(score.strayTextLeft.length),
    String(score.paragraphsLost.length),
  ]);
  const lines = table(
    ['article', 'entities F1 (P/R)', 'any-type', 'figures F1 (P/R)', 'claimant', 'meta', 'countries', 'furniture', 'stray', 'lost'],
    rows,
  );
  lines.push(
    '',
    'meta: T title, O outlet, A author, P published (lower case = wrong)',
    'furniture: furniture lines left in the body; stray: title, date line or byline left in the body; lost: real paragraphs missing',
    '',
  );
  if (details) lines.push(...detailLines(scores), '');
  lines.push(
    `articles                 ${summary.articles}`,
    `entities                 F1 ${decimal(summary.entities.f1)}  P ${decimal(summary.entities.precision)}  R ${decimal(summary.entities.recall)}  (${summary.entities.hits} of ${summary.entities.expected} expected, ${summary.entities.actual} found)`,
    `entities, any type       F1 ${decimal(summary.entitiesAnyType.f1)}  P ${decimal(summary.entitiesAnyType.precision)}  R ${decimal(summary.entitiesAnyType.recall)}`,
    `figures                  F1 ${decimal(summary.figures.f1)}  P ${decimal(summary.figures.precision)}  R ${decimal(summary.figures.recall)}  (${summary.figures.hits} of ${summary.figures.expected} expected, ${summary.figures.actual} found)`,
    `claimants                ${decimal(summary.claimantAccuracy)}  (${summary.claimants.right} of ${summary.claimants.judged} matched figures)`,
    `metadata                 title ${decimal(summary.metadata.title)}  outlet ${decimal(summary.metadata.outlet)}  author ${decimal(summary.metadata.author)}  published ${decimal(summary.metadata.published)}  all four ${decimal(summary.metadata.all)}`,
    `countries                F1 ${decimal(summary.countries.f1)}  P ${decimal(summary.countries.precision)}  R ${decimal(summary.countries.recall)}`,
    `furniture left in body   ${summary.furnitureLeft} lines`,
    `stray text left in body  ${summary.strayTextLeft} (titles, date lines, bylines)`,
    `real paragraphs lost     ${summary.paragraphsLost}`,
    '',
    'targets:',
    ...checkTargets(summary).map(
      (verdict) => `  ${verdict.met ? 'met ' : 'MISS'}  ${verdict.name}: ${decimal(verdict.value)} (target ${verdict.target})`,
    ),
  );
  return lines;
}

/**
 * List every miss of every article.
 * @param scores Per-article scores.
 * @returns Indented lines, one per miss.
 */
function detailLines(scores: readonly ArticleScore[]): string[] {
  const lines: string[] = [];
  for (const score of scores) {
    const { details } = score;
    const items: [string, readonly string[]][] = [
      ['missing entity', details.missingEntities],
      ['extra entity', details.extraEntities],
      ['wrong type', details.wrongTypes],
      ['missing figure', details.missingFigures],
      ['extra figure', details.extraFigures],
      [
        'wrong claimant',
        details.wrongClaimants.map(
          (mismatch) => `${mismatch.figure}: expected ${mismatch.expected.map((name) => name ?? 'null').join(' | ')}, got ${mismatch.actual ?? 'null'}`,
        ),
      ],
      ['missing country', details.missingCountries],
      ['extra country', details.extraCountries],
      ['furniture left', score.furnitureLeft],
      ['stray text left', score.strayTextLeft],
      ['paragraph lost', score.paragraphsLost],
    ];
    const metadata = details.actualMetadata;
    if (!score.metadata.all) {
      items.push([
        'metadata got',
        [`title=${JSON.stringify(metadata.title)} outlet=${metadata.outlet} author=${metadata.author} published=${metadata.published}`],
      ]);
    }
    const body = items.flatMap(([label, entries]) => entries.map((entry) => `    ${label}: ${entry}`));
    if (body.length > 0) lines.push(`${score.id}`, ...body);
  }
  return lines;
}

/**
 * Import the pipeline module and find its entry point.
 * @param path The module's path, relative to the working directory.
 * @returns Its `annotateCorpus`.
 * @throws Error when the module cannot be loaded or lacks the function.
 */
async function loadPipeline(path: string): Promise<AnnotateCorpus> {
  const module = (await import(pathToFileURL(resolve(path)).href)) as { annotateCorpus?: unknown };
  if (typeof module.annotateCorpus !== 'function') throw new Error('it does not export a function annotateCorpus');
  return module.annotateCorpus as AnnotateCorpus;
}

/**
 * Run the evaluation.
 * @param args Command-line arguments.
 * @returns The exit code.
 */
async function main(args: readonly string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(options);
    return options.startsWith('usage') ? 0 : 1;
  }
  let fixtures: Fixture[];
  try {
    fixtures = loadFixtures(options.dir);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  let annotateCorpus: AnnotateCorpus;
  try {
    annotateCorpus = await loadPipeline(options.pipeline);
  } catch (error) {
    console.error(`cannot load the pipeline (${options.pipeline}): ${(error as Error).message}`);
    return 1;
  }
  let corpus: ReturnType<AnnotateCorpus>;
  try {
    corpus = annotateCorpus(fixtures.map((fixture) => ({ id: fixture.expected.id, source: fixture.source, bytes: fixture.bytes })));
  } catch (error) {
    console.error(`the pipeline failed: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
  const byId = new Map<string, AnnotatedArticle>(corpus.articles.map((article) => [article.id, article]));
  for (const error of corpus.errors) console.error(`pipeline error: ${error.message}`);
  const scores = fixtures.map((fixture) =>
    scoreArticle(fixture.expected, byId.get(fixture.expected.id) ?? emptyArticle(fixture.expected.id, fixture.source), corpus.entities),
  );
  const summary = summarise(scores);
  if (options.json) {
    console.log(JSON.stringify({ dir: options.dir, summary, targets: checkTargets(summary), articles: scores }, null, 2));
  } else {
    console.log(`evaluating ${fixtures.length} articles from ${options.dir}\n`);
    console.log(report(scores, summary, options.details).join('\n'));
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
