/**
 * Stage 1: turn a seed file's bytes into normalised text, then into lines.
 *
 * Only strict UTF-8 is accepted: a file in another encoding (Windows-1251,
 * Latin-1, UTF-16) is rejected with a message saying so, never guessed at.
 */
import { SeedError, type SourceLine } from '../types.ts';

/** Largest seed accepted by default: 2 MiB. An article is a few kilobytes. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Options for `decodeSeed`. */
export interface DecodeOptions {
  /** Largest file accepted, in bytes (default 2 MiB). */
  maxBytes?: number;
}

/**
 * Decode and normalise a seed: strict UTF-8, no BOM, `\n` line ends, NFC,
 * control characters and odd spaces turned into plain spaces, invisible
 * format characters removed, runs of spaces inside a line collapsed,
 * trailing white space cut, runs of three or more blank lines cut to two.
 * @param bytes The file's content.
 * @param file The file's path, for error messages.
 * @param options `maxBytes`: the size limit.
 * @returns The normalised text, ending with one newline.
 * @throws SeedError when the file is too large, binary, not UTF-8, garbled or empty.
 */
export function decodeSeed(bytes: Uint8Array, file: string, options: DecodeOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new SeedError(
      file,
      `is ${formatSize(bytes.length)} (${bytes.length} bytes), larger than the limit of ${formatSize(maxBytes)} (${maxBytes} bytes); a seed should hold the text of one article`,
    );
  }
  if (hasUtf16Bom(bytes) || looksLikeUtf16(bytes)) {
    throw new SeedError(file, 'looks like UTF-16 text, expected UTF-8 text: save the file as UTF-8');
  }
  const controls = countControlBytes(bytes);
  if (controls >= 4 && controls / bytes.length > 0.01) {
    throw new SeedError(file, `looks like binary data (${controls} control bytes in ${bytes.length}), expected UTF-8 text`);
  }
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt !== -1) {
    throw new SeedError(
      file,
      `is not valid UTF-8 (byte offset ${invalidAt}), expected UTF-8 text: convert the file to UTF-8 (it may be in Windows-1251 or Latin-1)`,
    );
  }
  const raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const junk = countJunkCharacters(raw);
  if (junk >= 4 && junk / raw.length > 0.02) {
    throw new SeedError(
      file,
      `looks like binary or garbled data (${junk} of ${raw.length} characters are replacement or control characters), expected UTF-8 text`,
    );
  }
  const text = normaliseText(raw);
  if (text.trim() === '') throw new SeedError(file, 'is empty, expected the text of an article');
  return text;
}

/**
 * Split normalised text into lines: 1-based line numbers, trimmed text,
 * blank lines dropped.
 * @param text Text from `decodeSeed`.
 * @returns The non-blank lines.
 */
export function toLines(text: string): SourceLine[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((line) => line.text !== '');
}

/** Characters that look like spaces but are not U+0020. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Invisible format characters: zero-width spaces and joiners, soft hyphen, bidi marks, stray BOMs. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
/** Control characters other than tab and newline (C0, DEL, C1). */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/**
 * The normalisation steps of `decodeSeed`, on decoded text.
 * @param raw Decoded text.
 * @returns Normalised text, ending with one newline (or empty).
 */
export function normaliseText(raw: string): string {
  const unified = raw
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?|[\u2028\u2029\u0085\f\v]/gu, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROLS, ' ');
  const lines = unified.split('\n').map(tidyLine);
  const out: string[] = [];
  let blanks = 0;
  for (const line of lines) {
    blanks = line === '' ? blanks + 1 : 0;
    if (blanks <= 2) out.push(line);
  }
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/**
 * Tidy one line: keep its indentation, collapse runs of spaces and tabs
 * after it to one space, cut trailing white space.
 * @param line One line.
 * @returns The tidied line.
 */
function tidyLine(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const rest = line.slice(indent.length).replace(/[ \t]+/g, ' ').trimEnd();
  return rest === '' ? '' : indent + rest;
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence
 * (bad lead byte, missing continuation, overlong form, surrogate, > U+10FFFF).
 * @param bytes The file's content.
 * @returns The 0-based offset, or -1 when the bytes are valid UTF-8.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Count bytes that never occur in text: C0 controls other than tab, newline,
 * carriage return and form feed, and DEL.
 * @param bytes The file's content.
 * @returns The count.
 */
function countControlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) count++;
  }
  return count;
}

/**
 * Count characters that mark garbled text: U+FFFD, C1 controls, private-use
 * characters and noncharacters.
 * @param text Decoded text.
 * @returns The count.
 */
function countJunkCharacters(text: string): number {
  return (text.match(/[\uFFFD\u0080-\u009F\uE000-\uF8FF\uFDD0-\uFDEF\uFFFE\uFFFF]/gu) ?? []).length;
}

/**
 * Whether the file starts with a UTF-16 byte order mark.
 * @param bytes The file's content.
 * @returns True for FF FE or FE FF.
 */
function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Whether the file looks like UTF-16 without a BOM: NUL bytes at most
 * even or most odd positions of its start.
 * @param bytes The file's content.
 * @returns True when at least 40% of the first 512 bytes' even or odd positions are NUL.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 8) return false;
  let even = 0;
  let odd = 0;
  // A plain loop: a typed array's forEach with a callback costs more than the whole check.
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const half = sample.length / 2;
  return Math.max(even, odd) / half >= 0.4 && Math.min(even, odd) / half < 0.05;
}

/**
 * A byte count for people: "512 bytes", "3.4 KiB", "2 MiB".
 * @param bytes A size.
 * @returns The formatted size.
 */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KiB'] : [bytes / (1024 * 1024), 'MiB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}
