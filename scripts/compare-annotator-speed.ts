/**
 * `npx tsx scripts/compare-annotator-speed.ts --base DIR [--rounds R] [--articles N]`:
 * is this checkout's annotator faster or slower than another's? On a shared
 * machine two runs of `profile-annotate.ts` minutes apart can differ by a
 * third; this loads both annotators into one process and times them in turns
 * (base, this; this, base; ...) on the same fresh synthetic articles, so that
 * what the machine does to one it does to the other. Prints each one's CPU
 * milliseconds an article (annotate, resolve across articles, render) and the
 * ratio this / base of every round; the median ratio is the answer.
 *
 * DIR is another checkout of dossier with its packages installed, e.g.
 * `git worktree add /tmp/base <rev> && ln -s "$PWD/node_modules" /tmp/base/node_modules`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cpuUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from '../src/bench/corpus.ts';
import type { Seed } from '../src/pipeline/index.ts';
import type { AnnotatedArticle, EntityRecord } from '../src/pipeline/types.ts';

/** What is timed of one checkout. */
interface Annotator {
  annotate: (seed: Seed) => AnnotatedArticle;
  resolve: (articles: AnnotatedArticle[]) => { articles: AnnotatedArticle[]; entities: EntityRecord[] };
  renderArticle: (article: AnnotatedArticle, seedHash: string) => string;
  renderEntity: (entity: EntityRecord) => string;
}

/**
 * @param name Flag name without dashes.
 * @returns Its value, or undefined.
 */
function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/**
 * Load a checkout's annotator with its knowledge.
 * @param root The checkout's folder.
 * @returns Its stages.
 */
async function loadAnnotator(root: string): Promise<Annotator> {
  const load = (file: string): Promise<Record<string, unknown>> => import(pathToFileURL(path.join(root, file)).href) as Promise<Record<string, unknown>>;
  const pipeline = (await load('src/pipeline/index.ts')) as { annotateSeed: (seed: Seed, knowledge: unknown) => AnnotatedArticle };
  const knowledgeModule = (await load('src/pipeline/knowledge.ts')) as { loadKnowledge: () => unknown };
  const resolveModule = (await load('src/pipeline/stages/resolve.ts')) as { resolveCorpus: Annotator['resolve'] };
  const write = (await load('src/pipeline/stages/write.ts')) as { renderArticle: Annotator['renderArticle']; renderEntity: Annotator['renderEntity'] };
  const knowledge = knowledgeModule.loadKnowledge();
  return { annotate: (seed) => pipeline.annotateSeed(seed, knowledge), resolve: resolveModule.resolveCorpus, renderArticle: write.renderArticle, renderEntity: write.renderEntity };
}

/**
 * @param size Number of articles.
 * @param randomSeed The generator's seed.
 * @returns Synthetic seeds.
 */
function syntheticSeeds(size: number, randomSeed: number): Seed[] {
  return generateCorpus(size, randomSeed).map((article) => ({ id: `syn-${article.id}`, source: `synthetic/${article.id}.txt`, bytes: new TextEncoder().encode(article.seed) }));
}

/**
 * @param annotator The stages.
 * @param seeds Articles.
 * @returns CPU milliseconds an article for annotating, resolving and rendering them.
 */
function timeOnce(annotator: Annotator, seeds: readonly Seed[]): number {
  const before = cpuUsage();
  const resolved = annotator.resolve(seeds.map(annotator.annotate));
  for (const article of resolved.articles) annotator.renderArticle(article, article.id);
  for (const entity of resolved.entities) annotator.renderEntity(entity);
  const used = cpuUsage(before);
  return (used.user + used.system) / 1000 / seeds.length;
}

/**
 * @param values Numbers.
 * @returns Their median.
 */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const base = flag('base');
if (base === undefined || !existsSync(path.join(base, 'src/pipeline/index.ts'))) {
  console.error('compare-annotator-speed: --base DIR: expected another checkout of dossier (with src/pipeline/index.ts)');
  process.exit(2);
}
const rounds = Number(flag('rounds') ?? 8);
const size = Number(flag('articles') ?? 120);
const annotators = { base: await loadAnnotator(path.resolve(base)), this: await loadAnnotator(process.cwd()) };
const warmUp = syntheticSeeds(60, 7);
timeOnce(annotators.base, warmUp);
timeOnce(annotators.this, warmUp);
const times = { base: [] as number[], this: [] as number[] };
for (let round = 0; round < rounds; round++) {
  const seeds = syntheticSeeds(size, 1000 + round);
  const order: Array<'base' | 'this'> = round % 2 === 0 ? ['base', 'this'] : ['this', 'base'];
  for (const name of order) times[name].push(timeOnce(annotators[name], seeds));
}
const ratios = times.this.map((ms, round) => ms / (times.base[round] as number));
console.log(`base ${median(times.base).toFixed(3)} ms/article (median of ${rounds} rounds of ${size})`);
console.log(`this ${median(times.this).toFixed(3)} ms/article`);
console.log(`this / base: median ${median(ratios).toFixed(3)}; rounds ${ratios.map((ratio) => ratio.toFixed(3)).join(' ')}`);
