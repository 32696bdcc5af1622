/**
 * Cache keys of the site's pages for Astro's incremental build
 * (`experimental.incrementalBuild`): `getStaticPaths()` returns one with each
 * page, and Astro copies the page from the previous build instead of
 * rendering it when the key and the page's code are both unchanged.
 *
 * A key must change exactly when what the page shows changes, so each is a
 * digest of the page's inputs, never of the whole corpus:
 *
 * - an article page: its file (Astro's digest of the Markdown, frontmatter and
 *   body), which holds every entity name and figure the page prints;
 * - an entity page: the entity (name, type, country, aliases), its file, how
 *   many articles name it and the files of those on the page, the figures it
 *   claims or is the subject of, with their claimants' names, and the
 *   entities named beside it with their counts;
 * - a page of a list (articles, an index of entities, an entity's or a
 *   country's further articles): what the page lists and how long the whole
 *   list is;
 * - a country page: its newest articles, the entities and figures it lists
 *   and the figures its timeline draws, with the totals it prints;
 * - a page of the figures table: its claims (every figure with its article's
 *   metadata), their measures' names and links, and its place among the
 *   pages of its year of first report (no count of the year or of the
 *   table: see ./figures-pages.ts);
 * - a compared measure's page: its name and statistics and the claims its
 *   section shows.
 *
 * figures.html and claims.html have no key (they are not dynamic routes) and
 * are rendered by every build; both are bounded in size (figures.html is an
 * overview of the years, with the totals).
 *
 * The code a page runs is not part of the key: Astro hashes each page's
 * module graph itself, and the Markdown plugins' code is in the config (see
 * `markdownFingerprint` in astro.config.mjs). The site settings read from the
 * environment (src/site.config.ts: repository, branch) are, since every page
 * prints them.
 */
import { createHash } from 'node:crypto';
import type { CollectionEntry } from 'astro:content';
import type { Corpus } from './corpus.ts';
import type { CountryStats, EntityRef, FigureInArticle, Mention } from './relations.ts';
import { COUNTRY_ARTICLES_PER_PAGE, MENTIONS_PER_PAGE, pageItems } from './paginate.ts';
import { COUNTRY_ENTITIES_PER_TYPE, COUNTRY_TIMELINE_POINTS, countryEntityGroups, timelineFigures } from './country-pages.ts';
import { siteConfig } from '../site.config.ts';
import { measureSection } from './claims-pages.ts';
import type { FigureRecord, MeasureGroup } from './figure-records.ts';
import type { FiguresPage, FigureTableRow } from './figures-pages.ts';

/** Rows of an entity's figure tables (EntityLayout shows the newest this many). */
export const ENTITY_FIGURE_ROWS = 100;

/** Entities named beside an entity that its page lists. */
export const ENTITY_NEIGHBOURS = 12;

/**
 * A short digest of plain data.
 * @param value Anything JSON can write (its key order must be stable, as it is for data built in code).
 * @returns 40 hex digits.
 */
export function digestOf(value: unknown): string {
  return digestOfText(JSON.stringify(value));
}

/** The site settings every page prints, as text. */
const siteStamp = JSON.stringify(siteConfig);

/**
 * The key of a page rendered from some data.
 * @param value What the page shows (plain data).
 * @returns A digest of it and of the site settings.
 */
function pageKey(value: unknown): string {
  return digestOf([siteStamp, value]);
}

/**
 * A short digest of a text (a file's content: no JSON escaping of a large string).
 * @param text Any text.
 * @returns 40 hex digits.
 */
