/**
 * Entity stage: every named person, organization and place of an article.
 *
 * Sources, in order of trust:
 * 1. the knowledge files and gazetteers (`ner/scan.ts`, `ner/known.ts`):
 *    organizations and their aliases, generic offices bound to a country,
 *    places, countries under all their names, cities;
 * 2. name patterns (`ner/patterns.ts`): titles, roles, appositions, speech
 *    verbs, name shapes, organization head nouns, place introducers;
 * 3. links: a one-word name joins the full name whose surname it is ("Ormonov"
 *    -> "Bakyt Ormonov"); an acronym in brackets after a name joins it ("the
 *    Union of X (UX)"), and later bare uses of it too; a second name joins the
 *    first ("X, also known as Y", "X's real name is Y").
 *
 * Left out: names in a picture credit ("Photo: X", "(AP Photo/X)"), and bodies
 * only ever described ("the Russian special services"). Known places and
 * bodies that only the title names are added after the body's entities.
 *
 * Naming: a knowledge entry keeps its canonical name when the text uses it,
 * else the fullest form the text uses; a generic office is "<Office> of
 * <Country>"; a country its common English name; a person the fullest form.
 * `aliases` are the other forms the text uses, in first-seen order. Ids are the
 * knowledge ids, else slugs of the name; two entities of different types with
 * one slug get a type suffix.
 *
 * Pure: a function of the article and the knowledge.
 */
import { defaultOutletIndex, type OutletIndex } from '../lib/outlets.ts';
import { slugOf as slugify } from '../lib/slugs.ts';
import type { Knowledge } from '../knowledge.ts';
import { buildArticleContext, type ArticleContext } from '../ner/context.ts';
import { isCyrillicWord, russianNominative, russianWordStem } from '../ner/inflection.ts';
import { russianNameInCase } from '../ner/russian-titles.ts';
import { mentionOf, resolveKnownMentions } from '../ner/known.ts';
import { refKey, type EntityRef, type Mention } from '../ner/mention.ts';
import { findPatternMentions, type SingleName } from '../ner/patterns.ts';
import { scanFresh, scanParagraphs, type ScannedParagraph } from '../ner/scan.ts';
import { STRONG_SURNAME_ENDING, VENUE_SUFFIXES } from '../ner/lexicon.ts';
import { listedPersons } from '../ner/listed-persons.ts';
import { surnameRepeatPersons } from '../ner/surname-repeat.ts';
import { sharedSurnamePersons } from '../ner/shared-surname.ts';
import { unstyledAlias, withNameStyles } from '../ner/styled-names.ts';
import { speakingHospitals } from '../ner/speaking-hospitals.ts';
import { surnamesReadAsPlaces } from '../ner/surname-places.ts';
import { isAcronymWord, isAllCaps, normalizeToken, type Token } from '../ner/tokens.ts';
import type { ArticleEntity, ArticleText } from '../types.ts';

/**
 * Extract the entities of an article.
 * @param text The article's metadata and clean paragraphs.
 * @param knowledge Gazetteers and aliases (see `loadKnowledge`).
 * @returns The entities in order of first mention.
 */
export function extractEntities(text: ArticleText, knowledge: Knowledge): ArticleEntity[] {
  const paragraphs = scanParagraphs(text.paragraphs, knowledge);
  const context = buildArticleContext(paragraphs);
  const entities = nominativePersons(assembleEntities(mentionsOf(text, paragraphs, context, knowledge)), knowledge.givenNames);
  return [...entities, ...titleOnlyEntities(text, context, knowledge, entities)];
}

/**
 * Name a person the text writes only in an oblique case by the nominative
 * ("Бакыта Осмоналиева" -> "Бакыт Осмоналиев", see `russianNominative`), or merge
 * it into the person the text also names in the nominative; the written form stays
 * an alias.
 * @param entities The article's entities.
 * @param givenNames Lower-cased given names.
 * @returns The entities, renamed or merged.
 */
function nominativePersons(entities: ArticleEntity[], givenNames: ReadonlySet<string>): ArticleEntity[] {
  const out: ArticleEntity[] = [];
  for (const entity of entities) {
    const nominative = entity.type === 'person' ? (russianNominative(entity.name, givenNames, normalizeToken) ?? genitiveBySurname(entity) ?? namedInNominative(entity, entities)) : undefined;
    if (nominative === undefined) {
      out.push(entity);
      continue;
    }
    const same = entities.find((other) => other !== entity && other.type === 'person' && sameForm(other.name, nominative));
    if (same) {
      for (const alias of [entity.name, ...entity.aliases]) addAlias(same, alias);
      continue;
    }
    const renamed: ArticleEntity = { ...entity, id: slugify(nominative) || entity.id, name: nominative, aliases: [] };
    for (const alias of [entity.name, ...entity.aliases]) addAlias(renamed, alias);
    out.push(renamed);
  }
  return out;
}

/**
 * The nominative of a Cyrillic name written in the genitive or the dative when
 * the text also names the person in the nominative ("визита Си Цзиньпина"
 * beside "Председатель КНР Си Цзиньпин").
 * @param entity A person.
 * @param entities The article's entities.
 * @returns The nominative, or undefined.
 */
function namedInNominative(entity: ArticleEntity, entities: readonly ArticleEntity[]): string | undefined {
  if (!isCyrillicWord(entity.name)) return undefined;
  for (const grammaticalCase of ['genitive', 'dative'] as const) {
    const nominative = russianNameInCase(entity.name, grammaticalCase);
    if (nominative !== entity.name && entities.some((other) => other !== entity && other.type === 'person' && sameForm(other.name, nominative))) return nominative;
  }
  return undefined;
}

/**
 * The nominative of a man's name of two words written in the genitive when
 * the text also writes his surname alone in the nominative ("Абдурахмана
 * Юлдашева" beside "Юлдашев" -> "Абдурахман Юлдашев"), for a given name no
 * list holds.
 * @param entity A person.
 * @returns The nominative, or undefined.
 */
function genitiveBySurname(entity: ArticleEntity): string | undefined {
  const [given, surname, ...rest] = entity.name.split(' ');
  if (given === undefined || surname === undefined || rest.length > 0 || !isCyrillicWord(given) || !isCyrillicWord(surname)) return undefined;
  if (!/[бвгджзклмнпрстфхцчшщ]а$/u.test(given) || !/(?:ов|ев|ёв|ин|ын)а$/u.test(surname)) return undefined;
  const nominativeSurname = surname.slice(0, -1);
  return entity.aliases.includes(nominativeSurname) ? `${given.slice(0, -1)} ${nominativeSurname}` : undefined;
}

/**
 * Known places and bodies that the title names and the body does not ("New York
 * bike path attacker from Uzbekistan gets 10 life terms"). Only gazetteer
 * entries count: a title's capitalised words are no evidence of a name.
 * @param text The article (its title).
 * @param context Country context of the body.
 * @param knowledge Gazetteers and aliases.
 * @param bodyEntities The entities of the body.
 * @returns Entities to add, in title order.
 */
