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
 *  2. After the build (and after the relative-URL rewrite, which only touches
 *     URL attributes, never script or style text) it rewrites each page's
 *     policy: the trusted hashes of the inline scripts the page really holds,
 *     the hashes of the page's inline `<style>` elements and `style`
 *     attributes (Astro does not know about markup such as the world map's SVG
 *     styles), and the fixed directives below. The `<meta>` goes right after
 *     `<meta charset>`, before any script or style.
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
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, ElementContent, Root, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

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

/** Elements the site never writes and that load or run other content. */
const foreignElements = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'base']);

/** Attributes (hast property names) that hold a URL. */
const urlProperties = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'xLinkHref', 'cite', 'background'] as const;

/** Script `type`s that the browser runs; anything else (`application/ld+json`...) is a data block. */
const javascriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/**
 * @returns The integration; put it after `relativeUrls()` in the integrations array.
 */
export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'dossier:csp',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ security: { csp: { algorithm: 'SHA-256' } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await htmlFiles(root);
        const untrusted: string[] = [];
        for (const file of pages) {
          const secured = securePage(await readFile(file, 'utf8'));
          const page = path.relative(root, file).split(path.sep).join('/');
          untrusted.push(...secured.untrusted.map((problem) => `${page}: ${problem}`));
          await writeFile(file, secured.html);
        }
        if (untrusted.length > 0) {
          for (const problem of untrusted) logger.error(problem);
          throw new Error(
            `${untrusted.length} piece(s) of executable markup the site did not write (listed above): ` +
              "a source's text became markup; fix the Markdown that produced it",
          );
        }
        logger.info(`wrote a Content-Security-Policy into ${pages.length} pages`);
      },
    },
  };
}

/**
 * Write a page's Content-Security-Policy (pure).
 * @param html A built page, possibly holding Astro's own CSP `<meta>` (its script hashes are the trusted ones).
 * @returns The page with exactly one CSP `<meta>`, the policy, and the untrusted markup found.
 */
export function securePage(html: string): SecuredPage {
  const tree = unified().use(rehypeParse, { fragment: false }).parse(html);
  const trusted = trustedScriptHashes(removeCspMetas(tree));
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  const untrusted: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'script' && node.properties.src === undefined && isJavaScript(node)) {
      const hash = sha256(textOf(node));
      if (trusted.has(hash)) scripts.add(hash);
      else untrusted.push(`inline script that Astro did not bundle: ${excerpt(textOf(node))}`);
    }
    if (node.tagName === 'style') styles.add(sha256(textOf(node)));
    const style = node.properties.style;
    if (typeof style === 'string') styleAttributes.add(sha256(style));
    untrusted.push(...untrustedAttributes(node));
    if (foreignElements.has(node.tagName)) untrusted.push(`<${node.tagName}> element`);
  });
  const policy = buildPolicy([...scripts].sort(), [...styles].sort(), [...styleAttributes].sort());
  insertMeta(tree, policy);
  const output = unified().use(rehypeStringify, { allowDangerousHtml: true }).stringify(tree);
  return { html: output, policy, untrusted };
}

/**
 * Event-handler attributes, `javascript:` URLs, and scripts from other sites, on one element.
 * @param node An element.
 * @returns A description of each.
 */
function untrustedAttributes(node: Element): string[] {
  const found: string[] = [];
  for (const name of Object.keys(node.properties)) {
    if (/^on[A-Za-z]/.test(name)) found.push(`event handler ${name.toLowerCase()} on <${node.tagName}>`);
  }
  for (const name of urlProperties) {
    const value = node.properties[name];
    // Browsers ignore control characters and spaces inside a scheme: "java\tscript:" runs too.
    if (typeof value === 'string' && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) {
      found.push(`javascript: URL in ${name} of <${node.tagName}>`);
    }
  }
  const src = node.properties.src;
  if (node.tagName === 'script' && typeof src === 'string' && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim())) {
    found.push(`script from another site: ${src}`);
  }
  return found;
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

/**
 * Remove every CSP `<meta>` of a page.
 * @param tree The page.
 * @returns The policies they held.
 */
function removeCspMetas(tree: Root): string[] {
  const policies: string[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    const httpEquiv = node.properties.httpEquiv;
    const name = Array.isArray(httpEquiv) ? httpEquiv.join(' ') : String(httpEquiv ?? '');
    if (node.tagName !== 'meta' || name.toLowerCase() !== 'content-security-policy') return;
    policies.push(String(node.properties.content ?? ''));
    if (parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return policies;
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
 * Put the policy into `<head>`, right after `<meta charset>` (first when there is none).
 * @param tree The page.
 * @param policy The policy text.
 */
function insertMeta(tree: Root, policy: string): void {
  let head: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!head && node.tagName === 'head') head = node;
  });
  if (!head) return;
  const meta: Element = { type: 'element', tagName: 'meta', properties: { httpEquiv: ['Content-Security-Policy'], content: policy }, children: [] };
  const charset = head.children.findIndex((child) => child.type === 'element' && child.tagName === 'meta' && child.properties.charSet !== undefined);
  head.children.splice(charset + 1, 0, meta);
}

/**
 * @param node A `<script>` element.
 * @returns Whether the browser would run it as JavaScript.
 */
function isJavaScript(node: Element): boolean {
  const type = String(node.properties.type ?? '').trim().toLowerCase();
  return javascriptTypes.has(type);
}

/**
 * @param node An element.
 * @returns Its text, as the browser hashes it.
 */
function textOf(node: Element): string {
  return node.children.map((child: ElementContent) => (child.type === 'text' ? (child as Text).value : '')).join('');
}

/**
 * @param text Script text.
 * @returns Its first 60 characters on one line.
 */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/**
 * Every `.html` file under a folder.
 * @param dir Absolute folder.
 * @returns Absolute paths.
 */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}
