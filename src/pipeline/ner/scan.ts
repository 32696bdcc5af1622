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
import { apostropheBase, inflectionKeys, isCyrillicWord, russianWordStem } from './inflection.ts';
import { ABBREVIATIONS, OPENERS, TERMINATORS, TITLE_WORDS } from './lexicon.ts';
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
  if (lastScan?.paragraphs === paragraphs && lastScan.knowledge === knowledge) return lastScan.result;
  const result = scanFresh(paragraphs, knowledge);
  lastScan = { paragraphs, knowledge, result };
  return result;
}

/**
 * The last scan, by paragraph list, so that the entity and country stages of one
 * article (which run one after the other) scan it once. Only the last one is
 * kept: the scans of a whole corpus (its tokens) would burden the memory and the
 * garbage collector for nothing. (The pipeline never changes a paragraph list
 * after the metadata stage.)
 */
let lastScan: { paragraphs: readonly string[]; knowledge: Knowledge; result: ScannedParagraph[] } | undefined;

/**
 * Scan paragraphs without the cache (for text that no other stage scans, such as a title).
 * @param paragraphs Paragraphs.
 * @param knowledge Gazetteers and aliases.
 * @returns One scanned paragraph per input paragraph.
 */
export function scanFresh(paragraphs: readonly string[], knowledge: Knowledge): ScannedParagraph[] {
  let sentenceNumber = 0;
  return paragraphs.map((text, index) => {
    const tokens = splitCountryPairs(tokenize(text), knowledge);
    const { sentenceStart, sentence, next } = markSentences(tokens, sentenceNumber);
    sentenceNumber = next;
    const matches = matchPhrases(tokens, knowledge);
    return { index, text, tokens, sentenceStart, sentence, matches, cover: coverOf(matches, tokens.length) };
  });
}

/**
 * Which match covers each token.
 * @param matches Non-overlapping matches.
 * @param length The number of tokens.
 * @returns Per token, the index of its match, or -1 (a packed array, quick to read).
 */
function coverOf(matches: readonly PhraseMatch[], length: number): number[] {
  const cover: number[] = [];
  for (let i = 0; i < length; i++) cover.push(-1);
  matches.forEach((match, m) => {
    for (let i = match.start; i < match.end; i++) cover[i] = m;
  });
  return cover;
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
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
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
  const index = phraseKeyIndex(knowledge);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const first = token.word && mayStartPhrase(token, index) ? index.keys.get(token.norm) : undefined;
    const longest = first?.longest;
    let found: PhraseMatch | null = null;
    if (longest !== undefined) {
      // The phrases starting here, found by growing the key while it begins some phrase.
      const here: Phrase[] = [];
      const limit = Math.min(longest, tokens.length - i);
      let key = token.norm;
      let step = first;
      for (let length = 1; length <= limit; length++) {
        if (length > 1) {
          key += ` ${(tokens[i + length - 1] as Token).norm}`;
          step = index.keys.get(key);
        }
        const phrase = step?.phrase;
        if (phrase) here[length] = phrase;
        if (step?.prefix !== true) break;
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
        if (targets.length === 0 || (length === 1 && isGivenNameOfCyrillicSurname(tokens, i))) continue;
        found = { start: i, end: i + length, phrase, targets: strict ? targets : targets.filter(isGenericTarget), strictCase: strict };
      }
    }
    // "Государственного комитета национальной безопасности": a Russian name of several words in a case form.
    if (token.word && token.capitalized && isCyrillicWord(token.text)) {
      const inflected = matchRussianPhrase(tokens, i, knowledge);
      if (inflected && (!found || inflected.end > found.end)) found = inflected;
    }
    if (!found && token.word && token.capitalized) found = matchInflected(tokens, i, knowledge);
    if (found) {
      matches.push(found);
      i = found.end;
    } else {
      i++;
    }
  }
  return matches;
}

/**
 * Match one capitalised word that matched nothing as written as an inflected
 * one-word place name ("Сирии", "Suriye'de", "Syriens"; see `ner/inflection.ts`).
 * @param tokens The paragraph's tokens.
 * @param i Index of the word.
 * @param knowledge The phrase index and its inflections.
 * @returns The match, or null.
 */
