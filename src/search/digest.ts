/**
 * The digest the search's cache knows a file or a record by (./index-cache.ts, ./build-index.ts).
 */
import { createHash } from 'node:crypto';

/**
 * @param text A file's content, or a record as JSON.
 * @returns Its SHA-1, hex (the SHA-1 of its UTF-8 bytes).
 */
export function contentDigest(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
