/**
 * RSS feed of the articles, newest first.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadCorpus } from '../lib/corpus.ts';
import { compareNewestFirst } from '../lib/dates.ts';
import { articleUrl } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';

export async function GET(context: APIContext): Promise<Response> {
  const { articles } = await loadCorpus();
  const items = [...articles]
    .sort((a, b) => compareNewestFirst(a.data.published, b.data.published))
    .map((article) => ({
      title: article.data.title,
      link: new URL(articleUrl(article.id), context.site).href,
      ...(article.data.published ? { pubDate: new Date(`${article.data.published}${article.data.published.length === 4 ? '-01-01' : article.data.published.length === 7 ? '-01' : ''}T00:00:00Z`) } : {}),
      description: `${article.data.outlet ?? 'Unknown outlet'}${article.data.author ? `, ${article.data.author}` : ''}`,
      categories: article.data.countries,
    }));
  return rss({
    title: siteConfig.name,
    description: 'Annotated news articles on Central Asian foreign fighters, the Islamic State and extremism',
    site: context.site ?? 'http://127.0.0.1:4321',
    items,
  });
}
