/**
 * Typographic tolerance shared by the render-time plugins.
 *
 * The frontmatter holds words as the annotator read them (straight quotes,
 * `--`, `...`, ordinary spaces) while the rendered body may hold the same words
 * after smart punctuation (curly quotes, dashes, `…`) or with non-breaking
 * spaces. Comparing both through one canonical form makes them meet.
 */

/** Characters read as an apostrophe or single quote. */
const apostropheCharacters = "'‘’‚‛ʼ′`´";

/** Characters read as a double quote. */
const doubleQuoteCharacters = '"“”„‟«»″';

/** Characters read as a hyphen or dash. */
const dashCharacters = '-‐‑‒–—―−';

/** Characters that occupy no space and are dropped. */
const invisibleCharacters = '\u00ad\u200b\u200c\u200d\u2060\ufeff';

/** Text in canonical form, with the way back to the original. */
export interface CanonicalText {
  /** The canonical text. */
  text: string;
  /**
   * For each character of `text`, the index in the original it came from;
   * one extra entry, the original's length, closes the list.
   */
  offsets: number[];
}

/**
 * Canonical form of a text: every apostrophe-like character becomes `'`, every
 * double quote `"`, every run of hyphens and dashes one `-`, `…` three dots,
 * every run of white space (non-breaking spaces and line breaks included) one
 * space; invisible characters (soft hyphen, zero-width space) are dropped.
 * Letters and their case are kept.
 * @param source Original text.
 * @returns The canonical text and its offsets into `source`.
 */
export function canonicalize(source: string): CanonicalText {
  let text = '';
  const offsets: number[] = [];
  for (let index = 0; index < source.length; ) {
    const { replacement, next } = readCanonical(source, index);
    for (let unit = 0; unit < replacement.length; unit++) offsets.push(index);
    text += replacement;
    index = next;
  }
  offsets.push(source.length);
  return { text, offsets };
}

/**
 * Read one character of a text in canonical form; a run of white space or of
 * dashes is read whole, as one character.
 * @param source Original text.
 * @param index Where to read, in UTF-16 code units.
 * @returns Its canonical spelling (empty for an invisible character) and the index after it.
 */
export function readCanonical(source: string, index: number): { replacement: string; next: number } {
  const code = source.charCodeAt(index);
  if (isPlainAscii(code)) return { replacement: source[index] ?? '', next: index + 1 };
  const character = String.fromCodePoint(source.codePointAt(index) ?? code);
  const kind = characterKind(character);
  let next = index + character.length;
  if (kind === 'space' || kind === 'dash') {
    while (next < source.length && characterKind(source[next] ?? '') === kind) next += 1;
  }
  return { replacement: kind === 'invisible' ? '' : canonicalCharacter(character, kind), next };
}

/**
 * Whether a character continues a word: a letter, combining mark, digit or underscore.
 * @param character One character, or undefined past either end of a text.
 * @returns True inside a word.
 */
export function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined || character === '') return false;
  const code = character.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  return wordCharacterPattern.test(character);
}

/** Letters, combining marks and digits of every script. */
const wordCharacterPattern = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Whether a character needs no canonical treatment: printable ASCII other than
 * quotes, hyphen and backtick (the common case, checked without lookups).
 * @param code A UTF-16 code unit.
 * @returns True when the character stays as it is.
 */
function isPlainAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f && code !== 0x22 && code !== 0x27 && code !== 0x2d && code !== 0x60;
}

/**
 * Map a range of a canonical text back to its original.
 * @param canonical The canonical text with its offsets.
 * @param start Start index in `canonical.text`.
 * @param end End index (exclusive) in `canonical.text`.
 * @returns `[start, end)` in the original text.
 */
export function originalRange(canonical: CanonicalText, start: number, end: number): [number, number] {
  const originalStart = canonical.offsets[start] ?? canonical.offsets.at(-1) ?? 0;
  const originalEnd = canonical.offsets[end] ?? canonical.offsets.at(-1) ?? 0;
  return [originalStart, Math.max(originalStart, originalEnd)];
}

/**
 * Undo Markdown's backslash escapes in a string copied from a Markdown file
 * (`\<script>` becomes `<script>`).
 * @param value Text that may hold escapes.
 * @returns The text without them.
 */
export function unescapeMarkdown(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

type CharacterKind = 'apostrophe' | 'double-quote' | 'dash' | 'space' | 'ellipsis' | 'invisible' | 'other';

/**
 * @param character One code point.
 * @returns Its typographic family.
 */
function characterKind(character: string): CharacterKind {
  if (apostropheCharacters.includes(character)) return 'apostrophe';
  if (doubleQuoteCharacters.includes(character)) return 'double-quote';
  if (dashCharacters.includes(character)) return 'dash';
  if (invisibleCharacters.includes(character)) return 'invisible';
  if (character === '…') return 'ellipsis';
  if (/\s/u.test(character)) return 'space';
  return 'other';
}

/**
 * @param character One code point.
 * @param kind Its family.
 * @returns Its canonical spelling.
 */
function canonicalCharacter(character: string, kind: CharacterKind): string {
  switch (kind) {
    case 'apostrophe':
      return "'";
    case 'double-quote':
      return '"';
    case 'dash':
      return '-';
    case 'space':
      return ' ';
    case 'ellipsis':
      return '...';
    default:
      return character;
  }
}
