import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeHtml } from '../../src/lib/relativize.ts';

/**
 * The reference: rewrite the URL properties of a real HTML parser's tree
 * (the relativizer's first implementation), then serialize.
 * @returns The page as rehype writes it.
 */
function referenceRelativize(html: string, pagePath: string, base: string): string {
  const attributes = ['href', 'src', 'action', 'poster', 'data', 'formAction'] as const;
  return String(
    unified()
      .use(rehypeParse)
      .use(() => (tree: Root) => {
        visit(tree, 'element', (node: Element) => {
          for (const name of attributes) {
            const value = node.properties[name];
            if (typeof value === 'string') node.properties[name] = relativeUrl(value, pagePath, base);
          }
          // (The first implementation expected an array here and so never rewrote a srcset; the tokenizer does.)
          const srcset = node.properties.srcSet;
          const items = Array.isArray(srcset) ? srcset.map(String) : typeof srcset === 'string' ? srcset.split(',') : undefined;
          if (items) {
            node.properties.srcSet = items
              .map((item) => item.trim())
              .filter(Boolean)
              .map((item) => {
                const [url = '', ...rest] = item.split(/\s+/);
                return [relativeUrl(url, pagePath, base), ...rest].join(' ');
              })
              .join(', ');
          }
        });
      })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(html),
  );
}

/**
 * A page as rehype reads and writes it, to compare pages written differently.
 * @returns Normalised HTML.
 */
function normalise(html: string): string {
  return String(unified().use(rehypeParse).use(rehypeStringify, { allowDangerousHtml: true }).processSync(html));
}

const tricky = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A </a href="/x.html"> title</title>',
  '<link rel=stylesheet href=/_astro/a.css><link rel="canonical" href="https://example.org/articles/a.html">',
  "<script type=\"module\" src='/_astro/s.js'></script><script>const a = '<a href=\"/not-a-link.html\">'; if (1 < 2) {}</script>",
  '<style>a[href="/x"] { color: red } </style></head><body>',
  '<!-- <a href="/commented.html">no</a> --><a HREF="/dossier/index.html" class=x>Home</a>',
  '<a href="/dossier/entities/kyrgyzstan.html#mentions">K</a> <a href="/dossier/search.html?q=a&amp;b=c">search</a>',
  '<a href="/dossier/">root</a><a href="/dossier">root2</a><a href="/elsewhere/x.html">out</a><a href="//cdn.example.org/x">cdn</a>',
  '<img src="/dossier/_astro/i.png" srcset="/dossier/_astro/i.png 1x, /dossier/_astro/i@2.png 2x" alt="a > b">',
  '<form action="/dossier/search.html"><button formaction="/dossier/x.html">go</button></form>',
  '<video poster="/dossier/p.jpg"></video><object data="/dossier/d.svg"></object>',
  '<svg viewBox="0 0 10 10"><a href="/dossier/countries/kg.html"><path d="M0 0h10"/></a></svg>',
  '<textarea>&lt;a href="/dossier/in-textarea.html"&gt;</textarea><p>Text with /dossier/plain.html and href="/dossier/t.html"</p>',
  '<a data-x="/dossier/not-a-url-attribute.html" href=\'/dossier/q.html?x="1"\'>q</a>',
  '<a href="/dossier/a.html"title="glued">glued</a><a href = "/dossier/spaced.html">spaced</a>',
  '</body></html>',
].join('\n');

describe('relativizeHtml (tokenizer)', () => {
  it('rewrites exactly what a real HTML parser sees as URL attributes', () => {
    for (const [page, base] of [
      ['index.html', '/dossier/'],
      ['entities/x.html', '/dossier/'],
      ['entities/x/page-2.html', '/dossier'],
    ] as const) {
      expect(normalise(relativizeHtml(tricky, page, base))).toBe(referenceRelativize(tricky, page, base));
    }
  });

  it('leaves scripts, styles, comments, text and other attributes as written', () => {
    const out = relativizeHtml(tricky, 'entities/x.html', '/dossier/');
    expect(out).toContain('<a href="/not-a-link.html">');
    expect(out).toContain('a[href="/x"]');
    expect(out).toContain('<!-- <a href="/commented.html">no</a> -->');
    expect(out).toContain('href="/dossier/in-textarea.html"');
    expect(out).toContain('Text with /dossier/plain.html and href="/dossier/t.html"');
    expect(out).toContain('data-x="/dossier/not-a-url-attribute.html"');
    expect(out).toContain('HREF="../index.html" class=x');
    expect(out).toContain('href="../search.html?q=a&amp;b=c"');
    expect(out).toContain('srcset="../_astro/i.png 1x, ../_astro/i@2.png 2x"');
    expect(out).toContain('href="./kyrgyzstan.html#mentions"');
    expect(out).toContain('href="/elsewhere/x.html"');
    expect(out).toContain("href='../q.html?x=\"1\"'");
  });

  it('returns the very same string when there is nothing to rewrite', () => {
    const html = '<!doctype html><p><a href="https://example.org/">x</a> <a href="#top">top</a></p>';
    expect(relativizeHtml(html, 'a/b.html', '/')).toBe(html);
  });

  it('agrees with the reference on every page of a built site', () => {
    const dist = path.resolve('dist');
    if (!existsSync(path.join(dist, 'index.html'))) return;
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html'))
      .sort()
      .slice(0, 60);
    for (const page of pages) {
      // dist/ is already relativized; its absolute URLs (canonical, feeds) and relative ones must come through alike.
      const html = readFileSync(path.join(dist, page), 'utf8').replaceAll('href="../', 'href="/').replaceAll('href="./', 'href="/');
      expect(normalise(relativizeHtml(html, page, '/')), page).toBe(referenceRelativize(html, page, '/'));
    }
  });
});