function matchInflected(tokens: readonly Token[], i: number, knowledge: Knowledge): PhraseMatch | null {
  const token = tokens[i] as Token;
  const base = apostropheBase(token.norm);
  const keys = base !== undefined ? [base] : [];
  // A word heard like a town but followed by another name ("при Нурсултане Назарбаеве") is a person's given name.
  const next = tokens[i + 1];
  const inName = next !== undefined && isCapitalized(next) && isCyrillicWord(next.text);
  // "Министр" heard like "Münster": a title of the text's own language is no town's name; nor is a listed given name
  // ("сыновей, Диловар и Аминчон": "Диловар" is heard like "Delaware").
  // ("в кишлаке Харангон": after a village's noun, the name is the village's as written, not "Groningen" heard.)
  const titleWord = TITLE_WORDS.has(token.norm) || knowledge.givenNames.has(token.norm) || RUSSIAN_VILLAGE_NOUN.test(tokens[i - 1]?.text ?? '');
  // After a capitalised Cyrillic word, a surname: "Замир Кабулов" (a surname's ending is no case of "Кабул"),
  // "Ашраф Гани" (after a listed given name, a word heard like "Ghana").
  const previous = tokens[i - 1];
  if (previous !== undefined && isCapitalized(previous) && isCyrillicWord(previous.text) && (RUSSIAN_SURNAME_ENDING.test(token.text) || knowledge.givenNames.has(previous.norm))) return null;
  // "Ханты-Мансийского автономного округа": an adjective's case before the noun it qualifies names the region, not the town.
  const qualifying = /(?:ogo|ego|omu|emu)$/u.test(token.norm) && next !== undefined && !isCapitalized(next) && RUSSIAN_QUALIFIED_NOUN.test(next.text);
  if (knowledge.inflections.size > 0 && !qualifying) for (const key of inflectionKeys(token.text, token.norm)) {
    if ((inName || titleWord) && key.startsWith('sound:')) continue;
    const target = knowledge.inflections.get(key);
    if (target !== undefined) keys.push(target);
  }
  for (const key of keys) {
    const phrase = knowledge.phrases.get(key);
    if (!phrase || phrase.tokens.length !== 1) continue;
    // (The name as written, uninflected, before a surname: see `isGivenNameOfCyrillicSurname`.)
    if (key === token.norm && isGivenNameOfCyrillicSurname(tokens, i)) continue;
    // A word that is the name cut short ("Как" for "Kaka") lacks the ending a case form would have.
    if (token.norm.length < key.length && key.startsWith(token.norm)) continue;
    const targets = phrase.targets.filter((target) => target.kind !== 'demonym' && !isFalseFriend(target, tokens, i, i + 1));
    if (targets.length === 0) continue;
    return { start: i, end: i + 1, phrase, targets, strictCase: true };
  }
  return null;
}

/** The endings of Russian surnames, in any case: "Кабулов", "Кабулова", "Кабуловым". */
const RUSSIAN_SURNAME_ENDING = /\p{L}{3,}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|е)?$/u;

/** Russian names of several words, keyed by the stems of their words (`russianWordStem`). */
interface RussianPhraseIndex {
  /** Stems joined by spaces -> the phrase, or null when phrases of different things share them. */
  phrases: ReadonlyMap<string, Phrase | null>;
  /** The stem of a first word -> the most words a phrase starting with it has. */
  longest: ReadonlyMap<string, number>;
}

/** The Russian phrase index of each knowledge, built on first use. A cache, invisible to callers. */
const russianPhraseIndexes = new WeakMap<Knowledge, RussianPhraseIndex>();

/**
 * Index the knowledge phrases of two or more words, all Cyrillic, by the stems of
 * their words ("Иссык-Кульская область" -> `issyk-kulsk oblast`).
 * @param knowledge The phrase index.
 * @returns The stem index.
 */
function russianPhraseIndex(knowledge: Knowledge): RussianPhraseIndex {
  let index = russianPhraseIndexes.get(knowledge);
  if (index) return index;
  const phrases = new Map<string, Phrase | null>();
  const longest = new Map<string, number>();
  for (const phrase of knowledge.phrases.values()) {
    if (phrase.tokens.length < 2 || !phrase.written.every((word) => isCyrillicWord(word) && /^[\p{L}-]+$/u.test(word))) continue;
    const stems = phrase.tokens.map(russianWordStem);
    const key = stems.join(' ');
    const other = phrases.get(key);
    if (other === undefined) phrases.set(key, phrase);
    else if (other !== null && other !== phrase && !sameThings(other, phrase)) phrases.set(key, null);
    longest.set(stems[0] as string, Math.max(longest.get(stems[0] as string) ?? 0, stems.length));
  }
  index = { phrases, longest };
  russianPhraseIndexes.set(knowledge, index);
  return index;
}

