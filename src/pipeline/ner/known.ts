/**
 * Turning gazetteer matches into mentions of knowledge entries.
 *
 * - A country name is a place mention of that country; a demonym is no mention
 *   (it only feeds country context), nor are a country's initials used as an
 *   adjective ("US officials", "the U.S. military").
 * - An alias shared by several organizations (GKNB: Kyrgyzstan's or Tajikistan's)
 *   goes to the entry whose country qualifies the mention, else the one named
 *   together with it in "Name (ACRONYM)", else the one whose country the
 *   sentence names, else the one already chosen in the article, else the one of
 *   the country the article names most.
 * - A generic office ("Interior Ministry") is bound to the qualifying country,
 *   else (when its qualifier is optional) to the only country it is qualified
 *   with elsewhere in the article, else to the article's main country; it becomes
 *   that state's specific entry when the knowledge has one (`instance_of`).
 * - A weak alias counts only where its entry is named by a strong alias too.
 * - A city of several countries goes to the one the article names most, else the
 *   most populous.
 */
import { apostropheBase } from './inflection.ts';
import type { CountryEntry, Knowledge, OrgEntry, PhraseTarget } from '../knowledge.ts';
import { qualifierAfter, qualifierBefore, qualifierInRole, type ArticleContext, type Qualifier } from './context.ts';
import { makeMention, type EntityRef, type Mention } from './mention.ts';
import type { PhraseMatch, ScannedParagraph } from './scan.ts';
import { isAllCaps } from './tokens.ts';
import { PLACE_HEADS } from './lexicon.ts';

/** Letters of Turkish that English and Russian prose lack (two of them mark a paragraph as Turkish). */
const TURKISH_LETTERS = /[ğışİĞŞ][^]*[ğışİĞŞçöü]/u;

/** Mentions found from gazetteer matches. */
export interface KnownMentions {
  mentions: Mention[];
  /** Paragraph index -> match index -> the mention made of that match (undefined: none); see `knownMentionAt`. */
  byMatch: ReadonlyArray<ReadonlyArray<Mention | undefined>>;
}

/**
 * The mention made of one gazetteer match.
 * @param known The resolved gazetteer mentions.
 * @param paragraph The paragraph's index.
 * @param m The match's index among the paragraph's matches.
 * @returns The mention, or undefined when the match made none.
 */
export function knownMentionAt(known: KnownMentions, paragraph: number, m: number): Mention | undefined {
  return known.byMatch[paragraph]?.[m];
}

/** A match's organization targets that were narrowed by "Name (ACRONYM)". */
type Narrowing = Map<string, OrgEntry[]>;

/**
 * Resolve every gazetteer match of an article.
 * @param paragraphs Scanned paragraphs.
 * @param context Country context of the article.
 * @param knowledge Knowledge (countries, instances).
 * @returns The mentions, and which match made which mention.
 */
export function resolveKnownMentions(paragraphs: readonly ScannedParagraph[], context: ArticleContext, knowledge: Knowledge): KnownMentions {
  const narrowing = narrowByDefinitions(paragraphs);
  const genericCountries = qualifiedGenericCountries(paragraphs);
  const chosen = new Map<string, string>(); // phrase key -> entry id chosen by qualifier
  const mentions: Mention[] = [];
  const byMatch: Array<Array<Mention | undefined>> = [];
  for (const paragraph of paragraphs) byMatch[paragraph.index] = new Array<Mention | undefined>(paragraph.matches.length).fill(undefined);
  // Two passes: qualified mentions first, so that bare ones can follow their choice.
  const pending: Array<{ paragraph: ScannedParagraph; m: number }> = [];
  const firstState: ResolveState = { context, knowledge, narrowing, genericCountries, chosen, firstPass: true };
  for (const paragraph of paragraphs) {
    const made = byMatch[paragraph.index] as Array<Mention | undefined>;
    paragraph.matches.forEach((match, m) => {
      const mention = resolveMatch(paragraph, m, match, firstState);
      if (mention === 'later') pending.push({ paragraph, m });
      else if (mention) made[m] = mention;
    });
  }
  const secondState: ResolveState = { ...firstState, firstPass: false };
  for (const { paragraph, m } of pending) {
    const match = paragraph.matches[m] as PhraseMatch;
    const mention = resolveMatch(paragraph, m, match, secondState);
    if (mention && mention !== 'later') (byMatch[paragraph.index] as Array<Mention | undefined>)[m] = mention;
  }
  for (const paragraph of paragraphs) {
    for (const mention of byMatch[paragraph.index] as Array<Mention | undefined>) if (mention) mentions.push(mention);
  }
  return { mentions, byMatch };
}

