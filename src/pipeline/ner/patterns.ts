/**
 * Names the gazetteers do not know, found by their shape and context.
 *
 * The text is cut into chunks: runs of capitalised words and gazetteer matches,
 * joined by "of", "for", "and", "the" and name particles, broken by other
 * punctuation and by a possessive. Each chunk is then read as:
 *
 * 1. a title followed by a name: "Kyrgyz Deputy Prime Minister Bakyt Ormonov"
 *    splits after the last title word; the words after it are a person;
 * 2. an organization when it holds a head noun ("Department for Combating
 *    Organized Crime", "Islamic Jihad Union"); country qualifiers in front
 *    ("Tajik ...") are kept apart and give the body's country, unless the rest
 *    would be a bare fragment ("Swedish Police Authority", "Turkish Airlines");
 *    a place before "on"/"in" is cut off ("Istanbul on Turkish Airlines");
 * 3. otherwise runs of plain capitalised words between gazetteer matches, each
 *    a person when the context says so: a title or role before it ("political
 *    analyst X Y", "Russia's head of Security Council X Y", "Uzbek migrant X Y"),
 *    an apposition after it ("X Y, the head of ...", "X Y, a Belgian woman"), a
 *    speech verb ("X Y said"), "according to X Y", "identified as X Y", a known
 *    given name, a Slavic or Central Asian surname ending, an Arabic name form
 *    ("Abu Mu'adh al-Muhajir"), an initial ("Vernon S. Broderick", "Farrukh S.");
 *    an employer after "worked for" ("worked for Uber"); or a place when
 *    introduced as one ("the region of X", "X province", "the X gun shop",
 *    "X, a suburb north of ...", "residents of X", "the districts are A, B and C").
 *
 * A city followed by a court in lower case names that court ("the Stockholm
 * district court"); a city followed by "region" names its region.
 *
 * One-word runs are kept aside: the entity stage links them to a person whose
 * surname they are, or accepts them alone only with strong evidence.
 * Names after "By" or "--" (bylines) and the article's author are skipped.
 */
import type { Knowledge, PhraseTarget } from '../knowledge.ts';
import { qualifierBefore, qualifierInRole, type ArticleContext } from './context.ts';
import { knownMentionAt, mentionOf, type KnownMentions } from './known.ts';
import {
  HONORIFICS,
  KUNYA_WORDS,
  LEADING_NOISE,
  LOWERCASE_ORG_HEADS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NAMING_WORDS,
  PERSON_OBJECT_VERBS,
  GROUP_ADJECTIVES,
  NEVER_NAMES,
  RUSSIAN_SENTENCE_OPENERS,
  isOrgHead,
  isCompoundOrgHead,
  GERMAN_ARTICLES,
  ORG_INTRODUCERS,
  ORG_SUFFIXES,
  PATRONYMICS,
  PERSON_NOUNS,
  POST_NOMINALS,
  ORG_PREFIXES,
  PLACE_HEADS,
  PLACE_APPOSITION_FOLLOWERS,
  ROMANCE_PLACE_APPOSITION_FOLLOWERS,
  ROMANCE_PLACE_APPOSITION_NOUNS,
  PLACE_APPOSITION_NOUNS,
  PLACE_INTRODUCERS,
  PLACE_LIST_NOUNS,
  PLACE_LIST_OPENERS,
  PLACE_SUFFIXES,
  REGION_SUFFIXES,
  ROLE_NOUNS,
  ROLE_WORDS,
  SPEECH_FILLERS,
  SPEECH_VERBS,
  STRONG_SURNAME_ENDING,
  SURNAME_ENDING,
  TITLE_WORDS,
  isTitleToken,
  VENUE_SUFFIXES,
  WEAK_SPEECH_VERBS,
  WEEKDAYS,
  PLACE_OF_WORDS,
  isPrefixedTitle,
  ORG_SUFFIXES_IN_NAME,
} from './lexicon.ts';
import { cyrillicStem, inflectionKeys, isCyrillicWord, russianNominative, russianWordStem } from './inflection.ts';
import { isDistinctSound, soundKey } from './sound-key.ts';
import { countryOfRussianAdjective } from './russian-country-adjectives.ts';
import { russianNameInCase, russianTitleBefore } from './russian-titles.ts';
import type { EntityRef, Mention } from './mention.ts';
import { RUSSIAN_VILLAGE_NOUN, type PhraseMatch, type ScannedParagraph } from './scan.ts';
import { compoundEnding, languageVocabulary } from '../lib/language-vocabulary.ts';
import { isAcronymWord, isAllCaps, isCapitalized, normalizeToken, type Token } from './tokens.ts';

/** A one-word name candidate, to be linked to a full name later. */
export interface SingleName {
  para: number;
  index: number;
  token: Token;
  /** Strong evidence that it is a person on its own (honorific, or surname shape with a role or speech verb). */
  person: boolean;
  /** Country evidence from its role. */
  country?: string;
}

/** What the pattern pass found. */
export interface PatternMentions {
  mentions: Mention[];
  singles: SingleName[];
  /** Gazetteer mentions that a person's name absorbed ("Jordan" in "Jordan Smith"). */
  absorbed: Set<Mention>;
}

/** A piece of a chunk: one word, or one gazetteer match. */
interface Unit {
  start: number;
  end: number;
  /** The word, for word units. */
  token?: Token;
  /** The match, for match units. */
  match?: PhraseMatch;
  /** The mention the match resolved to, if any. */
  mention?: Mention;
}

/** Shared inputs of the pass. */
interface PassState {
  paragraph: ScannedParagraph;
  context: ArticleContext;
  knowledge: Knowledge;
  known: KnownMentions;
  author: string | null;
  out: PatternMentions;
  /** Organizations found by pattern in this paragraph, by the index past their last token. */
  foundByEnd: Map<number, Mention>;
  /** Tokens a reader has already given to a name, that no chunk may take again. */
  taken: Set<number>;
}

/**
 * Find pattern mentions in every paragraph.
 * @param paragraphs Scanned paragraphs.
 * @param context Country context.
 * @param known Gazetteer mentions.
 * @param knowledge Word lists (given names, common words).
 * @param author The article's author (never an entity of its own article).
 * @returns Mentions, one-word candidates and absorbed gazetteer mentions.
 */
export function findPatternMentions(
  paragraphs: readonly ScannedParagraph[],
  context: ArticleContext,
  known: KnownMentions,
  knowledge: Knowledge,
  author: string | null,
): PatternMentions {
  const out: PatternMentions = { mentions: [], singles: [], absorbed: new Set() };
  for (const paragraph of paragraphs) {
    const state: PassState = { paragraph, context, knowledge, known, author, out, foundByEnd: new Map(), taken: new Set() };
    readCityRegions(state);
    readPlacePolice(state);
    readNationalRedCross(state);
    readCityParts(state);
    readCityCourts(state);
    readEmbassies(state);
    readFrenchCourts(state);
    readFrenchNationalBodies(state);
    readNicknamedPersons(state);
    readSelfNamedGroups(state);
    readCyrillicBodies(state);
    readRussianQuotedVenues(state);
    readRussianStreetPlaces(state);
    readRussianRegions(state);
    readRussianCountryPlaces(state);
    readRussianPlacesInPart(state);
    for (const chunk of chunks(state)) readChunk(state, chunk);
  }
  return out;
}

/**
 * @param ref What a gazetteer mention names.
 * @returns Whether it is a city: of the gazetteer, or of the knowledge files.
 */
function isCityRef(ref: EntityRef): ref is Extract<EntityRef, { kind: 'city' }> | Extract<EntityRef, { kind: 'place' }> {
  return ref.kind === 'city' || (ref.kind === 'place' && ref.entry.category === 'city');
}

/**
 * A city followed by "region" or "province" names the region around it, a place
 * of its own ("the Tashkent region"); a province of the knowledge files is
 * already one ("Batken region").
 * @param state Pass state.
 */
function readCityRegions(state: PassState): void {
  const { paragraph } = state;
  paragraph.matches.forEach((match, m) => {
    const suffix = paragraph.tokens[match.end];
    if (!suffix || isCapitalized(suffix) || !(REGION_SUFFIXES.has(suffix.norm) || suffix.norm === 'valley')) return;
    const mention = knownMentionAt(state.known, paragraph.index, m);
    const ref = mention?.ref;
    // ("the Kashmir valley": a region's valley is a place of its own too.)
    const valley = suffix.norm === 'valley' && ref?.kind === 'place';
    if (!mention || !ref || (!isCityRef(ref) && !valley) || (ref.kind !== 'city' && ref.kind !== 'place')) return;
    // ("Sistan and Baluchestan province": a division read like a city is that province itself.)
    if (ref.kind === 'city' && ref.entry.division === true) return;
    const country = regionCountry(state, runKey(paragraph.tokens, match.start, match.end), ref.entry.country);
    const name = paragraph.text.slice(paragraph.tokens[match.start]?.start ?? 0, suffix.end);
    state.out.absorbed.add(mention);
    state.out.mentions.push(mentionOf(paragraph, match.start, match.end + 1, { kind: 'found', type: 'place', name, ...(country ? { country } : {}) }, true, country));
  });
}

/**
 * A city's or a region's police in lower case ("the Peshawar police", "the
 * Telangana police said"): the force, a body of its own, named with its place;
 * the place inside is no mention of its own. Not before a role or people ("Kabul
 * police spokesman X", "two Herat police officers"), which describe persons.
 * @param state Pass state.
 */
function readPlacePolice(state: PassState): void {
  const { paragraph } = state;
  paragraph.matches.forEach((match, m) => {
    const police = paragraph.tokens[match.end];
    if (police === undefined || !isPoliceForceAt(paragraph.tokens, match.end)) return;
    const mention = knownMentionAt(state.known, paragraph.index, m);
    const ref = mention?.ref;
    if (!mention || !ref || (ref.kind !== 'city' && ref.kind !== 'place')) return;
    const country = ref.entry.country;
    const name = paragraph.text.slice(paragraph.tokens[match.start]?.start ?? 0, police.end);
    state.out.absorbed.add(mention);
    const body = mentionOf(paragraph, match.start, match.end + 1, { kind: 'found', type: 'organization', name, ...(country ? { country } : {}) }, true, country);
    state.out.mentions.push(body);
    state.foundByEnd.set(match.end + 1, body);
  });
  // ("the Telangana police": a state or town the gazetteer reads only after a preposition.)
  paragraph.tokens.forEach((token, i) => {
    if (!isPoliceForceAt(paragraph.tokens, i + 1) || !token.word || !isCapitalized(token) || paragraph.cover[i] !== -1 || paragraph.sentenceStart[i] === true) return;
    const town = state.knowledge.towns.get(token.norm);
    if (town === undefined) return;
    const name = `${token.text} police`;
    const body = mentionOf(paragraph, i, i + 2, { kind: 'found', type: 'organization', name, country: town.country }, true, town.country);
    state.out.mentions.push(body);
    state.foundByEnd.set(i + 2, body);
    state.taken.add(i);
  });
}

/**
 * A country's own Red Cross or Red Crescent society ("the Lebanese Red Cross",
 * "the Turkish Red Crescent", "the Afghan Red Crescent Society"): a body of its
 * own, with its country, not the international committee or federation.
 * @param state Pass state.
 */
function readNationalRedCross(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  paragraph.matches.forEach((match, m) => {
    const demonym = match.targets.find((target) => target.kind === 'demonym');
    if (demonym === undefined || demonym.kind !== 'demonym' || tokens[match.end]?.text !== 'Red') return;
    const emblem = tokens[match.end + 1];
    if (emblem?.text !== 'Cross' && emblem?.text !== 'Crescent') return;
    const end = tokens[match.end + 2]?.text === 'Society' ? match.end + 3 : match.end + 2;
    for (let t = match.end; t < end; t++) {
      const cover = paragraph.cover[t] ?? -1;
      const known = cover >= 0 && cover !== m ? knownMentionAt(state.known, paragraph.index, cover) : undefined;
      if (known) state.out.absorbed.add(known);
      state.taken.add(t);
    }
    const own = knownMentionAt(state.known, paragraph.index, m);
    if (own) state.out.absorbed.add(own);
    const name = paragraph.text.slice(tokens[match.start]?.start ?? 0, tokens[end - 1]?.end ?? 0);
    const body = mentionOf(paragraph, match.start, end, { kind: 'found', type: 'organization', name, country: demonym.entry.code }, true, demonym.entry.code);
    state.out.mentions.push(body);
    state.foundByEnd.set(end, body);
  });
}

/**
 * Whether the word at an index is "police" naming the force, not a description of
 * people: no role or people after it ("Karachi police chief X", "two New Orleans
 * police officers" describe persons, and the place before stays a place).
 * @param tokens The paragraph's tokens.
 * @param index The index of the word.
 * @returns True for the force.
 */
function isPoliceForceAt(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index + 1];
  return tokens[index]?.text === 'police' && !POLICE_MEMBERS.has(after?.norm ?? '') && !(after !== undefined && isTitleToken(after));
}

/** Words after "X police" that make it a description of people ("Two New Orleans police officers"), not the force. */
const POLICE_MEMBERS: ReadonlySet<string> = new Set(['officers', 'officer', 'personnel', 'men', 'constables', 'constable', 'patrols', 'patrol']);

/**
 * The country of a region named after a city's name ("the Bari region"): the country of the one
 * first-level division of that name when the city lies elsewhere (Bari, Somalia; not Bari, Italy),
 * else the city's.
 * @param state Pass state.
 * @param key The name's phrase key.
 * @param cityCountry The city's country.
 * @returns A country code, or undefined.
 */
function regionCountry(state: PassState, key: string, cityCountry: string | undefined): string | undefined {
  const divisions = state.knowledge.divisionCountries.get(key) ?? [];
  return divisions.length === 1 && cityCountry !== undefined && !divisions.includes(cityCountry) ? divisions[0] : cityCountry;
}

/**
 * Whether a segment of two units is a person whose surname is also a known town's name
 * or a demonym ("Marvan Qamishlo", "Najib Danish"): a plain capitalised word, then a
 * one-word place or demonym, with a role right before or in apposition after ("SDF
 * official X Y", "X Y, the ministry's spokesman,").
 * @param state Pass state.
 * @param segment The segment.
 * @returns True when it reads so.
 */
function isPersonWithPlaceSurname(state: PassState, segment: readonly Unit[]): boolean {
  const [given, surname] = segment;
  const placeWord = surname?.mention?.type === 'place' || (surname?.mention === undefined && surname?.match !== undefined && isDemonym(surname.match));
  if (segment.length !== 2 || given?.token === undefined || surname === undefined || !placeWord || surname.end - surname.start !== 1) return false;
  if (!TITLE_CASE_WORD.test(given.token.text) || state.knowledge.commonWords.has(given.token.norm) || isTitleToken(given.token)) return false;
  const before = roleBefore(state, given.start);
  return before.role || appositionAfter(state, surname.end).role;
}

/** Currencies written short before an amount: rupees, rupiah, taka, shillings. */
const CURRENCY_ABBREVIATIONS: ReadonlySet<string> = new Set(['Rs', 'Rp', 'Tk', 'Ksh', 'Sh']);

/** Capitalised compass words that open the name of a city's part ("East Jakarta", "North Nicosia"). */
const CITY_PART_COMPASS: ReadonlySet<string> = new Set(['east', 'west', 'north', 'south']);

/**
 * A capitalised compass word before a known city names a city or district of its
 * own ("in East Jakarta", "South Tangerang"), of the city's country; a compass word
 * in lower case ("west London") stays the city's.
 * @param state Pass state.
 */
function readCityParts(state: PassState): void {
  const { paragraph } = state;
  paragraph.matches.forEach((match, m) => {
    const compass = paragraph.tokens[match.start - 1];
    if (compass === undefined || !compass.word || !CITY_PART_COMPASS.has(compass.norm) || !TITLE_CASE_WORD.test(compass.text) || (paragraph.cover[match.start - 1] ?? -1) >= 0) return;
    const mention = knownMentionAt(state.known, paragraph.index, m);
    const ref = mention?.ref;
    if (!mention || !ref || !isCityRef(ref)) return;
    const country = ref.entry.country;
    const name = paragraph.text.slice(compass.start, paragraph.tokens[match.end - 1]?.end ?? compass.end);
    state.out.absorbed.add(mention);
    const found = mentionOf(paragraph, match.start - 1, match.end, { kind: 'found', type: 'place', name, ...(country ? { country } : {}) }, true, country);
    state.out.mentions.push(found);
    state.foundByEnd.set(match.end, found);
  });
}

/** Lower-case words between a city and "court" ("the Stockholm district court"). */
const COURT_MODIFIERS: ReadonlySet<string> = new Set([
  'district', 'city', 'regional', 'military', 'garrison', 'appeals', 'appeal', 'criminal', 'federal', 'high', 'supreme',
  'county', 'municipal', 'administrative', 'juvenile', 'inter-district', 'interdistrict', 'public', 'state', 'provincial',
  'magistrates', "magistrates'", 'crown', 'assize', 'oblast', 'circuit',
]);

/**
 * A city followed by a court or prosecutor's office written in lower case names
 * that body ("the Stockholm district court", "the Antwerp public prosecutor's
 * office"); the city stays a place of its own.
 * @param state Pass state.
 */
function readCityCourts(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  paragraph.matches.forEach((match, m) => {
    const mention = knownMentionAt(state.known, paragraph.index, m);
    const ref = mention?.ref;
    if (!mention || !ref || !isCityRef(ref)) return;
    // "an Ankara court jailed ...": one court of the city, not a name.
    const article = tokens[match.start - 1]?.norm;
    if (article === 'a' || article === 'an') return;
    let j = match.end;
    while (j < match.end + 3 && tokens[j] !== undefined && !isCapitalized(tokens[j] as Token) && COURT_MODIFIERS.has((tokens[j] as Token).norm)) j++;
    const head = tokens[j];
    if (!head || isCapitalized(head)) return;
    let end = -1;
    const covering = paragraph.matches[paragraph.cover[j] ?? -1];
    if (covering) {
      // "the Antwerp public prosecutor's office": a generic office left unbound, in lower case.
      const judicial = covering.start === j && !covering.strictCase && covering.targets.every((target) => target.kind === 'organization' && target.entry.generic && ['court', 'prosecution'].includes(target.entry.category));
      if (!judicial || knownMentionAt(state.known, paragraph.index, paragraph.cover[j] ?? -1) !== undefined) return;
      end = covering.end;
    } else if (head.norm === 'court' || head.norm === 'tribunal') end = j + 1;
    else if ((head.norm === 'prosecutor' || head.norm === 'prosecutors') && tokens[j + 1]?.norm === "'s" && tokens[j + 2]?.norm === 'office') end = j + 3;
    else if (head.norm === "prosecutor's" && tokens[j + 1]?.norm === 'office') end = j + 2;
    if (end < 0) return;
    const country = ref.entry.country;
    const name = paragraph.text.slice(tokens[match.start]?.start ?? 0, tokens[end - 1]?.end ?? 0);
    const found = mentionOf(paragraph, match.start, end, { kind: 'found', type: 'organization', name, ...(country ? { country } : {}) }, true, country);
    state.out.mentions.push(found);
    state.foundByEnd.set(end, found);
  });
}

/**
 * A mission's noun: "embassy", "consulate", Russian "посольство" and "консульство" in any case.
 * @param norm A token's match key.
 * @returns True for such nouns.
 */
function isMissionNoun(norm: string): boolean {
  return norm === 'embassy' || norm === 'consulate' || norm.startsWith('posolstv') || norm.startsWith('konsulstv');
}

/**
 * The nominative of a Russian mission's noun in any case ("посольстве" -> "посольство"), its capital kept.
 * @param word The noun as written.
 * @returns The noun in the nominative.
 */
function russianMissionNominative(word: string): string {
  const noun = /^к/iu.test(word) ? 'консульство' : 'посольство';
  return /^\p{Lu}/u.test(word) ? noun.charAt(0).toUpperCase() + noun.slice(1) : noun;
}

/**
 * A country's embassy or consulate, with its city: "the US embassy in Moscow",
 * "the Russian embassy in Kabul", "the Embassy of India in Muscat", "посольство
 * США в Москве". A body of the country; the country and the city stay places of
 * their own. A Russian name is given with its noun in the nominative.
 * @param state Pass state.
 */
function readEmbassies(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  const countryAt = (index: number): { match: PhraseMatch; code: string } | undefined => {
    const match = paragraph.matches[paragraph.cover[index] ?? -1];
    const target = match?.targets.find((item) => item.kind === 'country' || item.kind === 'demonym');
    return match !== undefined && target !== undefined && (target.kind === 'country' || target.kind === 'demonym') ? { match, code: target.entry.code } : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i] as Token;
    if (paragraph.cover[i] !== -1 || !isMissionNoun(noun.norm)) continue;
    const cyrillic = isCyrillicWord(noun.text);
    let start = -1;
    let end = -1;
    let code = '';
    const before = cyrillic ? undefined : countryAt(i - 1);
    if (before !== undefined && before.match.end === i) {
      // "the US embassy", "the Russian embassy"
      start = before.match.start;
      end = i + 1;
      code = before.code;
    } else {
      // "the Embassy of (the) India", "посольство США"
      let j = i + 1;
      if (!cyrillic && tokens[j]?.norm === 'of') j += tokens[j + 1]?.norm === 'the' ? 2 : 1;
      const after = j > i + 1 || cyrillic ? countryAt(j) : undefined;
      if (after === undefined || after.match.start !== j || (!cyrillic && !isCapitalized(noun))) continue;
      start = i;
      end = after.match.end;
      code = after.code;
    }
    // "... in Moscow", "... в Москве", "... в Кувейте": the city, or the country, where it is.
    const preposition = tokens[end];
    const city = paragraph.matches[paragraph.cover[end + 1] ?? -1];
    if (preposition !== undefined && (preposition.norm === 'in' || preposition.norm === 'v') && city !== undefined && city.start === end + 1 && city.targets.some((target) => target.kind === 'city' || target.kind === 'place' || target.kind === 'country')) end = city.end;
    const written = paragraph.text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0);
    const name = cyrillic && start === i ? written.replace(/^\p{L}+/u, russianMissionNominative) : written;
    const found = mentionOf(paragraph, start, end, { kind: 'found', type: 'organization', name, ...(code ? { country: code } : {}) }, true, code);
    state.out.mentions.push(found);
    state.foundByEnd.set(end, found);
  }
}

/** The most lower-case words a Cyrillic body's name runs over ("Министерство иностранных дел", "Государственный комитет национальной безопасности"). */
const CYRILLIC_BODY_WORDS = 4;

/** Russian past-tense and present verb endings, transliterated: a word ending so ends a body's name ("сообщило", "заявил", "считает"). */
const RUSSIAN_VERB_ENDING = /^.{3,}(?:il|al|yal|el|la|lo|li|et|it|yut|yat|ut|at|etsya|itsya|los|las|lis)$/;

/**
 * A body's name in Russian, written as Russian writes it: one capital, then
 * lower-case words in the genitive, and a head noun among them ("Министерство
 * иностранных дел Кыргызстана", "Государственный комитет национальной
 * безопасности", "Верховный суд"). A known place right after it in the
 * genitive belongs to the name; the place stays a place of its own.
 * @param state Pass state.
 */
function readCyrillicBodies(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    // "Если городской суд ...": a conjunction opening the sentence is no part of the name.
    if (!first.word || !first.capitalized || !isCyrillicWord(first.text) || isAllCaps(first.text) || paragraph.cover[i] !== -1 || LEADING_NOISE.has(first.norm)) continue;
    // "Второй Западный окружной военный суд": an ordinal before the capitalised adjective opens the name.
    const ordinal = RUSSIAN_ORDINAL.test(first.text) && tokens[i + 1]?.capitalized === true && RUSSIAN_ADJECTIVE_ENDING.test(tokens[i + 1]?.text ?? '') && paragraph.cover[i + 1] === -1;
    // ("Второй раз суд отложил": alone, an ordinal opens the sentence, not a name.)
    if (!ordinal && RUSSIAN_ORDINAL.test(first.text)) continue;
    let headSeen = isOrgHead(first.norm);
    let j = ordinal ? i + 2 : i + 1;
    let lower = 0;
    while (j < tokens.length && lower < CYRILLIC_BODY_WORDS) {
      const token = tokens[j] as Token;
      if (!token.word || token.capitalized || !isCyrillicWord(token.text) || LEADING_NOISE.has(token.norm)) break;
      const head = isOrgHead(token.norm);
      if (!head && (RUSSIAN_VERB_ENDING.test(token.norm) || RUSSIAN_COPULAS.has(token.text))) break;
      if (head) headSeen = true;
      lower++;
      j++;
    }
    // ("решением Верховного суда от 14 февраля": a preposition ending the words is no part of the name; "комитет по делам
    // религий" keeps its inner one.)
    while (lower > 0 && RUSSIAN_PREPOSITION_WORDS.has((tokens[j - 1] as Token).text.toLowerCase())) {
      lower--;
      j--;
    }
    if (!headSeen || lower === 0) continue;
    // ("Айдосу Жубанову суд определил": a surname in the dative before "суд" is no body's adjective.)
    if (!isOrgHead(first.norm) && !RUSSIAN_ADJECTIVE_ENDING.test(first.text)) continue;
    // "... суд по уголовным делам Актюбинской области": a court's field and its region belong to its name.
    j = russianCourtTail(tokens, j);
    // "... дел Кыргызстана": a known place in the genitive closes the name.
    const next = tokens[j];
    const cover = paragraph.cover[j] ?? -1;
    const place = cover >= 0 ? paragraph.matches[cover] : undefined;
    if (next && place && place.start === j && place.end === j + 1 && place.targets.some((target) => target.kind === 'country' || target.kind === 'place' || target.kind === 'city')) j++;
    const name = paragraph.text.slice(first.start, (tokens[j - 1] as Token).end);
    const found = mentionOf(paragraph, i, j, { kind: 'found', type: 'organization', name }, true);
    state.out.mentions.push(found);
    state.foundByEnd.set(j, found);
    i = j - 1;
  }
}

/** A Russian noun of a town or province in any case, in lower case ("в городе", "в провинции"); villages are `RUSSIAN_VILLAGE_NOUN`'s. */
const RUSSIAN_TOWN_OR_PROVINCE_NOUN = /^(?:город(?:а|е|ом)?|провинци(?:я|и|ю|ей)|мухафаз(?:а|ы|е|у|ой)|станиц(?:а|ы|е|у|ей))$/u;

/**
 * @param word A word as written.
 * @returns Whether it is a Russian noun of a settlement or province ("в кишлаке X", "в провинции X").
 */
function isRussianSettlementNoun(word: string): boolean {
  return RUSSIAN_VILLAGE_NOUN.test(word) || RUSSIAN_TOWN_OR_PROVINCE_NOUN.test(word);
}

/** A Russian ordinal adjective from "first" to "tenth" in any case and gender ("Второй", "Третьего"). */
const RUSSIAN_ORDINAL = /^(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест|Седьм|Восьм|Девят|Десят)\p{Ll}{1,3}$/u;

/** Russian prepositions, as written in lower case. */
const RUSSIAN_PREPOSITION_WORDS: ReadonlySet<string> = new Set([
  'от', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'из', 'за', 'до', 'о', 'об', 'у', 'при', 'для', 'без', 'через', 'после', 'перед', 'под', 'над', 'между',
]);

/** Russian "to be" in the past and future, which no body's name holds ("Нападавший был ликвидирован ..."). */
const RUSSIAN_COPULAS: ReadonlySet<string> = new Set(['был', 'была', 'было', 'были', 'будет', 'будут']);

/** Endings of a Russian adjective in any case and gender ("Верховный", "Специализированного", "Национальной"). */
const RUSSIAN_ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю)$/u;

/**
 * Where a Russian court's name ends past its field and its region: "по
 * уголовным делам" (up to three words in lower case closed by "делам"), then a
 * region in the genitive ("Актюбинской области").
 * @param tokens The paragraph's tokens.
 * @param end Index past the name read so far.
 * @returns Index past the longer name, or `end`.
 */
function russianCourtTail(tokens: readonly Token[], end: number): number {
  let j = end;
  if (tokens[j]?.norm === 'po') {
    const close = tokens.slice(j + 1, j + 4).findIndex((token) => token.text === 'делам');
    const words = tokens.slice(j + 1, j + 2 + close);
    if (close >= 0 && words.every((token) => token.word && !token.capitalized && isCyrillicWord(token.text))) j += 2 + close;
  }
  const adjective = tokens[j];
  const noun = tokens[j + 1];
  if (j > end && adjective?.capitalized === true && RUSSIAN_REGION_ADJECTIVE.test(adjective.text) && noun !== undefined && !noun.capitalized
    && RUSSIAN_REGION_NOUNS.some(([stem]) => noun.text.toLowerCase().startsWith(stem))) j += 2;
  return j;
}

/**
 * Stems (`russianWordStem`) of Russian nouns for venues that name the venue in
 * guillemets after them ("аэропорт «Манас»", "в лагере «Рож»"): airport, camp,
 * railway station, stadium, market, bazaar, resort.
 */
const RUSSIAN_VENUE_STEMS: ReadonlySet<string> = new Set(['aeroport', 'lager', 'vokzal', 'stadion', 'rynok', 'rynk', 'bazar', 'kurort']);

/**
 * Read "по Волгоградской области", "в Ошской и Джалал-Абадской областях",
 * "в Краснодарском крае": a Russian region named by its adjective and noun, named
 * in the nominative ("Волгоградская область").
 * @param state Pass state.
 */
function readRussianRegions(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const adjective = tokens[i] as Token;
    if (!adjective.word || !adjective.capitalized || !isCyrillicWord(adjective.text)) continue;
    // "Ошской": the city's match in an adjective gives way to the region's name.
    const cover = paragraph.cover[i] ?? -1;
    if (cover >= 0 && (paragraph.matches[cover] as PhraseMatch).end - (paragraph.matches[cover] as PhraseMatch).start !== 1) continue;
    // "в Ошской и Джалал-Абадской областях": the noun after the second adjective serves both.
    let k = i + 1;
    if (tokens[k]?.norm === 'и' && tokens[k + 1]?.capitalized === true && RUSSIAN_REGION_ADJECTIVE.test(tokens[k + 1]?.text ?? '')) k += 2;
    const noun = tokens[k];
    const kind = noun === undefined || noun.capitalized ? undefined : RUSSIAN_REGION_NOUNS.find(([stem]) => noun.text.toLowerCase().startsWith(stem))?.[1];
    const adjectiveStem = RUSSIAN_REGION_ADJECTIVE.exec(adjective.text)?.[1];
    if (kind === undefined || adjectiveStem === undefined) continue;
    const name = kind === 'область' ? `${adjectiveStem}ская область` : `${adjectiveStem}ский ${kind}`;
    const found = mentionOf(paragraph, i, i + 1, { kind: 'found', type: 'place', name }, true);
    const city = cover >= 0 ? knownMentionAt(state.known, paragraph.index, cover) : undefined;
    if (city) state.out.absorbed.add(city);
    state.out.mentions.push(found);
    state.foundByEnd.set(i + 1, found);
  }
}

/**
 * A town after its country's adjective in lower case, in any case ("в бельгийском
 * Льеже", "во французском Каркассоне"): Russian names a foreign town so, and the
 * one capitalised Cyrillic word after the adjective, when the gazetteer names no
 * town by it (or only by its sound), is a place of that country, named as written.
 * @param state Pass state.
 */
function readRussianCountryPlaces(state: PassState): void {
  const { paragraph } = state;
  if (!CYRILLIC_LETTER.test(paragraph.text)) return;
  const tokens = paragraph.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const adjective = tokens[i] as Token;
    if (!adjective.word || adjective.capitalized) continue;
    const country = countryOfRussianAdjective(adjective.text, adjective.norm, state.knowledge.countries);
    const name = tokens[i + 1] as Token;
    const next = tokens[i + 2];
    // (A town's name in title case only: "таджикского ОМОНа" names a unit.)
    if (country === undefined || !name.word || !TITLE_CASE_WORD.test(name.text) || !isCyrillicWord(name.text) || (next?.word === true && isCapitalized(next))) continue;
    readForeignTown(state, i + 1, country);
  }
}

/**
 * Read one Cyrillic word as a town of a country the context gives. A town the gazetteer
 * knows there is left to it ("в сирийской Ракке"); a town it knows elsewhere, the word
 * heard like it ("Льеже" like a town of another land), gives way; a country is left as it is.
 * @param state Pass state.
 * @param index The word's token.
 * @param country The country the context gives, if any.
 */
