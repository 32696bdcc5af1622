/**
 * Scanning an article: tokens, sentence starts and gazetteer matches of every
 * paragraph. Both the entity stage and the country stage start from a scan.
 *
 * Matching is greedy, left to right, longest phrase first: at each token the
 * first-token index says how many tokens the longest candidate phrase has, and
 * the phrase map is probed from that length down. A match must respect the
 * alias's case rules (acronyms exact, capitalised words capitalised), except a
 * generic office ("interior ministry"), which may be written in lower case and
 * is then kept only where a country qualifies it.
 */
import type { Knowledge, Phrase, PhraseTarget } from '../knowledge.ts';
import { ABBREVIATIONS, OPENERS, TERMINATORS } from './lexicon.ts';
import { isAllCaps, isCapitalized, splitAtHyphen, tokenize, type Token } from './tokens.ts';

/** A gazetteer phrase found in a paragraph. */
export interface PhraseMatch {
  /** Index of the first token. */
  start: number;
  /** Index just past the last token. */
  end: number;
  phrase: Phrase;
  /** What the phrase may stand for here (false friends removed). */
  targets: PhraseTarget[];
  /** False when only a lower-case generic office matched ("the interior ministry"). */
  strictCase: boolean;
}

/** One scanned paragraph. */
export interface ScannedParagraph {
  /** Index of the paragraph in the article. */
  index: number;
  text: string;
  tokens: Token[];
  /** Per token: whether it starts a sentence (or follows an opening quote there). */
  sentenceStart: boolean[];
  /** Per token: the sentence number within the article. */
  sentence: number[];
  /** Matches in token order, not overlapping. */
  matches: PhraseMatch[];
  /** Per token: index into `matches` of the match covering it, or -1. */
  cover: number[];
}

/**
 * Scan an article's paragraphs.
 * @param paragraphs Clean body paragraphs.
 * @param knowledge Gazetteers and aliases.
 * @returns One scanned paragraph per input paragraph.
 */
export function scanParagraphs(paragraphs: readonly string[], knowledge: Knowledge): ScannedParagraph[] {
  const cached = scans.get(paragraphs);
  if (cached?.knowledge === knowledge) return cached.result;
  const result = scanFresh(paragraphs, knowledge);
  scans.set(paragraphs, { knowledge, result });
  return result;
}

/**
 * Scans by paragraph list, so that the entity and country stages of one article
 * scan it once. Keyed weakly: an article's scan goes when its paragraphs do.
 * (The pipeline never changes a paragraph list after the metadata stage.)
 */
const scans = new WeakMap<readonly string[], { knowledge: Knowledge; result: ScannedParagraph[] }>();

/**
 * Scan paragraphs without the cache.
 * @param paragraphs Clean body paragraphs.
 * @param knowledge Gazetteers and aliases.
 * @returns One scanned paragraph per input paragraph.
 */
function scanFresh(paragraphs: readonly string[], knowledge: Knowledge): ScannedParagraph[] {
  let sentenceNumber = 0;
  return paragraphs.map((text, index) => {
    const tokens = splitCountryPairs(tokenize(text), knowledge);
    const { sentenceStart, sentence, next } = markSentences(tokens, sentenceNumber);
    sentenceNumber = next;
    const matches = matchPhrases(tokens, knowledge);
    const cover = new Array<number>(tokens.length).fill(-1);
    matches.forEach((match, m) => {
      for (let i = match.start; i < match.end; i++) cover[i] = m;
    });
    return { index, text, tokens, sentenceStart, sentence, matches, cover };
  });
}

/**
 * Split words that join two country names with a hyphen ("the
 * Afghanistan-Pakistan border", "Turkey-Syria talks"), so that each country is
 * matched on its own.
 * @param tokens A paragraph's tokens.
 * @param knowledge The phrase index.
 * @returns The tokens, with such words split (the same array when none is).
 */
function splitCountryPairs(tokens: Token[], knowledge: Knowledge): Token[] {
  let result: Token[] | undefined;
  for (const [i, token] of tokens.entries()) {
    const parts = token.word && token.capitalized && token.text.includes('-') ? splitAtHyphen(token) : undefined;
    const pair = parts !== undefined && parts.every((part) => !part.word || (part.capitalized && isCountryName(part.norm, knowledge)));
    if (pair && parts) {
      result ??= tokens.slice(0, i);
      result.push(...parts);
    } else result?.push(token);
  }
  return result ?? tokens;
}

/**
 * Whether a one-word key is the name of a country (not a demonym).
 * @param key A normalised word.
 * @param knowledge The phrase index.
 * @returns True when the phrase stands for a country.
 */
function isCountryName(key: string, knowledge: Knowledge): boolean {
  return knowledge.phrases.get(key)?.targets.some((target) => target.kind === 'country') === true;
}

/**
 * Mark sentence starts and number the sentences of a paragraph.
 * @param tokens The paragraph's tokens.
 * @param first Number of the paragraph's first sentence.
 * @returns Per-token flags and numbers, and the number after the last sentence.
 */
