/**
 * Astro integration: give every built page a Content-Security-Policy that lets
 * no inline script run but the site's own, by hash.
 *
 * How it works:
 *  1. At config time it turns on Astro's own CSP (`security.csp`). Astro then
 *     writes into each page a policy listing the hashes of the scripts that
 *     *Astro itself bundled* from our components: those hashes are the only
 *     inline scripts we trust. A script that reached a page any other way (text
 *     from a source that escaped escaping, an `is:inline` script) is not on the
 *     list and stays blocked.
 *  2. As each page is rendered (src/middleware.ts calls `securePage`), its
 *     internal URLs are made relative (src/lib/relativize.ts: URL attributes
 *     only, never script or style text) and its policy rewritten, in one scan:
 *     the trusted hashes of the inline
 *     scripts the page really holds, the hashes of the page's inline `<style>`
 *     elements and `style` attributes (Astro does not know about markup such
 *     as the world map's SVG styles), and the fixed directives below. The
 *     `<meta>` goes right after `<meta charset>`, before any script or style.
 *     The page is read with the tokenizer of src/lib/html-scan.ts, not parsed
 *     into a tree, and each distinct script or style is hashed once per build.
 *     Doing this while rendering means each page is written once, and the copy
 *     Astro's incremental build keeps of it is already final.
 *
 * Every other script is an external file allowed by `'self'`. Opened from disk
 * (file://), Chromium treats `'self'` as "file: URLs", so the same policy holds
 * offline; tests/e2e/hostile.spec.ts checks both.
 *
 * It is also the last gate of the build: a page holding executable markup the
 * site did not write (an inline script Astro did not bundle, an event-handler
 * attribute, a `javascript:` URL, an iframe, object, embed or base element)
 * means a source's text became markup somewhere; the build fails, naming the
 * page, and `npm run build` leaves the previous dist/ in place.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashSourceFiles } from '../cli/source-files.ts';
import { attributeOf, decodeCharacterReferences, scanHtml, type StartTag } from '../lib/html-scan.ts';
import { rewriteAttribute } from '../lib/relativize.ts';

/** Directives every page gets besides `script-src` and `style-src`. */
export const fixedDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** What `securePage` did to one page. */
export interface SecuredPage {
  /** The page with its policy. */
  html: string;
  /** The policy written into the page. */
  policy: string;
  /** Executable markup the site did not write (the policy blocks it; the build fails on it). */
  untrusted: string[];
}

/** Options of `securePage`. */
export interface SecurePageOptions {
  /** Also make the page's internal URLs relative (src/lib/relativize.ts), in the same pass. */
  relativize?: { pagePath: string; base: string } | undefined;
}

/** Elements the site never writes and that load or run other content. */
const foreignElements = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'base']);

/** Attributes that hold a URL, with the name messages give them (the DOM property's). */
const urlAttributes: ReadonlyMap<string, string> = new Map([
  ['href', 'href'],
  ['src', 'src'],
  ['action', 'action'],
  ['formaction', 'formAction'],
  ['data', 'data'],
  ['poster', 'poster'],
  ['xlink:href', 'xLinkHref'],
  ['cite', 'cite'],
  ['background', 'background'],
]);

/** Script `type`s that the browser runs; anything else (`application/ld+json`...) is a data block. */
const javascriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/**
 * The integration: turns on Astro's own CSP, whose script hashes `securePage`
 * trusts. The pages themselves are secured as they are rendered, by
 * src/middleware.ts.
 * @returns The integration.
 */
export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'dossier:csp',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          security: { csp: { algorithm: 'SHA-256' } },
          // Tells src/middleware.ts to secure pages: in a build only, never on the dev server
          // (whose own scripts have no trusted hash), whatever NODE_ENV says.
          // The finishing code's digest is part of the config, which Astro's incremental cache
          // hashes: Astro hashes a page's own imports but not the middleware, and a page reused
          // from the previous build must have been finished by today's code.
          vite: {
            define: {
              'import.meta.env.DOSSIER_SECURE_PAGES': JSON.stringify(command === 'build'),
              'import.meta.env.DOSSIER_FINISHING_DIGEST': JSON.stringify(finishingCodeDigest()),
            },
          },
        });
      },
    },
  };
}

/**
 * A digest of the code that finishes every page: src/middleware.ts and what it imports.
 * @returns Hex digits.
 */
