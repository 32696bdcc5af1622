/**
 * The digest the search's cache knows a file or a record by (./index-cache.ts, ./build-index.ts).
 */
import * as crypto from 'node:crypto';

/**
 * @param text A file's content, or a record as JSON.
 * @returns Its SHA-1, hex (the SHA-1 of its UTF-8 bytes).
 */
export function contentDigest(text: string): string {
  // The one-shot hash (Node 20.12 and later) costs a third less than a Hash object for the 80,000 records of 10,000 articles.
  return typeof crypto.hash === 'function' ? crypto.hash('sha1', text, 'hex') : crypto.createHash('sha1').update(text).digest('hex');
}
