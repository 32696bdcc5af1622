/**
 * Attribution: who a figure is attributed to.
 *
 * Three pieces:
 * - an entity index that finds the article's entities in text (name, aliases,
 *   a person's surname) and matches a claimant phrase to an entity;
 * - a discourse memory of the people mentioned so far, with the words around
 *   each mention, to resolve "he", "the expert", "the Interior Ministry official"
 *   to the most recent person whose description fits;
 * - attribution frames of one sentence: "X said (that) ...", "..., X said",
 *   "according to X", "X has given the figure of ...", "reported on social
 *   networks", "held X responsible for ...", and a document as the narrative
 *   subject ("The study pays particular attention to ..."). A body acting as the
 *   subject ("The Kyrgyz authorities have detained 44 ...") is narration: no frame;
 * - references to sources named before: "the ministry", "the committee's press
 *   centre", "the report", "the statement", "it" resolve to the body last cited
 *   as a source (else last mentioned); "officials in Tashkent" stays words.
 *
 * A figure inside a quotation belongs to the quotation's speaker, even when the
 * speaker cites someone else inside it ("Experts say ..., he said" -> the speaker).
 */
import { findQuantities } from './quantities.ts';
import type { ArticleEntity } from '../types.ts';
import { languageVocabulary, trieAlternation, wordAlternation } from './language-vocabulary.ts';

/** Finds the entities of one article in text. */
export interface EntityIndex {
  /** The article's entities. */
  entities: ArticleEntity[];
  /** Every written form (name, alias, surname) to its entity. */
  byForm: Map<string, ArticleEntity>;
  /** Lower-cased forms, for case-insensitive phrase matching. */
  byLowerForm: Map<string, ArticleEntity>;
  /** Every form, longest first, grouped by its first UTF-16 code unit (what `findEntityMentions` scans with). */
  formsByFirstUnit: Map<string, string[]>;
}

/** An entity found in a text. */
export interface EntityMention {
  entity: ArticleEntity;
  /** Offset in the text searched. */
  start: number;
  /** Offset just past the mention. */
  end: number;
}

/** A person mentioned in the article, for resolving "he" or "the expert". */
export interface PersonMention {
  entity: ArticleEntity;
  /** Position in the article: paragraph index * 1e6 + offset in the paragraph. */
  position: number;
  /** Lower-case content words around the mention (its appositive: "the head of the Interior Ministry's ..."). */
  context: Set<string>;
  /** Whether the mention is its sentence's subject, doing something ("Deputy chief X gave ..."). */
  subject?: boolean;
}

/** The memory of people and bodies mentioned and of who spoke last. */
export interface Discourse {
  /** Person mentions in article order. */
  persons: PersonMention[];
  /** Organisation mentions in article order, for "the ministry", "the committee". */
  organizations: Array<{ entity: ArticleEntity; position: number }>;
  /** The last claimant that was a person entity, with the position where it was attributed. */
  lastSpeaker: { entity: ArticleEntity; position: number } | null;
  /**
   * Entities credited as sources so far (claimants of explicit frames), in article
   * order: "the ministry" prefers the ministry that has been speaking, "the report"
   * and "it" the body that published it. Optional so that callers may leave it out.
   */
  sources?: Array<{ entity: ArticleEntity; position: number }>;
  /**
   * Bodies the text names that are not among the entities ("the Rewards for Justice
   * program"), with their lower-case head noun, for "the program said". Optional.
   */
  namedBodies?: Array<{ name: string; head: string; position: number }>;
  /**
   * The last unnamed person credited with speech, by description ("a former employee of
   * the penitentiary service told ..."), for a "he" right after. Optional.
   */
  lastDescribedSpeaker?: { claimant: string; position: number };
  /**
   * Documents the text credited to their author ("A new study by the observation mission
   * says"), with their lower-case noun, for a later "the report says". Optional.
   */
  documents?: Array<{ noun: string; claimant: string; isEntity: boolean; position: number }>;
}

/** A claimant: an entity id, or words naming a non-entity source; `kind` tells where it came from. */
export interface Attribution {
  claimant: string;
  /**
   * Which frame gave it: a subject before a speech verb ("pre"), after ("post"),
   * "according", "quote", ..., or "carried" over from an earlier sentence of the paragraph.
   */
  kind: 'quote' | 'pre' | 'post' | 'according' | 'weak' | 'medium' | 'body' | 'carried';
  /** Whether the claimant is an entity id (else it is words). */
  isEntity: boolean;
}

/** Role nouns that stand for a person: "the expert", "the deputy prime minister", "the official". */
const ROLE_HEADS =
  'official|officer|expert|analyst|specialist|scientist|scholar|researcher|minister|deputy|spokesman|spokeswoman|spokesperson|representative|head|chief|chairman|chairwoman|chair|director|commander|general|president|premier|ambassador|envoy|governor|mayor|prosecutor|judge|lawyer|attorney|journalist|correspondent|reporter|author|diplomat|leader|secretary|colonel|lawmaker|legislator|deputy|politician|observer|professor|imam|mufti|activist|adviser|advisor|source|chief|coordinator|ombudsman|investigator|mp' +
  // French heads ("selon la ministre", "le procureur a précisé"); "président", "général", "colonel" are spelt as in English or nearly.
  '|ministre|procureur|procureure|présidente|préfet|préfète|maire|porte-parole|juge|directeur|directrice|commissaire|avocat|avocate|chef' +
  // ("L'élu a fait état de 25 blessés": the mayor named before, as "the elected official".)
  '|élu|élue|gouverneur|député|députée|responsable';
const ROLE_PHRASE = new RegExp(
  `\\b(the|this|that|a|an|le|la|l['’])(?:(?<=['’])|\\s+)((?:[\\p{L}'’.-]+\\s+){0,5})(${ROLE_HEADS})\\b((?:\\s+(?:of|for|at|in)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*)*)?)`,
  'giu',
);
/**
 * A role word as ROLE_PHRASE ends on it (same flags, so that case folding agrees):
 * a quick test, since most spans hold none. `matchAll` copies ROLE_PHRASE, whose
 * own lastIndex stays 0.
 */
const ROLE_HEAD_CUE = new RegExp(`(?:${ROLE_HEADS})\\b`, 'iu');
const PRONOUN_SUBJECT = /(?:^|[\s,;“"])(he|she|il|elle|он|она)(?![\p{L}])/iu;

/** French and Russian personal pronouns, as the English ones the person resolution reads ("Il a ajouté", "selon lui", "по его словам"). */
const PRONOUN_IN_ENGLISH: Readonly<Record<string, string>> = { il: 'he', elle: 'she', он: 'he', она: 'she', lui: 'him', него: 'him', неё: 'her', нее: 'her' };

/**
 * @param pronoun A personal pronoun as written.
 * @returns The English pronoun of the same person and gender.
 */
function englishPronoun(pronoun: string): string {
  const lower = pronoun.toLowerCase();
  return PRONOUN_IN_ENGLISH[lower] ?? lower;
}

/** Speech and estimate verbs that attribute a claim to their subject (active voice). */
const SPEECH_VERB =
  /\b(said|says|say|told(?!\s+(?:he|she|they)\b)|tells|tell|stated|states(?=\s+that\b)|noted|notes|reported|reports|announced|announces|estimated|estimates|estimate|claimed|claims|claim|added|adds|add(?=\s+that\b)|explained|explains|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|warned|warns|warn(?=\s+that\b)|believes|believed|believe|thinks|confirmed|confirms|mentioned|mentions|wrote|writes|revealed|reveals|disclosed|discloses|pointed out|points out|commented|comments|informed|informs|declared|declares|insisted|insists|boasted|boasts|bragged|brags|testified(?=\s+that\b)|testifies(?=\s+that\b)|ruled(?=\s+that\b)|rules(?=\s+that\b)|ordered(?=\s+that\b)|cited|cites|acknowledged|acknowledges|admitted|admits|admit|conceded|concedes|concede|argued|argues|argue|contended|contends|contend|asserted|asserts|alleged|alleges|recalled|recalls|specified|specifies|clarified|clarifies|reiterated|reiterates|concluded|concludes|calculated|calculates|counted|counts|recorded|records|assessed|assesses|put (?:the|their|its) (?:[\w-]+ )?(?:number|figure|total|toll|estimate)|(?:revised|revises|raised|raises|lowered|lowers|updated|updates|corrected|corrects)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:number|figure|total|toll|count|tally|estimate)(?=\s+(?:of|to|from)\b)|puts (?:the|their|its) (?:[\w-]+ )?(?:number|figure|total|toll|estimate)|quoted|quotes|(?:asked|asks)\s+(?:the\s+(?:court|judge|jury)\s+)?for(?=\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:term|sentence|fine|prison|jail|years?|penalty)\b|[\w-]+\s+(?:years?|months?)\b|life\b))|(?:asked|asks|urged|urges|petitioned)\s+the\s+(?:court|judge|jury|tribunal)\s+to(?=\s)|(?:requested|demanded|sought)(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:term|sentence|fine|prison|jail|years?|penalty)\b)|spoke|spoken|speaks|speak(?=\s+of\b)|talked|briefed|(?:issued|released|published|posted|put out|read out)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press release|bulletin|update)|(?:has|have|had)\s+given\s+(?:the|a|an)\s+(?:\S+\s+)?(?:figure|number|estimate|total)|(?:gave|gives|give|offered|offers|offer|provided|provides|provide|presented|presents|shared|shares)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:figures?|numbers?|estimates?|total|count|tally|breakdown|data|statistics|details|nationalities)|(?:has|have|had)\s+put\s+(?:the|a)\s+(?:\S+\s+)?(?:figure|number|estimate|total)|held\s+(?:[\w’'.-]+\s+){1,6}responsible|blamed(?!\s+(?:on|for)\b)|blames|accused|accuses|(?:commended|commends|praised|praises|welcomed|welcomes|hailed|hails|thanked|thanks|criticised|criticized|criticises|criticizes|condemned|condemns)(?=\s+(?:[\w’'-]+\s+){1,6}for\s+(?:having\s+)?[a-z]+(?:ed|ing)\b)|described(?=\s+(?:[\w’'-]+\s+){1,6}as\s)|describes(?=\s+(?:[\w’'-]+\s+){1,6}as\s)|put\s+(?:[\w’'.-]+\s+){1,6}(?=at\s+(?:between\s+|about\s+|around\s+|some\s+|roughly\s+|more than\s+|up to\s+|at least\s+|nearly\s+|almost\s+|over\s+|close to\s+)?[$€£]?\d))\b/gi;
/**
 * French and German speech verbs ("Le ministère estime", "a indiqué", "Die Behörde zählte"),
 * read only in sentences with one of FOREIGN_SPEECH_CUE's stems.
 */
const FOREIGN_SPEECH_VERB =
  /\b((?:a|ont|avait|avaient)\s+(?:(?:alors|aussi|également|déjà)\s+)?(?:(?:indiqu|déclar|affirm|annonc|estim|précis|expliqu|soulign|rapport)(?=é)|promis\b)|estime|estiment|affirme|affirment|indique|indiquent|précise|déclare|zählte|zählt|sagte|erklärte|schätzt|schätzte)\b/gi;
/**
 * A stem every FOREIGN_SPEECH_VERB match holds, Cyrillic letters or a Latin speech verb of
 * languages.yaml (a quick test: most sentences are English).
 */
const FOREIGN_SPEECH_CUE = new RegExp(
  `[\\u0400-\\u04ff]|${trieAlternation(['estim', 'affirm', 'indiqu', 'précis', 'déclar', 'annonc', 'expliqu', 'soulign', 'rapport', 'promis', 'zählt', 'sagt', 'erklärte', 'schätzt', ...languageVocabulary().latinSpeechVerbs])}`,
  'i',
);

/**
 * The speech verbs of languages.yaml (Russian, Indonesian, Turkish, German) as whole
 * words: "заявил", "kata", "açıkladı", "sagte".
 */
const VOCABULARY_SPEECH_VERB = languageVocabulary().speechVerb;

/**
 * What follows "claimed" when it takes an act or a toll as object, not a statement:
 * "claimed the attack", "claimed the August 26 suicide bombing" (a few modifiers, no verb
 * or preposition among them: "claimed 4 people died in attacks" is a statement).
 */
const CLAIMED_ACT =
  /^\s+(?:(?:the|an?|its|their|this|that|both)\s+)?(?:(?!(?:that|which|who|were|was|had|have|has|are|is|in|of|at|on|by|for|from|to|with|and|died|killed)\s)[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|killings?|assaults?|blasts?|explosions?|shootings?|lives|life|victory|victories|operations?|raids?|seats?|territory|areas?|towns?|villages?|cities|city|titles?|hostages?|kidnappings?|murders?|strikes?)\b/i;

/**
 * What follows "admitted" when it confesses a deed rather than states something: "admitted
 * to the attack", "admits to having planned the bombing", "admitted his guilt" ("admitted to
 * reporters that ..." stays speech: a "that" soon after).
 */
const ADMITTED_DEED =
  /^\s+(?:to\s+(?:(?:the|a|an|his|her|their|its|this|that|both|all|several|two|three|four|five)\s+|having\s|\p{Ll}+ing\s)|(?:his|her|their|the)\s+(?:guilt|role|involvement|part)\b)(?![^.;]{0,40}\bthat\b)/u;

/** A verdict's object after "found": "him guilty", "Rahami not guilty", "the four men guilty". */
const VERDICT_OBJECT = /^\s+(?:(?:him|her|them|all|both|the|\p{Lu}[\p{L}'’-]*|\d+|[a-z]+)\s+){1,4}(?:not\s+)?(?:guilty|innocent|liable)\b/u;

/**
 * Verbs whose subject is usually data or a body keeping count ("data suggests", "the
 * ministry has registered 148 crimes"): used only when nothing else attributes.
 */
const WEAK_VERB = /\b(suggests|suggested|suggest|shows|showed|show|indicates|indicated|indicate|found|finds|reveals|revealed|registered|registers|identified|identifies|documented|documents|tallied|listed|lists|traced|traces)\b/gi;

/** Determiners before a word that make it a noun ("an estimate", "various estimates"). */
const NOUN_DETERMINER_BEFORE =
  /\b(?:an?|the|this|that|these|those|their|its|his|her|our|my|your|one|official|unofficial|latest|new|recent|initial|conservative|independent|various|several|many|most|some|all|other|different|conflicting|such|previous|earlier|own|media|press|news|police|ministry)\s+$/i;

/** A number right before a word makes it a plural noun: "28 counts", "two reports". */
const NUMBER_BEFORE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|all))\s+(?:[a-z-]+\s+){0,2}$/i;

/** Words that close a subject span at its start ("While the government has given ...", "At a hearing on May 11 prosecutors ..."). */
const LEADING_NOISE =
  /^(?:(?:while|whereas|although|though|but|and|as|however|meanwhile|also|earlier|later|moreover|in addition|furthermore|so far|since then|then|now|today|yesterday|last year|this month|earlier this month|in turn)[,\s]+|(?:at|on|in|during)\s+(?:(?:a|an|the|its|their)\s+)?[\p{Ll}-]+\s+on\s+\p{Lu}\p{Ll}+\s+\d{1,2}(?:,\s+\d{4})?\s+)+/iu;
/** Trailing auxiliaries and adverbs between a subject and its verb. */
const TRAILING_NOISE =
  /(?:\s+(?:has|have|had|also|later|earlier|previously|initially|originally|first|recently|repeatedly|then|already|again|once|publicly|officially|reportedly|would|will|had|did|does|do|further|himself|herself|themselves|itself|separately|similarly|too))+\s*$/i;

/** Media a rumour spreads on: "spread on social networks" -> "social networks". */
const MEDIUM_SOURCE =
  /\b(?:spread|circulated|posted|published|shared|reported|appeared|surfaced|circulating|spreading)\s+(?:on|in|via|through|across)\s+((?:the\s+)?(?:local\s+|Russian\s+|state\s+|independent\s+)?(?:social networks?|social media|messengers?|Telegram(?:\s+channels?)?|websites?|forums?|online|channels?|media|press|blogs?))\b/i;

/** Words that may be lower-cased when they open a sentence and name a generic source ("Experts say"). */
const GENERIC_SOURCES = /^(?:experts?|analysts?|officials?|observers?|sources?|specialists?|researchers?|activists?|witnesses?|residents?|locals?|media|reports?|data|estimates?|authorities|police|investigators|prosecutors|diplomats?|journalists?|human rights (?:groups?|activists?|defenders?))\b/i;

/**
 * Builds the entity index of an article. A person's surname (last word of the name)
 * is added as a form unless two people share it.
 * @param entities The article's entities.
 * @returns The index.
 */
export function buildEntityIndex(entities: ArticleEntity[]): EntityIndex {
  const byForm = new Map<string, ArticleEntity>();
  const byLowerForm = new Map<string, ArticleEntity>();
  const add = (form: string, entity: ArticleEntity): void => {
    const trimmed = form.trim();
    if (trimmed.length < 2 || byForm.has(trimmed)) return;
    byForm.set(trimmed, entity);
    if (!byLowerForm.has(trimmed.toLowerCase())) byLowerForm.set(trimmed.toLowerCase(), entity);
  };
  for (const entity of entities) {
    add(entity.name, entity);
    for (const alias of entity.aliases) add(alias, entity);
  }
  // "According to the Treasury" after "the US Treasury's ...": a body's name without its country's abbreviation.
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    for (const form of [entity.name, ...entity.aliases]) {
      const bare = COUNTRY_ABBREVIATION_OPENING.exec(form) === null ? null : form.replace(COUNTRY_ABBREVIATION_OPENING, '');
      if (bare !== null && bare.length >= 4) add(bare, entity);
    }
  }
  const surnameOwners = new Map<string, ArticleEntity[]>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const words = entity.name.split(/\s+/);
    const surname = words[words.length - 1];
    if (!surname || words.length < 2) continue;
    surnameOwners.set(surname, [...(surnameOwners.get(surname) ?? []), entity]);
  }
  for (const [surname, owners] of surnameOwners) {
    if (owners.length === 1 && owners[0]) add(surname, owners[0]);
  }
  const formsByFirstUnit = new Map<string, string[]>();
  for (const form of [...byForm.keys()].sort((a, b) => b.length - a.length)) {
    const first = form.charAt(0);
    const group = formsByFirstUnit.get(first);
    if (group) group.push(form);
    else formsByFirstUnit.set(first, [form]);
  }
  return { entities, byForm, byLowerForm, formsByFirstUnit };
}

/** A country's abbreviation opening a body's name ("US Treasury", "U.K. Home Office"). */
const COUNTRY_ABBREVIATION_OPENING = /^(?:US|U\.S\.|UK|U\.K\.)\s+(?=\p{Lu})/u;

/** A letter or digit, the characters a mention may not be glued to. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Finds entity mentions in a text (case-sensitive, whole words, longest form first).
 * Scans left to right; at each place not preceded by a letter or digit, the
 * longest form written there and not followed by a letter or digit is a
 * mention, and the scan resumes after it.
 * @param text The text.
 * @param index The article's entity index.
 * @returns Mentions in text order.
 */
export function findEntityMentions(text: string, index: EntityIndex): EntityMention[] {
  const out: EntityMention[] = [];
  if (index.formsByFirstUnit.size === 0) return out;
  let at = 0;
  while (at < text.length) {
    // Most places are inside a word: that cheap test goes before the lookup of forms.
    const forms = isWordCharacterBefore(text, at) ? undefined : index.formsByFirstUnit.get(text.charAt(at));
    const form = forms ? forms.find((candidate) => text.startsWith(candidate, at) && !isWordCharacterAt(text, at + candidate.length)) : undefined;
    const entity = form === undefined ? undefined : index.byForm.get(form);
    if (form !== undefined && entity) {
      out.push({ entity, start: at, end: at + form.length });
      at += form.length;
    } else {
      at += 1;
    }
  }
  return out;
}

/**
 * @param text A text.
 * @param at A UTF-16 offset.
 * @returns Whether the code point starting at `at` is a letter or digit.
 */
function isWordCharacterAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/**
 * @param text A text.
 * @param at A UTF-16 offset.
 * @returns Whether the code point ending just before `at` is a letter or digit.
 */
function isWordCharacterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const pairStart = low >= 0xdc00 && low <= 0xdfff && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2));
  return isWordCharacterAt(text, pairStart ? at - 2 : at - 1);
}

/**
 * @param code A UTF-16 code unit.
 * @returns Whether it opens a surrogate pair.
 */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Matches a claimant phrase to an entity: exact name or alias (any case), after
 * dropping a leading article or possessive, or an entity named inside the phrase.
 * @param phrase Words such as "the GKNB", "Kyrgyz Interior Ministry", "Petrov".
 * @param index The article's entity index.
 * @returns The entity, or null.
 */
export function matchEntity(phrase: string, index: EntityIndex): ArticleEntity | null {
  const cleaned = phrase.trim().replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '').trim();
  const exact = index.byLowerForm.get(cleaned.toLowerCase());
  if (exact) return exact;
  const mentions = findEntityMentions(cleaned, index).filter((m) => m.entity.type !== 'place');
  if (mentions.length === 0) return null;
  return (mentions.find((m) => m.entity.type === 'person') ?? mentions[mentions.length - 1])?.entity ?? null;
}

/** A document and its author's preposition right before a body's name: "a report from the", "a new study by". */
const DOCUMENT_FROM = /\b(?:report|study|survey|assessment|review|paper|census|index|analysis|statement)\s+(?:(?:released|published|issued|compiled)\s+)?(?:from|by)\s+(?:the\s+)?$/i;

/** Stop words left out of a person's context and of role phrases. */
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'said', 'says', 'told',
  'that', 'this', 'his', 'her', 'its', 'their', 'was', 'is', 'are', 'were', 'has', 'have', 'had', 'who', 'which',
  'former', 'also', 'new',
]);