function titleOnlyEntities(text: ArticleText, context: ArticleContext, knowledge: Knowledge, bodyEntities: readonly ArticleEntity[]): ArticleEntity[] {
  const title = text.metadata.title.trim();
  if (title === '') return [];
  const scanned = scanFresh([title], knowledge);
  const mentions = resolveKnownMentions(scanned, context, knowledge).mentions.filter((mention) => mention.ref.kind !== 'instance');
  const known = new Set(bodyEntities.map((entity) => entity.id));
  return assembleEntities(mentions).filter((entity) => !known.has(entity.id));
}

/**
 * Find every mention of an entity in an article.
 * @param text The article.
 * @param knowledge Gazetteers and aliases.
 * @returns Mentions in text order.
 */
export function findMentions(text: ArticleText, knowledge: Knowledge): Mention[] {
  const paragraphs = scanParagraphs(text.paragraphs, knowledge);
  return mentionsOf(text, paragraphs, buildArticleContext(paragraphs), knowledge);
}

/**
 * Find every mention of an entity in a scanned article.
 * @param text The article (its author).
 * @param paragraphs Its scanned paragraphs.
 * @param context Their country context.
 * @param knowledge Gazetteers and aliases.
 * @returns Mentions in text order.
 */
function mentionsOf(text: ArticleText, paragraphs: readonly ScannedParagraph[], context: ArticleContext, knowledge: Knowledge): Mention[] {
  const known = resolveKnownMentions(paragraphs, context, knowledge);
  const patterns = findPatternMentions(paragraphs, context, known, knowledge, text.metadata.author);
  const found = [...known.mentions.filter((mention) => !patterns.absorbed.has(mention)), ...patterns.mentions];
  // "Zarafshon Times counted 40 verdicts", "told Sadoi": the article's own outlet named in its body.
  const outlet = outletMentions(text.metadata.outlet, paragraphs, found, knowledge.commonWords);
  const mentions = outlet.length === 0 ? found : [...found.filter((mention) => !outlet.some((o) => o.para === mention.para && o.start < mention.end && mention.start < o.end)), ...outlet];
  mentions.push(...surnameRepeatPersons(patterns.singles, mentions, paragraphs, knowledge));
  const listed = listedPersons(mentions, paragraphs, knowledge);
  if (listed.added.length > 0) {
    for (let k = mentions.length - 1; k >= 0; k--) if (listed.replaced.has(mentions[k] as Mention)) mentions.splice(k, 1);
    mentions.push(...listed.added);
  }
  const shared = sharedSurnamePersons(mentions, paragraphs, knowledge);
  for (let k = mentions.length - 1; k >= 0; k--) if (shared.replaced.has(mentions[k] as Mention)) mentions.splice(k, 1);
  mentions.push(...shared.added);
  mentions.push(...linkSingles(patterns.singles, mentions, paragraphs));
  const acronyms = acronymMentions(paragraphs, mentions);
  for (let k = mentions.length - 1; k >= 0; k--) if (acronyms.replaced.has(mentions[k] as Mention)) mentions.splice(k, 1);
  mentions.push(...acronyms.added);
  mergeAlsoKnownAs(mentions, paragraphs);
  mergeShortBodyNames(mentions, paragraphs);
  const credits = paragraphs.map(creditStart);
  return speakingHospitals(surnamesReadAsPlaces(withNameStyles(mentions, paragraphs)), paragraphs)
    .filter((mention) => mention.start < (credits[mention.para] ?? Infinity))
    .sort((a, b) => a.para - b.para || a.start - b.start || b.end - a.end);
}

/**
 * The forms a body text writes its outlet in: the outlet's name; without a trailing
 * edition or medium word ("Zarafshon Times English" -> "Zarafshon Times", "Sadoi TV" -> "Sadoi"), a domain
 * ending ("Sadoi.tj" -> "Sadoi") or a word in another script ("ИА NOVOSTEPPE" -> "NOVOSTEPPE");
 * with a number glued to the name ("Nineveh 7" -> "Nineveh7").
 * @param outlet The article's outlet, or null.
 * @returns Forms of three characters or more with a letter, longest first.
 */
function outletForms(outlet: string | null): string[] {
  if (outlet === null) return [];
  const name = outlet.trim();
  const forms = new Set([
    name,
    name.replace(/\s+(?:English|Online|English Edition|TV|Radio)$/u, ''),
    name.replace(/\.(?:com|org|net|info|news|media|[a-z]{2})$/iu, ''),
    name.replace(/\s+(?=\d+$)/u, ''),
    name.replace(/^[^\p{Script=Latin}\s]+\s+(?=\p{Script=Latin})/u, ''),
  ]);
  return [...forms].filter((form) => form.length >= 3 && /\p{L}/u.test(form)).sort((a, b) => b.length - a.length);
}

/**
 * The Cyrillic names outlets.yaml gives an outlet ("Fontanka.ru": "Фонтанка.ру"), each
 * with the case forms of its first word ("Фонтанке.ру", "Фонтанку.ру"), as a Russian
 * text names the outlet it is written for ("сообщил «Фонтанке.ру»").
 * @param outlet The article's outlet, or null.
 * @param outlets Known outlets.
 * @returns Inflected form -> the name as listed ("Фонтанке.ру" -> "Фонтанка.ру").
 */
function cyrillicOutletForms(outlet: string | null, outlets: OutletIndex): Map<string, string> {
  const forms = new Map<string, string>();
  if (outlet === null) return forms;
  const entry = outlets.entries.find((candidate) => candidate.name === outlet.trim());
  for (const alias of entry?.aliases ?? []) {
    if (!/^\p{Script=Cyrillic}{3}/u.test(alias)) continue;
    const word = /^\p{Script=Cyrillic}+/u.exec(alias)?.[0] ?? '';
    const rest = alias.slice(word.length);
    for (const inflected of russianCaseForms(word)) if (!forms.has(`${inflected}${rest}`)) forms.set(`${inflected}${rest}`, alias);
  }
  return forms;
}

/**
 * A Russian noun and its singular case forms, by its ending ("Фонтанка": "Фонтанки",
 * "Фонтанке", "Фонтанку", "Фонтанкой"; "Коммерсант": "Коммерсанта", "Коммерсанту", ...).
 * @param word A noun in the nominative.
 * @returns The word and its case forms.
 */
function russianCaseForms(word: string): string[] {
  const stem = word.slice(0, -1);
  if (/[ая]$/u.test(word)) return /а$/u.test(word) ? [word, `${stem}ы`, `${stem}и`, `${stem}е`, `${stem}у`, `${stem}ой`] : [word, `${stem}и`, `${stem}е`, `${stem}ю`, `${stem}ей`];
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(word)) return [word, `${word}а`, `${word}у`, `${word}е`, `${word}ом`];
  return [word];
}

/**
 * Whether an occurrence of an outlet's form names the outlet: written as the form is, or
 * with every word capitalised ("Balkan Weekly" for "BALKAN WEEKLY"); not part of a longer
 * name ("The National Security Committee"); not a common word opening a sentence ("Dawn raids ...").
 * @param text The paragraph.
 * @param at Start of the occurrence.
 * @param end End of the occurrence.
 * @param form The outlet's form.
 * @param commonWords Common English words, lower case.
 * @returns True when it does.
 */