/** What `resolveMatch` needs besides the match. */
interface ResolveState {
  context: ArticleContext;
  knowledge: Knowledge;
  narrowing: Narrowing;
  genericCountries: Map<string, Set<string>>;
  chosen: Map<string, string>;
  /** In the first pass, ambiguous organization mentions without a qualifier wait ('later'). */
  firstPass: boolean;
}

/**
 * Resolve one match.
 * @param paragraph Its paragraph.
 * @param m Its index among the paragraph's matches.
 * @param match The match.
 * @param state Article-wide state.
 * @returns A mention, null for none (demonyms, unqualified offices), or 'later'.
 */
function resolveMatch(paragraph: ScannedParagraph, m: number, match: PhraseMatch, state: ResolveState): Mention | null | 'later' {
  const targets = match.targets.filter((target) => !('weak' in target) || !target.weak || state.context.stronglyNamed.has(target.entry.id));
  if (targets.length === 0) return null;
  const country = targets.find((target) => target.kind === 'country');
  // "US$3,700", "A$500": a currency's sign, no mention of the country.
  const next = paragraph.tokens[match.end];
  if (country?.kind === 'country' && next?.text === '$' && next.start === paragraph.tokens[match.end - 1]?.end) return null;
  // "US officials", "the U.S. military", "UK police": a country's initials before a noun are an adjective, as a demonym is.
  if (country?.kind === 'country' && isAttributiveInitials(paragraph, match)) return null;
  if (country?.kind === 'country') return mentionOf(paragraph, match.start, match.end, { kind: 'country', entry: country.entry }, true);
  const orgs = targets.filter((target): target is Extract<PhraseTarget, { kind: 'organization' }> => target.kind === 'organization').map((target) => target.entry);
  if (orgs.length > 0) return resolveOrganization(paragraph, m, match, orgs, state);
  const place = pickPlace(targets, state.context);
  if (place) return mentionOf(paragraph, match.start, match.end, place, true);
  return null; // demonyms
}

/** Words after a country's initials that make them a noun ("the US and Russia", "the U.S. said", "the UK's"). */
const NOUN_INITIALS_FOLLOWERS: ReadonlySet<string> = new Set([
  'and', 'or', 'nor', 'but', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'says', 'said', 'will', 'would', 'could', 'should',
  'can', 'may', 'might', 'must', 'did', 'does', 'to', 'in', 'of', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'than', 'since',
  'after', 'before', 'until', 'into', 'over', 'under', 'that', 'which', 'who', 'where', 'when', 'while', 'because', 'if', "'s",
  'itself', 'also', 'then', 'now', 'alone', 'too', 'last', 'this', 'next', 'again',
]);

/**
 * Whether a country match is its initials used as an adjective before a word: "US officials", "U.S. District Court".
 * @param paragraph The paragraph.
 * @param match The match.
 * @returns True for initials ("US", "U.S.", "UK", "UAE") right before a word that does not make them a noun.
 */
function isAttributiveInitials(paragraph: ScannedParagraph, match: PhraseMatch): boolean {
  const surface = paragraph.text.slice(paragraph.tokens[match.start]?.start ?? 0, paragraph.tokens[match.end - 1]?.end ?? 0);
  if (!/^[A-Z](?:\.?[A-Z]){1,2}\.?$/u.test(surface)) return false;
  const next = paragraph.tokens[match.end];
  // ("after the US agreed in February": a verb in the past makes them its subject, not "US-trained" or "US armed forces".)
  const pastVerb = next !== undefined && /^\p{Ll}{3,}ed$/u.test(next.text) && !ATTRIBUTIVE_PARTICIPLES.has(next.norm);
  return next !== undefined && next.word && /^\p{L}/u.test(next.text) && !NOUN_INITIALS_FOLLOWERS.has(next.norm) && !pastVerb;
}

/** Participles that stand before a noun after a country's initials: "US armed forces", "UK based charities". */
const ATTRIBUTIVE_PARTICIPLES: ReadonlySet<string> = new Set(['armed', 'based', 'backed', 'funded', 'designated', 'sanctioned', 'trained', 'supplied', 'sponsored', 'owned', 'registered', 'listed', 'educated', 'licensed', 'manned', 'flagged']);

