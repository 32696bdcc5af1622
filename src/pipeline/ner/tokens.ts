/**
 * Word tokens of one paragraph, for the gazetteer matcher and the name patterns.
 *
 * A word keeps its inner apostrophes, hyphens, slashes and dots (`Mu'adh`,
 * `al-Muhajir`, `RFE/RL`, `Tengrinews.kz`, `U.S.`); a possessive `'s` is split
 * off as its own token (`Kyrgyzstan` + `'s`); every other character that is not
 * white space is a one-character punctuation token. Aliases in the knowledge
 * files are tokenized the same way, so a phrase matches token by token.
 */
import { toAscii } from '../../lib/slug.ts';

/** One token of a paragraph. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Match key: lower case, ASCII-folded, straight apostrophes. */
  norm: string;
  /** Offset of the first character in the paragraph. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** Whether the token is a word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Whether the word is written with a capital, as names are (see `isCapitalized`). */
  capitalized: boolean;
}

/*
 * A token is, at each position, the first of: a dotted abbreviation (two or more
 * letter-and-dot pairs: U.S., U.N., D.C.); a word (letters, marks, digits, with
 * inner joiners: ' ’ ʼ - ‐ / . &); any other character that is not white space.
 * That is the pattern
 *   /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ\-‐/.&][\p{L}\p{M}\p{N}]+)*|\S/gu
 * read by hand below (`tokenEnd`): a character scan allocates no match objects,
 * and ASCII, most of a text, is classified without the Unicode patterns.
 */

/** One non-ASCII letter at `lastIndex`. */
const LETTER_AT = /\p{L}/uy;

/** One non-ASCII letter, mark or digit at `lastIndex`. */
const WORD_CHAR_AT = /[\p{L}\p{M}\p{N}]/uy;

/** One non-ASCII white-space character at `lastIndex`. */
const SPACE_AT = /\s/uy;

/**
 * Whether a UTF-16 code joins two parts of one word (Mu'adh, al-Muhajir, RFE/RL,
 * Tengrinews.kz, AT&T): ' ’ ʼ - ‐ / . &.
 * @param code A char code.
 * @returns True for the joiners.
 */
function isWordJoiner(code: number): boolean {
  switch (code) {
    case 0x27: // '
    case 0x2019: // ’
    case 0x2bc: // ʼ
    case 0x2d: // -
    case 0x2010: // ‐
    case 0x2f: // /
    case 0x2e: // .
    case 0x26: // &
      return true;
    default:
      return false;
  }
}

/** A name glued to a participle that only modifies what follows: "Kabul-based", "Taliban-run", "Kremlin-backed", "al-Qaeda-inspired". */
const NAME_MODIFIER =
  /^((?:(?:al|el|an|ad|as|ash|at|az|ar)-)?\p{Lu}[\p{L}\p{M}.'’]*(?:-\p{Lu}[\p{L}\p{M}.'’]*)*)-(based|born|led|run|backed|controlled|linked|affiliated|allied|held|funded|sponsored|aligned|installed|bound|owned|registered|headquartered|oriented|inspired|trained)$/u;

/** An Arabic article opening a name ("al-Qaeda-inspired"): such a word may be a modifying name too. */
const ARABIC_ARTICLE_START = /^(?:al|el|an|ad|as|ash|at|az|ar)-\p{Lu}/u;