/**
 * Whether two phrases stand for the same things.
 * @param a A phrase.
 * @param b Another phrase.
 * @returns True when each target of one is a target of the other.
 */
function sameThings(a: Phrase, b: Phrase): boolean {
  const covers = (x: Phrase, y: Phrase): boolean => x.targets.every((target) => y.targets.some((other) => other.kind === target.kind && other.entry === target.entry));
  return covers(a, b) && covers(b, a);
}

/**
 * Match a Russian name of several words written in a case form: each word may take
 * a case ending the knowledge's form lacks ("Иссык-Кульской области" for
 * "Иссык-Кульская область"), written with capitals where the knowledge has them; an
 * acronym inside the name must be written as it is.
 * @param tokens The paragraph's tokens.
 * @param i Index of the first word (capitalised, Cyrillic).
 * @param knowledge The phrase index.
 * @returns The longest match, or null.
 */
function matchRussianPhrase(tokens: readonly Token[], i: number, knowledge: Knowledge): PhraseMatch | null {
  const index = russianPhraseIndex(knowledge);
  let key = russianWordStem((tokens[i] as Token).norm);
  const longest = index.longest.get(key);
  if (longest === undefined) return null;
  let best: PhraseMatch | null = null;
  for (let length = 2; length <= longest && i + length <= tokens.length; length++) {
    const token = tokens[i + length - 1] as Token;
    if (!token.word || !isCyrillicWord(token.text)) break;
    key += ` ${russianWordStem(token.norm)}`;
    const phrase = index.phrases.get(key);
    if (!phrase || !sameCapitals(phrase, tokens.slice(i, i + length))) continue;
    const targets = phrase.targets.filter((target) => target.kind !== 'demonym' && !isFalseFriend(target, tokens, i, i + length));
    if (targets.length > 0) best = { start: i, end: i + length, phrase, targets, strictCase: true };
  }
  return best;
}

/**
 * Whether the words of a text start with capitals where the phrase's words do, and
 * its acronyms are written as they are.
 * @param phrase A knowledge phrase.
 * @param slice The text's tokens, as many as the phrase has.
 * @returns True when the capitals agree.
 */
function sameCapitals(phrase: Phrase, slice: readonly Token[]): boolean {
  return slice.every((token, k) => {
    const written = phrase.written[k] ?? '';
    if (written.length > 1 && written === written.toUpperCase()) return token.text === written;
    const upper = (word: string): boolean => word.charAt(0) !== word.charAt(0).toLowerCase();
    return upper(written) === upper(token.text);
  });
}

/** What the matcher needs to know of one key (some phrase's first 1..n tokens, joined by spaces). */
interface KeyFacts {
  /** The phrase with exactly this key, if any. */
  phrase: Phrase | undefined;
  /** Whether the key begins a longer phrase. */
  prefix: boolean;
  /** For a one-token key that is some phrase's first token: the most tokens such a phrase has. */
  longest: number | undefined;
}

/** What the matcher looks phrases up in. */
interface KeyIndex {
  /** Every phrase key and every proper prefix of one -> its facts. */
  keys: ReadonlyMap<string, KeyFacts>;
  /**
   * The first tokens of the phrases that a word in lower case may start: those
   * whose first word's case rule is not `capital` (`any`, or `exact`, whose
   * title-case form may be lower case), and those with a generic office, which
   * may match in lower case. A small set, quicker to ask than `keys`.
   */
  lowercaseStarts: ReadonlySet<string>;
}

/** The key index of each knowledge, built on first use. A cache, invisible to callers. */
const keyIndexes = new WeakMap<Knowledge, KeyIndex>();

/**
 * Every key the matcher may look up, with what it is: one map, so that each step
 * of the matcher costs one lookup (phrase, prefix and longest length at once).
 * @param knowledge The phrase index (`phrases`, `phraseLengths`).
 * @returns The keys and the first tokens that may be written in lower case.
 */
