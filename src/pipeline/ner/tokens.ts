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

/** Dotted abbreviations (U.S., U.N., D.C.), then words, then any other visible character. */
const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ\-‐/.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** A name glued to a participle that only modifies what follows: "Kabul-based", "Taliban-run", "Kremlin-backed". */
const NAME_MODIFIER =
  /^(\p{Lu}[\p{L}\p{M}.'’]*)-(based|born|led|run|backed|controlled|linked|affiliated|allied|held|funded|sponsored|aligned|installed|bound|owned|registered|headquartered|oriented|inspired|trained)$/u;

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
  if (/^[\x20-\x7e]*$/.test(text)) return text.includes('`') ? text.toLowerCase().replace(/`/g, "'") : text.toLowerCase();
  return toAscii(text.replace(/[’ʼ‘`´]/g, "'").replace(/[‐‑–]/g, '-'));
}

/**
 * Split a paragraph into tokens.
 * @param text One paragraph (or an alias from a knowledge file).
 * @returns Its tokens in order, with offsets into `text`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(TOKEN_PATTERN)) {
    const raw = found[0];
    const start = found.index;
    const word = isAsciiLetterOrDigit(raw.charCodeAt(0)) || /[\p{L}\p{N}]/u.test(raw);
    const possessive = word && raw.length > 3 && endsLikePossessive(raw) ? POSSESSIVE.exec(raw) : null;
    if (possessive?.[1] !== undefined && possessive[2] !== undefined) {
      const base = possessive[1];
      tokens.push(makeToken(base, start, true));
      tokens.push(makeToken(possessive[2], start + base.length, true));
      continue;
    }
    // "Kabul-based", "Moscow-backed": the place or body, then the participle on its own.
    const modified = word && raw.includes('-') ? NAME_MODIFIER.exec(raw) : null;
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
  const first = text.charCodeAt(0);
  // ASCII first letters decided without a pattern: a capital is one, a digit no name particle.
  const capitalized = word && ((first >= 65 && first <= 90) || (!(first >= 48 && first <= 57) && (/^\p{Lu}/u.test(text) || NAME_PARTICLE_PREFIX.test(text))));
  return { text, norm: normalizeToken(text), start, end: start + text.length, word, capitalized };
}

/** Lower-case particles that may open a hyphenated part of a name (al-Muhajir, ut-Tahrir). */
const NAME_PARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ut|bin|ibn|abu)-[\p{Lu}]/u;

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