/** A French elided article or preposition glued to a name: "d'" or "l'" (also "D'", "L'", "qu'") before a capital or "al-". */
const FRENCH_ELISION = /^((?:[dlDL]|[qQ]u)['’])(?=\p{Lu}|[ae]l-\p{L})/u;

/**
 * Whether a word after a token opens a sentence: no token before it, or a sentence's end or an opening quote.
 * @param previous The token before, or undefined at the text's start.
 * @returns True when it does.
 */
function opensSentence(previous: Token | undefined): boolean {
  return previous === undefined || /^[.!?:«"“(]$/u.test(previous.text);
}

/**
 * Whether a UTF-16 code is an apostrophe that may mark an elision (' or ’): a quick test before FRENCH_ELISION.
 * @param code A char code.
 * @returns True for the two apostrophes.
 */
function isElisionMark(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** A possessive ending: 's or ’s (also after an all-caps acronym: GKNB's). */
const POSSESSIVE = /^(.+?)(['’ʼ][sS])$/u;

/**
 * Split a word with one inner hyphen into its two halves and the hyphen
 * ("Afghanistan-Pakistan" -> "Afghanistan", "-", "Pakistan").
 * @param token A word token.
 * @returns The three tokens, or undefined when the word has not exactly one hyphen.
 */
export function splitAtHyphen(token: Token): Token[] | undefined {
  const at = token.text.indexOf('-');
  if (!token.word || at <= 0 || at === token.text.length - 1 || token.text.indexOf('-', at + 1) >= 0) return undefined;
  return [
    makeToken(token.text.slice(0, at), token.start, true),
    makeToken('-', token.start + at, false),
    makeToken(token.text.slice(at + 1), token.start + at + 1, true),
  ];
}

/**
 * Whether a UTF-16 code is an ASCII letter or digit (a quick test before the Unicode pattern).
 * @param code A char code.
 * @returns True for A-Z, a-z, 0-9.
 */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a word ends as POSSESSIVE requires (an apostrophe, then s): a quick test before it.
 * @param raw A word.
 * @returns True when the pattern may match.
 */
function endsLikePossessive(raw: string): boolean {
  const last = raw.charAt(raw.length - 1);
  const mark = raw.charAt(raw.length - 2);
  return (last === 's' || last === 'S') && (mark === "'" || mark === '’' || mark === 'ʼ');
}

/**
 * Normalise a token's text to its match key.
 * @param text The token as written.
 * @returns Lower-case ASCII-folded text with typographic apostrophes and hyphens made plain.
 */
export function normalizeToken(text: string): string {
  // Fast path: plain ASCII needs only lower-casing.
  const ascii = printableAsciiKind(text);
  if (ascii === 'plain') return text.toLowerCase();
  if (ascii === 'backtick') return text.toLowerCase().replace(/`/g, "'");
  // "Объединённые" and "Объединенные": Russian print mostly writes ё as е, so the key does too.
  return toAscii(text.replace(/[’ʼ‘`´]/g, "'").replace(/[‐‑–]/g, '-').replace(/[ёЁ]/g, 'е'));
}

/**
 * Whether a text is printable ASCII only (space to tilde), and whether it holds a backtick.
 * @param text A token's text.
 * @returns 'plain', 'backtick' (printable ASCII with a backtick), or 'other'.
 */
function printableAsciiKind(text: string): 'plain' | 'backtick' | 'other' {
  let backtick = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return 'other';
    if (code === 0x60) backtick = true;
  }
  return backtick ? 'backtick' : 'plain';
}

/**
 * Split a paragraph into tokens.
 * @param text One paragraph (or an alias from a knowledge file).
 * @returns Its tokens in order, with offsets into `text`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let at = 0; at < text.length; ) {
    if (isSpaceAt(text, at)) {
      at++;
      continue;
    }
    const start = at;
    at = tokenEnd(text, start);
    const raw = text.slice(start, at);
    const word = isAsciiLetterOrDigit(raw.charCodeAt(0)) || (!isAsciiPunctuation(raw) && /[\p{L}\p{N}]/u.test(raw));
    const possessive = word && raw.length > 3 && endsLikePossessive(raw) ? POSSESSIVE.exec(raw) : null;
    if (possessive?.[1] !== undefined && possessive[2] !== undefined) {
      const base = possessive[1];
      tokens.push(makeToken(base, start, true));
      tokens.push(makeToken(possessive[2], start + base.length, true));
      continue;
    }
    // French elision before a name: "d'Alep", "l'Irak", "qu'Ankara", "d'al-Raqqa" -> "d'" and the name.
    // ("Giscard d'Estaing": after a capitalised word the particle is part of a name.)
    const elided = word && raw.length > 3 && tokens[tokens.length - 1]?.capitalized !== true && isElisionMark(raw.charCodeAt(1) === 0x75 ? raw.charCodeAt(2) : raw.charCodeAt(1)) ? FRENCH_ELISION.exec(raw) : null;
    // "D'Angelo" inside a sentence is a name; "L'Irak" opening one is an article and a name.
    if (elided?.[1] !== undefined && (/^\p{Ll}/u.test(raw) || opensSentence(tokens[tokens.length - 1]))) {
      const mark = elided[1];
      tokens.push(makeToken(mark, start, false));
      tokens.push(makeToken(raw.slice(mark.length), start + mark.length, true));
      continue;
    }
    // "Kabul-based", "Moscow-backed": the place or body, then the participle on its own.
    const modified = word && (startsUpperOrNonAscii(raw) || ARABIC_ARTICLE_START.test(raw)) && raw.includes('-') ? NAME_MODIFIER.exec(raw) : null;
    if (modified?.[1] !== undefined && modified[2] !== undefined) {
      const base = modified[1];
      tokens.push(makeToken(base, start, true));
      tokens.push(makeToken('-', start + base.length, false));
      tokens.push(makeToken(modified[2], start + base.length + 1, true));
      continue;
    }
    if (raw === '.' && isMiddleInitial(tokens, text, start)) {
      const initial = tokens.pop() as Token;
      tokens.push(makeToken(`${initial.text}.`, initial.start, true));
      continue;
    }
    tokens.push(makeToken(raw, start, word));
  }
  return tokens;
}

/**
 * Whether the character at an offset is white space (as `\s` in a Unicode pattern).
 * @param text The text.
 * @param at An offset in it.
 * @returns True for spaces, tabs, line breaks, no-break and other Unicode spaces.
 */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  SPACE_AT.lastIndex = at;
  return SPACE_AT.test(text);
}

/**
 * How many UTF-16 units the code point at an offset takes.
 * @param text The text.
 * @param at An offset in it.
 * @returns 2 for a surrogate pair, else 1.
 */
function codePointLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * The length of the letter at an offset.
 * @param text The text.
 * @param at An offset in it (or past its end).
 * @returns Its length in UTF-16 units, or 0 when no letter (\p{L}) starts there.
 */
function letterLength(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  LETTER_AT.lastIndex = at;
  return LETTER_AT.test(text) ? codePointLength(text, at) : 0;
}

/**
 * The length of the word character at an offset.
 * @param text The text.
 * @param at An offset in it (or past its end).
 * @returns Its length in UTF-16 units, or 0 when no letter, mark or digit starts there.
 */
function wordCharLength(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetterOrDigit(code) ? 1 : 0;
  WORD_CHAR_AT.lastIndex = at;
  return WORD_CHAR_AT.test(text) ? codePointLength(text, at) : 0;
}

/**
 * Where the token that starts at an offset ends (see the pattern above).
 * @param text The text.
 * @param start Offset of a character that is not white space.
 * @returns The offset just past the token.
 */
function tokenEnd(text: string, start: number): number {
  // A dotted abbreviation: two or more letter-and-dot pairs.
  let at = start;
  let pairs = 0;
  for (let length = letterLength(text, at); length > 0 && text.charCodeAt(at + length) === 0x2e; length = letterLength(text, at)) {
    at += length + 1;
    pairs++;
  }
  if (pairs >= 2) return at;
  // A word, with inner joiners.
  at = start;
  let length = wordCharLength(text, at);
  if (length === 0) return start + codePointLength(text, start);
  for (;;) {
    while (length > 0) {
      at += length;
      length = wordCharLength(text, at);
    }
    if (!isWordJoiner(text.charCodeAt(at))) return at;
    length = wordCharLength(text, at + 1);
    if (length === 0) return at;
    at++;
  }
}

/** Words that open a sentence but never follow a name's initial ("Group A. The ..."). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but', 'and', 'or', 'this',
  'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'there', 'when', 'after', 'before', 'if', 'as',
  'so', 'then', 'some', 'one', 'two', 'three', 'for', 'from', 'with', 'by', 'while', 'since', 'according',
]);

/**
 * Whether a dot at `dot` closes the initial of a personal name ("Vernon S.
 * Broderick", "J. K. Rowling"): the token before it is one capital letter that
 * follows a capitalised word or precedes another initial, and a capitalised
 * word follows the dot.
 * @param tokens Tokens so far (the initial last).
 * @param text The text being tokenized.
 * @param dot Offset of the dot.
 * @returns True when the dot belongs to the initial.
 */
function isMiddleInitial(tokens: readonly Token[], text: string, dot: number): boolean {
  const initial = tokens[tokens.length - 1];
  if (!initial || initial.end !== dot || !/^\p{Lu}$/u.test(initial.text)) return false;
  const before = tokens[tokens.length - 2];
  const afterName = before !== undefined && before.capitalized && before.end < initial.start && before.text.length > 1;
  // "identified only as Farrukh S., of ...": a surname cut to its initial.
  if (afterName && /^[,;)]/.test(text.charAt(dot + 1))) return true;
  const after = /^\s+(\p{Lu})(\.|\p{L}+)/u.exec(text.slice(dot + 1, dot + 24));
  if (!after || SENTENCE_OPENERS.has(`${after[1]}${after[2]}`.toLowerCase())) return false;
  const beforeInitial = after[2] === '.';
  return afterName || (beforeInitial && (before === undefined || !before.word));
}

