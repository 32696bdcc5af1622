/**
 * People named in a list of people. A sentence that lists the dead or the
 * accused ("killing three people: Krystle Campbell of Medford, Lingzi Lu, a
 * Boston University student, and Martin Richard") names each of them the same
 * way; when two items of the list are people the patterns recognised, an item
 * that opens with two or three capitalised words of no known entity is a
 * person's name too, even with a given name no list holds ("Hernán Ferruchi")
 * or a surname that is also a city's name ("Hernán Mendoza").
 *
 * Pure: a function of the scanned paragraphs, the mentions found so far and the
 * knowledge's word lists.
 */
import type { Knowledge } from '../knowledge.ts';
import { isOrgHead, isPrefixedTitle, NEVER_NAMES, TITLE_WORDS } from './lexicon.ts';
import { mentionOf } from './known.ts';
import type { Mention } from './mention.ts';
import type { ScannedParagraph } from './scan.ts';
import { isAllCaps, isCapitalized, type Token } from './tokens.ts';

/** What `listedPersons` changes: person mentions to add, and the one-word place mentions they replace. */
export interface ListedPersons {
  added: Mention[];
  replaced: Set<Mention>;
}

/**
 * Words that open the next item of a list: a comma, "and" (and its French,
 * German, Spanish, Italian and Russian kin), "&", a colon or a dash before the
 * first, and a copula or "including" before the first ("the victims were X, ...",
 * "les autres victimes sont X, ...").
 */
const ITEM_OPENERS: ReadonlySet<string> = new Set([
  ',', 'and', '&', ':', '-', '–', '—', ';', 'et', 'und', 'y', 'e', 'и',
  'were', 'are', 'including', 'included', 'namely', 'sont', 'étaient', 'etaient', 'sind', 'waren', 'son', 'eran',
]);

/**
 * Persons named in lists of at least two recognised persons.
 * @param mentions Mentions found so far.
 * @param paragraphs Scanned paragraphs.
 * @param knowledge Given names and common words.
 * @returns The new mentions and the mentions they replace.
 */
export function listedPersons(mentions: readonly Mention[], paragraphs: readonly ScannedParagraph[], knowledge: Knowledge): ListedPersons {
  const result: ListedPersons = { added: [], replaced: new Set() };
  const byPara = new Map<number, Mention[]>();
  for (const mention of mentions) (byPara.get(mention.para) ?? byPara.set(mention.para, []).get(mention.para))?.push(mention);
  for (const [para, own] of byPara) {
    if (own.filter((mention) => mention.type === 'person').length < 2) continue;
    const paragraph = paragraphs[para] as ScannedParagraph;
    const bySentence = new Map<number, { persons: number; candidates: Array<{ start: number; end: number; city?: Mention }> }>();
    for (let start = 1; start < paragraph.tokens.length; start++) {
      if (!ITEM_OPENERS.has(paragraph.tokens[start - 1]?.norm ?? '')) continue;
      const sentence = paragraph.sentence[start] ?? -1;
      const entry = bySentence.get(sentence) ?? { persons: 0, candidates: [] };
      bySentence.set(sentence, entry);
      const opening = own.find((mention) => mention.start === start);
      if (opening?.type === 'person') entry.persons++;
      else {
        const candidate = unknownName(paragraph, start, own, knowledge);
        if (candidate !== null) entry.candidates.push(candidate);
      }
    }
    for (const [sentence, entry] of bySentence) {
      // The first item of the list follows no opener: count the person that opens the sentence too.
      const first = own.find((mention) => mention.type === 'person' && paragraph.sentence[mention.start] === sentence && paragraph.sentenceStart[mention.start] === true);
      if (entry.persons + (first ? 1 : 0) < 2) continue;
      for (const candidate of entry.candidates) {
        if (candidate.city) result.replaced.add(candidate.city);
        const name = paragraph.text.slice(paragraph.tokens[candidate.start]?.start ?? 0, paragraph.tokens[candidate.end - 1]?.end ?? 0);
        result.added.push(mentionOf(paragraph, candidate.start, candidate.end, { kind: 'found', type: 'person', name }, true));
      }
    }
  }
  addAppositionListPersons(result, byPara, paragraphs, knowledge);
  addTitledListPersons(result, byPara, paragraphs);
  return result;
}

