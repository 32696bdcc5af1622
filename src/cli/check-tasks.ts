/**
 * The check command's per-file work as a handler that runs the same way in the
 * calling thread and on worker threads (see parallel.ts): the rules that read
 * one file alone (src/check/index.ts `checkFile`).
 */
import { checkFile, type FileCheck } from '../check/index.ts';

/** One content file to check. */
export interface CheckItem {
  /** Its path as printed. */
  path: string;
  /** Its text (already decoded as UTF-8). */
  text: string;
}

/**
 * @param contentDirAsSpelled The content folder as the paths spell it (messages name it).
 * @returns A handler checking one file.
 */
export function checkFileTask(contentDirAsSpelled: string): (item: CheckItem) => FileCheck {
  return (item) => checkFile(item, contentDirAsSpelled);
}
