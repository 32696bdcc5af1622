/**
 * Turn a page's absolute internal URLs into URLs relative to the page.
 *
 * The page is read with a small tokenizer that follows the HTML syntax for
 * what matters here (tags and their attributes, comments, doctype, CDATA,
 * and the raw text of script, style, textarea, title and the like, whose
 * contents are never markup), and only the values of URL attributes are
 * rewritten in place; every other byte of the page is left as Astro wrote
 * it. Never regular expressions over markup: a `href="/x"` inside a script,
 * a comment or a text is not an attribute and stays as it is. One pass per
 * page, so that sites of thousands of pages relativize in seconds.
 */

/** Attributes that hold one URL (lower case; HTML attribute names are case-insensitive). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data', 'formaction']);

/** Elements whose content is text up to their end tag (raw text and escapable raw text). */
const TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

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
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    const next = html.charCodeAt(open + 1);
    if (html.startsWith('<!--', open)) {
      at = endOf(html, '-->', open + 4);
    } else if (html.startsWith('<![CDATA[', open)) {
      at = endOf(html, ']]>', open + 9);
    } else if (next === 33 /* ! */ || next === 63 /* ? */) {
      at = endOf(html, '>', open + 2);
    } else if (next === 47 /* / */) {
      at = isAsciiLetter(html.charCodeAt(open + 2)) ? endOf(html, '>', open + 2) : open + 2;
    } else if (isAsciiLetter(next)) {
      const tag = readStartTag(html, open);
      for (const attribute of tag.attributes) {
        const rewritten = rewriteAttribute(attribute, pagePath, base);
        if (rewritten === undefined) continue;
        parts.push(html.slice(copied, attribute.valueStart), rewritten);
        copied = attribute.valueEnd;
      }
      at = tag.end;
      if (TEXT_ELEMENTS.has(tag.name)) at = endOfTextElement(html, tag.name, at);
      else if (tag.name === 'plaintext') at = html.length;
    } else {
      at = open + 1;
    }
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}

/** One attribute of a start tag, with where its value is written. */
interface AttributeToken {
  /** Lower-cased name. */
  name: string;
  /** The value as written (entities not decoded), without quotes. */
  raw: string;
  /** The quote around the value: `"`, `'` or none. */
  quote: '"' | "'" | '';
  /** Offsets of the value as written, quotes included, in the page; equal when the attribute has no value. */
  valueStart: number;
  valueEnd: number;
}

/**
 * Read a start tag.
 * @param html The page.
 * @param open Offset of its `<`.
 * @returns Lower-cased tag name, attributes, and the offset just past the tag.
 */
function readStartTag(html: string, open: number): { name: string; attributes: AttributeToken[]; end: number } {
  let at = open + 1;
  while (at < html.length && !isTagNameEnd(html.charCodeAt(at))) at++;
  const name = html.slice(open + 1, at).toLowerCase();
  const attributes: AttributeToken[] = [];
  for (;;) {
    while (at < html.length && (isSpace(html.charCodeAt(at)) || html.charCodeAt(at) === 47 /* / */)) at++;
    if (at >= html.length) return { name, attributes, end: html.length };
    if (html.charCodeAt(at) === 62 /* > */) return { name, attributes, end: at + 1 };
    const nameStart = at;
    at++; // a first `=` belongs to the name
    while (at < html.length && !isAttributeNameEnd(html.charCodeAt(at))) at++;
    const attributeName = html.slice(nameStart, at).toLowerCase();
    let cursor = at;
    while (cursor < html.length && isSpace(html.charCodeAt(cursor))) cursor++;
    if (html.charCodeAt(cursor) !== 61 /* = */) {
      attributes.push({ name: attributeName, raw: '', quote: '', valueStart: at, valueEnd: at });
      at = cursor;
      continue;
    }
    cursor++;
    while (cursor < html.length && isSpace(html.charCodeAt(cursor))) cursor++;
    const quoteCode = html.charCodeAt(cursor);
    if (quoteCode === 34 || quoteCode === 39) {
      const quote = quoteCode === 34 ? '"' : "'";
      const close = html.indexOf(quote, cursor + 1);
      const end = close === -1 ? html.length : close + 1;
      attributes.push({ name: attributeName, raw: html.slice(cursor + 1, close === -1 ? html.length : close), quote, valueStart: cursor, valueEnd: end });
      at = end;
    } else {
      let end = cursor;
      while (end < html.length && !isSpace(html.charCodeAt(end)) && html.charCodeAt(end) !== 62) end++;
      attributes.push({ name: attributeName, raw: html.slice(cursor, end), quote: '', valueStart: cursor, valueEnd: end });
      at = end;
    }
  }
}

/**
 * The new text of a URL attribute's value, quotes included.
 * @param attribute The attribute.
 * @param pagePath The page's path in the site.
 * @param base The base path.
 * @returns The replacement, or undefined to leave the attribute as written.
 */
function rewriteAttribute(attribute: AttributeToken, pagePath: string, base: string): string | undefined {
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

/**
 * Offset just past the next occurrence of a marker.
 * @param html The page.
 * @param marker What ends the construct (`-->`, `>`).
 * @param from Where to look from.
 * @returns The offset, or the page's length when the marker is missing.
 */
function endOf(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

/**
 * Where the text content of a script, style, title... ends: at its end tag
 * (`</name` followed by white space, `/` or `>`, in any case).
 * @param html The page.
 * @param name The element's lower-case name.
 * @param from Offset just past its start tag.
 * @returns The offset of the end tag's `<`, or the page's length.
 */
function endOfTextElement(html: string, name: string, from: number): number {
  let at = from;
  for (;;) {
    const close = html.indexOf('</', at);
    if (close === -1) return html.length;
    const after = html.charCodeAt(close + 2 + name.length);
    if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name && (Number.isNaN(after) || isSpace(after) || after === 47 || after === 62)) return close;
    at = close + 2;
  }
}

/**
 * @param code A UTF-16 code unit.
 * @returns Whether it is HTML white space (tab, line feed, form feed, carriage return, space).
 */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/**
 * @param code A UTF-16 code unit.
 * @returns Whether it is an ASCII letter (what a tag name starts with).
 */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * @param code A UTF-16 code unit.
 * @returns Whether it ends a tag name.
 */
function isTagNameEnd(code: number): boolean {
  return isSpace(code) || code === 47 || code === 62;
}

/**
 * @param code A UTF-16 code unit.
 * @returns Whether it ends an attribute name.
 */
function isAttributeNameEnd(code: number): boolean {
  return isSpace(code) || code === 47 || code === 62 || code === 61;
}