function finishingCodeDigest(): string {
  const hash = createHash('sha256');
  hashSourceFiles(hash, path.dirname(fileURLToPath(import.meta.url)), ['../middleware.ts']);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Write a page's Content-Security-Policy (pure), in one scan of the page:
 * Astro's CSP `<meta>`s are taken out (their script hashes are the trusted
 * ones), inline scripts, `<style>` elements and `style` attributes hashed,
 * executable markup the site did not write collected, and the new `<meta>`
 * put right after `<meta charset>` (first in `<head>` when there is none).
 * Every other byte of the page is kept as written.
 * @param html A built page, possibly holding Astro's own CSP `<meta>`.
 * @param options `relativize` to make internal URLs relative in the same pass.
 * @returns The page with exactly one CSP `<meta>`, the policy, and the untrusted markup found.
 */
export function securePage(html: string, options: SecurePageOptions = {}): SecuredPage {
  /** Replacements of page ranges, in page order. */
  const edits: { start: number; end: number; text: string }[] = [];
  const policies: string[] = [];
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  /** Untrusted markup in page order; inline scripts wait for the trusted hashes (Astro's `<meta>` may come after them). */
  const findings: (string | { script: string })[] = [];
  let headStart: number | undefined;
  let charsetEnd: number | undefined;
  let inHead = false;
  let foreignDepth = 0;
  scanHtml(html, {
    startTag(tag) {
      if (tag.name === 'head' && headStart === undefined) {
        headStart = tag.end;
        inHead = true;
      } else if (tag.name === 'body') {
        inHead = false;
      } else if (tag.name === 'svg' || tag.name === 'math') {
        foreignDepth++;
      }
      if (tag.name === 'meta') {
        if (isCspMeta(tag)) {
          policies.push(decodeCharacterReferences(attributeOf(tag, 'content')?.raw ?? '', true));
          edits.push({ start: tag.start, end: tag.end, text: '' });
          return;
        }
        if (inHead && charsetEnd === undefined && attributeOf(tag, 'charset') !== undefined) charsetEnd = tag.end;
      }
      const style = attributeOf(tag, 'style');
      if (style !== undefined) styleAttributes.add(hashOf(decodeCharacterReferences(style.raw, true)));
      findings.push(...untrustedAttributes(tag));
      if (foreignElements.has(tag.name)) findings.push(`<${tag.name}> element`);
      if (options.relativize) {
        for (const attribute of tag.attributes) {
          const rewritten = rewriteAttribute(attribute, options.relativize.pagePath, options.relativize.base);
          if (rewritten !== undefined) edits.push({ start: attribute.valueStart, end: attribute.valueEnd, text: rewritten });
        }
      }
    },
    text(tag, start, end) {
      if (tag.name !== 'script' && tag.name !== 'style') return;
      // In SVG and MathML, script and style hold parsed text: character references are decoded there.
      const raw = html.slice(start, end);
      const text = normaliseNewlines(foreignDepth > 0 ? decodeCharacterReferences(raw, false) : raw);
      if (tag.name === 'style') styles.add(hashOf(text));
      else if (attributeOf(tag, 'src') === undefined && isJavaScript(tag)) findings.push({ script: text });
    },
    endTag(name) {
      if (name === 'head') inHead = false;
      else if ((name === 'svg' || name === 'math') && foreignDepth > 0) foreignDepth--;
    },
  });
  const trusted = trustedScriptHashes(policies);
  const scriptHashes = new Set<string>();
  const untrusted: string[] = [];
  for (const finding of findings) {
    if (typeof finding === 'string') {
      untrusted.push(finding);
      continue;
    }
    const hash = hashOf(finding.script);
    if (trusted.has(hash)) scriptHashes.add(hash);
    else untrusted.push(`inline script that Astro did not bundle: ${excerpt(finding.script)}`);
  }
  const policy = buildPolicy([...scriptHashes].sort(), [...styles].sort(), [...styleAttributes].sort());
  const metaAt = charsetEnd ?? headStart;
  if (metaAt !== undefined) {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')}">`;
    const index = edits.findIndex((edit) => edit.start >= metaAt);
    edits.splice(index === -1 ? edits.length : index, 0, { start: metaAt, end: metaAt, text: meta });
  }
  return { html: applyEdits(html, edits), policy, untrusted };
}

/**
 * @param tag A `<meta>` start tag.
 * @returns Whether it is a Content-Security-Policy `<meta http-equiv>`.
 */