function namesOutlet(text: string, at: number, end: number, form: string, commonWords: ReadonlySet<string>): boolean {
  if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) return false;
  const written = text.slice(at, end);
  if (written !== form && !written.split(/\s+/).every((word) => /^\p{Lu}/u.test(word))) return false;
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2)) || /\p{Lu}[\p{L}.-]*\s+$/u.test(text.slice(Math.max(0, at - 30), at))) return false;
  const sentenceStart = /(?:^|[.!?:]\s+|["“«]\s*)$/u.test(text.slice(Math.max(0, at - 3), at));
  return !(sentenceStart && !/\s/.test(form) && commonWords.has(form.toLowerCase()));
}

/**
 * Mentions of the article's own outlet in its body ("Zarafshon Times counted ...", "told
 * Sadoi"): an organisation, named as the body writes it. A mention found before inside
 * its words gives way to it; a byline or credit line is no mention.
 * @param outlet The article's outlet, or null.
 * @param paragraphs Scanned paragraphs.
 * @param mentions Mentions found so far (a known body with the same words stays).
 * @param commonWords Common English words, lower case.
 * @param outlets Known outlets (for the Cyrillic names of the article's own).
 * @returns New mentions of the outlet.
 */
function outletMentions(
  outlet: string | null,
  paragraphs: readonly ScannedParagraph[],
  mentions: readonly Mention[],
  commonWords: ReadonlySet<string>,
  outlets: OutletIndex = defaultOutletIndex(),
): Mention[] {
  const cyrillic = cyrillicOutletForms(outlet, outlets);
  const forms = [...new Set([...outletForms(outlet), ...cyrillic.keys()])].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return [];
  const result: Mention[] = [];
  for (const paragraph of paragraphs) {
    // A byline or credit line ("Jane Doe | Example News") is no prose naming the outlet.
    if (!/[.!?:"”»)]\s*$/u.test(paragraph.text) || /[|©]/u.test(paragraph.text)) continue;
    const lower = paragraph.text.toLowerCase();
    for (const form of forms) {
      const key = form.toLowerCase();
      for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
        const end = at + key.length;
        if (!namesOutlet(paragraph.text, at, end, form, commonWords)) continue;
        const first = paragraph.tokens.findIndex((token) => token.start === at);
        const last = paragraph.tokens.findIndex((token) => token.end === end);
        if (first < 0 || last < first) continue;
        // A known body, a place over the same words, or a longer mention stays; a person read
        // from the outlet's very words ("told Prothom Alo") gives way.
        const covering = mentions.find((m) => m.para === paragraph.index && m.start <= first && m.end > last);
        const span = last + 1 - first;
        if (covering && (covering.type === 'organization' || covering.end - covering.start > span || (covering.type === 'place' && covering.end - covering.start === span))) continue;
        if (result.some((m) => m.para === paragraph.index && m.start <= first && m.end > first)) continue;
        result.push(mentionOf(paragraph, first, last + 1, { kind: 'found', type: 'organization', name: cyrillic.get(form) ?? paragraph.text.slice(at, end) }, true));
      }
    }
  }
  return result;
}

/** Words that open a picture credit when a colon, a slash or "by" follows ("Photo: X", "AP Photo/X"). */
const CREDIT_WORDS: ReadonlySet<string> = new Set(['photo', 'photos', 'photograph', 'picture', 'image', 'images', 'credit', 'illustration', 'footage', 'video']);

/**
 * Where a picture credit starts in a paragraph ("... after his arrest. Photo:
 * Swedish Police Authority", "(AP Photo/Rafael Ocampo, File)", "© Sputnik /
 * Stringer"): the names in it credit a picture, they are not named by the text.
 * @param paragraph A scanned paragraph.
 * @returns The token index where the credit starts, or Infinity when there is none.
 */
function creditStart(paragraph: ScannedParagraph): number {
  const tokens = paragraph.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.text === '©') return i;
    if (!isCapitalizedWord(token)) continue;
    const slash = token.norm.indexOf('/');
    const glued = slash >= 0 && CREDIT_WORDS.has(token.norm.slice(0, slash)); // "Photo/Rafael" is one token
    const next = tokens[i + 1];
    if (!glued && (!CREDIT_WORDS.has(token.norm) || !next || (next.text !== ':' && next.text !== '/' && next.norm !== 'by'))) continue;
    // "(AP Photo/...)", "(Reuters Photo: ...)": the agency in the bracket is part of the credit.
    let start = i;
    while (start > 0 && i - start < 3 && isCapitalizedWord(tokens[start - 1] as Token)) start--;
    return tokens[start - 1]?.text === '(' ? start - 1 : i;
  }
  return Infinity;
}

/**
 * Whether a token is a word written with a capital.
 * @param token A token.
 * @returns True for "Photo", false for "photo" and punctuation.
 */
function isCapitalizedWord(token: Token): boolean {
  if (!token.word) return false;
  const first = token.text.charCodeAt(0);
  // ASCII decided without the Unicode pattern: only A-Z is a capital.
  return first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(token.text);
}

/**
 * Words joining two names of one person: "X, also known as Y", "X, alias Y",
 * "X (a.k.a. Y)", "X's real name is Y", "X, whose real name is Y", "X (real name Y)".
 */
const ALSO_KNOWN_AS = [
  ['also', 'known', 'as'], ['known', 'as'], ['alias'], ['aka'], ['a.k.a.'], ['better', 'known', 'as'], ['also', 'called'],
  ['nicknamed'], ["'s", 'real', 'name', 'is'], ['whose', 'real', 'name', 'is'], ['real', 'name'], ['real', 'name', 'is'],
  ["'s", 'real', 'name', 'was'], ['whose', 'real', 'name', 'was'], ['born'], ['nee'], ['née'],
];

/**
 * Make "Y" in "X, also known as Y" a second name of X (changes mentions in place).
 * @param mentions All mentions.
 * @param paragraphs Scanned paragraphs.
 */
function mergeAlsoKnownAs(mentions: Mention[], paragraphs: readonly ScannedParagraph[]): void {
  const persons = mentions.filter((mention) => mention.type === 'person').sort((a, b) => a.para - b.para || a.start - b.start);
  for (let k = 0; k + 1 < persons.length; k++) {
    const first = persons[k] as Mention;
    const second = persons[k + 1] as Mention;
    if (first.para !== second.para || refKey(first.ref) === refKey(second.ref)) continue;
    const between = (paragraphs[first.para] as ScannedParagraph).tokens.slice(first.end, second.start);
    const tokens = between.filter((token) => token.text !== ',' && token.text !== '(').map((token) => token.norm);
    // "X, a native of Y better known as Z": an apposition may stand between the name and its other name.
    const apposition = between[0]?.text === ',' && between.length <= 16 && !between.some((token) => token.text === '.' || token.text === ';' || token.norm === 'and');
    if (!ALSO_KNOWN_AS.some((words) => words.length >= 2 && endsWithWords(tokens, words, apposition)) && !ALSO_KNOWN_AS.some((words) => words.length === tokens.length && words.every((word, i) => word === tokens[i]))) continue;
    const otherKey = refKey(second.ref);
    for (const mention of mentions) {
      if (mention.type === 'person' && refKey(mention.ref) === otherKey) {
        mention.ref = first.ref;
        mention.nameCandidate = false;
      }
    }
  }
}