function markSentences(tokens: readonly Token[], first: number): { sentenceStart: boolean[]; sentence: number[]; next: number } {
  const sentenceStart: boolean[] = [];
  const sentence: number[] = [];
  let current = first;
  let atStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    sentence.push(current);
    if (token.word) {
      sentenceStart.push(atStart);
      atStart = false;
      continue;
    }
    sentenceStart.push(false);
    if (OPENERS.has(token.text)) continue; // a quote keeps the sentence state it opens in
    if (token.text === '–' || token.text === '—' || token.text === '-') {
      atStart = true; // "MOSCOW – The ...", a dash after a dateline
      continue;
    }
    if (TERMINATORS.has(token.text)) {
      const previous = tokens[i - 1];
      const abbreviation = token.text === '.' && previous?.word === true && ABBREVIATIONS.has(previous.norm);
      if (!abbreviation) {
        atStart = true;
        if (token.text !== ':' && token.text !== ';') current++;
      }
    }
  }
  return { sentenceStart, sentence, next: current + 1 };
}

/**
 * Find the gazetteer phrases of a paragraph.
 * @param tokens The paragraph's tokens.
 * @param knowledge The phrase index.
 * @returns Non-overlapping matches, leftmost-longest.
 */
export function matchPhrases(tokens: readonly Token[], knowledge: Knowledge): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const prefixes = phrasePrefixes(knowledge);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const longest = token.word ? knowledge.phraseLengths.get(token.norm) : undefined;
    let found: PhraseMatch | null = null;
    if (longest !== undefined) {
      // The phrases starting here, found by growing the key while it begins some phrase.
      const here: Phrase[] = [];
      const limit = Math.min(longest, tokens.length - i);
      let key = token.norm;
      for (let length = 1; length <= limit; length++) {
        if (length > 1) key += ` ${(tokens[i + length - 1] as Token).norm}`;
        const phrase = knowledge.phrases.get(key);
        if (phrase) here[length] = phrase;
        if (!prefixes.has(key)) break;
      }
      // Longest first, as before: a phrase that fails its case rules gives way to a shorter one.
      for (let length = here.length - 1; length >= 1 && !found; length--) {
        const phrase = here[length];
        if (!phrase) continue;
        const slice = tokens.slice(i, i + length);
        const strict = caseMatches(phrase, slice, true);
        const lenient = !strict && phrase.targets.some(isGenericTarget) && caseMatches(phrase, slice, false);
        if (!strict && !lenient) continue;
        const targets = phrase.targets.filter((target) => !isFalseFriend(target, tokens, i, i + length));
        if (targets.length === 0) continue;
        found = { start: i, end: i + length, phrase, targets: strict ? targets : targets.filter(isGenericTarget), strictCase: strict };
      }
    }
    if (found) {
      matches.push(found);
      i = found.end;
    } else {
      i++;
    }
  }
  return matches;
}

/** Every key that begins a longer phrase (its first 1..n-1 tokens), per knowledge. A cache, invisible to callers. */
const prefixSets = new WeakMap<Knowledge, ReadonlySet<string>>();

/**
 * The keys that begin a longer phrase of the knowledge, built on first use.
 * @param knowledge The phrase index.
 * @returns The proper prefixes (whole tokens) of every phrase key.
 */
function phrasePrefixes(knowledge: Knowledge): ReadonlySet<string> {
  let prefixes = prefixSets.get(knowledge);
  if (!prefixes) {
    const set = new Set<string>();
    for (const phrase of knowledge.phrases.values()) {
      let key = phrase.tokens[0] ?? '';
      for (let k = 1; k < phrase.tokens.length; k++) {
        set.add(key);
        key += ` ${phrase.tokens[k] as string}`;
      }
    }
    prefixes = set;
    prefixSets.set(knowledge, prefixes);
  }
  return prefixes;
}

/**
 * Whether a target is a generic office (which may match in lower case).
 * @param target A phrase target.
 * @returns True for generic organizations.
 */
function isGenericTarget(target: PhraseTarget): boolean {
  return target.kind === 'organization' && target.entry.generic;
}

/**
 * Check the case rules of a phrase against the text.
 * @param phrase The phrase.
 * @param slice The text tokens it would match.
 * @param strict When false, capitalised words may be written in lower case.
 * @returns True when the text honours the rules.
 */
function caseMatches(phrase: Phrase, slice: readonly Token[], strict: boolean): boolean {
  for (let k = 0; k < slice.length; k++) {
    const token = slice[k] as Token;
    const rule = phrase.caseRules[k];
    const written = phrase.written[k] ?? '';
    if (rule === 'exact') {
      if (token.text === written) continue;
      const letters = written.replace(/[^\p{L}]/gu, '');
      const titleCase = letters.length >= 4 && token.text === written.charAt(0) + written.slice(1).toLowerCase();
      if (!titleCase) return false;
    } else if (rule === 'capital' && strict) {
      if (!isCapitalized(token) && !isAllCaps(token.text)) return false;
    }
  }
  return true;
}

/**
 * Whether the words around a country name or demonym make it something else
 * ("Atlanta, Georgia", "Latin American", "Niger Delta").
 * @param target A phrase target.
 * @param tokens The paragraph's tokens.
 * @param start First token of the match.
 * @param end Index past the match.
 * @returns True when the target does not apply here.
 */
function isFalseFriend(target: PhraseTarget, tokens: readonly Token[], start: number, end: number): boolean {
  if (target.kind !== 'country' && target.kind !== 'demonym') return false;
  const { notBefore, notAfter } = target.entry;
  for (const phrase of notBefore) {
    const words = tokenize(phrase);
    if (words.every((word, k) => tokens[end + k]?.text === word.text)) return true;
  }
  for (const phrase of notAfter) {
    const words = tokenize(phrase);
    let at = start - 1;
    if (tokens[at]?.text === ',') at--; // "Atlanta, Georgia"
    const from = at - words.length + 1;
    if (from >= 0 && words.every((word, k) => tokens[from + k]?.text === word.text)) return true;
  }
  return false;
}