/**
 * Resolve a match that names one or more organizations.
 * @param paragraph Its paragraph.
 * @param m Its index.
 * @param match The match.
 * @param candidates The organization entries it may name.
 * @param state Article-wide state.
 * @returns A mention, null, or 'later'.
 */
function resolveOrganization(
  paragraph: ScannedParagraph,
  m: number,
  match: PhraseMatch,
  candidates: OrgEntry[],
  state: ResolveState,
): Mention | null | 'later' {
  const narrowed = state.narrowing.get(`${paragraph.index}:${m}`);
  const entries = narrowed && narrowed.length > 0 ? narrowed : candidates;
  const specific = entries.filter((entry) => !entry.generic);
  const generic = entries.find((entry) => entry.generic);
  const adjacent = qualifierBefore(paragraph, match.start) ?? qualifierAfter(paragraph, match.end);
  // A role phrase may cross a comma to pick among specific bodies, not to bind an office.
  const qualifier: Qualifier | undefined = adjacent ?? qualifierInRole(paragraph, match.start, 8, specific.length > 0 ? 1 : 0);
  const key = match.phrase.tokens.join(' ');
  const span = surfaceSpan(match, adjacent);

  if (!match.strictCase && !adjacent) return null; // "the interior ministry" with no country
  // "Parliament Hill", "Senate Square": an office's name before a place's head noun is part of the place's name.
  const next = paragraph.tokens[match.end];
  if (generic && specific.length === 0 && next !== undefined && /^\p{Lu}/u.test(next.text) && PLACE_HEADS.has(next.norm)) return null;
  const local = generic === undefined && specific.length === 1 ? localBody(paragraph, match, specific[0] as OrgEntry, adjacent) : undefined;
  if (local !== undefined) return local;
  if (qualifier) {
    const own = specific.find((entry) => entry.country === qualifier.code);
    if (own) {
      state.chosen.set(key, own.id);
      return mentionOf(paragraph, match.start, match.end, { kind: 'org', entry: own }, true, own.country);
    }
  }
  if (generic && (qualifier || generic.qualifier === 'optional' || boundToMainCountry(match, generic, specific, state))) {
    const code = adjacent?.code ?? qualifier?.code ?? soleCountry(state.genericCountries.get(generic.id)) ?? state.context.mainCountry;
    const country = code === undefined ? undefined : state.knowledge.countryByCode.get(code);
    if (country) {
      const mention = instanceMention(paragraph, span, generic, country, state.knowledge);
      const written = paragraph.tokens.slice(match.start, match.end);
      if (!written.some((token) => /^\p{Lu}/u.test(token.text))) {
        mention.descriptive = true;
        // "special services" (a lower-case alias), "border guard service" (an office
        // that needs a country to mean anything): descriptions; "the interior ministry": a name.
        if (match.strictCase || generic.qualifier === 'required') mention.unnamed = true;
      }
      return mention;
    }
  }
  if (specific.length === 0) return null;
  if (specific.length === 1) return mentionOf(paragraph, match.start, match.end, { kind: 'org', entry: specific[0] as OrgEntry }, true, specific[0]?.country);
  if (state.firstPass) return 'later';
  const best = rankEntries(specific, paragraph.sentence[match.start] ?? -1, state.chosen.get(key), state.context);
  return mentionOf(paragraph, match.start, match.end, { kind: 'org', entry: best }, true, best.country);
}

/**
 * "Dhaka Metropolitan Police": a town's or place's name written right before
 * the name of one country's body, where the town lies in another country,
 * names that town's own body, not the known one (London's Metropolitan
 * Police). A country's name or demonym before it ("Pakistani Taliban") is
 * left to the known body.
 * @param paragraph The match's paragraph.
 * @param match The body's match.
 * @param entry The one known body it may name.
 * @param adjacent The place or country written right before or after it.
 * @returns A mention of the town's body, or undefined.
 */
