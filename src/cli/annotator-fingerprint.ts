/**
 * Fingerprints of the annotator's code and knowledge, computed from the files
 * alone: this module imports none of the annotator, so that a check that finds
 * nothing to do (annotate-up-to-date.ts) does not pay for loading it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSourceFiles } from './source-files.ts';

/** The annotator modules whose import graph makes the fingerprint. */
const ANNOTATOR_ENTRY_POINTS = ['../pipeline/index.ts', '../pipeline/stages/write.ts', './annotate-tasks.ts'];

/** The annotate command's own modules: how it plans, merges and writes files. */
const COMMAND_ENTRY_POINTS = ['./annotate.ts'];

/** The knowledge folder (as `DEFAULT_KNOWLEDGE_DIR` of pipeline/knowledge.ts, which this module must not import). */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../data/knowledge/', import.meta.url));

const here = path.dirname(fileURLToPath(import.meta.url));

let annotatorMemo: string | undefined;
let commandMemo: string | undefined;

/**
 * The annotator's fingerprint: a hash of every source file the annotator's
 * modules import (followed through relative imports), the knowledge folder,
 * the lock file of installed packages and the Node version.
 * @returns A hex digest (computed once per process).
 */
export function annotatorFingerprint(): string {
  if (annotatorMemo !== undefined) return annotatorMemo;
  const hash = createHash('sha256').update(process.version);
  hashSourceFiles(hash, here, ANNOTATOR_ENTRY_POINTS);
  if (existsSync(KNOWLEDGE_DIR)) {
    for (const name of readdirSync(KNOWLEDGE_DIR).sort()) {
      const file = path.join(KNOWLEDGE_DIR, name);
      hash.update(`\0knowledge/${name}\0`);
      try {
        hash.update(readFileSync(file));
      } catch {
        // A folder or unreadable entry: its name is enough.
      }
    }
  }
  annotatorMemo = hash.digest('hex');
  return annotatorMemo;
}

/**
 * The fingerprint of the whole annotate command: the annotator's, and the
 * source of the command that decides which files to write, keep or remove.
 * @returns A hex digest (computed once per process).
 */
export function commandFingerprint(): string {
  if (commandMemo !== undefined) return commandMemo;
  const hash = createHash('sha256').update(annotatorFingerprint());
  hashSourceFiles(hash, here, COMMAND_ENTRY_POINTS);
  commandMemo = hash.digest('hex');
  return commandMemo;
}