/**
 * Build one token.
 * @param text The token's text.
 * @param start Its offset.
 * @param word Whether it is a word.
 * @returns The token.
 */
function makeToken(text: string, start: number, word: boolean): Token {
  return { text, norm: normalizeToken(text), start, end: start + text.length, word, capitalized: word && startsLikeName(text) };
}

/**
 * Whether a word may start with a capital: its first character is A-Z or not ASCII
 * (a quick test before `NAME_MODIFIER`, which wants one).
 * @param raw A word.
 * @returns False for words starting with an ASCII character other than A-Z.
 */
function startsUpperOrNonAscii(raw: string): boolean {
  const first = raw.charCodeAt(0);
  return first >= 128 || (first >= 65 && first <= 90);
}

/**
 * Whether a single character is ASCII (punctuation, as `tokenEnd` leaves letters and digits in words).
 * @param raw A token's text.
 * @returns True for a one-character ASCII token.
 */
function isAsciiPunctuation(raw: string): boolean {
  return raw.length === 1 && raw.charCodeAt(0) < 128;
}

/**
 * Whether a word starts as names do: with a capital, or with a lower-case name
 * particle before a capitalised part ("al-Muhajir", "ut-Tahrir").
 * @param text A word.
 * @returns True for `Bishkek`, `GKNB`, `al-Muhajir`; false for `bishkek`, `24.kg`.
 */
