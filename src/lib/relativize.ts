/**
 * Turn a page's absolute internal URLs into URLs relative to the page.
 * Parsing is done with rehype (a real HTML parser), never with regular
 * expressions over markup.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** Attributes that hold one URL. */
const urlAttributes = ['href', 'src', 'action', 'poster', 'data', 'formAction'] as const;

/**
 * Rewrite the internal URLs of one page.
 * @param html The page.
 * @param pagePath The page's path inside the site, e.g. `articles/x.html`.
 * @param base The site's base path, e.g. `/` or `/dossier/`.
 * @returns The page with internal URLs relative to it.
 */
export function relativizeHtml(html: string, pagePath: string, base: string): string {
  const processor = unified()
    .use(rehypeParse, { fragment: false })
    .use(() => (tree: Root) => {
      visit(tree, 'element', (node: Element) => {
        for (const name of urlAttributes) {
          const value = node.properties[name];
          if (typeof value === 'string') node.properties[name] = relativeUrl(value, pagePath, base);
        }
        const srcset = node.properties.srcSet;
        if (Array.isArray(srcset)) node.properties.srcSet = srcset.map((item) => relativeSrcsetItem(String(item), pagePath, base));
      });
    })
    .use(rehypeStringify, { allowDangerousHtml: true });
  return String(processor.processSync(html));
}

/**
 * Make one URL relative when it is an absolute path under the base.
 * Links to a folder get `index.html` appended, since file:// shows no index.
 * @param url The URL as written.
 * @param pagePath The linking page's path inside the site.
 * @param base The base path.
 * @returns The rewritten URL, or `url` unchanged when it is external or already relative.
 */
export function relativeUrl(url: string, pagePath: string, base: string): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const match = /^([^?#]*)(.*)$/.exec(url);
  const target = match?.[1] ?? url;
  const suffix = match?.[2] ?? '';
  let inSite: string;
  if (target === normalisedBase.slice(0, -1) || target.startsWith(normalisedBase)) {
    inSite = target.slice(normalisedBase.length);
  } else {
    return url;
  }
  if (inSite === '' || inSite.endsWith('/')) inSite += 'index.html';
  const fromDir = pagePath.includes('/') ? pagePath.slice(0, pagePath.lastIndexOf('/')) : '';
  const relative = relativePath(fromDir, inSite);
  return `${relative}${suffix}`;
}

/**
 * @param item One `url descriptor` item of a srcset.
 * @returns The item with its URL made relative.
 */
function relativeSrcsetItem(item: string, pagePath: string, base: string): string {
  const [url = '', ...rest] = item.trim().split(/\s+/);
  return [relativeUrl(url, pagePath, base), ...rest].join(' ');
}

/**
 * POSIX relative path from a folder to a file, both inside the site.
 * @param fromDir Folder of the linking page ('' for the root).
 * @param to Target file.
 * @returns A path such as `../articles/x.html` or `./index.html`.
 */
function relativePath(fromDir: string, to: string): string {
  const from = fromDir === '' ? [] : fromDir.split('/');
  const target = to.split('/');
  let shared = 0;
  while (shared < from.length && shared < target.length - 1 && from[shared] === target[shared]) shared++;
  const up = from.length - shared;
  const down = target.slice(shared).join('/');
  return up === 0 ? `./${down}` : `${'../'.repeat(up)}${down}`;
}
