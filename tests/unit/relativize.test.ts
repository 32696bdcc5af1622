import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeHtml } from '../../src/lib/relativize.ts';

describe('relativeUrl', () => {
  it.each([
    ['/articles/a.html', 'index.html', '/', './articles/a.html'],
    ['/index.html', 'articles/a.html', '/', '../index.html'],
    ['/', 'articles/a.html', '/', '../index.html'],
    ['/_astro/x.css', 'articles/a.html', '/', '../_astro/x.css'],
    ['/articles/b.html#figure-2', 'articles/a.html', '/', './b.html#figure-2'],
    ['/dossier/entities/x.html?q=1', 'index.html', '/dossier/', './entities/x.html?q=1'],
    ['/dossier/', 'entities/x.html', '/dossier', '../index.html'],
    ['/elsewhere/x.html', 'index.html', '/dossier/', '/elsewhere/x.html'],
    ['https://example.org/x', 'index.html', '/', 'https://example.org/x'],
    ['//cdn.example.org/x.js', 'index.html', '/', '//cdn.example.org/x.js'],
    ['#main', 'index.html', '/', '#main'],
  ])('%s on %s with base %s -> %s', (url, page, base, expected) => {
    expect(relativeUrl(url, page, base)).toBe(expected);
  });
});

describe('relativizeHtml', () => {
  it('rewrites links, stylesheets and scripts but not text or external URLs', () => {
    const html =
      '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://example.org/articles/a.html"></head>' +
      '<body><a href="/index.html">/index.html</a><script src="/_astro/s.js"></script></body></html>';
    const out = relativizeHtml(html, 'articles/a.html', '/');
    expect(out).toContain('href="../_astro/a.css"');
    expect(out).toContain('href="https://example.org/articles/a.html"');
    expect(out).toContain('<a href="../index.html">/index.html</a>');
    expect(out).toContain('src="../_astro/s.js"');
  });
});