/** One name of a list after a plural title: initials perhaps ("L.T.B. Dehideniya", "S. Thurairaja"), then one to three capitalised words. */
const LISTED_NAME = String.raw`(?:(?:\p{Lu}\.)+\s*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;

/** A list of names after a plural title: "Justices A B, C. D E and F G". Group 1 is the list. */
const TITLED_LIST = new RegExp(String.raw`\b(?:Justices|Judges|Senators|Generals|Ministers|Drs|Messrs)\s+(${LISTED_NAME}(?:,\s+${LISTED_NAME})*,?\s+and\s+${LISTED_NAME})`, 'gu');

/** A word every TITLED_LIST match holds: a quick test. */
const TITLED_LIST_CUE = /\b(?:Justices|Judges|Senators|Generals|Ministers|Drs|Messrs)\s/u;

/**
 * Add the names of a list after a plural title ("Justices Buwaneka Aluwihare, L.T.B.
 * Dehideniya and S. Thurairaja") that no mention covers: each item is a person.
 * @param result What `listedPersons` adds (changed in place).
 * @param byPara Mentions by paragraph.
 * @param paragraphs Scanned paragraphs.
 */
function addTitledListPersons(result: ListedPersons, byPara: ReadonlyMap<number, Mention[]>, paragraphs: readonly ScannedParagraph[]): void {
  for (const paragraph of paragraphs) {
    if (!TITLED_LIST_CUE.test(paragraph.text)) continue;
    const own = byPara.get(paragraph.index) ?? [];
    for (const match of paragraph.text.matchAll(TITLED_LIST)) {
      const listStart = match.index + match[0].length - (match[1] as string).length;
      for (const item of (match[1] as string).matchAll(new RegExp(LISTED_NAME, 'gu'))) {
        const from = listStart + item.index;
        const to = from + item[0].length;
        const start = paragraph.tokens.findIndex((token) => token.start === from);
        const end = paragraph.tokens.findIndex((token) => token.end === to) + 1;
        if (start < 0 || end <= start || own.some((mention) => mention.start < end && start < mention.end)) continue;
        result.added.push(mentionOf(paragraph, start, end, { kind: 'found', type: 'person', name: item[0] }, true));
      }
    }
  }
}

/**
 * A list of names in apposition to people, closed by a comma and a verb: "Three of the
 * men convicted over the bombings, Amrozi, Mukhlas and Imam Samudra, were executed".
 * Group 1 is the list.
 */
const APPOSITION_LIST = /\b(?:men|women|brothers|sisters|militants|bombers|attackers|gunmen|suspects|defendants|convicts|plotters|members|leaders|fighters|others|accused)\b[^,.;:]{0,80},\s+((?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},?\s+and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:were|was|are|have|had|\p{Ll}+ed)\b/gu;

/** What every APPOSITION_LIST match holds: a list's "and" and a comma before a verb. A quick test. */
const APPOSITION_LIST_CUE = /\sand\s+\p{Lu}[^,]{0,60},\s+(?:were|was|are|have|had|\p{Ll}+ed)\b/u;

/**
 * Add the one-word names of an apposition list of people (`APPOSITION_LIST`) that no
 * mention covers: Indonesian and Arabic single names ("Amrozi", "Mukhlas").
 * @param result What `listedPersons` adds (changed in place).
 * @param byPara Mentions by paragraph.
 * @param paragraphs Scanned paragraphs.
 * @param knowledge Given names and common words.
 */
function addAppositionListPersons(result: ListedPersons, byPara: ReadonlyMap<number, Mention[]>, paragraphs: readonly ScannedParagraph[], knowledge: Knowledge): void {
  for (const paragraph of paragraphs) {
    if (!APPOSITION_LIST_CUE.test(paragraph.text)) continue;
    const own = byPara.get(paragraph.index) ?? [];
    for (const match of paragraph.text.matchAll(APPOSITION_LIST)) {
      const listStart = match.index + match[0].indexOf(match[1] as string);
      const listEnd = listStart + (match[1] as string).length;
      const items = paragraph.tokens.map((token, i) => ({ token, i })).filter(({ token }) => token.start >= listStart && token.end <= listEnd && token.word && isCapitalized(token));
      for (const { token, i } of items) {
        // One word between list marks ("," or "and") on both sides: a single name.
        const before = paragraph.tokens[i - 1];
        const after = paragraph.tokens[i + 1];
        const single = (before?.text === ',' || before?.norm === 'and') && (after?.text === ',' || after?.norm === 'and');
        if (!single || !isNameWord(token, knowledge) || own.some((mention) => mention.start <= i && i < mention.end)) continue;
        result.added.push(mentionOf(paragraph, i, i + 1, { kind: 'found', type: 'person', name: token.text }, true));
      }
    }
  }
}

/**
 * Two or three capitalised words opening a list item that no mention covers
 * (but for a one-word place at the end, a city's name as surname), none of them
 * a common word, a title or a body's head noun, and ending the item's name
 * (a comma, "and", "of", a bracket or the sentence's end follows).
 * @param paragraph The paragraph.
 * @param start The item's first token.
 * @param own The paragraph's mentions.
 * @param knowledge Given names and common words.
 * @returns The run and the place mention it would replace, or null.
 */
function unknownName(paragraph: ScannedParagraph, start: number, own: readonly Mention[], knowledge: Knowledge): { start: number; end: number; city?: Mention } | null {
  const tokens = paragraph.tokens;
  let end = start;
  while (end < tokens.length && end - start < 4 && isNameWord(tokens[end] as Token, knowledge)) end++;
  if (end - start < 2 || end - start > 3) return null;
  const after = tokens[end];
  if (after !== undefined && after.word && !['and', 'of', 'from'].includes(after.norm)) return null;
  const covering = own.filter((mention) => mention.start < end && start < mention.end);
  if (covering.length > 1) return null;
  const city = covering[0];
  if (city === undefined) return { start, end };
  // "Hernán Mendoza": a one-word place as the last word is the surname.
  const surname = city.type === 'place' && city.start === end - 1 && city.end === end;
  return surname ? { start, end, city } : null;
}

/**
 * Whether a token can be a word of a person's name in a list.
 * @param token A token.
 * @param knowledge Given names and common words.
 * @returns True for capitalised words that are no common word, title or head noun.
 */
function isNameWord(token: Token, knowledge: Knowledge): boolean {
  if (!token.word || !isCapitalized(token) || isAllCaps(token.text) || token.text.length < 2) return false;
  const norm = token.norm;
  if (NEVER_NAMES.has(norm) || TITLE_WORDS.has(norm) || isPrefixedTitle(norm) || isOrgHead(norm)) return false;
  return knowledge.givenNames.has(norm) || !knowledge.commonWords.has(norm);
}