/**
 * A body found by its name without the place that closes its full name elsewhere
 * in the article ("Верховный суд" after "Верховный суд Таджикистана", "the
 * Supreme Court" after "the Supreme Court of Tajikistan") is that body: the short
 * mentions take the full name's entity. Only where the words the short name
 * lacks are a known place (and "of"), so "Interior Ministry" stays apart from
 * "Interior Ministry Special Forces".
 * @param mentions All mentions (changed in place).
 * @param paragraphs Scanned paragraphs.
 */
function mergeShortBodyNames(mentions: Mention[], paragraphs: readonly ScannedParagraph[]): void {
  const bodies = mentions.filter((mention) => mention.type === 'organization' && mention.ref.kind === 'found');
  if (bodies.length < 2) return;
  const byName = new Map<string, Mention>();
  for (const body of bodies) if (body.ref.kind === 'found') byName.set(body.ref.name.toLowerCase(), body);
  for (const long of bodies) {
    if (long.ref.kind !== 'found') continue;
    const paragraph = paragraphs[long.para] as ScannedParagraph;
    const tokens = paragraph.tokens;
    const isPlaceToken = (i: number): boolean =>
      paragraph.matches[paragraph.cover[i] ?? -1]?.targets.some((target) => target.kind === 'country' || target.kind === 'place' || target.kind === 'city') === true;
    // Back from the end over a known place, then an optional "of": where the short name would end.
    let cut = long.end;
    while (cut > long.start + 1 && isPlaceToken(cut - 1)) cut--;
    if (cut === long.end) continue;
    if (tokens[cut - 1]?.norm === 'the' && tokens[cut - 2]?.norm === 'of') cut -= 2;
    else if (tokens[cut - 1]?.norm === 'of') cut--;
    const first = tokens[long.start];
    const last = tokens[cut - 1];
    if (first === undefined || last === undefined || cut - long.start < 2) continue;
    const short = byName.get(paragraph.text.slice(first.start, last.end).toLowerCase());
    if (short === undefined || short.ref.kind !== 'found' || refKey(short.ref) === refKey(long.ref)) continue;
    const shortKey = refKey(short.ref);
    for (const mention of mentions) {
      if (mention.type === 'organization' && refKey(mention.ref) === shortKey) mention.ref = long.ref;
    }
  }
}

/**
 * Whether the words between two names end with a joining phrase ("..., also known as").
 * @param between The normalised words between the names (commas and brackets left out).
 * @param words The joining phrase.
 * @param apposition Whether other words may come before the phrase (an apposition).
 * @returns True when the words are the phrase, or end with it after an apposition.
 */
function endsWithWords(between: readonly string[], words: readonly string[], apposition: boolean): boolean {
  if (apposition ? words.length > between.length : words.length !== between.length) return false;
  return words.every((word, i) => word === between[between.length - words.length + i]);
}

/**
 * Link one-word names to full names; keep strong ones alone.
 * @param singles One-word candidates.
 * @param mentions Mentions found so far.
 * @param paragraphs Scanned paragraphs.
 * @returns New mentions.
 */
function linkSingles(singles: readonly SingleName[], mentions: readonly Mention[], paragraphs: readonly ScannedParagraph[]): Mention[] {
  const persons = mentions.filter((mention) => mention.ref.kind === 'found' && mention.type === 'person');
  const byWord = new Map<string, Set<string>>();
  const refs = new Map<string, EntityRef>();
  for (const person of persons) {
    const key = refKey(person.ref);
    refs.set(key, person.ref);
    const words = person.ref.kind === 'found' ? person.ref.name.split(/\s+/) : [];
    const last = words[words.length - 1];
    if (last === undefined) continue;
    for (const form of surnameForms(last)) {
      let set = byWord.get(form);
      if (!set) byWord.set(form, (set = new Set()));
      set.add(key);
    }
  }
  const result: Mention[] = [];
  for (const single of singles) {
    const paragraph = paragraphs[single.para] as ScannedParagraph;
    const keys = byWord.get(single.token.norm);
    const key = keys && keys.size === 1 ? ([...keys][0] as string) : keys ? latestBefore(persons, keys, single) : undefined;
    if (key !== undefined) {
      const ref = refs.get(key) as EntityRef;
      result.push(mentionOf(paragraph, single.index, single.index + 1, ref, false, single.country));
    } else if (single.person) {
      result.push(mentionOf(paragraph, single.index, single.index + 1, { kind: 'found', type: 'person', name: single.token.text }, true, single.country));
    }
  }
  return result;
}

/**
 * Of several people sharing a surname, the one named in full last before a
 * one-word mention ("Tarkhan Batirashvili ... Batirashvili, 30, ..." before "his
 * father, Teimuraz Batirashvili" comes up).
 * @param persons Person mentions in text order.
 * @param keys Keys of the people the surname may stand for.
 * @param single The one-word mention.
 * @returns The key of the person last named before it, or undefined.
 */
function latestBefore(persons: readonly Mention[], keys: ReadonlySet<string>, single: SingleName): string | undefined {
  let best: Mention | undefined;
  for (const person of persons) {
    const before = person.para < single.para || (person.para === single.para && person.end <= single.index);
    if (!before || !keys.has(refKey(person.ref))) continue;
    if (!best || person.para > best.para || (person.para === best.para && person.start > best.start)) best = person;
  }
  return best === undefined ? undefined : refKey(best.ref);
}

/**
 * The one-word forms a surname may take alone ("al-Baghdadi" or "Baghdadi").
 * @param word The last word of a full name.
 * @returns Normalised forms.
 */
function surnameForms(word: string): string[] {
  const norm = word.toLowerCase().replace(/[’ʼ]/g, "'");
  const forms = [norm];
  const bare = norm.replace(/^(?:al|el|ad|ar|as|ash|at|az|an)-/, '');
  if (bare !== norm) forms.push(bare);
  // A Cyrillic surname, matched by its transliterated key, in the nominative and the
  // genitive a man's surname takes ("Осмоналиев", "по словам Осмоналиева").
  if (/^[\u0400-\u04ff]/u.test(word)) {
    forms.push(normalizeToken(word));
    if (/(?:ов|ев|ёв|ин|ын)$/u.test(norm)) forms.push(normalizeToken(`${word}а`));
    else if (/(?:ов|ев|ёв|ин|ын)а$/u.test(norm)) forms.push(normalizeToken(word.slice(0, -1)));
  }
  return forms;
}

/**
 * Acronyms defined in brackets next to a found entity ("the Union of X (UX)",
 * "UX (Union of X)"), and their later bare uses.
 * @param paragraphs Scanned paragraphs.
 * @param mentions Mentions found so far.
 * @returns New mentions of the acronyms (and of the names spelling them), and the known bodies' mentions that a longer
 *   name spelling its acronym holds ("l'État islamique au Grand Sahara (EIGS)" holds "État islamique").
 */
