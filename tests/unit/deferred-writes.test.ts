/**
 * Writes left running while pages are generated (src/lib/deferred-writes.ts)
 * are all awaited at the end of the build, and a failure among them fails it.
 */
import { describe, expect, it, vi } from 'vitest';
import { deferWrite, settleDeferredWrites } from '../../src/lib/deferred-writes.ts';

describe('deferred writes', () => {
  it('waits for every write, even one that ends after another has failed, and throws the failure', async () => {
    const done: string[] = [];
    deferWrite(new Promise((resolve) => setTimeout(() => resolve(done.push('slow')), 30)));
    deferWrite(Promise.reject(new Error('search/meta.js: missing from the search cache')));
    deferWrite(Promise.resolve().then(() => done.push('fast')));
    await expect(settleDeferredWrites()).rejects.toThrow('search/meta.js: missing from the search cache');
    expect(done.sort()).toEqual(['fast', 'slow']);
    // Settled writes are forgotten: the next build starts with none.
    await expect(settleDeferredWrites()).resolves.toBeUndefined();
  });

  it('keeps one list for the whole process, whichever copy of the module registers', async () => {
    vi.resetModules();
    const again = await import('../../src/lib/deferred-writes.ts');
    expect(again.deferWrite).not.toBe(deferWrite);
    let finished = false;
    again.deferWrite(new Promise((resolve) => setTimeout(() => resolve((finished = true)), 10)));
    await settleDeferredWrites();
    expect(finished).toBe(true);
  });
});