function localBody(paragraph: ScannedParagraph, match: PhraseMatch, entry: OrgEntry, adjacent: Qualifier | undefined): Mention | undefined {
  if (adjacent === undefined || entry.country === undefined || adjacent.code === entry.country || adjacent.edge >= match.start) return undefined;
  const before = paragraph.tokens[match.start - 1];
  const place = paragraph.matches[paragraph.cover[match.start - 1] ?? -1];
  if (before === undefined || before.norm === "'s" || place === undefined || !place.targets.every((target) => target.kind === 'city' || target.kind === 'place')) return undefined;
  const name = paragraph.text.slice(paragraph.tokens[adjacent.edge]?.start ?? 0, paragraph.tokens[match.end - 1]?.end ?? 0);
  return mentionOf(paragraph, adjacent.edge, match.end, { kind: 'found', type: 'organization', name }, true, adjacent.code);
}

/**
 * Whether an office that needs a country beside it ("Security Council",
 * "Parliament", "Border Service") may still be bound to the article's main
 * country: it is written with capitals, no specific body shares its name, and
 * the article names no international body (whose council or parliament it
 * might be), so "a meeting of the Security Council" in a report on Kazakhstan
 * is Kazakhstan's.
 * @param match The match.
 * @param generic The generic office.
 * @param specific Specific bodies the match may also name.
 * @param state Article-wide state.
 * @returns True when it may.
 */
function boundToMainCountry(match: PhraseMatch, generic: OrgEntry, specific: readonly OrgEntry[], state: ResolveState): boolean {
  if (generic.qualifier !== 'required' || !match.strictCase || specific.length > 0 || state.context.mainCountry === undefined) return false;
  for (const id of state.context.stronglyNamed) {
    const entry = state.knowledge.orgById.get(id);
    if (entry?.category === 'intergovernmental') return false;
  }
  return true;
}

/**
 * The surface of an organization mention: the match, widened to an adjacent qualifier.
 * @param match The match.
 * @param adjacent A qualifier right before or after it.
 * @returns Token range.
 */
function surfaceSpan(match: PhraseMatch, adjacent: Qualifier | undefined): { start: number; end: number } {
  if (!adjacent) return { start: match.start, end: match.end };
  return adjacent.edge <= match.start ? { start: adjacent.edge, end: match.end } : { start: match.start, end: adjacent.edge };
}

/**
 * A mention of a generic office bound to a country.
 * @param paragraph The paragraph.
 * @param span Token range of the surface.
 * @param generic The generic entry.
 * @param country The bound country.
 * @param knowledge For the state's specific instance.
 * @returns The mention.
 */
function instanceMention(
  paragraph: ScannedParagraph,
  span: { start: number; end: number },
  generic: OrgEntry,
  country: CountryEntry,
  knowledge: Knowledge,
): Mention {
  const specific = knowledge.instances.get(`${generic.id}|${country.code}`);
  const ref: EntityRef = specific ? { kind: 'org', entry: specific } : { kind: 'instance', generic, country };
  return mentionOf(paragraph, span.start, span.end, ref, false, country.code);
}

/**
 * Rank ambiguous organization entries.
 * @param entries Candidates (two or more).
 * @param sentence The mention's sentence number.
 * @param chosenId The entry chosen for the same alias elsewhere in the article.
 * @param context Country context.
 * @returns The best entry.
 */