function acronymMentions(paragraphs: readonly ScannedParagraph[], mentions: readonly Mention[]): { added: Mention[]; replaced: Set<Mention> } {
  let index: MentionIndex | undefined; // built at the first bracket: most articles have none
  const defined = new Map<string, EntityRef>();
  const result: Mention[] = [];
  const replaced = new Set<Mention>();
  const redefined = new Set<string>();
  for (const paragraph of paragraphs) {
    const tokens = paragraph.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i]?.text !== '(') continue;
      index ??= indexMentions(mentions);
      const { byEnd, byStart, taken } = index;
      const inner = tokens[i + 1] as Token;
      // "Name (ACR)"
      // ("the Central Police Station (CPS)": a name that spells an acronym the gazetteer knows for another body
      // defines it here, and the gazetteer's reading of it gives way.)
      const knownAcronym = paragraph.cover[i + 1] !== -1 ? byStart.get(tokenPosition(paragraph.index, i + 1)) : undefined;
      const beforeBracket = byEnd.get(tokenPosition(paragraph.index, i));
      const redefines = knownAcronym !== undefined && knownAcronym.end === i + 2 && beforeBracket !== undefined && spellsAcronym(paragraph, beforeBracket.start, beforeBracket.end, inner.text);
      // ("the Western Mindanao Command (Westmincom)": a short form made of the name's first syllables.)
      const syllabic = tokens[i + 2]?.text === ')' && paragraph.cover[i + 1] === -1 && beforeBracket?.type === 'organization'
        && isSyllabicShortForm(paragraph, beforeBracket.start, beforeBracket.end, inner.text);
      if (tokens[i + 2]?.text === ')' && (isAcronymToken(inner) || syllabic) && (paragraph.cover[i + 1] === -1 || redefines)) {
        if (redefines && knownAcronym) {
          replaced.add(knownAcronym);
          redefined.add(inner.text);
        }
        let owner = byEnd.get(tokenPosition(paragraph.index, i));
        // "Nordic Centre for Peace Studies – Oslo (NCPS)": the name before the dash
        // spells the acronym, not the place after it.
        if (owner && !spellsAcronym(paragraph, owner.start, owner.end, inner.text)) {
          const dash = paragraph.tokens[owner.start - 1];
          const named = dash && /^[-–—,]$/u.test(dash.text) ? byEnd.get(tokenPosition(paragraph.index, owner.start - 1)) : undefined;
          if (named && spellsAcronym(paragraph, named.start, named.end, inner.text)) owner = named;
        }
        // "the Inter-Services Public Relations (ISPR)": words whose initials spell the acronym name a body.
        // ("la Communauté des Églises de Pentecôte en Afrique centrale (CEPAC)": a body's name may close with a place's,
        // the place found before the bracket then no owner of the acronym.)
        const placeOwner = owner !== undefined && owner.type === 'place' && !spellsAcronym(paragraph, owner.start, owner.end, inner.text);
        const spelled = owner && !placeOwner ? -1 : spelledBy(paragraph, i, inner.text, placeOwner);
        if (placeOwner && spelled >= 0) owner = undefined;
        if (spelled >= 0) {
          const name = paragraph.text.slice(tokens[spelled]?.start ?? 0, tokens[i - 1]?.end ?? 0);
          owner = mentionOf(paragraph, spelled, i, { kind: 'found', type: 'organization', name }, true);
          result.push(owner);
          for (const held of mentions) if (held.para === paragraph.index && held.start >= spelled && held.end <= i) replaced.add(held);
        }
        if (owner) {
          defined.set(inner.text, owner.ref);
          result.push(mentionOf(paragraph, i + 1, i + 2, owner.ref, true, owner.country));
          taken.add(tokenPosition(paragraph.index, i + 1));
        }
        continue;
      }
      // "UN Counter-Terrorism Executive Directorate (UN CTED)": a two-word acronym, the first word kept as written.
      const second = tokens[i + 2];
      const named = byEnd.get(tokenPosition(paragraph.index, i));
      if (second && tokens[i + 3]?.text === ')' && named && isAcronymToken(inner) && isAcronymToken(second)
        && tokens[named.start]?.text === inner.text && spellsAcronym(paragraph, named.start + 1, named.end, second.text)) {
        result.push(mentionOf(paragraph, i + 1, i + 3, named.ref, true, named.country));
        continue;
      }
      // "ACR (Name)"
      const before = tokens[i - 1];
      const owner = byStart.get(tokenPosition(paragraph.index, i + 1));
      if (before && isAcronymToken(before) && paragraph.cover[i - 1] === -1 && owner && tokens[owner.end]?.text === ')') {
        defined.set(before.text, owner.ref);
        result.push(mentionOf(paragraph, i - 1, i, owner.ref, true, owner.country));
        taken.add(tokenPosition(paragraph.index, i - 1));
      }
    }
  }
  if (defined.size === 0 || !index) return { added: result, replaced };
  const { taken } = index;
  for (const paragraph of paragraphs) {
    paragraph.tokens.forEach((token, i) => {
      const ref = defined.get(token.text);
      if (!ref) return;
      if (paragraph.cover[i] !== -1) {
        const known = redefined.has(token.text) ? mentions.find((mention) => mention.para === paragraph.index && mention.start === i && mention.end === i + 1) : undefined;
        if (known === undefined || replaced.has(known)) return;
        replaced.add(known);
      } else if (taken.has(tokenPosition(paragraph.index, i))) {
        // ("Westmincom spokesman X": a body found by its context under the short form defined in brackets is that body.)
        const found = mentions.find((mention) => mention.para === paragraph.index && mention.start === i && mention.end === i + 1);
        if (found === undefined || found.ref.kind !== 'found' || found.type !== 'organization' || replaced.has(found)) return;
        replaced.add(found);
      }
      result.push(mentionOf(paragraph, i, i + 1, ref, true));
    });
  }
  return { added: result, replaced };
}

/** Mentions by where they start and end (see `tokenPosition`), and the token positions taken by a mention. */
interface MentionIndex {
  byEnd: Map<number, Mention>;
  byStart: Map<number, Mention>;
  taken: Set<number>;
}

/**
 * Index mentions by position (the last mention at a position wins).
 * @param mentions Mentions.
 * @returns The index.
 */
function indexMentions(mentions: readonly Mention[]): MentionIndex {
  const index: MentionIndex = { byEnd: new Map(), byStart: new Map(), taken: new Set() };
  for (const mention of mentions) {
    index.byEnd.set(tokenPosition(mention.para, mention.end), mention);
    index.byStart.set(tokenPosition(mention.para, mention.start), mention);
    index.taken.add(tokenPosition(mention.para, mention.start));
  }
  return index;
}

/**
 * One number for a token position of the article.
 * @param para Paragraph index.
 * @param token Token index in the paragraph (below 2^21).
 * @returns A key unique to the position.
 */
function tokenPosition(para: number, token: number): number {
  return para * 2 ** 21 + token;
}

/** Lower-case words an acronym may skip ("Ministry of Internal Affairs" -> MIA). */
const ACRONYM_SKIPPED: ReadonlySet<string> = new Set([
  'of', 'for', 'and', 'the', 'on', 'in', '&',
  // French and Spanish joining words ("Volontaires pour la défense de la patrie (VDP)")
  'de', 'du', 'des', 'la', 'le', 'les', 'pour', 'et', 'a', 'au', 'aux', 'en', "l'", "d'", 'del', 'y', 'el', 'para', 'por',
]);