function phraseKeyIndex(knowledge: Knowledge): KeyIndex {
  let index = keyIndexes.get(knowledge);
  if (!index) {
    const keys = new Map<string, KeyFacts>();
    const factsOf = (key: string): KeyFacts => {
      let facts = keys.get(key);
      if (!facts) keys.set(key, (facts = { phrase: knowledge.phrases.get(key), prefix: false, longest: knowledge.phraseLengths.get(key) }));
      return facts;
    };
    const lowercaseStarts = new Set<string>();
    for (const phrase of knowledge.phrases.values()) {
      for (let k = 1; k < phrase.tokens.length; k++) factsOf(phrase.tokens.slice(0, k).join(' ')).prefix = true;
      if (phrase.caseRules[0] !== 'capital' || phrase.targets.some(isGenericTarget)) lowercaseStarts.add(phrase.tokens[0] ?? '');
    }
    for (const key of knowledge.phrases.keys()) factsOf(key);
    for (const key of knowledge.phraseLengths.keys()) factsOf(key);
    index = { keys, lowercaseStarts };
    keyIndexes.set(knowledge, index);
  }
  return index;
}

/**
 * Whether some phrase may start at a word, as far as its case goes (a quick test
 * before the key index). A word that starts with a lower-case ASCII letter and is
 * not written as names are ("said", "the"; not "al-Qaeda") fails the `capital`
 * rule of a phrase's first word, and is in no case all capitals: it can start
 * only a phrase of `lowercaseStarts`.
 * @param token A word token.
 * @param index The key index.
 * @returns False when no phrase can start at the word.
 */
function mayStartPhrase(token: Token, index: KeyIndex): boolean {
  const first = token.text.charCodeAt(0);
  if (token.capitalized || first < 97 || first > 122) return true;
  return index.lowercaseStarts.has(token.norm);
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
      if (token.text === written || phrase.otherWritten?.some((spelling) => spelling[k] === token.text)) continue;
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
    const words = phraseTokens(phrase);
    if (words.every((word, k) => tokens[end + k]?.text === word.text)) return true;
  }
  for (const phrase of notAfter) {
    const words = phraseTokens(phrase);
    let at = start - 1;
    if (tokens[at]?.text === ',') at--; // "Atlanta, Georgia"
    const from = at - words.length + 1;
    // (Without case: "Der Mann" opens a sentence as "der Mann" runs on.)
    if (from >= 0 && words.every((word, k) => tokens[from + k]?.text.toLowerCase() === word.text.toLowerCase())) return true;
  }
  return false;
}

/** A Russian noun, or another adjective, that an adjective in the genitive or dative qualifies: "автономного округа", "района". */
const RUSSIAN_QUALIFIED_NOUN = /^(?:\p{Ll}+(?:ого|его|ому|ему)|округ|район|област|кра[яюе]|республик|уезд)/u;

/** A Russian noun of a village in any case, in lower case ("в кишлаке", "села", "в посёлке"). */
export const RUSSIAN_VILLAGE_NOUN = /^(?:сел(?:о|а|е|ом)|кишлак(?:а|е|ом)?|деревн(?:я|и|е|ю|ей)|пос[её]л(?:ок|ка|ке|ком)|аул(?:а|е|ом)?)$/u;

/**
 * Whether one Cyrillic word stands right before a capitalised Cyrillic surname, so that it is a given name whatever
 * place it spells: "Исроил Исломов" (Isroil, the Tajik for Israel too), as "Замир Кабулов" is no case of "Кабул".
 * @param tokens The paragraph's tokens.
 * @param i The word's index.
 */
function isGivenNameOfCyrillicSurname(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  return isCyrillicWord(token.text) && next !== undefined && isCapitalized(next) && isCyrillicWord(next.text) && RUSSIAN_SURNAME_ENDING.test(next.text);
}

/** Tokens of the knowledge's false-friend phrases ("Atlanta", "state of"), by phrase. A cache of knowledge strings only. */
const falseFriendTokens = new Map<string, readonly Token[]>();

/**
 * The tokens of a false-friend phrase of the knowledge, tokenized once.
 * @param phrase A `not_before` or `not_after` phrase.
 * @returns Its tokens.
 */
function phraseTokens(phrase: string): readonly Token[] {
  let tokens = falseFriendTokens.get(phrase);
  if (!tokens) falseFriendTokens.set(phrase, (tokens = tokenize(phrase)));
  return tokens;
}
