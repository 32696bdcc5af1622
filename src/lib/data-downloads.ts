/**
 * The text of each download of data/ (fields: docs/downloads.md), as
 * src/pages/data/[file].ts writes it in a build and serves it on the dev
 * server. In a build, articles.json, figures.csv and figures.json are made of
 * one piece per article (./download-pieces.ts), keyed by a digest of the
 * article's file, of what its rows take from elsewhere (claimants' names,
 * figures' countries, how many articles repeat each claim), of the site's
 * origin and of this code: the pieces of unchanged articles are read from
 * the last build's file instead of being made and serialised again.
 * entities.json is made of one piece per entity, keyed by everything its row
 * prints but the URLs (which follow from the origin and the ids).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { articleMetadata, loadCorpus } from './corpus.ts';
import { toBibtex, toCslItem } from './citations.ts';
import { csvChunks, csvField } from './csv.ts';
import { piecedDownload, type Piece, type PieceLayout, type PiecedDownload } from './download-pieces.ts';
import { jsonArrayChunks } from './json-chunks.ts';
import { FIGURE_COLUMNS, csvValues, figureRowsOf, type FigureRow } from './downloads.ts';
import type { FigureRecord } from './figure-records.ts';
import { loadFigureCorpus, loadFigureRows } from './figure-corpus.ts';
import { figureUrl } from './figure-urls.ts';
import { articleStamp } from './page-keys.ts';
import { articleUrl, entityUrl, sourceUrl } from './urls.ts';
import { siteConfig } from '../site.config.ts';

/** Each download's file name under data/ and its content type. */
export const DOWNLOADS = {
  'articles.json': 'application/json; charset=utf-8',
  'entities.json': 'application/json; charset=utf-8',
  'figures.csv': 'text/csv; charset=utf-8; header=present',
  'figures.json': 'application/json; charset=utf-8',
} as const;

export type DownloadName = keyof typeof DOWNLOADS;

/**
 * @param name A download.
 * @param origin The site's absolute base URL.
 * @returns Its text, whole (the dev server's endpoint).
 */
export async function downloadText(name: DownloadName, origin: URL): Promise<string> {
  return [...(await downloadChunks(name, origin))].join('');
}

/**
 * @param name A download.
 * @param origin The site's absolute base URL.
 * @returns Its text in consecutive chunks (a build writes them in turn: figures.json alone is 77 MB at 10,000 articles).
 */
export async function downloadChunks(name: DownloadName, origin: URL): Promise<Iterable<string>> {
  switch (name) {
    case 'articles.json':
      return jsonArrayChunks(await articleRows(origin));
    case 'entities.json':
      return jsonArrayChunks(await entityRows(origin));
    case 'figures.csv':
      return csvChunks(FIGURE_COLUMNS, (await loadFigureRows(origin)).map(csvValues));
    case 'figures.json':
      return jsonArrayChunks(await loadFigureRows(origin));
  }
}

/** The downloads made of pieces in a build: one per article, or per entity for entities.json. */
export const PIECED_DOWNLOADS = ['articles.json', 'entities.json', 'figures.csv', 'figures.json'] as const satisfies readonly DownloadName[];

/** The layout of a JSON array as `JSON.stringify(rows, null, 2)` prints it, with a final newline. */
const JSON_LAYOUT: PieceLayout = { head: '[\n', separator: ',\n', tail: '\n]\n', empty: '[]\n' };

/**
 * @param rows Rows of a JSON array.
 * @returns Their text inside `JSON.stringify(all, null, 2)`, joined as there.
 */
function jsonItems(rows: readonly unknown[]): string {
  return rows.map((row) => JSON.stringify([row], null, 2).slice(2, -2)).join(',\n');
}

/**
 * The digest of the code that makes the downloads' rows: every source file of
 * src/lib and src/schema and the site settings, so that a change to any of
 * them makes every piece again.
 * @param root The project root.
 * @returns A hex digest.
 */
function downloadsCodeKey(root: string): string {
  if (codeKeys.has(root)) return codeKeys.get(root)!;
  const hash = createHash('sha256');
  for (const folder of ['src/lib', 'src/schema']) {
    const dir = path.join(root, folder);
    const names = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).sort() : [];
    for (const name of names) hash.update(`${folder}/${name}\n`).update(readFileSync(path.join(dir, name)));
  }
  hash.update(JSON.stringify(siteConfig));
  const key = hash.digest('hex').slice(0, 32);
  codeKeys.set(root, key);
  return key;
}

/** The code key of each project root, computed once per build. */
const codeKeys = new Map<string, string>();

/**
 * @param parts What a piece is made from.
 * @returns Its key.
 */
function pieceKey(parts: unknown): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex');
}

/**
 * A download made of pieces (one per article, or per entity), reusing the last build's bytes of unchanged ones.
 * @param name A download.
 * @param origin The site's absolute base URL.
 * @param cacheDir The folder of the last build's direct files (src/lib/direct-files.ts).
 * @returns Its chunks, and the index to save once it is written.
 */
