/**
 * data/articles.json: every article with its metadata, the ids of the entities
 * it names, its number of figures and its citation (BibTeX and CSL-JSON).
 * Fields: docs/downloads.md.
 */
import type { APIRoute } from 'astro';
import { articleMetadata, loadCorpus } from '../../lib/corpus.ts';
import { toBibtex, toCslItem } from '../../lib/citations.ts';
import { articleUrl, sourceUrl } from '../../lib/urls.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadCorpus();
  const origin = site ?? new URL('http://127.0.0.1:4321');
  const rows = [...articles]
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
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
