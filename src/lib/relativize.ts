/**
 * Turn a page's absolute internal URLs into URLs relative to the page.
 *
 * The page is read with the small tokenizer of ./html-scan.ts, which follows
 * the HTML syntax for what matters here (tags and their attributes, comments,
 * doctype, CDATA, and the raw text of script, style, textarea, title and the
 * like, whose contents are never markup), and only the values of URL attributes are
 * rewritten in place; every other byte of the page is left as Astro wrote
 * it. Never regular expressions over markup: a `href="/x"` inside a script,
 * a comment or a text is not an attribute and stays as it is. One pass per
 * page, so that sites of thousands of pages relativize in seconds; the
 * post-build pass (src/integrations/csp.ts) calls `rewriteAttribute` from its
 * own scan, so a page is read once for links and policy together.
 */
import { scanHtml, type AttributeToken } from './html-scan.ts';

/** Attributes that hold one URL (lower case; HTML attribute names are case-insensitive). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data', 'formaction']);

/**
 * Rewrite the internal URLs of one page.
 * @param html The page.
 * @param pagePath The page's path inside the site, e.g. `articles/x.html`.
 * @param base The site's base path, e.g. `/` or `/dossier/`.
 * @returns The page with internal URLs relative to it (the same string when nothing changed).
 */
export function relativizeHtml(html: string, pagePath: string, base: string): string {
  const parts: string[] = [];
  let copied = 0;
  scanHtml(html, {
    startTag(tag) {
      for (const attribute of tag.attributes) {
        const rewritten = rewriteAttribute(attribute, pagePath, base);
        if (rewritten === undefined) continue;
        parts.push(html.slice(copied, attribute.valueStart), rewritten);
        copied = attribute.valueEnd;
      }
    },
  });
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}

/**
 * The new text of a URL attribute's value, quotes included (any other attribute: undefined).
 * @param attribute The attribute.
 * @param pagePath The page's path in the site.
 * @param base The base path.
 * @returns The replacement, or undefined to leave the attribute as written.
 */
export function rewriteAttribute(attribute: AttributeToken, pagePath: string, base: string): string | undefined {
  if (attribute.valueStart === attribute.valueEnd) return undefined;
  const isUrl = URL_ATTRIBUTES.has(attribute.name);
  if (!isUrl && attribute.name !== 'srcset') return undefined;
  const value = decodeEntities(attribute.raw);
  if (value === undefined) return undefined;
  const rewritten = isUrl
    ? relativeUrl(value.trim(), pagePath, base)
    : value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .map((item) => relativeSrcsetItem(item, pagePath, base))
        .join(', ');
  if (rewritten === (isUrl ? value.trim() : value)) return undefined;
  const quote = attribute.quote === "'" ? "'" : '"';
  return `${quote}${encodeAttribute(rewritten, quote)}${quote}`;
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

/** Named character references that URLs in generated pages use. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/**
 * Decode the character references of an attribute value.
 * @param raw The value as written.
 * @returns The value, or undefined when it holds a reference this decoder does not know (then it is left alone).
 */
function decodeEntities(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  let unknown = false;
  const decoded = raw.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      unknown = true;
      return whole;
    }
    const named = NAMED_ENTITIES[body];
    if (named !== undefined && whole.endsWith(';')) return named;
    if (whole.endsWith(';')) unknown = true;
    return whole;
  });
  return unknown ? undefined : decoded;
}

/**
 * Escape a value for a quoted attribute.
 * @param value The value.
 * @param quote The quote it goes between.
 * @returns The escaped text.
 */
function encodeAttribute(value: string, quote: '"' | "'"): string {
  const escaped = value.replace(/&/g, '&amp;');
  return quote === '"' ? escaped.replace(/"/g, '&quot;') : escaped.replace(/'/g, '&#39;');
}
