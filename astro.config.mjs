// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import relativeUrls from './src/integrations/relative-urls.ts';

/**
 * Where the site will be hosted. Internal links are made relative after the
 * build, so one dist/ works at any path and from disk (file://); these two only
 * shape absolute URLs (canonical, Open Graph, sitemap, RSS).
 *   DOSSIER_SITE  origin, e.g. https://example.github.io
 *   DOSSIER_BASE  path under it, e.g. /dossier/
 */
const site = process.env.DOSSIER_SITE ?? 'http://127.0.0.1:4321';
const base = process.env.DOSSIER_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: {
    // articles/<id>.html rather than articles/<id>/index.html: links to files work on file://.
    format: 'file',
    inlineStylesheets: 'never',
  },
  integrations: [sitemap(), relativeUrls()],
  devToolbar: { enabled: false },
});