/**
 * Lower-case content words of a text, possessives stripped ("Ministry's" -> "ministry").
 * @param text Any text.
 */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [])
    .map((w) => (w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

/**
 * Records the people and bodies mentioned in one sentence into the discourse memory,
 * and a body that publishes a document as a source (for "the report" after it).
 * @param discourse The memory to extend.
 * @param sentence The sentence.
 * @param mentions Entity mentions of the sentence (offsets in the sentence).
 * @param basePosition The sentence's position in the article (paragraph * 1e6 + offset).
 */
export function rememberMentions(discourse: Discourse, sentence: string, mentions: EntityMention[], basePosition: number): void {
  for (const mention of mentions) {
    if (mention.entity.type === 'organization') {
      discourse.organizations.push({ entity: mention.entity, position: basePosition + mention.start });
      // "a grim report from the United Nations mission (UNAMA). ... it says": the body behind the document speaks next.
      if (discourse.sources && DOCUMENT_FROM.test(sentence.slice(Math.max(0, mention.start - 60), mention.start))) {
        discourse.sources.push({ entity: mention.entity, position: basePosition + mention.start });
      }
    }
    if (mention.entity.type !== 'person') continue;
    // The appositive around the name: up to about ten words either side.
    const before = sentence.slice(Math.max(0, mention.start - 90), mention.start);
    const after = sentence.slice(mention.end, mention.end + 110);
    const context = new Set([...contentWords(before).slice(-10), ...contentWords(after).slice(0, 12)]);
    const subject = isActiveSubject(sentence, mention);
    discourse.persons.push({ entity: mention.entity, position: basePosition + mention.start, context, ...(subject ? { subject } : {}) });
  }
  // "The Example Institute has published a study of ...": the publisher of "the report" that follows.
  const opening = mentions.find((m) => m.entity.type === 'organization' && m.start <= 60);
  const published = opening && discourse.sources && PUBLISH_CUE.test(sentence) ? PUBLISHES_DOCUMENT.exec(sentence) : null;
  if (published && opening && opening.start < published.index) discourse.sources?.push({ entity: opening.entity, position: basePosition + published.index });
  // Bodies named in the text but not among the entities: "the Rewards for Justice program".
  if (discourse.namedBodies) {
    for (const head of sentence.matchAll(BODY_NOUN)) {
      const name = NAME_BEFORE.exec(sentence.slice(Math.max(0, head.index - 80), head.index))?.[1];
      // "the OSCE's election observation mission": a body described in lower case under its owner.
      const owned = name || /^\p{Lu}/u.test(head[0]) ? null : OWNED_BODY_BEFORE.exec(sentence.slice(Math.max(0, head.index - 60), head.index));
      if (owned) discourse.namedBodies.push({ name: `${(owned[1] as string).trim()} ${head[0]}`, head: head[0].toLowerCase(), position: basePosition + head.index });
      if (!name) continue;
      const bare = (name.split(/['’]s\s+/).pop() as string).replace(/^(?:The|A|An|This|That|Its|Their)\s+/, '');
      // A determiner opening the sentence is no name: "The agency said" names no body.
      if (!/\p{Lu}/u.test(bare) || DETERMINER_NAME.test(bare)) continue;
      // A capitalised head is part of the name ("Soufan Center"); a lower-case one is not ("the X program").
      const written = /^\p{Lu}/u.test(head[0]) ? `${bare} ${head[0]}` : bare;
      discourse.namedBodies.push({ name: written, head: head[0].toLowerCase(), position: basePosition + head.index });
    }
    // Head first: "the Ministry for Foreign Affairs", "the Committee of the Penal System" (for "the ministry said").
    HEAD_FIRST_BODY.lastIndex = 0;
    for (let m = HEAD_FIRST_CUE.test(sentence) ? HEAD_FIRST_BODY.exec(sentence) : null; m !== null; m = HEAD_FIRST_BODY.exec(sentence)) {
      discourse.namedBodies.push({ name: m[0], head: (m[1] as string).toLowerCase(), position: basePosition + m.index });
    }
  }
}

/** A stem every PUBLISHES_DOCUMENT verb holds: a quick test, since most sentences have none. */
const PUBLISH_CUE = /publish|releas|issued|present|unveil|produc|launch|compil/i;
/** A body publishing a document: "has published a study", "released its annual report". */
const PUBLISHES_DOCUMENT =
  /\b(?:published|releases?|released|issued|presented|unveiled|produced|launched|compiled|publishe?s)\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:report|study|survey|analysis|paper|review|assessment|census|index|database)\b/iu;

/** A head noun followed by "of", "for" or "on" (a quick test before HEAD_FIRST_BODY). */
const HEAD_FIRST_CUE = /(?:Ministry|Committee|Office|Department|Agency|Service|Council|Commission|Bureau|Directorate|Administration|Centre|Center|Institute|Court) (?:of|for|on) /;
/** A body named head first: "Ministry for Foreign Affairs", "Committee of the Penal System", "Office of the Ombudsman". */
const HEAD_FIRST_BODY =
  /\b(Ministry|Committee|Office|Department|Agency|Service|Council|Commission|Bureau|Directorate|Administration|Centre|Center|Institute|Court)\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|for|on|the)\s+)*\p{Lu}[\p{L}-]*){0,4}/gu;

/** What may stand before a sentence's subject name: an opening adverbial, then title words without a verb. */
// ("At the Memon Medical Institute, where the conductor drove the bus, police surgeon Dr X examined ...": an opening
// adverbial may hold a relative clause of its own.)
const SUBJECT_LEAD = /^(?:[^,]{0,50},\s+(?:(?:where|when|which)\s[^,]{0,70},\s+)?)?(?:[\p{L}'’.-]+,?\s+){0,7}$/u;
/** A word that shows the words before a name are not a subject's title ("Police detained", "said"). */
const VERB_IN_LEAD = /\b(?:\p{Ll}+ed|said|says|told|met|saw|is|are|was|were|has|have|had|by|with|to|from|on|at|against|whom|that)\b/u;
/** What follows a subject: an optional appositive, then a lower-case word that is not a passive or copula. */
// (French "X a insisté", "X ont précisé": a short auxiliary before the verb; "a été" is a passive.)
const ACTIVE_AFTER_SUBJECT = /^(?:\s*,[^,;]{1,120},)?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+|himself\s+|herself\s+)*(?:(?:a|ont|avait|avaient)\s+(?!été(?!\p{L})))?(?!(?:was|were|is|are|has been|had been|have been|be|been)\b)\p{Ll}{2,}/u;

/**
 * Whether a person mention is the subject of its sentence, doing something: only an
 * opening adverbial and title words stand before it ("Earlier this year, Interior
 * Ministry spokesman X gave a fuller count"), and a verb that is not passive follows,
 * after any appositive.
 * @param sentence The sentence.
 * @param mention The mention (sentence offsets).
 */
function isActiveSubject(sentence: string, mention: EntityMention): boolean {
  if (mention.start > 160) return false;
  const before = sentence.slice(0, mention.start);
  if (!SUBJECT_LEAD.test(before)) return false;
  const lead = before.replace(/^[^,]{0,50},\s+(?:(?:where|when|which)\s[^,]{0,70},\s+)?/u, '');
  if (VERB_IN_LEAD.test(lead.toLowerCase() === lead ? lead : lead.replace(/\b\p{Lu}[\p{L}'’.-]*/gu, ''))) return false;
  return ACTIVE_AFTER_SUBJECT.test(sentence.slice(mention.end, mention.end + 200));
}

/** Capitalised words that only determine a noun, never name a body: "The", "This", "Its". */
const DETERMINER_NAME = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|one|each|every|another|such|some|any|all|both)$/i;

/** Nouns that head a body's name: "program", "Center", "fund". */
const BODY_NOUN = /\b(?:program|programme|project|initiative|fund|foundation|institute|cent(?:er|re)|group|network|commission|council|committee|agency|service|office|bureau|campaign|mission|team)\b/gi;

/** A capitalised owner and one or two lower-case words before a body noun: "the OSCE's election observation (mission)". */
const OWNED_BODY_BEFORE = /\p{Lu}[\p{L}.-]*['’]s\s+((?:(?!(?:own|new|former|latest|first|last|local|main)\s)\p{Ll}[\p{Ll}-]+\s+){1,2})$/u;

/** A capitalised name (small joining words allowed) just before a body noun. */
const NAME_BEFORE = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:for|of|and|on|the)\s+)*\p{Lu}[\p{L}'’.-]*){0,5})\s+$/u;

/**
 * Resolves "he", "she" or a definite role phrase to a person entity mentioned
 * before a position: the person whose description shares most words with the
 * phrase, else the last speaker when recent, else the most recent person.
 * @param phrase "he", "the expert", "the Interior Ministry official", ...
 * @param position Position in the article of the phrase.
 * @param discourse People mentioned so far.
 * @returns The entity, or null when nobody fits.
 */
export function resolvePersonReference(phrase: string, position: number, discourse: Discourse): ArticleEntity | null {
  return describedPerson(phrase, position, discourse)?.entity ?? null;
}

/**
 * Resolves a person reference as `resolvePersonReference` does, and tells whether a
 * person's description fitted the phrase (else the last speaker or latest person stood in).
 * @param phrase "he", "the expert", "the committee's spokesman", ...
 * @param position Position in the article of the phrase.
 * @param discourse People mentioned so far.
 * @returns The entity and whether its description fitted, or null when nobody is known.
 */
function describedPerson(phrase: string, position: number, discourse: Discourse): { entity: ArticleEntity; described: boolean } | null {
  const earlier = discourse.persons.filter((p) => p.position < position);
  if (earlier.length === 0) return null;
  // (A pronoun describes nobody: "him" is no word a person's context shares, as in "... had come over with him.")
  const roleWords = contentWords(phrase).filter((w) => !PERSONAL_PRONOUNS.has(w));
  let best: PersonMention | null = null;
  let bestScore = 0;
  if (roleWords.length > 0) {
    // Score each person by the best-matching of their mentions; later mentions win ties.
    const scores = new Map<string, { score: number; last: PersonMention }>();
    for (const person of earlier) {
      const score = roleWords.filter((w) => person.context.has(w)).length;
      const previous = scores.get(person.entity.id);
      scores.set(person.entity.id, { score: Math.max(score, previous?.score ?? 0), last: person });
    }
    for (const { score, last } of scores.values()) {
      if (score > bestScore || (score === bestScore && score > 0 && best !== null && last.position > best.position)) {
        best = last;
        bestScore = score;
      }
    }
  }
  if (best && bestScore > 0) return { entity: best.entity, described: true };
  const fallback = fallbackPerson(phrase, position, discourse, earlier);
  // "Donald Trump has announced ... . The US president said ...": the description now belongs to that
  // person, so a later "according to the president" finds them, not someone the sentence was about.
  // Only an office one person holds at a time ("the president", "the chancellor") is remembered so:
  // "the representative of ..." may be anyone.
  if (fallback !== null && fallback.entity.id === discourse.lastSpeaker?.entity.id && UNIQUE_OFFICE.test(phrase)) {
    rememberDescription(discourse, fallback.entity, position, roleWords);
  }
  return fallback;
}

/** A preposition or an adverb of time opening a sentence's adverbial ("In December, ...", "Вскоре после ...", "Après ..."). */
const ADVERBIAL_OPENING = /^\s*(?:In|On|At|After|Before|During|Shortly|Soon|Earlier|Later|Following|Since|Until|В|Во|После|Вскоре|Накануне|Ранее|Позже|Позднее|Dans|Après|Avant|Lors)(?![\p{L}])[^]*,/u;

/** English personal pronouns of one person, which a phrase may be but no description holds. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);

/** An office one person holds at a time, as a description: "the US president", "the prime minister", "the Kazakh president". */
const UNIQUE_OFFICE = /^(?:the\s+)?(?:(?:U\.?S\.?|American|Russian|French|German|British|Turkish|Afghan|Pakistani|Chinese|Iranian|\p{Lu}\p{Ll}+)\s+)?(?:president|prime minister|premier|chancellor|king|queen|emir|supreme leader)$/u;

/**
 * Adds a description to the memory of people, in article order, as a mention of the person it names.
 * @param discourse The memory (updated).
 * @param entity The person described.
 * @param position Where the description stands.
 * @param words Its content words.
 */
function rememberDescription(discourse: Discourse, entity: ArticleEntity, position: number, words: readonly string[]): void {
  if (discourse.persons.some((p) => p.position === position && p.entity.id === entity.id)) return;
  let at = discourse.persons.length;
  while (at > 0 && (discourse.persons[at - 1] as PersonMention).position > position) at--;
  discourse.persons.splice(at, 0, { entity, position, context: new Set(words) });
}

/**
 * The person a phrase no description fits refers to: the new topic of the text, else the
 * last speaker, else the latest person whose name fits the pronoun.
 * @param phrase The phrase.
 * @param position Its position in the article.
 * @param discourse The memory.
 * @param earlier Person mentions before the phrase.
 * @returns The person, marked as not described, or null.
 */
function fallbackPerson(phrase: string, position: number, discourse: Discourse, earlier: PersonMention[]): { entity: ArticleEntity; described: boolean } | null {
  const speaker = discourse.lastSpeaker;
  const latest = earlier[earlier.length - 1] as PersonMention;
  // A person who opened a sentence, doing something, after the last speaker spoke is the
  // new topic: "X said ... . Deputy chief Y gave a fuller count. ..., he said" -> Y.
  const subject = lastSubject(earlier);
  const pronoun = /^\s*(he|she|him|her)\s*$/i.exec(phrase)?.[1]?.toLowerCase();
  const mismatch = pronoun !== undefined && subject !== null && surnameGender(subject.entity.name) === (pronoun === 'he' || pronoun === 'him' ? 'f' : 'm');
  if (subject && !mismatch && (!speaker || subject.position > speaker.position) && position - subject.position < 2_000_000) {
    return { entity: subject.entity, described: false };
  }
  // "she" is not a man named "Osmonov": the latest person whose name does not contradict the pronoun.
  const wrongGender = pronoun === undefined ? null : pronoun === 'he' || pronoun === 'him' ? 'f' : 'm';
  const fits = (entity: ArticleEntity): boolean => wrongGender === null || surnameGender(entity.name) !== wrongGender;
  // The last speaker carries a pronoun across a few sentences of reported speech.
  if (speaker && fits(speaker.entity) && position - speaker.position < 3_000_000 && speaker.position >= latest.position - 1_000_000) {
    return { entity: speaker.entity, described: false };
  }
  if (!fits(latest.entity)) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const candidate = earlier[i] as PersonMention;
      if (position - candidate.position > 3_000_000) break;
      if (fits(candidate.entity)) return { entity: candidate.entity, described: false };
    }
  }
  return { entity: latest.entity, described: false };
}

/** Nouns besides the role heads that describe one unnamed person: "a former warden", "a relative". */
const DESCRIBED_PERSON_NOUNS =
  'employee|member|worker|staffer|aide|warden|guard|resident|witness|survivor|relative|neighbou?r|teacher|doctor|nurse|soldier|inmate|prisoner|detainee|defector|insider|veteran|militant|fighter|friend|cousin|brother|sister|father|mother|son|daughter|wife|husband|man|woman';

/** A description of one unnamed person: "former employee of the penitentiary service", "a senior official". */
const PERSON_DESCRIPTION = new RegExp(`^(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${ROLE_HEADS}|${DESCRIBED_PERSON_NOUNS})(?:\\s+(?:of|for|at|in|with)\\s.*)?$`, 'iu');

/**
 * Whether a claimant's words describe one unnamed person (not a plural or a body).
 * @param words Claimant words, e.g. "former employee of the penitentiary service".
 * @returns True when they do.
 */
export function isPersonDescription(words: string): boolean {
  return PERSON_DESCRIPTION.test(words);
}

/**
 * The unnamed, described speaker a "he" or "she" refers to: the one credited with speech
 * last, in the same paragraph, after the last person named or speaking.
 * @param position Position in the article of the pronoun.
 * @param discourse The memory.
 * @returns The speaker's words, or null.
 */
function describedSpeakerFor(position: number, discourse: Discourse): string | null {
  const described = discourse.lastDescribedSpeaker;
  if (!described || described.position >= position || position - described.position > 1_000_000) return null;
  if (discourse.lastSpeaker && discourse.lastSpeaker.position > described.position) return null;
  const latest = discourse.persons.filter((p) => p.position < position).pop();
  if (latest && latest.position > described.position) return null;
  return described.claimant;
}

/**
 * The gender a surname shows in the region's naming (Slavic and Central Asian endings):
 * "Sultanova" -> "f", "Osmonov" -> "m"; null when it shows none.
 * @param name A person's name.
 */
function surnameGender(name: string): 'f' | 'm' | null {
  const surname = name.trim().split(/\s+/).pop() ?? '';
  if (/(?:ova|eva|yova|yeva|ina|yna|skaya|tskaya)$/i.test(surname)) return 'f';
  if (/(?:ov|ev|yov|yev|in|yn|sky|skiy|skii|uulu|ovich|evich)$/i.test(surname)) return 'm';
  return null;
}

/**
 * The latest person mention that was its sentence's subject.
 * @param earlier Person mentions before the reference, in article order.
 * @returns The mention, or null.
 */
function lastSubject(earlier: PersonMention[]): PersonMention | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const mention = earlier[i];
    if (mention?.subject) return mention;
  }
  return null;
}

/** The verb patterns of a sentence and whether they are weak: English only, or with the French and German verbs. */
const SPEECH_PATTERNS: ReadonlyArray<readonly [RegExp, boolean]> = [[SPEECH_VERB, false], [WEAK_VERB, true]];
const SPEECH_PATTERNS_WITH_FOREIGN: ReadonlyArray<readonly [RegExp, boolean]> = [[SPEECH_VERB, false], [FOREIGN_SPEECH_VERB, false], [VOCABULARY_SPEECH_VERB, false], [WEAK_VERB, true]];

/** A passive that credits speech to its subject: "was quoted as saying", "has been cited by local media as stating". */
const PASSIVE_QUOTE = /\b(?:was|were|is|are|has been|have been|had been)\s+(?:quoted|cited)\s+(?:by\s+[^,.;:]{1,60}?\s+)?as\s+(?:saying|stating|telling\s+\S+|writing)\b/gi;

/**
 * Two letters in a row (a verb's edge and the character beside it): the "\b" of the
 * English patterns sees none outside ASCII ("ı", "ü", "é"), so "say" in Turkish
 * "sayıda" would pass for a verb.
 */
const NON_ASCII_LETTER = /^[\p{L}\p{M}]{2}$/u;

/** A speech verb found in a sentence. */
interface VerbHit {
  start: number;
  end: number;
  weak: boolean;
}

/** An event noun right before a verb, as its subject: "The attack ", "the twin bombings ". */
const EVENT_SUBJECT_BEFORE = /\b(?:the|this|that|its|their|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|shootings?|killings?|massacres?|sieges?|raids?|incidents?|violence|war|conflict|fighting)\s+$/iu;

/**
 * Finds active, affirmative speech verbs in a sentence (passives like "said to
 * have been killed", "it was reported", and negations like "never confirmed" are
 * left out).
 * @param sentence The sentence.
 */
function findSpeechVerbs(sentence: string): VerbHit[] {
  const out: VerbHit[] = [];
  // "X was quoted as saying", "X was cited by TASS as saying": the passive names the speaker as its subject.
  if (/quoted|cited/i.test(sentence)) {
    for (const m of sentence.matchAll(PASSIVE_QUOTE)) out.push({ start: m.index, end: m.index + m[0].length, weak: false });
  }
  const patterns = FOREIGN_SPEECH_CUE.test(sentence) ? SPEECH_PATTERNS_WITH_FOREIGN : SPEECH_PATTERNS;
  for (const [pattern, weak] of patterns) {
    // The module's own global patterns, rewound: cloning the long alternation per call is slow.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const before = sentence.slice(Math.max(0, m.index - 25), m.index);
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // "say" in Turkish "sayıda" is no verb (see NON_ASCII_LETTER).
      if ((pattern === SPEECH_VERB || pattern === WEAK_VERB) && (NON_ASCII_LETTER.test(after.charAt(0) + m[0].charAt(m[0].length - 1)) || NON_ASCII_LETTER.test(before.charAt(before.length - 1) + m[0].charAt(0)))) continue;
      if (/\b(?:is|are|was|were|be|been|being|it's)\s+(?:\w+ly\s+)?$/i.test(before)) continue;
      // "The attack recalled the bombing in July", "the blast revealed ...": an event as the subject speaks for nobody.
      if (EVENT_SUBJECT_BEFORE.test(before)) continue;
      // "A third defendant, Said Ben Iazza, received eight years": a capitalised verb inside a sentence, before a name, is a given name.
      if (m.index > 0 && /^\p{Lu}/u.test(m[0]) && /^\s+\p{Lu}/u.test(after) && !/[.!?:"“«]\s*$/u.test(before)) continue;
      // "believed to have", "said to be" describe; "the group claimed to have fired 10 rockets" claims.
      if (/^\s+to\s+(?:have|be)\b/i.test(after) && !(/^claim/i.test(m[0]) && !/,\s*$/.test(before))) continue;
      // "X, accused of hiding the suspects, received ...": a passive participle (the active verb takes an object first).
      if (/^(?:accused|blamed)$/i.test(m[0]) && /^\s+(?:of|for)\b/i.test(after)) continue;
      // "a jury found him guilty on all eight counts": a verdict, not a finding of figures.
      if (/^(?:found|finds)$/i.test(m[0]) && VERDICT_OBJECT.test(after)) continue;
      // "claimed responsibility for" attributes an act, not a figure.
      if (/^\s+(?:\w+\s+)?(?:responsibility|credit)\b/i.test(after)) continue;
      // "he has admitted to the attack, which killed four": a confession of a deed, not a statement of figures.
      if (/^admit/i.test(m[0]) && ADMITTED_DEED.test(after)) continue;
      // "119 counts of", "records of": a plural noun, not a verb.
      // ("gave the figures of the injured" is a verb with its object.)
      if (/s$/i.test(m[0]) && !/\s/.test(m[0]) && /^\s+of\b/i.test(after) && !/^speaks$/i.test(m[0])) continue;
      // "since the mission began keeping records": the noun after "keeping", no verb.
      if (/^(?:records|counts|notes|comments|reports|claims|estimates)$/i.test(m[0]) && /\b(?:keeping|keep|keeps|kept|its|their|his|her|the|official|police|court|public)\s+$/i.test(before)) continue;
      // "claimed the attack", "claimed the lives of 14": an act or a toll, not a statement.
      if (/^claim/i.test(m[0]) && CLAIMED_ACT.test(after)) continue;
      // "several attacks claimed by the group": a passive participle after a noun (an act's claim of responsibility), not the sentence subject speaking.
      if (/^claimed$/i.test(m[0]) && /^\s+by\s(?!(?:tele)?phone|e-?mail|letter|video|text)/i.test(after) && /\p{L}{3,},?\s+$/u.test(before)) continue;
      if (/\b(?:not|never|n't|no longer)\s+(?:\w+\s+)?$/i.test(before)) continue;
      // "927 children killed, the highest number recorded in a single year": a participle after a superlative's noun.
      if (/ed$/i.test(m[0]) && SUPERLATIVE_NOUN_BEFORE.test(before)) continue;
      // A noun, not a verb: "an estimate by", "various estimates", "media reports".
      // ("The ministry says", "police estimate that" stay verbs.)
      if ((NOUN_DETERMINER_BEFORE.test(before) || NUMBER_BEFORE.test(before)) && /^(?:estimates?|claims?|reports?|notes?|counts?|records?|comments?|accused|quotes)$/i.test(m[0]) && !/^\s+that\b/i.test(after)) continue;
      // A French participle ("a indiqué") matches up to its final "é", outside the word boundary.
      const end = m.index + m[0].length;
      out.push({ start: m.index, end: sentence.charCodeAt(end) === 0xe9 ? end + 1 : end, weak });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Everything needed to resolve the subject of a frame in one sentence. */
export interface SentenceScope {
  /** The sentence. */
  sentence: string;
  /** Entity mentions in the sentence (sentence offsets). */
  mentions: EntityMention[];
  /** The sentence's position in the article (paragraph * 1e6 + offset). */
  position: number;
  /** The paragraph's speech quotations, with offsets relative to this sentence (possibly outside it). */
  quotes: ReadonlyArray<{ index: number; start: number; end: number }>;
  index: EntityIndex;
  discourse: Discourse;
}

/**
 * The first or the last of a span's mentions (a function of the module, not one made per call).
 * @param list Mentions in text order.
 * @param prefer Which end to take.
 * @returns The mention, or undefined for an empty list.
 */
function pickMention(list: EntityMention[], prefer: 'first' | 'last'): EntityMention | undefined {
  return prefer === 'first' ? list[0] : list[list.length - 1];
}

/**
 * Remember a document whose author speaks through it, so that "the report" later in the
 * article is that author's too (once per subject position).
 * @param scope The sentence scope.
 * @param from Where the subject's span starts in the sentence.
 * @param noun The document's noun as written ("study", "survey").
 * @param agent Its author.
 * @returns The author.
 */
function rememberDocument(scope: SentenceScope, from: number, noun: string, agent: { claimant: string; isEntity: boolean }): { claimant: string; isEntity: boolean } {
  const documents = scope.discourse.documents;
  const position = scope.position + from;
  if (documents && !documents.some((d) => d.position === position)) documents.push({ noun: noun.toLowerCase(), ...agent, position });
  return agent;
}

/**
 * Resolves a subject span to a claimant: a person named in it, else a role noun or
 * pronoun resolved to a person, else an organisation named in it, else "the
 * ministry", "the committee's press centre", "the report" or "it" resolved to a
 * body named or cited before, else a place that is the whole subject, else the
 * span's own words.
 * @param scope The sentence scope.
 * @param from Start of the span in the sentence.
 * @param to End of the span.
 * @param prefer "first" for a subject before its verb, "last" for one after the content.
 * @returns The attribution claimant and whether it is an entity, or null.
 */
export function resolveSubject(
  scope: SentenceScope,
  from: number,
  to: number,
  prefer: 'first' | 'last',
): { claimant: string; isEntity: boolean } | null {
  if (to <= from) return null;
  // "In December, shortly after the fall of Bashar Assad, spokesman X told ...": an opening adverbial set off by commas
  // holds no subject; the subject follows its last comma.
  const opening = ADVERBIAL_OPENING.test(scope.sentence.slice(from, to)) ? scope.sentence.slice(from, to).lastIndexOf(',') : -1;
  if (opening > 0 && scope.mentions.some((m) => m.start >= from + opening && m.end <= to && m.entity.type !== 'place')) return resolveSubject(scope, from + opening + 1, to, prefer);
  const inSpan = scope.mentions.filter((m) => m.start >= from && m.end <= to);
  // "Ivan Petrov's lawyer said": another person speaks for him (his lawyer, his wife), not he.
  // ("a senior adviser to President X said": the adviser speaks, not X.)
  const person = pickMention(inSpan.filter((m) => m.entity.type === 'person' && !OTHER_PERSON_AFTER.test(scope.sentence.slice(m.end, m.end + 40))
    && !SERVANT_OF_PERSON_BEFORE.test(scope.sentence.slice(Math.max(from, m.start - 60), m.start))), prefer);
  if (person) return { claimant: person.entity.id, isEntity: true };
  const span = scope.sentence.slice(from, to);
  // "A year earlier he had spoken of ...": a time's phrase opening the clause is no subject.
  const timeLead = TIME_LEAD.exec(span);
  if (timeLead && timeLead[0].length < span.length) return resolveSubject(scope, from + timeLead[0].length, to, prefer);
  // "In a statement carried by the Saudi Press Agency, it said": the subject is the pronoun after the opening phrase.
  const itAfterOpening = /,\s*(it)\s*$/iu.exec(span);
  if (itAfterOpening) return resolveSubject(scope, to - itAfterOpening[0].length + itAfterOpening[0].lastIndexOf(itAfterOpening[1] as string), to, prefer);
  // "My own database, built from IS propaganda, lists ...": the writer's own account, unattributed
  // (also when the span is the appositive after it: the sentence opens with the writer's subject, one clause up to here).
  if (FIRST_PERSON_SUBJECT.test(span) || (FIRST_PERSON_SUBJECT.test(scope.sentence) && !/[.;:]|\s(?:and|but|while|who|which|that)\s/u.test(scope.sentence.slice(0, to)))) return null;
  // "data from the Interior Ministry show", "figures released by the court": their source speaks through them.
  const dataFrom = DATA_FROM.exec(span) ?? FRENCH_DATA_BY.exec(span);
  if (dataFrom) {
    const agentStart = from + dataFrom.index + dataFrom[0].lastIndexOf(dataFrom[1] as string);
    const agent = resolveSubject(scope, agentStart, agentStart + (dataFrom[1] as string).length, prefer);
    if (agent) return agent;
  }
  // "A new study by the observation mission says": its author speaks through it, and for "the study" later.
  const documentBy = DOCUMENT_BY.exec(span);
  if (documentBy) {
    const agentStart = from + documentBy[0].length - (documentBy[2] as string).length;
    const agent = resolveSubject(scope, agentStart, to, 'first');
    if (agent) return rememberDocument(scope, from, documentBy[1] as string, agent);
  }
  // "Europol's annual survey of terrorism across the European Union recorded ...": the owner of the document speaks
  // through it, not a body named inside its title.
  const ownedDocument = DOCUMENT_OF_OWNER.exec(span);
  if (ownedDocument) {
    const ownerStart = from + span.indexOf(ownedDocument[1] as string);
    const owner = resolveSubject(scope, ownerStart, ownerStart + (ownedDocument[1] as string).length, 'first');
    if (owner?.isEntity) return rememberDocument(scope, from, ownedDocument[2] as string, owner);
  }
  // "в ежегодном докладе Европола": a Russian document with its author in the genitive after it.
  const russianDocument = RUSSIAN_DOCUMENT_OF.exec(span);
  if (russianDocument) {
    const ownerStart = from + russianDocument.index + russianDocument[0].length;
    const owner = resolveSubject(scope, ownerStart, to, 'first');
    if (owner?.isEntity) return rememberDocument(scope, from, russianDocumentNoun(russianDocument[1] as string), owner);
  }
  // "The figures, released by the ministry on Monday, show ...": the publisher speaks through them.
  const publishedBy = prefer === 'first' ? PUBLISHED_APPOSITIVE.exec(span) : null;
  if (publishedBy) {
    const agentStart = from + span.indexOf(publishedBy[2] as string, publishedBy[0].search(/\sby\s/i));
    // "released by the Sydney-based think tank": a description of the body named just before.
    const described = /\b(?:think[- ]tank|institute|organi[sz]ation|agency|foundation|cent(?:re|er))\s*$/iu.test(publishedBy[2] as string) ? lastBodySource(scope.position + from, scope.discourse) : null;
    const named = resolveSubject(scope, agentStart, agentStart + (publishedBy[2] as string).length, 'first');
    const agent = named?.isEntity !== true && described ? { claimant: described.id, isEntity: true } : named;
    // "The index, compiled by the institute, counted ...": the index, and "the report" on it later, are the institute's.
    if (agent) return rememberDocument(scope, from, publishedBy[1] as string, agent);
  }
  // "Turkey, which for years was a transit route, says": the head before the closed clause.
  if (prefer === 'first') {
    const headEnd = appositiveHeadEnd(span);
    if (headEnd !== null) return resolveSubject(scope, from, from + headEnd, prefer);
  }
  const position = scope.position + from;

  // A role phrase or pronoun: the one nearest the verb (or first, for a subject before it).
  // A role word inside a body's name ("the U.S. Attorney's Office") is not a person.
  const orgSpans = inSpan.filter((m) => m.entity.type === 'organization').map((m) => [m.start - from, m.end - from] as const);
  const roles = (ROLE_HEAD_CUE.test(span) ? [...span.matchAll(ROLE_PHRASE)] : []).filter((r) => {
    const headEnd = r.index + r[0].length - (r[4] ?? '').length;
    const headStart = headEnd - (r[3] ?? '').length;
    if (/^['’]s\s/.test(span.slice(headEnd))) return false;
    return !orgSpans.some(([start, end]) => headStart >= start && headEnd <= end);
  });
  const definiteRoles = roles.filter((r) => /^(?:the|this|that|le|la|l['’])$/i.test(r[1] ?? ''));
  const role = prefer === 'first' ? definiteRoles[0] : definiteRoles[definiteRoles.length - 1];
  const pronoun = PRONOUN_SUBJECT.exec(span);
  // "The Taliban-run Interior Ministry", "the UN's monitoring team": a body modifying another is not the subject.
  const orgs = inSpan.filter((m) => m.entity.type === 'organization');
  const heads = orgs.filter((m, k) => k === orgs.length - 1 || !MODIFIER_AFTER.test(scope.sentence.slice(m.end, m.end + 20)));
  // "The UN children's agency, UNICEF, said": the body named in apposition after its description speaks.
  const appositive = orgs.length >= 2 ? orgs[orgs.length - 1] : undefined;
  const named = appositive !== undefined && /,\s*$/u.test(scope.sentence.slice(from, appositive.start)) && /^\s*,?\s*$/u.test(scope.sentence.slice(appositive.end, to)) ? appositive : undefined;
  const org = named ?? pickMention(heads, prefer);
  // "the expert", "the Interior Ministry official": a person, even when a body is named inside.
  if (role) {
    const rolePosition = position + role.index;
    const resolved = describedPerson(role[0], rolePosition, scope.discourse);
    // "the committee's spokesman" nobody was described as: the committee.
    const owner = /\b([\p{L}-]+)['’]s\s+$/u.exec(role[2] ?? '');
    const body = owner && !resolved?.described ? resolveBodyReference(owner[1] as string, rolePosition, scope.discourse) : null;
    if (body) return { claimant: body.id, isEntity: true };
    // "The representative of France said": a country's speaker nobody was described as is
    // a new speaker, named by the role, not the person who spoke before (a person whose
    // description shares only the place's words, "United Nations", is not described).
    const country = representedPlace(role, position, scope);
    const headDescribed = country !== null && resolved?.described === true && describedPerson(role[3] ?? '', rolePosition, scope.discourse)?.described === true;
    if (country && !headDescribed) return { claimant: country, isEntity: false };
    // "..., a senior rescue official said. ... the rescue official had put the toll at 64": the unnamed speaker
    // described by the same head noun, when no named person was described so.
    const unnamed = scope.discourse.lastDescribedSpeaker;
    const head = contentWords(role[3] ?? role[0]).at(-1);
    // (Not an office one person holds: "the US president" is a person, named or not.)
    if (resolved?.described !== true && unnamed !== undefined && unnamed.position < rolePosition && head !== undefined && contentWords(unnamed.claimant).includes(head)
      && !UNIQUE_OFFICE.test(role[0].trim())) {
      return { claimant: unnamed.claimant, isEntity: false };
    }
    if (resolved) return { claimant: resolved.entity.id, isEntity: true };
  }
  // "he said": only when the pronoun is (nearly) the whole subject.
  if (pronoun && !org && span.trim().split(/\s+/).length <= 3) {
    const described = describedSpeakerFor(position + pronoun.index, scope.discourse);
    if (described) return { claimant: described, isEntity: false };
    const resolved = resolvePersonReference(englishPronoun(pronoun[1] ?? ''), position + pronoun.index, scope.discourse);
    // "В декабре 2015 года она оценила ..." after "компания The Soufan Group": a Russian pronoun whose gender the
    // person's surname contradicts stands for the body just named.
    const body = resolved && clashesInRussianGender(pronoun[1] ?? '', resolved) ? recentBody(position + pronoun.index, scope.discourse) : null;
    if (body) return { claimant: body.id, isEntity: true };
    return resolved ? { claimant: resolved.id, isEntity: true } : null;
  }
  if (org) {
    // "the UN mission has documented": the article's own body of that kind whose name holds the owner's ("United Nations
    // Assistance Mission in Afghanistan"), not the owner.
    const ownedNoun = /^\s+(mission|office|agency|commission|team|panel|committee)\b/iu.exec(scope.sentence.slice(org.end, to));
    const ownedBody = ownedNoun ? resolveBodyReference(ownedNoun[1] as string, position, scope.discourse) : null;
    const ownerForms = [org.entity.name, ...org.entity.aliases].filter((form) => form.length > 1);
    // (The owner may be written as an acronym of the words opening the body's name: "UN" of "United Nations ...".)
    const initials = (name: string, count: number): string => name.split(/\s+/u).slice(0, count).map((word) => word.charAt(0)).join('');
    const holdsOwner = (name: string): boolean => ownerForms.some((form) => name === form || name.startsWith(`${form} `) || name.includes(` ${form} `) || name.endsWith(` ${form}`)
      || (/^\p{Lu}{2,5}$/u.test(form) && initials(name, form.length) === form));
    if (ownedBody && ownedBody.id !== org.entity.id && [ownedBody.name, ...ownedBody.aliases].some(holdsOwner)) return { claimant: ownedBody.id, isEntity: true };
    // "the OSCE's election observation mission said": the body it owns speaks.
    const owned = OWNED_BODY_AFTER.exec(scope.sentence.slice(org.end, to));
    return owned ? { claimant: owned[1] as string, isEntity: false } : { claimant: org.entity.id, isEntity: true };
  }
  const bare = span.replace(TRAILING_NOISE, '');
  // "the committee's press centre", "the court's press service": the body itself.
  const pressService = PRESS_SERVICE.exec(bare);
  const definiteBody = pressService ?? DEFINITE_BODY.exec(bare);
  if (definiteBody) {
    const body = resolveBodyReference(definiteBody[1] ?? '', position, scope.discourse);
    if (body) return { claimant: body.id, isEntity: true };
    const named = namedBodyReference(definiteBody[1] ?? '', position, scope.discourse);
    if (named) return { claimant: named, isEntity: false };
    // "the agency said" after "the State Security Service said": a generic noun for the body speaking.
    if (GENERIC_BODY_NOUN.test(definiteBody[1] ?? '')) {
      const force = /^force(?:['’]s)?$/i.test(definiteBody[1] ?? '');
      const speaking = (force ? recentBody(position, scope.discourse, true) : null) ?? lastBodySource(position, scope.discourse);
      if (speaking) return { claimant: speaking.id, isEntity: true };
    }
  }
  // "Всего миссия зафиксировала ...", "ведомство сообщило": a Russian noun of a body for the body named before.
  // "та же компания насчитывала ...", "эта организация сообщила": a demonstrative and a body's noun, the body last cited.
  if (RUSSIAN_SAME_BODY.test(bare)) {
    const body = lastBodySource(position, scope.discourse);
    if (body) return { claimant: body.id, isEntity: true };
  }
  const lastWord = /(?:^|\s)(\p{Script=Cyrillic}+)\s*$/u.exec(bare)?.[1];
  const russianBody = lastWord === undefined ? null : russianBodyInCase(lastWord, position, scope.discourse, true);
  if (russianBody) return russianBody;
  // "Its spokeswoman said": the body that has been speaking, or the one just named.
  if (BODY_ROLE.test(bare)) {
    const body = lastBodySource(position, scope.discourse);
    if (body) return { claimant: body.id, isEntity: true };
  }
  // "his press service quoted him", "her spokesman said": the person they speak for.
  const personVoice = PERSON_VOICE.exec(bare);
  if (personVoice) {
    const resolved = resolvePersonReference(personVoice[1] as string, position + personVoice.index, scope.discourse);
    if (resolved) return { claimant: resolved.id, isEntity: true };
  }
  // "the report", "the study's authors": the body that published it, or the document.
  const document = documentReference(bare, position, scope.discourse);
  if (document) return document;
  const words = subjectWords(span);
  if (!words) return null;
  // "It believes", "it estimates": the body that has been speaking; "UNAMA said in July that it had
  // recorded ...": the body that speaks earlier in this sentence.
  if (/^it$/i.test(words)) {
    const speaker = scope.mentions.filter((m) => m.end <= from && m.entity.type === 'organization' && SPEAKS_AFTER.test(scope.sentence.slice(m.end, m.end + 30))).at(-1);
    if (speaker) return { claimant: speaker.entity.id, isEntity: true };
    // "In a statement carried by the Saudi Press Agency, it said ...": the agency carries the words; "it" is the body before.
    const media = new Set(scope.mentions.filter((m) => m.end <= from && CARRIED_BY.test(scope.sentence.slice(Math.max(0, m.start - 40), m.start))).map((m) => m.entity.id));
    const body = lastBodySource(position, scope.discourse, media);
    return body ? { claimant: body.id, isEntity: true } : null;
  }
  // "They said he had kept ...": the body cited as a source earlier in the paragraph.
  if (/^they$/i.test(words)) {
    const body = paragraphBodySource(position, scope.discourse);
    return body ? { claimant: body.id, isEntity: true } : null;
  }
  // "Ivan Petrov's lawyer": words, not the person the lawyer speaks for.
  const matched = OTHER_PERSON_IN_WORDS.test(words) ? null : matchEntity(words, scope.index);
  if (matched && matched.type !== 'place') return { claimant: matched.id, isEntity: true };
  const place = inSpan.filter((m) => m.entity.type === 'place');
  if (place.length === 1 && place[0] && words.replace(/^the\s+/i, '') === scope.sentence.slice(place[0].start, place[0].end)) {
    return { claimant: place[0].entity.id, isEntity: true };
  }
  if (/^(?:it|they|this|that|there|which|who|we|i|you|one|these|those|he|she)$/i.test(words)) return null;
  return { claimant: words, isEntity: false };
}

/** A Russian demonstrative ("та же", "эта") and a generic noun of a body closing a subject: the body last cited. */
const RUSSIAN_SAME_BODY = /(?:^|\s)(?:(?:та|тот|то|те)\s+же|эта|этот|это|эти|данная|данный)\s+(?:компания|организация|центр|группа|фонд|агентство|ведомство|служба|институт|структура)\s*$/iu;

/** A speech verb right after a body's name ("UNAMA said", "the ministry has reported"). */
const SPEAKS_AFTER = /^\s+(?:(?:has|have|had)\s+)?(?:said|says|stated|states|reported|reports|announced|announces|told|estimated|estimates|noted|notes|wrote|writes|added|adds)\b/iu;

/**
 * The words of a role phrase that speaks for a place: "the representative of the United
 * States" -> "representative of the United States"; null when the role is not "of" a place.
 * @param role A ROLE_PHRASE match in the scope's sentence span.
 * @param spanPosition Article position of the span the match was made in.
 * @param scope The sentence.
 * @returns The role words without the article, or null.
 */
function representedPlace(role: RegExpMatchArray, spanPosition: number, scope: SentenceScope): string | null {
  const qualifier = role[4] ?? '';
  if (!/^\s+(?:of|for)\s/i.test(qualifier)) return null;
  const start = spanPosition - scope.position + (role.index ?? 0) + role[0].length - qualifier.length;
  const end = start + qualifier.length;
  const isPlace = scope.mentions.some((m) => m.entity.type === 'place' && m.start >= start && m.end <= end);
  return isPlace ? role[0].replace(/^(?:the|this|that|a|an)\s+/i, '') : null;
}

/** What follows a body's name when it only modifies the next one: "-run", "-backed", "'s". */
const MODIFIER_AFTER = /^(?:-(?:run|led|backed|controlled|linked|affiliated|allied|held|appointed|based|funded|sponsored|aligned|installed)\b|['’]s\s)/i;

/** Nouns any official body may be called by, whatever its name: "the agency", "the organisation". */
const GENERIC_BODY_NOUN = /^(?:agency|organi[sz]ation|body|authority|watchdog|behörde|force|department|ministry|office)(?:['’]s)?$/i;

/** "his press service", "her spokesman" closing a subject: the voice of the person last named or speaking. */
const PERSON_VOICE = /(?:^|\s)(his|her)\s+(?:press[- ](?:service|office|secretary|centre|center)|office|spokes(?:man|woman|person)|aides?|representatives?|website|telegram channel)\s*$/i;

/** "its spokeswoman", "their representative": a person speaking for the body just named. */
const BODY_ROLE = new RegExp(`^\\s*(?:its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${ROLE_HEADS}|(?:press|information|media)\\s+(?:service|office|cent(?:re|er)|department|secretary)|website|telegram\\s+channel)\\s*$`, 'iu');

/**
 * Where the head of a subject ends when a closed relative clause follows it
 * ("Turkey, which for years was a transit route," -> after "Turkey"; "The report,
 * submitted to the Council in July," -> after "The report"); null when the
 * span has no such clause, or when the verb sits inside the clause itself.
 * @param span A subject span that runs up to its verb.
 * @returns The offset just past the head, or null.
 */
function appositiveHeadEnd(span: string): number | null {
  if (!/,\s*$/.test(span)) return null;
  // "The report, submitted to the Council this month," is a reduced relative clause too.
  const m = /^(\s*[^,]*[\p{L}])\s*,\s*(?:(?:which|who|whose|where)\s|(?=(?:\p{Ll}+ed|given|written|taken|made|sent|drawn up|set up)\s+(?:to|by|in|on|at|for|from|with|last|this|earlier)\b))/iu.exec(span);
  if (!m) return null;
  return (m[1] as string).length;
}

/** A person's possessive before another person who speaks: "'s lawyer", "'s defence attorney", "'s widow". */
const OTHER_PERSON_AFTER = /^['’]s\s+(?:\p{Ll}+\s+)?(?:lawyer|attorney|counsel|advocate|wife|husband|widow|mother|father|brother|sister|son|daughter|relatives?|family|lawyers|attorneys)\b/u;

/** One who speaks for a person named right after: "an adviser to President ", "a spokesman for ", "a lawyer for ". */
const SERVANT_OF_PERSON_BEFORE = /\b(?:adviser|advisor|aide|spokes(?:man|woman|person)|lawyer|attorney|assistant|envoy)\s+(?:to|for)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?$/u;

/** The same, inside a subject's words ("Ivan Petrov's lawyer"). */
const OTHER_PERSON_IN_WORDS = /\p{L}['’]s\s+(?:\p{Ll}+\s+)?(?:lawyer|attorney|counsel|advocate|wife|husband|widow|mother|father|brother|sister|son|daughter|relatives?|family|lawyers|attorneys)\b/u;

/** A lower-case body a named one owns, right after it: "'s election observation mission" (one or two describing words). */
const OWNED_BODY_AFTER = /^['’]s\s+((?:(?!(?:own|new|former|latest|first|last|local|main)\s)\p{Ll}[\p{Ll}-]+\s+){1,2}(?:team|panel|group|mission|commission|committee))\b/u;

/** "the committee's press centre", "the court's press service": the body's own voice. */
const PRESS_SERVICE =
  /\b(?:the|this|its)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)['’]s\s+(?:press[- ](?:centre|center|service|office|department|secretary)|information\s+(?:centre|center|service|department|office)|media\s+(?:centre|center|office)|public\s+relations\s+(?:office|department|service)|website|official\s+website|telegram\s+channel)\s*$/iu;

/** A document as a source: "the report", "the study's country tables", "the statement", "The Global Terrorism Index 2020". */
const DOCUMENT_PHRASE =
  /^\s*(?:(?:while|but|and|however|also|meanwhile)[,\s]+)*(the|this|that|its|their|his|her|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(report|study|statement|survey|ruling|verdict|judgment|judgement|analysis|paper|review|research|data|statistics|census|assessment|findings|figures|tally|communiqu[eé]|release|indictment|document|estimates?|letter|list|database|index)(?:\s+(?:19|20)\d\d)?(?:['’]s(?:\s+[\p{L}-]+){0,3})?(?:\s+(?:that|which|published|released|issued|presented)\b.*)?\s*$/iu;

/** A document's own title after "the": capitalised words and its noun, a year perhaps ("the Global Terrorism Index 2017"). */
const PROPER_DOCUMENT = /^\s*the\s+((?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Report|Study|Survey|Index|Analysis|Review|Assessment|Paper)(?:\s+(?:19|20)\d\d)?)\b/u;

/** Names of a published document that may name the same one ("the index" ... "the report"). */
const REPORT_NOUNS: ReadonlySet<string> = new Set(['report', 'study', 'survey', 'index', 'analysis', 'review', 'assessment', 'paper', 'findings']);

/** Data named by their source: "data from the Interior Ministry", "official figures of the court", "statistics compiled by X". */
const DATA_FROM =
  /^\s*(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Nn]ew|[Ll]atest|[Oo]fficial|[Rr]ecent|[Ff]resh|[Pp]reliminary)\s+){0,2}(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers|[Ee]stimates|[Rr]ecords)\s+(?:(?:published|released|compiled|provided|collected|issued)\s+)?(?:from|by|of)\s+((?:the\s+)?\p{Lu}[^,;]*?)\s*$/u;

/** The same in French: "Le premier bilan donné dimanche par l'armée", "les chiffres communiqués par la police". */
const FRENCH_DATA_BY =
  /^\s*(?:le|la|les|l['’]|un|une|ce|ces|son|leur)\s*(?:(?:premier|première|dernier|dernière|nouveau|nouvelle|nouveaux|précédent|précédente|officiel|provisoire)\s+)?(?:bilans?|chiffres?|décomptes?|données|estimations?|statistiques)\s+(?:(?:officiel|provisoire)s?\s+)?(?:donnée?s?|communiquée?s?|fournie?s?|publiée?s?|avancée?s?|établie?s?|rendue?s?\s+publics?)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|la\s+veille)(?:\s+(?:soir|matin))?\s+)?par\s+((?:l['’]|le\s+|la\s+|les\s+)?\p{L}[^,;]*?)\s*$/iu;

/** A document subject with its author: "A new study by the OSCE's mission", "the report from the institute". */
const DOCUMENT_BY =
  /^\s*(?:a|an|the|its|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(report|study|survey|assessment|analysis|review|paper|investigation|audit)\s+(?:(?:published|released|issued|prepared|compiled|produced|written|presented)\s+)?(?:by|from)\s+((?:the\s+)?\p{Lu}.*)$/iu;

/** A document subject after its owner's possessive: "Europol's annual survey of ...", "the ministry's latest figures". */
const DOCUMENT_OF_OWNER =
  /^\s*(?:the\s+)?(\p{Lu}[^,;:'’]{0,60}?|[\p{Ll}-]+)['’][sS]\s+(?:[\p{L}-]+\s+){0,3}?(report|study|survey|assessment|analysis|review|index|paper|audit|data|figures|statistics|database|tally|count)\b/u;

/** A document subject with its publisher in apposition: "The figures, released by the ministry on Monday,". */
const PUBLISHED_APPOSITIVE =
  /^\s*(?:the|its|their|these|this|new|latest)\s+(?:[\p{L}-]+\s+){0,2}?(figures|report|study|data|statistics|survey|estimates?|numbers|findings|assessment|review|analysis|index)(?:\s+(?:19|20)\d\d)?\s*,\s*(?:published|released|issued|compiled|prepared|produced|presented|made public|provided|collected)\s+(?:(?:on|last|this|earlier)\s+[^,]{1,25}?\s+)?(?:\w+ly\s+)?by\s+([^,]+?)(?:\s+(?:on|in|last|this|earlier)\s[^,]*)?\s*,\s*$/iu;

/** A subject that is the writer's own: "My own database", "My count", "Our research" (names in it are no source). */
const FIRST_PERSON_SUBJECT = /^\s*(?:my|our)\s+(?:own\s+)?[\p{L}-]+(?:\s|,|$)/iu;

/** Russian document nouns by stem, with the English noun they are remembered under. */
const RUSSIAN_DOCUMENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['доклад', 'report'], ['отчет', 'report'], ['отчёт', 'report'], ['исследовани', 'study'], ['обзор', 'review'],
]);

/** A Russian document in any case with its author's name after it, one adjective between at most: "докладе Европола", "отчете ежегодном МВД". */
const RUSSIAN_DOCUMENT_OF = /(?<!\p{L})(доклад|отч[её]т|исследовани|обзор)\p{Ll}*\s+(?:\p{Ll}+\s+)?(?=\p{Lu})/iu;

/** A Russian document alone as the source: "из доклада", "согласно докладу", "в этом отчете", "согласно тому же докладу". */
const RUSSIAN_DOCUMENT_PHRASE = /^\s*(?:(?:из|в|во|по|согласно)\s+)?(?:(?:этого|этом|этому|данного|данном|данному|того|тому|том|нового|новом)\s+(?:же\s+)?)?(доклад|отч[её]т|исследовани|обзор)\p{Ll}*\s*$/iu;

/**
 * @param written A Russian document noun's stem as matched ("доклад", "Отчёт").
 * @returns The English noun it is remembered under ("report").
 */
function russianDocumentNoun(written: string): string {
  return RUSSIAN_DOCUMENT_NOUNS.get(written.toLowerCase()) ?? 'report';
}

/** A French document as the source, definite: "précise le texte", "selon le communiqué", "ajoute ce rapport". */
const FRENCH_DOCUMENT_PHRASE = /^\s*(?:selon\s+)?(?:le|la|l['’]|ce|cette|son|sa|leur)\s*(?:même\s+)?(texte|communiqué|rapport|étude|document|déclaration)\s*$/iu;

/** French document nouns, with the English noun they are remembered under. */
const FRENCH_DOCUMENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['texte', 'statement'], ['communiqué', 'statement'], ['déclaration', 'statement'], ['rapport', 'report'], ['étude', 'study'], ['document', 'document'],
]);

/** Documents a court issues: they resolve to the court. */
const COURT_DOCUMENTS = /^(?:ruling|verdict|judg(?:e)?ment)$/i;

/**
 * Resolves a document named as a source to the body behind it: "the report" or "the
 * statement" to the body last cited as a source, "the ruling" to the court named
 * before; else the document's noun ("study"). An indefinite "a study" stays words.
 * @param phrase The subject words.
 * @param position Position in the article of the phrase.
 * @param discourse Bodies mentioned and cited so far.
 * @returns The claimant, or null when the phrase is not a document.
 */
function documentReference(phrase: string, position: number, discourse: Discourse): { claimant: string; isEntity: boolean } | null {
  const russian = RUSSIAN_DOCUMENT_PHRASE.exec(phrase);
  const french = russian === null ? FRENCH_DOCUMENT_PHRASE.exec(phrase) : null;
  const m = russian === null && french === null ? DOCUMENT_PHRASE.exec(phrase) : null;
  if (!m && !russian && !french) return null;
  const noun = russian ? russianDocumentNoun(russian[1] as string)
    : french ? FRENCH_DOCUMENT_NOUNS.get((french[1] as string).toLowerCase()) ?? 'statement'
    : (m?.[2] as string).toLowerCase();
  // (Russian has no articles: "из доклада" is the report spoken of; the French phrase is definite.)
  const definite = russian !== null || french !== null || !/^an?$/i.test(m?.[1] as string);
  if (definite) {
    // "the study" after "A new study by X says": X.
    const documents = discourse.documents ?? [];
    for (let i = documents.length - 1; i >= 0; i--) {
      const document = documents[i];
      if (document && document.position < position && document.noun === noun) return { claimant: document.claimant, isEntity: document.isEntity };
    }
    // "the report" after "the index, compiled by X": the document last described, under another name.
    const described = documents.findLast((document) => document.position < position && REPORT_NOUNS.has(document.noun));
    if (described && REPORT_NOUNS.has(noun)) return { claimant: described.claimant, isEntity: described.isEntity };
    // "the Global Terrorism Index 2017": a document named by its own title speaks under that title.
    const title = PROPER_DOCUMENT.exec(phrase);
    if (title !== null && REPORT_NOUNS.has(noun)) return { claimant: (title[1] as string).trim(), isEntity: false };
    // An indictment is the prosecution's: its office when named, else the document itself (never the court that reads it).
    if (noun === 'indictment') {
      const prosecution = resolveBodyReference('prosecutor', position, discourse);
      return prosecution ? { claimant: prosecution.id, isEntity: true } : { claimant: noun, isEntity: false };
    }
    const publisher = COURT_DOCUMENTS.test(noun) ? resolveBodyReference('court', position, discourse) : lastBodySource(position, discourse);
    // "In a statement, the minister said ... . According to the statement, ...": the person who last spoke, when no body spoke since.
    const speaker = discourse.lastSpeaker;
    if (STATEMENT_NOUNS.has(noun) && speaker !== null && speaker.position < position && position - speaker.position < 3_000_000
      && !(discourse.sources ?? []).some((source) => source.entity.type === 'organization' && source.position > speaker.position && source.position < position)) {
      return { claimant: speaker.entity.id, isEntity: true };
    }
    if (publisher) return { claimant: publisher.id, isEntity: true };
    return { claimant: french ? (french[1] as string).toLowerCase() : noun, isEntity: false };
  }
  // "a police report": a document no one has named before, with the words that say whose it is.
  const described = m === null ? null : INDEFINITE_DOCUMENT.exec(phrase);
  return { claimant: described === null ? noun : `${(described[1] as string).toLowerCase()} ${noun}`, isEntity: false };
}

/** A time's phrase opening a clause: "A year earlier ", "Two weeks later, ", "Some months ago ". */
const TIME_LEAD = /^\s*(?:(?:a|an|one|two|three|four|five|six|some|several|a few|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:earlier|later|before|ago|after that|on)|by\s+(?:nightfall|evening|midday|noon|morning|dawn|then|the\s+(?:evening|morning|afternoon|weekend|end\s+of\s+the\s+day))|во?\s+(?:\d{4}\s+году|прошлом\s+году|этом\s+году|\p{L}+\s+\d{4}\s+года)|ранее|тогда)\s*,?\s*/iu;

/** Documents a person issues as well as a body: "the statement". */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'communiqué', 'communique', 'release', 'letter']);

/** An indefinite document with one word that says whose it is: "a police report", "an army statement". */
const INDEFINITE_DOCUMENT = /^\s*an?\s+(police|army|military|government|ministry|court|prosecution|intelligence|security|un|UN|internal|official|leaked|confidential)\s+\p{L}+\s*$/u;

/**
 * The organisation last cited as a source before a position (for "it said" and "the
 * report"), else the last organisation mentioned in the sentences just before.
 * @param position Position in the article.
 * @param discourse Bodies mentioned and cited so far.
 * @param skip Bodies that are not it (a medium that only carried the words).
 * @returns The entity, or null.
 */
function lastBodySource(position: number, discourse: Discourse, skip?: ReadonlySet<string>): ArticleEntity | null {
  const sources = discourse.sources ?? [];
  for (let i = sources.length - 1; i >= 0; i--) {
    const candidate = sources[i];
    if (candidate && candidate.position < position && candidate.entity.type === 'organization' && !skip?.has(candidate.entity.id)) return candidate.entity;
  }
  for (let i = discourse.organizations.length - 1; i >= 0; i--) {
    const candidate = discourse.organizations[i];
    // Only a body of this or the previous paragraph.
    if (candidate && candidate.position < position && position - candidate.position < 2_000_000 && !skip?.has(candidate.entity.id)) return candidate.entity;
  }
  return null;
}

/**
 * Whether a Russian pronoun's gender clashes with a person's surname written in Cyrillic: "она", "её" for
 * "Марат Осмонов", "он", "его" for "Айгерим Токтосунова". Other names and pronouns never clash.
 * @param pronoun The pronoun as written.
 * @param person The person it was resolved to.
 * @returns True on a clash.
 */
function clashesInRussianGender(pronoun: string, person: ArticleEntity): boolean {
  if (person.type !== 'person') return false;
  const surname = person.name.split(/\s+/u).at(-1) ?? '';
  const word = pronoun.toLowerCase();
  if (word === 'она' || word === 'её' || word === 'ее') return MASCULINE_SURNAME.test(surname);
  if (word === 'он' || word === 'его') return FEMININE_SURNAME.test(surname);
  return false;
}

/** Russian surnames' masculine and feminine endings ("Осмонов", "Сулейменов", "Ковальский"; "Осмонова", "Ковальская"). */
const MASCULINE_SURNAME = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ский|цкий)$/u;
const FEMININE_SURNAME = /^\p{Lu}\p{Ll}+(?:ова|ева|ёва|ина|ына|ская|цкая)$/u;

/**
 * The body last named before a position, as a source or not: in its paragraph or the one before, or in its
 * paragraph only (for "the force": "... on the radar of the RCMP, which had seized his passport. The force said
 * ...", not a hospital that spoke in a paragraph before).
 * @param position Position in the article.
 * @param discourse Bodies mentioned so far.
 * @param sameParagraph Whether only a body of the same paragraph counts.
 * @returns The entity, or null.
 */
function recentBody(position: number, discourse: Discourse, sameParagraph = false): ArticleEntity | null {
  const candidate = discourse.organizations.findLast((organization) => organization.position < position);
  if (candidate === undefined) return null;
  const near = sameParagraph ? Math.floor(candidate.position / 1_000_000) === Math.floor(position / 1_000_000) : position - candidate.position < 2_000_000;
  return near ? candidate.entity : null;
}

/** A medium that carries another's words, right before its name: "carried by", "quoted by", "via". */
const CARRIED_BY = /\b(?:carried|published|quoted|reported|broadcast|released) by\s+(?:the\s+)?$|\bvia\s+(?:the\s+)?$/iu;

/**
 * The organisation last cited as a source earlier in the same paragraph (for "they said").
 * @param position Position in the article.
 * @param discourse Bodies cited so far.
 * @returns The entity, or null.
 */
function paragraphBodySource(position: number, discourse: Discourse): ArticleEntity | null {
  const sources = discourse.sources ?? [];
  const paragraph = Math.floor(position / 1_000_000);
  for (let i = sources.length - 1; i >= 0; i--) {
    const candidate = sources[i];
    if (!candidate || candidate.position >= position) continue;
    if (Math.floor(candidate.position / 1_000_000) !== paragraph) return null;
    if (candidate.entity.type === 'organization') return candidate.entity;
  }
  return null;
}

/** "the ministry", "the committee": a body named earlier by its head noun. */
const DEFINITE_BODY =
  /\b(?:the|this|die|der|das)\s+(?:[a-z]+-based\s+)?(behörde|ministry|committee|agency|service|office|department|government|council|group|organi[sz]ation|movement|court|party|commission|centre|center|bureau|directorate|administration|prosecutor's office|police|force|network|channel|website|outlet|program|programme|project|initiative|fund|foundation|institute|campaign|mission|team|command|unit|authority|board|tribunal|coalition|alliance|embassy|agency's|ministry's|committee's)(?:['’]s)?\s*$/i;

/**
 * Resolves "the program", "the center" to a body the text named with that noun but
 * that is not an entity ("the Rewards for Justice program" -> "Rewards for Justice").
 * @param head The noun.
 * @param position Position in the article of the phrase.
 * @param discourse Bodies named so far.
 * @returns The body's name, or null.
 */
function namedBodyReference(head: string, position: number, discourse: Discourse): string | null {
  const noun = head.toLowerCase().replace(/['’]s$/, '').replace(/^centre$/, 'center');
  const bodies = discourse.namedBodies ?? [];
  for (let i = bodies.length - 1; i >= 0; i--) {
    const body = bodies[i];
    if (body && body.position < position && body.head.replace(/^centre$/, 'center') === noun) return body.name;
  }
  return null;
}

/** Head-noun patterns already compiled, by noun (a stateless pattern, no `g` flag, so shared safely). */
const headNounPatterns = new Map<string, RegExp>();

/**
 * The whole-word, any-case pattern of a body's head noun ("centre" and "center" are one
 * noun), compiled once per noun.
 * @param noun The lower-case head noun (letters and hyphens).
 * @returns The pattern.
 */
function headNounPattern(noun: string): RegExp {
  let pattern = headNounPatterns.get(noun);
  if (pattern === undefined) {
    pattern = new RegExp(`\\b${/^cent(?:re|er)$/.test(noun) ? 'cent(?:re|er)' : noun}\\b`, 'i');
    if (headNounPatterns.size >= 1_000) headNounPatterns.clear();
    headNounPatterns.set(noun, pattern);
  }
  return pattern;
}

/** The name of a police force. */
const POLICE_NAME = /\b(?:police|policing|constabulary|gendarmerie|carabinieri|politsiya|полици[яи])\b/iu;

/**
 * Resolves "the ministry", "the committee" to the organisation whose name or alias
 * holds that noun: the one last cited as a source, else the one last mentioned.
 * @param head The noun ("ministry").
 * @param position Position in the article of the phrase.
 * @param discourse Bodies mentioned so far.
 * @returns The entity, or null.
 */
export function resolveBodyReference(head: string, position: number, discourse: Discourse): ArticleEntity | null {
  // "prosecutor's office" -> "office"; "centre" and "center" are one noun.
  const noun = head.toLowerCase().replace(/['’]s$/, '').split(/\s+/).pop() ?? '';
  if (!/^[\p{L}-]+$/u.test(noun)) return null;
  // "The force said": a police force, whose name says "police" ("Royal Canadian Mounted Police").
  const pattern = noun === 'force' ? POLICE_NAME : headNounPattern(noun);
  const fits = (entity: ArticleEntity): boolean => [entity.name, ...entity.aliases].some((f) => pattern.test(f));
  // The body that has been speaking: "the ministry said" after "the Foreign Ministry said".
  const sources = discourse.sources ?? [];
  for (let i = sources.length - 1; i >= 0; i--) {
    const candidate = sources[i];
    if (candidate && candidate.position < position && candidate.entity.type === 'organization' && fits(candidate.entity)) return candidate.entity;
  }
  for (let i = discourse.organizations.length - 1; i >= 0; i--) {
    const candidate = discourse.organizations[i];
    if (!candidate || candidate.position >= position) continue;
    if (fits(candidate.entity)) return candidate.entity;
  }
  return null;
}

/**
 * A Russian noun of a body for the body named before: in the nominative as
 * a subject ("Всего миссия зафиксировала ...", "Ведомство сообщило"), in
 * any case after "по данным" ("по данным агентства").
 * @param words The noun (or the source's words).
 * @param position Position in the article.
 * @param discourse Bodies mentioned and cited so far.
 * @param nominativeOnly Whether only the nominative counts (a subject).
 * @returns The body's claimant, or null.
 */
function russianBodyInCase(words: string, position: number, discourse: Discourse, nominativeOnly = false): { claimant: string; isEntity: boolean } | null {
  const word = words.trim().toLowerCase();
  const entry = nominativeOnly ? RUSSIAN_BODY_NOUNS.find(([, nominative]) => word === nominative) : russianBodyNoun(word);
  if (entry === undefined || (!nominativeOnly && !entry[2])) return null;
  const body = russianBodyReference(entry[1], position, discourse);
  return body ? { claimant: body.id, isEntity: true } : null;
}

/**
 * @param words A source's words.
 * @returns The entry of `RUSSIAN_BODY_NOUNS` for the Russian body's noun they are, in any case ("суда": суд), or undefined.
 */
function russianBodyNoun(words: string): readonly [string, string, boolean] | undefined {
  const word = words.trim().toLowerCase();
  return RUSSIAN_BODY_NOUNS.find(([stem]) => word.startsWith(stem) && word.length <= stem.length + 3);
}

/**
 * Russian nouns of bodies: a stem for any case, the nominative, and whether
 * the noun stands for a source after "по данным" too (a court, the police
 * or an "organisation" there are no reference back).
 */
const RUSSIAN_BODY_NOUNS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['агентств', 'агентство', true], ['ведомств', 'ведомство', true], ['министерств', 'министерство', true], ['мисси', 'миссия', true],
  ['комитет', 'комитет', true], ['служб', 'служба', true], ['прокуратур', 'прокуратура', true], ['комисси', 'комиссия', true],
  ['управлени', 'управление', false], ['организаци', 'организация', false], ['полици', 'полиция', false], ['суд', 'суд', false],
  // "по данным властей", "по данным силовиков": the authorities, the security forces (a plural, named as such).
  ['власт', 'власти', false], ['силовик', 'силовики', false],
];

/**
 * The body a Russian noun refers back to: the one last cited or named before
 * whose name holds a word of that noun's stem in any case ("миссия" and
 * "Миссии ООН по содействию Афганистану"); "ведомство" (the department) is
 * any body last cited.
 * @param noun The noun, in the nominative.
 * @param position Position in the article.
 * @param discourse Bodies mentioned and cited so far.
 * @returns The body, or null.
 */
function russianBodyReference(noun: string, position: number, discourse: Discourse): ArticleEntity | null {
  const lower = noun.toLowerCase();
  // ("ведомство", "агентство": the department, the agency, whatever its name.)
  if (lower === 'ведомство') return lastBodySource(position, discourse);
  const stem = lower.replace(/[аяоеиыйь]$/u, '');
  const word = new RegExp(`(?:^|\\s)${stem}\\p{L}{0,3}(?:\\s|$)`, 'iu');
  const fits = (entity: ArticleEntity): boolean => [entity.name, ...entity.aliases].some((form) => word.test(form));
  const sources = discourse.sources ?? [];
  for (let i = sources.length - 1; i >= 0; i--) {
    const candidate = sources[i];
    if (candidate && candidate.position < position && candidate.entity.type === 'organization' && fits(candidate.entity)) return candidate.entity;
  }
  const named = discourse.organizations.findLast((candidate) => candidate.position < position && fits(candidate.entity))?.entity ?? null;
  return named ?? (lower === 'агентство' ? lastBodySource(position, discourse) : null);
}

/** A count owned by its source: "military's latest tally" -> "military". */
const OWNED_COUNT = /^(\p{L}[\p{L}\s-]*?)['’]s\s+(?:(?:latest|new|updated|revised|official|own|first|final|initial)\s+)?(?:tally|count|toll|figures?|estimates?|data|numbers?)$/u;

/** A dateline in capitals and a dash opening a sentence: "MOGADISHU – ", "NEW DELHI — ". */
const DATELINE_OPENING = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}\s+[–—-]{1,2}\s+/u;

/**
 * The words of a non-entity subject: the segment nearest the verb, without leading
 * conjunctions, determiners, quantifiers, trailing auxiliaries or a trailing
 * time or place phrase.
 * @param span The subject span.
 * @returns Short words such as "analysts", "Kyrgyz authorities", or null.
 */
function subjectWords(span: string): string | null {
  // Commas inside numbers ("$3,200") do not separate segments.
  // "Independent sources, however, put ...", "Local media, citing police sources, reported":
  // a segment that is only a connective or a participle phrase is no subject; the one before it is.
  const segments = span.split(SEGMENT_BREAK).map((s) => s.trim())
    .filter((s) => s.length > 0 && !CONNECTIVE_ONLY.test(s) && !PARTICIPLE_OPENING.test(s) && !GERUND_PHRASE.test(s));
  let segment = segments[segments.length - 1];
  if (!segment) return null;
  // "MOGADISHU – Somali police said ...": a dateline glued to the first sentence is no part of the speaker.
  segment = segment.replace(DATELINE_OPENING, '');
  // A speaker is named by a noun phrase: "My own count" or "we" (the writer speaking for himself) name nobody.
  if (FIRST_PERSON.test(segment)) return null;
  // "(according to) what witnesses told local television": the speaker inside the clause.
  const reported = REPORTED_CONTENT.exec(segment);
  if (reported) segment = reported[1] as string;
  segment = segment.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '').trim();
  // "the military's latest tally", "the ministry's figures": the owner of a count is its source.
  segment = segment.replace(OWNED_COUNT, '$1');
  // "Army commandos ended the siege in an operation the military (said lasted ...)": a clause with a verb and its
  // object before the speaker; the speaker is the last noun phrase, opened by its article.
  const clause = /^\S.*\s\p{Ll}+ed\s+(?:the|a|an)\s.*\s(?:the|a|an)\s+(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)$/u.exec(segment);
  if (clause) segment = clause[1] as string;
  // Inside a relative clause the subject follows the pronoun: "which its authorities (believe)", "которых обвинение (считает)".
  segment = segment.replace(/^(?:which|who|whom|that|котор(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми))\s+/iu, '').replace(/^(?:its|their|his|her|our)\s+/i, '').trim();
  // "Chechen security officials who (spoke ...)": the head noun, without its relative clause.
  segment = segment.replace(/\s+(?:who|which|whose)(?:\s.*)?$/i, '').trim();
  // "officials in Tashkent", "experts in Moscow": the place belongs to an unnamed source.
  const located = LOCATED_SOURCE.exec(segment);
  // Cut a trailing time or place ("in February", "in Moscow", "on Monday"), keep "in law enforcement".
  // "Hospital officials at Lady Reading Hospital": a named workplace after "at" stays.
  segment = segment.replace(/\s+(?:on|during|this|last|earlier|since|over)\s.*$|\s+(?:yesterday|today|tonight)$/i, '').replace(/\s+[Aa][Tt]\s+(?!\p{Lu}[\p{L}'’.-]*\s+\p{Lu}).*$/u, '').trim();
  // "a source in the security services": one person's place in an institution stays.
  const institution = /^[Aa]n?\s+[\p{L}-]+\s+in\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:services?|ministry|ministries|committee|agencies|agency|forces|police|government|administration|prosecutor's office|military|army|department|leadership)$/u.test(segment);
  if (!institution) segment = located ? (located[1] as string) : segment.replace(/\s+in\s+(?:\p{Lu}|\d|an?\s|the\s|his\s|her\s|its\s|their\s).*$/u, '').trim();
  // "an officer of the border service", "a source in law enforcement": the article stays with a lone person.
  const lonePerson = /^(?:a|an)\s+[\p{L}-]+\s+(?:of|for|in|at|from|with|close to)\s/iu.test(segment);
  // "a spokesman for the regional health department": a longer description of one person
  // is named by its role, without the article, and may run to nine words.
  const describedPerson = lonePerson && segment.split(/\s+/).length > 6 && ROLE_OPENING.test(segment);
  if (describedPerson) segment = segment.replace(/^(?:a|an)\s+/i, '');
  // "A source in the security services" opening a sentence: the article in lower case.
  else if (lonePerson) segment = segment.replace(/^A(n?\s)/, 'a$1');
  if (!lonePerson) {
    // French articles: "les enquêteurs", "l'enquête".
    // ("plusieurs sources", "de nombreux témoins": French quantifiers too.)
    segment = segment.replace(/^(?:les|le|la|des|du|plusieurs|quelques|certaine?s|de\s+nombreu(?:x|ses)|d['’]autres)\s+|^l['’](?=\p{L})/iu, '');
    segment = segment.replace(/^(?:the|a|an|some|many|several|most|other|various|certain|a number of|a group of)\s+/i, '');
    segment = segment.replace(/^(?:the|a|an|some|many|several|most|other|various|certain)\s+/i, '').trim();
  }
  // "Telegram channels close to the security services": a long plural source by its head.
  if (!lonePerson && segment.split(/\s+/).length > 6) segment = segment.replace(/\s+(?:close to|linked to|affiliated with|loyal to|tied to)\s.*$/i, '');
  // "officials familiar with the case": what they know is not part of who they are.
  if (!lonePerson) segment = segment.replace(/\s+(?:familiar with|briefed on|aware of|with (?:direct )?knowledge of)\s.*$/i, '');
  // "sources sécuritaires présentes sur le terrain", "des sources proches du dossier": where they stand, not who they are.
  if (!lonePerson) segment = segment.replace(/\s+(?:présent(?:e|s|es)?\s+sur\s+(?:le\s+terrain|place)|sur\s+place|proches?\s+(?:du|de\s+la|de\s+l['’]|des)\s.*)$/iu, '');
  if (!segment || segment.split(/\s+/).length > (describedPerson ? 8 : 6)) return null;
  // A fragment with a number is not a source: "200 in cash that investigators".
  if (/\d/.test(segment)) return null;
  // Not a noun phrase: "according to an", "Judging from various", "in a statement", "among voluntary recruits (who said)".
  if (/^(?:according|judging|speaking|citing|based|referring|in|on|at|from|by|with|to|for|of|after|before|during|as|than|if|when|while|among|amongst|between|without|within|despite|into|upon|against)\b/i.test(segment)) return null;
  // ... nor one in French, German or Russian: "dans le sud-ouest de la Russie", "nach Angaben", "в Москве".
  if (/^(?:dans|sur|sous|près|chez|entre|depuis|pendant|avec|pour|par|vers|selon|en|au|aux|lors|bei|nach|seit|mit|aus|von|zu|unter|über|vor|während|auf|im|am|zum|zur|в|во|на|по|из|у|для|при|после|около|с)(?![\p{L}])/iu.test(segment)) return null;
  // A Russian conjunction left alone, not a subject: "..., как (уточнили в Росгвардии)", "..., что (сообщили)".
  if (/^(?:как|что|где|когда|если|чтобы|хотя|и|но|а)$/iu.test(segment)) return null;
  // A place phrase, not a source: "south of Mosul", "north-west of the capital", "near Tikrit".
  if (/^(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+of|(?:just\s+)?(?:near|outside|inside|around|across|along|beyond|west|east|north|south)\b)/i.test(segment)) return null;
  if (/\b(?:of|to|from|by|with|the|a|an|and|or|that)$/i.test(segment)) return null;
  // A clause, not a noun phrase: "the number of those who have returned".
  if (/\b(?:is|are|was|were|has|have|had|will|would|did|does)\b/i.test(segment)) return null;
  // "Footage posted last week showed 40 men": a picture shows, it claims nothing.
  if (/^(?:[\p{L}-]+\s+)?(?:videos?|footage|photos?|photographs?|images?|pictures?|clips?|recordings?|video clips?)(?:$|\s+(?!(?:by|from)\s)\p{Ll})/u.test(segment.charAt(0).toLowerCase() + segment.slice(1))) return null;
  // "The national police service NPS said": the body, without its acronym after it.
  segment = segment.replace(/^((?:\p{Ll}[\p{Ll}-]+\s+){1,4}\p{Ll}[\p{Ll}-]+)\s+\p{Lu}{2,5}$/u, '$1');
  if (GENERIC_SOURCES.test(segment)) segment = segment.charAt(0).toLowerCase() + segment.slice(1);
  return segment;
}

/** A segment that is only connectives or sentence adverbs: "however", "in turn", "for their part", "too". */
const CONNECTIVE_ONLY =
  /^(?:(?:however|meanwhile|moreover|furthermore|nevertheless|nonetheless|though|too|also|instead|therefore|thus|still|yet|then|now|in turn|in contrast|by contrast|in addition|in fact|for (?:its|their|his|her) part|on the other hand|at the same time|for example|for instance|in particular|notably|similarly|likewise|separately|meanwhile|however)\s*)+$/i;
/** A participle phrase opening a segment: "submitted to the Council", "published by the ministry", "based in Kabul". */
const PARTICIPLE_OPENING = /^(?:\p{Ll}+ed|given|written|taken|made|sent|shown|known|seen|held|led|run|built|set up|drawn up|based)\s+(?:to|by|in|on|at|for|from|with|into|under|over|last|this|earlier)\b/u;
/** A clause of what someone said: "what witnesses told local television" -> "witnesses". */
const REPORTED_CONTENT = /^(?:what|whatever)\s+((?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+)\s+(?:told|said|say|says|wrote|reported|claimed|claim|claims|believe|believes|believed)\b/iu;

/** A participle phrase of manner between commas: "speaking on condition of anonymity", "citing police sources". */
const GERUND_PHRASE = /^(?:speaking|citing|quoting|referring|commenting|responding|writing|talking|according)\b/i;

/** The writer speaking for themselves: "My own count", "our analysis", "I", "we". */
const FIRST_PERSON = /^(?:[Mm]y|[Oo]ur|I|[Ww]e|me|us)(?![\p{L}'’.])/u;

/** An indefinite role noun opening a description of one person: "a spokesman for ...", "an official of ...". */
const ROLE_OPENING = new RegExp(`^(?:a|an)\\s+(?:${ROLE_HEADS}|employee|member|worker|staffer|aide)\\s`, 'i');

/** Separators of a subject span's segments: punctuation, but not a comma inside a number. */
const SEGMENT_BREAK = /(?<!\d),|,(?!\d)|[;:“”"()]/;

/** An unnamed plural source with its place: "officials in Tashkent", "Uzbek security officials in Bishkek", "sources in Naryn region". */
const LOCATED_SOURCE = new RegExp(
  `^((?:[\\p{L}-]+\\s+){0,2}(?:${['government', 'officials', 'experts', 'analysts', 'sources', 'diplomats', 'observers', 'specialists', 'researchers', 'activists', 'residents', 'investigators', 'prosecutors', 'authorities', 'police', 'officers', 'lawmakers', 'deputies', 'witnesses']
    .map((head) => `[${head.charAt(0)}${head.charAt(0).toUpperCase()}]${head.slice(1)}`)
    .join('|')})\\s+in\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?(?:\\s+(?:region|province|district|oblast|county|valley|city|state))?)(?![\\p{L}])`,
  'u',
);

/**
 * The text after "according to": the source and its appositive, up to the clause end.
 * @param scope The sentence scope.
 * @param from Offset just past "according to".
 * @returns The claimant, or null.
 */
function resolveAccordingTo(scope: SentenceScope, from: number): { claimant: string; isEntity: boolean } | null {
  const rest = scope.sentence.slice(from);
  const clauseEnd = from + clauseStopIn(rest);
  const segmentEnds: number[] = [];
  for (const m of scope.sentence.slice(from, clauseEnd).matchAll(/,/g)) segmentEnds.push(from + m.index);
  segmentEnds.push(clauseEnd);
  // "according to the investigation had been collected": the source ends before the clause's verb.
  const verbAfter = /\s(?:had|has|have|was|were|is|are|will|would|could|might|may)\s/.exec(scope.sentence.slice(from, segmentEnds[0] ?? clauseEnd));
  // "according to a police report seen by journalists": the document's readers are no source.
  const readBy = READ_BY.exec(scope.sentence.slice(from, verbAfter ? from + verbAfter.index : segmentEnds[0] ?? clauseEnd));
  const firstEnd = readBy ? from + readBy.index : verbAfter ? from + verbAfter.index : segmentEnds[0] ?? clauseEnd;
  const secondEnd = verbAfter ? firstEnd : segmentEnds[1] ?? firstEnd;
  const firstSegment = scope.sentence.slice(from, firstEnd);
  // "according to a director of X, Ivan Petrov, ...": the name in the appositive.
  const personInFirstTwo = scope.mentions.find((m) => m.start >= from && m.end <= secondEnd && m.entity.type === 'person');
  const firstIsIndefiniteRole = /^\s*(?:a|an|one)\s/i.test(firstSegment) || scope.mentions.some((m) => m.start >= from && m.end <= firstEnd && m.entity.type === 'person');
  // "as noted by the head of the department, Ivan Petrov, ...": the name in apposition to the role.
  const appositiveName = personInFirstTwo !== undefined && personInFirstTwo.start > firstEnd
    && scope.sentence.slice(firstEnd + 1, secondEnd).trim() === scope.sentence.slice(personInFirstTwo.start, personInFirstTwo.end)
    && new RegExp(`\\b(?:${ROLE_HEADS})\\b`, 'i').test(firstSegment);
  if (personInFirstTwo && (firstIsIndefiniteRole || appositiveName || personInFirstTwo.end <= firstEnd)) {
    return { claimant: personInFirstTwo.entity.id, isEntity: true };
  }
  // "According to him, ...": the person last speaking or described.
  const pronoun = /^\s*(him|her|lui|elle)\s*$/iu.exec(firstSegment);
  if (pronoun) {
    const resolved = resolvePersonReference(englishPronoun(pronoun[1] as string), scope.position + from, scope.discourse);
    return resolved ? { claimant: resolved.id, isEntity: true } : null;
  }
  // "a report published by the agency": the publisher, not a body named in the report's title.
  const publisher = PUBLISHED_BY.exec(firstSegment);
  // "according to an estimate by the Kyrgyz Interior Ministry": the agent after "by/from/of".
  // "according to figures the Example Ministry gave to Parliament": the giver of the figures, not their recipient.
  const giver = publisher === null ? DATA_GIVEN_BY.exec(firstSegment) : null;
  const agent = publisher ?? (giver === null && DATA_BEFORE_AGENT.test(firstSegment) ? DATA_AGENT.exec(firstSegment) : null);
  if (agent === null && giver !== null) {
    const giverStart = from + giver.index + giver[0].indexOf(giver[1] as string);
    return resolveSubject(scope, giverStart, giverStart + (giver[1] as string).length, 'first');
  }
  const target = agent ? from + (agent.index ?? 0) + agent[0].length - (agent[1] as string).length : from;
  return resolveSubject(scope, target, firstEnd, 'first');
}

/**
 * Data or a document opening an "according to" phrase, whose source follows ("an estimate by the
 * ministry", "tallies by aid groups", "les décomptes des organisations humanitaires").
 */
const DATA_BEFORE_AGENT = /^\s*(?:an?|the|les?|la|l['’])?\s*(?:[\p{L}\p{N}_-]+\s+)?(?:estimates?|data|figures?|information|statistics|reports?|assessment|counts?|tally|tallies|tolls?|calculations?|sources?|d[ée]comptes?|chiffres|donn[ée]es|estimations?|statistiques|bilans?|rapports?|calculs)(?![\p{L}])/iu;

/** The source after such data: "by/from/of X", French "de/du/des/de la/d' X". */
const DATA_AGENT = /(?:(?<![\p{L}])(?:by|from|of)\s+|\s(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]))(.+)$/iu;

/** A document's readers after it: " seen by", " obtained by", " reviewed by" (the reader is no source). */
const READ_BY = /\s+(?:seen|obtained|reviewed|examined|read)\s+by\s/i;

/**
 * Data and the body that gave them inside an "according to" phrase: "figures
 * the Example Ministry gave to Parliament", "data that the agency provided to
 * reporters" (the group is the giver, up to its verb).
 */
const DATA_GIVEN_BY =
  /^\s*(?:an?|the)?\s*(?:\w+\s+)?(?:estimates?|data|figures?|information|statistics|numbers?)\s+(?:that\s+|which\s+)?((?:the\s+)?\p{Lu}.{1,80}?)\s+(?:had\s+|has\s+|have\s+)?(?:gave|given|provided|released|published|presented|submitted|shared|sent|supplied|compiled|issued|disclosed|reported)(?![\p{L}])/u;

/** A title or short form whose period ends no clause: "Mr.", "Gen.", "Dept."; an initial; a dotted acronym ("U.S."). */
const ABBREVIATION_BEFORE_DOT = /(?:^|[^\p{L}.])(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Sr|Jr|Amb|Adm|No|Nos|Inc|Co|Corp|Ltd|Dept|vs|approx)|\p{Lu}|(?:\p{L}\.)+\p{L})$/u;

/** Russian documents as sources, by stem, with the English noun `documentReference` knows. */
const RU_DOCUMENT_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['доклад', 'report'], ['отчет', 'report'], ['отчёт', 'report'], ['исследован', 'study'], ['сообщени', 'statement'],
  ['заявлени', 'statement'], ['документ', 'document'], ['релиз', 'statement'], ['публикаци', 'publication'],
];

/** A Russian impersonal verb of a document: "говорится в докладе", "в докладе приводятся (цифры)", "в отчете отмечается". */
const RU_DOCUMENT_SOURCE =
  /(?:говорится|отмечается|сообщается|указывается|подчеркивается|подчёркивается|приводятся|приводится|утверждается)\s+в\s+(?:\p{L}+(?:ом|ем|ой|ей|ых|их)\s+){0,2}(доклад\p{L}*|отч[её]т\p{L}*|исследовани\p{L}*|сообщени\p{L}*|заявлени\p{L}*|документ\p{L}*|релиз\p{L}*|публикаци\p{L}*)|(?<![\p{L}])в\s+(доклад\p{L}*|отч[её]т\p{L}*|исследовани\p{L}*)[^.,;:]{0,40}?\s(?:говорится|отмечается|сообщается|указывается|подчеркивается|подчёркивается|приводятся|приводится|утверждается)(?![\p{L}])/giu;

/**
 * The frames of a belief credited by a passive to its holder after the figure
 * ("around 3,000 Tunisians believed by officials to have joined", "500 fighters
 * thought by analysts to be there"): the holder is the source of what comes before.
 * @param scope The sentence and its mentions.
 * @returns The frames.
 */
function passiveBeliefFrames(scope: SentenceScope): Frame[] {
  const frames: Frame[] = [];
  for (const m of scope.sentence.matchAll(PASSIVE_BELIEF)) {
    const agentStart = m.index + m[0].indexOf(m[1] as string);
    const resolved = resolveSubject(scope, agentStart, agentStart + (m[1] as string).length, 'first');
    if (resolved) frames.push({ attribution: { ...resolved, kind: 'according' }, coverStart: 0, coverEnd: m.index, quote: quoteIndexAt(scope, m.index), anchor: m.index });
  }
  return frames;
}

/** A belief's holder in a passive: "believed by officials to have", "estimated by the UN to be". */
const PASSIVE_BELIEF = /\b(?:believed|thought|estimated|understood|reported|known|feared|suspected)\s+by\s+((?:the\s+)?[^,.;:]{2,60}?)\s+to\s+(?:have|be|number|total)\b/gu;

/**
 * The attribution frames of the other languages' source phrases: "по данным ГКНБ",
 * "menurut BNPT" (the source after the phrase, read as after "according to"), and
 * "Emniyet verilerine göre", "Aslan'a göre" (the source before the postposition).
 * @param scope The sentence and its mentions.
 * @returns The frames, covering the whole sentence.
 */
function vocabularyFrames(scope: SentenceScope): Frame[] {
  const { sentence } = scope;
  const frames: Frame[] = [];
  VOCABULARY_ACCORDING_TO.lastIndex = 0;
  for (let m = VOCABULARY_ACCORDING_TO.exec(sentence); m !== null; m = VOCABULARY_ACCORDING_TO.exec(sentence)) {
    const found = resolveAccordingTo(scope, m.index + m[0].length);
    // "по словам министра": the person described before by that title ("министр внутренних дел Сулейман Сойлу");
    // "по данным агентства": the body named before.
    // ("по данным суда": a body's noun is no title; a court, the police, which refer back to no body named, are named
    // in the nominative, "суд".)
    const bodyNoun = found !== null && !found.isEntity ? russianBodyNoun(found.claimant) : undefined;
    const back = found !== null && !found.isEntity
      ? (bodyNoun === undefined ? russianTitleHolder(found.claimant, scope.position + m.index, scope.discourse) : null)
        ?? russianBodyInCase(found.claimant, scope.position + m.index, scope.discourse)
        ?? (bodyNoun === undefined || bodyNoun[2] ? null : { claimant: bodyNoun[1], isEntity: false })
      : null;
    const resolved = back ?? found;
    if (resolved) frames.push({ attribution: { ...resolved, kind: 'according' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, m.index), anchor: m.index });
  }
  // "По его словам, ...", "по её оценке": the person last speaking or described, as "according to him".
  if (/по\s+(?:его|её|ее)\s/iu.test(sentence)) {
    for (const m of sentence.matchAll(POSSESSIVE_ACCORDING_TO)) {
      const spoken = possessiveSpeaker((m[1] as string).toLowerCase() === 'его' ? 'him' : 'her', scope.position + m.index, scope.discourse);
      // ("по ее данным" after a body and a man named before it: the body's data.)
      const person = spoken?.isEntity === true ? scope.index.entities.find((entity) => entity.id === spoken.claimant) : undefined;
      const body = person !== undefined && clashesInRussianGender(m[1] as string, person) ? recentBody(scope.position + m.index, scope.discourse) : null;
      const resolved = body ? { claimant: body.id, isEntity: true } : spoken;
      if (resolved) frames.push({ attribution: { ...resolved, kind: 'according' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, m.index), anchor: m.index });
    }
  }
  // "..., говорится в докладе, ...", "В докладе приводятся такие цифры: ...": the report's publisher (or the report).
  if (/[\u0400-\u04ff]/u.test(sentence)) {
    for (const m of sentence.matchAll(RU_DOCUMENT_SOURCE)) {
      const written = (m[1] ?? m[2] ?? '').toLowerCase();
      const noun = RU_DOCUMENT_NOUNS.find(([stem]) => written.startsWith(stem))?.[1];
      if (noun === undefined) continue;
      // "в ежегодном докладе Миссии ООН ...": the document's owner right after it.
      const nounEnd = m.index + m[0].length;
      const owner = m[1] === undefined ? undefined : scope.mentions.find((mention) => mention.start >= nounEnd && /^\s+$/u.test(sentence.slice(nounEnd, mention.start)));
      const resolved = owner ? { claimant: owner.entity.id, isEntity: true } : documentReference(`the ${noun}`, scope.position + m.index, scope.discourse);
      const attribution = resolved?.isEntity ? resolved : { claimant: written, isEntity: false };
      frames.push({ attribution: { ...attribution, kind: 'according' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, m.index), anchor: m.index });
    }
  }
  VOCABULARY_SOURCE_BEFORE.lastIndex = 0;
  for (let m = VOCABULARY_SOURCE_BEFORE.exec(sentence); m !== null; m = VOCABULARY_SOURCE_BEFORE.exec(sentence)) {
    // Only a named source right before the postposition, its case suffix aside ("Soylu'ya göre");
    // "Emniyet kaynaklarından edinilen bilgiye göre" (information from police sources) names none.
    const source = scope.mentions.filter((mention) => mention.end <= m!.index && /^(?:['’]\p{Ll}+)?\s*$/u.test(sentence.slice(mention.end, m!.index))).at(-1);
    if (source) frames.push({ attribution: { claimant: source.entity.id, isEntity: true, kind: 'according' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, m.index), anchor: m.index });
  }
  return frames;
}

/**
 * The person a Russian title in an oblique case refers back to: the one
 * described by it before ("министра" after "министр ... Сулейман Сойлу").
 * @param words The source's words ("министра").
 * @param position Position in the article.
 * @param discourse People mentioned so far.
 * @returns The person's claimant, or null.
 */
function russianTitleHolder(words: string, position: number, discourse: Discourse): { claimant: string; isEntity: boolean } | null {
  const word = russianOfficeTitle(words.trim().toLowerCase());
  if (!/^\p{Script=Cyrillic}+$/u.test(word) || word.length < 4) return null;
  const stem = word.slice(0, -1);
  const forms = [word, stem, `${stem}ь`, `${stem}й`, `${stem}а`];
  const described = describedPerson(forms.join(' '), position, discourse);
  if (described?.described === true) return { claimant: described.entity.id, isEntity: true };
  // "Об этом заявил посол ... Абаев. По словам дипломата, ...": a word that may name anyone speaking stands for the
  // last speaker, as "the diplomat" does in English.
  const generic = forms.some((form) => RUSSIAN_SPEAKER_NOUNS.has(form));
  return generic && described !== null && described.entity.id === discourse.lastSpeaker?.entity.id ? { claimant: described.entity.id, isEntity: true } : null;
}

/** Russian nouns, in the nominative, that may name any person who spoke before ("дипломат", "собеседник агентства"). */
const RUSSIAN_SPEAKER_NOUNS: ReadonlySet<string> = new Set(['дипломат', 'эксперт', 'собеседник', 'чиновник', 'политик', 'аналитик', 'посол', 'спикер']);

/** Russian periphrases of an office, in any case, and the title they stand for: "главы государства" is the president. */
const RUSSIAN_OFFICE_PERIPHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^глав[аыеуо]й?\s+государства$/u, 'президент'],
  [/^глав[аыеуо]й?\s+правительства$/u, 'премьер'],
];

/**
 * @param words Lower-case Russian words naming a person by office.
 * @returns The title a periphrasis stands for ("главы государства" -> "президент"), else the words.
 */
function russianOfficeTitle(words: string): string {
  return RUSSIAN_OFFICE_PERIPHRASES.find(([periphrasis]) => periphrasis.test(words))?.[1] ?? words;
}

/**
 * Russian title words left as a claimant ("..., подчеркнул президент", "По словам главы государства") for the
 * person the title described before ("Президент Казахстана Касым-Жомарт Токаев").
 * @param frames A sentence's frames (changed in place).
 * @param scope The sentence.
 */
function resolveRussianTitles(frames: Frame[], scope: SentenceScope): void {
  for (const frame of frames) {
    const { attribution } = frame;
    if (attribution.isEntity || !/^[\p{Script=Cyrillic}\s]+$/u.test(attribution.claimant)) continue;
    const holder = russianTitleHolder(attribution.claimant, scope.position + frame.anchor, scope.discourse);
    if (holder) frame.attribution = { ...attribution, ...holder };
  }
}

/** Russian "according to him/her" with the possessive before the noun: "по его словам", "по её оценке", "по ее данным". */
const POSSESSIVE_ACCORDING_TO = /(?<![\p{L}])по\s+(его|её|ее)\s+(?:словам|оценке|оценкам|данным|мнению|подсч[её]там|информации|сведениям)(?![\p{L}])/giu;

/**
 * The speech verbs of languages.yaml in a sentence.
 * @param sentence The sentence.
 * @returns Their matches, in text order.
 */
/**
 * The source a sentence names for what the sentence before it said: "Об этом в воскресенье заявил посол Казахстана в
 * России Даурен Абаев" (this was stated by ...), "О чем сообщает РИА Новости". The first person after a speech verb of
 * languages.yaml, else the first body, before the clause ends.
 * @param scope The sentence.
 * @returns The source's entity id, or null when the sentence does not open so or names none.
 */
export function backReferenceSource(scope: SentenceScope): string | null {
  if (!BACK_REFERENCE_OPENING.test(scope.sentence)) return null;
  const verb = vocabularyVerbs(scope.sentence)[0];
  if (verb === undefined) return null;
  const verbEnd = verb.index + verb[0].length;
  const clauseEnd = verbEnd + (/[.;:!?]/u.exec(scope.sentence.slice(verbEnd))?.index ?? scope.sentence.length - verbEnd);
  const after = scope.mentions.filter((mention) => mention.start >= verbEnd && mention.end <= clauseEnd && mention.start - verbEnd <= 90);
  const source = after.find((mention) => mention.entity.type === 'person') ?? after.find((mention) => mention.entity.type === 'organization');
  return source?.entity.id ?? null;
}

/** A Russian sentence opening that points back at the sentence before: "Об этом ...", "О чем ...", "Об этом же ...". */
const BACK_REFERENCE_OPENING = /^(?:Об\s+этом|О\s+ч[её]м)(?![\p{L}])/u;

function vocabularyVerbs(sentence: string): RegExpExecArray[] {
  const verbs: RegExpExecArray[] = [];
  VOCABULARY_SPEECH_VERB.lastIndex = 0;
  for (let m = VOCABULARY_SPEECH_VERB.exec(sentence); m !== null; m = VOCABULARY_SPEECH_VERB.exec(sentence)) verbs.push(m);
  return verbs;
}

/**
 * The subject of a speech verb of languages.yaml that closes its sentence, when the
 * sentence opens with it and a comma, as verb-final languages write: "Emniyet Genel
 * Müdürlüğü, ... açıkladı.", "Adalet Bakanı Ahmet Yılmaz, ... söyledi.", "Savcılık, ...
 * tahmin ediyor." The subject is a named source (titles before it allowed) or a noun
 * of languages.yaml `source_nouns`.
 * @param scope The sentence and its mentions.
 * @param verbs The sentence's speech verbs of languages.yaml (`vocabularyVerbs`).
 * @returns A frame covering the whole sentence, or null.
 */
function openingSubjectFrame(scope: SentenceScope, verbs: readonly RegExpExecArray[]): Frame | null {
  const { sentence } = scope;
  const closing = verbs.at(-1);
  if (closing === undefined || !/^[\s.!?"”»)]*$/u.test(sentence.slice(closing.index + closing[0].length))) return null;
  const anchor = closing.index;
  const first = scope.mentions.filter((mention) => mention.end < anchor).sort((a, b) => a.start - b.start)[0];
  if (first && OPENING_TITLES.test(sentence.slice(0, first.start)) && /^(?:['’]\p{Ll}+)?,\s/u.test(sentence.slice(first.end))) {
    return { attribution: { claimant: first.entity.id, isEntity: true, kind: 'post' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, 0), anchor };
  }
  const noun = /^[\s"“«„]*(\p{Lu}\p{Ll}+),\s/u.exec(sentence);
  if (noun && SOURCE_NOUNS.has((noun[1] ?? '').toLowerCase())) {
    // A bare noun ("Savcılık") speaks for its sentence only: it is not carried on.
    return { attribution: { claimant: noun[1] as string, isEntity: false, kind: 'post' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, 0), anchor, local: true };
  }
  return null;
}

/** Words of other languages never part of a name (languages.yaml `function_words`), lower case. */
const VOCABULARY_FUNCTION_WORDS: ReadonlySet<string> = new Set(languageVocabulary().functionWords);

/**
 * Whether words open with a function word of another language ("Für das Stadtfest").
 * @param words A claimant's words.
 * @returns True when the first word is one.
 */
function opensWithFunctionWord(words: string): boolean {
  const first = /^\p{L}+/u.exec(words)?.[0];
  return first !== undefined && VOCABULARY_FUNCTION_WORDS.has(first.toLowerCase());
}

/**
 * Whether a speech verb as found is one of languages.yaml ("kündigte", "заявил").
 * @param text The verb's text.
 * @returns True for such verbs.
 */
function isVocabularyVerb(text: string): boolean {
  VOCABULARY_SPEECH_VERB.lastIndex = 0;
  const hit = VOCABULARY_SPEECH_VERB.exec(text);
  return hit !== null && hit[0].length === text.length;
}

/**
 * The subject right after a speech verb of languages.yaml, as German and Russian put it
 * after an opening phrase ("Für das Stadtfest kündigte die Polizei Bonn an, rund 800
 * ...", "Об этом сообщило Министерство ..."): a named source right after the verb (an
 * article between), or a source noun of languages.yaml after an article ("kündigte die
 * Polizei an"), when no source stands right before the verb.
 * @param scope The sentence and its mentions.
 * @param verbs The sentence's speech verbs of languages.yaml (`vocabularyVerbs`).
 * @returns Frames covering the sentence from the verb on, anchored at the subject.
 */
function invertedSubjectFrames(scope: SentenceScope, verbs: readonly RegExpExecArray[]): Frame[] {
  const { sentence } = scope;
  const frames: Frame[] = [];
  for (const m of verbs) {
    const verbStart = m.index;
    const at = verbStart + m[0].length + (INVERTED_SUBJECT_LEAD.exec(sentence.slice(verbStart + m[0].length))?.[0].length ?? 0);
    if (scope.mentions.some((mention) => mention.end <= verbStart && /^[\s,]*$/.test(sentence.slice(mention.end, verbStart)))) continue;
    const subject = scope.mentions.find((mention) => mention.start === at);
    // "kündigte die Polizei an": a source noun of languages.yaml as the subject.
    const noun = subject ? undefined : /^\p{Lu}\p{Ll}+(?![\p{L}])/u.exec(sentence.slice(at))?.[0];
    const attribution: Attribution | undefined = subject
      ? { claimant: subject.entity.id, isEntity: true, kind: 'pre' }
      : noun !== undefined && at > verbStart + m[0].length + 1 && SOURCE_NOUNS.has(noun.toLowerCase()) ? { claimant: noun, isEntity: false, kind: 'pre' } : undefined;
    // A bare noun ("die Polizei") speaks for its sentence only: it is not carried on.
    if (attribution) frames.push({ attribution, coverStart: verbStart, coverEnd: sentence.length, quote: quoteIndexAt(scope, verbStart), anchor: at, ...(subject ? {} : { local: true }) });
    // "..., a annoncé le ministère russe de la Défense.": a French source after a closing verb speaks for the clause before it.
    const french = subject ? null : FRENCH_INVERTED_SOURCE.exec(sentence.slice(verbStart + m[0].length));
    if (french && /,\s*$/u.test(sentence.slice(0, verbStart)) && SOURCE_NOUNS.has((french[2] ?? '').toLowerCase())) {
      frames.push({ attribution: { claimant: (french[1] ?? '').trim(), isEntity: false, kind: 'post' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, verbStart), anchor: verbStart });
    }
  }
  return frames;
}

/**
 * What stands between an inverted verb and its subject's name: an article ("kündigte die Polizei an"), a press
 * service, or the kind of body before its name ("сообщило агентство Синьхуа", languages.yaml `organization_introducers`).
 */
const INVERTED_SUBJECT_LEAD = new RegExp(
  `^\\s+(?:(?:die|der|das|den|dem|пресс-служба|пресс-службы|${wordAlternation(languageVocabulary().organizationIntroducers)})\\s+)?`,
  'iu',
);

/**
 * Russian impersonal speech with the body it comes from after "в": "..., сообщили в МВД.", "В ГКНБ заявили, что ...",
 * "рассказали в пресс-службе ведомства" (they said at the ministry: the ministry said). Only a plural verb, so that
 * "сообщил в полицию" (reported to the police) names no source.
 * @param scope The sentence.
 * @param verbs Its speech verbs of languages.yaml.
 * @returns A frame per such verb whose body is a known entity.
 */
function impersonalRussianFrames(scope: SentenceScope, verbs: readonly RegExpExecArray[]): Frame[] {
  const { sentence } = scope;
  const frames: Frame[] = [];
  for (const m of verbs) {
    if (!/ли$/u.test(m[0])) continue;
    const verbEnd = m.index + m[0].length;
    const after = /^\s+во?\s+(?:пресс-службе\s+)?/iu.exec(sentence.slice(verbEnd));
    const next = after === null ? undefined : scope.mentions.find((mention) => mention.start === verbEnd + after[0].length);
    const previous = scope.mentions.find((mention) => /^\s+$/u.test(sentence.slice(mention.end, m.index)) && /(?:^|[\s,«"])во?\s+(?:пресс-службе\s+)?$/iu.test(sentence.slice(Math.max(0, mention.start - 24), mention.start)));
    const body = next ?? previous;
    if (body === undefined) {
      // "Как уточнили в ведомстве, ...": the body named before, by its noun.
      const noun = after === null ? null : /^\p{L}+/u.exec(sentence.slice(verbEnd + after[0].length))?.[0];
      const back = noun === null || noun === undefined ? null : russianBodyInCase(noun, scope.position + m.index, scope.discourse);
      if (back) frames.push({ attribution: { ...back, kind: 'post' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, m.index), anchor: m.index });
      continue;
    }
    frames.push({ attribution: { claimant: body.entity.id, isEntity: true, kind: next ? 'post' : 'pre' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, m.index), anchor: m.index });
  }
  return frames;
}

/** "the highest number ", "the largest toll ever ", "the first such attack ": a superlative's noun phrase, which a participle then qualifies. */
const SUPERLATIVE_NOUN_BEFORE = /\bthe\s+(?:\p{L}+est|most\s+\p{L}+|least\s+\p{L}+|first|only)\s+(?:such\s+)?\p{L}+\s+(?:ever\s+)?$/iu;

/** A French subject after its verb, to the end of the sentence: " le ministère russe de la Défense." (the article left out). */
const FRENCH_INVERTED_SOURCE = /^\s+(?:le|la|les|l['’])\s*(([\p{Ll}-]+)(?:\s+[\p{L}'’-]+){0,6}?)\s*[.!]?\s*$/u;

/** What may stand before a sentence's opening subject: an opening quote and up to three capitalised title words ("İçişleri Bakanı"). */
const OPENING_TITLES = /^[\s"“«„]*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

/** Nouns that name a source when they open a sentence as its subject (languages.yaml `source_nouns`), lower case. */
const SOURCE_NOUNS: ReadonlySet<string> = languageVocabulary().sourceNouns;

/**
 * Where the clause after "according to" ends: the first `;` `:` `.` `!` `?` before a
 * space (a period after "Mr", an initial or "U.S" excepted) or a quotation mark.
 * @param rest The sentence after "according to".
 * @returns The offset of the end in `rest`.
 */
function clauseStopIn(rest: string): number {
  const stops = /[;:.!?](?:\s|$)|[“”"]/g;
  for (let m = stops.exec(rest); m !== null; m = stops.exec(rest)) {
    if (m[0].startsWith('.') && ABBREVIATION_BEFORE_DOT.test(rest.slice(Math.max(0, m.index - 12), m.index))) continue;
    return m.index;
  }
  return rest.length;
}

/** A document's publisher inside an "according to" phrase: "the EU ... Report released by Eurojust". */
const PUBLISHED_BY =
  /\b(?:published|issued|released|compiled|prepared|produced|conducted|commissioned|presented|carried out|drawn up|made public|circulated)\s+(?:\w+ly\s+)?by\s+(.+)$/i;

/**
 * Phrases that name a source the way "according to" does: "as reported by the ministry",
 * "in the words of", "with reference to" (translated reports), "as follows from"; French
 * "selon" and "d'après"; German "laut" and "nach Angaben der/des".
 */
const ACCORDING_TO =
  /(?:^|[,;]\s*)per\s+(?=the\s|[A-Z])|\b(?:according to|selon|d['’]après|laut|nach (?:Angaben|Einschätzung|Informationen) (?:der|des|von)|in the words of|with reference to|as follows from|(?:was|were|is|are|has been|have been|had been)\s+(?:reported|announced|stated|said|told|informed|confirmed|noted|disclosed|revealed)\s+(?:to\s+[\w.-]+\s+)?by|as (?:was\s+)?(?:reported|stated|noted|announced|said|informed|specified|indicated|cited|mentioned|explained|confirmed|estimated|calculated|quoted)\s+(?:by|in))\b/gi;

/**
 * A word every ACCORDING_TO match holds (same case folding): a quick test, since most
 * sentences have none of them.
 */
const ACCORDING_TO_CUE =
  /per|according|selon|après|laut|nach|words of|reference|follows|reported|announced|stated|said|told|informed|confirmed|noted|disclosed|revealed|specified|indicated|cited|mentioned|explained|estimated|calculated|quoted/i;

/** The "according to" phrases of other languages (languages.yaml `according_to`): "по данным", "menurut", "согласно". */
const VOCABULARY_ACCORDING_TO = languageVocabulary().accordingTo;

/** A source before a postposition (languages.yaml `source_postpositions`): "Emniyet verilerine göre", "Aslan'a göre". */
const VOCABULARY_SOURCE_BEFORE = languageVocabulary().sourcePostposition;

/** A quick test for Cyrillic letters or the Latin words of those two (most English sentences fail it). */
const VOCABULARY_CUE = languageVocabulary().attributionCue;

/** At most this many speech verbs are read per sentence (linear time on run-on text). */
const MAX_VERBS_PER_SENTENCE = 12;
/** A subject span is at most this many characters before its verb. */
const MAX_SUBJECT_LENGTH = 300;

/** One attribution frame of a sentence and the sentence offsets it covers. */
export interface Frame {
  attribution: Attribution;
  /** Offsets of the sentence whose figures the frame may attribute. */
  coverStart: number;
  coverEnd: number;
  /** The speech quotation the frame sits in (-1 outside quotes): it covers only figures in the same one. */
  quote: number;
  /** Where the frame's verb (or "according to") is, to pick the nearest frame. */
  anchor: number;
  /** Set when the frame speaks only for a relative clause ("which its authorities believe ..."): it does not carry on. */
  local?: boolean;
}

/** The object right after a weak verb ("identified most of them", "found the bodies"): the verb is narration, not a closing attribution. */
const WEAK_VERB_OBJECT = /^\s+(?:most|some|all|many|several|none|each|the|a|an|his|her|its|their|them|him|these|those)\s/i;

/** "and" (after a comma or not, with an adverb or not) right before a verb: "..., and said", "and later told". */
const COORDINATED_VERB_BEFORE = /(?:^|[\s,])and\s+(?:\p{L}+ly\s+|later\s+|then\s+|also\s+)?$/u;

/**
 * Whether a speech verb closing its sentence has its whole subject between the
 * last comma and itself ("..., the prosecutors said", "..., officials say"): one to
 * four words, no entity among them.
 * @param scope The sentence scope.
 * @param clauseStart Where the verb's clause starts.
 * @param verbStart Where the verb starts.
 * @returns True for such a subject.
 */
function closesWithOwnSubject(scope: SentenceScope, clauseStart: number, verbStart: number): boolean {
  const tail = /,\s*((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})\s*$/u.exec(scope.sentence.slice(clauseStart, verbStart));
  if (tail === null) return false;
  const start = verbStart - tail[0].length;
  return !scope.mentions.some((m) => m.start >= start && m.end <= verbStart);
}

/** Verbs whose subject, when a place, undergoes a count rather than states it: "Iraq recorded 9,929 deaths". */
const PLACE_EVENT_VERB = /^(?:recorded|records|registered|registers|counted|counts|saw|sees)$/i;

/**
 * Whether the subject before a verb is a place: a place mention opens the clause and
 * no body or person is named between it and the verb.
 * @param scope The sentence scope.
 * @param clauseStart Start of the verb's clause.
 * @param verbStart Offset of the verb.
 * @returns True for a place subject.
 */
function isPlaceSubject(scope: SentenceScope, clauseStart: number, verbStart: number): boolean {
  const inClause = scope.mentions.filter((m) => m.start >= clauseStart && m.end <= verbStart);
  const first = inClause[0];
  return first !== undefined && first.entity.type === 'place' && inClause.every((m) => m.entity.type === 'place')
    && /^[\s,]*(?:the\s+)?$/iu.test(scope.sentence.slice(clauseStart, first.start));
}

/**
 * Finds the attribution frames of a sentence. Each speech verb gives a forward frame
 * (its subject before it attributes what follows: "X said (that) ...") and, unless it
 * introduces a complement, a backward frame (the subject just before or after it
 * attributes what precedes: "..., X said", "..., said X").
 * @param scope The sentence scope.
 * @returns The frames.
 */
export function findFrames(scope: SentenceScope): Frame[] {
  const { sentence } = scope;
  const frames: Frame[] = [];
  // A sentence of news prose holds a few speech verbs; a run-on text is cut short.
  let previous: VerbHit | undefined;
  for (const verb of findSpeechVerbs(sentence).slice(0, MAX_VERBS_PER_SENTENCE)) {
    // "The agency said member states had reported 211 attacks": a verb inside what a speaker said is the speaker's account.
    const reported = previous !== undefined && !previous.weak && INNER_COUNT_VERB.test(sentence.slice(verb.start, verb.end)) && INNER_SUBJECT.test(sentence.slice(previous.end, verb.start));
    previous = verb;
    if (reported) continue;
    const quote = quoteIndexAt(scope, verb.start);
    // A subject sits within a few hundred characters of its verb.
    const clauseStart = Math.max(clauseStartBefore(sentence, verb.start, quote, scope), verb.start - MAX_SUBJECT_LENGTH);
    // "Iraq alone recorded 9,929 deaths": a place that recorded (suffered) deaths claims nothing.
    if (PLACE_EVENT_VERB.test(sentence.slice(verb.start, verb.end)) && isPlaceSubject(scope, clauseStart, verb.start)) continue;
    const after = sentence.slice(verb.end);
    // "..., which its authorities believe sent 1,900 people, ...": the verb speaks only for its relative clause.
    const relative = relativeClauseSubject(sentence, clauseStart, verb.start);
    // A verb that closes its sentence ("..., the committee said in a statement.") has its
    // subject just before it (or after it, inverted); it speaks for the words after it too.
    // "X released a video of ..., Abu Y, and said ...": a verb joined by "and" shares the clause's subject; nothing before it is its subject.
    const joined = COORDINATED_VERB_BEFORE.test(sentence.slice(Math.max(0, verb.start - 30), verb.start));
    // "..., and the agency said it had identified most of them": a weak verb with its own object closes nothing.
    const weakWithObject = verb.weak && WEAK_VERB_OBJECT.test(after);
    const backward = relative !== null || joined || weakWithObject || introducesComplement(after) || opensClause(after) ? null : backwardSubject(scope, clauseStart, verb, after);
    // "..., according to the United Nations, whose monitors put ...": the body the staff belong to.
    const whose = backward !== null && !backward.subject.isEntity && /^whose\s/iu.test(backward.subject.claimant) ? relativePronounAntecedent(scope, clauseStart, verb.start) : null;
    const closing = backward !== null && whose !== null ? { ...backward, subject: whose } : backward;
    // "Officials who spoke to the newspaper put the number at ...": the subject ends at its relative clause.
    const subjectEnd = relative === null ? modifyingClauseStart(sentence, clauseStart, verb.start) ?? verb.start : verb.start;
    // "The government has promised an amnesty, and says 111 people ...": the clause's first subject speaks.
    const coordinated = relative === null ? coordinatedSubjectEnd(sentence, clauseStart, verb.start) : null;
    // "..., the prosecutors said.": the words between the last comma and the verb are the subject, not a body named in the report before them.
    const ownSubject = closing !== null && !closing.subject.isEntity && closesWithOwnSubject(scope, clauseStart, verb.start);
    const preferred = (closing !== null && (closing.subject.isEntity || ownSubject) ? closing.subject : null)
      ?? (relative === null ? relativePronounAntecedent(scope, clauseStart, verb.start) : null);
    const resolved = preferred
      ?? resolveSubject(scope, relative ?? clauseStart, coordinated ?? subjectEnd, 'first') ?? closing?.subject ?? null;
    // "A nurse, who asked to be identified only as Yusuf, estimated ...": the name the speaker goes by.
    const found = relative === null && !isPersonEntity(resolved, scope.index) ? namedAsSpeaker(scope, clauseStart, verb.start) ?? resolved : resolved;
    // "Für das Stadtfest kündigte die Polizei an": an opening phrase before a verb of another language is no subject.
    const forward = found && !found.isEntity && opensWithFunctionWord(found.claimant) && isVocabularyVerb(sentence.slice(verb.start, verb.end)) ? null : found;
    if (forward) {
      // "..., a small number for a country of 180 million Muslims.": the writer's comment closing the sentence is not the source's.
      const comment = sentence.includes(', a') ? WRITER_COMMENT.exec(sentence) : null;
      const sentenceEnd = comment && comment.index > verb.end ? comment.index : sentence.length;
      const clauseEnd = relative === null ? sentenceEnd : nextCommaAfter(sentence, verb.end);
      // "Using figures supplied by 33 governments, it estimates ...": the opening phrase is the subject's too.
      const opening = relative === null && SUBJECT_OPENING.test(sentence.slice(clauseStart, verb.start));
      frames.push({
        attribution: { ...forward, kind: verb.weak ? 'weak' : 'pre' },
        coverStart: opening ? clauseStart : verb.end, coverEnd: clauseEnd, quote, anchor: verb.start,
        ...(relative === null ? {} : { local: true }),
      });
    }
    if (closing) {
      frames.push({
        attribution: { ...closing.subject, kind: verb.weak ? 'weak' : 'post' },
        coverStart: clauseStart, coverEnd: closing.coverEnd, quote, anchor: verb.start,
      });
    }
  }
  const accordingTo = ACCORDING_TO_CUE.test(sentence) ? sentence.matchAll(ACCORDING_TO) : [];
  for (const m of accordingTo) {
    const resolved = resolveAccordingTo(scope, m.index + m[0].length);
    if (resolved) {
      // "cash, which according to the investigation had been collected ...": only the relative clause.
      const relative = /(?:^|[\s,])(?:which|who|whom|that)\s*,?\s*$/i.exec(sentence.slice(Math.max(0, m.index - 12), m.index));
      const relativeStart = relative ? Math.max(0, m.index - 12) + relative.index : -1;
      frames.push({
        attribution: { ...resolved, kind: 'according' },
        coverStart: relative ? relativeStart : 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, m.index), anchor: m.index,
        ...(relative ? { local: true } : {}),
      });
    }
  }
  // "A courier, in his account, is paid ...": the person last speaking or described.
  if (/\b(?:in|by)\s+(?:his|her)\s/i.test(sentence)) {
    for (const m of sentence.matchAll(POSSESSIVE_ACCOUNT)) {
      const resolved = possessiveSpeaker((m[1] as string).toLowerCase() === 'his' ? 'him' : 'her', scope.position + m.index, scope.discourse);
      if (resolved) frames.push({ attribution: { ...resolved, kind: 'according' }, coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, m.index), anchor: m.index });
    }
  }
  if (VOCABULARY_CUE.test(sentence)) frames.push(...vocabularyFrames(scope));
  if (/\sby\s/u.test(sentence)) frames.push(...passiveBeliefFrames(scope));
  if (FOREIGN_SPEECH_CUE.test(sentence)) {
    const verbs = vocabularyVerbs(sentence);
    if (verbs.length > 0) {
      const opening = openingSubjectFrame(scope, verbs);
      if (opening) frames.push(opening);
      frames.push(...invertedSubjectFrames(scope, verbs));
      frames.push(...impersonalRussianFrames(scope, verbs));
    }
  }
  const medium = MEDIUM_SOURCE.exec(sentence);
  // "published on the websites of regional courts": an owner's own site, not a rumour mill;
  // "My count of ... found": the writer's own finding.
  if (medium && !/^\s+of\s/i.test(sentence.slice(medium.index + medium[0].length)) && !FIRST_PERSON_OPENING.test(sentence)) {
    const words = (medium[1] as string).replace(/^the\s+/i, '');
    frames.push({
      attribution: { claimant: words, isEntity: false, kind: 'medium' },
      coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, medium.index), anchor: medium.index,
    });
  }
  const body = narrativeSubject(scope);
  if (body) frames.push(body);
  const participle = participleFrame(scope);
  if (participle) frames.push(participle);
  if (RUSSIAN_LETTER.test(sentence)) resolveRussianTitles(frames, scope);
  return frames;
}

const RUSSIAN_LETTER = /\p{Script=Cyrillic}/u;

/**
 * What stands between a speech verb and a verb of the words it reports: a short subject and an auxiliary, no clause
 * break ("said| member states had |reported", "said| the police have |counted").
 */
const INNER_SUBJECT = /^\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}(?:had|have|has|were|was|would|could|are|is)(?:\s+(?:also|already|since|now|been))?\s+$/u;

/** Verbs that report counts inside a speaker's words ("said member states had reported 211 attacks"). */
const INNER_COUNT_VERB = /^(?:reported|recorded|registered|counted|documented|logged|confirmed|estimated)$/i;

/** "In his account", "by her count", "in his words": the speaker's possessive stands for "according to him/her". */
const POSSESSIVE_ACCOUNT = /\b(?:in|by)\s+(his|her)\s+(?:account|words|view|estimate|estimation|reckoning|count|calculations?|assessment|telling)\b/gi;

/**
 * The speaker a possessive pronoun of an attribution phrase stands for ("in his
 * account", "по его словам"): an unnamed described speaker just before, else the
 * person it resolves to.
 * @param pronoun "him" or "her".
 * @param position Position in the article of the phrase.
 * @param discourse The discourse memory.
 * @returns The claimant, or null.
 */
function possessiveSpeaker(pronoun: 'him' | 'her', position: number, discourse: Discourse): { claimant: string; isEntity: boolean } | null {
  const described = describedSpeakerFor(position, discourse);
  if (described) return { claimant: described, isEntity: false };
  const resolved = resolvePersonReference(pronoun, position, discourse);
  return resolved ? { claimant: resolved.id, isEntity: true } : null;
}

/**
 * Whether an attribution is a person entity.
 * @param attribution The attribution, or null.
 * @param index The entity index.
 */
function isPersonEntity(attribution: { claimant: string; isEntity: boolean } | null, index: EntityIndex): boolean {
  return attribution?.isEntity === true && index.entities.find((e) => e.id === attribution.claimant)?.type === 'person';
}

/** The words that give the name an unnamed speaker goes by, right before it: "who gave his name only as", "asked to be identified as". */
const NAMED_AS =
  /\b(?:gave\s+(?:his|her|their)\s+(?:first\s+|real\s+)?names?\s+(?:only\s+)?as|(?:asked|wanted|wished|agreed|preferred)\s+to\s+be\s+(?:identified|named|called|quoted|referred\s+to)\s+(?:only\s+)?(?:by\s+(?:his|her|their|a)\s+(?:[\p{L}-]+\s+){1,3})?(?:as\s+)?|identified\s+(?:himself|herself)\s+(?:only\s+)?as|(?:called|calls|introduced)\s+(?:himself|herself)(?:\s+only)?(?:\s+as)?|(?:known|named|identified)\s+only\s+as|(?:goes|went)\s+by(?:\s+the\s+name)?)\s+$/iu;

/**
 * The person a subject is named as in its own relative clause or appositive ("a Syrian
 * Kurd who gave his name only as Yusuf, said ..."): the speaker, not the description.
 * @param scope The sentence scope.
 * @param clauseStart Start of the verb's clause.
 * @param verbStart Offset of the verb.
 * @returns The person, or null when no such name precedes the verb.
 */
function namedAsSpeaker(scope: SentenceScope, clauseStart: number, verbStart: number): { claimant: string; isEntity: boolean } | null {
  for (const mention of scope.mentions) {
    if (mention.entity.type !== 'person' || mention.start < clauseStart || mention.end > verbStart) continue;
    // The name closes the subject: only a comma (or nothing) between it and the verb.
    if (!/^\s*,?\s*(?:(?:also|later|then|\p{Ll}+ly)\s+)?$/u.test(scope.sentence.slice(mention.end, verbStart))) continue;
    if (NAMED_AS.test(scope.sentence.slice(Math.max(clauseStart, mention.start - 90), mention.start))) return { claimant: mention.entity.id, isEntity: true };
  }
  return null;
}

/** Words that weigh a figure: "a small number", "a tiny share". */
const WEIGHING_WORDS = 'small|tiny|large|huge|modest|significant|sizeable|considerable|negligible|high|low|record|relatively \\w+|very \\w+';

/**
 * A comment weighing a figure, closing a sentence in apposition: ", a small number for a
 * country of ...", ", a tiny share of the total". The writer's words, not the source's
 * (", a figure that includes 12 women" stays the source's breakdown).
 */
const WRITER_COMMENT = new RegExp(
  `,\\s+(?:a|an)\\s+(?:(?:${WEIGHING_WORDS})\\s+)?(?:fraction|share|proportion|percentage)\\s+of\\b[^,;:“”"]*[.!?]?$`
    + `|,\\s+(?:a|an)\\s+(?:${WEIGHING_WORDS})\\s+(?:number|figure|total|tally)\\s+(?:for|in|given|compared|by)\\b[^,;:“”"]*[.!?]?$`,
  'iu',
);

/**
 * Where the subject of a clause ends when a speech verb is the second of two verbs
 * sharing it ("The government has promised an amnesty, and says 111 people ..."):
 * before the clause's first verb. Null when the verb follows no "and"/"but".
 * @param sentence The sentence.
 * @param clauseStart Start of the verb's clause.
 * @param verbStart Offset of the speech verb.
 * @returns Offset where the shared subject ends, or null.
 */
function coordinatedSubjectEnd(sentence: string, clauseStart: number, verbStart: number): number | null {
  const lead = sentence.slice(clauseStart, verbStart);
  // "Five were killed, police said, and added ...": the earlier speech verb's subject already speaks.
  if (!COORDINATING_BEFORE_VERB.test(lead) || findSpeechVerbs(lead).some((verb) => !verb.weak)) return null;
  const first = FIRST_FINITE_VERB.exec(lead);
  return first && first.index > 0 ? clauseStart + first.index : null;
}

/** "..., and", "... but also" right before a verb: a second verb of the same subject. */
const COORDINATING_BEFORE_VERB = /(?:,\s*|\s)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i;
/** The first finite verb of a clause: an auxiliary or a past form ("has promised", "detained"). */
const FIRST_FINITE_VERB = /\s(?:has|have|had|is|are|was|were|will|would|can|could|\p{Ll}{3,}ed)(?![\p{L}])/u;

/** A sentence whose subject is the writer: "My own count of ...", "In our tally, ...", "We found ...". */
const FIRST_PERSON_OPENING = /^(?:[^,]{0,40},\s+)?(?:[Mm]y|[Oo]ur|I|[Ww]e)\s/u;

/** ", saying (that) ...": a speech participle whose subject is the sentence's subject. */
const SPEECH_PARTICIPLE = /,\s+(?:saying|adding|claiming|stating|noting|reporting|announcing|insisting|alleging)\b/i;

/**
 * The frame of a speech participle ("Islamic State claimed the attack, saying its fighters
 * had killed 40 soldiers"): the person or body that opens the sentence (after any opening
 * adverbial) speaks for what follows the participle.
 * @param scope The sentence scope.
 * @returns The frame, or null when there is no participle or no named subject.
 */
function participleFrame(scope: SentenceScope): Frame | null {
  const { sentence } = scope;
  const m = SPEECH_PARTICIPLE.exec(sentence);
  if (!m) return null;
  // The subject opens the sentence, or follows an opening adverbial ("On Friday, the GKNB ...").
  const bare = /^(?:the\s+)?/i.exec(sentence)?.[0].length ?? 0;
  const afterAdverbial = /^(?:[^,]{0,40},\s+)(?:the\s+)?/i.exec(sentence)?.[0].length ?? -1;
  const opening = scope.mentions.find((mention) => (mention.start === bare || mention.start === afterAdverbial) && mention.entity.type !== 'place');
  // "Kremlin spokesman Dmitry Orlov dismissed ..., saying": the body's speaker named after it speaks.
  const speaker = opening?.entity.type === 'organization' ? spokespersonAfter(scope, opening) : undefined;
  const subject = speaker ?? opening;
  if (!subject || subject.end > m.index) return null;
  return {
    attribution: { claimant: subject.entity.id, isEntity: true, kind: 'pre' },
    coverStart: m.index + m[0].length, coverEnd: sentence.length, quote: quoteIndexAt(scope, m.index), anchor: m.index + 2,
  };
}

/** Role words between a body and the name of its speaker: "spokesman", "deputy spokeswoman", "'s chief negotiator". */
const ROLE_BETWEEN = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${ROLE_HEADS})\\s+$`, 'u');

/**
 * The person a body's role word names right after the body: "Kremlin spokesman
 * Dmitry Orlov", "the ministry's press secretary Anna Ivanova".
 * @param scope The sentence scope.
 * @param body The body's mention.
 * @returns The person's mention, or undefined.
 */
function spokespersonAfter(scope: SentenceScope, body: EntityMention): EntityMention | undefined {
  const person = scope.mentions.find((mention) => mention.start > body.end && mention.entity.type === 'person');
  if (!person || person.start - body.end > 60) return undefined;
  return ROLE_BETWEEN.test(scope.sentence.slice(body.end, person.start)) ? person : undefined;
}

/** An opening phrase whose agent is the sentence's subject: "Using figures from ...,", "Citing police data,". */
const SUBJECT_OPENING =
  /^\s*(?:using|citing|quoting|drawing on|relying on|based on|basing \w+ on|analysing|analyzing|comparing|summing up|in (?:its|their|his|her) (?:report|statement|study|survey|review|assessment))\b[^,;]*,/i;

/**
 * The start of a speech verb's subject when the verb sits in a relative clause whose
 * subject directly precedes it ("cash that investigators believe was collected",
 * "Tajikistan, which its authorities believe sent ..."): the offset of the subject
 * after the relative pronoun, else null. A "that" after a speech verb ("said that
 * officials believe") is a complementiser, not a relative pronoun.
 * @param sentence The sentence.
 * @param clauseStart Start of the verb's clause.
 * @param verbStart Offset of the verb.
 * @returns Offset of the subject in the sentence, or null.
 */
function relativeClauseSubject(sentence: string, clauseStart: number, verbStart: number): number | null {
  const lead = sentence.slice(clauseStart, verbStart);
  // (Also "..., where doctors said several remained in critical condition": the doctors speak only for their clause.)
  const m = /(?:^|[\s,])(which|who|whom|that|where)\s+((?:[\p{L}'’.-]+\s+){1,4})$/iu.exec(lead);
  if (!m) return null;
  // "officials who spoke to the paper (put)": the pronoun is the clause's subject; the verb is the main one.
  if (RELATIVE_VERB.test(((m[2] as string).split(/\s+/)[0] ?? '').toLowerCase())) return null;
  if ((m[1] as string).toLowerCase() === 'that') {
    const lastWord = /([\p{L}'’]+)\s*$/u.exec(lead.slice(0, m.index))?.[1] ?? '';
    if (!lastWord || COMPLEMENT_TAKERS.test(lastWord) || findSpeechVerbs(lastWord).length > 0) return null;
  }
  return clauseStart + lead.length - (m[2] as string).length;
}

/** Verbs that open a relative clause whose subject is the pronoun: "officials who spoke to ...", "a group that monitors". */
const RELATIVE_VERB =
  /^(?:\p{Ll}+ed|spoke|spoken|told|said|says|went|came|took|gave|left|fled|fought|ran|runs|heads|leads|works|lives|oversees|monitors|tracks|follows|represents|follow|monitor|track|study|studies|watch|watches|cover|covers|research|researches|investigate|investigates|specialise|specialize|specialises|specializes|work|live|lead|run|know|knows|is|are|was|were|has|have|had|will|would|can|could|may|might|declined|asked|requested|insisted|spoke)$/u;

/**
 * Where a relative clause modifying a verb's subject starts ("Officials who spoke to the
 * newspaper put ..." -> before "who"): the subject is the noun phrase before it. Null
 * when there is none, or when the relative clause has a subject of its own ("which its
 * authorities believe").
 * @param sentence The sentence.
 * @param clauseStart Start of the verb's clause.
 * @param verbStart Offset of the verb.
 * @returns Offset where the subject's words end, or null.
 */
function modifyingClauseStart(sentence: string, clauseStart: number, verbStart: number): number | null {
  const lead = sentence.slice(clauseStart, verbStart);
  const m = /(\s*,?\s+)(?:who|which|that)\s+(?:also\s+|had\s+|have\s+|has\s+)?([\p{L}]+)/iu.exec(lead);
  if (!m || m.index === 0 || !RELATIVE_VERB.test((m[2] as string).toLowerCase())) return null;
  // The noun before the pronoun must be a noun phrase, not a speech verb ("said that officials ...").
  if (findSpeechVerbs(lead.slice(0, m.index)).length > 0) return null;
  return clauseStart + m.index;
}

/**
 * The entity a relative pronoun right before a speech verb stands for: "... had driven
 * for Uber, which said ..." -> Uber, the name that ends at the comma before "which".
 * @param scope The sentence scope.
 * @param clauseStart Start of the verb's clause.
 * @param verbStart Offset of the verb.
 * @returns The entity's attribution, or null when no name ends there.
 */
function relativePronounAntecedent(scope: SentenceScope, clauseStart: number, verbStart: number): { claimant: string; isEntity: boolean } | null {
  const lead = scope.sentence.slice(clauseStart, verbStart);
  // ("the United Nations, whose monitors put ...": the body's own staff speak for it.)
  const m = /,\s*(?:which|who|whose\s+(?:monitors|experts|investigators|officials|analysts|researchers|staff|figures|data|estimates?|count|tally|records|statistics))\s+(?:(?:has|have|had|also|later|previously)\s+)*$/iu.exec(lead);
  if (!m) return null;
  const comma = clauseStart + m.index;
  const antecedent = scope.mentions.find((mention) => mention.end === comma);
  return antecedent ? { claimant: antecedent.entity.id, isEntity: true } : null;
}

/** Words after which "that" opens a complement clause, not a relative one. */
const COMPLEMENT_TAKERS =
  /^(?:so|such|now|and|but|or|think|thinks|thought|know|knows|knew|hope|hopes|fear|fears|feared|mean|means|meant|clear|sure|likely|possible|unlikely|fact|news|ensure|ensured|show|showed|shown|suggest|indicate|found|find|finds|learned|learnt|heard|alleging|saying|adding|claiming|noting|warning|arguing|stating)$/i;

/**
 * The offset of the next comma after an offset (commas inside numbers skipped), or the sentence end.
 * @param sentence The sentence.
 * @param from Offset to search from.
 */
function nextCommaAfter(sentence: string, from: number): number {
  const m = /(?<!\d),|,(?!\d)|[;:]/.exec(sentence.slice(from));
  return m ? from + m.index : sentence.length;
}

/**
 * Whether a speech verb is followed by a figure or by a long stretch before any
 * punctuation ("counts 40,000 foreigners", "says the flow of new recruits had almost
 * dried up by late 2015"): a clause of its own, so the verb does not close a sentence
 * ("..., the ministry said on Tuesday.") and attributes nothing before it.
 * @param after The sentence after the verb.
 */
function opensClause(after: string): boolean {
  // A figure right after the verb is its object: "counts more than 40,000 foreigners".
  if (/^\s*(?:(?:more|fewer|less) than|about|around|some|nearly|almost|over|up to|at least|roughly|approximately|as many as|an estimated)?\s*[$€£]?\d/i.test(after)) return true;
  // ... in words too: "faisaient état de six assaillants", "counted twelve".
  const first = findQuantities(after.slice(0, 60))[0];
  if (first !== undefined && /^\s*(?:[\p{L}'’-]+\s+){0,2}$/u.test(after.slice(0, first.start))) return true;
  const stretch = /^(?:[^,;.!?“”"«»()]|(?<=\d)[,.](?=\d))*/.exec(after)?.[0] ?? '';
  // "said on Tuesday at a meeting of the National Security Council": an adjunct of time and place, no clause.
  if (ADJUNCT_OPENING.test(stretch) && !FINITE_VERB.test(stretch)) return false;
  return stretch.trim().split(/\s+/).length > 9;
}

/** A preposition or time word opening an adjunct after a speech verb: "on Tuesday", "at a briefing", "in a statement". */
const ADJUNCT_OPENING = /^\s*(?:on|at|in|during|after|before|to|from|with|via|while|when|late|early|last|this|yesterday|today|earlier|later)\b/i;
/** A finite auxiliary: the stretch holds a clause of its own ("in May the group had ..."). */
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\b/i;

/**
 * Whether the text after a speech verb introduces what was said ("that ...", French "que ...", ": ...",
 * a quotation, or a clause with a figure), so the verb does not attribute what precedes it.
 * @param after The sentence after the verb.
 */
function introducesComplement(after: string): boolean {
  // French "que", "qu'il ...".
  return /^\s*(?:that\b|que\b|qu['’]|:|,?\s*[“"«])/i.test(after)
    || /^\s+(?:[\p{L}.'’/-]+\s+){0,6}?(?:that|:)(?:\s|$)/iu.test(after)
    // "said it had identified ...", "said they were ...": a complement clause without "that".
    || /^\s+(?:it|they|he|she|we)\s+(?:had|has|have|was|were|is|are|would|will|could|\p{Ll}+ed)(?![\p{L}])/u.test(after);
}

/**
 * The subject of a speech verb that closes its sentence ("..., the expert said",
 * "..., Ivan Petrov, said on April 21", "..., said Petrov").
 * @param scope The sentence scope.
 * @param clauseStart Start of the verb's clause.
 * @param verb The verb.
 * @param after The sentence after the verb.
 * @returns The subject and the end of the text it attributes, or null.
 */
function backwardSubject(
  scope: SentenceScope,
  clauseStart: number,
  verb: VerbHit,
  after: string,
): { subject: { claimant: string; isEntity: boolean }; coverEnd: number } | null {
  const { sentence } = scope;
  // "..., a-t-il précisé": a French subject pronoun inside the inverted verb.
  const pronoun = FRENCH_INVERTED_PRONOUN.exec(sentence.slice(verb.start, verb.end));
  if (pronoun) {
    const position = scope.position + verb.start + pronoun.index;
    const described = describedSpeakerFor(position, scope.discourse);
    const resolved = described ? { claimant: described, isEntity: false } : resolvePersonReference(pronoun[1]?.toLowerCase() === 'elle' ? 'she' : 'he', position, scope.discourse);
    if (resolved) return { subject: 'claimant' in resolved ? resolved : { claimant: resolved.id, isEntity: true }, coverEnd: verb.start };
  }
  // Comma-separated segments before the verb, nearest last.
  const segmentStarts: number[] = [clauseStart];
  for (let i = clauseStart; i < verb.start; i++) {
    // A comma inside a number ("$3,200") does not separate segments.
    if (sentence.charAt(i) === ',' && !(/\d/.test(sentence.charAt(i - 1)) && /\d/.test(sentence.charAt(i + 1)))) segmentStarts.push(i + 1);
  }
  const nonEmpty = segmentStarts.filter((start, k) => {
    const end = k + 1 < segmentStarts.length ? (segmentStarts[k + 1] as number) - 1 : verb.start;
    return sentence.slice(start, end).trim().length > 0;
  });
  const last = nonEmpty[nonEmpty.length - 1];
  const secondLast = nonEmpty[nonEmpty.length - 2];
  // "Reza Ghafoori, spokesman for the governor, said X had ...": a name opening the clause, then its appositive between
  // commas, is the subject; the name after the verb is the reported clause's.
  const opening = scope.mentions.find((m) => (m.entity.type === 'person' || m.entity.type === 'organization') && m.start >= clauseStart
    && /^[\s“"]*$/u.test(sentence.slice(clauseStart, m.start)) && /^\s*,[^,;]{1,120},\s*$/u.test(sentence.slice(m.end, verb.start)));
  if (opening) return { subject: { claimant: opening.entity.id, isEntity: true }, coverEnd: clauseStart };
  // '... operation "Safe Return", said Ivan Petrov, deputy head ...': a verb right after a comma has its subject after it.
  if (/,\s*$/.test(sentence.slice(clauseStart, verb.start))) {
    const inverted = invertedSubject(scope, verb, after);
    if (inverted) return { subject: inverted, coverEnd: verb.start };
  }
  if (last !== undefined && last > clauseStart) {
    const subject = resolveSubject(scope, last, verb.start, 'last');
    // "..., Ivan Petrov, spokesman for the Border Service, told ...": the person, not the body in the appositive.
    if (subject?.isEntity && secondLast !== undefined && secondLast > clauseStart && ROLE_APPOSITIVE.test(sentence.slice(last, verb.start))) {
      const named = scope.mentions.find((m) => m.entity.type === 'person' && m.start >= secondLast && m.end <= last
        && /^\s*,?\s*$/.test(sentence.slice(m.end, last)));
      if (named && scope.index.entities.find((e) => e.id === subject.claimant)?.type !== 'person') {
        return { subject: { claimant: named.entity.id, isEntity: true }, coverEnd: secondLast };
      }
    }
    if (subject?.isEntity) return { subject, coverEnd: last };
    // "Ivan Petrov, the deputy prime minister, said": the name one segment back.
    if (secondLast !== undefined && secondLast > clauseStart) {
      const wider = resolveSubject(scope, secondLast, verb.start, 'last');
      const hasPerson = scope.mentions.some((m) => m.start >= secondLast && m.end <= last && m.entity.type === 'person');
      if (wider?.isEntity && hasPerson) return { subject: wider, coverEnd: secondLast };
    }
    if (subject) return { subject, coverEnd: last };
  }
  // Inverted: "..., said Ivan Petrov."
  const precededByComma = /[,”"]\s*$/.test(sentence.slice(clauseStart, verb.start)) || sentence.slice(clauseStart, verb.start).trim() === '';
  if (precededByComma) {
    const tailEnd = invertedTailEnd(after);
    const subject = resolveSubject(scope, verb.end, verb.end + tailEnd, 'first');
    if (subject) return { subject, coverEnd: verb.start };
  }
  return null;
}

/**
 * The subject after a verb that follows a comma ("..., said Ivan Petrov, deputy chairman of
 * ...", "..., said the office's regional representative, Jane Roe."): a person or body named
 * up to the next punctuation, else a person named right after a role ending there.
 * @param scope The sentence scope.
 * @param verb The verb.
 * @param after The sentence after the verb.
 * @returns The subject, or null when none is named (the caller then looks before the verb).
 */
function invertedSubject(scope: SentenceScope, verb: VerbHit, after: string): { claimant: string; isEntity: boolean } | null {
  // "a annoncé ce mardi le chef du gouvernement, X": a French day before the subject is no part of it.
  const lead = FRENCH_DAY_ADJUNCT.exec(after)?.[0].length ?? 0;
  const tailEnd = lead + invertedTailEnd(after.slice(lead));
  // "..., said on Tuesday": an adjunct, no subject after the verb.
  if (ADJUNCT_OPENING.test(after.slice(lead, tailEnd))) return null;
  // "the office's regional representative, Jane Roe": the name in apposition to the role.
  if (ROLE_APPOSITIVE.test(after.slice(lead, tailEnd)) && after.charAt(tailEnd) === ',') {
    const nameStart = verb.end + tailEnd + 1;
    const named = scope.mentions.find((m) => m.entity.type === 'person' && m.start >= nameStart && /^\s*$/.test(scope.sentence.slice(nameStart, m.start)));
    if (named && /^\s*(?:[,;.!?]|$)/.test(scope.sentence.slice(named.end))) return { claimant: named.entity.id, isEntity: true };
  }
  const subject = resolveSubject(scope, verb.end + lead, verb.end + tailEnd, 'first');
  return subject?.isEntity ? subject : null;
}

/** The subject pronoun of a French verb written after it: "a-t-il", "a-t-elle" ("ont-ils" has no "-t-": its subject is read before the verb). */
const FRENCH_INVERTED_PRONOUN = /-t-(il|elle)(?![\p{L}])/iu;

/** A French day as an adjunct right after a verb: " ce mardi", " lundi soir", " hier", " dimanche matin". */
const FRENCH_DAY_ADJUNCT = /^\s+(?:(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin|après-midi|apres-midi))?|hier(?:\s+soir)?|aujourd['’]hui)(?=\s)/iu;

/**
 * Where an inverted subject's words end: the first comma, semicolon or stop, not the
 * stop of an abbreviated title ("a précisé M. Essid", "said Lt. Col. Jane Roe").
 * @param after The sentence after the verb.
 * @returns The offset in `after`.
 */
function invertedTailEnd(after: string): number {
  for (const m of after.matchAll(/[,;.!?]/gu)) {
    if (m[0] === '.' && /(?:^|\s)(?:\p{Lu}|Mme|Mlle|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|Brig|Cpl|Insp|Supt)$/u.test(after.slice(0, m.index)) && /^\s+\p{Lu}/u.test(after.slice(m.index + 1))) continue;
    return m.index;
  }
  return after.length;
}

/** An appositive that gives a person's role: "spokesman for the Border Service", "the deputy head of ...". */
const ROLE_APPOSITIVE = new RegExp(`^\\s*(?:(?:the|a|an|its|their|le|la|l['’])\\s*)?(?:[\\p{L}'’.-]+\\s+){0,3}?(?:${ROLE_HEADS})\\b`, 'iu');

/**
 * The start of the clause that holds a verb's subject: the sentence start, or just
 * after a semicolon or the edge of a speech quotation other than the verb's own.
 * @param sentence The sentence.
 * @param verbStart Offset of the verb.
 * @param quote The verb's quotation index, or -1.
 * @param scope The sentence scope (for quotation membership).
 */
function clauseStartBefore(sentence: string, verbStart: number, quote: number, scope: SentenceScope): number {
  let start = sentence.lastIndexOf(';', verbStart - 1) + 1;
  // "X put it at 200, while the committee had spoken of 300": the second verb's own clause.
  CONTRASTING_CLAUSE.lastIndex = 0;
  for (let m = CONTRASTING_CLAUSE.exec(sentence); m !== null && m.index < verbStart; m = CONTRASTING_CLAUSE.exec(sentence)) {
    const after = m.index + m[0].length;
    if (after < verbStart && /\p{L}/u.test(sentence.slice(after, verbStart))) start = Math.max(start, after);
  }
  // "The Front claimed responsibility, and local prosecutors say ...": a clause with its own subject after ", and".
  if (sentence.includes(', and ', start)) {
    COORDINATED_CLAUSE.lastIndex = start;
    for (let m = COORDINATED_CLAUSE.exec(sentence); m !== null && m.index < verbStart; m = COORDINATED_CLAUSE.exec(sentence)) {
      const after = m.index + m[0].length;
      if (OWN_SUBJECT.test(sentence.slice(after, verbStart)) && FINITE_BEFORE_AND.test(sentence.slice(start, m.index))) start = after;
    }
  }
  for (const q of scope.quotes) {
    if (q.index === quote) start = Math.max(start, q.start + 1);
    else if (q.end <= verbStart) start = Math.max(start, q.end);
  }
  return Math.min(start, verbStart);
}

/** ", and" between two clauses (see OWN_SUBJECT and FINITE_BEFORE_AND). */
const COORDINATED_CLAUSE = /,\s+and\s+/g;
/** The subject of a clause after ", and", up to its verb: one to five words, not only adverbs or auxiliaries. */
const OWN_SUBJECT = /^(?!(?:(?:\p{Ll}+ly|later|then|also|again|has|have|had|will|would|now|still)\s+)+$)(?:[\p{L}'’.-]+\s+){1,5}$/u;
/** A finite verb in the clause before ", and" ("claimed responsibility", "lacked about ..."): the clause is complete. */
const FINITE_BEFORE_AND = /\s(?:has|have|had|is|are|was|were|\p{Ll}{3,}ed|according to)\s/u;

/** A comma and a conjunction opening a contrasting clause with its own subject. */
// (French "alors que", "tandis que", "mais", "bien que": "..., alors que les premières annonces faisaient état de six".)
const CONTRASTING_CLAUSE = /,\s+(?:while|whilst|whereas|but|although|though|alors\s+que|tandis\s+que|mais|bien\s+que)\s+/giu;

/**
 * The index of the speech quotation holding a sentence offset, or -1.
 * @param scope The sentence scope.
 * @param offset Offset in the sentence.
 */
export function quoteIndexAt(scope: SentenceScope, offset: number): number {
  for (const q of scope.quotes) {
    if (offset >= q.start && offset < q.end) return q.index;
  }
  return -1;
}

/**
 * The narrative subject of a sentence when it is a document that speaks for its
 * publisher ("The study pays particular attention to ...", "The report lists ...").
 * A body acting as the subject ("The authorities detained 44 people") is narration,
 * not a claim: it gives no frame.
 * @param scope The sentence scope.
 * @returns A frame covering the whole sentence, or null.
 */
function narrativeSubject(scope: SentenceScope): Frame | null {
  const { sentence } = scope;
  // Skip a leading adverbial ("In April, ", "So far, ").
  const lead = /^(?:[^,]{0,40}),\s+/.exec(sentence);
  const candidates = lead ? [0, lead[0].length] : [0];
  for (const offset of candidates) {
    const subject = DOCUMENT_SUBJECT.exec(sentence.slice(offset));
    if (!subject) continue;
    const document = documentReference(subject[1] as string, scope.position + offset, scope.discourse);
    if (!document) continue;
    return {
      attribution: { ...document, kind: 'body' },
      coverStart: 0, coverEnd: sentence.length, quote: quoteIndexAt(scope, offset), anchor: offset,
    };
  }
  return null;
}

/**
 * A definite document opening a sentence, followed by its verb: "The study pays ...", "The report's tables list ...";
 * or a body's own numbers, possibly for a part of them: "Its figures for Central Asia were 500 from ...".
 */
const DOCUMENT_SUBJECT =
  /^((?:the|this|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:report|study|survey|analysis|paper|review|research|document|statement|assessment|census|data|statistics|findings)(?:['’]s(?:\s+[\p{L}-]+){1,2})?|(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:figures|estimates?|numbers|count|tally|breakdown))(?:\s+(?:for|on|of|about|from|in)\s+[^,;]{1,60}?)?\s+(?:also\s+)?(?:has|have|had|is|are|was|were|\p{L}+ed|\p{L}+s)\b/iu;

/** Rank of frame kinds: lower wins when several frames cover a figure. */
const KIND_RANK: Record<Attribution['kind'], number> = { quote: 0, pre: 1, post: 2, according: 3, weak: 4, medium: 5, body: 6, carried: 7 };

/**
 * Chooses the attribution of a figure among a sentence's frames: frames in the same
 * quotation that cover the figure, best kind first, then the nearest.
 * @param frames The sentence's frames.
 * @param figureStart Offset of the figure in the sentence.
 * @param figureQuote The figure's quotation index, or -1.
 * @returns The attribution, or null.
 */
export function chooseFrame(frames: Frame[], figureStart: number, figureQuote: number): Attribution | null {
  let best: Frame | null = null;
  for (const frame of frames) {
    if (frame.quote !== figureQuote) continue;
    if (figureStart < frame.coverStart || figureStart >= frame.coverEnd) continue;
    if (!best) {
      best = frame;
      continue;
    }
    const rank = frameRank(frame) - frameRank(best);
    if (rank < 0 || (rank === 0 && Math.abs(frame.anchor - figureStart) < Math.abs(best.anchor - figureStart))) best = frame;
  }
  return best?.attribution ?? null;
}

/** A document rather than a source: "the report counts", "the data show". */
const DOCUMENT_NOUN = /^(?:report|study|document|data|statistics|survey|figures?|estimates?|analysis|paper|review|research|list|census|database|tally)$/i;

/**
 * The rank of a frame: its kind's rank, except that a document standing as the subject
 * ("The report counts ...") ranks below every source that names someone.
 * @param frame The frame.
 */
function frameRank(frame: Frame): number {
  const { attribution } = frame;
  if (!attribution.isEntity && DOCUMENT_NOUN.test(attribution.claimant)) return KIND_RANK.weak + 0.5;
  return KIND_RANK[attribution.kind];
}

/**
 * Finds who speaks a quotation: an attribution right after it (`," he said`,
 * `" Petrov said.`) or in the same sentence before it (`X said: "...`,
 * `According to X: "...`).
 * @param before The sentence text before the opening mark, as a scope ending there.
 * @param after The sentence text after the closing mark, as a scope starting there.
 * @returns The claimant, or null.
 */
export function quotationSpeaker(before: SentenceScope | null, after: SentenceScope | null): Attribution | null {
  if (after) {
    const m = /^[\s,.;:!?—–-]*/.exec(after.sentence);
    const start = m ? m[0].length : 0;
    const tail = after.sentence.slice(start);
    const verbs = findSpeechVerbs(tail).filter((v) => !v.weak && v.start <= 60);
    const verb = verbs[0];
    if (verb) {
      const subject = verb.start > 0
        ? resolveSubject(after, start, start + verb.start, 'last')
        : resolveSubject(after, start + verb.end, start + verb.end + (/[,;.!?]/.exec(tail.slice(verb.end))?.index ?? tail.length - verb.end), 'first');
      if (subject) return { ...subject, kind: 'quote' };
    }
  }
  if (before) {
    const frames = findFrames(before).filter((f) => f.attribution.kind !== 'body' && f.attribution.kind !== 'medium' && f.quote === -1);
    const last = frames.sort((a, b) => KIND_RANK[a.attribution.kind] - KIND_RANK[b.attribution.kind])[0];
    if (last) return { ...last.attribution, kind: 'quote' };
  }
  return null;
}
