/**
 * The Content-Security-Policy written into every built page
 * (src/integrations/csp.ts), on pages shaped like Astro's output.
 */
import { describe, expect, it } from 'vitest';
import { buildPolicy, securePage, sha256 } from '../../src/integrations/csp.ts';

const filterScript = 'for(const e of document.querySelectorAll(`[data-filterable]`)){e.hidden=false}';
const otherPageScript = 'document.body.dataset.sorted="yes"';

/**
 * A page as Astro writes it with `security.csp` on: its policy lists every script Astro bundled.
 * @param body The body's HTML.
 * @param head Extra head HTML.
 * @returns The page.
 */
function astroPage(body: string, head = ''): string {
  const astroPolicy = `script-src 'self' ${sha256(filterScript)} ${sha256(otherPageScript)}; style-src 'self' ${sha256('')};`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>Page</title><meta http-equiv="content-security-policy" content="${astroPolicy.replace(/'/g, '&#x27;')}">${head}` +
    `<link rel="stylesheet" href="./_astro/Base.css"></head><body>${body}</body></html>`
  );
}

describe('sha256', () => {
  it('computes the hash source browsers expect', () => {
    expect(sha256('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(sha256('Кыргызстан')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});

describe('securePage', () => {
  it("replaces Astro's policy by one right after <meta charset>, allowing only the page's own inline script", () => {
    const { html, policy, untrusted } = securePage(astroPage(`<main><p>Text</p></main><script type="module">${filterScript}</script>`));
    expect(untrusted).toEqual([]);
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${sha256(filterScript)}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'`,
    );
    expect(html.match(/http-equiv/gi)).toHaveLength(1);
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#x27;self&#x27;; script-src/);
    expect(html).toContain(`<script type="module">${filterScript}</script>`);
  });

  it('hashes inline <style> elements (an SVG map) and style attributes', () => {
    const css = '.world-map path{stroke-width:.5}';
    const { policy } = securePage(astroPage(`<svg class="world-map"><style>${css}</style><path d="M0 0"/></svg><p style="color: red">x</p>`));
    expect(policy).toContain(`style-src 'self' ${sha256(css)};`);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${sha256('color: red')};`);
  });

  it('reports, and leaves blocked, every piece of executable markup the site did not write', () => {
    const { policy, untrusted } = securePage(
      astroPage(
        '<p>www.example.org\\<script>window.__pwned=1</script></p>' +
          '<img src="x" onerror="alert(1)">' +
          '<a href="java\tscript:alert(2)">x</a>' +
          '<iframe src="https://example.org/"></iframe>' +
          '<script src="https://example.org/x.js"></script>',
      ),
    );
    expect(untrusted).toEqual([
      'inline script that Astro did not bundle: window.__pwned=1',
      'event handler onerror on <img>',
      'javascript: URL in href of <a>',
      '<iframe> element',
      'script from another site: https://example.org/x.js',
    ]);
    expect(policy).not.toContain(sha256('window.__pwned=1'));
    expect(policy).toContain("script-src 'self';");
  });

  it('ignores data blocks and external scripts of the site', () => {
    const { untrusted, policy } = securePage(
      astroPage('<script type="application/ld+json">{"@type":"NewsArticle"}</script><script defer src="../search/ui.js"></script>'),
    );
    expect(untrusted).toEqual([]);
    expect(policy).toContain("script-src 'self';");
  });

  it('is idempotent', () => {
    const once = securePage(astroPage(`<script type="module">${filterScript}</script>`)).html;
    expect(securePage(once).html).toBe(once);
  });

  it('without a policy from Astro, trusts no inline script', () => {
    const { untrusted } = securePage(`<!doctype html><html><head><meta charset="utf-8"></head><body><script>${filterScript}</script></body></html>`);
    expect(untrusted).toHaveLength(1);
  });
});

describe('securePage, one pass over the page', () => {
  it('makes internal links relative in the same pass, and leaves every other byte as written', () => {
    const body = `<main><a href="/entities/x.html">X</a> <a href="https://example.org/">out</a><p class=lede>Text &amp; more</p></main><script type="module">${filterScript}</script>`;
    const page = astroPage(body);
    const { html, untrusted } = securePage(page, { relativize: { pagePath: 'articles/a.html', base: '/' } });
    expect(untrusted).toEqual([]);
    expect(html).toContain('<a href="../entities/x.html">X</a> <a href="https://example.org/">out</a><p class=lede>Text &amp; more</p>');
    expect(html).toContain('<link rel="stylesheet" href="./_astro/Base.css">');
    const withoutPolicy = (text: string): string => text.replace(/<meta http-equiv="(?:content-security-policy|Content-Security-Policy)"[^>]*>/g, '');
    expect(withoutPolicy(securePage(page).html)).toBe(withoutPolicy(page));
  });

  it('decodes character references as the browser does before judging a URL', () => {
    const { untrusted } = securePage(astroPage('<a href="javascript&colon;alert(1)">x</a><a href="&#106;avascript:alert(2)">y</a><a href="/x?a=1&amp;b=2">z</a>'));
    expect(untrusted).toEqual(['javascript: URL in href of <a>', 'javascript: URL in href of <a>']);
  });

  it('hashes an SVG style as the browser reads it (references decoded) and a style attribute decoded', () => {
    const { policy } = securePage(astroPage('<svg><style>a&gt;b{fill:red}</style></svg><p style="font-family: &quot;Serif&quot;">x</p>'));
    expect(policy).toContain(`style-src 'self' ${sha256('a>b{fill:red}')};`);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${sha256('font-family: "Serif"')};`);
  });

  it('puts the policy first in <head> when there is no <meta charset>, and ignores markup inside scripts and comments', () => {
    const page = `<!doctype html><html><head><title>a <b onclick="x"></title></head><body><!-- <iframe> --><script type="application/json">{"a":"<iframe onload=x>"}</script></body></html>`;
    const { html, untrusted } = securePage(page);
    expect(untrusted).toEqual([]);
    expect(html).toMatch(/^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/);
  });
});

describe('buildPolicy', () => {
  it('lists the fixed directives around the hashes', () => {
    expect(buildPolicy([], [], [])).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'");
  });
});
