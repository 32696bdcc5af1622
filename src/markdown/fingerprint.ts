/**
 * A fingerprint of the Markdown plugins' code, for the Astro config.
 *
 * Astro keeps every article's rendered Markdown in its content cache and
 * throws the cache away when its configuration changes; it keeps built pages
 * for the incremental build on the same condition. Functions do not count in
 * that comparison, so a change to a plugin's code would go unseen: the
 * plugins carry this fingerprint in their (compared) data instead.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The digest of the Markdown plugins' source files: every `.ts` module that
 * ./index.ts reaches through relative imports.
 * @returns 16 hex digits.
 */
export function markdownFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of sourceClosure(fileURLToPath(new URL('./index.ts', import.meta.url)))) {
    hash.update(path.basename(file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * @param entry A TypeScript module.
 * @returns It and every module it imports by a relative path, transitively, sorted.
 */
function sourceClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+\.ts)'/gm)) {
      pending.push(path.resolve(path.dirname(file), match[1] as string));
    }
  }
  return [...seen].sort();
}
