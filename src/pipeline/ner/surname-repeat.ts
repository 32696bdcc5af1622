/**
 * People whose full name no pattern recognised, found through the surname the
 * text then uses alone. News writing names a person in full once ("Zaniar
 * Matapour, the Iranian-born Norwegian who ...", "Secretary of State Antony
 * Blinken") and by the surname after ("Matapour was ordered to pay", "Blinken
 * condemned"). A name of an unknown shape, without a title, role or speech verb
 * beside it, is no evidence of a person; the same unknown word written alone
 * later and also after one more capitalised word is.
 *
 * Pure: a function of the scanned paragraphs, the mentions found so far and the
 * knowledge's word lists.
 */
import type { Knowledge } from '../knowledge.ts';
import { isOrgHead, isPrefixedTitle, NEVER_NAMES, RUSSIAN_SENTENCE_OPENERS, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';
import { mentionOf } from './known.ts';
import type { Mention } from './mention.ts';
import type { SingleName } from './patterns.ts';
import type { ScannedParagraph } from './scan.ts';
import { isAllCaps, isCapitalized as isCapitalizedToken, type Token } from './tokens.ts';

/** Words before a one-word name that make it a thing's name, not a person's ("the Marhaba", "der Matapour"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'le', 'la', 'les', 'el']);

/**
 * Person mentions over two-word names ("Zaniar Matapour") whose last word the
 * text also uses alone, as a one-word name that nothing else explains.
 * @param singles One-word names the patterns left (see `findPatternMentions`).
 * @param mentions Mentions found so far (a word inside one is never taken).
 * @param paragraphs Scanned paragraphs.
 * @param knowledge Given names and common words.
 * @returns New person mentions, one for each full name found.
 */
export function surnameRepeatPersons(
  singles: readonly SingleName[],
  mentions: readonly Mention[],
  paragraphs: readonly ScannedParagraph[],
  knowledge: Knowledge,
): Mention[] {
  const surnames = new Set<string>();
  const wordSurnames = new Map<string, number>();
  for (const single of singles) {
    if (ARTICLES.has(paragraphs[single.para]?.tokens[single.index - 1]?.norm ?? '')) continue;
    if (isSurnameCandidate(single.token, knowledge)) surnames.add(single.token.norm);
    else if (isWordSurnameCandidate(single, paragraphs, knowledge)) wordSurnames.set(single.token.norm, (wordSurnames.get(single.token.norm) ?? 0) + 1);
  }
  // "Roof joined ...", "Roof told her ...": a common word written alone with a capital inside sentences twice or
  // more, and never in lower case, is a surname too.
  for (const [norm, count] of wordSurnames) if (count >= 2 && !writtenInLowerCase(paragraphs, norm)) surnames.add(norm);
  if (surnames.size === 0) return [];
  const covered = coveredTokens(mentions);
  const result: Mention[] = [];
  const named = new Set<string>();
  for (const paragraph of paragraphs) {
    const tokens = paragraph.tokens;
    for (let j = 1; j < tokens.length; j++) {
      const surname = tokens[j] as Token;
      if (!surnames.has(surname.norm) || named.has(surname.norm) || !isCapitalized(surname)) continue;
      const given = tokens[j - 1] as Token;
      if (covered.has(`${paragraph.index}:${j}`) || covered.has(`${paragraph.index}:${j - 1}`)) continue;
      // "French Mirage jets": a demonym or a place's name before the word is no given name.
      if ((paragraph.cover[j - 1] ?? -1) !== -1) continue;
      if (!isGivenNameWord(given, tokens[j - 2], knowledge, () => isEnglishProse(paragraph, covered)) || isCapitalized(tokens[j + 1])) continue;
      named.add(surname.norm);
      const name = paragraph.text.slice(given.start, surname.end);
      result.push(mentionOf(paragraph, j - 1, j + 1, { kind: 'found', type: 'person', name }, true));
    }
  }
  return result;
}

/**
 * Whether a one-word name may be a surname: written with a capital and then in
 * lower case, four letters or more, neither a common word, a given name, a
 * title nor a body's head noun.
 * @param token The word.
 * @param knowledge Given names and common words.
 * @returns True when it may.
 */
function isSurnameCandidate(token: Token, knowledge: Knowledge): boolean {
  if (!isCapitalized(token) || isAllCaps(token.text) || token.text.length < 4 || !/^\p{L}+(?:[-'’]\p{L}+)?$/u.test(token.text)) return false;
  const norm = token.norm;
  return !knowledge.commonWords.has(norm) && !knowledge.givenNames.has(norm) && !NEVER_NAMES.has(norm) && !TITLE_WORDS.has(norm) && !isOrgHead(norm);
}

/**
 * Whether a one-word name that is also a common word may be a surname: the
 * other tests of `isSurnameCandidate` pass, and it stands inside a sentence,
 * not at its start, where every word has a capital.
 * @param single The one-word name.
 * @param paragraphs Scanned paragraphs.
 * @param knowledge Given names and common words.
 * @returns True when it may.
 */
function isWordSurnameCandidate(single: SingleName, paragraphs: readonly ScannedParagraph[], knowledge: Knowledge): boolean {
  const { token } = single;
  if (!isCapitalized(token) || isAllCaps(token.text) || token.text.length < 4 || !/^\p{L}+$/u.test(token.text) || paragraphs[single.para]?.sentenceStart[single.index] === true) return false;
  const norm = token.norm;
  return knowledge.commonWords.has(norm) && !knowledge.givenNames.has(norm) && !NEVER_NAMES.has(norm) && !TITLE_WORDS.has(norm) && !isOrgHead(norm) && !WEEKDAYS.has(norm);
}

/**
 * @param paragraphs Scanned paragraphs.
 * @param norm A word's match key.
 * @returns Whether the word is written in lower case anywhere in them ("the church roof").
 */
function writtenInLowerCase(paragraphs: readonly ScannedParagraph[], norm: string): boolean {
  return paragraphs.some((paragraph) => paragraph.tokens.some((token) => token.norm === norm && token.word && !isCapitalizedToken(token)));
}

/**
 * Whether the word before a surname is a given name: a listed one wherever it
 * stands ("Secretary of State Antony Blinken"), or an unknown capitalised word
 * that opens the name (no capitalised word before it, as in "Zaniar Matapour,")
 * in English prose: German capitalises every noun ("Nach Angaben ... Angaben"),
 * so an unknown pair there proves nothing.
 * @param given The word before the surname.
 * @param before The word before that, if any.
 * @param knowledge Given names and common words.
 * @param inEnglish Whether the paragraph is English prose (asked last: it reads the paragraph).
 * @returns True when it is.
 */
function isGivenNameWord(given: Token, before: Token | undefined, knowledge: Knowledge, inEnglish: () => boolean): boolean {
  if (!isCapitalized(given) || isAllCaps(given.text) || given.text.length < 2 || RUSSIAN_SENTENCE_OPENERS.has(given.text.toLowerCase())) return false;
  if (knowledge.givenNames.has(given.norm)) return true;
  const norm = given.norm;
  if (knowledge.commonWords.has(norm) || NEVER_NAMES.has(norm) || TITLE_WORDS.has(norm) || isPrefixedTitle(norm) || isOrgHead(norm)) return false;
  // "On Thursday Amedy Coulibaly killed ...": a weekday before the name opens no longer name.
  return (!isCapitalized(before) || WEEKDAYS.has(before?.norm ?? '')) && inEnglish();
}

/** English grammar words that prose in other languages does not use. */
const ENGLISH_GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'with', 'from', 'that', 'which', 'who', 'has', 'had', 'were', 'is', 'his', 'her', 'their',
  'on', 'at', 'for', 'by', 'after', 'he', 'she', 'they', 'it', 'this', 'been', 'would', 'said',
]);

/**
 * Whether a paragraph is English prose: two different English grammar words or
 * more outside the names found (a German sentence may name the "Institute for
 * Economics and Peace").
 * @param paragraph A scanned paragraph.
 * @param covered Tokens inside mentions, as `coveredTokens` keys them.
 * @returns True when it is.
 */
function isEnglishProse(paragraph: ScannedParagraph, covered: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  for (const [k, token] of paragraph.tokens.entries()) {
    if (ENGLISH_GRAMMAR_WORDS.has(token.text) && !covered.has(`${paragraph.index}:${k}`)) seen.add(token.text);
    if (seen.size >= 2) return true;
  }
  return false;
}

/**
 * Keys ("para:token") of every token inside a mention.
 * @param mentions Mentions.
 * @returns The keys.
 */
function coveredTokens(mentions: readonly Mention[]): Set<string> {
  const keys = new Set<string>();
  for (const mention of mentions) for (let k = mention.start; k < mention.end; k++) keys.add(`${mention.para}:${k}`);
  return keys;
}

/**
 * Whether a token is there and is a word written with a capital.
 * @param token A token, or undefined.
 * @returns True for "Matapour", false for "said", punctuation and nothing.
 */
function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.word && isCapitalizedToken(token);
}