export async function piecedDownloadOf(name: (typeof PIECED_DOWNLOADS)[number], origin: URL, cacheDir: string | undefined): Promise<PiecedDownload> {
  const corpus = await loadCorpus();
  const code = downloadsCodeKey(process.cwd());
  const cache = cacheDir === undefined ? undefined : { file: path.join(cacheDir, 'data', name), index: path.join(cacheDir, 'data', `${name}.pieces.json`), code };
  if (name === 'articles.json') {
    const pieces = sortedById(corpus.articles).map((article): Piece => ({
      key: pieceKey([origin.href, article.id, articleStamp(corpus, article.id)]),
      text: () => jsonItems([articleRow(article, origin)]),
    }));
    return piecedDownload(pieces, JSON_LAYOUT, cache);
  }
  if (name === 'entities.json') {
    const pieces = entitySources(corpus).map((source): Piece => ({
      // The row's URLs follow from the origin and the ids, so the key holds only those.
      key: pieceKey([origin.href, source]),
      text: () => jsonItems([entityRow(source, origin)]),
    }));
    return piecedDownload(pieces, JSON_LAYOUT, cache);
  }
  const { records, claims } = await loadFigureCorpus();
  const articlesPerClaim = new Map(claims.map((claim) => [claim.key, new Set(claim.figures.map((figure) => figure.article.id)).size]));
  // The same counts by figure, for the pieces' keys (claimKey, which slugifies, is left to the rows made anew).
  const articlesOfFigure = new Map(claims.flatMap((claim) => claim.figures.map((figure) => [figure, articlesPerClaim.get(claim.key) ?? 1] as const)));
  const urls = { article: (id: string) => new URL(articleUrl(id), origin).href, figure: (id: string, index: number) => new URL(figureUrl(id, index), origin).href };
  const pieces: Piece[] = [];
  // Records are in article id order: one run per article.
  for (let start = 0; start < records.length; ) {
    let end = start + 1;
    while (end < records.length && records[end]!.article.id === records[start]!.article.id) end++;
    const ofArticle = records.slice(start, end);
    const id = ofArticle[0]!.article.id;
    const outside = ofArticle.map((record: FigureRecord) => [record.claimantName, record.claimantIsEntity, record.countries, articlesOfFigure.get(record) ?? 1]);
    const rows = (): FigureRow[] => figureRowsOf(ofArticle, articlesPerClaim, urls);
    pieces.push({
      key: pieceKey([origin.href, id, articleStamp(corpus, id), outside]),
      text: name === 'figures.json' ? () => jsonItems(rows()) : () => rows().map((row) => `${csvValues(row).map(csvField).join(',')}\r\n`).join(''),
    });
    start = end;
  }
  const header = `${FIGURE_COLUMNS.map(csvField).join(',')}\r\n`;
  return piecedDownload(pieces, name === 'figures.json' ? JSON_LAYOUT : { head: header, separator: '', tail: '', empty: header }, cache);
}

/**
 * @param articles Article entries.
 * @returns Them by id.
 */
function sortedById<T extends { id: string }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One row of data/articles.json.
 * @param article An article entry.
 * @param origin The site's absolute base URL.
 * @returns The article with its metadata, the ids of the entities it names, its number of figures and its citation.
 */
function articleRow(article: Awaited<ReturnType<typeof loadCorpus>>['articles'][number], origin: URL) {
  const { id, data } = article;
  const url = new URL(articleUrl(id), origin).href;
  const source = new URL(sourceUrl(id), origin).href;
  const citation = { id, title: data.title, outlet: data.outlet, author: data.author, published: data.published, url, sourceUrl: source, siteName: siteConfig.name };
  return {
    ...articleMetadata(article),
    url,
    source_url: source,
    entities: [...new Set(data.entities.map((entity) => entity.id))],
    figure_count: data.figures.length,
    reviewed: data.reviewed,
    bibtex: toBibtex(citation),
    csl: toCslItem(citation),
  };
}

/**
 * data/articles.json: every article with its metadata, the ids of the entities
 * it names, its number of figures and its citation (BibTeX and CSL-JSON).
 * @param origin The site's absolute base URL.
 * @returns The rows, by id.
 */
async function articleRows(origin: URL) {
  const { articles } = await loadCorpus();
  return sortedById(articles).map((article) => articleRow(article, origin));
}

/**
 * data/entities.json: every person, organization and place of the corpus, with
 * the articles that name it.
 * @param origin The site's absolute base URL.
 * @returns The rows, by id.
 */
async function entityRows(origin: URL) {
  return entitySources(await loadCorpus()).map((source) => entityRow(source, origin));
}

/** What a row of data/entities.json is made from: everything but its URLs. */
interface EntitySource {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  country: string | null;
  description: string | null;
  /** Ids of the articles naming it, sorted. */
  articles: string[];
  figuresClaimed: number;
}

/**
 * @param corpus The corpus.
 * @returns What each row of data/entities.json is made from, by entity id.
 */
function entitySources({ relations, entityFiles }: Awaited<ReturnType<typeof loadCorpus>>): EntitySource[] {
  return [...relations.entities.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      country: entity.country ?? null,
      description: entityFiles.get(entity.id)?.body?.trim() || null,
      articles: [...new Set((relations.mentions.get(entity.id) ?? []).map((mention) => mention.article.id))].sort(),
      figuresClaimed: (relations.claimedBy.get(entity.id) ?? []).length,
    }));
}

/**
 * One row of data/entities.json.
 * @param source What it is made from.
 * @param origin The site's absolute base URL.
 * @returns The entity with the articles that name it.
 */
function entityRow(source: EntitySource, origin: URL) {
  return {
    id: source.id,
    name: source.name,
    type: source.type,
    aliases: source.aliases,
    country: source.country,
    description: source.description,
    url: new URL(entityUrl(source.id), origin).href,
    articles: source.articles,
    article_urls: source.articles.map((id) => new URL(articleUrl(id), origin).href),
    figures_claimed: source.figuresClaimed,
  };
}