function readForeignTown(state: PassState, index: number, country: string | undefined): void {
  const { paragraph } = state;
  const cover = paragraph.cover[index] ?? -1;
  const known = cover >= 0 ? knownMentionAt(state.known, paragraph.index, cover) : undefined;
  if (cover >= 0 && (known === undefined || known.type !== 'place' || known.ref.kind === 'country' || placeCountry(known) === country)) return;
  if (known) state.out.absorbed.add(known);
  const name = (paragraph.tokens[index] as Token).text;
  const found = mentionOf(paragraph, index, index + 1, { kind: 'found', type: 'place', name, ...(country ? { country } : {}) }, true, country);
  state.out.mentions.push(found);
  state.foundByEnd.set(index + 1, found);
}

/**
 * @param mention A gazetteer mention.
 * @returns The country of the country, city or place it names, if any.
 */
function placeCountry(mention: Mention): string | undefined {
  const { ref } = mention;
  if (ref.kind === 'country') return ref.entry.code;
  return ref.kind === 'city' || ref.kind === 'place' ? ref.entry.country : undefined;
}

/**
 * The gazetteer's city or country a Cyrillic case form names, as its stem or its sound
 * (`inflectionKeys`) finds it: for a word the scan left alone because a name follows it
 * ("в Лионе Мохамед ...").
 * @param state Pass state.
 * @param token The word.
 * @returns The place's name and country, or undefined.
 */
function heardTown(state: PassState, token: Token): { name: string; country: string } | undefined {
  for (const key of inflectionKeys(token.text, token.norm)) {
    const phrase = state.knowledge.phrases.get(state.knowledge.inflections.get(key) ?? '');
    for (const target of phrase?.targets ?? []) {
      if (target.kind === 'city') return { name: target.entry.name, country: target.entry.country };
      if (target.kind === 'country') return { name: target.entry.name, country: target.entry.code };
    }
  }
  return undefined;
}

/** A word in title case: a capital, then lower-case letters (parts after a hyphen capitalised or not). */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*$/u;

/** A Cyrillic letter: a paragraph without one holds no Russian name (a quick test before the Russian readers). */
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** Russian prepositions of place before a town's name, as match keys: "в Требе", "из Льежа", "под Каркассоном". */
const RUSSIAN_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['v', 'vo', 'iz', 'pod', 'okolo', 'vozle', 'bliz']);

/** Russian nouns of the parts of a land, in the prepositional case after "на": "на юге", "на северо-востоке". */
const RUSSIAN_COMPASS_PARTS: ReadonlySet<string> = new Set(['юге', 'севере', 'востоке', 'западе', 'северо-востоке', 'северо-западе', 'юго-востоке', 'юго-западе']);

/**
 * A town placed in a part of a known land, after a preposition of place ("в
 * Требе на юге Франции", "из Мосула на севере Ирака"): one capitalised Cyrillic
 * word the gazetteer names no town of that land by is a place there.
 * @param state Pass state.
 */
function readRussianPlacesInPart(state: PassState): void {
  const { paragraph } = state;
  if (!CYRILLIC_LETTER.test(paragraph.text)) return;
  const tokens = paragraph.tokens;
  for (let i = 1; i + 3 < tokens.length; i++) {
    const name = tokens[i] as Token;
    if (!name.word || !TITLE_CASE_WORD.test(name.text) || !isCyrillicWord(name.text)) continue;
    if (!RUSSIAN_PLACE_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') || tokens[i + 1]?.text !== 'на' || !RUSSIAN_COMPASS_PARTS.has(tokens[i + 2]?.text ?? '')) continue;
    const landCover = paragraph.cover[i + 3] ?? -1;
    const land = landCover >= 0 ? knownMentionAt(state.known, paragraph.index, landCover) : undefined;
    if (land === undefined || land.type !== 'place') continue;
    readForeignTown(state, i, placeCountry(land));
  }
}

/** A Russian adjective of a place name in any case ("Волгоградской", "Ошская", "Краснодарский"): its stem before "-ск-". */
const RUSSIAN_REGION_ADJECTIVE = /^(\p{Lu}[\p{L}-]*?)(?:ская|ской|скую|ском|ский|ского|скому|ским)$/u;

/** Russian nouns of regions by their stem, with the nominative they are named in. */
const RUSSIAN_REGION_NOUNS: ReadonlyArray<readonly [string, string]> = [['област', 'область'], ['кра', 'край'], ['район', 'район']];

/**
 * A venue named in guillemets after a Russian venue noun in any case ("в
 * международном аэропорту «Манас»", "в лагере «Рож»"): the words inside, one to
 * three capitalised ones that name nothing known, are a place.
 * @param state Pass state.
 */
function readRussianQuotedVenues(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const noun = tokens[i] as Token;
    if (!noun.word || noun.capitalized || tokens[i + 1]?.text !== '«' || !isCyrillicWord(noun.text) || !RUSSIAN_VENUE_STEMS.has(russianWordStem(noun.norm))) continue;
    let j = i + 2;
    while (j < tokens.length && j - (i + 2) < 3 && tokens[j]?.word === true && (isCapitalized(tokens[j] as Token) || j > i + 2) && paragraph.cover[j] === -1) j++;
    if (j === i + 2 || tokens[j]?.text !== '»' || !isCapitalized(tokens[i + 2] as Token)) continue;
    const name = paragraph.text.slice((tokens[i + 2] as Token).start, (tokens[j - 1] as Token).end);
    const found = mentionOf(paragraph, i + 2, j, { kind: 'found', type: 'place', name }, true);
    state.out.mentions.push(found);
    state.foundByEnd.set(j, found);
    i = j;
  }
}

/**
 * Russian nouns of streets, squares and quarters by their stem, with the
 * nominative a street's or square's name keeps ("улица Истикляль"), or
 * null where the name stands alone ("в районе Бейоглу" names "Бейоглу").
 */
const RUSSIAN_STREET_NOUNS: ReadonlyMap<string, string | null> = new Map([
  ['ulits', 'улица'], ['ploshchad', 'площадь'], ['prospekt', 'проспект'], ['bulvar', 'бульвар'], ['pereulk', 'переулок'],
  ['pereulok', 'переулок'], ['shosse', 'шоссе'], ['rayon', null], ['kvartal', null], ['mikrorayon', null],
]);

/**
 * A street, square or quarter after its Russian noun in lower case, in any
 * case ("на улице Истикляль", "недалеко от площади Таксим", "в районе
 * Бейоглу"): one or two capitalised Cyrillic words that name nothing known
 * and end the name (no capitalised word after them) are a place, named with
 * the noun in the nominative for a street or a square.
 * @param state Pass state.
 */
function readRussianStreetPlaces(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const noun = tokens[i] as Token;
    if (!noun.word || noun.capitalized || !isCyrillicWord(noun.text)) continue;
    const stem = russianWordStem(noun.norm);
    if (!RUSSIAN_STREET_NOUNS.has(stem)) continue;
    // "Бабаюртовского района Ахмед Рамазанов": the noun has its name before it; the words after name someone.
    const before = tokens[i - 1];
    if (before !== undefined && before.word && isCapitalized(before) && isCyrillicWord(before.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - (i + 1) < 2 && tokens[j]?.word === true && isCapitalized(tokens[j] as Token) && isCyrillicWord(tokens[j]?.text ?? '') && paragraph.cover[j] === -1) j++;
    const next = tokens[j];
    if (j === i + 1 || (next?.word === true && isCapitalized(next))) continue;
    // "жителем района Ахмед Рамазанов": a given name and a second word are a person.
    if (j === i + 3 && state.knowledge.givenNames.has((tokens[i + 1] as Token).norm)) continue;
    const written = paragraph.text.slice((tokens[i + 1] as Token).start, (tokens[j - 1] as Token).end);
    const head = RUSSIAN_STREET_NOUNS.get(stem);
    const name = head === null || head === undefined ? written : `${head} ${written}`;
    const found = mentionOf(paragraph, i + 1, j, { kind: 'found', type: 'place', name }, true);
    state.out.mentions.push(found);
    state.foundByEnd.set(j, found);
    i = j;
  }
}

/** Lower-case words between a French court's head and "de" ("tribunal correctionnel", "cour d'assises spéciale"). */
const FRENCH_COURT_WORDS: ReadonlySet<string> = new Set([
  'correctionnel', 'administratif', 'judiciaire', "d'assises", 'speciale', 'special', "d'appel", 'criminelle', 'criminel',
  'penal', 'militaire', 'supreme', 'grande', 'instance', 'de', 'pour', 'enfants', 'federal', 'federale', 'regional', 'regionale',
]);

/** Heads of French court and prosecution names ("tribunal", "cour", "parquet", "préfecture"). */
const FRENCH_COURT_HEADS: ReadonlySet<string> = new Set(['tribunal', 'cour', 'parquet', 'prefecture']);

/** Heads that name a body with the city right after "de" ("le parquet de Paris", "la préfecture de Lyon"). */
const FRENCH_CITY_BODY_HEADS: ReadonlySet<string> = new Set(['parquet', 'prefecture']);

/**
 * A French court named by its kind and its city, head and kind in lower case as French
 * writes them ("le tribunal correctionnel de Lyon", "la cour d'assises spéciale de
 * Marseille"): a body, named with a capital ("Tribunal correctionnel de Lyon"); the city
 * stays a place of its own.
 * @param state Pass state.
 */
