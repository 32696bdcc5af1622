/**
 * `npx tsx scripts/profile-annotate.ts [--synthetic N] [--repeat R] [--dump FILE] [--compare FILE]`:
 * where the annotator spends its time, on one thread, in CPU time (which the
 * other processes of a shared machine inflate less than wall time).
 *
 * 1. Warm-up: a synthetic corpus of its own (src/bench/corpus.ts), untimed.
 * 2. Stages: seeds/ and the hand-annotated fixture sets tests/fixtures/eval*
 *    (never eval-blind*) plus N synthetic articles (default 300), each stage
 *    timed (R rounds; later rounds reuse the memos, so keep R = 1 to compare).
 * 3. Whole: annotateSeed, resolveCorpus and rendering of N other synthetic
 *    articles, as the CLI runs them on one thread, without per-stage clocks:
 *    the articles/s figure. Knowledge building is reported apart (the CLI
 *    caches it in .cache/annotate).
 *
 * `--dump FILE` writes every stage's output (JSON) and the rendered files, so
 * that a run with `--compare FILE` (of another version of the code) says
 * whether any article's annotation changed: the check that a speed-up left
 * the output as it was. For a profile:
 * `npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-annotate.ts`.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../src/bench/corpus.ts';
import { loadKnowledge } from '../src/pipeline/knowledge.ts';
import { decodeSeed, toLines } from '../src/pipeline/stages/read.ts';
import { stripFurniture } from '../src/pipeline/stages/furniture.ts';
import { extractMetadata } from '../src/pipeline/stages/metadata.ts';
import { extractEntities } from '../src/pipeline/stages/entities.ts';
import { articleCountries } from '../src/pipeline/stages/countries.ts';
import { extractFigures } from '../src/pipeline/stages/figures.ts';
import { addProvenance } from '../src/pipeline/stages/provenance.ts';
import { proposeMeasures } from '../src/pipeline/stages/measures.ts';
import { loadMeasureVocabulary } from '../src/pipeline/measure-vocabulary.ts';
import { resolveCorpus } from '../src/pipeline/stages/resolve.ts';
import { renderArticle, renderEntity, shortHash } from '../src/pipeline/stages/write.ts';
import { annotateSeed, type Seed } from '../src/pipeline/index.ts';
import type { AnnotatedArticle } from '../src/pipeline/types.ts';

/**
 * Read a flag's value.
 * @param name Flag name without dashes.
 * @returns Its value, or undefined.
 */
function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/**
 * The real texts: seeds/ and tests/fixtures/eval* except the blind sets (eval-blind*).
 * @returns Seeds.
 */
function realSeeds(): Seed[] {
  const dirs = ['seeds', ...readdirSync('tests/fixtures').filter((name) => name.startsWith('eval') && !name.startsWith('eval-blind')).map((name) => `tests/fixtures/${name}`)];
  const seeds: Seed[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
      const source = path.join(dir, name);
      seeds.push({ id: `${dir.replace(/\W+/g, '-')}--${name.slice(0, -4)}`, source, bytes: readFileSync(source) });
    }
  }
  return seeds;
}

/**
 * A synthetic corpus as seeds.
 * @param size Number of articles.
 * @param randomSeed The generator's seed (another seed, another corpus).
 * @returns Seeds.
 */
function syntheticSeeds(size: number, randomSeed: number): Seed[] {
  return generateCorpus(size, randomSeed).map((article) => ({ id: `syn-${article.id}`, source: `synthetic/${article.id}.txt`, bytes: new TextEncoder().encode(article.seed) }));
}

const syntheticCount = Number(flag('synthetic') ?? 300);
const repeat = Number(flag('repeat') ?? 1);
const seeds = [...realSeeds(), ...syntheticSeeds(syntheticCount, 20240501)];

let start = cpuMs();
const knowledge = loadKnowledge();
const knowledgeMs = cpuMs() - start;
start = cpuMs();
const vocabulary = loadMeasureVocabulary();
const vocabularyMs = cpuMs() - start;

const stageNames = ['read', 'furniture', 'metadata', 'entities', 'countries', 'figures', 'provenance', 'measures'] as const;
const totals = new Map<string, number>(stageNames.map((name) => [name, 0]));
let annotated: AnnotatedArticle[] = [];
const dumps: Record<string, unknown> = {};

/**
 * Time a call and add it to a stage's total.
 * @param name The stage.
 * @param run The call.
 * @returns Its result.
 */
function timed<T>(name: string, run: () => T): T {
  const begin = cpuMs();
  const result = run();
  totals.set(name, (totals.get(name) ?? 0) + cpuMs() - begin);
  return result;
}

