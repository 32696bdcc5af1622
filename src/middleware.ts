/**
 * Every built HTML page leaves here final: its internal URLs relative and its
 * Content-Security-Policy written (`securePage`, src/integrations/csp.ts).
 *
 * This runs as the page is rendered rather than in a pass over dist/ after the
 * build, so a page is never read and written twice, and the copy Astro's
 * incremental build keeps of it is already final: a rebuild that reuses a page
 * has nothing left to do to it.
 *
 * A page holding executable markup the site did not write fails the build
 * here, naming the page. Only builds are secured (`DOSSIER_SECURE_PAGES`, set
 * by the integration in src/integrations/csp.ts); the dev server is left
 * alone, since Vite injects scripts of its own there.
 */
import { defineMiddleware } from 'astro:middleware';
import { securePage } from './integrations/csp.ts';
import { outputPathOf } from './lib/output-path.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DOSSIER_SECURE_PAGES !== true || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const base = import.meta.env.BASE_URL;
  const pagePath = outputPathOf(context.url.pathname, base);
  const secured = securePage(await response.text(), { relativize: { pagePath, base } });
  if (secured.untrusted.length > 0) {
    throw new Error(
      `${pagePath}: executable markup the site did not write (a source's text became markup; fix the Markdown that produced it):\n` +
        secured.untrusted.map((problem) => `  - ${problem}`).join('\n'),
    );
  }
  return new Response(secured.html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