export function digestOfText(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Each corpus's article digests by id, computed once. */
const articleStamps = new WeakMap<Corpus, Map<string, string>>();

/**
 * What identifies an article's content: Astro's digest of its file (or of its data and body when there is none).
 * @param entry An article entry.
 * @returns The stamp.
 */
function stampOf(entry: CollectionEntry<'articles'> | CollectionEntry<'entities'>): string {
  return entry.digest === undefined ? digestOf([entry.data, entry.body ?? '']) : String(entry.digest);
}

/**
 * @param corpus The corpus.
 * @param id An article id.
 * @returns The article's stamp ('' for an unknown id): Astro's digest of its file.
 */
export function articleStamp(corpus: Corpus, id: string): string {
  let stamps = articleStamps.get(corpus);
  if (!stamps) {
    stamps = new Map(corpus.articles.map((entry) => [entry.id, stampOf(entry)]));
    articleStamps.set(corpus, stamps);
  }
  return stamps.get(id) ?? '';
}

/**
 * @param entry An article entry.
 * @returns The key of its page.
 */
export function articlePageKey(entry: CollectionEntry<'articles'>): string {
  return pageKey(['article', stampOf(entry)]);
}

/**
 * @param corpus The corpus.
 * @param figures Figures as their tables show them.
 * @returns What of them a table prints: their article, index and claimant's name.
 */
function figureRowsKey(corpus: Corpus, figures: readonly FigureInArticle[]): unknown {
  return figures.map(({ article, index, figure }) => [articleStamp(corpus, article.id), index, figure.claimant ? (corpus.relations.entities.get(figure.claimant)?.name ?? null) : null]);
}

/**
 * @param corpus The corpus.
 * @param mentions Mentions as a page lists them.
 * @returns What of them the page prints (the sentence comes from the article's text).
 */
function mentionsKey(corpus: Corpus, mentions: readonly Mention[]): unknown {
  return mentions.map(({ article }) => articleStamp(corpus, article.id));
}

/**
 * @param corpus The corpus.
 * @param articles Articles as a page lists them.
 * @returns What of them the page prints (their files' stamps).
 */
function articlesKey(corpus: Corpus, articles: ReadonlyArray<{ id: string }>): unknown {
  return articles.map((article) => articleStamp(corpus, article.id));
}

/**
 * @param corpus The corpus.
 * @param id An entity id.
 * @returns The key of the entity's page.
 */
export function entityPageKey(corpus: Corpus, id: string): string {
  const { relations } = corpus;
  const mentions = relations.mentions.get(id) ?? [];
  const claimed = relations.claimedBy.get(id) ?? [];
  const about = relations.about.get(id) ?? [];
  const file = corpus.entityFiles.get(id);
  return pageKey([
    'entity',
    relations.entities.get(id) ?? null,
    file ? stampOf(file) : null,
    mentions.length,
    mentionsKey(corpus, pageItems(mentions, 1, MENTIONS_PER_PAGE)),
    claimed.length,
    figureRowsKey(corpus, claimed.slice(0, ENTITY_FIGURE_ROWS)),
    about.length,
    figureRowsKey(corpus, about.slice(0, ENTITY_FIGURE_ROWS)),
    (relations.neighbours.get(id) ?? []).slice(0, ENTITY_NEIGHBOURS).map(({ entity, count }) => [entity.id, entity.name, count]),
  ]);
}

/**
 * @param corpus The corpus.
 * @param id An entity id.
 * @param page A later page (2, 3...) of the articles naming it.
 * @returns The key of that page.
 */
export function entityMentionsPageKey(corpus: Corpus, id: string, page: number): string {
  const mentions = corpus.relations.mentions.get(id) ?? [];
  return pageKey(['entity-mentions', page, corpus.relations.entities.get(id)?.name ?? null, mentions.length, mentionsKey(corpus, pageItems(mentions, page, MENTIONS_PER_PAGE))]);
}

/**
 * @param corpus The corpus.
 * @param shown The articles a page of the article list shows.
 * @param total How many articles the whole list holds.
 * @returns The key of that page.
 */
export function articleListPageKey(corpus: Corpus, shown: readonly CollectionEntry<'articles'>[], total: number): string {
  return pageKey(['articles', total, shown.map((entry) => articleStamp(corpus, entry.id))]);
}

/**
 * @param shown The entities a page of an entity index shows, with the number of articles naming each.
 * @param total How many entities the whole index holds.
 * @returns The key of that page.
 */
export function entityIndexPageKey(shown: ReadonlyArray<{ entity: EntityRef; count: number }>, total: number): string {
  return pageKey(['entity-index', total, shown.map(({ entity, count }) => [entity.id, entity.name, entity.country ?? null, count])]);
}

/**
 * @param corpus The corpus.
 * @param stats A country's articles, entities and figures.
 * @returns The key of its page: its newest articles, the entities it lists, the
 *   figures of its table and of its timeline, and the totals it prints.
 */
export function countryPageKey(corpus: Corpus, stats: CountryStats): string {
  const articleCount = (id: string): number => corpus.relations.mentions.get(id)?.length ?? 0;
  const timeline = timelineFigures(stats.figures, COUNTRY_TIMELINE_POINTS);
  return pageKey([
    'country',
    stats.code,
    stats.articles.length,
    articlesKey(corpus, pageItems(stats.articles, 1, COUNTRY_ARTICLES_PER_PAGE)),
    stats.entities.length,
    countryEntityGroups(stats.entities, articleCount, COUNTRY_ENTITIES_PER_TYPE).map(({ type, shown, total }) => [type, total, shown.map((entity) => [entity.id, entity.name])]),
    stats.figures.length,
    figureRowsKey(corpus, stats.figures.slice(0, ENTITY_FIGURE_ROWS)),
    timeline.dated,
    timeline.undated,
    figureRowsKey(corpus, timeline.shown),
  ]);
}

/**
 * @param corpus The corpus.
 * @param stats A country's articles, entities and figures.
 * @param page A later page (2, 3...) of its articles.
 * @returns The key of that page.
 */
export function countryArticlesPageKey(corpus: Corpus, stats: CountryStats, page: number): string {
  return pageKey(['country-articles', stats.code, page, stats.articles.length, articlesKey(corpus, pageItems(stats.articles, page, COUNTRY_ARTICLES_PER_PAGE))]);
}

/**
 * What a table or chart prints of some figures, without serialising them: each
 * figure's article file (its stamp), its index, and what it takes from
 * elsewhere (its claimant's name, whether that is an entity, its countries).
 * @param figures Figure records.
 * @param stamp An article's stamp ({@link articleStamp}).
 * @returns Plain data standing for them.
 */
function figureStamps(figures: readonly FigureRecord[], stamp: (articleId: string) => string): unknown {
  return figures.map((figure) => [stamp(figure.article.id), figure.index, figure.claimantName, figure.claimantIsEntity, figure.countries]);
}

/**
 * @param group A compared measure (its page: ../lib/claims-pages.ts).
 * @param describe A measure's readable name.
 * @param stamp An article's stamp ({@link articleStamp}).
 * @returns The key of its page: its label, its statistics and the claims its
 *   section shows (with their figures); nothing of the other measures.
 */
export function measurePageKey(group: MeasureGroup, describe: (measure: string) => string, stamp: (articleId: string) => string): string {
  const { claims, figures, ...statistics } = group;
  return pageKey(['measure', describe(group.measure), statistics, claims.length, measureSection(group).claims.map((claim) => [claim.key, figureStamps(claim.figures, stamp)])]);
}

/**
 * @param page A page of the figures table (../lib/figures-pages.ts).
 * @param years Every run's year, in table order (each page links to them all).
 * @param rows The page's rows.
 * @param describe A measure's readable name.
 * @param measureUrl A measure's section on the claims pages.
 * @param stamp An article's stamp ({@link articleStamp}).
 * @returns The key of that page: its year, its place in the year and the
 *   year's number of pages, the list of years, its claims (every figure by
 *   its article's stamp, with its claimant's name and countries) and their
 *   measures' names and links; nothing of the other years' claims.
 */
export function figuresPageKey(
  page: FiguresPage,
  years: readonly string[],
  rows: readonly FigureTableRow[],
  describe: (measure: string) => string,
  measureUrl: (measure: string) => string,
  stamp: (articleId: string) => string,
): string {
  return pageKey([
    'figures',
    page.year,
    page.page,
    page.pages,
    years,
    rows.map(({ claim }) => [claim.key, figureStamps(claim.figures, stamp), claim.first.measure ? [describe(claim.first.measure), measureUrl(claim.first.measure)] : null]),
  ]);
}
