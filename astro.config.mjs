// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import contentSecurityPolicy from './src/integrations/csp.ts';
import dataStoreFromDisk from './src/integrations/data-store.ts';
import directFiles from './src/integrations/direct-files.ts';
import reusedPages from './src/integrations/reused-pages.ts';
import cachedSitemap from './src/integrations/cached-sitemap.ts';
import sitemapPackage from '@astrojs/sitemap/package.json' with { type: 'json' };
import { markdownFingerprint, remarkFigureMarks, remarkMentionLinks, satteriTransformers } from './src/markdown/index.ts';
import { entityPath } from './src/lib/urls.ts';

/**
 * Where the site will be hosted. Internal links are made relative after the
 * build, so one dist/ works at any path and from disk (file://); these two only
 * shape absolute URLs (canonical, Open Graph, sitemap, RSS).
 *   DOSSIER_SITE  origin, e.g. https://example.github.io
 *   DOSSIER_BASE  path under it, e.g. /dossier/
 */
const site = process.env.DOSSIER_SITE ?? 'http://127.0.0.1:4321';

// Astro inlines into a server module the value of every environment variable whose
// name appears as a word in a module that reads `import.meta.env` whole; `_`, which
// the shell sets to the path of the command it runs, then changed the code hash of
// every page between two builds started differently (`npm run build`, `npx astro
// build`, a script), and the incremental build rendered all pages again.
delete process.env._;
const base = process.env.DOSSIER_BASE ?? '/';

/**
 * Content problems found while rendering (a figure quote missing from its body...),
 * and the plugins' code fingerprint: Astro re-renders the Markdown when it changes.
 * @type {import('./src/markdown/satteri.ts').SatteriAdapterOptions}
 */
const markdownAdapter = { onMessage: (message) => console.warn(`warning: ${String(message)}`), fingerprint: markdownFingerprint() };

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: {
    // articles/<id>.html rather than articles/<id>/index.html: links to files work on file://.
    format: 'file',
    inlineStylesheets: 'never',
  },
  markdown: {
    // Astro 7 renders Markdown with Sätteri; our remark plugins run in it through an adapter.
    processor: satteri({
      // No GFM: bodies are plain paragraphs, and GFM's autolinks (www.x.org) would
      // swallow the backslash that escapes a following `<`, turning text into markup.
      features: { gfm: false },
      // Both plugins in one adapter: the document is copied to plain mdast once, not once per plugin.
      mdastPlugins: [
        satteriTransformers(
          'dossier',
          [remarkMentionLinks({ href: (id) => `${base.replace(/\/?$/, '/')}${entityPath(id)}` }), remarkFigureMarks({})],
          markdownAdapter,
        ),
      ],
    }),
  },
  // contentSecurityPolicy() turns on Astro's CSP; src/middleware.ts makes each page's
  // links relative and writes its final policy as the page is rendered.
  // dataStoreFromDisk() keeps the content store out of the server bundle (src/integrations/data-store.ts).
  // directFiles() lets the search index and the seed texts be written without Astro's per-page work (src/lib/direct-files.ts).
  // reusedPages() hard-links the pages the incremental build reuses instead of copying them (src/integrations/reused-pages.ts).
  // cachedSitemap() links the last build's sitemap when the pages are the same (src/integrations/cached-sitemap.ts).
  integrations: [cachedSitemap(sitemap(), sitemapPackage.version), contentSecurityPolicy(), dataStoreFromDisk(), directFiles(), reusedPages()],
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose getStaticPaths() gives a cacheKey (src/lib/page-keys.ts) are copied from
    // the previous build when their key and code are unchanged (cache: Astro's cacheDir).
    incrementalBuild: true,
  },
});