/** A French elided article or preposition glued to a word ("l'islam", "d'Al-Qaïda"): no part of its initial. */
const ELISION = /^[ldjnmst]['’]/iu;

/**
 * @param token A word of a body's name.
 * @returns Its initial, an elided article left out ("l'islam" -> "i").
 */
function initialOf(token: Token): string {
  return withoutAccent(token.text.replace(ELISION, '').charAt(0));
}

/**
 * @param letter A letter.
 * @returns It without its accent ("É" -> "E"): "État islamique au Grand Sahara" spells EIGS.
 */
function withoutAccent(letter: string): string {
  return letter.normalize('NFD').charAt(0);
}

/**
 * Where the capitalised words right before `end` start whose initials (or the
 * initials of their hyphenated parts) spell an acronym: "Inter-Services Public
 * Relations" for ISPR. The words must be free (no gazetteer match) and start with a capital,
 * except a known body's name that free capitalised words continue ("État islamique" in
 * "l'État islamique au Grand Sahara (EIGS)"): the longer name is the body the acronym names.
 * @param paragraph A scanned paragraph.
 * @param end Index of the "(" before the acronym.
 * @param acronym The acronym as written.
 * @param placeLast Whether a known place may close the name ("... en Afrique centrale (CEPAC)").
 * @returns The first word's index, or -1.
 */
function spelledBy(paragraph: ScannedParagraph, end: number, acronym: string, placeLast = false): number {
  const target = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (target.length < 3) return -1;
  let whole = '';
  let parts = '';
  let freeCapitals = 0;
  // French writes a body's name with one capital ("Groupe de soutien à l'islam et aux musulmans (GSIM)"): words in
  // lower case may stand inside it, but the first is capitalised and opens no sentence.
  for (let k = end - 1; k >= 0 && end - k <= 12; k--) {
    const token = paragraph.tokens[k] as Token;
    if (!token.word) return -1;
    const covering = paragraph.matches[paragraph.cover[k] ?? -1];
    const closingPlace = placeLast && covering !== undefined && covering.end === end && covering.targets.every((target) => target.kind !== 'organization');
    if (covering && !closingPlace && (freeCapitals === 0 || !covering.targets.every((target) => target.kind === 'organization'))) return -1;
    if (ACRONYM_SKIPPED.has(token.norm) && !isCapitalizedWord(token)) continue;
    if (!covering && isCapitalizedWord(token)) freeCapitals++;
    if (!isCapitalizedWord(token) && !/^\p{Ll}/u.test(initialOf(token))) return -1;
    whole = (initialOf(token) + whole).toUpperCase();
    parts = (token.text.replace(ELISION, '').split('-').map((part) => withoutAccent(part.charAt(0))).join('') + parts).toUpperCase();
    if (whole === target || parts === target) {
      // (the lower-case words of a known body's name inside it are no sign of a sentence's opening phrase)
      const lower = paragraph.tokens.slice(k, end).some((word, offset) => word.word && !isCapitalizedWord(word) && !ACRONYM_SKIPPED.has(word.norm) && paragraph.cover[k + offset] === -1);
      return isCapitalizedWord(token) && !(lower && paragraph.sentenceStart[k] === true) ? k : -1;
    }
    if (whole.length > target.length && parts.length > target.length) return -1;
  }
  return -1;
}

/**
 * Whether the words of a mention spell an acronym by their initials (or the initials of
 * their hyphenated parts), small joining words skipped: "Nordic Centre for
 * Peace Studies" spells NCPS.
 * @param paragraph A scanned paragraph.
 * @param start Index of the mention's first token.
 * @param end Index just past its last token.
 * @param acronym The acronym as written.
 * @returns True when the initials spell it.
 */
function spellsAcronym(paragraph: ScannedParagraph, start: number, end: number, acronym: string): boolean {
  const target = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  let whole = '';
  let parts = '';
  for (let k = start; k < end; k++) {
    const token = paragraph.tokens[k] as Token;
    if (!token.word || (ACRONYM_SKIPPED.has(token.norm) && !isCapitalizedWord(token))) continue;
    whole += token.text.charAt(0).toUpperCase();
    parts += token.text.split('-').map((part) => part.charAt(0)).join('').toUpperCase();
  }
  return whole === target || parts === target;
}

/**
 * Whether a capitalised word is a short form made of the first letters of a
 * name's words, two or more of them, in order ("Westmincom" of "Western
 * Mindanao Command", "Europol" of "European Police Office"): the first word
 * gives two letters or more, later words may give none.
 * @param paragraph The paragraph.
 * @param start First token of the name.
 * @param end Index past its last.
 * @param short The short form.
 * @returns True when the name's words spell it so.
 */
function isSyllabicShortForm(paragraph: ScannedParagraph, start: number, end: number, short: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(short)) return false;
  const words = paragraph.tokens.slice(start, end).filter((token) => token.word && !(ACRONYM_SKIPPED.has(token.norm) && !isCapitalizedWord(token))).map((token) => token.text.toLowerCase());
  const target = short.toLowerCase();
  const spell = (at: number, word: number, used: number): boolean => {
    if (at === target.length) return used >= 2;
    const text = words[word];
    if (text === undefined) return false;
    const longest = Math.min(text.length, target.length - at);
    for (let n = longest; n >= (word === 0 ? 2 : 1); n--) {
      if (text.slice(0, n) === target.slice(at, at + n) && spell(at + n, word + 1, used + 1)) return true;
    }
    return word > 0 && spell(at, word + 1, used);
  };
  return words.length >= 2 && spell(0, 0, 0);
}

/**
 * Whether a token looks like an acronym (GKNB, IS-K, RFE/RL).
 * @param token A token.
 * @returns True for acronyms of two to eight letters.
 */
function isAcronymToken(token: Token): boolean {
  const letters = token.text.replace(/[^\p{L}]/gu, '');
  return token.word && letters.length >= 2 && letters.length <= 8 && (isAllCaps(token.text) || isAcronymWord(token.text));
}

/** Mentions grouped into one entity. */
interface Group {
  key: string;
  ref: EntityRef;
  mentions: Mention[];
}

/**
 * Group mentions into entities: name, aliases, country, id.
 * @param mentions Mentions in text order.
 * @returns Entities in order of first mention.
 */
export function assembleEntities(mentions: readonly Mention[]): ArticleEntity[] {
  const groups = new Map<string, Group>();
  for (const mention of mentions) {
    const key = refKey(mention.ref);
    const group = groups.get(key);
    if (group) group.mentions.push(mention);
    else groups.set(key, { key, ref: mention.ref, mentions: [mention] });
  }
  mergePersonReadingsOfPlaces(groups);
  mergePartialNames(groups);
  const entities: ArticleEntity[] = [];
  const byId = new Map<string, ArticleEntity>();
  for (const group of groups.values()) {
    // "the Russian special services", "Tajikistan's border guard service": a body
    // only ever described, never named, is no entity.
    if (group.mentions.every((mention) => mention.unnamed === true)) continue;
    const entity = entityOf(group);
    const same = byId.get(entity.id);
    if (same && same.type === entity.type) {
      for (const alias of [entity.name, ...entity.aliases]) addAlias(same, alias);
      continue;
    }
    if (same) entity.id = `${entity.id}-${entity.type}`;
    byId.set(entity.id, entity);
    entities.push(entity);
  }
  return withoutTownAliasesOfVenues(entities);
}

