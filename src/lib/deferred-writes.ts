/**
 * Writes into the output folder that a build starts from a route's
 * `getStaticPaths` and lets run while Astro generates pages (the search
 * index, made in a worker thread): the route registers the work here and
 * returns at once, and the direct-files integration waits for all of it when
 * the build is done (src/integrations/direct-files.ts), so a failure still
 * fails the build before the new output replaces dist/.
 *
 * The routes run in Astro's bundled server code and the integration in the
 * config's own module graph: the list is kept on `globalThis` so that both
 * see the same one.
 */

const KEY = Symbol.for('dossier.deferredWrites');

/** @returns The process's list of pending writes. */
function pending(): Promise<unknown>[] {
  const holder = globalThis as { [KEY]?: Promise<unknown>[] };
  holder[KEY] ??= [];
  return holder[KEY];
}

/**
 * Register a write that runs on while pages are generated.
 * @param work The write; a rejection fails the build when it is awaited.
 */
export function deferWrite(work: Promise<unknown>): void {
  // Awaited later: until then a rejection is not "unhandled".
  work.catch(() => undefined);
  pending().push(work);
}

/**
 * Wait for every registered write, then forget them.
 * @throws The first failure among them.
 */
export async function settleDeferredWrites(): Promise<void> {
  const works = pending().splice(0);
  const results = await Promise.allSettled(works);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}
