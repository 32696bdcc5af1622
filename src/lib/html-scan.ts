/**
 * A small, fast HTML tokenizer for the post-build passes over built pages
 * (relative URLs, Content-Security-Policy): one linear scan of a page that
 * reports start tags with their attributes (names lower-cased, values with
 * their offsets in the page), end tags, and the text of the raw-text
 * elements. It follows the HTML syntax for what matters here: comments,
 * doctype, CDATA and processing instructions are skipped, and the contents of
 * script, style, textarea, title and the like are text up to their end tag,
 * never markup (so a `href="/x"` or an `onclick` inside a script, a comment or
 * a text is not an attribute). Character references are not decoded while
 * scanning; `decodeCharacterReferences` does it on demand.
 *
 * It builds no tree and copies no text but tag and attribute names and raw
 * values, so a page of 100 KB scans in well under a millisecond.
 */
import { characterEntitiesLegacy } from 'character-entities-legacy';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** Elements whose content is text up to their end tag (raw text and escapable raw text). */
export const TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/** One attribute of a start tag, with where its value is written. */
export interface AttributeToken {
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

/** A start tag. */
export interface StartTag {
  /** Lower-cased tag name. */
  name: string;
  /** Offset of its `<`. */
  start: number;
  /** Offset just past its `>`. */
  end: number;
  attributes: AttributeToken[];
}

/** What a scan reports; every callback is optional. */
export interface HtmlVisitor {
  /** A start tag (called before `text` for a raw-text element). */
  startTag?(tag: StartTag): void;
  /** The content of a raw-text element (script, style, title...): `html.slice(start, end)`. */
  text?(tag: StartTag, start: number, end: number): void;
  /** An end tag, by lower-cased name, with its offsets. */
  endTag?(name: string, start: number, end: number): void;
}

/**
 * Scan a page once, in document order.
 * @param html The page.
 * @param visitor What to call for each token of interest.
 */
export function scanHtml(html: string, visitor: HtmlVisitor): void {
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
      if (isAsciiLetter(html.charCodeAt(open + 2))) {
        at = endOf(html, '>', open + 2);
        if (visitor.endTag) {
          let nameEnd = open + 2;
          while (nameEnd < html.length && !isTagNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
          visitor.endTag(html.slice(open + 2, nameEnd).toLowerCase(), open, at);
        }
      } else {
        at = open + 2;
      }
    } else if (isAsciiLetter(next)) {
      const tag = readStartTag(html, open);
      visitor.startTag?.(tag);
      at = tag.end;
      if (TEXT_ELEMENTS.has(tag.name)) {
        const close = endOfTextElement(html, tag.name, at);
        visitor.text?.(tag, at, close);
        at = close;
      } else if (tag.name === 'plaintext') {
        at = html.length;
      }
    } else {
      at = open + 1;
    }
  }
}

/**
 * Read a start tag.
 * @param html The page.
 * @param open Offset of its `<`.
 * @returns The tag.
 */
export function readStartTag(html: string, open: number): StartTag {
  let at = open + 1;
  while (at < html.length && !isTagNameEnd(html.charCodeAt(at))) at++;
  const name = html.slice(open + 1, at).toLowerCase();
  const attributes: AttributeToken[] = [];
  for (;;) {
    while (at < html.length && (isSpace(html.charCodeAt(at)) || html.charCodeAt(at) === 47 /* / */)) at++;
    if (at >= html.length) return { name, start: open, end: html.length, attributes };
    if (html.charCodeAt(at) === 62 /* > */) return { name, start: open, end: at + 1, attributes };
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
 * The first attribute of a tag with a given name (browsers ignore repeats).
 * @param tag A start tag.
 * @param name Lower-case attribute name.
 * @returns The attribute, or undefined.
 */
export function attributeOf(tag: StartTag, name: string): AttributeToken | undefined {
  return tag.attributes.find((attribute) => attribute.name === name);
}

/** Legacy named references, which browsers decode even without their `;`. */
const legacyNames: ReadonlySet<string> = new Set(characterEntitiesLegacy);

/** The longest legacy name, in characters. */
const longestLegacyName = Math.max(...characterEntitiesLegacy.map((name) => name.length));

/** Code points 0x80-0x9F of numeric references, read as windows-1252 as browsers do. */
const windows1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160,
  0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/**
 * Decode the character references of a text or attribute value as a browser
 * does (every named reference of HTML, numeric ones, legacy names without
 * `;`), so that what is checked is what the browser will see.
 * @param raw Text as written.
 * @param inAttribute Whether it is an attribute value: there a legacy name without `;` followed by a letter, digit or `=` stays as written.
 * @returns The decoded text.
 */
export function decodeCharacterReferences(raw: string, inAttribute: boolean): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(?:#([xX][0-9a-fA-F]+|[0-9]+);?|([A-Za-z][A-Za-z0-9]*)(;?))/g, (whole, numeric: string | undefined, name: string | undefined, semicolon: string, offset: number) => {
    if (numeric !== undefined) return fromCodePoint(numeric[0] === 'x' || numeric[0] === 'X' ? Number.parseInt(numeric.slice(1), 16) : Number.parseInt(numeric, 10));
    const word = name ?? '';
    if (semicolon === ';') {
      const decoded = decodeNamedCharacterReference(word);
      if (decoded !== false) return decoded;
    }
    // Without `;` (or an unknown name with it): the longest legacy name the word starts with.
    for (let length = Math.min(word.length, longestLegacyName); length > 0; length--) {
      const prefix = word.slice(0, length);
      if (!legacyNames.has(prefix)) continue;
      const following = length < word.length ? word[length] : semicolon === ';' ? ';' : raw[offset + whole.length];
      if (inAttribute && following !== undefined && /[A-Za-z0-9=]/.test(following)) return whole;
      const decoded = decodeNamedCharacterReference(prefix);
      return decoded === false ? whole : decoded + whole.slice(1 + length);
    }
    return whole;
  });
}

/**
 * @param code A numeric character reference's value.
 * @returns The character browsers put for it (U+FFFD for invalid ones).
 */
function fromCodePoint(code: number): string {
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(windows1252[code] ?? code);
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