/**
 * A venue named after its town ("the Ulu Tiram police station") keeps the bare town as an
 * alias only where the town is no entity of its own in the article ("Ulu Tiram, a suburb
 * of ..."): otherwise the town's form would merge the two across the corpus.
 * @param entities The article's entities.
 * @returns The same entities, venues copied without such an alias.
 */
function withoutTownAliasesOfVenues(entities: ArticleEntity[]): ArticleEntity[] {
  const places = new Set(entities.filter((entity) => entity.type === 'place').map((entity) => slugify(entity.name)));
  return entities.map((entity) => {
    const head = entity.name.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    if (entity.type !== 'place' || !VENUE_SUFFIXES.has(head)) return entity;
    const aliases = entity.aliases.filter((alias) => !places.has(slugify(alias)));
    return aliases.length === entity.aliases.length ? entity : { ...entity, aliases };
  });
}

/**
 * A name of two words or more read as a person where nothing said so but its
 * words, and as a place where the text introduced it ("à Ben Guerdane", then
 * "Ben Guerdane, une ville de ..."): one place. A place is only found with an
 * introducer; a person of that very name beside it is the weaker reading.
 * @param groups Groups by key (changed in place).
 */
function mergePersonReadingsOfPlaces(groups: Map<string, Group>): void {
  // "the Manda Bay airfield" names the place "Manda Bay" too: every form a found place is written in.
  const placeForms = new Map<string, Group>();
  for (const group of groups.values()) {
    if (group.ref.kind !== 'found' || group.ref.type !== 'place') continue;
    for (const mention of group.mentions) placeForms.set(slugify(mention.surface), group);
  }
  if (placeForms.size === 0) return;
  for (const group of [...groups.values()]) {
    if (group.ref.kind !== 'found' || group.ref.type !== 'person' || !group.ref.name.includes(' ')) continue;
    // A surname's own ending is evidence of a person ("Халил Халилов", "Ruslan Akhmedov"); a Cyrillic reading is left alone.
    if (!/^[\p{Script=Latin}\s'’.-]+$/u.test(group.ref.name) || STRONG_SURNAME_ENDING.test(group.ref.name)) continue;
    const place = placeForms.get(slugify(group.ref.name));
    if (place === undefined) continue;
    place.mentions.push(...group.mentions.map((mention) => ({ ...mention, ref: place.ref, type: 'place' as const })));
    place.mentions.sort((a, b) => a.para - b.para || a.start - b.start);
    groups.delete(group.key);
  }
}

/** Religious and traditional styles that may stand before a one-word name ("Mullah Omar", "Sheikh Mansur"). */
const NAME_STYLES: ReadonlySet<string> = new Set([
  'mullah', 'mulla', 'sheikh', 'shaykh', 'sheik', 'imam', 'mufti', 'emir', 'amir', 'maulana', 'mawlawi', 'maulvi', 'haji', 'hajji', 'ustaz',
]);

/**
 * Merge a person's partial name into the one fuller name that contains it
 * ("Mu'adh al-Muhajir" into "Abu Mu'adh al-Muhajir").
 * @param groups Groups by key (changed in place).
 */
function mergePartialNames(groups: Map<string, Group>): void {
  const persons = [...groups.values()].filter((group) => group.ref.kind === 'found' && group.ref.type === 'person');
  const wordsOf = new Map(persons.map((group) => [group, nameWords(group)]));
  for (const short of persons) {
    // "Mullah Omar" is the partial form of "Mohammad Omar": the style is no part of the comparison.
    const styled = wordsOf.get(short) ?? [];
    const shortWords = styled.length === 2 && NAME_STYLES.has(styled[0] as string) ? styled.slice(1) : styled;
    const fuller = persons.filter((other) => {
      const otherWords = wordsOf.get(other) ?? [];
      if (other === short || otherWords.length <= shortWords.length) return false;
      const tail = otherWords.slice(otherWords.length - shortWords.length).join(' ');
      const head = otherWords.slice(0, shortWords.length).join(' ');
      return tail === shortWords.join(' ') || (head === shortWords.join(' ') && shortWords.length >= 2);
    });
    if (fuller.length !== 1) continue;
    const target = fuller[0] as Group;
    target.mentions.push(...short.mentions.map((mention) => ({ ...mention, ref: target.ref, nameCandidate: false })));
    groups.delete(short.key);
  }
}

/**
 * The lower-case words of a found person's name.
 * @param group A group of mentions.
 * @returns The words ("abu", "mu'adh", "al-muhajir"), or none for a knowledge entry.
 */
function nameWords(group: Group): string[] {
  return group.ref.kind === 'found' ? group.ref.name.toLowerCase().split(/\s+/) : [];
}

/**
 * Build the entity of a group.
 * @param group Mentions of one entity.
 * @returns The entity.
 */
function entityOf(group: Group): ArticleEntity {
  const { ref, mentions } = group;
  const surfaces = uniqueForms(mentions.filter((mention) => mention.descriptive !== true).map((mention) => mention.surface));
  const candidates = uniqueForms(mentions.filter((mention) => mention.nameCandidate).map((mention) => mention.surface));
  let id: string;
  let name: string;
  let country: string | undefined;
  switch (ref.kind) {
    case 'org':
    case 'place': {
      id = ref.entry.id;
      const canonical = ref.entry.name;
      // ("the Islamic State group": the canonical name with a generic noun after it is the canonical name used.)
      const used = candidates.some((form) => sameForm(form, canonical) || (GENERIC_BODY_TAIL.test(form) && sameForm(form.replace(GENERIC_BODY_TAIL, ''), canonical)));
      const written = longest(candidates);
      name = used || candidates.length === 0 ? canonical : russianListedName(written, canonical, ref.entry.aliases) ?? uninflected(written, ref.entry.aliases);
      country = ref.entry.country ?? firstCountry(mentions);
      break;
    }
    case 'instance':
      name = `${ref.generic.name} of ${countryPhrase(ref.country.name)}`;
      id = slugify(name);
      country = ref.country.code;
      break;
    case 'country':
      id = ref.entry.id;
      name = ref.entry.name;
      country = ref.entry.code;
      break;
    case 'city':
      name = ref.entry.name;
      id = slugify(name);
      country = ref.entry.country;
      break;
    case 'found':
      name = ref.type === 'person' ? fullestName(candidates.length > 0 ? inNominative(candidates, mentions) : [ref.name]) : ref.name;
      id = slugify(name) || 'unnamed';
      country = ref.country ?? firstCountry(mentions);
      break;
  }
  const entity: ArticleEntity = { id, name, type: mentions[0]?.type ?? 'place', aliases: [] };
  for (const surface of surfaces) addAlias(entity, surface);
  const unstyled = ref.kind === 'found' && ref.type === 'person' ? unstyledAlias(name) : undefined;
  if (unstyled !== undefined) addAlias(entity, unstyled);
  // "Armenia's Ministry of Justice": the office as the text writes it, without its country, is a name too.
  if (ref.kind === 'instance') for (const surface of surfaces) addAlias(entity, officeWithoutCountry(surface, ref.country.names));
  if (country !== undefined) entity.country = country;
  return entity;
}

/**
 * Name forms with each one the text writes in a case replaced by its nominative
 * (`Mention.nominative`); the written forms stay aliases.
 * @param forms The forms that may name the entity.
 * @param mentions The entity's mentions.
 * @returns The forms, in the nominative where it is known.
 */
function inNominative(forms: readonly string[], mentions: readonly Mention[]): string[] {
  const nominatives = new Map(mentions.flatMap((mention) => (mention.nominative === undefined ? [] : [[mention.surface, mention.nominative] as const])));
  return nominatives.size === 0 ? [...forms] : uniqueForms(forms.map((form) => nominatives.get(form) ?? form));
}

/**
 * The name a knowledge entry lists for a Russian form the text writes in a case
 * form: the first Cyrillic alias whose words have the same stems ("Иссык-Кульской
 * области" -> "Иссык-Кульская область", "Москве" -> "Москва"); for one word that no
 * alias lists, the canonical name ("Кабуле", found by its transliteration, ->
 * "Kabul"). The written form stays an alias.
 * @param name The form the text writes.
 * @param canonical The entry's canonical name.
 * @param aliases The entry's aliases.
 * @returns The listed name, or undefined for a name not in Cyrillic or listed as written.
 */
function russianListedName(name: string, canonical: string, aliases: readonly string[]): string | undefined {
  if (!isCyrillicWord(name)) return undefined;
  const stems = wordStems(name);
  const listed = aliases.find((alias) => isCyrillicWord(alias) && wordStems(alias) === stems);
  if (listed !== undefined) return listed;
  return name.includes(' ') || aliases.some((alias) => sameForm(alias, name)) ? undefined : canonical;
}

/**
 * The stems of a Russian name's words (`russianWordStem`), joined by spaces.
 * @param name A name.
 * @returns The stems ("Ближнем Востоке" -> `blizhn vostok`).
 */
function wordStems(name: string): string {
  return name.split(/\s+/u).map((word) => russianWordStem(normalizeToken(word))).join(' ');
}

/**
 * A body's name without a German genitive ending when the knowledge lists the bare
 * form ("Bundeskriminalamts" -> "Bundeskriminalamt"); the written form stays an alias.
 * @param name The name as the text writes it.
 * @param aliases The knowledge entry's aliases.
 * @returns The bare name, or the name as written.
 */
function uninflected(name: string, aliases: readonly string[]): string {
  if (!/\p{Ll}e?s$/u.test(name) || name.includes(' ')) return name;
  return [name.slice(0, -1), name.slice(0, -2)].find((form) => aliases.some((alias) => alias === form)) ?? name;
}

/**
 * An office's name without the country bound to it: "Armenia's Ministry of Justice"
 * and "the Ministry of Justice of Armenia" -> "Ministry of Justice"; a demonym
 * ("Kyrgyz Interior Ministry") stays, as part of how the text names it.
 * @param surface A surface form of a country's office.
 * @param countryNames The country's spellings.
 * @returns The form without the country's possessive before it or "of <Country>" after it.
 */
function officeWithoutCountry(surface: string, countryNames: readonly string[]): string {
  let form = surface.trim();
  for (const country of countryNames) {
    if (!form.includes(country)) continue;
    const escaped = country.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    form = form.replace(new RegExp(`^(?:the\\s+)?${escaped}['’]s?\\s+(?=\\p{Lu})`, 'u'), '').replace(new RegExp(`\\s+of\\s+(?:the\\s+)?${escaped}$`, 'u'), '');
  }
  return form;
}

/**
 * A country's name as it follows "of": with "the" where English puts one
 * ("the United States", "the Netherlands", "the Kyrgyz Republic").
 * @param name The country's common name.
 * @returns The phrase.
 */
export function countryPhrase(name: string): string {
  const needsThe = /^(?:United|Czech Republic|Dominican|Central African)\b|(?:Republic|Islands|Emirates|Kingdom|States|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)$/.test(name);
  return needsThe ? `the ${name}` : name;
}

/**
 * Add a form to an entity's aliases unless it is its name, a known alias, or a
 * lower-case description ("security service").
 * @param entity The entity (changed in place).
 * @param form A surface form.
 */
function addAlias(entity: ArticleEntity, form: string): void {
  if (!/\p{Lu}|\d/u.test(form)) return;
  const key = formKey(form);
  if (key === formKey(entity.name) || entity.aliases.some((alias) => formKey(alias) === key)) return;
  entity.aliases.push(form);
}

/**
 * Whether two forms are the same name (case, apostrophes and white space aside).
 * @param a A form.
 * @param b Another.
 * @returns True when equal after normalising.
 */
function sameForm(a: string, b: string): boolean {
  return formKey(a) === formKey(b);
}

/**
 * The comparison key of a form.
 * @param form A form.
 * @returns Lower case, plain apostrophes, single spaces.
 */
function formKey(form: string): string {
  const lower = form.toLowerCase();
  // Most forms have plain apostrophes and single inner spaces: lower case is their key.
  if (!IRREGULAR_FORM.test(lower)) return lower;
  return lower.replace(/[’ʼ‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** What `formKey` must rewrite: a typographic apostrophe, white space other than one inner space. */
const IRREGULAR_FORM = /[’ʼ‘]|\s\s|[^\S ]|^\s|\s$/;

/**
 * Distinct forms, first-seen order.
 * @param forms Forms.
 * @returns Forms without repeats (by `sameForm`).
 */
function uniqueForms(forms: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const form of forms) {
    const key = formKey(form);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(form);
  }
  return result;
}

/**
 * The longest form (first on a tie).
 * @param forms Non-empty list of forms.
 * @returns The longest.
 */
function longest(forms: readonly string[]): string {
  return forms.reduce((best, form) => (form.length > best.length ? form : best), forms[0] ?? '');
}

/** A generic noun written after a body's name, no part of it: "(the Islamic State) group", "(Hezbollah) movement". */
const GENERIC_BODY_TAIL = /\s+(?:(?:militant|terrorist|terror|jihadist|extremist|armed|rebel)\s+)?(?:group|movement|organi[sz]ation|network|militia)$/iu;

/**
 * The fullest personal name: most words, then longest.
 * @param forms Non-empty list of forms.
 * @returns The fullest.
 */
function fullestName(forms: readonly string[]): string {
  return forms.reduce((best, form) => (wordCount(form) > wordCount(best) || (wordCount(form) === wordCount(best) && form.length > best.length) ? form : best), forms[0] ?? '');
}

/**
 * The number of words of a form.
 * @param form A form.
 * @returns Its white-space separated parts.
 */
function wordCount(form: string): number {
  return form.split(/\s+/).length;
}

/**
 * The first country evidence among mentions.
 * @param mentions Mentions of one entity.
 * @returns An ISO code, or undefined.
 */
function firstCountry(mentions: readonly Mention[]): string | undefined {
  return mentions.find((mention) => mention.country !== undefined)?.country;
}
