/**
 * The text of each download of data/ (fields: docs/downloads.md), as
 * src/pages/data/[file].ts writes it in a build and serves it on the dev
 * server.
 */
import { articleMetadata, loadCorpus } from './corpus.ts';
import { toBibtex, toCslItem } from './citations.ts';
import { csvChunks } from './csv.ts';
import { jsonArrayChunks } from './json-chunks.ts';
import { FIGURE_COLUMNS, csvValues } from './downloads.ts';
import { loadFigureRows } from './figure-corpus.ts';
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

/**
 * data/articles.json: every article with its metadata, the ids of the entities
 * it names, its number of figures and its citation (BibTeX and CSL-JSON).
 * @param origin The site's absolute base URL.
 * @returns The rows, by id.
 */
async function articleRows(origin: URL) {
  const { articles } = await loadCorpus();
  return [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((article) => {
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
    });
}

/**
 * data/entities.json: every person, organization and place of the corpus, with
 * the articles that name it.
 * @param origin The site's absolute base URL.
 * @returns The rows, by id.
 */
async function entityRows(origin: URL) {
  const { relations, entityFiles } = await loadCorpus();
  return [...relations.entities.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entity) => {
      const articles = [...new Set((relations.mentions.get(entity.id) ?? []).map((mention) => mention.article.id))].sort();
      return {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: entity.aliases,
        country: entity.country ?? null,
        description: entityFiles.get(entity.id)?.body?.trim() || null,
        url: new URL(entityUrl(entity.id), origin).href,
        articles,
        article_urls: articles.map((id) => new URL(articleUrl(id), origin).href),
        figures_claimed: (relations.claimedBy.get(entity.id) ?? []).length,
      };
    });
}