function startsLikeName(text: string): boolean {
  const first = text.charCodeAt(0);
  // ASCII first letters decided without a pattern: a capital is one, a digit no name
  // particle, and a particle (two or three letters) is followed by a hyphen.
  if (first >= 65 && first <= 90) return true;
  if (first >= 48 && first <= 57) return false;
  if (first >= 97 && first <= 122) return (text.charCodeAt(2) === 0x2d || text.charCodeAt(3) === 0x2d) && NAME_PARTICLE_PREFIX.test(text);
  return /^\p{Lu}/u.test(text) || NAME_PARTICLE_PREFIX.test(text);
}

/** Lower-case particles that may open a hyphenated part of a name (al-Muhajir, ut-Tahrir, ur-Rahman, wal-Muslimin; in Russian аль-Башир, ад-Дин). */
const NAME_PARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ut|ur|us|uz|bin|ibn|abu|wal|wa|аль|эль|ад|ар|ас|аш|ат|аз|ан|ан|уд|уль|ут|бин|ибн|абу)-[\p{Lu}]/u;

/**
 * Whether a token is written with a capital, as names are.
 * @param token A token.
 * @returns True for `Bishkek`, `GKNB`, `al-Muhajir`, `ut-Tahrir`; false for words
 *   in lower case and for tokens starting with a digit (`24.kg`).
 */
export function isCapitalized(token: Token): boolean {
  return token.capitalized;
}

/**
 * Whether a word is written in capitals only (two letters or more), as acronyms are.
 * @param text A token's text.
 * @returns True for `GKNB`, `RFE/RL`, `IS-K`, `U.S.`; false for `Isis`.
 */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Whether an alias word is an acronym that must match case-sensitively: two or
 * more capitals and no two lower-case letters in a row (`GKNB`, `LeT`, `IS-K`).
 * @param text An alias token's text.
 * @returns True when the token is acronymic.
 */
export function isAcronymWord(text: string): boolean {
  const upper = (text.match(/\p{Lu}/gu) ?? []).length;
  return upper >= 2 && !/\p{Ll}{2}/u.test(text);
}