/**
 * CPU time of this process (user + system), which other processes on a shared machine do not inflate.
 * @returns Milliseconds.
 */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

// Warm the JIT up on a corpus of its own, so that the timed passes measure steady state
// and, memos included, no text of theirs has been seen before.
for (const seed of syntheticSeeds(100, 7)) annotateSeed(seed, knowledge);

const wallStart = cpuMs();
for (let round = 0; round < repeat; round++) {
  annotated = [];
  for (const seed of seeds) {
    const text = timed('read', () => toLines(decodeSeed(seed.bytes, seed.source)));
    const { kept, removed } = timed('furniture', () => stripFurniture(text));
    const article = timed('metadata', () => extractMetadata(kept, seed.source, undefined, removed));
    const entities = timed('entities', () => extractEntities(article, knowledge));
    const countries = timed('countries', () => articleCountries(article, entities, knowledge));
    const found = timed('figures', () => extractFigures(article, entities));
    const placed = timed('provenance', () => addProvenance(found, article.paragraphs));
    const figures = timed('measures', () => proposeMeasures(placed, { entities, countries: knowledge.countries, vocabulary }));
    annotated.push({ id: seed.id, source: seed.source, metadata: article.metadata, countries, entities, figures, paragraphs: article.paragraphs });
    if (round === 0) dumps[seed.id] = { removed: removed.length, metadata: article.metadata, paragraphs: article.paragraphs, entities, countries, figures };
  }
}
const resolved = timed('resolve', () => resolveCorpus(annotated));
const rendered = timed('write', () => [...resolved.articles.map((article) => renderArticle(article, shortHash(article.id))), ...resolved.entities.map(renderEntity)]);
const wallMs = cpuMs() - wallStart;

// The whole pipeline as the CLI runs it (index.ts, then resolve and render), without
// per-stage clocks, on yet another synthetic corpus (so no memo has seen its texts).
const wholeSeeds = syntheticSeeds(syntheticCount, 99);
const pipelineStart = cpuMs();
const wholeArticles = wholeSeeds.map((seed) => annotateSeed(seed, knowledge));
const wholeResolved = resolveCorpus(wholeArticles);
for (const article of wholeResolved.articles) renderArticle(article, shortHash(article.id));
for (const entity of wholeResolved.entities) renderEntity(entity);
const pipelineMs = cpuMs() - pipelineStart;

const articleCount = seeds.length * repeat;
console.log(`articles: ${seeds.length} (x${repeat}); knowledge build ${knowledgeMs.toFixed(0)} ms, measure vocabulary ${vocabularyMs.toFixed(0)} ms`);
for (const [name, total] of totals) {
  const perArticle = name === 'resolve' || name === 'write' ? total / seeds.length : total / articleCount;
  console.log(`${name.padEnd(11)} ${perArticle.toFixed(3).padStart(8)} ms/article`);
}
console.log(`staged     ${(wallMs / articleCount).toFixed(3).padStart(8)} ms/article (sum of the stages above, clocks included)`);
const wholeMs = pipelineMs / wholeSeeds.length;
console.log(`whole      ${wholeMs.toFixed(3).padStart(8)} ms/article = ${(1000 / wholeMs).toFixed(0)} articles/s on one thread (CPU time: annotateSeed, resolve and render of ${wholeSeeds.length} new synthetic articles)`);

const dumpFile = flag('dump');
if (dumpFile) writeFileSync(dumpFile, JSON.stringify({ articles: dumps, resolved, rendered }));
const compareFile = flag('compare');
if (compareFile) {
  const before = JSON.parse(readFileSync(compareFile, 'utf8')) as { articles: Record<string, unknown>; resolved: unknown; rendered: string[] };
  let differing = 0;
  for (const [id, now] of Object.entries(dumps)) {
    const was = before.articles[id];
    const nowJson = JSON.stringify(now);
    if (JSON.stringify(was) === nowJson) continue;
    differing++;
    if (differing <= 5) {
      const fields = Object.keys(now as object).filter((key) => JSON.stringify((was as Record<string, unknown> | undefined)?.[key]) !== JSON.stringify((now as Record<string, unknown>)[key]));
      console.log(`DIFF ${id}: ${fields.join(', ')}`);
    }
  }
  const renderedSame = JSON.stringify(before.rendered) === JSON.stringify(rendered);
  const resolvedSame = JSON.stringify(before.resolved) === JSON.stringify(resolved);
  console.log(`compare: ${differing} of ${seeds.length} articles differ; resolved ${resolvedSame ? 'same' : 'DIFFERS'}; rendered ${renderedSame ? 'same' : 'DIFFERS'}`);
}
