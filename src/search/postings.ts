/**
 * Compact, JSON-safe encoding of posting lists (sorted document numbers).
 *
 * Two forms, the builder picks the shorter:
 *
 * - gaps: each number minus the previous one, minus one (the first is stored
 *   as is), written as a little-endian base-32 varint whose digits are the
 *   URL-safe base64 alphabet: `A`..`f` are final digits 0..31, `g`..`_` carry
 *   32..63 (digit + 32, "more follows"). Consecutive documents cost one `A`.
 * - bitmap: `~`, the first document as a gap varint, then one bit per document
 *   from it on, six bits per base64 character, lowest bit first. A term in
 *   most articles costs N/6 characters.
 *
 * Every character is plain ASCII that JSON never escapes, and gzip squeezes
 * the repetitive gap strings of common terms further.
 */

/** The URL-safe base64 alphabet. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Value of each alphabet character, by char code. */
const VALUES: Int8Array = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  return values;
})();

/** Marks the bitmap form. */
const BITMAP_MARK = '~';

/**
 * Append one non-negative integer as a varint.
 * @param value The integer.
 * @returns Its characters.
 */
function varint(value: number): string {
  let out = '';
  let rest = value;
  while (rest >= 32) {
    out += ALPHABET[(rest & 31) + 32];
    rest = Math.floor(rest / 32);
  }
  return out + ALPHABET[rest];
}

/**
 * @param docs Sorted, distinct document numbers.
 * @returns The gap form.
 */
function encodeGaps(docs: readonly number[]): string {
  let out = '';
  let previous = -1;
  for (const doc of docs) {
    out += varint(doc - previous - 1);
    previous = doc;
  }
  return out;
}

/**
 * @param docs Sorted, distinct document numbers (at least one).
 * @returns The bitmap form.
 */
function encodeBitmap(docs: readonly number[]): string {
  const first = docs[0] ?? 0;
  const last = docs[docs.length - 1] ?? 0;
  const bits = new Uint8Array(Math.ceil((last - first + 1) / 6));
  for (const doc of docs) {
    const offset = doc - first;
    bits[Math.floor(offset / 6)]! |= 1 << offset % 6;
  }
  let out = BITMAP_MARK + varint(first);
  for (const value of bits) out += ALPHABET[value];
  return out;
}

/**
 * Encode a posting list in its shorter form.
 * @param docs Sorted, distinct, non-negative document numbers.
 * @returns The encoded list; '' for an empty list.
 */
export function encodePostings(docs: readonly number[]): string {
  if (docs.length === 0) return '';
  const first = docs[0] ?? 0;
  const span = (docs[docs.length - 1] ?? 0) - first + 1;
  // The bitmap costs span/6 characters; gaps cost at least one per document.
  if (span / 6 + 4 < docs.length) {
    const bitmap = encodeBitmap(docs);
    const gaps = encodeGaps(docs);
    return bitmap.length < gaps.length ? bitmap : gaps;
  }
  return encodeGaps(docs);
}

/**
 * Decode a posting list.
 * @param encoded What {@link encodePostings} returned.
 * @returns The sorted document numbers.
 * @throws Error on a character outside the alphabet.
 */
export function decodePostings(encoded: string): Int32Array {
  if (encoded.length === 0) return new Int32Array(0);
  if (encoded[0] === BITMAP_MARK) return decodeBitmap(encoded);
  const out: number[] = [];
  let previous = -1;
  let value = 0;
  let scale = 1;
  for (let i = 0; i < encoded.length; i++) {
    const digit = digitAt(encoded, i);
    if (digit >= 32) {
      value += (digit - 32) * scale;
      scale *= 32;
    } else {
      value += digit * scale;
      previous += value + 1;
      out.push(previous);
      value = 0;
      scale = 1;
    }
  }
  return Int32Array.from(out);
}

/**
 * @param encoded A bitmap form.
 * @returns Its document numbers.
 */
function decodeBitmap(encoded: string): Int32Array {
  let first = 0;
  let scale = 1;
  let i = 1;
  for (; i < encoded.length; i++) {
    const digit = digitAt(encoded, i);
    if (digit >= 32) {
      first += (digit - 32) * scale;
      scale *= 32;
    } else {
      first += digit * scale;
      i++;
      break;
    }
  }
  const out: number[] = [];
  for (let at = i; at < encoded.length; at++) {
    const bits = digitAt(encoded, at);
    if (bits === 0) continue;
    const base = first + (at - i) * 6;
    for (let bit = 0; bit < 6; bit++) if (bits & (1 << bit)) out.push(base + bit);
  }
  return Int32Array.from(out);
}

/**
 * @param encoded An encoded list.
 * @param index A character position.
 * @returns The character's value, 0..63.
 * @throws Error for a character outside the alphabet.
 */
function digitAt(encoded: string, index: number): number {
  const value = VALUES[encoded.charCodeAt(index)] ?? -1;
  if (value < 0) throw new Error(`bad posting list character ${JSON.stringify(encoded[index])} at ${index}`);
  return value;
}

/**
 * Whether a sorted list holds a number (binary search).
 * @param docs Sorted numbers.
 * @param doc The number sought.
 * @returns True when present.
 */
export function hasDoc(docs: Int32Array, doc: number): boolean {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = docs[middle]!;
    if (value === doc) return true;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
