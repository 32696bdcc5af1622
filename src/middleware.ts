/**
 * Every built HTML page leaves here final: its internal URLs relative and its
 * Content-Security-Policy written (`securePage`, src/integrations/csp.ts).
 *
 * This runs as the page is rendered rather than in a pass over dist/ after the
 * build, so a page is never read and written twice, and the copy Astro's
 * incremental build keeps of it is already final: a rebuild that reuses a page
 * has nothing left to do to it. A page rendered again is first unlinked from
 * the output folder and Astro's copies (src/integrations/reused-pages.ts).
 *
 * A page holding executable markup the site did not write fails the build
 * here, naming the page. Only builds are secured (`DOSSIER_SECURE_PAGES`, set
 * by the integration in src/integrations/csp.ts); the dev server is left
 * alone, since Vite injects scripts of its own there.
 */
import { defineMiddleware } from 'astro:middleware';
import { securePage } from './integrations/csp.ts';
import { outputPathOf } from './lib/output-path.ts';
import { directOutDir } from './lib/direct-files.ts';
import { releasePage } from './lib/reused-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DOSSIER_SECURE_PAGES !== true || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const base = import.meta.env.BASE_URL;
  const pagePath = outputPathOf(context.url.pathname, base);
  // This page is written again: its old file may be a link shared with the previous output (src/integrations/reused-pages.ts).
  const outDir = directOutDir();
  const pageCopies = import.meta.env.DOSSIER_PAGE_COPIES_DIR;
  if (outDir !== undefined && pageCopies !== undefined) releasePage(outDir, pageCopies, pagePath);
  const secured = securePage(await response.text(), { relativize: { pagePath, base } });
  if (secured.untrusted.length > 0) {
    throw new Error(
      `${pagePath}: executable markup the site did not write (a source's text became markup; fix the Markdown that produced it):\n` +
        secured.untrusted.map((problem) => `  - ${problem}`).join('\n'),
    );
  }
  return new Response(secured.html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