function rankEntries(entries: readonly OrgEntry[], sentence: number, chosenId: string | undefined, context: ArticleContext): OrgEntry {
  const inSentence = context.sentenceCountries.get(sentence);
  let best = entries[0] as OrgEntry;
  let bestScore = -1;
  for (const entry of entries) {
    let score = 0;
    if (entry.id === chosenId) score += 1000;
    if (entry.country !== undefined && inSentence?.has(entry.country)) score += 100;
    if (entry.country !== undefined) score += context.countryCounts.get(entry.country) ?? 0;
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Pick the place a geographic match names.
 * @param targets The match's targets (no organizations, no countries).
 * @param context Country context.
 * @returns A reference, or undefined for demonyms only.
 */
function pickPlace(targets: readonly PhraseTarget[], context: ArticleContext): EntityRef | undefined {
  const place = targets.find((target) => target.kind === 'place');
  if (place?.kind === 'place') return { kind: 'place', entry: place.entry };
  let best: Extract<PhraseTarget, { kind: 'city' }>['entry'] | undefined;
  let bestScore = -1;
  for (const target of targets) {
    if (target.kind !== 'city') continue;
    const score = (context.countryCounts.get(target.entry.country) ?? 0) * 1e9 + target.entry.population;
    if (score > bestScore) {
      best = target.entry;
      bestScore = score;
    }
  }
  return best ? { kind: 'city', entry: best } : undefined;
}

/**
 * The only element of a set.
 * @param set A set of codes, or undefined.
 * @returns Its only element, or undefined when it has none or several.
 */
function soleCountry(set: ReadonlySet<string> | undefined): string | undefined {
  if (!set || set.size !== 1) return undefined;
  return [...set][0];
}

/**
 * The countries each generic office is qualified with somewhere in the article.
 * @param paragraphs Scanned paragraphs.
 * @returns Generic id -> codes.
 */
function qualifiedGenericCountries(paragraphs: readonly ScannedParagraph[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matches) {
      for (const target of match.targets) {
        if (target.kind !== 'organization' || !target.entry.generic) continue;
        const qualifier = qualifierBefore(paragraph, match.start) ?? qualifierAfter(paragraph, match.end);
        if (!qualifier) continue;
        let set = result.get(target.entry.id);
        if (!set) result.set(target.entry.id, (set = new Set()));
        set.add(qualifier.code);
      }
    }
  }
  return result;
}

/**
 * Narrow ambiguous aliases named together as "Name (ACRONYM)" or "ACRONYM (Name)":
 * the entries both forms may stand for.
 * @param paragraphs Scanned paragraphs.
 * @returns `<paragraph>:<match index>` -> entries, for both matches of each pair.
 */
function narrowByDefinitions(paragraphs: readonly ScannedParagraph[]): Narrowing {
  const narrowing: Narrowing = new Map();
  for (const paragraph of paragraphs) {
    paragraph.matches.forEach((match, m) => {
      const open = paragraph.tokens[match.end];
      if (open?.text !== '(') return;
      const inner = paragraph.cover[match.end + 1] ?? -1;
      if (inner < 0) return;
      const second = paragraph.matches[inner] as PhraseMatch;
      if (paragraph.tokens[second.end]?.text !== ')') return;
      const first = orgEntries(match);
      const other = new Set(orgEntries(second));
      const both = first.filter((entry) => other.has(entry));
      if (both.length > 0) {
        narrowing.set(`${paragraph.index}:${m}`, both);
        narrowing.set(`${paragraph.index}:${inner}`, both);
        return;
      }
      // "ISI (Islamic State of Iraq)": the acronym takes the name's entries.
      const acronymFirst = match.end - match.start === 1 && isAllCaps(paragraph.tokens[match.start]?.text ?? '');
      const acronymSecond = second.end - second.start === 1 && isAllCaps(paragraph.tokens[second.start]?.text ?? '');
      if (acronymFirst && !acronymSecond && other.size > 0) narrowing.set(`${paragraph.index}:${m}`, [...other]);
      else if (acronymSecond && !acronymFirst && first.length > 0) narrowing.set(`${paragraph.index}:${inner}`, first);
    });
  }
  return narrowing;
}

/**
 * The organization entries of a match.
 * @param match A match.
 * @returns Its organization entries.
 */
function orgEntries(match: PhraseMatch): OrgEntry[] {
  return match.targets.flatMap((target) => (target.kind === 'organization' ? [target.entry] : []));
}

/**
 * Make a mention from a token range of a scanned paragraph.
 * @param paragraph The paragraph.
 * @param start First token.
 * @param end Index past the last token.
 * @param ref What it names.
 * @param nameCandidate Whether the surface may be the entity's name.
 * @param country Country evidence.
 * @returns The mention.
 */
export function mentionOf(
  paragraph: ScannedParagraph,
  start: number,
  end: number,
  ref: EntityRef,
  nameCandidate: boolean,
  country?: string,
): Mention {
  const startOffset = paragraph.tokens[start]?.start ?? 0;
  const last = paragraph.tokens[end - 1];
  let endOffset = last?.end ?? startOffset;
  // "Suriye'de", "el-Bağdadi'nin": a Turkish case suffix is no part of the name (in Turkish prose only: "Fred
  // Matiang'i" and "Ng'ang'a" keep theirs).
  if (last?.capitalized && last.text.length > 4 && apostropheBase(last.norm) !== undefined && TURKISH_LETTERS.test(paragraph.text)) endOffset = last.start + Math.max(last.text.lastIndexOf("'"), last.text.lastIndexOf('’'));
  return makeMention(paragraph.index, start, end, { source: paragraph.text, startOffset, endOffset }, ref, nameCandidate, country);
}
