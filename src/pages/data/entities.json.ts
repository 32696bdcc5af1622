/**
 * data/entities.json: every person, organization and place of the corpus, with
 * the articles that name it. Fields: docs/downloads.md.
 */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/corpus.ts';
import { articleUrl, entityUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { relations, entityFiles } = await loadCorpus();
  const origin = site ?? new URL('http://127.0.0.1:4321');
  const entities = [...relations.entities.values()]
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
  return new Response(`${JSON.stringify(entities, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