function readFrenchCourts(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  paragraph.matches.forEach((match, m) => {
    const of = tokens[match.start - 1]?.norm;
    if (of !== 'de' && of !== "d'" && of !== 'du') return;
    let k = match.start - 2;
    while (k >= 0 && match.start - 2 - k < 3 && FRENCH_COURT_WORDS.has(tokens[k]?.norm ?? '') && !isCapitalized(tokens[k] as Token)) k--;
    const head = tokens[k];
    if (!head || !FRENCH_COURT_HEADS.has(head.norm) || (k === match.start - 2 && !FRENCH_CITY_BODY_HEADS.has(head.norm))) return;
    const mention = knownMentionAt(state.known, paragraph.index, m);
    const ref = mention?.ref;
    if (!mention || !ref || !isCityRef(ref)) return;
    const country = ref.entry.country;
    const written = paragraph.text.slice(head.start, tokens[match.end - 1]?.end ?? head.end);
    const name = `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
    const found = mentionOf(paragraph, k, match.end, { kind: 'found', type: 'organization', name, ...(country ? { country } : {}) }, true, country);
    state.out.mentions.push(found);
    state.foundByEnd.set(match.end, found);
  });
}

/** French nouns of a state body that French writes with one capital ("la Garde nationale", "la Sûreté nationale"). */
const FRENCH_BODY_NOUNS: ReadonlySet<string> = new Set([
  'garde', 'police', 'gendarmerie', 'surete', 'armee', 'marine', 'douane', 'douanes', 'protection', 'direction', 'securite',
]);

/** The adjectives that make such a noun a body's name ("nationale", "royale", "judiciaire"). */
const FRENCH_BODY_ADJECTIVES: ReadonlySet<string> = new Set([
  'nationale', 'national', 'royale', 'royal', 'republicaine', 'presidentielle', 'judiciaire', 'civile', 'federale', 'populaire',
  'municipale', 'generale', 'militaire', 'territoriale',
]);

const FRENCH_ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'les', "l'"]);

/**
 * A French state body named by a capitalised noun and its adjective in lower case
 * ("la Garde nationale", "la Police judiciaire", "la Gendarmerie royale"): a body.
 * @param state Pass state.
 */
function readFrenchNationalBodies(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const noun = tokens[k] as Token;
    const adjective = tokens[k + 1] as Token;
    if (!FRENCH_BODY_NOUNS.has(noun.norm) || !isCapitalized(noun) || isAllCaps(noun.text) || !FRENCH_BODY_ADJECTIVES.has(adjective.norm) || isCapitalized(adjective)) continue;
    // "La Garde nationale a ...": a capitalised article opening the sentence; any other capitalised word before is a longer name.
    const before = tokens[k - 1];
    if ((paragraph.cover[k] ?? -1) >= 0 || (paragraph.cover[k + 1] ?? -1) >= 0 || (before !== undefined && isCapitalized(before) && !FRENCH_ARTICLES.has(before.norm))) continue;
    // "l'Armée nationale populaire": a second adjective of the list belongs to the name.
    const end = FRENCH_BODY_ADJECTIVES.has(tokens[k + 2]?.norm ?? '') && !isCapitalized(tokens[k + 2] as Token) ? k + 3 : k + 2;
    const name = paragraph.text.slice(noun.start, (tokens[end - 1] as Token).end);
    state.out.mentions.push(mentionOf(paragraph, k, end, { kind: 'found', type: 'organization', name }, true));
    state.taken.add(k);
  }
}

/** Quotation marks around a nickname inside a name. */
const NICKNAME_QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’']);

/**
 * A person named with a nickname in quotation marks between the given name and
 * the surname ('Lance Cpl. Squire "Skip" Wells', 'Abdullah "the Butcher" Khan'):
 * the given name a listed one or after an honorific, the nickname of one to
 * three words, one capitalised surname after it. The person is named without the
 * nickname.
 * @param state Pass state.
 */
function readNicknamedPersons(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  for (let k = 0; k + 3 < tokens.length; k++) {
    const open = tokens[k + 1] as Token;
    if (!NICKNAME_QUOTES.has(open.text)) continue;
    const given = tokens[k] as Token;
    if (!given.word || !isCapitalized(given) || (paragraph.cover[k] ?? -1) >= 0) continue;
    if (!state.knowledge.givenNames.has(given.norm) && !honorificBefore(state, k)) continue;
    let close = k + 2;
    while (close < tokens.length && close - (k + 2) <= 3 && tokens[close]?.word === true) close++;
    const surname = tokens[close + 1];
    if (close === k + 2 || !NICKNAME_QUOTES.has(tokens[close]?.text ?? '') || surname === undefined || !surname.word || !isCapitalized(surname)) continue;
    if (!isCapitalized(tokens[k + 2] as Token) && tokens[k + 2]?.norm !== 'the') continue;
    if ((paragraph.cover[close + 1] ?? -1) >= 0 || state.knowledge.commonWords.has(surname.norm)) continue;
    state.out.mentions.push(mentionOf(paragraph, k, close + 2, { kind: 'found', type: 'person', name: `${given.text} ${surname.text}` }, false));
    for (let t = k; t < close + 2; t++) state.taken.add(t);
    k = close + 1;
  }
}

/**
 * Read the name a group gives itself, in quotation marks after a verb of naming
 * ("the cell, which called itself "Soldiers of the Caliphate in Anatolia"", "le
 * groupe, qui se faisait appeler « Lions du califat au Maghreb al-Aqsa »"): the
 * words inside, a capital first, are one body's name; places inside are part of it.
 * @param state Pass state.
 */
function readSelfNamedGroups(state: PassState): void {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  for (let open = 1; open + 2 < tokens.length; open++) {
    if (!OPENING_QUOTE.test(tokens[open]?.text ?? '') || !SELF_NAMING_WORDS.has(tokens[open - 1]?.norm ?? '')) continue;
    const first = tokens[open + 1] as Token;
    if (!first.word || !isCapitalized(first)) continue;
    let close = open + 1;
    while (close < tokens.length && close - open <= 12 && (tokens[close]?.word === true || tokens[close]?.text === '-')) close++;
    if (!CLOSING_QUOTE.test(tokens[close]?.text ?? '') || close - open < 3) continue;
    const words = tokens.slice(open + 1, close).filter((token) => token.word);
    if (words.filter((token) => isCapitalized(token)).length < 2 || words.some((token) => SPEECH_VERBS.has(token.norm))) continue;
    // ("a man named "John Smith"", "qui se faisait appeler « Abou Moussab »": a person's name; a group's noun must come before.)
    if (state.knowledge.givenNames.has(first.norm) || KUNYA_WORDS.has(first.norm)) continue;
    if (!tokens.slice(Math.max(0, open - 12), open).some((token) => GROUP_NOUNS.has(token.norm))) continue;
    for (let t = open + 1; t < close; t++) {
      const m = paragraph.cover[t] ?? -1;
      const known = m >= 0 ? knownMentionAt(state.known, paragraph.index, m) : undefined;
      if (known) state.out.absorbed.add(known);
      state.taken.add(t);
    }
    const name = paragraph.text.slice(first.start, (tokens[close - 1] as Token).end);
    const mention = mentionOf(paragraph, open + 1, close, { kind: 'found', type: 'organization', name }, true);
    state.out.mentions.push(mention);
    state.foundByEnd.set(close, mention);
    open = close;
  }
}

/** The word right before a name a group gives itself: "calling itself", "se faisait appeler", "dubbed", "baptisée". */
const SELF_NAMING_WORDS: ReadonlySet<string> = new Set(['itself', 'themselves', 'appeler', 'nomme', 'nommee', 'baptise', 'baptisee', 'denomme', 'denommee', 'dubbed', 'named', 'called']);

/** Nouns of a group that names itself, English and French, as match keys. */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'group', 'cell', 'network', 'organisation', 'organization', 'movement', 'faction', 'unit', 'brigade', 'militia', 'outfit',
  'groupe', 'cellule', 'reseau', 'mouvement', 'milice', 'katiba',
]);

/** A closing quotation mark. */
const CLOSING_QUOTE = /^["”»›’']$/u;

/**
 * Cut a paragraph into chunks of name-like units.
 * @param state Pass state (paragraph, known mentions).
 * @returns The chunks, each a list of units.
 */
function chunks(state: PassState): Unit[][] {
  const { paragraph } = state;
  const units: Array<Unit | null> = [];
  // "гибели Кириллова Служба безопасности Украины": a body found before starts a chunk of its own.
  const bodyStarts = new Set([...state.foundByEnd.values()].map((mention) => mention.start));
  for (let i = 0; i < paragraph.tokens.length; ) {
    if (i > 0 && bodyStarts.has(i)) units.push(null);
    const m = paragraph.cover[i] ?? -1;
    if (m >= 0 && isArabicPlaceWordOpening(state, m)) {
      // "Beni Suef": an Arabic place word that a gazetteer town also spells ("Beni", DR Congo) opens a longer name.
      const known = knownMentionAt(state.known, paragraph.index, m);
      if (known) state.out.absorbed.add(known);
      units.push({ start: i, end: i + 1, token: paragraph.tokens[i] as Token });
      i++;
      continue;
    }
    if (m >= 0) {
      const match = paragraph.matches[m] as PhraseMatch;
      const mention = knownMentionAt(state.known, paragraph.index, m);
      const nameLike = match.strictCase || mention !== undefined;
      units.push(nameLike ? { start: match.start, end: match.end, match, ...(mention ? { mention } : {}) } : null);
      i = match.end;
      continue;
    }
    const token = paragraph.tokens[i] as Token;
    const nameLike = !state.taken.has(i) && (isCapitalized(token) || (token.word && (CHUNK_CONNECTORS.has(token.norm) || isInnerPossessive(state, i))) || isPluralPossessive(state, i) || isSaintDot(paragraph.tokens, i));
    units.push(nameLike ? { start: i, end: i + 1, token } : null);
    i++;
  }
  const result: Unit[][] = [];
  let current: Unit[] = [];
  for (const unit of units) {
    if (unit !== null) current.push(unit);
    else if (current.length > 0) {
      pushTrimmedChunk(result, current);
      current = [];
    }
  }
  pushTrimmedChunk(result, current);
  return result;
}

/** Words of the faith that are never a name alone but open a body's name before its head ("Mujahideen Shura Council"). */
const FAITH_NAME_OPENERS: ReadonlySet<string> = new Set(['mujahideen', 'mujahidin', 'mujahedin', 'jihad', 'sharia', 'salafi', 'islamic', 'caliphate']);

/**
 * @param state Pass state.
 * @param m A phrase match of the paragraph.
 * @returns Whether it is one Arabic place word ("Beni", "Ras") right before a capitalised word no match covers.
 */
function isArabicPlaceWordOpening(state: PassState, m: number): boolean {
  const { paragraph } = state;
  const match = paragraph.matches[m] as PhraseMatch;
  const word = paragraph.tokens[match.start];
  const next = paragraph.tokens[match.end];
  return match.end - match.start === 1 && word !== undefined && isCapitalized(word) && ARABIC_PLACE_WORDS.has(word.norm)
    && next !== undefined && next.word && isCapitalized(next) && (paragraph.cover[match.end] ?? -1) === -1;
}

/**
 * @param units A chunk.
 * @returns Whether it opens with a rank or title that styles no venue ("Airman", "Sergeant"; not "King", "Imam") and holds "of" further on.
 */
function opensWithRankBeforeOf(units: readonly Unit[]): boolean {
  const first = units[0]?.token;
  return first !== undefined && isCapitalized(first) && isTitleToken(first) && !STYLED_TITLES.has(first.norm) && !PLACE_HEADS.has(first.norm)
    && units.slice(2).some((unit) => unit.token?.norm === 'of');
}

/** Words that join the parts of a name within a chunk: connectors ("of", "and") and name particles ("bin", "al"). */
const CHUNK_CONNECTORS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, ...NAME_PARTICLES]);

/**
 * Close a chunk: drop the connectors at its ends ("of", "the") and keep it when
 * anything is left.
 * @param result The chunks so far (changed in place).
 * @param chunk The units gathered (changed in place).
 */
function pushTrimmedChunk(result: Unit[][], chunk: Unit[]): void {
  while (chunk.length > 0 && isConnector(chunk[chunk.length - 1] as Unit)) chunk.pop();
  while (chunk.length > 0 && isConnector(chunk[0] as Unit)) chunk.shift();
  if (chunk.length > 0) result.push(chunk);
}

/**
 * Whether a possessive joins one name ("Women's Committee", "People's Party"):
 * after a capitalised common plural, before a capitalised word.
 * @param state Pass state.
 * @param index Index of the "'s" token.
 * @returns True when it does.
 */
function isInnerPossessive(state: PassState, index: number): boolean {
  const { paragraph } = state;
  if (paragraph.tokens[index]?.norm !== "'s") return false;
  const before = paragraph.tokens[index - 1];
  const after = paragraph.tokens[index + 1];
  if (!before || !after || paragraph.cover[index - 1] !== -1 || !isCapitalized(before) || !isCapitalized(after)) return false;
  // "Istanbul Governor's Office": a place's title holder owning an office is one name.
  const owner = paragraph.tokens[index - 2];
  if (isTitleToken(before) && OFFICE_HEADS.has(after.norm) && owner !== undefined && paragraph.cover[index - 2] !== -1 && isCapitalized(owner)) return true;
  // "King's College London", "St Mary's Hospital": a possessive before an institution's head names the institution.
  if (INSTITUTION_HEADS.has(after.norm)) return true;
  // "St. Sebastian's Church", "St Anthony's Shrine": a saint's venue.
  const saint = paragraph.tokens[index - 2]?.text === '.' ? paragraph.tokens[index - 3] : paragraph.tokens[index - 2];
  if (PLACE_HEADS.has(after.norm) && saint !== undefined && SAINT_WORDS.has(saint.norm) && isCapitalized(saint)) return true;
  return state.knowledge.commonWords.has(before.norm) && !state.knowledge.givenNames.has(before.norm);
}

/** Lower-case facility nouns after which a capitalised name is the facility's ("the Ivan Petrov terminal"). */
const FACILITY_NOUNS: ReadonlySet<string> = new Set(['terminal', 'airport', 'stadium', 'mosque', 'prison', 'hospital', 'airfield', 'airstrip']);

/** Heads of an institution named by a possessive: "King's College", "Guy's Hospital". */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['college', 'university', 'hospital', 'school', 'academy']);

/**
 * The phrase key of a run of tokens: their match keys joined by one space.
 * @param tokens The paragraph's tokens.
 * @param start First token.
 * @param end Index past the last.
 * @returns The key ("negombo", "kuala lumpur").
 */
function runKey(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((token) => token.norm).join(' ');
}

/** A Russian surname in the dative, prepositional or instrumental ("Назарбаеву", "Назарбаеве", "Назарбаевым"). */
const RUSSIAN_OBLIQUE_SURNAME = /(?:ов|ев|ёв|ин)(?:у|е|ым)$/u;

/** Endings of Russian nouns that open a sentence before a surname ("Задержание", "Соратники", "Делегация"), never of given names. */
const RUSSIAN_NOUN_SUFFIX = /(?:ние|тие|ство|ция|ость|ики|ники|цы)$/u;

/** Month names that are also surnames ("Theresa May", "Jasper June"), as match keys. */
const MONTH_SURNAMES: ReadonlySet<string> = new Set(['may', 'june', 'august']);

/** Arabic words that open a place's name ("Burj" tower, "Ras" cape, "Wadi" valley, "Deir" monastery), as match keys. */
/**
 * English nouns that open a place's name: "Fort Leavenworth", "Hotel Serena", "Camp Simba", "Mount Elgon", "Lake Chad".
 * The noun is a common word, part of the name (`PlaceEvidence.opener`).
 */
const ENGLISH_PLACE_OPENERS: ReadonlySet<string> = new Set(['fort', 'hotel', 'camp', 'mount', 'lake', 'cape',
  // Malay and Indonesian streets: "Jalan MH Thamrin", "Jalan Ampang"; villages: "Kampung Baru".
  'jalan', 'kampung',
  // The Philippines' villages and wards: "Barangay Colonia".
  'barangay']);

const ARABIC_PLACE_WORDS: ReadonlySet<string> = new Set([
  'burj', 'ras', 'wadi', 'jabal', 'jebel', 'deir', 'dayr', 'ain', 'ayn', 'bab', 'beit', 'bayt', 'kafr', 'qasr', 'marj', 'tell', 'tal', 'tall', 'bir', 'souq', 'suq', 'beni', 'bani',
]);

/** The word "Saint" and its abbreviation, as match keys. */
const SAINT_WORDS: ReadonlySet<string> = new Set(['st', 'saint']);

/**
 * Whether a token is the dot of "St." before a capitalised name ("St. Sebastian's
 * Church"), which a name's chunk keeps.
 * @param tokens The paragraph's tokens.
 * @param index The token's index.
 * @returns True for such a dot.
 */
function isSaintDot(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return tokens[index]?.text === '.' && before?.text === 'St' && after !== undefined && isCapitalized(after);
}

/** Heads of a title holder's own office: "Governor's Office", "President's Administration". */
const OFFICE_HEADS: ReadonlySet<string> = new Set(['office', 'administration', 'apparatus', 'chancellery', 'secretariat']);

/**
 * Whether an apostrophe joins one name after a plural ("Westminster Magistrates'
 * Court", "Veterans' Union"): right after a capitalised word ending in "s", before
 * a capitalised word.
 * @param state Pass state.
 * @param index Index of the apostrophe token.
 * @returns True when it does.
 */
function isPluralPossessive(state: PassState, index: number): boolean {
  const { tokens } = state.paragraph;
  const mark = tokens[index];
  if (!mark || (mark.text !== "'" && mark.text !== '’')) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return before !== undefined && after !== undefined && before.end === mark.start && isCapitalized(before) && /s$/.test(before.text) && isCapitalized(after) && after.start === mark.end + 1;
}

/**
 * Whether a unit is a lower-case connector ("of", "bin").
 * @param unit A unit.
 * @returns True for connector words written in lower case.
 */
function isConnector(unit: Unit): boolean {
  return unit.token !== undefined && !isCapitalized(unit.token) && !PATRONYMICS.has(unit.token.norm);
}

/**
 * Read one chunk (see the module comment).
 * @param state Pass state.
 * @param units The chunk.
 */
function readChunk(state: PassState, units: Unit[]): void {
  units = openSaintVenue(state, units);
  // ("The Gift of the Givers foundation said": a sentence's "The" is no part of the name before the kind.)
  const afterThe = units[0]?.token?.norm === 'the' ? units.slice(1) : units;
  if (readSuffixedOrganization(state, afterThe) || readPublication(state, units) || readNamedSanctuary(state, units) || readHeadFirstVenue(state, units)) return;
  // "Supporters of the BringBackOurGirls movement", "The Hizmet movement": the body's name starts after the chunk's last "the".
  const lastThe = units.findLastIndex((unit) => unit.token?.norm === 'the');
  if (lastThe >= 0 && lastThe < units.length - 1 && readSuffixedOrganization(state, units.slice(lastThe + 1))) {
    const before: Unit[][] = [];
    pushTrimmedChunk(before, units.slice(0, lastThe));
    for (const chunk of before) readChunk(state, chunk);
    return;
  }
  const trimmed = stripNoise(state, units);
  if (trimmed.length === 0) return;
  if (readLowercaseHeadOrganization(state, trimmed)) return;
  // "the King Baudouin Stadium", "the Imam Hussein Mosque": a style before a venue's name is part of the venue's name.
  // "Hassan Sheikh Mohamud", "Abu Bakr Haji Omar": a styled title inside a name, after its given name, is part of the name.
  // ("Airman Apprentice X Y of Richmond Hill": a rank, a name, then "of" and the place the person comes from.)
  const placeLike = (isPlaceSegment(trimmed) || venueBeforeLocation(trimmed) > 0) && !opensWithRankBeforeOf(trimmed);
  // ("the Istanbul Chief Public Prosecutor's Office": title words between a city and a generic office name the city's office.)
  const localOffice = trimmed.some((unit, k) => isGenericOffice(unit) && isLocalOffice(trimmed, k));
  const title = placeLike || localOffice ? undefined : titleSplit(trimmed, (k) => isStyleInName(state, trimmed, k));
  if (title !== undefined) {
    // "Interior Cabinet Secretary X": the capitalised role words before the title belong to it, no body of their own.
    let first = title.first;
    // ("Union Home Minister X": India's federal "Union" opening the title is no body's head there.)
    while (first > 0 && trimmed[first - 1]?.token !== undefined && isCapitalized(trimmed[first - 1]?.token as Token) && ROLE_WORDS.has(trimmed[first - 1]?.token?.norm ?? '') && (!isOrgHead(trimmed[first - 1]?.token?.norm ?? '') || (first === 1 && trimmed[0]?.token?.norm === 'union'))) first--;
    if (first > 0 && trimmed[first - 1]?.token?.norm === 'cabinet') first--;
    const before = trimmed.slice(0, first);
    if (before.some((unit) => unit.token !== undefined && isCapitalized(unit.token))) readChunk(state, before);
    const titleToken = trimmed[title.name - 1]?.token;
    readRun(state, trimmed.slice(title.name, title.end), { titled: true, honorific: titleToken !== undefined && HONORIFICS.has(titleToken.norm) });
    const after = trimmed.slice(title.end);
    if (after.length > 0) readChunk(state, after);
    return;
  }
  for (const whole of splitSegments(trimmed, (units) => isPersonNameUnits(state, units))) {
    const cut = headlessLead(whole);
    if (cut > 0) readRuns(state, whole.slice(0, cut));
    const segment = dropTrailingTime(cut > 0 ? stripNoise(state, whole.slice(cut + 1)) : whole);
    if (segment.length === 0) continue;
    // "Air France", "Air India", "Air Astana": "Air" and a country's or a city's name is an airline.
    if (segment.length === 2 && segment[0]?.token?.text === 'Air' && segment[1]?.mention !== undefined && isGeographic(segment[1] as Unit)) {
      const { paragraph } = state;
      const start = (segment[0] as Unit).start;
      const end = (segment[1] as Unit).end;
      state.out.absorbed.add(segment[1]?.mention as Mention);
      const airline = mentionOf(paragraph, start, end, { kind: 'found', type: 'organization', name: paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0) }, true);
      state.out.mentions.push(airline);
      state.foundByEnd.set(end, airline);
      continue;
    }
    // "Upper Egypt", "Greater Tunis": a part of a known place named by a prefix and the place.
    if (segment.length === 2 && isPrefixedPlace(segment)) {
      readPrefixedPlace(state, segment);
      continue;
    }
    // "Christian D. Albers of the Eastern District": a name with a middle initial is no part of a body's name.
    const initialName = leadingInitialName(segment);
    if (initialName > 0) {
      readRun(state, segment.slice(0, initialName), {});
      readChunk(state, segment.slice(initialName));
      continue;
    }
    // "the Cabinet of Ministers Jane Doe": a body's name, then a person's, with no comma between.
    const personAt = trailingPersonAt(state, segment, isTitleWord(segment[0]) || (cut > 0 && whole.slice(0, cut).some((unit) => isTitleWord(unit))));
    if (personAt > 0) {
      readChunk(state, segment.slice(0, personAt));
      readRun(state, segment.slice(personAt), {});
      continue;
    }
    // "St Sebastian's Church in Katuwapitiya": a venue's name ends at its head; the place after "in" is where it stands.
    const venueEnd = venueBeforeLocation(segment);
    if (venueEnd > 0) {
      readPlaceSegment(state, segment.slice(0, venueEnd));
      readLocation(state, segment.slice(venueEnd + 1));
      continue;
    }
    // "the Dimaporo Gymnasium of Mindanao State University": a venue of an institution is a place, the institution a body.
    const venueOf = venueOfInstitution(segment);
    if (venueOf > 0) {
      readPlaceSegment(state, segment.slice(0, venueOf));
      readChunk(state, segment.slice(venueOf + 1));
      continue;
    }
    // "Runshaw College in Leyland": a school's name ends at its head too.
    const schoolEnd = institutionBeforeLocation(segment);
    if (schoolEnd > 0) {
      readChunk(state, segment.slice(0, schoolEnd));
      readLocation(state, segment.slice(schoolEnd + 1));
      continue;
    }
    // "on the outskirts of Lamitan City in Basilan", "from Borno State in Nigeria": a city or a state, then where it lies.
    const cityEnd = headBeforeIn(segment);
    if (cityEnd > 1 && isFacilitySegment(state, segment.slice(0, cityEnd))) {
      readPlaceSegment(state, segment.slice(0, cityEnd));
      readLocation(state, segment.slice(cityEnd + 1));
      continue;
    }
    // "the Consultative Council for National Security in Sofia", "Kattankudy in the Eastern Province": a name ends
    // before "in" (or "on") and a town, a street or a province.
    const nameEnd = nameBeforeTown(segment);
    if (nameEnd > 0) {
      const name = segment.slice(0, nameEnd);
      // ("Kattankudy in the Eastern Province": a plain word before a province is a town in it.)
      const town = name.length <= 2 && !hasHeadWord(name) && name.every((unit) => unit.token !== undefined && isCapitalized(unit.token) && !state.knowledge.givenNames.has(unit.token.norm))
        && ADMINISTRATIVE_DIVISIONS.has(segment[segment.length - 1]?.token?.norm ?? '');
      // ("at the Hussaini Dalan in Old Dhaka": plain words after "at the", before a town, name a venue in it.)
      const tokens = state.paragraph.tokens;
      const first = (name[0] as Unit).start;
      const venue = name.length <= 3 && !hasHeadWord(name) && name.every((unit) => unit.token !== undefined && isCapitalized(unit.token))
        && tokens[first - 1]?.norm === 'the' && tokens[first - 2]?.norm === 'at';
      if (town || venue) readLocation(state, name);
      else readChunk(state, name);
      readLocation(state, segment.slice(nameEnd + 1));
      continue;
    }
    // "SDF official Marvan Qamishlo told ...": a given name, then a surname that names a known town too, where a role
    // or an apposition says a person is named.
    if (isPersonWithPlaceSurname(state, segment)) {
      readRun(state, segment, { titled: true });
      continue;
    }
    if (isFacilitySegment(state, segment)) {
      readPlaceSegment(state, segment);
      // "Beth Israel Deaconess Medical Center": a country inside the facility's name is no mention of its own.
      for (const unit of segment.slice(1)) if (unit.mention) state.out.absorbed.add(unit.mention);
    } else if (isPlaceSegment(segment) && hasOrgWordBeforeHead(segment)) {
      // "Centre Block", "Parliament Hill": a body's word inside, but the last word, the head, makes it a place.
      readPlaceSegment(state, segment);
    }
    else if (isOrganizationSegment(state, segment) || isDenominationalChurch(segment)) readOrganization(state, segment);
    else if (isPlaceSegment(segment)) readPlaceSegment(state, segment);
    else readRuns(state, segment);
  }
}

/** Words before "Centre"/"Center" that make it a place one goes to, not a body ("Medical Center", "Custodial Centre"). */
const FACILITY_CENTRE_WORDS: ReadonlySet<string> = new Set([
  'medical', 'custodial', 'detention', 'correctional', 'culture', 'cultural', 'shopping', 'trade', 'community', 'convention',
  'exhibition', 'sports', 'rehabilitation', 'holding', 'reception', 'transit', 'processing', 'leisure', 'business', 'performing',
]);

/**
 * Whether a segment names a facility or a federal state, a place though its head
 * is a body's word: "Beth Israel Deaconess Medical Center", "the Kuje Custodial
 * Centre", and after a place preposition "in Borno State", "from Rakhine State",
 * "in Marawi City".
 * @param state Pass state.
 * @param units The segment.
 * @returns True for such places.
 */
function isFacilitySegment(state: PassState, units: readonly Unit[]): boolean {
  const last = units[units.length - 1]?.token;
  const before = units[units.length - 2]?.token;
  if (!last || !before || !isCapitalized(last) || !isCapitalized(before)) return false;
  if ((last.norm === 'centre' || last.norm === 'center') && FACILITY_CENTRE_WORDS.has(before.norm)) return true;
  if ((last.norm !== 'state' && last.norm !== 'city') || units.length > 3 || units.some((unit) => unit.mention !== undefined)) return false;
  const words = units.slice(0, -1).map((unit) => unit.token);
  const preposition = state.paragraph.tokens[(units[0] as Unit).start - 1];
  return preposition !== undefined && !isCapitalized(preposition) && TOWN_PREPOSITIONS.has(preposition.norm)
    && words.every((token) => token !== undefined && isCapitalized(token) && !state.knowledge.commonWords.has(token.norm) && !isOrgHead(token.norm) && !isTitleToken(token));
}

/**
 * Where a venue's name ends in a segment that goes on with "in" and a place
 * ("St Sebastian's Church in Katuwapitiya", "the Grand Mosque in Kuwait City"):
 * the index of the "in" after a capitalised place head, when the words before
 * it name a venue and capitalised words follow it.
 * @param segment A segment of a chunk.
 * @returns The index of "in", or -1.
 */
function venueBeforeLocation(segment: readonly Unit[]): number {
  const at = headBeforeIn(segment, IN_OR_ON);
  if (at <= 0 || !PLACE_HEADS.has(segment[at - 1]?.token?.norm ?? '') || !isPlaceSegment(segment.slice(0, at))) return -1;
  // After "on", a place too ("on the Chao Phraya River"), not a day ("on Remembrance Sunday").
  const last = segment[segment.length - 1] as Unit;
  const placeAfter = PLACE_HEADS.has(last.token?.norm ?? '') || STREET_ABBREVIATIONS.has(last.token?.norm ?? '') || (last.mention !== undefined && isGeographic(last));
  return segment[at]?.token?.norm === 'in' || placeAfter ? at : -1;
}

/**
 * Where a venue's name ends before "of" and the institution it belongs to ("the
 * Dimaporo Gymnasium of Mindanao State University", "the Main Hall of Kabul
 * University"): the index of "of" after a capitalised place head, when the
 * segment ends with an institution's head.
 * @param segment A segment of a chunk.
 * @returns The index of "of", or -1.
 */
function venueOfInstitution(segment: readonly Unit[]): number {
  const last = segment[segment.length - 1]?.token;
  if (last === undefined || !isCapitalized(last) || !(INSTITUTION_HEADS.has(last.norm) || last.norm === 'institute')) return -1;
  const at = segment.findIndex((unit, k) => k >= 2 && unit.token?.norm === 'of');
  const head = segment[at - 1]?.token;
  if (at < 0 || head === undefined || !isCapitalized(head) || !PLACE_HEADS.has(head.norm) || INSTITUTION_HEADS.has(head.norm)) return -1;
  return isPlaceSegment(segment.slice(0, at)) && at + 2 < segment.length ? at : -1;
}

/**
 * Where a body's or a place's name ends before "in" or "on" and where it
 * stands: a town the gazetteer knows ("... for National Security in Sofia"),
 * or a name closed by a street's or a division's noun ("... Center on
 * Amnicola Highway", "Kattankudy in the Eastern Province"). A country after
 * "in" is part of many bodies' names ("Mission in Afghanistan") and stays.
 * @param segment A segment of a chunk.
 * @returns The index of "in" or "on", or -1.
 */
function nameBeforeTown(segment: readonly Unit[]): number {
  const at = headBeforeIn(segment, IN_OR_ON);
  if (at <= 0) return -1;
  const rest = segment.slice(segment[at + 1]?.token?.norm === 'the' ? at + 2 : at + 1);
  const last = rest[rest.length - 1];
  if (last === undefined) return -1;
  const town = (rest.length === 1 && last.mention?.ref.kind === 'city') || (rest.length === 2 && isPrefixedPlace(rest));
  const closed = last.token !== undefined && isCapitalized(last.token) && (STREET_WORDS.has(last.token.norm) || STREET_ABBREVIATIONS.has(last.token.norm) || ADMINISTRATIVE_DIVISIONS.has(last.token.norm));
  return town || closed ? at : -1;
}

/** Street words written short that close a street's name ("Deans Ave", "Station Rd"). */
const STREET_ABBREVIATIONS: ReadonlySet<string> = new Set(['ave', 'rd', 'blvd', 'hwy']);

/** The prepositions after a venue's head before where it stands: "St Mary's Church in X", "Sathorn Pier on the X River". */
const IN_ONLY: ReadonlySet<string> = new Set(['in']);
const IN_OR_ON: ReadonlySet<string> = new Set(['in', 'on']);

/**
 * Where a school's name ends in a segment that goes on with "in" and a place
 * ("Runshaw College in Leyland"): the index of the "in" after its head.
 * @param segment A segment of a chunk.
 * @returns The index of "in", or -1.
 */
function institutionBeforeLocation(segment: readonly Unit[]): number {
  const at = headBeforeIn(segment);
  return at > 1 && INSTITUTION_HEADS.has(segment[at - 1]?.token?.norm ?? '') ? at : -1;
}

/**
 * The index of the first "in" of a segment that follows a capitalised word and
 * comes before a capitalised word or a known name.
 * @param segment A segment of a chunk.
 * @returns The index of "in", or -1.
 */
function headBeforeIn(segment: readonly Unit[], prepositions: ReadonlySet<string> = IN_ONLY): number {
  for (let k = 1; k + 1 < segment.length; k++) {
    if (!prepositions.has(segment[k]?.token?.norm ?? '')) continue;
    const head = segment[k - 1]?.token;
    // ("Sathorn Pier on the Chao Phraya River": "the" may stand between.)
    const next = segment[k + 1]?.token?.norm === 'the' ? segment[k + 2] : segment[k + 1];
    const nextCapitalized = next?.mention !== undefined || (next?.token !== undefined && isCapitalized(next.token));
    return head !== undefined && isCapitalized(head) && nextCapitalized ? k : -1;
  }
  return -1;
}

/**
 * Read the place after a venue's "in": a known place keeps its own mention; one
 * to three capitalised plain words are a place's name; anything else is read as
 * a chunk of its own.
 * @param state Pass state.
 * @param units The units after "in".
 */
function readLocation(state: PassState, units: Unit[]): void {
  const plain = units.length <= 3 && units.every((unit) => unit.token !== undefined && isCapitalized(unit.token) && !NEVER_NAMES.has(unit.token.norm));
  if (!plain) {
    readChunk(state, units);
    return;
  }
  const { paragraph } = state;
  const start = (units[0] as Unit).start;
  const end = (units[units.length - 1] as Unit).end;
  const name = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0);
  const country = state.knowledge.towns.get(runKey(paragraph.tokens, start, end))?.country;
  state.out.mentions.push(mentionOf(paragraph, start, end, { kind: 'found', type: 'place', name, ...(country ? { country } : {}) }, true, country));
}

/**
 * Where a person's name of two words closes a segment that starts with a
 * body's name ("Cabinet of Ministers Jane Doe"): the two last units are
 * capitalised plain words, the first a known given name, neither a head
 * noun, and a head noun stands before them.
 * @param state Pass state (given names).
 * @param segment A segment of a chunk.
 * @param titled Whether a title opens the segment or the lead cut before it ("Director General of ...").
 * @returns The index where the person's name starts, or -1.
 */
function trailingPersonAt(state: PassState, segment: readonly Unit[], titled: boolean): number {
  const at = segment.length - 2;
  if (at < 2) return -1;
  const given = segment[at]?.token;
  const family = segment[at + 1]?.token;
  if (!given || !family || !isCapitalized(given) || !isCapitalized(family) || isAllCaps(given.text) || isAllCaps(family.text)) return -1;
  // "Director General of Health Services Anil Jasinghe": after a title that opens the segment, a name of unlisted words too.
  const { commonWords, givenNames } = state.knowledge;
  const titledName = titled && !commonWords.has(given.norm) && !commonWords.has(family.norm) && !NEVER_NAMES.has(family.norm);
  if (!(givenNames.has(given.norm) || titledName) || isOrgHead(given.norm) || isOrgHead(family.norm) || isTitleToken(given)) return -1;
  return hasHeadWord(segment.slice(0, at)) ? at : -1;
}

/**
 * Read "the ruling United Russia party", "the We Are Together fund": a capitalised
 * chunk after "the" and before a lower-case noun of a body's kind is that body's name;
 * so is a chunk holding a known place right after such a noun ("its magazine Voice of
 * Khurasan"). A chunk of known names only ("the Taliban movement") is not.
 * @param state Pass state.
 * @param units The chunk.
 * @returns True when the chunk was read so.
 */
function readSuffixedOrganization(state: PassState, units: Unit[]): boolean {
  const { paragraph } = state;
  const first = units[0];
  const last = units[units.length - 1];
  if (!first || !last || units.length > 5) return false;
  // "the Example Daulah (ED) network": the name's acronym in brackets may stand before the kind.
  const bracketed = paragraph.tokens[last.end]?.text === '(' && /^\p{Lu}{2,8}$/u.test(paragraph.tokens[last.end + 1]?.text ?? '') && paragraph.tokens[last.end + 2]?.text === ')';
  // ("the Jeish al-Adl terrorist group", "the Example militant network": a kind's adjective may stand before it.)
  const kindAt = bracketed ? last.end + 3 : last.end;
  const modified = KIND_ADJECTIVES.has(paragraph.tokens[kindAt]?.norm ?? '') && !isCapitalized(paragraph.tokens[kindAt] as Token) && ORG_SUFFIXES.has(paragraph.tokens[kindAt + 1]?.norm ?? '');
  const kind = paragraph.tokens[modified ? kindAt + 1 : kindAt];
  // ("the Shiite group Hezbollah": one word before "group" may be a sect's or a people's adjective.)
  const suffixed = kind !== undefined && ORG_SUFFIXES.has(kind.norm) && !isCapitalized(kind) && !(kind.norm === 'group' && last.end - first.start < 2)
    && paragraph.tokens.slice(Math.max(0, first.start - 2), first.start).some((token) => token.norm === 'the' || token.norm === 'its' || token.norm === 'their');
  // "its magazine Voice of Khurasan", "the newspaper Novaya Gazeta": the kind before the name.
  const introducer = paragraph.tokens[first.start - 1];
  const introduced = introducer !== undefined && ORG_INTRODUCERS.has(introducer.norm) && !isCapitalized(introducer)
    && units.some((unit) => unit.match !== undefined);
  if (!suffixed && !introduced) return false;
  // ("the online English-language magazine", "a Russian-speaking group": a compound adjective names nothing.)
  if (units.length === 1 && COMPOUND_ADJECTIVE.test(first.token?.text ?? '')) return false;
  if (units.some((unit) => unit.match !== undefined && unit.match.targets.some((target) => target.kind === 'organization'))) return false;
  if (!units.some((unit) => unit.token !== undefined && isCapitalized(unit.token) && (introduced || !isOrgHead(unit.token.norm)))) return false;
  const start = first.start;
  // ("the Counter Terrorism and Transnational Crime unit": a unit's kind stays in its name.)
  // (Not after a name with a head of its own: "the Anti-Terrorism Squad unit" is the Anti-Terrorism Squad.)
  // (Nor after an acronym: "the SOBR unit" is SOBR.)
  const kindInName = suffixed && !bracketed && !modified && ORG_SUFFIXES_IN_NAME.has(kind.norm) && units.length >= 2 && !isOrgHead(last.token?.norm ?? '');
  const end = kindInName ? last.end + 1 : last.end;
  const name = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0);
  const mention = mentionOf(paragraph, start, end, { kind: 'found', type: 'organization', name }, true);
  state.out.mentions.push(mention);
  state.foundByEnd.set(end, mention);
  for (const unit of units) if (unit.mention) state.out.absorbed.add(unit.mention);
  return true;
}

/**
 * @param run Three units.
 * @returns Whether they are a French venue's noun with a capital, "de", "du" or "des", and a known place: "Stade de
 *   France", "Gare de Lyon" (`readRuns` keeps the place in the run, `readRun` reads the whole as a place).
 */
function isFrenchVenueOfPlace(run: readonly Unit[]): boolean {
  const [head, joiner, place] = run;
  return run.length === 3 && head?.token !== undefined && isCapitalized(head.token) && FRENCH_PLACE_HEADS.has(head.token.norm)
    && ['de', 'du', 'des'].includes(joiner?.token?.norm ?? '') && place?.mention !== undefined && isGeographic(place);
}

/** Adjectives of an armed group's kind before its noun: "terrorist group", "militant network", "separatist movement". */
const KIND_ADJECTIVES: ReadonlySet<string> = new Set(['terrorist', 'militant', 'jihadist', 'extremist', 'separatist', 'armed', 'rebel', 'insurgent', 'islamist', 'criminal']);

/** A compound adjective of one word: "English-language", "Russian-speaking", "Kabul-based", "US-backed". */
const COMPOUND_ADJECTIVE = /^\p{L}+-(?:language|speaking|based|born|backed|led|funded|run|owned|linked|affiliated|style)$/iu;

/**
 * Heads that open the name of a house of worship or a venue before "of" ("Cathedral of Christ the Saviour",
 * "Hall of Honour"), or before French "des", "de", "du" ("Promenade des Anglais", "Place de la Concorde").
 */
const SANCTUARY_HEADS: ReadonlySet<string> = new Set([
  'cathedral', 'mosque', 'monastery', 'temple', 'basilica', 'shrine', 'synagogue', 'church',
  'hall', 'palace', 'promenade', 'place', 'square', 'tower', 'bridge', 'gate', 'boulevard', 'avenue', 'rue', 'plaza',
]);

/** Joiners between such a head and the rest of the name. */
const SANCTUARY_JOINERS: ReadonlySet<string> = new Set(['of', 'des', 'de', 'du']);

/**
 * Read "the Church of the Intercession", "the Cathedral of St Sophia", "the Hall of
 * Honour", "the Promenade des Anglais": a house of worship or a venue named by its head
 * noun, "of" and a name, is a place. ("Church" needs "of the": "Church of England" is a body.)
 * @param state Pass state.
 * @param units The chunk.
 * @returns True when the chunk was read so.
 */
function readNamedSanctuary(state: PassState, units: Unit[]): boolean {
  const { paragraph } = state;
  // "the Great Mosque of al-Nuri": one capitalised word may stand before the head.
  const lead = units[0]?.token !== undefined && isCapitalized(units[0].token) && units[1]?.token !== undefined && SANCTUARY_HEADS.has(units[1].token.norm) ? 1 : 0;
  const [head, joiner, next] = units.slice(lead);
  // "the Great Mosque of al-Nuri in Mosul": the name ends before a preposition after its "of" part.
  const cut = units.findIndex((unit, k) => k > lead + 2 && unit.token !== undefined && !isCapitalized(unit.token) && VENUE_NAME_ENDS.has(unit.token.norm));
  const rest = cut > 0 ? units.slice(cut + 1) : [];
  if (cut > 0) units = units.slice(0, cut);
  const first = units[0];
  const last = units[units.length - 1];
  if (!first?.token || !head?.token || !joiner?.token || !last?.token || units.length - lead < 3 || units.length > 7) return false;
  const lastIsName = isCapitalized(last.token) || /^(?:al|el|an|ad|ar|as|ash|at|az)-\p{Lu}/u.test(last.token.text);
  if (!SANCTUARY_HEADS.has(head.token.norm) || !isCapitalized(head.token) || !SANCTUARY_JOINERS.has(joiner.token.norm) || !lastIsName) return false;
  if (head.token.norm === 'church' && next?.token?.norm !== 'the') return false;
  const name = paragraph.text.slice(first.token.start, last.token.end);
  state.out.mentions.push(mentionOf(paragraph, first.start, last.end, { kind: 'found', type: 'place', name }, true));
  for (const unit of units) if (unit.mention) state.out.absorbed.add(unit.mention);
  if (rest.some((unit) => unit.mention !== undefined || (unit.token !== undefined && isCapitalized(unit.token)))) readChunk(state, rest);
  return true;
}

/** Venues' heads that open their names in Malay, French and Spanish usage: "Hospital Sultan Ismail", "Hôpital Pasteur", "Masjid Negara". */
const HEAD_FIRST_VENUES: ReadonlySet<string> = new Set(['hospital', 'hopital', 'masjid', 'klinik']);

/**
 * Read "Hospital Sultan Ismail", "Hospital Kuala Lumpur", "Hôpital Pasteur": a chunk opened by a
 * venue's head with a capital, then one to three names (a ruler's style among them, no role), is a place.
 * A known city that is the whole name keeps its own mention, as in "Osh Bazaar".
 * @param state Pass state.
 * @param units The chunk.
 * @returns True when the chunk was read so.
 */
function readHeadFirstVenue(state: PassState, units: Unit[]): boolean {
  // "l'Hôpital Pasteur de Nice": the French name ends before "de" and its town.
  const town = units.findIndex((unit, k) => k >= 2 && unit.token !== undefined && FRENCH_OFFICE_JOINERS.has(unit.token.norm));
  if (town > 0) {
    if (!readHeadFirstVenue(state, units.slice(0, town))) return false;
    readChunk(state, units.slice(town + 1));
    return true;
  }
  const [head, ...rest] = units;
  if (head?.token === undefined || !isCapitalized(head.token) || !HEAD_FIRST_VENUES.has(head.token.norm) || rest.length === 0 || rest.length > 3) return false;
  const nameWord = (unit: Unit): boolean => unit.token === undefined
    ? unit.mention !== undefined && isGeographic(unit)
    : unit.token.word && isCapitalized(unit.token) && !NEVER_NAMES.has(unit.token.norm)
      && (STYLED_TITLES.has(unit.token.norm) || (!ROLE_WORDS.has(unit.token.norm) && !isTitleToken(unit.token)));
  if (!rest.every(nameWord)) return false;
  readPlaceSegment(state, units);
  // ("Hospital Sultanah Aminah": a town's name among a person's words is no mention of the town.)
  if (rest.length > 1) for (const unit of rest) if (unit.mention) state.out.absorbed.add(unit.mention);
  return true;
}

/**
 * "St Francis Xavier Catholic Church in Owo": a saint's name opening a chunk, then a body the gazetteer knows whose
 * name ends in a venue's head ("Catholic Church"), is a building: the body's match is read as its words.
 * @param state Pass state (the body's mention is absorbed).
 * @param units A chunk.
 * @returns The chunk, the body's match opened into word units when it is so.
 */
function openSaintVenue(state: PassState, units: Unit[]): Unit[] {
  const tokens = state.paragraph.tokens;
  const saint = units[0] === undefined ? undefined : tokens[units[0].start];
  if (saint === undefined || !(SAINT_WORDS.has(saint.norm) || ROMANCE_SAINT_WORDS.has(saint.norm)) || !isCapitalized(saint)) return units;
  // (The saint's name may be a town's too: "Santa Maria" is a city the gazetteer knows.)
  const capitalised = (unit: Unit): boolean => unit.token !== undefined ? isCapitalized(unit.token) : tokens.slice(unit.start, unit.end).every((token) => isCapitalized(token));
  const at = units.findIndex((unit, k) => k >= 2 && unit.match !== undefined && unit.mention?.type === 'organization'
    && PLACE_HEADS.has(tokens[unit.end - 1]?.norm ?? '') && units.slice(0, k).every(capitalised));
  if (at < 0) return units;
  const words: Unit[] = [];
  for (const unit of units.slice(0, at + 1)) {
    if (unit.token !== undefined) {
      words.push(unit);
      continue;
    }
    if (unit.mention) state.out.absorbed.add(unit.mention);
    for (let k = unit.start; k < unit.end; k++) words.push({ start: k, end: k + 1, token: tokens[k] as Token });
  }
  return [...words, ...units.slice(at + 1)];
}

/** Saints' titles of Romance languages opening a church's name ("Santa Maria Tak Bercela Catholic Church"), as match keys. */
const ROMANCE_SAINT_WORDS: ReadonlySet<string> = new Set(['santa', 'santo', 'san', 'sao', 'sainte', 'sant']);

/** Prepositions that end a venue's name after its "of" part ("... of al-Nuri in Mosul"). */
const VENUE_NAME_ENDS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near', 'from', 'to']);

/** Words after which a capitalised "The" opens a publication's title ("told The New Yorker", "in The Economist"). */
const PUBLICATION_LEADS: ReadonlySet<string> = new Set(['to', 'told', 'tells', 'in', 'by', 'from', 'with', 'for']);

/**
 * Read "spoke to The New Yorker", "wrote in The Economist": a capitalised "The"
 * inside a sentence, after a preposition or "told", opening one to three
 * capitalised words, is the title of a publication.
 * @param state Pass state.
 * @param units The chunk.
 * @returns True when the chunk was read so.
 */
function readPublication(state: PassState, units: Unit[]): boolean {
  const { paragraph } = state;
  const first = units[0];
  const last = units[units.length - 1];
  if (!first?.token || !last || first.token.text !== 'The' || paragraph.sentenceStart[first.start] === true) return false;
  if (units.length < 2 || units.length > 4 || !PUBLICATION_LEADS.has(paragraph.tokens[first.start - 1]?.norm ?? '')) return false;
  const rest = units.slice(1);
  if (!rest.every((unit) => (unit.token !== undefined && isCapitalized(unit.token)) || unit.match?.targets.every((target) => target.kind !== 'organization'))) return false;
  if (rest.some((unit) => unit.token !== undefined && isTitleToken(unit.token)) || NEVER_NAMES.has(last.token?.norm ?? '')) return false;
  const name = paragraph.text.slice(first.token.start, paragraph.tokens[last.end - 1]?.end ?? first.token.end);
  const mention = mentionOf(paragraph, first.start, last.end, { kind: 'found', type: 'organization', name }, true);
  state.out.mentions.push(mention);
  state.foundByEnd.set(last.end, mention);
  for (const unit of units) if (unit.mention) state.out.absorbed.add(unit.mention);
  return true;
}

/**
 * Drop a day or month joined to the end of a segment ("the Kursk Region on
 * Sunday", "Court on Friday", "in March").
 * @param units A segment.
 * @returns The segment without it.
 */
function dropTrailingTime(units: Unit[]): Unit[] {
  const result = [...units];
  while (result.length > 2 && NEVER_NAMES.has(result[result.length - 1]?.token?.norm ?? '') && isConnector(result[result.length - 2] as Unit)) result.splice(-2, 2);
  return result;
}

/**
 * Where a segment should be cut before a body's name: at a connector ("on",
 * "in", "for", "of", "against", "the") whose left side holds no head noun while
 * its right side does ("Istanbul on Turkish Airlines" is a city, then a body;
 * "Committee on Religious Affairs" is one body).
 * @param units A segment.
 * @returns The index of the connector to cut at, or 0 for no cut.
 */
function headlessLead(units: readonly Unit[]): number {
  for (let k = 1; k + 1 < units.length; k++) {
    const token = units[k]?.token;
    if (!token || isCapitalized(token) || !['on', 'in', 'for', 'of', 'against'].includes(token.norm)) continue;
    const left = units.slice(0, k);
    if (left.some((unit) => unit.match?.targets.some((target) => target.kind === 'organization') === true)) return 0;
    if (hasHeadWord(left) || left.some((unit) => unit.token !== undefined && ORG_PREFIXES.has(unit.token.norm))) return 0;
    // ("the Dimaporo Gymnasium of Mindanao State University": a venue's name on the left is read with what it belongs to.)
    const leftLast = left[left.length - 1]?.token;
    if (leftLast !== undefined && isCapitalized(leftLast) && PLACE_HEADS.has(leftLast.norm) && left.length >= 2) return 0;
    let right = k + 1;
    while (units[right]?.token?.norm === 'the') right++;
    return right < units.length && hasHeadWord(units.slice(right)) ? right - 1 : 0;
  }
  return 0;
}

/**
 * Read the runs of plain words of a segment (between gazetteer matches).
 * @param state Pass state.
 * @param units The segment.
 */
function readRuns(state: PassState, units: Unit[]): void {
  let run: Unit[] = [];
  for (const unit of units) {
    if (unit.token !== undefined && !isConnector(unit)) run.push(unit);
    else if (unit.token !== undefined && NAME_PARTICLES.has(unit.token.norm) && run.length > 0) run.push(unit);
    else if (isWeakUnit(state, unit) || isSurnameAfterGiven(state, unit, run) || (run.length === 2 && isFrenchVenueOfPlace([...run, unit]))) run.push(unit);
    else {
      readRun(state, run, {});
      run = [];
    }
  }
  readRun(state, run, {});
}

/**
 * Split a chunk where "and" (or "and the") starts another body: "the Ministry of
 * Health and the Ministry of Labor" is two; "Ministry of Labor and Social
 * Development" is one.
 * @param units A chunk.
 * @returns Its segments.
 */
function splitSegments(units: Unit[], isPersonName: (units: readonly Unit[]) => boolean = () => false): Unit[][] {
  const segments: Unit[][] = [];
  let current: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const unit = units[k] as Unit;
    if (unit.token?.norm === 'and' || unit.token?.norm === '&') {
      let next = k + 1;
      if (units[next]?.token?.norm === 'the') next++;
      const following = units[next];
      const rest = units.slice(next);
      const restEnd = rest.findIndex((item) => item.token?.norm === 'and');
      const bothBodies = hasHeadWord(current) && hasHeadWord(restEnd < 0 ? rest : rest.slice(0, restEnd));
      // "the Blue Mosque and Hagia Sophia": a venue's name ends at its head noun.
      const venueBefore = current.length >= 2 && isPlaceSegment(current);
      // "Ravelka and the Imam Ali Mosque": a venue after "and the" starts a name of its own.
      const after = restEnd < 0 ? rest : rest.slice(0, restEnd);
      // "at Attari and the High Commission": a body's name after "and the" starts a name of its own too.
      const venueAfter = units[k + 1]?.token?.norm === 'the' && (isPlaceSegment(after) || venueBeforeLocation(after) > 0 || hasHeadWord(after));
      // "Shaukat Hussain Guru and Delhi University lecturer X": a person's name before "and" is no part of the body after it.
      const personBefore = hasHeadWord(after) && isPersonName(current);
      // "in Tanta and St. Mark's Cathedral in Alexandria": a saint's venue after "and" starts a name of its own.
      const saintVenueAfter = following?.token !== undefined && SAINT_WORDS.has(following.token.norm) && (isPlaceSegment(after) || venueBeforeLocation(after) > 0);
      // "the Anti-Terrorism Squad and the Telangana police": a body's name closed by its head ends before "and the".
      const last = current[current.length - 1]?.token;
      const bodyBefore = units[k + 1]?.token?.norm === 'the' && last !== undefined && isCapitalized(last) && isOrgHead(last.norm);
      // "Air France and Turkish Airlines": a people's adjective opening a body's name after "and" starts a name of its own.
      const nationalBodyAfter = current.length >= 2 && following?.match?.targets.some((target) => target.kind === 'demonym') === true && hasHeadWord(after);
      if (following && (startsBody(following) || bothBodies || venueBefore || venueAfter || personBefore || saintVenueAfter || bodyBefore || nationalBodyAfter)) {
        if (current.length > 0) segments.push(current);
        current = [];
        k = next - 1;
        continue;
      }
    }
    current.push(unit);
  }
  if (current.length > 0) segments.push(current);
  return segments.map((segment) => {
    while (segment.length > 0 && isConnector(segment[segment.length - 1] as Unit)) segment.pop();
    while (segment.length > 0 && isConnector(segment[0] as Unit)) segment.shift();
    return segment;
  }).filter((segment) => segment.length > 0);
}

/**
 * Whether units read as a person's name: two to four capitalised name words,
 * no gazetteer match or head noun among them, the first a listed given name
 * or a role's or kin's noun in lower case right before them ("his cousin X Y Z").
 * @param state Pass state.
 * @param units Units.
 * @returns True for such names.
 */
function isPersonNameUnits(state: PassState, units: readonly Unit[]): boolean {
  if (units.length < 2 || units.length > 4 || !units.every((unit) => unit.match === undefined && isNameWord(unit) && unit.token !== undefined && isCapitalized(unit.token))) return false;
  const before = state.paragraph.tokens[(units[0]?.start ?? 0) - 1];
  const introduced = before !== undefined && !isCapitalized(before) && (PERSON_NOUNS.has(before.norm) || isTitleToken(before));
  return introduced || state.knowledge.givenNames.has(units[0]?.token?.norm ?? '');
}

/**
 * Whether some units hold a capitalised organization head noun.
 * @param units Units.
 * @returns True when one of them is a head noun.
 */
function hasHeadWord(units: readonly Unit[]): boolean {
  return units.some((unit) => unit.token !== undefined && isCapitalized(unit.token) && isOrgHead(unit.token.norm));
}

/**
 * Whether a unit opens the name of a body: a head noun, an Arabic-form prefix, or a
 * gazetteer organization.
 * @param unit A unit.
 * @returns True when it does.
 */
function startsBody(unit: Unit): boolean {
  if (unit.token) return isCapitalized(unit.token) && (isOrgHead(unit.token.norm) || ORG_PREFIXES.has(unit.token.norm));
  return unit.match?.targets.some((target) => target.kind === 'organization') === true;
}

/**
 * Whether a segment names a body: a head noun among its plain words, an
 * Arabic-form prefix, or a generic office together with plain capitalised words
 * ("Diplomatic Security Service", "Ministry of Labor and Social Development").
 * @param state Pass state.
 * @param units The segment.
 * @returns True when it does.
 */
function isOrganizationSegment(state: PassState, units: readonly Unit[]): boolean {
  const plain = units.filter((unit) => unit.token !== undefined && isCapitalized(unit.token));
  if (plain.length === 0) return false;
  const first = plain[0]?.token?.norm ?? '';
  if (ORG_PREFIXES.has(first) && units.length > 1 && units[0]?.token !== undefined) return true;
  if (plain.some((unit) => isOrgHead(unit.token?.norm ?? ''))) return true;
  if (units.some((_, k) => isJudicialDistrict(units, k))) return true;
  return units.some((unit, k) => {
    if (!isGenericOffice(unit)) return false;
    // "Diplomatic Security Service": a name word right before the office;
    // "Ministry of Labor and Social Development": a connector and a name word after it.
    if (isOfficeNameWord(state, units[k - 1])) return true;
    // "Istanbul Chief Prosecutor's Office", "Osh City Governor's Office": a city or region,
    // then title words, then the office is that place's own body, not the country's.
    if (isLocalOffice(units, k)) return true;
    const next = units[k + 1]?.token;
    return next !== undefined && ['and', 'for', 'of', 'on', '&'].includes(next.norm) && isOfficeNameWord(state, units[k + 2]);
  });
}

/**
 * @param unit A unit.
 * @returns Whether it is a gazetteer match of a generic office ("Prosecutor's Office", "Interior Ministry").
 */
function isGenericOffice(unit: Unit): boolean {
  return unit.match?.targets.some((target) => target.kind === 'organization' && target.entry.generic) === true;
}

/** A model's code: letters, a hyphen and digits ("C-130", "F-16", "Mi-8", "AK-47", "Su-25"). */
const MODEL_CODE = /^\p{Lu}\p{L}{0,2}-\d+\p{L}?$/u;

/**
 * Whether a unit is a capitalised word that may make a generic office's name
 * specific ("Diplomatic" in "Diplomatic Security Service"): no title word,
 * determiner, never-name or given name.
 * @param state Pass state (given names).
 * @param unit A unit, or undefined past the segment's end.
 * @returns True for such words.
 */
function isOfficeNameWord(state: PassState, unit: Unit | undefined): boolean {
  const token = unit?.token;
  if (!token || !isCapitalized(token)) return false;
  return !isTitleToken(token) && !LEADING_NOISE.has(token.norm) && !NEVER_NAMES.has(token.norm) && !state.knowledge.givenNames.has(token.norm);
}

/** A capitalised name written as a web address with a common top-level domain: "CABAR.asia", "Fergana.news". */
const WEB_NAME = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|info|news|media|asia|kz|kg|uz|tj|tm|ru|ua|az|ge|am|by|md|io|co|tv|fm|online|today|press)$/u;

/**
 * Whether the generic office at `index` is preceded by one to three capitalised title
 * words ("Chief", "Governor's", "City") and, before them, a city or region (not a
 * country): "Istanbul Chief Prosecutor's Office" names the city's own office.
 * @param units A segment.
 * @param index The unit of the generic office.
 * @returns True when it is.
 */
function isLocalOffice(units: readonly Unit[], index: number): boolean {
  let k = index - 1;
  while (k >= 0 && index - k <= 3) {
    const token = units[k]?.token;
    if (!token || !isCapitalized(token)) break;
    const norm = token.norm.replace(/['’]s$/, '');
    if (!TITLE_WORDS.has(norm) && !LOCAL_OFFICE_WORDS.has(norm)) break;
    k--;
  }
  if (k === index - 1 || k < 0) return false;
  const place = units[k] as Unit;
  const kind = place.mention?.ref.kind;
  return kind === 'city' || kind === 'place';
}

/** Capitalised words that may stand between a city and its office: "Istanbul City Police Department". */
const LOCAL_OFFICE_WORDS: ReadonlySet<string> = new Set(['city', 'regional', 'provincial', 'district', 'municipal', 'oblast', 'public']);

/**
 * Whether a segment names a place or venue by its head noun ("Crocus City Hall").
 * @param units The segment.
 * @returns True when its last plain word is a place head and it has another plain word.
 */
function isPlaceSegment(units: readonly Unit[]): boolean {
  const last = units[units.length - 1];
  if (!last?.token || !isCapitalized(last.token) || !PLACE_HEADS.has(last.token.norm)) return false;
  // "Pamir Highway", "Osh Bazaar": a known place right before the head names the venue too.
  const before = units[units.length - 2];
  if (before?.mention && isGeographic(before) && before.mention.ref.kind !== 'country') return true;
  // "Al-Azhar Garden", "Kremlin Palace": a body the gazetteer knows, named by the venue.
  if (units.length === 2 && before?.token === undefined && before?.mention?.type === 'organization') return true;
  // (An office's name that named no body here counts as a word: "Parliament Hill".)
  return units.some((unit) => unit !== last && ((unit.token !== undefined && isCapitalized(unit.token)) || (unit.match !== undefined && unit.mention === undefined)));
}

/**
 * Prefixes that name a part of a place, the area around a city, or a town named after it, with it: "Upper Egypt",
 * "Lower Saxony", "Greater Tunis", "Port Klang", "Old Dhaka".
 */
const PLACE_PART_PREFIXES: ReadonlySet<string> = new Set(['upper', 'lower', 'greater', 'port', 'old']);

/**
 * @param units A chunk of two units.
 * @returns Whether it is such a prefix, capitalised, then a known place (a country, city or region).
 */
function isPrefixedPlace(units: readonly Unit[]): boolean {
  const [prefix, place] = units;
  return prefix?.token !== undefined && isCapitalized(prefix.token) && PLACE_PART_PREFIXES.has(prefix.token.norm) && place?.mention !== undefined && isGeographic(place);
}

/**
 * Read "Upper Egypt" as one place of the known place's country, the known place's mention absorbed.
 * @param state Pass state.
 * @param units The prefix and the place ({@link isPrefixedPlace}).
 */
function readPrefixedPlace(state: PassState, units: readonly Unit[]): void {
  const { paragraph } = state;
  const place = units[1] as Unit;
  const country = mentionCountry(place);
  const start = (units[0] as Unit).start;
  const name = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[place.end - 1]?.end ?? 0);
  if (place.mention) state.out.absorbed.add(place.mention);
  state.out.mentions.push(mentionOf(paragraph, start, place.end, { kind: 'found', type: 'place', name, ...(country ? { country } : {}) }, true, country));
}

/**
 * Whether a segment names a church as a body, not a building: "Church" after a
 * denomination's word and no saint ("Coptic Orthodox Church", "Roman Catholic
 * Church"; not "St Mark's Coptic Church" or "Holy Trinity Church").
 * @param units A segment.
 * @returns True for such a body.
 */
function isDenominationalChurch(units: readonly Unit[]): boolean {
  const last = units[units.length - 1]?.token;
  if (last === undefined || !isCapitalized(last) || last.norm !== 'church' || units.length < 2) return false;
  const before = units.slice(0, -1);
  if (before.some((unit) => unit.token !== undefined && DEDICATION_WORDS.has(unit.token.norm))) return false;
  // (A demonym may open it: "Armenian Apostolic Church".)
  return before.every((unit) => (unit.token !== undefined && isCapitalized(unit.token)) || (unit.match !== undefined && unit.mention === undefined)) && before.some((unit) => DENOMINATIONS.has(unit.token?.norm ?? ''));
}

/** Words of a denomination before "Church". */
const DENOMINATIONS: ReadonlySet<string> = new Set([
  'orthodox', 'catholic', 'anglican', 'protestant', 'evangelical', 'lutheran', 'methodist', 'baptist', 'presbyterian',
  'coptic', 'apostolic', 'episcopal', 'pentecostal', 'reformed', 'adventist', 'maronite', 'assyrian', 'chaldean',
]);

/** A building's dedication before a church's name, beside a saint's title: the building, not the body. */
const DEDICATION_WORDS: ReadonlySet<string> = new Set([...SAINT_WORDS, ...ROMANCE_SAINT_WORDS, 'holy', "'s"]);

/**
 * @param units A place segment ({@link isPlaceSegment}).
 * @returns Whether a body's head noun or a body the gazetteer knows stands before its place head ("Centre Block", "Parliament
 *   Hill", "Al-Azhar Garden"), and no "of" (a body's "Ministry of ... Hospital").
 */
function hasOrgWordBeforeHead(units: readonly Unit[]): boolean {
  const before = units.slice(0, -1);
  const bodyBefore = (unit: Unit): boolean => (unit.token !== undefined && isOrgHead(unit.token.norm)) || (unit.token === undefined && unit.mention?.type === 'organization');
  return before.length <= 3 && before.some(bodyBefore) && !before.some((unit) => unit.token?.norm === 'of');
}

/**
 * Read a segment ending in a place head as a place.
 * @param state Pass state.
 * @param units The segment.
 */
function readPlaceSegment(state: PassState, units: Unit[]): void {
  const { paragraph } = state;
  let from = 0;
  let country: string | undefined;
  while (from < units.length - 2 && units[from]?.mention && isGeographic(units[from] as Unit)) {
    // "Dushanbe International Airport": a place before generic words only is part of the name.
    if (isGenericBeforeHead(state, units.slice(from + 1, -1))) break;
    country ??= mentionCountry(units[from] as Unit);
    from++;
  }
  const start = (units[from] as Unit).start;
  const end = (units[units.length - 1] as Unit).end;
  const name = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0);
  for (const unit of units.slice(from)) if (unit.mention && !isGeographic(unit)) state.out.absorbed.add(unit.mention);
  // "Pamir Highway": a region or range that only names the venue is no mention of
  // its own, nor is a city that names its region ("Bryansk Region"); "Osh Bazaar" keeps Osh.
  const lead = units[from] as Unit;
  const head = (units[units.length - 1] as Unit).token?.norm ?? '';
  if (from === units.length - 2 && REGION_SUFFIXES.has(head) && lead.mention && isGeographic(lead)) country ??= regionCountry(state, runKey(paragraph.tokens, lead.start, lead.end), mentionCountry(lead));
  if (lead.mention && isGeographic(lead)) country ??= mentionCountry(lead);
  const ref = lead.mention?.ref;
  const isCity = ref?.kind === 'city' || (ref?.kind === 'place' && ref.entry.category === 'city');
  // ("the Klang Valley", "the Fergana Valley": a land named after a city is no mention of the city.)
  if (from === units.length - 2 && lead.mention && ref?.kind !== 'country' && (!isCity || REGION_SUFFIXES.has(head) || NATURAL_FEATURE_HEADS.has(head))) state.out.absorbed.add(lead.mention);
  state.out.mentions.push(mentionOf(paragraph, start, end, { kind: 'found', type: 'place', name, ...(country ? { country } : {}) }, true, country));
}

/** Heads of a land or a water named after a place ("Klang Valley", "Kabul River"). */
const NATURAL_FEATURE_HEADS: ReadonlySet<string> = new Set(['valley', 'river', 'lake', 'mountains', 'gorge', 'desert', 'peninsula', 'hill', 'hills', 'basin', 'plain', 'plateau']);

/**
 * Whether the words between a place and a venue's head are generic ones
 * ("International" in "Dushanbe International Airport"), which name nothing alone.
 * @param state Pass state.
 * @param units The units between.
 * @returns True when all are plain common words.
 */
function isGenericBeforeHead(state: PassState, units: readonly Unit[]): boolean {
  // ("Surabaya Central Pentecostal Church": a denomination is as generic as "Central".)
  return units.length > 0 && units.every((unit) => unit.token !== undefined && (GENERIC_VENUE_WORDS.has(unit.token.norm) || DENOMINATIONS.has(unit.token.norm) || state.knowledge.commonWords.has(unit.token.norm)));
}

/** Generic words of venue names that name nothing without their place ("International Airport", "Central Market"). */
const GENERIC_VENUE_WORDS: ReadonlySet<string> = new Set([
  'international', 'regional', 'central', 'main', 'national', 'municipal', 'city', 'grand', 'old', 'new', 'railway', 'railroad', 'bus', 'metro', 'train', 'ferry',
  // "Dhaka Medical College Hospital", "Kabul Military Hospital": a city's hospitals.
  'medical', 'college', 'university', 'teaching', 'general', 'civil', 'district', 'military', 'memorial', 'referral', 'specialist',
]);

/**
 * Whether a unit's mention is a country, city or place (kept when inside a body's name).
 * @param unit A unit.
 * @returns True for geographic mentions.
 */
function isGeographic(unit: Unit): boolean {
  const kind = unit.mention?.ref.kind;
  return kind === 'country' || kind === 'city' || kind === 'place';
}

/**
 * Whether units from `index` read "<Compass> District of <Place>", the name of a
 * judicial district and its federal court ("the Eastern District of Virginia").
 * @param units A chunk.
 * @param index Where the compass word would be.
 * @returns True when they do.
 */
function isJudicialDistrict(units: readonly Unit[], index: number): boolean {
  const compass = units[index]?.token;
  const district = units[index + 1]?.token;
  const joiner = units[index + 2]?.token;
  const place = units[index + 3];
  return compass !== undefined && COMPASS_WORDS.has(compass.norm) && isCapitalized(compass) && district?.norm === 'district' && isCapitalized(district) && joiner?.norm === 'of' && place?.mention !== undefined && isGeographic(place);
}

/** A compass word written before a region ("northern", "north-west", "southeastern"), lower case. */
const COMPASS_ADJECTIVE = /^(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)$/u;

/** Compass adjectives, which may open the name of a body. */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west']);

/**
 * Drop leading determiners and sentence-initial common words ("The", "Earlier").
 * @param state Pass state.
 * @param units A chunk.
 * @returns The chunk without them.
 */
function stripNoise(state: PassState, units: Unit[]): Unit[] {
  let from = 0;
  while (from < units.length) {
    const token = units[from]?.token;
    if (!token) break;
    const lower = token.norm;
    const sentenceInitial = state.paragraph.sentenceStart[token === undefined ? 0 : (units[from] as Unit).start] === true;
    // "Central Election Commission", "Northern Alliance": a compass word opens a body's name.
    // ("the Eastern Province": a place's name too.)
    if (COMPASS_WORDS.has(lower) && isCapitalized(token) && (hasHeadWord(units.slice(from + 1)) || isJudicialDistrict(units, from) || isPlaceSegment(units.slice(from)))) break;
    // "Baloch Liberation Army", "Christian Democratic Union": a people or a faith opens a body's name too.
    if (GROUP_ADJECTIVES.has(lower) && isCapitalized(token) && hasHeadWord(units.slice(from + 1))) break;
    // "Mujahideen Shura Council of Derna", "Sharia Council": a word of the faith, never a name alone, opens a body's name.
    if (FAITH_NAME_OPENERS.has(lower) && isCapitalized(token) && hasHeadWord(units.slice(from + 1))) break;
    // "Ministry of Zakat and Charity Works": a head noun opening a body's name, then "of" and a name.
    if (isOrgHead(lower) && isCapitalized(token) && ['of', 'for', 'on'].includes(units[from + 1]?.token?.norm ?? '') && startsName(units[from + 2])) break;
    // "Chief Executive Abdullah Abdullah said": a title opening the sentence stays, to be split off with its name.
    const next = units[from + 1]?.token;
    if (sentenceInitial && TITLE_WORDS.has(lower) && isCapitalized(token) && next !== undefined && isCapitalized(next) && ROLE_WORDS.has(next.norm)) break;
    // "S A R Geelani", "M L Tahaliyani": initials without full stops open a name ("A" and "I" only before another initial).
    if (initialsBeforeName(units, from)) break;
    // "Armed Forces of the Philippines spokesperson ...": a sentence's first word before a body's head opens the body's name.
    if (sentenceInitial && isCapitalized(token) && next !== undefined && isCapitalized(next) && isOrgHead(next.norm) && !NEVER_NAMES.has(lower) && !TITLE_WORDS.has(lower) && !SENTENCE_ARTICLES.has(lower)) break;
    // "the State Security Agency", "State Intelligence Service": "State" before a word and a body's head opens the body's name;
    // "State House", a president's seat in Kenya, Uganda, Nigeria ...
    if (lower === 'state' && isCapitalized(token) && next !== undefined && isCapitalized(next) && ((!isOrgHead(next.norm) && hasHeadWord(units.slice(from + 2))) || (next.norm === 'house' && from + 2 === units.length))) break;
    // "in Old Dhaka", "Old Delhi": "Old" before a known place names the place's old quarter.
    if (from + 2 === units.length && isPrefixedPlace(units.slice(from))) break;
    // "the Our Lady of Mount Carmel Cathedral": a church's dedication opens its name.
    if (lower === 'our' && isCapitalized(token) && next?.norm === 'lady' && isCapitalized(next)) break;
    if (GERMAN_ARTICLES.has(lower) && units.slice(from + 1).some((unit) => unit.token !== undefined && isCompoundOrgHead(unit.token.norm))) from++;
    else if (LEADING_NOISE.has(lower) || isConnector(units[from] as Unit) || (sentenceInitial && (isCommonNotGiven(state, lower) || NEVER_NAMES.has(lower) || RUSSIAN_SENTENCE_OPENERS.has(token.text.toLowerCase())))) from++;
    // ("La Gendarmerie nationale a ...": a sentence's article before a name the knowledge files know.)
    else if (sentenceInitial && SENTENCE_ARTICLES.has(lower) && units[from + 1]?.mention !== undefined && units[from + 1]?.token === undefined) from++;
    // ("Government Girls Secondary School", "Government College": a state school's or hospital's name keeps its "Government".)
    else if (NEVER_NAMES.has(lower) && !TITLE_WORDS.has(lower) && from + 1 < units.length && !MIDDLE_INITIAL.test(units[from + 1]?.token?.text ?? '') && !isGivenBeforeSurname(state, token, units[from + 1]?.token)
      && !(lower === 'government' && isCapitalized(token) && opensVenueName(units, from))) from++;
    else break;
  }
  const rest = units.slice(from);
  while (rest.length > 0 && isConnector(rest[rest.length - 1] as Unit)) rest.pop();
  return rest;
}

/** Articles that open a sentence in English, French, Spanish and German ("Le Parquet a requis ..."): never part of a body's name there. */
const SENTENCE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'le', 'la', 'les', "l'", 'el', 'los', 'las', 'der', 'die', 'das', 'un', 'une', 'this', 'that', 'these', 'those']);

/**
 * @param units A chunk.
 * @param from A unit's index.
 * @returns Whether capitalised words after that unit run to a place's head ("Government| Girls Secondary School").
 */
function opensVenueName(units: readonly Unit[], from: number): boolean {
  for (let k = from + 1; k < units.length; k++) {
    const token = units[k]?.token;
    if (token === undefined || !isCapitalized(token)) return false;
    if (PLACE_HEADS.has(token.norm)) return true;
  }
  return false;
}

/**
 * Whether a chunk's unit opens a name's initials written without full stops:
 * one capital letter, more such letters perhaps, then a capitalised word of
 * two letters or more ("S A R Geelani", "R K Singh"). "A" and "I", an article
 * and a pronoun too, count only before another initial.
 * @param units A chunk.
 * @param from The unit to judge.
 * @returns True for such initials.
 */
function initialsBeforeName(units: readonly Unit[], from: number): boolean {
  let k = from;
  while (units[k]?.token !== undefined && isBareInitial(units[k]?.token as Token)) k++;
  const name = units[k]?.token;
  if (k === from || name === undefined || !isCapitalized(name) || name.text.length < 2 || isTitleToken(name)) return false;
  return k - from >= 2 || !/^[AI]$/u.test(units[from]?.token?.text ?? '');
}

/**
 * Whether a unit can open the rest of a body's name after "of": a capitalised plain word
 * ("Zakat"), not a gazetteer match ("Ministry of Kazakhstan" is a country's office).
 * @param unit A unit, or undefined past the chunk's end.
 * @returns True for such units.
 */
function startsName(unit: Unit | undefined): boolean {
  return unit?.token !== undefined && isCapitalized(unit.token) && !NEVER_NAMES.has(unit.token.norm);
}

/**
 * Whether a word is a common English word and no given name ("Earlier", not "Said").
 * @param state Pass state (word lists).
 * @param norm The word's match key.
 * @returns True for common words that are no given names.
 */
function isCommonNotGiven(state: PassState, norm: string): boolean {
  return state.knowledge.commonWords.has(norm) && !state.knowledge.givenNames.has(norm);
}

/**
 * Whether a unit is a gazetteer match a personal name may absorb: a city, or a
 * country or place whose name is also a given name ("Jordan", "Virginia").
 * @param state Pass state.
 * @param unit A unit.
 * @returns True for such units.
 */
function isWeakUnit(state: PassState, unit: Unit): boolean {
  const mention = unit.mention;
  if (!mention || !unit.match) return false;
  if (mention.ref.kind === 'city') return true;
  if ((mention.ref.kind === 'country' || mention.ref.kind === 'place') && unit.end - unit.start === 1) {
    const word = state.paragraph.tokens[unit.start]?.norm ?? '';
    return state.knowledge.givenNames.has(word);
  }
  return false;
}

/**
 * Whether a one-word country or place closes a person's name begun by a
 * listed given name that is no word ("Lisa Monaco", "Tom Jordan"): the
 * name after it is what the country's name is there.
 * @param state Pass state.
 * @param unit A gazetteer unit.
 * @param run The run so far.
 * @returns True for such a surname.
 */
function isSurnameAfterGiven(state: PassState, unit: Unit, run: readonly Unit[]): boolean {
  const kind = unit.mention?.ref.kind;
  if ((kind !== 'country' && kind !== 'place') || unit.end - unit.start !== 1 || run.length !== 1) return false;
  const given = run[0]?.token;
  const next = state.paragraph.tokens[unit.end];
  // (Latin script only: a Russian word such as "Сам" may read as a given name once transliterated.)
  return given !== undefined && isCapitalized(given) && /^\p{Script=Latin}/u.test(given.text) && state.knowledge.givenNames.has(given.norm) && !state.knowledge.commonWords.has(given.norm)
    && !(next?.word === true && isCapitalized(next));
}

/** The joining words of Portuguese and Spanish place names ("Mocímboa da Praia", "Foz do Iguaçu"); not "de", which joins many personal names too. */
const ROMANCE_PLACE_JOINERS: ReadonlySet<string> = new Set(['da', 'do', 'dos', 'das', 'del']);

/** Where a title and the name after it lie in a chunk. */
interface TitleSplit {
  /** First unit of the title ("Deputy" in "Deputy Prime Minister X"). */
  first: number;
  /** First unit of the name. */
  name: number;
  /** Unit index past the name. */
  end: number;
}

/**
 * Find a title followed by a name: a capitalised title word, more title or
 * role words ("Deputy Prime Minister"), then one to five name words (no head
 * nouns, no gazetteer matches). Whatever follows the name is left to the caller.
 * @param units A chunk.
 * @returns The split, or undefined.
 */
function titleSplit(units: readonly Unit[], inName: (index: number) => boolean = () => false): TitleSplit | undefined {
  for (let first = 0; first < units.length; first++) {
    if (!isTitleWord(units[first]) || inName(first)) continue;
    let name = first + 1;
    // ("Inspector General of Police Joseph Boinnet": "of" and a role word after the title belong to it.)
    while (name < units.length && (isRoleWord(units[name]) || (units[name]?.token?.norm === 'of' && isRoleWord(units[name + 1]))) && !isNameStart(units, name)) name++;
    let end = name;
    // "Judge Sharon Lovelace Blackburn": a one-word city after two name words is the surname.
    while (end < units.length && end - name < 5 && (isNameWord(units[end]) || (end > name && inName(end)) || (end - name >= 2 && isCitySurname(units[end])))) end++;
    while (end > name && units[end - 1]?.token !== undefined && !isCapitalized(units[end - 1]?.token as Token) && !PATRONYMICS.has(units[end - 1]?.token?.norm ?? '')) end--;
    const words = units.slice(name, end).filter((unit) => unit.token !== undefined && isCapitalized(unit.token));
    if (words.length > 0) return { first, name, end };
  }
  return undefined;
}

/**
 * Whether a styled title (Sheikh, Haji, Hafiz, Mullah ...) stands inside a
 * person's name: right after the name's first word, a listed given name that
 * opens the chunk or follows a lower-case word, and before a capitalised word
 * ("Hassan Sheikh Mohamud"); or after the two first words of a chunk, the
 * first a listed given name ("Mohammad Ajmal Amir Kasab").
 * @param state Pass state (given names).
 * @param units The chunk.
 * @param index The title's index in the chunk.
 * @returns True for such a title.
 */
function isStyleInName(state: PassState, units: readonly Unit[], index: number): boolean {
  const style = units[index]?.token;
  const given = units[index - 1]?.token;
  const next = units[index + 1]?.token;
  if (style === undefined || given === undefined || next === undefined || !STYLED_TITLES.has(style.norm) || !isCapitalized(next)) return false;
  const before = units[index - 2]?.token;
  if (state.knowledge.givenNames.has(given.norm) && (index === 1 || (before !== undefined && (!isCapitalized(before) || isTitleWord(units[index - 2]))))) return true;
  // "Mohammad Ajmal Amir Kasab": two name words opening the chunk, the first a listed given name.
  return index === 2 && before !== undefined && state.knowledge.givenNames.has(before.norm) && isCapitalized(given) && !isTitleWord(units[index - 1]) && !isTitleWord(units[0]);
}

/**
 * Whether a unit is a capitalised title word ("Minister", "President").
 * @param unit A unit, or undefined past the chunk's end.
 * @returns True for such words.
 */
function isTitleWord(unit: Unit | undefined): boolean {
  return unit?.token !== undefined && isCapitalized(unit.token) && !isBareInitial(unit.token) && (isTitleToken(unit.token) || isForeignTitle(unit.token.norm) || isPrefixedTitle(unit.token.norm));
}

/**
 * Roles right before a name in other languages (languages.yaml `role_words`:
 * "Polizist", "Journalistin") and the ends of compound titles (`title_endings`:
 * "Bundesinnenministerin", "Polizeichef", "Generalstaatsanwalt"), as match keys.
 */
const ROLE_WORDS_BEFORE_NAMES: ReadonlySet<string> = new Set(languageVocabulary().roleWords.map(normalizeToken));
const COMPOUND_TITLE = compoundEnding(languageVocabulary().titleEndings.map(normalizeToken));

/**
 * Whether a word is a role of another language or a compound title, alone or
 * after a hyphenated qualifier ("NRW-Innenminister", "CSU-Chef").
 * @param norm The word's match key.
 * @returns True for such titles.
 */
function isForeignTitle(norm: string): boolean {
  const head = norm.includes('-') ? norm.slice(norm.lastIndexOf('-') + 1) : norm;
  return ROLE_WORDS_BEFORE_NAMES.has(norm) || COMPOUND_TITLE.test(norm) || (head !== norm && (ROLE_WORDS_BEFORE_NAMES.has(head) || COMPOUND_TITLE.test(head)));
}

/**
 * Whether a unit is a capitalised title or role word ("Deputy", "Prime", "Analyst").
 * @param unit A unit, or undefined past the chunk's end.
 * @returns True for such words.
 */
function isRoleWord(unit: Unit | undefined): boolean {
  return unit?.token !== undefined && isCapitalized(unit.token) && !isBareInitial(unit.token) && (isTitleToken(unit.token) || ROLE_WORDS.has(unit.token.norm));
}

/**
 * @param token A token.
 * @returns Whether it is one capital letter without a full stop: an initial of a name as South Asian text writes it ("M L Tahaliyani", "R K Singh"), never "M." for "Monsieur".
 */
function isBareInitial(token: Token): boolean {
  // (Latin only: Cyrillic "В", "С", "К" are prepositions that open sentences.)
  return token.text.length === 1 && /^[A-Z]$/u.test(token.text);
}

/**
 * Whether a one-word name stands between commas with an age after it: ", Tamerlan, 26,".
 * @param state Pass state.
 * @param start The name's token.
 * @param end Index past it.
 * @returns True for such an apposition.
 */
function isAgedApposition(state: PassState, start: number, end: number): boolean {
  const tokens = state.paragraph.tokens;
  return tokens[start - 1]?.text === ',' && tokens[end]?.text === ',' && /^\d{1,2}$/.test(tokens[end + 1]?.text ?? '') && [',', ')', '.', ';'].includes(tokens[end + 2]?.text ?? '');
}

/**
 * Whether a unit is a one-word match of the city gazetteer only ("Blackburn",
 * "Preston"), which may be a surname after a person's other names.
 * @param unit A unit, or undefined past the chunk's end.
 * @returns True for such matches.
 */
function isCitySurname(unit: Unit | undefined): boolean {
  const match = unit?.match;
  return match !== undefined && match.end - match.start === 1 && match.targets.length > 0 && match.targets.every((target) => target.kind === 'city');
}

/**
 * Whether a unit may be part of the name after a title: a capitalised word that
 * is no head noun nor title word, or a lower-case name particle ("bin", "al").
 * @param unit A unit, or undefined past the chunk's end.
 * @returns True for such words.
 */
function isNameWord(unit: Unit | undefined): boolean {
  const token = unit?.token;
  if (!token) return false;
  if (!isCapitalized(token)) return NAME_PARTICLES.has(token.norm);
  return !isOrgHead(token.norm) && (!isTitleToken(token) || isBareInitial(token));
}

/**
 * Whether a role-like word at `index` rather starts the name: it is the last
 * capitalised word before the end or a non-name ("General X" is a title,
 * "Major" before a connector is not).
 * @param units A chunk.
 * @param index The unit to judge.
 * @returns True when the name starts here.
 */
function isNameStart(units: readonly Unit[], index: number): boolean {
  return !isNameWord(units[index + 1]) && !TITLE_WORDS.has(units[index + 1]?.token?.norm ?? '') && !ROLE_WORDS.has(units[index + 1]?.token?.norm ?? '');
}

/** Heads of a school's name, before "of" and its place ("University of Maryland", "College of Europe"). */
const ACADEMIC_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'academy', 'school', 'polytechnic']);

/** Military ranks written short ("Staff Sgt.", "Lance Cpl."), as match keys: the end of a rank before a name. */
const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set(['sgt', 'cpl', 'pvt', 'pfc', 'spc', 'maj', 'col', 'lt', 'gen', 'capt', 'cmdr', 'cdr', 'adm']);

/**
 * Read a chunk with a head noun as an organization.
 * @param state Pass state.
 * @param units The chunk.
 */
function readOrganization(state: PassState, units: Unit[]): void {
  const { paragraph } = state;
  let from = 0;
  let country: string | undefined;
  // A leading demonym qualifies the body ("Tajik Committee for ..."); a leading
  // country or city is part of its name ("Kazakhstan Institute for ...", "Moscow City Court").
  while (from < units.length) {
    const unit = units[from] as Unit;
    if (unit.match && !unit.mention && isDemonym(unit.match)) {
      country ??= mentionCountry(unit);
      from++;
    } else if (unit.token && (isTitleToken(unit.token) || LEADING_NOISE.has(unit.token.norm)) && units[from + 1]?.token?.norm !== "'s"
      // ("General Command", "General Intelligence Department", "General Staff": "General" opens the body's name.)
      && !(unit.token.norm === 'general' && isCapitalized(unit.token) && units[from + 1]?.token !== undefined && isCapitalized(units[from + 1]?.token as Token))) {
      from++;
    } else break;
  }
  const leading = units[from];
  if (leading?.mention && isGeographic(leading)) country ??= mentionCountry(leading);
  // "Swedish Police Authority", "Turkish Airlines": without its demonym the name
  // would be a bare fragment of generic words, so the demonym stays in it.
  // Not so for a desk of another body ("RFE/RL's Tajik Service").
  const demonym = from > 0 ? units[from - 1] : undefined;
  const ownerBefore = paragraph.tokens[(units[0] as Unit).start - 1]?.norm === "'s";
  if (demonym?.match && !demonym.mention && isDemonym(demonym.match) && !ownerBefore && isGenericFragment(state, units.slice(from))) from--;
  const name = units.slice(from);
  // "a Pakistan Army C-130", "an Air Force F-16": a model's code after a body names the machine, not the body.
  while (name.length > 1 && MODEL_CODE.test(name[name.length - 1]?.token?.text ?? '')) name.pop();
  while (name.length > 0 && isConnector(name[name.length - 1] as Unit)) name.pop();
  // "... Court on Friday": a day or month after a connector is not part of the name.
  while (name.length > 2 && NEVER_NAMES.has(name[name.length - 1]?.token?.norm ?? '') && isConnector(name[name.length - 2] as Unit)) name.splice(-2, 2);
  // "... Center in Tbilisi": where a body sits is not part of its name.
  while (name.length > 2 && name[name.length - 2]?.token?.norm === 'in' && isGeographic(name[name.length - 1] as Unit)) name.splice(-2, 2);
  // "... Task Force in Boise and Salt Lake City": nor are several places joined by "and".
  const placesFrom = name.findIndex((unit, k) => k >= 2 && unit.token?.norm === 'in' && name.slice(k + 1).every((rest) => isGeographic(rest) || rest.token?.norm === 'and') && isGeographic(name[k + 1] as Unit));
  if (placesFrom >= 2) name.splice(placesFrom);
  // "Khatiba Nusaybah in Baghouz": a name of Arabic form ends before "in" and a place, known or not.
  const arabicForm = ORG_PREFIXES.has(name[0]?.token?.norm ?? '');
  const inAt = arabicForm ? name.findIndex((unit, k) => k >= 2 && unit.token?.norm === 'in') : -1;
  if (inAt >= 2) name.splice(inAt);
  const words = name.filter((unit) => unit.token !== undefined);
  if (name.length < 2 || words.length === 0) return;
  if (name.every((unit) => unit.mention !== undefined)) return;
  // "Staff Sgt." before a name: a rank written short ends no body's name.
  if (RANK_ABBREVIATIONS.has(name[name.length - 1]?.token?.norm ?? '')) return;
  const last = name[name.length - 1] as Unit;
  const beforeLast = name[name.length - 2]?.token?.norm === 'the' ? name[name.length - 3] : name[name.length - 2];
  if (last.mention && isGeographic(last) && beforeLast?.token?.norm === 'of') country ??= last.mention.country ?? mentionCountry(last);
  country ??= possessiveParentCountry(state, (name[0] as Unit).start);
  // Places inside the name stay places where the name names them as such ("District
  // Court of Bishkek", "Kazakhstan Institute ..."), not where they are part of a title
  // ("Radio Free Asia", "George Washington University").
  name.forEach((unit, k) => {
    if (!unit.mention) return;
    const after = name[k - 1]?.token?.norm === 'the' ? name[k - 2]?.token?.norm : name[k - 1]?.token?.norm;
    // (Not in a university's name: "the University of Maryland" names no state of its own.)
    const academic = ACADEMIC_HEADS.has(name[0]?.token?.norm ?? '');
    const keep = isGeographic(unit) && (((after === 'of' || after === 'in') && !academic) || (k === 0 && mentionCountry(unit) !== undefined));
    if (!keep) state.out.absorbed.add(unit.mention);
  });
  // "the 14th Heavy Penal Court", "the 201st Military Base": a numbered body keeps its ordinal.
  const ordinal = paragraph.tokens[(name[0] as Unit).start - 1];
  const numbered = from === 0 && ordinal !== undefined && ORDINAL_NUMBER.test(ordinal.text) && NUMBERED_HEADS.has(last.token?.norm ?? '');
  const start = (name[0] as Unit).start - (numbered ? 1 : 0);
  const end = last.end;
  const text = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0);
  const surfaceStart = from > 0 ? (units[0] as Unit).start : start;
  const mention = mentionOf(paragraph, surfaceStart, end, { kind: 'found', type: 'organization', name: text, ...(country ? { country } : {}) }, true, country);
  state.out.mentions.push(mention);
  state.foundByEnd.set(end, mention);
}

/** An ordinal written in digits: "14th", "1st", "201st". */
const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)$/;

/** Heads of bodies that are numbered: courts, military units, districts of a service. */
const NUMBERED_HEADS: ReadonlySet<string> = new Set([
  'court', 'brigade', 'division', 'regiment', 'battalion', 'army', 'corps', 'fleet', 'base', 'squadron', 'unit', 'detachment', 'circuit', 'district', 'precinct', 'department',
]);

/**
 * Whether the words of a body's name are only one or two generic words
 * ("Police Authority", "Airlines", "Armed Forces"), which name no body alone.
 * @param state Pass state.
 * @param units The name's units.
 * @returns True for such fragments.
 */
function isGenericFragment(state: PassState, units: readonly Unit[]): boolean {
  if (units.length === 0 || units.length > 2) return false;
  return units.every((unit) => {
    const token = unit.token;
    if (!token || !isCapitalized(token)) return false;
    return isOrgHead(token.norm) || (state.knowledge.commonWords.has(token.norm) && !state.knowledge.givenNames.has(token.norm));
  });
}

/**
 * Read "the Kyrgyz service for Combating Extremism ...": a lower-case head noun,
 * "for" or "on", then a capitalised chunk.
 * @param state Pass state.
 * @param units The chunk.
 * @returns True when the chunk was read so.
 */
function readLowercaseHeadOrganization(state: PassState, units: Unit[]): boolean {
  const { paragraph } = state;
  const start = (units[0] as Unit).start;
  const joiner = paragraph.tokens[start - 1];
  const head = paragraph.tokens[start - 2];
  if (!joiner || !head || (joiner.norm !== 'for' && joiner.norm !== 'on')) return false;
  if (!LOWERCASE_ORG_HEADS.has(head.norm) || isCapitalized(head) || paragraph.cover[start - 2] !== -1) return false;
  if (units.some((unit) => unit.mention !== undefined) || units.filter((unit) => unit.token && isCapitalized(unit.token)).length < 2) return false;
  const end = (units[units.length - 1] as Unit).end;
  const qualifier = qualifierBefore(paragraph, start - 2);
  const tail = paragraph.text.slice(joiner.start, paragraph.tokens[end - 1]?.end ?? joiner.end);
  const name = `${head.text.charAt(0).toUpperCase()}${head.text.slice(1)} ${tail}`;
  const country = qualifier?.code ?? possessiveParentCountry(state, start - 2);
  const mention = mentionOf(paragraph, qualifier?.edge ?? start - 2, end, { kind: 'found', type: 'organization', name, ...(country ? { country } : {}) }, true, country);
  state.out.mentions.push(mention);
  state.foundByEnd.set(end, mention);
  return true;
}

/**
 * The country of "<body>'s" right before a name ("the Interior Ministry's Department ...").
 * @param state Pass state.
 * @param start First token of the name.
 * @returns The parent's country, if it has one.
 */
function possessiveParentCountry(state: PassState, start: number): string | undefined {
  const { paragraph } = state;
  if (paragraph.tokens[start - 1]?.norm !== "'s") return undefined;
  const m = paragraph.cover[start - 2] ?? -1;
  if (m < 0) return undefined;
  const mention = knownMentionAt(state.known, paragraph.index, m);
  return mention?.country ?? (mention ? mentionCountry({ start: 0, end: 0, mention }) : undefined);
}

/**
 * The country a unit's mention stands for or lies in.
 * @param unit A match unit.
 * @returns An ISO code, or undefined.
 */
function mentionCountry(unit: Unit): string | undefined {
  const ref = unit.mention?.ref;
  if (!ref) {
    const demonym = unit.match?.targets.find((target) => target.kind === 'demonym' || target.kind === 'country');
    return demonym && (demonym.kind === 'demonym' || demonym.kind === 'country') ? demonym.entry.code : undefined;
  }
  switch (ref.kind) {
    case 'country':
      return ref.entry.code;
    case 'city':
      return ref.entry.country;
    case 'place':
    case 'org':
      return ref.entry.country;
    case 'instance':
      return ref.country.code;
    case 'found':
      return ref.country;
  }
}

/**
 * Whether a match is a demonym.
 * @param match A match.
 * @returns True when it stands for a demonym.
 */
function isDemonym(match: PhraseMatch): boolean {
  return match.targets.some((target) => target.kind === 'demonym');
}

/** How a run was introduced. */
interface RunHints {
  /** Right after a title word ("Minister X"). */
  titled?: boolean;
  /** Right after an honorific ("Mullah X", "Mr. X"): one word suffices. */
  honorific?: boolean;
}

/**
 * Read a run of plain capitalised words (and absorbable matches).
 * @param state Pass state.
 * @param run The run.
 * @param hints How it was introduced.
 */
function readRun(state: PassState, run: Unit[], hints: RunHints): void {
  while (run.length > 0 && isConnector(run[run.length - 1] as Unit)) run.pop();
  // "Benigno Flores Jr.": a generation's suffix closes a person's name, read without it first.
  const generation = run[run.length - 1]?.token;
  if (run.length >= 3 && generation !== undefined && isCapitalized(generation) && GENERATION_SUFFIXES.has(generation.norm)) {
    const count = state.out.mentions.length;
    readRun(state, run.slice(0, -1), hints);
    const person = state.out.mentions[count];
    if (state.out.mentions.length === count + 1 && person?.type === 'person' && person.ref.kind === 'found' && person.end === (run[run.length - 1] as Unit).start) {
      const { paragraph } = state;
      const name = `${person.ref.name} ${generation.text}`;
      state.out.mentions[count] = mentionOf(paragraph, person.start, person.end + 1, { ...person.ref, name }, true, person.country);
    }
    return;
  }
  // "Andrew Ritchie QC": letters after a name of two words or more are no part of it.
  if (run.length >= 3 && POST_NOMINALS.has(run[run.length - 1]?.token?.norm ?? '') && isAllCaps(run[run.length - 1]?.token?.text ?? '')) run = run.slice(0, -1);
  // "Sisira Mendis Rs. 10 million": a currency's abbreviation before an amount is no part of a name.
  if (run.length >= 3 && CURRENCY_ABBREVIATIONS.has(run[run.length - 1]?.token?.text ?? '') && state.paragraph.tokens[(run[run.length - 1] as Unit).end]?.text === '.') run = run.slice(0, -1);
  // "Eight-year-old Saffie-Rose Roussos": an age is no part of a name.
  if (run.length >= 3 && /^\p{L}+-year-old$/iu.test(run[0]?.token?.text ?? '')) run = run.slice(1);
  // "On Thursday Amedy Coulibaly killed ...": a weekday is no part of a name.
  if (run.length >= 3 && WEEKDAYS.has(run[0]?.token?.norm ?? '')) run = run.slice(1);
  // "Conservative Anna Firth", "Republican John Doe": a party's adjective before a listed given name is no part of the name.
  if (run.length >= 3 && PARTY_ADJECTIVES.has(run[0]?.token?.norm ?? '') && state.knowledge.givenNames.has(run[1]?.token?.norm ?? '')) run = run.slice(1);
  // "Bangladeshi-Canadian Tamim Chowdhury": a pair of demonyms before a name is no part of it.
  if (run.length >= 3 && isDemonymPair(state, run[0]?.token)) run = run.slice(1);
  // "Der 24 Jahre alte Tunesier Anis Amri": after a German age, a noun before a listed given name is no part of the name.
  const ageWord = state.paragraph.tokens[(run[0]?.start ?? 0) - 1];
  if (run.length === 3 && ageWord !== undefined && /^alte[rn]?$/u.test(ageWord.text) && state.knowledge.givenNames.has(run[1]?.token?.norm ?? '')) run = run.slice(1);
  // "(Mayor of) Greater Manchester Andy Burnham": a place, then a listed given name and a surname: the person starts at the given name.
  const givenAt = run.length - 2;
  const given = run[givenAt]?.token;
  const surname = run[givenAt + 1]?.token;
  // (Not a place whose one word is a given name too: "Liban Abdullah Omar", "Jordan Abdullah Omar".)
  const placeBefore = run[givenAt - 1];
  const givenPlace = placeBefore !== undefined && placeBefore.end - placeBefore.start === 1 && state.knowledge.givenNames.has(state.paragraph.tokens[placeBefore.start]?.norm ?? '');
  if (givenAt >= 1 && placeBefore?.mention?.type === 'place' && !givenPlace && given !== undefined && surname !== undefined && state.knowledge.givenNames.has(given.norm) && isCapitalized(surname)) run = run.slice(givenAt);
  // "the Minister of the Interior Gerald Darmanin", "le ministre de l'Intérieur Christophe Castaner": the end of an
  // office's name, right after "of (the)" or "de (l')", then a listed given name and a surname.
  else {
    // ("the Minister of the Interior Khalid Abu Bakar": the name may have three words.)
    const officeGivenAt = [givenAt, givenAt - 1].find((at) => {
      const first = run[at]?.token;
      return at >= 1 && first !== undefined && state.knowledge.givenNames.has(first.norm) && run.slice(at + 1).every((unit) => isNameWordUnit(state, unit)) && isOfficeTail(state, run, at);
    })
      // "Minister of Health Adila Hamoud": after an office's own domain, a name of two to four words, whatever its given name.
      ?? officeDomainNameStart(state, run);
    if (officeGivenAt !== undefined) {
      run = run.slice(officeGivenAt);
      hints = { ...hints, titled: true };
    }
  }
  if (run.length === 0) return;
  // "... for National Security John P. Carlin": a name with a middle initial starts one word before it.
  const initialStart = middleInitialStart(run);
  if (initialStart > 0) run = run.slice(initialStart);
  const givenStart = cyrillicGivenNameStart(state, run);
  if (givenStart > 0) run = run.slice(givenStart);
  // "а в Льеже Бенжамен Эрман застрелил ...": after a preposition of place, a town, then the subject of the verb.
  if (run.length === 3 && run.every((unit) => unit.token !== undefined) && RUSSIAN_PLACE_PREPOSITIONS.has(state.paragraph.tokens[(run[0] as Unit).start - 1]?.norm ?? '')
    && isRussianSubjectBefore(state.paragraph.tokens, (run[1] as Unit).start, (run[2] as Unit).end)) {
    const heard = heardTown(state, run[0]?.token as Token);
    if (heard === undefined) readRun(state, run.slice(0, 1), {});
    else state.out.mentions.push(mentionOf(state.paragraph, (run[0] as Unit).start, (run[0] as Unit).end, { kind: 'found', type: 'place', name: heard.name, country: heard.country }, true, heard.country));
    run = run.slice(1);
  }
  const { paragraph } = state;
  const start = (run[0] as Unit).start;
  const end = (run[run.length - 1] as Unit).end;
  const tokens = paragraph.tokens.slice(start, end).filter((token) => token.word);
  const nameWords = tokens.filter((token) => isCapitalized(token));
  if (isByline(state, start, end)) return;
  // "Jamaat-ul-Ahrar", "Lashkar-e-Jhangvi": a group's name of Arabic or Urdu form written as one hyphenated word.
  // (Not when a capitalised word goes on with the name: "Tehrik-i-Jihad Pakistan" is left to the other readings.)
  const nextWord = paragraph.tokens[end];
  if (run.length === 1 && tokens.length === 1 && isHyphenatedGroupName(tokens[0]?.text ?? '') && !(nextWord?.word && isCapitalized(nextWord))) {
    const mention = mentionOf(paragraph, start, end, { kind: 'found', type: 'organization', name: tokens[0]?.text ?? '' }, true);
    state.out.mentions.push(mention);
    state.foundByEnd.set(end, mention);
    return;
  }
  // "told CABAR.asia", "Kaktus.media reported": a name written as a web address is a news site.
  if (run.length === 1 && tokens.length === 1 && WEB_NAME.test(tokens[0]?.text ?? '')) {
    const mention = mentionOf(paragraph, start, end, { kind: 'found', type: 'organization', name: tokens[0]?.text ?? '' }, true);
    state.out.mentions.push(mention);
    state.foundByEnd.set(end, mention);
    return;
  }

  // "Rep. Frederica Wilson", "Sgt. La David Johnson": an abbreviated honorific, its full stop between, titles the run.
  if (hints.titled !== true && nameWords.length >= 2 && honorificBefore(state, start)) hints = { ...hints, titled: true, honorific: true };
  const evidence = personEvidence(state, start, end, hints);
  // "the magazine "Charlie Hebdo"", "der Satirezeitschrift „Charlie Hebdo“": the noun before an opening quotation mark.
  const quoted = paragraph.tokens[start - 1] !== undefined && OPENING_QUOTE.test(paragraph.tokens[start - 1]?.text ?? '');
  const introducer = paragraph.tokens[start - (quoted ? 2 : 1)];
  // ("l'agence X": a French noun after an elided article.)
  const introducerKey = introducer?.norm.replace(/^[ld]['’]/u, '') ?? '';
  const introduces = introducer !== undefined && ((ORG_INTRODUCERS.has(introducer.norm) && !isCapitalized(introducer)) || FOREIGN_INTRODUCERS.has(introducerKey) || FOREIGN_INTRODUCER_ENDING.test(introducer.norm));
  if (hints.titled !== true && introduces && run.every((unit) => unit.token)) {
    const name = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0);
    // ("the energy company Total": one common word, capitalised inside the sentence right after the noun, is a name too.)
    const capitalisedWord = nameWords.length === 1 && !quoted && paragraph.sentenceStart[start] !== true && !NEVER_NAMES.has(nameWords[0]?.norm ?? '') && !isAllCaps(nameWords[0]?.text ?? '');
    if (capitalisedWord || !nameWords.every((token) => state.knowledge.commonWords.has(token.norm) || NEVER_NAMES.has(token.norm))) {
      const mention = mentionOf(paragraph, start, end, { kind: 'found', type: 'organization', name }, true);
      state.out.mentions.push(mention);
      state.foundByEnd.set(end, mention);
      return;
    }
  }
  // "the Shahid Beheshti terminal": a name before a lower-case facility noun names the facility, not a person.
  const facility = paragraph.tokens[end];
  const namesFacility = !evidence.strong && facility !== undefined && !isCapitalized(facility) && FACILITY_NOUNS.has(facility.norm);
  // "the city of Umm al-Fahm", "the Asad Khel area": where a place is introduced, a name's shape alone makes no person.
  const shapeOnly = !evidence.strong && evidence.shape;
  // "the Imam Al Sadiq mosque", "the King Fahd Al Saud stadium": a styled name before a venue's noun names the venue.
  const style = paragraph.tokens[start - 1];
  const styledVenue = hints.titled === true && style !== undefined && STYLED_TITLES.has(style.norm) && facility !== undefined && !isCapitalized(facility) && PLACE_SUFFIXES.has(facility.norm);
  // "the FBI's Los Angeles office": a place of several words known as one is no person, whatever the cues around it.
  const knownPlace = run.length === 1 && run[0]?.mention !== undefined && isGeographic(run[0]);
  // ("at Atia Mahal, the militant hideout in Sylhet": a place's apposition outweighs a given name, not a role or an age.)
  const placeApposed = !evidence.certain && hints.titled !== true && isPlaceAppositionOf(state, end);
  if (!knownPlace && !namesFacility && !styledVenue && !placeApposed && nameWords.length >= 2 && looksLikePersonName(state, tokens, hints.titled === true, evidence.strong, evidence.certain) && (evidence.strong || (evidence.shape && !(shapeOnly && placeEvidence(state, start, end).introduced)))) {
    for (const unit of run) if (unit.mention) state.out.absorbed.add(unit.mention);
    const written = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0);
    // "министра внутренних дел Баварии Иоахима Херрманна": the title's case puts the name in the nominative.
    const titleCase = isCyrillicWord(written) ? russianTitleBefore(paragraph, start) : undefined;
    const name = titleCase === undefined ? written : russianNameInCase(written, titleCase);
    const mention = mentionOf(paragraph, start, end, { kind: 'found', type: 'person', name, ...(evidence.country ? { country: evidence.country } : {}) }, true, evidence.country);
    if (name !== written) mention.nominative = name;
    state.out.mentions.push(mention);
    return;
  }
  // "Mocímboa da Praia", "Foz do Iguaçu": a Portuguese or Spanish place name of two names joined by "da", "do", "de"
  // is one place, not the town the gazetteer knows by its second name.
  const joined = (run.length === 3 && run[0]?.token !== undefined && isCapitalized(run[0].token) && ROMANCE_PLACE_JOINERS.has(run[1]?.token?.norm ?? '')
    && run[2]?.mention !== undefined && isGeographic(run[2]))
    // ("Zamboanga del Sur": a known town's name closed by "del" and a compass point names its province.)
    || (run.length === 3 && run[0]?.mention !== undefined && isGeographic(run[0]) && run[1]?.token?.norm === 'del'
      && run[2]?.token !== undefined && isCapitalized(run[2].token) && SPANISH_COMPASS.has(run[2].token.norm))
    // ("the Stade de France", "Gare de Lyon": a French venue's noun with a capital, "de", and a known place.)
    || isFrenchVenueOfPlace(run);
  if (joined) {
    for (const unit of run) if (unit.mention) state.out.absorbed.add(unit.mention);
    const name = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0);
    state.out.mentions.push(mentionOf(paragraph, start, end, { kind: 'found', type: 'place', name }, true));
    return;
  }
  // Not a person: absorbable matches stay what they are; plain words are read alone.
  const words = run.filter((unit) => unit.token !== undefined);
  if (words.length !== run.length) {
    let part: Unit[] = [];
    for (const unit of run) {
      if (unit.token) part.push(unit);
      else {
        if (part.length > 0 && part.length < run.length) readRun(state, part, {});
        part = [];
      }
    }
    if (part.length > 0 && part.length < run.length) readRun(state, part, {});
    return;
  }
  if (isEmployer(state, start, nameWords)) {
    const name = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0);
    const mention = mentionOf(paragraph, start, end, { kind: 'found', type: 'organization', name }, true);
    state.out.mentions.push(mention);
    state.foundByEnd.set(end, mention);
    return;
  }
  const place = placeEvidence(state, start, end);
  // "an ASF training camp": an acronym before a venue noun is the body that runs it, not a place's name.
  const acronymOnly = nameWords.length === 1 && isAllCaps(nameWords[0]?.text ?? '') && (nameWords[0]?.text.length ?? 0) > 1;
  // ("in Nice", "in Reading": a town the gazetteer names after a place preposition may be a word too.)
  const ownWords = place.opener === true ? nameWords.slice(1) : nameWords;
  // ("Ain Al Basha", "Ras Al Ain": the Arabic article written apart with a capital is no common word there.)
  const arabicArticle = (token: Token): boolean => (token.norm === 'al' || token.norm === 'el') && tokens.length >= 3;
  // ("the Mar Elias church", "the Bar Elias camp", "at Tin Abao, near ...": before a venue's noun or bearings, a common word may
  // open a name whose last word is none.)
  // (Not a style or an article: "the Imam Al Rashid mosque" is read with its style below.)
  const opensWithCommon = ownWords[0] !== undefined && !isTitleToken(ownWords[0]) && !STYLED_TITLES.has(ownWords[0].norm) && ownWords[0].norm !== 'al' && ownWords[0].norm !== 'el';
  // ("Camp Speicher, the former US barracks near Tikrit": a venue's head may open its name too.)
  const headFirst = ownWords.length >= 2 && ownWords[0] !== undefined && PLACE_HEADS.has(ownWords[0].norm) && !state.knowledge.commonWords.has(ownWords[ownWords.length - 1]?.norm ?? '');
  const commonOpening = ((place.suffixEnd !== undefined || isPlaceBeforeItsBearings(state, start, end)) && ownWords.length >= 2 && opensWithCommon && !state.knowledge.commonWords.has(ownWords[ownWords.length - 1]?.norm ?? '')) || headFirst ? 1 : 0;
  // ("in the city of Salt", "the town of Reading": one capitalised word after a settlement's noun and "of" names it,
  // though it is a word too.)
  const settlementNamed = place.introduced && nameWords.length === 1 && paragraph.tokens[start - 1]?.text === 'of'
    && SETTLEMENT_NOUNS.has(paragraph.tokens[start - 2]?.text ?? '');
  if (place.introduced && nameWords.length >= 1 && !acronymOnly && !ownWords.some((token, k) => (place.town !== true && !settlementNamed && k >= commonOpening && state.knowledge.commonWords.has(token.norm) && !arabicArticle(token)) || NEVER_NAMES.has(token.norm))) {
    // "the Reina nightclub", "the Esenyurt district": the suffix is part of the name, the bare word an alias.
    // "the Example district court": a court after the place's suffix names the court, an organization.
    const court = place.suffixEnd !== undefined && isCourtAfter(paragraph.tokens, place.suffixEnd);
    const last = (place.suffixEnd ?? end) + (court ? 1 : 0);
    // "the Imam Sarakhsi mosque", "the King Fahd stadium": a style before the name belongs to the venue's name.
    const style = paragraph.tokens[start - 1];
    const first = place.prefixStart ?? (place.suffixEnd !== undefined && hints.titled === true && style !== undefined && STYLED_TITLES.has(style.norm) ? start - 1 : start);
    const name = place.townName ?? paragraph.text.slice(paragraph.tokens[first]?.start ?? 0, paragraph.tokens[last - 1]?.end ?? 0);
    const ref = { kind: 'found', type: court ? 'organization' : 'place', name, ...(place.country ? { country: place.country } : {}) } as const;
    state.out.mentions.push(mentionOf(paragraph, first, last, ref, true, place.country));
    // ("Life" of "the Tree of Life synagogue" is no name of it.)
    if (place.suffixEnd !== undefined && place.prefixStart === undefined) state.out.mentions.push(mentionOf(paragraph, start, end, ref, false, place.country));
    return;
  }
  if (nameWords.length === 1 && tokens.length === 1) {
    const token = tokens[0] as Token;
    if (NEVER_NAMES.has(token.norm) || isAllCaps(token.text)) return;
    // "Lt. Col. Gerry Besana": an abbreviated title after another is no one-word name.
    if (isTitleToken(token) && paragraph.tokens[end]?.text === '.') return;
    // "am Breitscheidplatz", "an der Gedächtniskirche": a German compound ending in a place noun names a place.
    if (GERMAN_PLACE_COMPOUND.test(token.text)) {
      state.out.mentions.push(mentionOf(paragraph, start, end, { kind: 'found', type: 'place', name: token.text }, true));
      return;
    }
    // "had driven for Uber, which said ...": a name that speaks through "which" is a body.
    if (!evidence.strong && !hints.titled && isSpeakingBody(state, end) && !state.knowledge.commonWords.has(token.norm) && !state.knowledge.givenNames.has(token.norm)) {
      const mention = mentionOf(paragraph, start, end, { kind: 'found', type: 'organization', name: token.text }, true);
      state.out.mentions.push(mention);
      state.foundByEnd.set(end, mention);
      return;
    }
    // "Hawks spokesperson Simphiwe Mhlongo": a name before a spokesperson's noun and a name is the body spoken for.
    if (!evidence.strong && !hints.titled && isSpokenForBody(state, start, end) && !state.knowledge.commonWords.has(token.norm) && !state.knowledge.givenNames.has(token.norm)) {
      const mention = mentionOf(paragraph, start, end, { kind: 'found', type: 'organization', name: token.text }, true);
      state.out.mentions.push(mention);
      state.foundByEnd.set(end, mention);
      return;
    }
    const surnameShape = STRONG_SURNAME_ENDING.test(token.text) && token.text.length >= 5;
    // "a 24-year-old known as Bozrov": a surname-shaped word given as what someone is called.
    // "gave her name only as Madina", "identified only as Ravshan": a given name or surname offered as one's name.
    const knownAs = paragraph.tokens[start - 1]?.norm === 'as' && NAME_GIVING.has(paragraph.tokens[start - 2]?.norm ?? '');
    const givenName = knownAs && paragraph.tokens[start - 2]?.norm !== 'known' && state.knowledge.givenNames.has(token.norm);
    // "The man, identified as Saifullah from Kanpur": one name a person noun was identified by.
    const identified = knownAs && paragraph.tokens[start - 2]?.norm === 'identified' && !state.knowledge.commonWords.has(token.norm)
      && paragraph.tokens.slice(Math.max(0, start - 7), start - 2).some((word) => IDENTIFIED_PERSON_NOUNS.has(word.norm));
    // "The older brother, Tamerlan, 26, died": one name set off by commas with an age after it.
    const aged = isAgedApposition(state, start, end) && !state.knowledge.commonWords.has(token.norm);
    // "His wife Tabassum", "the couple have a son, Ghalib": a relative named by one name right after the kin noun.
    const kin = isKinNamed(paragraph.tokens, start) && !state.knowledge.commonWords.has(token.norm);
    // "chief security minister Wiranto said", "police chief Syafruddin": one name right after a role noun in lower case.
    const roled = isRoleNamed(paragraph.tokens, start) && !state.knowledge.commonWords.has(token.norm);
    // "the head of the State Intelligence Agency, Sutiyoso, said": one name set off by commas after a role.
    // (Not a given name: "Tsarnaev's older brother, Tamerlan," is read with the full name elsewhere.)
    const roledApposition = paragraph.tokens[start - 1]?.text === ',' && paragraph.tokens[end]?.text === ',' && roleBefore(state, start).role
      && !state.knowledge.commonWords.has(token.norm) && !state.knowledge.givenNames.has(token.norm);
    const person = hints.honorific === true || honorificBefore(state, start) || givenName || identified || aged || kin || roled || roledApposition || (surnameShape && (evidence.strong || knownAs || hints.titled === true));
    // "Pope Francis", "Mullah Omar", "King Abdullah": the style is part of a single name.
    const style = paragraph.tokens[start - 1];
    if (person && style && isCapitalized(style) && STYLED_TITLES.has(style.norm) && !state.knowledge.commonWords.has(token.norm)) {
      const name = `${style.text} ${token.text}`;
      state.out.mentions.push(mentionOf(paragraph, start - 1, end, { kind: 'found', type: 'person', name }, true, evidence.country));
      return;
    }
    state.out.singles.push({ para: paragraph.index, index: start, token, person, ...(evidence.country ? { country: evidence.country } : {}) });
  }
}

/** Nouns of a settlement, written in lower case before "of" and its name ("the city of Salt"). */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'hamlet', 'settlement']);

/** Nouns of a person before "identified as" and a name, as match keys. */
const IDENTIFIED_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'suspect', 'attacker', 'assailant', 'gunman', 'bomber', 'victim', 'militant', 'driver', 'youth', 'teenager',
]);

/** Suffixes of a generation after a person's name ("Jr.", "Sr."), as match keys. */
const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);

/** A German age before a name: "24 Jahre alte(r)", optionally a capitalised demonym after it ("... alte Tunesier "). */
const GERMAN_AGE = /\b\d{1,3}\s+Jahre\s+alte[rn]?\s+(?:\p{Lu}\p{Ll}+\s+)?$/u;

/** Participles of leading before "by" and a leader's name ("led by", "headed by", "founded by"). */
const LEADING_VERBS: ReadonlySet<string> = new Set(['led', 'headed', 'founded', 'commanded', 'chaired', 'run', 'masterminded', 'directed']);

/**
 * Whether a word is two demonyms joined by a hyphen ("Bangladeshi-Canadian", "Kyrgyz-American").
 * @param state Pass state (the phrase index).
 * @param token A word.
 * @returns True for such words.
 */
function isDemonymPair(state: PassState, token: Token | undefined): boolean {
  const parts = token?.text.split('-') ?? [];
  if (parts.length !== 2) return false;
  return parts.every((part) => state.knowledge.phrases.get(normalizeToken(part))?.targets.some((target) => target.kind === 'demonym') === true);
}

/** The word for "years" after an age in the languages a page may be written in ("29 ans", "24 Jahre", "30 лет"). */
const AGE_YEAR_WORDS: ReadonlySet<string> = new Set(['ans', 'anos', 'anni', 'jahre', 'jaar', 'ar', 'lat', 'let', 'goda', 'god', 'yasinda']);

/** Lower-case words that join an office to its department ("Minister of the Interior", "ministre de l'Intérieur"). */
const OFFICE_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'de', "l'", 'l’', 'la', 'du', 'des', 'del', 'della', 'der']);

/**
 * Whether the words of a run before its given name end an office's name: they
 * follow a lower-case "of", "the", "de" or "l'" that follows a title or role
 * word, and none of them is a given name.
 * @param state Pass state.
 * @param run The run.
 * @param givenAt Index of the given name in the run.
 * @returns True for "(Minister of the) Interior | Gerald Darmanin".
 */
function isOfficeTail(state: PassState, run: readonly Unit[], givenAt: number): boolean {
  const { tokens } = state.paragraph;
  const head = run.slice(0, givenAt);
  if (head.length > 2 || !head.every((unit) => unit.token !== undefined && !state.knowledge.givenNames.has(unit.token.norm))) return false;
  let at = (run[0] as Unit).start - 1;
  let joiners = 0;
  while (at >= 0 && OFFICE_JOINERS.has(tokens[at]?.norm ?? '') && !isCapitalized(tokens[at] as Token)) {
    at--;
    joiners++;
  }
  const office = tokens[at];
  return joiners > 0 && office !== undefined && (isTitleToken(office) || ROLE_WORDS.has(office.norm));
}

/** The domains of a ministry or office after "Minister of" ("Health", "Interior", "Foreign Affairs"). */
const OFFICE_DOMAINS: ReadonlySet<string> = new Set([
  'health', 'interior', 'defence', 'defense', 'justice', 'finance', 'education', 'foreign', 'affairs', 'home', 'economy',
  'trade', 'agriculture', 'energy', 'oil', 'transport', 'information', 'culture', 'labour', 'labor', 'security', 'planning',
  'water', 'communications', 'tourism', 'displacement', 'migration', 'endowments', 'awqaf', 'religious', 'state',
]);

/**
 * @param state Pass state.
 * @param run A run of capitalised units after an office and "of" ("Health Adila Hamoud").
 * @returns Where the name starts after one or two domain words, when two to four capitalised words follow
 *   and an office stands before the run (`isOfficeTail`); else undefined.
 */
function officeDomainNameStart(state: PassState, run: readonly Unit[]): number | undefined {
  let at = 0;
  while (at < 2 && run[at]?.token !== undefined && OFFICE_DOMAINS.has(run[at]?.token?.norm ?? '') && isCapitalized(run[at]?.token as Token)) at++;
  const rest = run.slice(at);
  if (at === 0 || rest.length < 2 || rest.length > 4 || !rest.every((unit) => isNameWordUnit(state, unit) && !OFFICE_DOMAINS.has(unit.token?.norm ?? ''))) return undefined;
  return isOfficeTail(state, run, at) ? at : undefined;
}

/**
 * @param state Pass state.
 * @param unit A unit of a run.
 * @returns Whether it is one capitalised word, a word a gazetteer names included ("Salem" in "Mohammed Salem Al-Ghabban").
 */
function isNameWordUnit(state: PassState, unit: Unit): boolean {
  const token = unit.token ?? (unit.end - unit.start === 1 ? state.paragraph.tokens[unit.start] : undefined);
  return token !== undefined && token.word && isCapitalized(token);
}

/**
 * Where a person's name starts in a Cyrillic run that opens with a body's name in
 * the genitive ("глава Росфинмониторинга Юрий Чиханчин", "директор Росгвардии
 * Виктор Золотов"): at a known given name followed by a capitalised word, when the
 * words before it are neither a given name nor a surname (an official's "Чиханчин
 * Юрий Анатольевич" keeps its surname).
 * @param state Pass state.
 * @param run A run of capitalised units.
 * @returns The index of the given name, or 0 when the run is not such.
 */
function cyrillicGivenNameStart(state: PassState, run: readonly Unit[]): number {
  if (run.length < 3 || !run.every((unit) => unit.token !== undefined && isCyrillicWord(unit.token.text))) return 0;
  const givenNames = state.knowledge.givenNames;
  for (let k = 1; k <= run.length - 2 && run.length - k <= 3; k++) {
    const token = run[k]?.token as Token;
    if (!givenNames.has(token.norm) || !isCapitalized(run[k + 1]?.token as Token)) continue;
    const before = run.slice(0, k).map((unit) => unit.token as Token);
    if (before.some((word) => givenNames.has(word.norm) || STRONG_SURNAME_ENDING.test(word.norm))) return 0;
    return k;
  }
  return 0;
}

/**
 * Whether a word that is otherwise never a name is a given name here: listed as
 * one, and followed by a capitalised surname with a strong ending ("Islam Karimov").
 * @param state Pass state.
 * @param token The word.
 * @param next The word after it.
 * @returns True when it reads as a given name.
 */
function isGivenBeforeSurname(state: PassState, token: Token, next: Token | undefined): boolean {
  return next !== undefined && state.knowledge.givenNames.has(token.norm) && isCapitalized(next) && next.text.length >= 5 && STRONG_SURNAME_ENDING.test(next.text);
}

/**
 * The length of a name with a middle initial that opens a segment and is followed
 * by "of" ("Christian D. Albers of the ..."), or 0.
 * @param units A segment.
 * @returns 3 for such a name, else 0.
 */
function leadingInitialName(units: readonly Unit[]): number {
  const [given, initial, surname, after] = [units[0]?.token, units[1]?.token, units[2]?.token, units[3]?.token];
  if (!given || !initial || !surname || after?.norm !== 'of') return 0;
  return isCapitalized(given) && MIDDLE_INITIAL.test(initial.text) && isCapitalized(surname) && !MIDDLE_INITIAL.test(surname.text) && !isOrgHead(surname.norm) ? 3 : 0;
}

/** A middle initial written with its dot ("J."). */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/**
 * Where a name with a middle initial starts in a longer run: at the one given
 * name right before the initial ("National Security John P. Carlin" starts at
 * "John"), when a capitalised word follows the initial.
 * @param run A run of units.
 * @returns Index of the name's first unit, or 0 when nothing is cut.
 */
function middleInitialStart(run: readonly Unit[]): number {
  for (let k = 2; k < run.length - 1; k++) {
    const token = run[k]?.token;
    if (token === undefined || !MIDDLE_INITIAL.test(token.text)) continue;
    const given = run[k - 1]?.token;
    const after = run[k + 1]?.token;
    const plainBefore = run.slice(0, k - 1).every((unit) => unit.token !== undefined);
    return given && after && isCapitalized(given) && isCapitalized(after) && !MIDDLE_INITIAL.test(given.text) && plainBefore ? k - 1 : 0;
  }
  return 0;
}

/** Words before "as" that offer what follows as someone's name ("known as", "name only as", "identified only as"). */
const NAME_GIVING: ReadonlySet<string> = new Set(['known', 'only', 'name', 'named', 'nicknamed', 'identified']);

/** Words before "for"/"at" that make what follows an employer ("worked for X", "a driver for X"). */
const WORK_WORDS: ReadonlySet<string> = new Set(['worked', 'works', 'working', 'work', 'job', 'jobs', 'drove', 'drives', 'driving', 'driver', 'drivers', 'courier', 'employee', 'employees', 'contractor']);

/**
 * Whether a run names an employer: "worked for Uber", "a driver for Yandex
 * Taxi", "employed by Gazprom", "an employee of Kumtor". Not for words that a
 * person's name is made of (given names, surname endings) nor common words.
 * @param state Pass state.
 * @param start First token of the run.
 * @param nameWords The run's capitalised words.
 * @returns True when it does.
 */
function isEmployer(state: PassState, start: number, nameWords: readonly Token[]): boolean {
  const tokens = state.paragraph.tokens;
  const joiner = tokens[start - 1]?.norm;
  const verb = tokens[start - 2]?.norm ?? '';
  const introduced =
    ((joiner === 'for' || joiner === 'at') && WORK_WORDS.has(verb)) ||
    (joiner === 'by' && (verb === 'employed' || verb === 'hired')) ||
    (joiner === 'of' && (verb === 'employee' || verb === 'employees'));
  if (!introduced || nameWords.length === 0 || nameWords.length > 4) return false;
  const { commonWords, givenNames } = state.knowledge;
  if (givenNames.has((nameWords[0] as Token).norm)) return false;
  if (commonWords.has((nameWords[0] as Token).norm)) return false;
  return nameWords.every((token) => !NEVER_NAMES.has(token.norm) && !STRONG_SURNAME_ENDING.test(token.text));
}

/** Titles that stay part of a name given by one word ("Pope Francis", "Mullah Omar", "King Abdullah"). */
const STYLED_TITLES: ReadonlySet<string> = new Set([
  'prophet', 'pope', 'king', 'queen', 'prince', 'princess', 'sultan', 'emir', 'mullah', 'mulla', 'sheikh', 'shaykh', 'ayatollah',
  'patriarch', 'maulana', 'mawlawi', 'maulvi', 'qari', 'mufti', 'imam', 'hafiz',
]);

/**
 * Whether an honorific stands right before a word ("Mr. Mirzayev", "Dr Karimov",
 * "Pope Francis"), its dot or the chunk's noise stripping aside.
 * @param state Pass state.
 * @param start The word's index.
 * @returns True when one does.
 */
function honorificBefore(state: PassState, start: number): boolean {
  const tokens = state.paragraph.tokens;
  let j = start - 1;
  if (tokens[j]?.text === '.') j--;
  const word = tokens[j];
  // "Mr Justice Haddon-Cave", "Lady Justice Hallett": an English judge's style, the honorific before "Justice".
  const judge = word?.text === 'Justice' && /^(?:Mr|Mrs|Ms|Lord|Lady)$/u.test(tokens[j - 1]?.text ?? '');
  // ("Sub-Inspector Gulzar", "Lance-Corporal X": a rank's prefix before an honorific.)
  const prefixed = word !== undefined && isPrefixedTitle(word.norm) && HONORIFICS.has(word.norm.slice(word.norm.indexOf('-') + 1));
  return word !== undefined && isCapitalized(word) && (HONORIFICS.has(word.norm) || judge || prefixed);
}

/**
 * Whether the words of a run can be a personal name: no word that is never a
 * name, no head noun, and no common English word after the first.
 * @param state Pass state.
 * @param tokens The run's words.
 * @param titled Whether a title stands right before the run.
 * @param vouched Whether the context says it is a person (`PersonEvidence.strong`).
 * @param certain Whether a role, an age or "who" marks it as a person's (`PersonEvidence.certain`).
 * @returns True when they can.
 */
function looksLikePersonName(state: PassState, tokens: readonly Token[], titled = false, vouched = false, certain = false): boolean {
  const { commonWords, givenNames, surnames } = state.knowledge;
  // "Joana Cook, one of the authors, said", "Attorney Joyce White Vance": after a known given name, with a
  // speaker's or a title's cue, the other words may be common ones.
  // ("Roch Marc Christian Kaboré": after two listed given names, a name of four words.)
  const givenFirst = vouched && (tokens.length <= 3 || (tokens.length === 4 && givenNames.has(tokens[1]?.norm ?? ''))) && givenNames.has(tokens[0]?.norm ?? '') && !commonWords.has(tokens[0]?.norm ?? '');
  // "Spencer Stone", "Gordon Brown": a listed given name that is no word, then a word that names no place or venue.
  const givenNoWord = tokens.length === 2 && givenNames.has(tokens[0]?.norm ?? '') && !commonWords.has(tokens[0]?.norm ?? '');
  let capitals = 0;
  for (const [k, token] of tokens.entries()) {
    if (!isCapitalized(token)) {
      if (!NAME_PARTICLES.has(token.norm)) return false;
      continue;
    }
    capitals++;
    // "Hassan Sheikh Mohamud": a styled title inside a name, after its given name (see `isStyleInName`).
    const styleInName = k >= 1 && k < tokens.length - 1 && STYLED_TITLES.has(token.norm) && givenNames.has(tokens[k - 1]?.norm ?? '');
    if (isOrgHead(token.norm) || (isTitleToken(token) && !styleInName && !(isBareInitial(token) && k < tokens.length - 1))) return false;
    // "Christian S. Nafzger": a word before a middle initial is a given name.
    if (k === 0 && tokens.length === 3 && MIDDLE_INITIAL.test(tokens[1]?.text ?? '')) continue;
    // "Islam Karimov": a given name that is also a word, before a surname-shaped word.
    if (k === 0 && tokens.length === 2 && isGivenBeforeSurname(state, token, tokens[1])) continue;
    // "Prime Minister Theresa May": after a title and a listed given name, a month may be a surname.
    const monthSurname = k === tokens.length - 1 && k >= 1 && (titled || vouched) && givenNames.has(tokens[0]?.norm ?? '') && MONTH_SURNAMES.has(token.norm);
    // "Shafiul Islam", "Nazrul Islam": after a vouched name's first word, "Islam" is a South Asian surname.
    // ("Mainul Islam Musa", "Saiful Islam Khan": after the first word, inside the name too.)
    const faithSurname = k >= 1 && (titled || vouched) && token.norm === 'islam';
    // "Roch Marc Christian Kaboré": inside a vouched name, after a listed given name, "Christian" is a given name too.
    const middleGiven = k >= 1 && k < tokens.length - 1 && givenFirst && GROUP_ADJECTIVES.has(token.norm) && givenNames.has(tokens[k - 1]?.norm ?? '');
    if (NEVER_NAMES.has(token.norm) && !monthSurname && !faithSurname && !middleGiven && !(isBareInitial(token) && k < tokens.length - 1)) return false;
    // "King Abdullah II", "Pope Tawadros II", "Felipe VI": a regnal numeral closes the name.
    if (k === tokens.length - 1 && k >= 1 && REGNAL_NUMERAL.test(token.text)) continue;
    // ("Additional Commissioner SM Rokonuddin": a South Asian name's initials, in capitals, open it after a title.)
    const initials = k === 0 && tokens.length >= 2 && (titled || vouched) && /^[A-Z]{2,3}$/u.test(token.text) && !isAllCaps(tokens[1]?.text ?? '');
    if (isAllCaps(token.text) && token.text.length > 1 && !initials && !isCapitalSurname(state, tokens, k)) return false;
    // "Marion Van Reeth": a particle inside a name may be written with a capital.
    if (k > 0 && k < tokens.length - 1 && NAME_PARTICLES.has(token.norm)) continue;
    // (English words only: a Cyrillic name's transliteration may spell one, "Го" is `go`.)
    const common = commonWords.has(token.norm) && !givenNames.has(token.norm) && !surnames.has(token.norm) && !isCyrillicWord(token.text) && !(isBareInitial(token) && k < tokens.length - 1);
    // "Edward J. Lodge": a surname after a middle initial may be a common word.
    const afterInitial = k === tokens.length - 1 && k >= 2 && MIDDLE_INITIAL.test(tokens[k - 1]?.text ?? '');
    // "Press Secretary Peter Cook": after a title, a known given name may precede a surname that is a word.
    const titledGiven = titled && k === 1 && tokens.length === 2 && givenNames.has(tokens[0]?.norm ?? '');
    // "Foreign Minister Wang Yi": right after a title, the first word may be a common one.
    const wordSurname = givenNoWord && k === 1 && !PLACE_HEADS.has(token.norm) && !PLACE_SUFFIXES.has(token.norm);
    // "the candidate Marine Le Pen": after a title, a surname that is a word may follow a name particle.
    const afterParticle = (titled || vouched) && k === tokens.length - 1 && k >= 2 && NAME_PARTICLES.has(tokens[k - 1]?.norm ?? '');
    // "Police spokesperson Meaghan Gray said", "Its chief executive, Mat Tinkler, said": with a role before and a
    // speaker's cue, a name of two words may have one that is also a word, given name or surname, not both.
    const other = tokens[1 - k];
    // (Not a plural noun last: "the chairman of the Joint Chiefs of Staff said" names a body.)
    // ("his cousin Shaukat Hussain Guru": of three words, the last may be a word when the two others are none.)
    const others = tokens.length === 2 ? (other === undefined ? [] : [other]) : tokens.length === 3 && k === 2 ? tokens.slice(0, 2) : [];
    const vouchedPair = vouched && (titled || certain) && others.length > 0 && others.every((word) => !commonWords.has(word.norm)) && !(k === tokens.length - 1 && k >= 1 && /s$/u.test(token.norm));
    if (common && !afterInitial && !titledGiven && !wordSurname && !afterParticle && !vouchedPair && !(givenFirst && k > 0) && (k > 0 || (tokens.length < 3 && !titled))) return false;
  }
  // "Sesto San Giovanni", "Dunya News/AFP": a saint's name inside, or a credit's slash, makes no person's name.
  if (tokens.some((token, k) => (k > 0 && k < tokens.length - 1 && PLACE_SAINTS.has(token.text)) || token.text.includes('/'))) return false;
  // "San Bernardino County", "Martin Place": a name closed by an administrative division's or a street's noun is a place.
  if (ADMINISTRATIVE_DIVISIONS.has(tokens.at(-1)?.norm ?? '') || STREET_WORDS.has(tokens.at(-1)?.norm ?? '')) return false;
  // "Quai de Grenelle", "Porte de Vincennes", "Place de la République": a French street's or square's noun opens a place.
  if (tokens.length >= 2 && FRENCH_PLACE_HEADS.has(tokens[0]?.norm ?? '')) return false;
  return capitals >= 2 && capitals <= 5;
}

/** The saints' titles that open the names of towns in Romance and Germanic languages ("Sesto San Giovanni", "Sankt Pölten"). */
const PLACE_SAINTS: ReadonlySet<string> = new Set(['San', 'Santa', 'Santo', 'São', 'Sankt', 'Sint']);

/** A regnal numeral after a monarch's or a pope's name, II to XXIII ("Abdullah II", "Felipe VI"); "I" alone is the pronoun too. */
const REGNAL_NUMERAL = /^(?!I$)(?:X{0,2}(?:IX|IV|V?I{1,3})|X{1,2}|X{0,2}V)$/u;

/** The joining particles of names of Arabic and Urdu form: "ul", "e", "ut", "al" ... */
const NAME_JOINING_PARTICLES: ReadonlySet<string> = new Set(['ul', 'ud', 'us', 'ut', 'ur', 'un', 'e', 'i', 'al', 'as', 'an', 'ush', 'ash', 'ad', 'at']);

/**
 * @param text A word.
 * @returns Whether it is a group's name written as one hyphenated word: a body's prefix
 * (`ORG_PREFIXES`), a joining particle and a capitalised name ("Jamaat-ul-Ahrar", "Lashkar-e-Jhangvi").
 */
function isHyphenatedGroupName(text: string): boolean {
  const parts = text.split('-');
  return parts.length >= 3 && /^\p{Lu}/u.test(text) && ORG_PREFIXES.has((parts[0] ?? '').toLowerCase()) && NAME_JOINING_PARTICLES.has((parts[1] ?? '').toLowerCase()) && /^\p{Lu}/u.test(parts[2] ?? '');
}

/** An opening quotation mark, as a token of its own. */
const OPENING_QUOTE = /^["„“«‹‘']$/u;

/** Nouns of other languages before a body's name (languages.yaml `organization_introducers`), as match keys, and compounds ending in one. */
const FOREIGN_INTRODUCERS: ReadonlySet<string> = new Set(languageVocabulary().organizationIntroducers.map(normalizeToken));
const FOREIGN_INTRODUCER_ENDING = compoundEnding([...FOREIGN_INTRODUCERS]);

/** Words closing the names of streets and squares named after people ("Martin Place", "Albert Terrace"). */
const STREET_WORDS: ReadonlySet<string> = new Set(['place', 'terrace', 'crescent', 'circus', 'parade', 'gardens', 'row', 'drive', 'close', 'walk', 'wharf', 'quay', 'mews', 'highway', 'road', 'street', 'avenue', 'boulevard', 'lane']);

/** Parties' adjectives written before a member's name. */
const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(['conservative', 'labour', 'liberal', 'republican', 'democrat', 'democratic', 'socialist', 'tory']);

/** Nouns of administrative divisions that close a place's name, never a person's. */
const ADMINISTRATIVE_DIVISIONS: ReadonlySet<string> = new Set(['province', 'region', 'district', 'oblast', 'governorate', 'county', 'municipality', 'prefecture', 'canton', 'territory', 'raion', 'rayon']);

/**
 * Whether an all-caps word is a surname written in capitals, as some outlets
 * write them ("Nina FORSBERG", "KARIMOV Bakhtiyor"): three letters or more with
 * a vowel, in a two- or three-word run whose other words are written in mixed
 * case and start with a known given name.
 * @param state Pass state.
 * @param tokens The run's words.
 * @param index The all-caps word's index.
 * @returns True when it reads as a surname.
 */
function isCapitalSurname(state: PassState, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.text.length < 3 || !/[AEIOUY]/.test(toPlainUpper(token.text)) || tokens.length > 3) return false;
  const others = tokens.filter((_, k) => k !== index);
  if (others.length === 0 || others.some((other) => isAllCaps(other.text))) return false;
  return others.some((other) => state.knowledge.givenNames.has(other.norm));
}

/**
 * A word in upper case without diacritics, for vowel tests.
 * @param text A word.
 * @returns Its letters folded to plain upper case.
 */
function toPlainUpper(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

/** Verbs that give a person's name after "as" ("identified as X", "named as X"). */
const IDENTIFYING_VERBS: ReadonlySet<string> = new Set(['identified', 'named', 'identifies', 'names', 'registered', 'listed']);

/** Evidence that a run is a person. */
interface PersonEvidence {
  /** Context says so: a role, an apposition, a speech verb, "according to". */
  strong: boolean;
  /** The name's shape says so: given name, surname ending, Arabic form. */
  shape: boolean;
  /**
   * Only a person's name fits the context: a role right before it or in apposition after it ("spokesperson X Y",
   * "X Y, the mayor"), an age after it ("X Y, 34,"), or "who" after it ("X Y, who heads ...").
   */
  certain: boolean;
  /** Country from the role context, if any. */
  country?: string;
}

/**
 * Weigh the evidence that the run [start, end) is a person's name.
 * @param state Pass state.
 * @param start First token of the run.
 * @param end Index past the run.
 * @param hints How the run was introduced.
 * @returns The evidence.
 */
function personEvidence(state: PassState, start: number, end: number, hints: RunHints): PersonEvidence {
  const { paragraph, knowledge } = state;
  const tokens = paragraph.tokens;
  let strong = hints.titled === true;
  let country: string | undefined;

  const before = roleBefore(state, start);
  if (before.role) strong = true;
  country ??= before.country;

  const after = appositionAfter(state, end);
  if (after.role) strong = true;
  if (after.role) country ??= after.country;

  const previous = tokens[start - 1];
  const previous2 = tokens[start - 2];
  if (previous && NAMING_WORDS.has(previous.norm)) strong = true;
  // "Премьер-министр Финляндии Юха Сипиля", "директору ЦРУ Майку Помпео": a Russian title, its office between.
  if (isCyrillicWord(tokens[start]?.text ?? '') && russianTitleBefore(paragraph, start) !== undefined) strong = true;
  // "One of the original group, X Y, reached Syria", "the only one captured alive, X Y, was hanged": one of a group of people
  // named between commas, a verb after.
  if (end - start >= 2 && end - start <= 3 && tokens[start - 1]?.text === ',' && tokens[end]?.text === ','
    && /(?:^|[.;:]\s+|,\s+|\b(?:and|but)\s+)(?:the\s+)?(?:only\s+)?one\b(?:\s+of\s+(?:the|them|those|his|her|their))?[^,.;:]{0,40},\s*$/iu.test(paragraph.text.slice(Math.max(0, (tokens[start]?.start ?? 0) - 70), tokens[start]?.start ?? 0))
    && /^\s*,\s*(?:was|were|is|has|had|who|\p{Ll}+ed)\b/u.test(paragraph.text.slice(tokens[end - 1]?.end ?? 0, (tokens[end - 1]?.end ?? 0) + 24))) strong = true;
  // "sentenced X Y", "police arrested X Y": the object of a court's or a police force's deed (two or three name words).
  if (previous && PERSON_OBJECT_VERBS.has(previous.norm) && end - start >= 2 && end - start <= 3) strong = true;
  // "sent X Y to prison", "gave X Y 30 years": a judge's sentence.
  if (previous && (previous.norm === 'sent' || previous.norm === 'gave') && end - start >= 2 && end - start <= 3 && /^\s*(?:,[^,]{2,60},\s*)?(?:to (?:prison|jail)|(?:a |an )?(?:\d+|life|\p{L}+)[ -](?:years?|months?|life|sentence|term)\b|no further prison)/iu.test(paragraph.text.slice(tokens[end - 1]?.end ?? 0, (tokens[end - 1]?.end ?? 0) + 90))) strong = true;
  // "the 24-year-old X Y", "Eight-year-old X Y": an age right before a name; Russian "32-летний X Y".
  if (previous && (/^\p{L}+-year-old$/iu.test(previous.text) || /^\d{1,3}-летн\p{L}+$/u.test(previous.text))) strong = true;
  // "Der 24 Jahre alte Tunesier Anis Amri": a German age, then perhaps a demonym, before two name words.
  if (end - start >= 2 && end - start <= 3 && GERMAN_AGE.test(paragraph.text.slice(Math.max(0, (tokens[start]?.start ?? 0) - 40), tokens[start]?.start ?? 0))) strong = true;
  // "the NTJ, led by Zahran Hashim,", "a cell headed by X Y": the leader of a group named right after "led by".
  if (previous?.norm === 'by' && LEADING_VERBS.has(previous2?.norm ?? '') && end - start >= 2 && end - start <= 3) strong = true;
  if (previous?.norm === 'to' && previous2?.norm === 'according') strong = true;
  // "forces loyal to Moammar Gadhafi", "married to X Y": a person's name after a tie to them (not "close to": "close to Tal Afar").
  if (previous?.norm === 'to' && PERSONAL_TIES.has(previous2?.norm ?? '') && end - start >= 2 && end - start <= 3) strong = true;
  // "identified as X Y", "identified only as X Y.", "named him as X Y"
  if (previous?.norm === 'as' && (IDENTIFYING_VERBS.has(previous2?.norm ?? '') || (['only', 'him', 'her', 'them'].includes(previous2?.norm ?? '') && IDENTIFYING_VERBS.has(tokens[start - 3]?.norm ?? '')))) strong = true;
  if (previous && (previous.norm === 'said' || previous.norm === 'says' || previous.norm === 'told') && previous2 && !previous2.word) strong = true;
  const verb = speechVerbAfter(state, end);
  if (verb === 'strong') strong = true;
  // "Шериф Шекатт убил пять человек": two Cyrillic names, then a verb in the past singular, as its subject.
  if (end - start === 2 && isRussianSubjectBefore(tokens, start, end)) strong = true;
  // "the 24-year-old Tunisian Anis Amri": a demonym right before two or three name words.
  const demonymCover = paragraph.cover[start - 1] ?? -1;
  const demonym = demonymCover >= 0 ? paragraph.matches[demonymCover] : undefined;
  if (demonym !== undefined && demonym.end === start && isDemonym(demonym) && end - start >= 2 && end - start <= 3) strong = true;
  // "X, 32, Y, 30": an age after a name.
  const age = tokens[end + 1];
  const aged = tokens[end]?.text === ',' && age !== undefined && /^\d{1,2}$/.test(age.text) && [',', ')', '.', ';'].includes(tokens[end + 2]?.text ?? '.');
  if (aged) strong = true;
  // "raconte Kambale Muhindo, un commerçant de 37 ans": a French apposition of a person's trade and age.
  const tradeAndAge = tokens[end]?.text === ',' && ['un', 'une'].includes(tokens[end + 1]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[end + 2]?.text ?? '')
    && tokens[end + 3]?.text === 'de' && /^\d{1,2}$/.test(tokens[end + 4]?.text ?? '') && tokens[end + 5]?.text === 'ans';
  if (tradeAndAge) strong = true;
  // "X Y, who heads the commission, said": "who" speaks of a person (a body is "which").
  // (Not after "the town of": "the nearby town of Tal Rifaat, who asked ..." speaks of someone named before.)
  const who = end - start >= 2 && tokens[end]?.text === ',' && tokens[end + 1]?.norm === 'who' && !placeEvidence(state, start, end).introduced;
  if (who) strong = true;
  // "Mozammel Hossain alias Saimon", "X Y a.k.a. Z": a court's or police report's other name for a person.
  const aliasWord = tokens[end];
  const alias = end - start >= 2 && end - start <= 3 && aliasWord !== undefined && !isCapitalized(aliasWord) && (aliasWord.norm === 'alias' || aliasWord.norm === 'a.k.a.' || aliasWord.norm === 'aka') && isCapitalized(tokens[end + 1] ?? aliasWord);
  if (alias) strong = true;
  // "Chérif Chekatt, 29 ans,", "Anis Amri, 24 Jahre,": an age with its word for years.
  if (tokens[end]?.text === ',' && age && /^\d{1,2}$/.test(age.text) && AGE_YEAR_WORDS.has(tokens[end + 2]?.norm ?? '') && [',', ')', '.', ';'].includes(tokens[end + 3]?.text ?? '.')) strong = true;

  const words = tokens.slice(start, end).filter((token) => token.word && isCapitalized(token));
  const first = words[0];
  const last = words[words.length - 1];
  let shape = false;
  if (first && knowledge.givenNames.has(first.norm) && words.length >= 2) shape = true;
  if (last && words.length >= 2 && STRONG_SURNAME_ENDING.test(last.text) && last.text.length >= 5) shape = true;
  // ("Задержание Масимова стало ...", "Соратники Кувватова": at a sentence's start, a noun before a surname in an oblique
  // case is no given name; there the first of two Cyrillic words must be a listed given name.)
  // (Not "Хасамидин Исмаилов приговорен": an unlisted given name has no noun's ending.)
  // (After a colon Russian goes on in lower case, so a capital there is a name's: "наказания: Айдосу Жубанову".)
  const unlistedOpening = words.length === 2 && first !== undefined && isCyrillicWord(first.text) && paragraph.sentenceStart[start] === true && paragraph.tokens[start - 1]?.text !== ':'
    && !knowledge.givenNames.has(first.norm) && russianNominative(`${first.text} ${last?.text ?? ''}`, knowledge.givenNames, normalizeToken) === undefined;
  const nounOpening = unlistedOpening && RUSSIAN_NOUN_SUFFIX.test(first?.text ?? '');
  // A Cyrillic surname shows its ending once transliterated ("Осмоналиева" -> "osmonalieva").
  if (last && words.length >= 2 && words.length <= 3 && isCyrillicWord(last.text) && STRONG_SURNAME_ENDING.test(last.norm) && last.text.length >= 5 && !nounOpening) shape = true;
  // "при Нурсултане Назарбаеве", "с Нурсултаном Назарбаевым": a surname in an oblique case, after a Cyrillic word.
  if (last && first && words.length === 2 && isCyrillicWord(first.text) && isCyrillicWord(last.text) && RUSSIAN_OBLIQUE_SURNAME.test(last.text) && last.text.length >= 6 && !unlistedOpening) shape = true;
  // "Дональду Трампу", "Майку Помпео": a listed given name in an oblique case, then a surname in the same case.
  if (last && first && words.length === 2 && isCyrillicWord(first.text) && russianNominative(`${first.text} ${last.text}`, knowledge.givenNames, normalizeToken) !== undefined) shape = true;
  if (last && words.length >= 2 && SURNAME_ENDING.test(last.text) && (verb !== 'none' || before.role)) shape = true;
  if (first && KUNYA_WORDS.has(first.norm) && words.length >= 2) shape = true;
  // "Ravsan B.": a name with its surname cut to the initial.
  if (last && words.length === 2 && /^\p{Lu}\.$/u.test(last.text)) shape = true;
  // "Christian S. Nafzger": a given name, a middle initial and a surname.
  if (words.length === 3 && MIDDLE_INITIAL.test(words[1]?.text ?? '') && !MIDDLE_INITIAL.test(words[2]?.text ?? '')) shape = true;
  if (words.some((token) => /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}/u.test(token.text)) && words.length >= 2 && !ARABIC_PLACE_WORDS.has(first?.norm ?? '')) shape = true;
  if (last && knowledge.surnames.has(last.norm) && verb !== 'none') shape = true;
  // "founded by Tahir Yuldashev and Juma Namangani": a name joined to a person's name.
  if (words.length >= 2 && coordinatedWithPerson(state, start)) shape = true;
  // "Naïm Boudaoud and Azim Epsirkhanov": a name joined to a name that has a person's shape.
  if (words.length >= 2 && words.length <= 3 && coordinatedBeforePerson(state, end)) shape = true;
  return { strong, shape, certain: before.role || after.role || aged || who || alias, ...(country ? { country } : {}) };
}

/** A Russian verb's past tense in the singular, on lower-case text: "убил", "застрелила", "встретился". */
const RUSSIAN_SINGULAR_PAST = /^\p{Script=Cyrillic}{2,}[аеиоуыяю]л(?:а|ся|ась)?$/u;

/**
 * Whether two capitalised Cyrillic words are the subject of a verb in the past
 * singular right after them ("Радуан Лакдим убил"): Russian writes only proper
 * names with capitals, and a body or a place of two capitalised words is one the
 * gazetteer knows, so such a pair is a person's given name and surname.
 * @param tokens The paragraph's tokens.
 * @param start The first name's index.
 * @param end Index past the second.
 * @returns True when it reads so.
 */
function isRussianSubjectBefore(tokens: readonly Token[], start: number, end: number): boolean {
  const names = tokens.slice(start, end);
  const verb = tokens[end];
  if (verb === undefined || !verb.word || isCapitalized(verb) || !names.every((token) => token.word && isCapitalized(token) && !isAllCaps(token.text) && isCyrillicWord(token.text))) return false;
  return RUSSIAN_SINGULAR_PAST.test(verb.text.toLowerCase());
}

/**
 * Whether a run is followed by "and" and a two-word name with a person's shape: a known
 * given name first, or a surname with a strong ending last ("... and Azim Epsirkhanov").
 * @param state Pass state.
 * @param end Index past the run's last token.
 * @returns True when it is.
 */
function coordinatedBeforePerson(state: PassState, end: number): boolean {
  const { tokens } = state.paragraph;
  const given = tokens[end + 1];
  const surname = tokens[end + 2];
  if (tokens[end]?.norm !== 'and' || !given || !surname || !isCapitalized(given) || !isCapitalized(surname)) return false;
  const third = tokens[end + 3];
  if (third && third.word && isCapitalized(third)) return false;
  if ((state.paragraph.cover[end + 1] ?? -1) >= 0 || (state.paragraph.cover[end + 2] ?? -1) >= 0) return false;
  return state.knowledge.givenNames.has(given.norm) || (STRONG_SURNAME_ENDING.test(surname.text) && surname.text.length >= 5);
}

/**
 * Whether a run follows a person's name with "and" or a comma between them
 * ("Tahir Yuldashev and Juma Namangani"): names in a list are of one kind.
 * @param state Pass state.
 * @param start First token of the run.
 * @returns True when the mention just before, joined so, is a person.
 */
function coordinatedWithPerson(state: PassState, start: number): boolean {
  const joiner = state.paragraph.tokens[start - 1];
  if (!joiner || (joiner.norm !== 'and' && joiner.text !== ',')) return false;
  const previous = state.out.mentions[state.out.mentions.length - 1];
  if (previous === undefined || previous.para !== state.paragraph.index || previous.type !== 'person') return false;
  if (previous.end === start - 1) return true;
  // "Mohammad Imran of Kanpur and Fakhre Alam": the first person's home town between the two names.
  const town = knownPlaceStartEndingAt(state, start - 1, false);
  return town !== undefined && ORIGIN_PREPOSITIONS.has(state.paragraph.tokens[town - 1]?.norm ?? '') && previous.end === town - 1;
}

/** French words between a title and its portfolio ("ministre des Armées", "ministre de l'Intérieur"), as match keys. */
const FRENCH_OFFICE_JOINERS: ReadonlySet<string> = new Set(['des', 'du', 'de', "l'", 'la']);

/** Words of a tie to a person before "to" and the person's name ("loyal to", "married to"). */
const PERSONAL_TIES: ReadonlySet<string> = new Set(['loyal', 'married', 'engaged']);

/** Small words walked over inside a role phrase before a name ("the head of the", "India's High Commissioner in"). */
const ROLE_JOINERS: ReadonlySet<string> = new Set(["'s", 'of', 'the', 'for', 'from', 'a', 'an', 'at', 'and', 'in', 'to']);

/**
 * Walk back from a name over its role phrase ("Kazakhstan political analyst",
 * "the deputy prime minister of Kyrgyzstan,", "Russia's head of Security Council").
 * @param state Pass state.
 * @param start First token of the name.
 * @returns Whether a role noun was found, and the first country met.
 */
function roleBefore(state: PassState, start: number): { role: boolean; country?: string } {
  const { paragraph } = state;
  if (isRoleOfBracketedBody(paragraph.tokens, start)) return { role: true };
  let role = false;
  let country: string | undefined;
  let commas = 0;
  // The country of the name just passed, until the word before it shows whether it is the role's post ("in Islamabad").
  let passed: string | undefined;
  let postDiscarded = false;
  // Whether a name or a comma stands between this word and the run: "men at the X" makes X the place of the men, not one of them.
  let walkedName = false;
  for (let j = start - 1, steps = 0; j >= 0 && steps < 10; j--, steps++) {
    const token = paragraph.tokens[j] as Token;
    const found = state.foundByEnd.get(j + 1);
    if (found) {
      walkedName = true;
      country ??= found.country;
      j = found.start;
      continue;
    }
    const m = paragraph.cover[j] ?? -1;
    if (m >= 0) {
      const match = paragraph.matches[m] as PhraseMatch;
      const mention = knownMentionAt(state.known, paragraph.index, m);
      const code = mention ? mentionCountry({ start: match.start, end: match.end, mention }) : mentionCountry({ start: match.start, end: match.end, match });
      if (country === undefined && code !== undefined) passed = code;
      country ??= code;
      walkedName = true;
      j = match.start;
      continue;
    }
    if (token.text === ',') {
      if (j !== start - 1 || ++commas > 1) break;
      walkedName = true;
      continue;
    }
    // ("director of Military Intelligence": what a role is of is no one holding it.)
    if (!walkedName && ['at', 'in', 'to', 'from', 'for', 'of'].includes(token.norm)) break;
    // "India's High Commissioner in Islamabad, X Y", "the ambassador to Russia, X Y": the role's post after "in" or "to",
    // walked over; its country is not the person's.
    if ((token.norm === 'in' || token.norm === 'to') && passed !== undefined && country === passed) {
      country = undefined;
      postDiscarded = true;
    }
    passed = undefined;
    if (ROLE_JOINERS.has(token.norm)) continue;
    // "la ministre française des Armées, Florence Parly": a French office's portfolio after "des", "du", "de" and an
    // adjective of nationality after the title are walked over.
    const beforeToken = paragraph.tokens[j - 1];
    if (isCapitalized(token) && FRENCH_OFFICE_JOINERS.has(beforeToken?.norm ?? '')) continue;
    if (FRENCH_OFFICE_JOINERS.has(token.norm) && !isCapitalized(token)) continue;
    if (!isCapitalized(token) && /(?:aise|ais|ienne|ien|aine|ain|ique|ise)$/u.test(token.text) && beforeToken !== undefined && ROLE_NOUNS.has(beforeToken.norm)) continue;
    // ("le ministre de la Défense nationale, X", "la ministre de la Santé publique, X": an adjective after the portfolio.)
    if (!isCapitalized(token) && /(?:ale|ique|ieure)$/u.test(token.text) && beforeToken !== undefined && isCapitalized(beforeToken) && FRENCH_OFFICE_JOINERS.has(paragraph.tokens[j - 2]?.norm ?? '')) continue;
    // ("le gouverneur de la région de Tillabéri, X", "the governor of the province of X, Y": the post's place noun.)
    if (!isCapitalized(token) && walkedName && PLACE_INTRODUCERS.has(token.norm) && FRENCH_OFFICE_JOINERS.has(paragraph.tokens[j + 1]?.norm ?? '')) continue;
    // ("sub-commander X Y": a rank's prefix before a title.)
    const prefixed = isPrefixedTitle(token.norm);
    if (!ROLE_WORDS.has(token.norm) && !prefixed) break;
    // ("le général Constant Ndima": the French rank, written with its accent, is no adjective.)
    if (ROLE_NOUNS.has(token.norm) || token.text === 'général' || prefixed) role = true;
  }
  if (!role) return { role: false };
  if (country === undefined && !postDiscarded) {
    const qualifier = qualifierInRole(paragraph, start, 10);
    // ("Lisa Monaco, President Barack Obama's adviser": a country's name read as a surname qualifies no one.)
    const inName = qualifier !== undefined && state.out.mentions.some((mention) => mention.para === paragraph.index && mention.type === 'person' && mention.start <= qualifier.edge && qualifier.edge < mention.end);
    country = inName ? undefined : qualifier?.code;
  }
  return country ? { role, country } : { role };
}

/**
 * Whether a name follows a role and the body it heads, named with its acronym in brackets: "Le directeur du Bureau
 * central d'investigations judiciaires (BCIJ), Habboub Cherkaoui,", "the head of the State Security Service (SSS), X".
 * @param tokens The paragraph's tokens.
 * @param start The name's first token.
 * @returns True when a role noun stands within ten words before the bracket, in the same clause.
 */
function isRoleOfBracketedBody(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.text !== ',' || tokens[start - 2]?.text !== ')' || tokens[start - 4]?.text !== '(' || !isAllCaps(tokens[start - 3]?.text ?? '')) return false;
  for (let j = start - 5; j >= 0 && j >= start - 14; j--) {
    const token = tokens[j] as Token;
    // (A French elided article, "l'", "d'", is no word but no break either.)
    if (!token.word && !/^[ld]['’]$/iu.test(token.text)) return false;
    if (ROLE_NOUNS.has(token.norm) && !isCapitalized(token)) return true;
  }
  return false;
}

/**
 * Read an apposition after a name: ", the former deputy chairman of Kyrgyzstan's ...".
 * The country is the first one named in it, unless an organization without a
 * country comes first (", a correspondent for RFE/RL's Kyrgyz service").
 * @param state Pass state.
 * @param end Index past the name.
 * @returns Whether it holds a role noun, and its country.
 */
function appositionAfter(state: PassState, end: number): { role: boolean; country?: string } {
  const { paragraph } = state;
  if (paragraph.tokens[end]?.text !== ',') return { role: false };
  // ("Gidan Rumfa, the palace of the Emir of Kano": an apposition that says what place it is holds no person's role.)
  if (isPlaceAppositionOf(state, end)) return { role: false };
  // "Bahrun Naim, an Indonesian who joined the group": a demonym used as a noun, after "a" or "an", is a person.
  const article = paragraph.tokens[end + 1]?.norm;
  const nounCover = paragraph.cover[end + 2] ?? -1;
  const noun = nounCover >= 0 ? paragraph.matches[nounCover] : undefined;
  if ((article === 'a' || article === 'an') && noun !== undefined && noun.start === end + 2 && isDemonym(noun)
    && ['who', ',', '.', ';', 'and'].includes(paragraph.tokens[noun.end]?.norm ?? '.')) {
    const code = mentionCountry({ start: noun.start, end: noun.end, match: noun });
    return code === undefined ? { role: true } : { role: true, country: code };
  }
  let role = false;
  let country: string | undefined;
  let stopCountry = false;
  for (let j = end + 1; j < paragraph.tokens.length && j - end <= 12; j++) {
    const token = paragraph.tokens[j] as Token;
    if (!token.word && token.norm !== "'s" && token.text !== '-') break;
    const m = paragraph.cover[j] ?? -1;
    if (m >= 0) {
      const match = paragraph.matches[m] as PhraseMatch;
      const mention = knownMentionAt(state.known, paragraph.index, m);
      const code = mention ? mentionCountry({ start: match.start, end: match.end, mention }) : mentionCountry({ start: match.start, end: match.end, match });
      if (!stopCountry && code !== undefined) country ??= code;
      if (mention && code === undefined) stopCountry = true;
      j = match.end - 1;
      continue;
    }
    if (ROLE_NOUNS.has(token.norm)) role = true;
    if (j === end + 1 && !['the', 'a', 'an', 'former', 'then', 'now', 'who', 'whose', 'one', 'deputy', 'head', 'chief', 'an'].includes(token.norm) && !ROLE_WORDS.has(token.norm)) break;
  }
  return country && role ? { role, country } : { role };
}

/**
 * Look for a speech verb after a name ("X said", "X also believes").
 * @param state Pass state.
 * @param end Index past the name.
 * @returns `strong` for a verb of saying, `weak` for a verb like "was", `none` otherwise.
 */
function speechVerbAfter(state: PassState, end: number): 'strong' | 'weak' | 'none' {
  const tokens = state.paragraph.tokens;
  for (let j = end, skipped = 0; j < tokens.length && skipped <= 3; j++) {
    const token = tokens[j] as Token;
    if (SPEECH_VERBS.has(token.norm) && token.word) return WEAK_SPEECH_VERBS.has(token.norm) ? 'weak' : 'strong';
    if (SPEECH_FILLERS.has(token.norm)) {
      skipped++;
      continue;
    }
    return 'none';
  }
  return 'none';
}

/** How a run is introduced as a place. */
interface PlaceEvidence {
  introduced: boolean;
  /** Index of a street word before the run that belongs to the name ("rue" in "rue Monsigny"). */
  prefixStart?: number;
  /** Index past the words after the run that belong to the name ("gun shop" in "the Pallada gun shop"). */
  suffixEnd?: number;
  country?: string;
  /** Whether the gazetteer's towns (read after a place preposition) name the run. */
  town?: boolean;
  /** The gazetteer's name of the town a Cyrillic case form names ("Каркассоне" -> "Carcassonne"). */
  townName?: string;
  /** Whether the run opens with a place's own noun ("Camp Simba", "Mount Elgon"), a common word that is part of the name. */
  opener?: boolean;
}

/**
 * Whether a run is introduced as a place ("the region of X", "X province", "the
 * X gun shop", "X, a suburb north of ...", "the districts are A, B and C", "the
 * A and B stations"), and the country qualifying it ("the Uzbek region of X",
 * "X, Afghanistan").
 * @param state Pass state.
 * @param start First token.
 * @param end Index past the last.
 * @returns Whether it is a place, where its name ends, and its country.
 */
function placeEvidence(state: PassState, start: number, end: number): PlaceEvidence {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  let introduced = false;
  let isTown = false;
  let townName: string | undefined;
  let suffixEnd: number | undefined;
  let country: string | undefined;
  // ("la commune rurale de X", "the remote village of X": an adjective may stand after the introducer.)
  const adjectiveBetween = !PLACE_INTRODUCERS.has(tokens[start - 2]?.norm ?? '') && PLACE_INTRODUCERS.has(tokens[start - 3]?.norm ?? '')
    && tokens[start - 2] !== undefined && !isCapitalized(tokens[start - 2] as Token)
    && PLACE_INTRODUCER_ADJECTIVES.has(tokens[start - 2]?.norm ?? '');
  const introducer = adjectiveBetween ? start - 3 : start - 2;
  const lowerIntroducer = tokens[introducer] !== undefined && (!isCapitalized(tokens[introducer] as Token) || paragraph.sentenceStart[introducer] === true);
  if (PLACE_OF_WORDS.has(tokens[start - 1]?.norm ?? '') && lowerIntroducer && PLACE_INTRODUCERS.has(tokens[introducer]?.norm ?? '')) {
    introduced = true;
    country = qualifierBefore(paragraph, start - 2)?.code;
  }
  const next = tokens[end];
  const afterNext = tokens[end + 1];
  let prefixStart: number | undefined;
  if (next && PLACE_SUFFIXES.has(next.norm) && !isCapitalized(next)) {
    introduced = true;
    suffixEnd = end + 1;
    country ??= qualifierBefore(paragraph, start)?.code;
    // "the Tree of Life synagogue": a capitalised word and "of" before the name belong to the venue's name.
    const head = tokens[start - 2];
    const beforeHead = tokens[start - 3];
    if (tokens[start - 1]?.text === 'of' && head !== undefined && isCapitalized(head) && paragraph.sentenceStart[start - 2] !== true && beforeHead !== undefined && !isCapitalized(beforeHead)) prefixStart = start - 2;
  } else if (next && afterNext && isVenueModifier(state, end) && VENUE_SUFFIXES.has(afterNext.norm) && !isCapitalized(afterNext)) {
    introduced = true;
    suffixEnd = end + 2;
    country ??= qualifierBefore(paragraph, start)?.code;
  }
  // "в провинции Хасеке", "в кишлаке Харангон": a Russian noun of a settlement or province in lower case before the name.
  // (Not an adjective before a noun: "город Ханты-Мансийского автономного округа" names the town's region.)
  const adjectiveBeforeNoun = RUSSIAN_ADJECTIVE_ENDING.test(tokens[end - 1]?.text ?? '') && tokens[end]?.word === true && !tokens[end]?.capitalized;
  if (!introduced && end - start <= 2 && isCyrillicWord(tokens[start]?.text ?? '') && isRussianSettlementNoun(tokens[start - 1]?.text ?? '') && !adjectiveBeforeNoun) introduced = true;
  // "the JW Marriott and Ritz-Carlton hotels": two names before one venue noun in the plural.
  if (!introduced && end - start <= 3 && isBeforePluralVenueNoun(tokens, start, end)) introduced = true;
  if (!introduced && (isListedPlace(state, start, end) || isPlaceApposition(state, end) || isTownOfRegion(state, start, end) || isPlaceInDivision(paragraph.tokens, start, end) || isRegionAfterTown(state, start, end) || isQuarterOfCity(state, start, end))) introduced = true;
  const division = introduced ? undefined : knownDivisionAfter(state, start, end);
  if (division !== undefined) {
    introduced = true;
    country ??= division.country;
  }
  // "in Negombo", "from Medford": a smaller town of the gazetteer after a place preposition.
  if (!introduced && end - start <= 2) {
    const before = tokens[start - 1];
    // Also "In Hamilton, flags were lowered": the preposition opening the sentence, the town closed by a comma.
    const opening = before !== undefined && start - 1 >= 0 && state.paragraph.sentenceStart[start - 1] === true && tokens[end]?.text === ',';
    // "in downtown Charleston", "from northern Kunduz": a part of the town between the preposition and its name.
    // ("hit downtown Jolo": "downtown" names a town's part after any word.)
    const area = before !== undefined && !isCapitalized(before) && TOWN_AREA_WORDS.has(before.norm) && (TOWN_PREPOSITIONS.has(tokens[start - 2]?.norm ?? '') || before.norm === 'downtown');
    const latin = before !== undefined && (((!isCapitalized(before) || opening) && TOWN_PREPOSITIONS.has(before.norm)) || area || followsListedPlace(state, start));
    const town = latin ? state.knowledge.towns.get(runKey(tokens, start, end)) : russianTownAfterPreposition(state, start, end);
    if (town !== undefined) {
      introduced = true;
      isTown = true;
      country ??= town.country;
      // "в Каркассоне": a case form names the town the gazetteer spells.
      if (!latin) townName = town.name;
    }
  }
  // "intercepted him in Bwaise.", "an eatery in Komamboga killed": one word no list knows, after "in" or "near" in
  // lower case and before punctuation or a word in lower case, names a place.
  if (!introduced && end - start === 1 && isUnknownPlaceWord(state, start)) introduced = true;
  // "struck a gendarmerie post at Tin Abao, near the border": where, then how near to something else.
  if (!introduced && end - start <= 2 && isPlaceBeforeItsBearings(state, start, end)) introduced = true;
  // "docked at La Goulette", "in La Marsa": a Romance or Arabic article, then one word no list knows.
  if (!introduced && end - start === 2 && PLACE_ARTICLES.has(tokens[start]?.text ?? '') && ARTICLE_PLACE_PREPOSITIONS.has(tokens[start - 1]?.text ?? '')
    && isUnknownNameWord(state, start + 1)) introduced = true;
  // "Lanao del Sur", "Agusan del Norte": a Spanish province's name closed by a compass point.
  if (!introduced && end - start === 3 && tokens[start + 1]?.norm === 'del' && SPANISH_COMPASS.has(tokens[start + 2]?.norm ?? '') && isCapitalized(tokens[start + 2] as Token)) introduced = true;
  // "in the North-East", "the South-West": a country's region named by two compass points with capitals.
  if (!introduced && end - start === 1 && tokens[start - 1]?.text === 'the' && COMPASS_REGION.test(tokens[start]?.text ?? '')) introduced = true;
  // "Burj al-Barajneh", "Ras al-Ain", "Wadi Kabir": an Arabic place word opening a name of two words or more.
  const opening = tokens[start];
  if (!introduced && end - start >= 2 && opening !== undefined && isCapitalized(opening) && ARABIC_PLACE_WORDS.has(opening.norm)) introduced = true;
  // "Fort Leavenworth": an English place word opening a name of two or three words.
  let opener = false;
  if (!introduced && end - start >= 2 && end - start <= 3 && opening !== undefined && isCapitalized(opening) && ENGLISH_PLACE_OPENERS.has(opening.norm)) introduced = opener = true;
  // "Quai de Grenelle", "Porte de Vincennes": a French street's or gate's noun with a capital, then "de" and the name.
  if (!introduced && end - start >= 3 && opening !== undefined && isCapitalized(opening) && FRENCH_PLACE_HEADS.has(opening.norm) && NAME_PARTICLES.has(tokens[start + 1]?.norm ?? '')) introduced = true;
  // "the Blue Mosque and Hagia Sophia": a name joined to a place just found is a place too.
  const joined = tokens[start - 1]?.norm === 'and' ? state.out.mentions.at(-1) : undefined;
  if (!introduced && joined !== undefined && joined.para === paragraph.index && joined.end === start - 1 && joined.type === 'place' && joined.ref.kind === 'found' && end - start <= 3) introduced = true;
  // "in Malacca and Penang": a name of one or two words joined to a known city (not a country: "Russia and Putin")
  // after a place preposition or a list's comma, no given name among its words.
  if (!introduced && tokens[start - 1]?.norm === 'and' && end - start <= 2 && isJoinedToListedCity(state, start, end)) introduced = true;
  // "driven through the night to Jamshoro and Hyderabad": the same, the known city last.
  if (!introduced && tokens[end]?.norm === 'and' && end - start <= 2 && isJoinedBeforeListedCity(state, start, end)) introduced = true;
  // "rue Monsigny", "boulevard Voltaire": a French street word in lower case names the street with it.
  // "rue des Orfèvres", "place de la République", "avenue du Général": the street word, then "des", "du", "de (la)".
  const joiner = ['des', 'du', 'de', "d'"].includes(tokens[start - 1]?.norm ?? '') ? 1 : tokens[start - 1]?.norm === 'la' && tokens[start - 2]?.norm === 'de' ? 2 : 0;
  const street = tokens[start - 1 - joiner];
  if (!introduced && street !== undefined && !isCapitalized(street) && FRENCH_STREET_WORDS.has(street.norm) && end - start <= 3) {
    introduced = true;
    prefixStart = start - 1 - joiner;
  }
  // "l'hôtel Radisson Blu de Bamako", "au stade Omnisport": a French venue's noun in lower case after an article names the venue.
  // (The elided article is written with its noun: "l'hôtel", "d'hôpital".)
  const venueNoun = tokens[start - 1];
  const elided = /^[ld]'/u.exec(venueNoun?.norm ?? '') !== null;
  const venueWord = elided ? (venueNoun?.norm ?? '').slice(2) : venueNoun?.norm ?? '';
  if (!introduced && venueNoun !== undefined && !isCapitalized(venueNoun) && FRENCH_VENUE_NOUNS.has(venueWord) && (elided || FRENCH_VENUE_ARTICLES.has(tokens[start - 2]?.norm ?? '')) && end - start <= 3) introduced = true;
  // "surrendered near Tal Afar": "near" before a name of one or two words introduces a place.
  const before = tokens[start - 1];
  if (!introduced && before?.norm === 'near' && !isCapitalized(before) && end - start <= 2) introduced = true;
  // "le 13 janvier à Pau,": French "à" (written with its accent, so never the English article) before a single name
  // that is no acronym and no word: "parlé à Libération" names a newspaper, "à RFI" a broadcaster.
  // ("évacués vers Dori": "vers", towards, too.)
  // ("arrêté à Sidi Bennour une cellule": a name of two such words too.)
  // ("en Ituri", "dans l'Ituri", "le Nord-Kivu et l'Ituri": French "en", "dans l'", and "et l'" after a place, before a region's name.)
  const elidedBefore = before?.text === "l'" || before?.text === 'l’';
  const frenchPreposition = before?.text === 'à' || before?.text === 'vers' || before?.text === 'en'
    || (elidedBefore && (tokens[start - 2]?.text === 'dans' || (tokens[start - 2]?.text === 'et' && placeStartEndingAt(state, start - 2, false) !== undefined)));
  if (!introduced && frenchPreposition && end - start <= 2 && !isCapitalized(tokens[end] ?? before)
    && tokens.slice(start, end).every((token) => token.word && isCapitalized(token) && isFrenchTownShaped(state, token) && !state.knowledge.givenNames.has(token.norm))) introduced = true;
  const region = introduced ? regionAfterComma(paragraph, end) : undefined;
  const found = region?.targets.find((target) => target.kind === 'country');
  if (found?.kind === 'country') country ??= found.entry.code;
  return { introduced, ...(suffixEnd !== undefined ? { suffixEnd } : {}), ...(prefixStart !== undefined ? { prefixStart } : {}), ...(country ? { country } : {}), ...(isTown ? { town: true } : {}), ...(townName !== undefined ? { townName } : {}), ...(opener ? { opener } : {}) };
}

/**
 * Whether a name joined by "and" to another stands before a place's or venue's noun in the plural (the other name
 * of up to three capitalised words): "the JW Marriott and Ritz-Carlton hotels", "the Al-Noor and Linwood mosques".
 * @param tokens The paragraph's tokens.
 * @param start First token of the name.
 * @param end Index past the name.
 */
function isBeforePluralVenueNoun(tokens: readonly Token[], start: number, end: number): boolean {
  const pluralAt = (at: number): boolean => {
    const noun = tokens[at];
    if (noun === undefined || isCapitalized(noun) || !noun.norm.endsWith('s')) return false;
    const singular = noun.norm.endsWith('ches') ? noun.norm.slice(0, -2) : noun.norm.slice(0, -1);
    return VENUE_SUFFIXES.has(singular) || PLACE_SUFFIXES.has(singular);
  };
  if (tokens[start - 1]?.norm === 'and' && pluralAt(end)) return true;
  if (tokens[end]?.norm !== 'and') return false;
  for (let k = end + 1; k <= end + 3 && tokens[k] !== undefined && isCapitalized(tokens[k] as Token); k++) if (pluralAt(k + 1)) return true;
  return false;
}

/**
 * Whether the one word at `start` is a place's name by its position alone: right after "in", "near", "around" or "outside" written in
 * lower case, before punctuation or a word in lower case, and a word no list knows (no common word, given name,
 * surname or word never a name), of three letters or more and not in capitals ("in Bwaise.", "in Komamboga killed").
 * @param state Pass state.
 * @param start The word's token.
 */
function isUnknownPlaceWord(state: PassState, start: number): boolean {
  const tokens = state.paragraph.tokens;
  const before = tokens[start - 1];
  // ("dont Rabat, Fès, Tanger et Taounate": the next items of a list after a known place too.)
  // (A list's item ends at a comma or its "and": "Tajikistan, European security services" lists no place.)
  const next = tokens[start + 1];
  const listed = before !== undefined && followsListedPlace(state, start) && (next === undefined || !next.word || LIST_JOINERS.has(next.norm));
  if (before === undefined || (!UNKNOWN_PLACE_PREPOSITIONS.has(before.text) && !listed)) return false;
  return isUnknownNameWord(state, start);
}

/** Adjectives between a place's introducer and "of"/"de": "la commune rurale de X", "the remote village of X". */
const PLACE_INTRODUCER_ADJECTIVES: ReadonlySet<string> = new Set(['rurale', 'urbaine', 'rural', 'urban', 'small', 'tiny', 'remote', 'border', 'frontaliere']);

/** Words after "X," that place X by its bearings: "at Tin Abao, near the border", "in Kalu, north of the city". */
const BEARING_WORDS: ReadonlySet<string> = new Set(['near', 'close', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'outside', 'just']);

/**
 * @param state Pass state.
 * @param start First token of a run of one or two words.
 * @param end Index past the run.
 * @returns Whether the run follows "at", "in" or "near" in lower case and a comma and a word of bearings close it,
 *   no word of it is a given name and its last is no common word ("Tin Abao").
 */
function isPlaceBeforeItsBearings(state: PassState, start: number, end: number): boolean {
  const tokens = state.paragraph.tokens;
  const before = tokens[start - 1];
  if (before === undefined || !['at', 'in', 'near'].includes(before.text) || tokens[end]?.text !== ',' || !BEARING_WORDS.has(tokens[end + 1]?.text ?? '')) return false;
  const { commonWords, givenNames } = state.knowledge;
  const last = tokens[end - 1] as Token;
  return !commonWords.has(last.norm) && tokens.slice(start, end).every((token) => token.word && /^\p{Lu}\p{Ll}/u.test(token.text) && !givenNames.has(token.norm) && !NEVER_NAMES.has(token.norm));
}

/**
 * Whether the one word at `start` is a name no list knows, closed by punctuation or a word in lower case: no common
 * word, given name, surname or word never a name, of three letters or more, not in capitals, in no German paragraph.
 * @param state Pass state.
 * @param start The word's token.
 */
function isUnknownNameWord(state: PassState, start: number): boolean {
  const tokens = state.paragraph.tokens;
  const token = tokens[start];
  const next = tokens[start + 1];
  if (token === undefined) return false;
  if (next !== undefined && ((next.word && isCapitalized(next)) || next.norm === "'s" || next.text === '-')) return false;
  // ("in Kabul, Karzai, who said so": "who" speaks of a person.)
  if (next?.text === ',' && ['who', 'whose', 'whom'].includes(tokens[start + 2]?.norm ?? '')) return false;
  // ("on Parliament Hill, Goodale and ...": the surname of a person named before.)
  if (state.out.mentions.some((mention) => mention.type === 'person' && mention.surface.split(/\s+/u).at(-1) === token.text)) return false;
  const { commonWords, givenNames, surnames } = state.knowledge;
  // ("in Gulistan-e-Jauhar": a Persian or Urdu ezafe between two names.)
  return token.text.length >= 3 && !isAllCaps(token.text) && !isCyrillicWord(token.text) && /^\p{Lu}\p{Ll}+(?:-(?:e-|i-)?\p{Lu}\p{Ll}+)?$/u.test(token.text)
    && !commonWords.has(token.norm) && !givenNames.has(token.norm) && !surnames.has(token.norm) && !NEVER_NAMES.has(token.norm)
    // (German writes every noun with a capital: "in Lebensgefahr", "in Uniform".)
    && (state.paragraph.text.match(GERMAN_CUE) ?? []).length < 2;
}

/** Articles, as written, that open a place's name of two words ("La Goulette", "El Kef", "Al Mukalla"). */
const PLACE_ARTICLES: ReadonlySet<string> = new Set(['La', 'Le', 'Les', 'El', 'Al']);

/** Prepositions, as written, before such a name. */
const ARTICLE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'around', 'outside', 'from', 'to']);

/** Prepositions, in lower case as written, after which one unknown word is a place ("in Bwaise", "around Dharjaale"). */
const UNKNOWN_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'around', 'outside']);

/** Compass points closing a Spanish place's name after "del" ("Lanao del Sur"), as match keys. */
const SPANISH_COMPASS: ReadonlySet<string> = new Set(['sur', 'norte', 'este', 'oeste']);

/** Two compass points joined by a hyphen, with capitals: "North-East", "South-West". */
const COMPASS_REGION = /^(?:North|South)-(?:[Ee]ast|[Ww]est)$/u;

/** Short German words that English and French never write: two of them make a paragraph German. */
const GERMAN_CUE = /(?<![\p{L}])(?:der|das|dem|und|nicht|ist|sind|wurde|wurden|auch|nach|sich|eine?[mnrs]?)(?![\p{L}])/gu;

/**
 * Whether a run is the next item of a list of places: a comma, "and" or "or" right after a place
 * ("detained in Kedah, Selangor and Penang"): the list's preposition reaches it too.
 * @param state Pass state.
 * @param start First token of the run.
 * @returns True when the item before is a place.
 */
function followsListedPlace(state: PassState, start: number): boolean {
  const { paragraph } = state;
  const joint = paragraph.tokens[start - 1];
  if (joint === undefined || (joint.text !== ',' && !LIST_JOINERS.has(joint.norm)) || isCapitalized(joint)) return false;
  return placeStartEndingAt(state, start - 1, false) !== undefined;
}

/** Words joining the last item of a list: English, French, Spanish, Portuguese and Italian "and" and "or". */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'et', 'ou', 'y', 'o', 'e']);

/**
 * @param state Pass state.
 * @param start First token of the run, after "and".
 * @param end Index past the run.
 * @returns Whether a gazetteer city stands before "and", itself after a place preposition or a comma, and the run's words are no given names.
 */
function isJoinedToListedCity(state: PassState, start: number, end: number): boolean {
  const { paragraph } = state;
  const cityStart = knownPlaceStartEndingAt(state, start - 1, true);
  if (cityStart === undefined) return false;
  const before = paragraph.tokens[cityStart - 1];
  if (before === undefined || isCapitalized(before) || (before.text !== ',' && !TOWN_PREPOSITIONS.has(before.norm))) return false;
  // "Mohammad Imran of Kanpur and Fakhre Alam (of Etawah)": the city is a person's home, so "and" joins persons.
  const tokens = paragraph.tokens;
  if (ORIGIN_PREPOSITIONS.has(before.norm) && tokens[cityStart - 2] !== undefined && isCapitalized(tokens[cityStart - 2] as Token) && state.paragraph.sentenceStart[cityStart - 2] !== true) return false;
  if (ORIGIN_PREPOSITIONS.has(tokens[end]?.norm ?? '') && tokens[end + 1] !== undefined && isCapitalized(tokens[end + 1] as Token)) return false;
  return tokens.slice(start, end).every((token) => !state.knowledge.givenNames.has(token.norm));
}

/**
 * @param state Pass state.
 * @param start First token of the run.
 * @param end Index of "and" after the run.
 * @returns Whether the run follows a place preposition in lower case ("to" too) and "and" a gazetteer city
 * that closes the list, and no word of the run is a given name or a common word.
 */
function isJoinedBeforeListedCity(state: PassState, start: number, end: number): boolean {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  const before = tokens[start - 1];
  if (before === undefined || isCapitalized(before) || !(TOWN_PREPOSITIONS.has(before.norm) || before.norm === 'to')) return false;
  // ("According to Soylu and Ankara": not after "according to".)
  if (before.norm === 'to' && tokens[start - 2]?.norm === 'according') return false;
  const m = paragraph.cover[end + 1] ?? -1;
  if (m < 0) return false;
  const match = paragraph.matches[m] as PhraseMatch;
  const known = knownMentionAt(state.known, paragraph.index, m);
  if (match.start !== end + 1 || known === undefined || !isCityRef(known.ref)) return false;
  const closing = tokens[match.end];
  if (closing !== undefined && closing.word && isCapitalized(closing)) return false;
  return tokens.slice(start, end).every((token) => !state.knowledge.givenNames.has(token.norm) && !state.knowledge.commonWords.has(token.norm));
}

/** Prepositions naming where a person is from: "Atif Muzaffar of Kanpur", "a man from Aligarh". */
const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from']);

/** Endings of French and English abstract nouns, which a town's name hardly has ("Libération", "Parlement"). */
const ABSTRACT_NOUN_ENDING = /(?:tion|sion|ment|isme|ism)$/u;

/**
 * Whether a single capitalised word may be a town's name after French "à": no
 * acronym, no common word of the lexicon, no abstract noun's ending.
 * @param state Pass state.
 * @param token The word.
 * @returns True for "Pau", "Inates"; false for "Libération", "RFI".
 */
function isFrenchTownShaped(state: PassState, token: Token): boolean {
  return !isAcronymWord(token.text) && !state.knowledge.commonWords.has(token.norm) && !ABSTRACT_NOUN_ENDING.test(token.norm);
}

/** Nouns of kin that a single name may follow ("his wife Tabassum", "a son, Ghalib"). */
const KIN_NOUNS: ReadonlySet<string> = new Set(['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'widow', 'widower', 'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'fiancee', 'fiance']);

/** Words that open a phrase of kin before a single name ("his wife", "a son", "the victim's brother"). */
const KIN_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'a', 'an', 'the', 'whose', "'s", 'my', 'our', 'your']);

/**
 * Whether a single name follows a noun of kin in lower case and its determiner, with or without a comma between.
 * @param tokens The paragraph's tokens.
 * @param start The name's token.
 * @returns True for "his wife Tabassum", "a son, Ghalib".
 */
function isKinNamed(tokens: readonly Token[], start: number): boolean {
  const j = tokens[start - 1]?.text === ',' ? start - 2 : start - 1;
  const noun = tokens[j];
  return noun !== undefined && !isCapitalized(noun) && KIN_NOUNS.has(noun.norm) && KIN_DETERMINERS.has(tokens[j - 1]?.norm ?? '');
}

/** Role nouns in lower case that a single name may follow, as people known by one name are styled ("minister Wiranto"). */
const SINGLE_NAME_ROLES: ReadonlySet<string> = new Set([
  'minister', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'governor', 'prosecutor', 'mayor', 'regent', 'cleric', 'preacher',
  // French styles in lower case: "le président Tshisekedi", "du pape François", "le ministre Muyaya".
  'president', 'presidente', 'pape', 'ministre', 'prefet', 'procureur', 'juge', 'cheikh',
]);

/**
 * Whether a single name follows a role noun in lower case that a capitalised word does not open
 * ("security minister Wiranto", "police chief Syafruddin"; not "Chief Justice").
 * @param tokens The paragraph's tokens.
 * @param start The name's token.
 * @returns True for such a name.
 */
function isRoleNamed(tokens: readonly Token[], start: number): boolean {
  const noun = tokens[start - 1];
  return noun !== undefined && !isCapitalized(noun) && SINGLE_NAME_ROLES.has(noun.norm);
}

/** French street words written in lower case before the street's name ("rue Monsigny", "boulevard Voltaire"). */
const FRENCH_STREET_WORDS: ReadonlySet<string> = new Set(['rue', 'avenue', 'boulevard', 'impasse', 'allee', 'chaussee', 'ruelle']);

/** French nouns of venues written in lower case before the venue's name ("l'hôtel Radisson Blu", "la mosquée Al-Rahma"), as match keys. */
const FRENCH_VENUE_NOUNS: ReadonlySet<string> = new Set(['hotel', 'hopital', 'mosquee', 'eglise', 'stade', 'lycee', 'ecole', 'aeroport', 'cathedrale', 'basilique', 'maquis', 'camp', 'marche', 'prison']);

/** French articles and prepositions before such a noun ("l'", "le", "du", "au", "à la"), as match keys. */
const FRENCH_VENUE_ARTICLES: ReadonlySet<string> = new Set(["l'", 'le', 'la', 'du', 'au', 'de', "d'", 'a']);

/** French nouns of streets, squares, quays and gates that open a place's name written with a capital ("Quai de Grenelle", "Porte de Vincennes"). */
const FRENCH_PLACE_HEADS: ReadonlySet<string> = new Set([...FRENCH_STREET_WORDS, 'quai', 'place', 'porte', 'pont', 'cours', 'square', 'parvis', 'esplanade', 'promenade',
  // "Stade de France", "Gare de Lyon", "Palais des congrès": a French venue's noun with a capital opens its name.
  // (Match keys, without accents: "Musée" is `musee`.)
  'stade', 'gare', 'palais', 'musee', 'opera', 'theatre', 'basilique', 'cathedrale', 'aeroport']);

/** Place suffixes that a court may follow as its seat ("the X district court", "the X city court"). */
const COURT_SEAT_SUFFIXES: ReadonlySet<string> = new Set(['district', 'city', 'town', 'county', 'region', 'oblast', 'province']);

/**
 * Whether a lower-case "court" or "tribunal" follows a place's suffix ("the X district court").
 * @param tokens The paragraph's tokens.
 * @param suffixEnd Index past the place's suffix.
 * @returns True when the token at `suffixEnd` is such a court and the suffix may seat one.
 */
function isCourtAfter(tokens: readonly Token[], suffixEnd: number): boolean {
  const suffix = tokens[suffixEnd - 1];
  const head = tokens[suffixEnd];
  return suffix !== undefined && head !== undefined && COURT_SEAT_SUFFIXES.has(suffix.norm) && !isCapitalized(head) && (head.norm === 'court' || head.norm === 'tribunal');
}

/** Lower-case words that never modify a venue noun ("... said shop", "... and store"). */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'at', 'by', 'with', 'from', 'as', 'that', 'which', 'who', 'its', 'his', 'her', 'their',
  'our', 'was', 'were', 'is', 'are', 'be', 'been', 'not', 'no', 'or', 'nor', 'if', 'than', 'then', 'also',
  'radio', 'tv', 'television', 'broadcasting', 'news', 'media', // "the X radio station" is a broadcaster
  // French and Spanish determiners: "faire de Ben Guerdane une base" names no base.
  'un', 'une', 'le', 'la', 'les', 'des', 'du', 'sa', 'son', 'ses', 'leur', 'cette', 'ce', 'una', 'el', 'los', 'las', 'su',
]);

/**
 * Whether the word at `index` can modify a venue noun after a name ("gun" in
 * "the Pallada gun shop", "metro" in "X metro station").
 * @param state Pass state.
 * @param index Token index of the modifier.
 * @returns True for a plain lower-case word.
 */
function isVenueModifier(state: PassState, index: number): boolean {
  const token = state.paragraph.tokens[index];
  if (!token || !token.word || isCapitalized(token) || state.paragraph.cover[index] !== -1) return false;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) return false;
  return !NOT_MODIFIERS.has(token.norm) && !NAME_CONNECTORS.has(token.norm) && !SPEECH_VERBS.has(token.norm) && !SPEECH_FILLERS.has(token.norm);
}

/**
 * Whether a run is an item of a list of places: "The districts are A, B and C",
 * "the villages of A and B", "the A and B stations".
 * @param state Pass state.
 * @param start First token of the run.
 * @param end Index past the run.
 * @returns True when a plural place noun announces or closes the list.
 */
function isListedPlace(state: PassState, start: number, end: number): boolean {
  const tokens = state.paragraph.tokens;
  // An item after a comma is not the last, so a comma or "and" follows it
  // ("in the districts of Bishkek, Ormonov said" is no list).
  if (tokens[start - 1]?.text === ',' && tokens[end]?.text !== ',' && tokens[end]?.norm !== 'and' && tokens[end]?.norm !== 'or') return false;
  // Back over earlier items to the words that open the list.
  let j = start - 1;
  for (let steps = 0; j >= 0 && steps < 40; steps++) {
    const token = tokens[j] as Token;
    if (token.text === ',' || token.norm === 'and' || isCapitalized(token) || state.paragraph.cover[j] !== -1) j--;
    else break;
  }
  const opener = tokens[j];
  if (opener && tokens[j + 1]?.text !== ',' && PLACE_LIST_OPENERS.has(opener.norm)) {
    let noun = j - 1;
    if (opener.norm === 'as' && tokens[noun]?.norm === 'such') noun--;
    const word = tokens[noun];
    if (word && !isCapitalized(word) && PLACE_LIST_NOUNS.has(word.norm)) return true;
  }
  // The last item, right before the plural noun: "the A and B stations".
  const last = tokens[end];
  if (last && !isCapitalized(last) && PLACE_LIST_NOUNS.has(last.norm)) {
    const joiner = tokens[start - 1];
    const item = tokens[start - 2];
    return (joiner?.text === ',' || joiner?.norm === 'and') && item !== undefined && isCapitalized(item);
  }
  // On over later items to a plural place noun that closes the list.
  if (tokens[end]?.text !== ',' && tokens[end]?.norm !== 'and') return false;
  let k = end;
  for (let steps = 0; k < tokens.length && steps < 40; steps++) {
    const token = tokens[k] as Token;
    if (token.text === ',' || token.norm === 'and' || isCapitalized(token) || state.paragraph.cover[k] !== -1) k++;
    else break;
  }
  const closer = tokens[k];
  return closer !== undefined && k > end + 1 && isCapitalized(tokens[k - 1] as Token) && !isCapitalized(closer) && PLACE_LIST_NOUNS.has(closer.norm);
}

/**
 * Whether an apposition after a run says it is a place: ", a suburb north of
 * the capital", ", a pedestrian street in the city centre", ", a Stockholm suburb,".
 * @param state Pass state.
 * @param end Index past the run.
 * @returns True when it does.
 */
function isPlaceApposition(state: PassState, end: number): boolean {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  if (tokens[end]?.text !== ',') return false;
  const article = tokens[end + 1]?.norm ?? '';
  if (ROMANCE_INDEFINITE_ARTICLES.has(article)) return isRomancePlaceNoun(tokens[end + 2], tokens[end + 3]);
  // "Sebba, le chef-lieu de la province", "Niamey, la capitale": the seat of a division.
  if (ROMANCE_DEFINITE_ARTICLES.has(article)) return ROMANCE_SEAT_NOUNS.has(tokens[end + 2]?.norm ?? '') && tokens[end + 2]?.text === tokens[end + 2]?.text.toLowerCase();
  if (!['a', 'an', 'the'].includes(article)) return false;
  for (let j = end + 2, words = 0; j < tokens.length && words < 4; j++, words++) {
    const token = tokens[j] as Token;
    const m = paragraph.cover[j] ?? -1;
    if (m >= 0) {
      j = (paragraph.matches[m] as PhraseMatch).end - 1;
      continue;
    }
    if (!token.word || isCapitalized(token)) return false;
    // ("X Y, the owner of a cafe on the corner": a noun before a preposition is the apposition's head, and no place's.)
    if (APPOSITION_HEAD_ENDERS.has(token.norm)) return false;
    if (PLACE_APPOSITION_NOUNS.has(token.norm)) {
      const after = tokens[j + 1];
      return after === undefined || !after.word || PLACE_APPOSITION_FOLLOWERS.has(after.norm);
    }
  }
  return false;
}

/**
 * Whether a name is set off by an apposition that says what place it is, with no
 * person's possessive in it ("Atia Mahal, the militant hideout in Sylhet"; not "X, the
 * city's mayor").
 * @param state Pass state.
 * @param end Index past the name.
 * @returns True for such an apposition.
 */
function isPlaceAppositionOf(state: PassState, end: number): boolean {
  const { paragraph } = state;
  const tail = paragraph.text.slice(paragraph.tokens[end]?.end ?? 0, (paragraph.tokens[end]?.end ?? 0) + 50);
  // (The possessive among the apposition's first lower-case words: "the city's mayor", not "the hideout in Sylhet city's".)
  return paragraph.tokens[end]?.text === ',' && isPlaceApposition(state, end) && !/^\s*(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+['’]s(?![\p{L}])/u.test(tail);
}

/** Prepositions that close an apposition's head ("the owner of ...", "the man in ..."). */
const APPOSITION_HEAD_ENDERS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'on', 'for', 'with', 'near', 'by', 'from']);

/** French and Spanish indefinite articles opening an apposition (", une ville de", ", un pueblo de"). */
const ROMANCE_INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['une', 'un', 'una']);

/** French and Spanish definite articles opening an apposition that names a seat (", le chef-lieu de"). */
const ROMANCE_DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'el']);

/** Nouns of a division's seat in French and Spanish, after a definite article (", la capitale", ", el capital"). */
const ROMANCE_SEAT_NOUNS: ReadonlySet<string> = new Set(['chef-lieu', 'capitale', 'capital', 'cabecera']);

/**
 * Whether a French or Spanish place noun, right after the apposition's article,
 * says what the name before is: "une ville d'environ 60 000 habitants", "un
 * village proche de", "una ciudad en".
 * @param noun The word after the article.
 * @param after The word after that.
 * @returns True when it does.
 */
function isRomancePlaceNoun(noun: Token | undefined, after: Token | undefined): boolean {
  if (noun === undefined || isCapitalized(noun) || !ROMANCE_PLACE_APPOSITION_NOUNS.has(noun.norm)) return false;
  return after === undefined || !after.word || ROMANCE_PLACE_APPOSITION_FOLLOWERS.has(after.norm) || after.norm.startsWith("d'");
}

/** A German or Scandinavian compound ending in a place noun: "Breitscheidplatz", "Hauptbahnhof", "Drottninggatan", "Krystalgade". */
const GERMAN_PLACE_COMPOUND = /^\p{Lu}\p{Ll}{3,}(?:platz|kirche|straße|strasse|bahnhof|brücke|allee|gasse|flughafen|moschee|gatan|gata|gade|gaden|vägen|vejen|torget|torvet|plassen)$/u;

/**
 * Whether a name is followed by ", which" and a speech verb ("Uber, which said",
 * "Meta, which has confirmed"): only a body or a thing speaks through "which".
 * @param state Pass state.
 * @param end Index past the name.
 * @returns True when it is.
 */
function isSpeakingBody(state: PassState, end: number): boolean {
  const tokens = state.paragraph.tokens;
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.norm !== 'which') return false;
  let verb = end + 2;
  while (verb < end + 4 && ['has', 'had', 'later', 'also', 'previously'].includes(tokens[verb]?.norm ?? '')) verb++;
  return SPEECH_VERBS.has(tokens[verb]?.norm ?? '');
}

/**
 * Whether a name stands before a spokesperson's noun in lower case and then a
 * capitalised name or a comma ("Hawks spokesperson Captain X", "the Sentinels
 * spokesman, John Doe"), not at a sentence's start, where a capital says nothing.
 * @param state Pass state.
 * @param start First token of the name.
 * @param end Index past the name.
 * @returns True when it does.
 */
function isSpokenForBody(state: PassState, start: number, end: number): boolean {
  const tokens = state.paragraph.tokens;
  const noun = tokens[end];
  const after = tokens[end + 1];
  if (noun === undefined || isCapitalized(noun) || !SPOKESPERSON_NOUNS.has(noun.norm) || after === undefined) return false;
  if (state.paragraph.sentenceStart[start] === true) return false;
  return after.text === ',' || (after.word && isCapitalized(after));
}

/** Nouns of one who speaks for a body, as match keys. */
const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** Lower-case prepositions before a town named with its country or region ("from Rosario, Argentina"). */
const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'near', 'outside', 'of']); // not "to": "According to Soylu, Turkey holds ..."

/** Parts of a town between a place preposition and its name ("in downtown Charleston", "in northern Kunduz"). */
const TOWN_AREA_WORDS: ReadonlySet<string> = new Set(['downtown', 'central', 'suburban', 'northern', 'southern', 'eastern', 'western', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'old', 'greater']);

/** Russian prepositions of place before a town's name in the prepositional or genitive case ("в Беслане", "из Беслана"), as match keys. */
const RUSSIAN_TOWN_PREPOSITIONS: ReadonlySet<string> = new Set([...RUSSIAN_PLACE_PREPOSITIONS, 'u']);

/** Countries whose towns the gazetteer names by transliterating their Cyrillic names: there a Cyrillic case form's stem finds the town. */
const TRANSLITERATED_TOWN_COUNTRIES: ReadonlySet<string> = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ']);

/**
 * A smaller town of the gazetteer named by one Cyrillic word in a case form after
 * a Russian preposition ("в Беслане", "из Беслана"): the word's stem, or the stem
 * and "a" ("в Пензе" -> Penza), is the key of a town of a country whose names are
 * transliterated from Cyrillic.
 * @param state Pass state.
 * @param start The run's first token.
 * @param end Index past its last.
 * @returns The town, or undefined.
 */
function russianTownAfterPreposition(state: PassState, start: number, end: number): { name: string; country: string } | undefined {
  const tokens = state.paragraph.tokens;
  const word = tokens[start];
  const before = tokens[start - 1];
  if (end - start !== 1 || word === undefined || before === undefined || !isCyrillicWord(word.text) || !RUSSIAN_TOWN_PREPOSITIONS.has(before.norm)) return undefined;
  const stem = cyrillicStem(word.norm);
  if (stem === undefined) return undefined;
  for (const key of [word.norm, stem, `${stem}a`]) {
    const town = state.knowledge.towns.get(key);
    if (town !== undefined && TRANSLITERATED_TOWN_COUNTRIES.has(town.country.toUpperCase())) return town;
  }
  // "в Каркассоне": elsewhere a town is heard (`soundKey`), and only in a country the article names.
  const sound = soundKey(stem);
  if (!isDistinctSound(sound, stem)) return undefined;
  const heard = townsBySound(state.knowledge.towns).get(sound)?.filter((town) => state.context.countryCounts.has(town.country.toUpperCase()));
  return heard?.length === 1 ? heard[0] : undefined;
}

/** Towns by sound key, built on first use per gazetteer. */
const townSounds = new WeakMap<ReadonlyMap<string, Town>, ReadonlyMap<string, Town[]>>();

/** A smaller town of the gazetteer. */
type Town = { name: string; country: string };

/**
 * The gazetteer's smaller towns by the sound of their names (`soundKey`).
 * @param towns Towns by match key.
 * @returns Sound key -> the towns that sound so.
 */
function townsBySound(towns: ReadonlyMap<string, Town>): ReadonlyMap<string, Town[]> {
  const cached = townSounds.get(towns);
  if (cached) return cached;
  const index = new Map<string, Town[]>();
  for (const [key, town] of towns) {
    if (TRANSLITERATED_TOWN_COUNTRIES.has(town.country.toUpperCase()) || /\s/u.test(key)) continue;
    const sound = soundKey(key);
    if (!isDistinctSound(sound, key)) continue;
    const list = index.get(sound) ?? [];
    list.push(town);
    index.set(sound, list);
  }
  townSounds.set(towns, index);
  return index;
}

/**
 * Whether a short run is a town written with the country or region it lies in,
 * after a preposition: "lived in Paterson, New Jersey", "friends from Rosario,
 * Argentina"; or after "and" and such a place ("in Bidor, Perak, and Gambang,
 * Pahang"). Towns too small for the gazetteer are named this way.
 * @param state Pass state.
 * @param start First token of the run.
 * @param end Index past the run.
 * @returns True when a preposition precedes and a known country or region follows the comma.
 */
function isTownOfRegion(state: PassState, start: number, end: number): boolean {
  const { paragraph } = state;
  const before = paragraph.tokens[start - 1];
  if (before === undefined || isCapitalized(before) || end - start > 3) return false;
  if (!TOWN_PREPOSITIONS.has(before.norm) && !(before.norm === 'and' && followsPlaceMention(state, start - 1))) return false;
  const match = regionAfterComma(paragraph, end);
  // ("in Kelapa Dua, Depok, in West Java": a city after the comma too, when a place phrase follows it or the sentence goes on.)
  const cityThenPlace = match !== undefined && match.targets.some((target) => target.kind === 'city') && paragraph.tokens[match.end]?.text === ',';
  if (match !== undefined && (cityThenPlace || match.targets.some((target) => target.kind === 'country' || (target.kind === 'place' && !target.weak)))) return true;
  return divisionAfterComma(state, end);
}

/**
 * Whether a first-level division the gazetteer holds as a town follows a comma and closes its phrase:
 * "Gambang, Pahang, for burial", "a village near Ulu Tiram, Johor.".
 * @param state Pass state.
 * @param end Index of the comma.
 */
function divisionAfterComma(state: PassState, end: number): boolean {
  const tokens = state.paragraph.tokens;
  if (tokens[end]?.text !== ',') return false;
  for (let length = 1; length <= 2; length++) {
    const words = tokens.slice(end + 1, end + 1 + length);
    if (words.length < length || !words.every((token) => token.word && isCapitalized(token))) return false;
    const closing = tokens[end + 1 + length];
    if ((closing === undefined || [',', '.', ';', ')'].includes(closing.text)) && state.knowledge.divisionCountries.has(runKey(tokens, end + 1, end + 1 + length))) return true;
  }
  return false;
}

/**
 * Whether a place just found ends right before a token, a list's comma between them:
 * "in Bidor, Perak, and Gambang, Pahang": the second town follows the first's region.
 * @param state Pass state.
 * @param index The token ("and") after the place.
 */
function followsPlaceMention(state: PassState, index: number): boolean {
  const end = state.paragraph.tokens[index - 1]?.text === ',' ? index - 1 : index;
  return placeStartEndingAt(state, end, false) !== undefined;
}

/**
 * Whether a run is the region a known town is written with, the other way
 * round from `isTownOfRegion`: "in Jolo, Sulu, to 20", "from Mosul, Nineveh.".
 * The town is a gazetteer city after a preposition of place; the run, one or
 * two words that are neither common words nor given names, closes with a comma
 * or the sentence's end, no "who" or speech verb after it.
 * @param state Pass state.
 * @param start First token of the run.
 * @param end Index past the run.
 * @returns True for such a region.
 */
function isRegionAfterTown(state: PassState, start: number, end: number): boolean {
  const { paragraph, knowledge } = state;
  const tokens = paragraph.tokens;
  if (end - start > 2 || tokens[start - 1]?.text !== ',') return false;
  const townStart = placeStartEndingAt(state, start - 1, true);
  if (townStart === undefined) return false;
  const preposition = tokens[townStart - 1];
  if (preposition === undefined || isCapitalized(preposition) || !TOWN_PREPOSITIONS.has(preposition.norm)) return false;
  const words = tokens.slice(start, end);
  if (words.some((token) => !token.word || !isCapitalized(token) || knowledge.commonWords.has(token.norm) || knowledge.givenNames.has(token.norm))) return false;
  // "in Alexandria, Va., on Wednesday": a state's abbreviation is left to the gazetteer.
  if (words.length === 1 && (words[0] as Token).text.length < 4) return false;
  const after = tokens[end];
  if (after === undefined) return true;
  if (after.text === '.' || after.text === ';') return true;
  return after.text === ',' && tokens[end + 1]?.norm !== 'who' && !SPEECH_VERBS.has(tokens[end + 1]?.norm ?? '');
}

/**
 * Whether a run of one or two words is a quarter of a city named in the possessive after a place preposition
 * ("in Dhaka's Gulshan", "from Kabul's Shash Darak"): a place.
 * @param state Pass state.
 * @param start First token of the run.
 * @param end Index past the run.
 * @returns True for such a quarter.
 */
function isQuarterOfCity(state: PassState, start: number, end: number): boolean {
  const { paragraph } = state;
  if (end - start > 2 || paragraph.tokens[start - 1]?.norm !== "'s") return false;
  const cityStart = placeStartEndingAt(state, start - 1, true);
  const preposition = cityStart === undefined ? undefined : paragraph.tokens[cityStart - 1];
  if (preposition === undefined || isCapitalized(preposition) || !TOWN_PREPOSITIONS.has(preposition.norm)) return false;
  // (A given name opening two words is a person: "in Moscow's Vladimir Putin" is no quarter.)
  const words = paragraph.tokens.slice(start, end);
  return words.every((token) => !state.knowledge.commonWords.has(token.norm)) && !(words.length === 2 && state.knowledge.givenNames.has(words[0]?.norm ?? ''));
}

/**
 * Where a place that ends right before a token starts: a gazetteer match (a city
 * only, when asked) or the paragraph's last found place.
 * @param state Pass state.
 * @param end Index past the place's last token.
 * @param citiesOnly Whether a gazetteer match must be a city.
 * @returns The place's first token, or undefined when no place ends there.
 */
function placeStartEndingAt(state: PassState, end: number, citiesOnly: boolean): number | undefined {
  const { paragraph } = state;
  if ((paragraph.cover[end - 1] ?? -1) >= 0) return knownPlaceStartEndingAt(state, end, citiesOnly);
  const last = state.out.mentions.at(-1);
  return last !== undefined && last.para === paragraph.index && last.type === 'place' && last.end === end ? last.start : undefined;
}

/**
 * @param state Pass state.
 * @param end Index past the place's last token.
 * @param citiesOnly Whether the match must be a city.
 * @returns The first token of a gazetteer match of a place (a city, when asked) ending there, if any.
 */
function knownPlaceStartEndingAt(state: PassState, end: number, citiesOnly: boolean): number | undefined {
  const { paragraph } = state;
  const m = paragraph.cover[end - 1] ?? -1;
  if (m < 0) return undefined;
  const match = paragraph.matches[m] as PhraseMatch;
  const known = knownMentionAt(state.known, paragraph.index, m);
  const fits = known !== undefined && match.end === end && (citiesOnly ? isCityRef(known.ref) : known.type === 'place');
  return fits ? match.start : undefined;
}

/** Prepositions of place before a name that a division's name follows ("at Uri in Baramulla district", "du marché de Nagraogo, dans la province du Sanmatenga"). */
const DIVISION_TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'from', 'a', 'de', "d'", 'pres']);

/**
 * @param token The word before a name, if any.
 * @returns Whether it is a preposition of place in lower case before a town that a division follows
 *   ("a" only as French "à": the English article is no preposition).
 */
function isDivisionTownPreposition(token: Token | undefined): token is Token {
  return token !== undefined && !isCapitalized(token) && DIVISION_TOWN_PREPOSITIONS.has(token.norm) && token.text !== 'a';
}

/** Words that open the division after the name: "in", French "dans" and "en". */
const DIVISION_OPENERS: ReadonlySet<string> = new Set(['in', 'dans', 'en']);

/** Articles between the opener and the division ("in the Tillabéri region", "dans la province"). */
const DIVISION_ARTICLES: ReadonlySet<string> = new Set(['the', 'la', 'le', 'l\'']);

/**
 * Whether a name of one or two words after a place preposition is followed by
 * the district, region or province it lies in, named with its division word:
 * "at Uri in Baramulla district", "at Inates, in the Tillabéri region",
 * "de Nagraogo, dans la province du Sanmatenga", "near X in the province of Y".
 * The division word is what makes the name a place even where no gazetteer
 * holds it: a person is not said to be "in Baramulla district" this way.
 * @param tokens The paragraph's tokens.
 * @param start The name's first token.
 * @param end Index past the name.
 * @returns True when the name is followed by such a division.
 */
function isPlaceInDivision(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  // ("a" is French "à" only: the English article is no preposition.)
  if (!isDivisionTownPreposition(before) || end - start > 2) return false;
  let at = tokens[end]?.text === ',' ? end + 1 : end;
  const opener = tokens[at];
  if (opener === undefined || isCapitalized(opener) || !DIVISION_OPENERS.has(opener.norm)) return false;
  at += 1;
  if (DIVISION_ARTICLES.has(tokens[at]?.norm ?? '') && !isCapitalized(tokens[at] as Token)) at += 1;
  const first = tokens[at];
  if (first === undefined) return false;
  // "in the province of Sanmatenga", "dans la province du Sanmatenga": the division word, then its name.
  if (!isCapitalized(first) && ADMINISTRATIVE_DIVISIONS.has(first.norm)) {
    const joiner = tokens[at + 1];
    const name = tokens[at + 2];
    return joiner !== undefined && PLACE_OF_WORDS.has(joiner.norm) && name !== undefined && isCapitalized(name);
  }
  // "in Baramulla district", "in the Tillabéri region": one or two capitalised words, then the division word.
  for (let i = at; i < at + 2 && tokens[i] !== undefined && isCapitalized(tokens[i] as Token); i += 1) {
    const next = tokens[i + 1];
    if (next !== undefined && !isCapitalized(next) && ADMINISTRATIVE_DIVISIONS.has(next.norm)) return true;
  }
  return false;
}

/** Kinds of places of the knowledge files that are divisions of a country ("Borno", a state; "Kunar", a province). */
const DIVISION_CATEGORIES: ReadonlySet<string> = new Set(['province', 'state', 'region', 'governorate', 'oblast', 'district', 'county', 'prefecture']);

/**
 * The division of the knowledge files, or the gazetteer's city, after one name, a
 * place preposition before it and "in" (or, before a city, "near") between
 * ("abducted from Chibok in Borno", "a raid at Ghani Khel in Nangarhar", "a youth
 * from Kakapora in Pulwama"): the name is a town or village there, though no
 * gazetteer holds it. A given name or a surname of the word lists is left alone
 * before a city ("a call from Ahmed in Kabul").
 * @param state Pass state.
 * @param start The name's token.
 * @param end Index past it.
 * @returns The country of the division or city (undefined in it when none is known), or undefined when the name is not so placed.
 */
function knownDivisionAfter(state: PassState, start: number, end: number): { country: string | undefined } | undefined {
  const { paragraph } = state;
  const tokens = paragraph.tokens;
  const before = tokens[start - 1];
  if (end - start !== 1 || !isDivisionTownPreposition(before)) return undefined;
  const joiner = tokens[end];
  if (joiner === undefined || (joiner.norm !== 'in' && joiner.norm !== 'near') || isCapitalized(joiner)) return undefined;
  const cover = paragraph.cover[end + 1] ?? -1;
  const match = cover < 0 ? undefined : paragraph.matches[cover];
  if (match?.start !== end + 1) return undefined;
  const division = joiner.norm === 'in' ? match.targets.find((target) => target.kind === 'place' && !target.weak && DIVISION_CATEGORIES.has(target.entry.category)) : undefined;
  if (division?.kind === 'place') return { country: division.entry.country };
  const name = tokens[start] as Token;
  if (state.knowledge.givenNames.has(name.norm) || state.knowledge.surnames.has(name.norm) || state.knowledge.commonWords.has(name.norm)) return undefined;
  const city = match.targets.find((target) => target.kind === 'city' || (target.kind === 'place' && !target.weak && target.entry.category === 'city'));
  if (city?.kind === 'city' || city?.kind === 'place') return { country: city.entry.country };
  return undefined;
}

/**
 * The known name right after a comma that closes a name ("Sousse, Tunisia"), a
 * compass word allowed before it ("Arras, northern France").
 * @param paragraph A scanned paragraph.
 * @param end Index past the name (where the comma should be).
 * @returns The match that starts there, or undefined.
 */
function regionAfterComma(paragraph: ScannedParagraph, end: number): PhraseMatch | undefined {
  if (paragraph.tokens[end]?.text !== ',') return undefined;
  const compass = paragraph.tokens[end + 1];
  const at = compass !== undefined && !isCapitalized(compass) && COMPASS_ADJECTIVE.test(compass.norm) ? end + 2 : end + 1;
  const cover = paragraph.cover[at] ?? -1;
  const match = cover < 0 ? undefined : paragraph.matches[cover];
  return match?.start === at ? match : undefined;
}

/**
 * Whether a run is a byline ("By X Y", "-- X Y") or the article's author.
 * @param state Pass state.
 * @param start First token.
 * @param end Index past the last.
 * @returns True for bylines.
 */
function isByline(state: PassState, start: number, end: number): boolean {
  const { paragraph } = state;
  const previous = paragraph.tokens[start - 1];
  if (previous?.text === 'By' || previous?.norm === 'by' && paragraph.sentenceStart[start - 1] === true) return true;
  if (previous && (previous.text === '—' || previous.text === '–' || previous.text === '-') && (start - 1 === 0 || paragraph.tokens[start - 2]?.text === '-')) return true;
  if (state.author) {
    const name = paragraph.text.slice(paragraph.tokens[start]?.start ?? 0, paragraph.tokens[end - 1]?.end ?? 0);
    if (name.toLowerCase() === state.author.toLowerCase()) return true;
  }
  return false;
}