function isCspMeta(tag: StartTag): boolean {
  const httpEquiv = attributeOf(tag, 'http-equiv');
  return httpEquiv !== undefined && decodeCharacterReferences(httpEquiv.raw, true).trim().toLowerCase() === 'content-security-policy';
}

/**
 * Event-handler attributes, `javascript:` URLs, and scripts from other sites, on one start tag.
 * @param tag A start tag.
 * @returns A description of each.
 */
function untrustedAttributes(tag: StartTag): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const attribute of tag.attributes) {
    const name = attribute.name;
    // o, n, then a letter: an event handler.
    if (name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110 && /^on[a-z]/.test(name)) found.push(`event handler ${name} on <${tag.name}>`);
    const label = urlAttributes.get(name);
    // Browsers read the first of repeated attributes only.
    if (label === undefined || seen.has(name)) continue;
    seen.add(name);
    if (attribute.valueStart === attribute.valueEnd) continue;
    const value = decodeCharacterReferences(attribute.raw, true);
    // Browsers ignore control characters and spaces inside a scheme: "java\tscript:" runs too.
    if (/^[\u0000-\u0020]*j/i.test(value) && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`javascript: URL in ${label} of <${tag.name}>`);
    if (name === 'src' && tag.name === 'script' && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value.trim())) found.push(`script from another site: ${value}`);
  }
  return found;
}

/**
 * Apply replacements to a page.
 * @param html The page.
 * @param edits Non-overlapping replacements in page order.
 * @returns The new page (the same string when there are none).
 */
function applyEdits(html: string, edits: readonly { start: number; end: number; text: string }[]): string {
  if (edits.length === 0) return html;
  const parts: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    parts.push(html.slice(copied, edit.start), edit.text);
    copied = edit.end;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

/**
 * The policy text.
 * @param scripts Hash sources (`'sha256-…'`) of the page's trusted inline scripts.
 * @param styles Hash sources of its `<style>` elements.
 * @param styleAttributes Hash sources of its `style` attributes.
 * @returns `default-src 'self'; script-src 'self' …; …`.
 */
export function buildPolicy(scripts: readonly string[], styles: readonly string[], styleAttributes: readonly string[]): string {
  const directives = [
    fixedDirectives[0],
    ['script-src', "'self'", ...scripts].join(' '),
    ['style-src', "'self'", ...styles].join(' '),
    ...(styleAttributes.length > 0 ? [['style-src-attr', "'unsafe-hashes'", ...styleAttributes].join(' ')] : []),
    ...fixedDirectives.slice(1),
  ];
  return directives.join('; ');
}

/**
 * The CSP hash source of a text, as browsers compute it (SHA-256 of the UTF-8 text).
 * @param text Script or style text.
 * @returns `'sha256-<base64>'`.
 */
export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes already computed, by text: the same scripts and styles recur on thousands of pages. */
const hashCache = new Map<string, string>();

/** Texts the cache holds at most (it is emptied when full). */
const HASH_CACHE_SIZE = 4096;

/**
 * `sha256`, computed once per distinct text.
 * @param text Script or style text.
 * @returns Its hash source.
 */
function hashOf(text: string): string {
  let hash = hashCache.get(text);
  if (hash === undefined) {
    if (hashCache.size >= HASH_CACHE_SIZE) hashCache.clear();
    hash = sha256(text);
    hashCache.set(text, hash);
  }
  return hash;
}

/**
 * The script hashes that Astro's own policies list.
 * @param policies Policy texts.
 * @returns Hash sources such as `'sha256-…'`.
 */
function trustedScriptHashes(policies: readonly string[]): Set<string> {
  const hashes = new Set<string>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'script-src-elem') continue;
      for (const source of sources) if (/^'sha256-[A-Za-z0-9+/=]+'$/.test(source)) hashes.add(source);
    }
  }
  return hashes;
}

/**
 * @param tag A `<script>` start tag.
 * @returns Whether the browser would run it as JavaScript.
 */
function isJavaScript(tag: StartTag): boolean {
  const type = attributeOf(tag, 'type');
  return javascriptTypes.has(type === undefined ? '' : decodeCharacterReferences(type.raw, true).trim().toLowerCase());
}

/**
 * Line breaks as the browser's parser hands them to the hash: CR LF and lone CR become LF.
 * @param text Raw text.
 * @returns The text.
 */
function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * @param text Script text.
 * @returns Its first 60 characters on one line.
 */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
