/**
 * What a quantity counts: a short noun phrase built from the words after the
 * number and the rest of its clause ("Kyrgyz citizens who joined the Islamic State
 * in Syria and Iraq", "rockets launched from Afghan territory", "women").
 *
 * Pure word-list heuristics, no tagger: one pass over a few words per figure.
 */
import { languageVocabulary } from './language-vocabulary.ts';
import { isDistanceUnit, type Quantity } from './quantities.ts';

/** Nouns for people: they take "who" in a relative clause. */
const PEOPLE_NOUNS = new Set([
  // French plurals: "trois personnes", "quatre femmes".
  'personnes', 'femmes', 'hommes', 'enfants', 'prévenus', 'accusés', 'membres', 'djihadistes', 'combattants',
  'victimes', 'morts', 'blessés', 'détenus', 'ressortissants', 'mineurs', 'neveux', 'policiers', 'militaires',
  // German: "drei syrische Staatsangehörige", "vier Männer".
  'menschen', 'personen', 'männer', 'frauen', 'kinder', 'staatsangehörige', 'verdächtige', 'anhänger', 'kämpfer',
  'islamisten', 'täter', 'opfer', 'tote', 'verletzte', 'beschuldigte', 'angeklagte',
  'people', 'persons', 'person', 'individuals', 'individual', 'citizens', 'citizen', 'nationals', 'national',
  'residents', 'resident', 'natives', 'native', 'men', 'man', 'women', 'woman', 'children', 'child', 'minors',
  'minor', 'teenagers', 'teenager', 'youths', 'youth', 'boys', 'girls', 'fighters', 'fighter', 'militants',
  'militant', 'jihadists', 'jihadist', 'extremists', 'extremist', 'terrorists', 'terrorist', 'insurgents',
  'insurgent', 'rebels', 'rebel', 'members', 'member', 'supporters', 'supporter', 'followers', 'follower',
  'recruits', 'recruit', 'returnees', 'returnee', 'soldiers', 'soldier', 'troops', 'servicemen', 'serviceman',
  'officers', 'officer', 'policemen', 'policeman', 'guards', 'guard', 'civilians', 'civilian', 'victims',
  'victim', 'casualties', 'dead', 'wounded', 'injured', 'hostages', 'hostage', 'captives', 'captive', 'abductees', 'prisoners', 'prisoner',
  'detainees', 'detainee', 'suspects', 'suspect', 'convicts', 'convict', 'migrants', 'migrant', 'refugees',
  'refugee', 'workers', 'worker', 'students', 'student', 'families', 'family', 'relatives', 'wives', 'widows',
  'orphans', 'volunteers', 'volunteer', 'mercenaries', 'mercenary', 'bodies', 'adults', 'adherents', 'preachers',
  'imams', 'leaders', 'leader', 'commanders', 'commander', 'emirs', 'recruiters', 'recruiter', 'foreigners',
  'foreigner', 'nationals', 'emigrants', 'labourers', 'laborers', 'pilgrims', 'passengers', 'inmates',
  'deportees', 'defendants', 'accomplices', 'mujahideen', 'mujahidins', 'cadets', 'agents', 'spies',
  'sons', 'daughters', 'grandchildren', 'grandsons', 'granddaughters', 'brothers', 'sisters', 'husbands',
  'parents', 'nephews', 'nieces', 'siblings', 'babies', 'infants', 'toddlers', 'girls', 'boys',
  'pupils', 'pupil', 'schoolchildren', 'schoolboys', 'schoolgirls', 'deputies', 'employees', 'employee', 'staffers',
  'associates', 'colleagues', 'co-workers', 'coworkers', 'classmates', 'compatriots', 'acquaintances', 'teachers', 'doctors', 'nurses', 'journalists', 'bloggers', 'activists', 'lawyers',
  'attackers', 'attacker', 'gunmen', 'gunman', 'bombers', 'bomber', 'assailants', 'perpetrators', 'accomplice',
  'tourists', 'worshippers', 'protesters', 'demonstrators', 'policewomen', 'conscripts', 'sympathizers', 'sympathisers',
  'accused', 'co-accused', 'co-defendants', 'judges', 'jurors', 'magistrates', 'worshipers', 'congregants',
  'magistrats', 'juges', 'jurés',
  'contractors', 'contractor', 'mercenaries', 'bodyguards', 'peacekeepers', 'sailors', 'airmen', 'marines',
]);

/** Family nouns: "her two sons" is a count despite the possessive. */
const FAMILY_NOUNS = /^(?:sons|daughters|children|grandchildren|grandsons|granddaughters|brothers|sisters|husbands|wives|parents|nephews|nieces|siblings|relatives|babies)$/;

/** Nouns for things that are counted as claims: groups, attacks, weapons, incidents. */
const THING_NOUNS = new Set([
  'groups', 'group', 'cells', 'cell', 'organizations', 'organisations', 'organization', 'organisation', 'units',
  'battalions', 'brigades', 'factions', 'networks', 'sects', 'movements', 'camps', 'attacks', 'attack',
  'bombings', 'bombing', 'explosions', 'explosion', 'blasts', 'rockets', 'rocket', 'missiles', 'missile',
  'shells', 'bombs', 'bomb', 'drones', 'weapons', 'rifles', 'guns', 'grenades', 'explosives', 'cases', 'case',
  'crimes', 'crime', 'incidents', 'incident', 'raids', 'raid', 'operations', 'operation', 'arrests', 'convictions',
  'deaths', 'killings', 'plots', 'plot', 'websites', 'accounts', 'videos', 'channels', 'mosques', 'madrassas',
  'schools', 'cars', 'vehicles', 'passports', 'documents', 'cartridges', 'rounds', 'ammunition', 'strikes',
  'airstrikes', 'countries', 'states', 'regions', 'villages', 'towns', 'cities', 'provinces', 'districts',
  'criminal', 'investigations', 'trials', 'verdicts', 'sentences', 'warrants', 'applications', 'requests',
  'flights', 'buses', 'tanks', 'kilograms', 'tonnes', 'tons', 'trucks', 'houses', 'homes', 'buildings',
  'courses', 'counts', 'charges', 'checkpoints', 'posts', 'bases', 'prisons', 'camps',
  'addresses', 'properties', 'premises', 'flats', 'apartments', 'locations', 'knives', 'seats', 'hostages',
  'handguns', 'pistols', 'firearms', 'shotguns', 'congregations', 'synagogues', 'churches',
  'helicopters', 'helicopter', 'aircraft', 'boats', 'ships', 'vessels',
  'hotels', 'restaurants', 'shops', 'banks', 'bridges', 'stations', 'embassies', 'temples', 'shrines',
]);

/** Verbs that make a bare small number a claim: "eight have been convicted", "two were killed". */
const CLAIM_VERBS = new Set([
  'killed', 'died', 'dead', 'detained', 'arrested', 'convicted', 'sentenced', 'jailed', 'imprisoned', 'charged',
  'wounded', 'injured', 'returned', 'joined', 'fled', 'left', 'went', 'gone', 'travelled', 'traveled', 'deported',
  'extradited', 'repatriated', 'recruited', 'captured', 'kidnapped', 'abducted', 'executed', 'released', 'freed',
  'identified', 'registered', 'prosecuted', 'eliminated', 'neutralized', 'neutralised', 'liquidated', 'fighting',
  'fought', 'launched', 'fired', 'seized', 'confiscated', 'banned', 'blocked', 'rescued', 'evacuated', 'missing',
  'radicalized', 'radicalised', 'detained', 'shot', 'hanged', 'stabbed', 'exploded', 'destroyed', 'prevented',
  'foiled', 'thwarted', 'carried', 'staged', 'committed', 'fell', 'come', 'came', 'hurt',
  // the wounded in care: "Five remained hospitalized", "12 were treated for burns"
  'hospitalized', 'hospitalised', 'treated', 'admitted', 'displaced', 'trapped', 'surrendered',
]);

/** Common verbs that follow a bare number or a noun: "perhaps 200 remain", "natives return". */
const VERB_WORDS = new Set([
  'remain', 'remained', 'remains', 'stay', 'stayed', 'live', 'lived', 'work', 'worked', 'come', 'came', 'return',
  'returned', 'go', 'went', 'arrive', 'arrived', 'leave', 'serve', 'served', 'hold', 'face', 'faced', 'belong',
  'belonged', 'continue', 'continued', 'operate', 'operated', 'act', 'tried', 'try', 'attempted', 'managed', 'took',
  'take', 'make', 'made', 'hide', 'hid', 'travel', 'fight', 'die', 'join', 'flee', 'move', 'moved', 'reside',
]);

/** Verbs (in any form) that describe what happened to counted people: "people killed" when no noun is written. */
const PEOPLE_VERB_STEMS = /^(stopp|caught|intercept|held|barr|turned back|kill|die|died|dead|detain|arrest|convict|sentenc|jail|imprison|charg|wound|injur|return|join|fle|fled|left|went|gone|travel|deport|extradit|repatriat|recruit|captur|kidnap|abduct|execut|releas|free|identif|regist|prosecut|eliminat|neutrali|liquidat|fight|fought|rescu|evacuat|radicali|shot|hang|stab|miss|remain|stay|live|work|serv|hid|hiding|surrender|defect|escap|perish|suffer)/i;

/** Auxiliaries and copulas. */
const AUXILIARIES = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'been', 'be', 'being', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did']);
const COPULAS = new Set(['are', 'were', 'is', 'was']);
const PERFECT = new Set(['have', 'has', 'had']);
const RELATIVES = new Set(['who', 'that', 'which', 'whom', 'whose']);

/** Words that stop a noun phrase. */
const NP_STOP = new Set([
  'and', 'or', 'but', 'nor', 'as', 'than', 'while', 'whereas', 'although', 'though', 'because', 'if', 'when',
  'where', 'since', 'until', 'after', 'before', 'including', 'such', 'said', 'says', 'say', 'told', 'reportedly',
  'allegedly', 'also', 'now', 'still', 'already', 'currently', 'so', 'this', 'these', 'those', 'it', 'they',
  'last', 'yesterday', 'today', 'overnight', 'every', 'each', 'more', 'less', 'than', 'about', 'around',
  'he', 'she', 'there', 'not', 'never', 'only', 'just', 'then', 'each', 'per', 'every',
  // French verbs and joints that end a counted noun ("suspects ont été interpellés", "frères qui ...").
  'ont', 'sont', 'est', 'était', 'étaient', 'avait', 'avaient', 'seront', 'sera', 'ne', "n'ont", "n'a", "n'est", "n'avaient",
  'qui', 'que', 'dont', 'et', 'ou', 'mais', 'selon',
]);

/** Prepositions a noun phrase may carry on with ("members of the group", "fighters from Kyrgyzstan"). */
const NP_PREPOSITIONS = new Set(['of', 'from', 'in', 'with', 'among', 'inside', 'across', 'on', 'at', 'for', 'to']);

/** Prepositions that cannot open a counted noun phrase ("120 million soms over three years"). */
const LEADING_PREPOSITIONS = new Set([
  'over', 'under', 'into', 'by', 'per', 'during', 'within', 'through', 'against', 'toward', 'towards', 'via', 'from',
  'in', 'of', 'on', 'at', 'for', 'with', 'to', 'among', 'across', 'inside', 'outside', 'near', 'since',
]);

/** Irregular past participles (regular ones end in -ed). */
const IRREGULAR_PARTICIPLES = new Set([
  'gone', 'been', 'done', 'seen', 'taken', 'given', 'held', 'sent', 'brought', 'found', 'put', 'caught', 'shot',
  'hit', 'left', 'fled', 'fought', 'made', 'won', 'lost', 'kept', 'met', 'paid', 'sold', 'told', 'thrown', 'blown',
  'hidden', 'stolen', 'struck', 'written', 'become', 'come', 'run', 'beaten', 'born', 'drawn', 'driven', 'fallen',
  'spent', 'built', 'set',
]);

/** Clause boundaries inside the text after a number. */
const CLAUSE_END =
  /\s(?:between|from|since|in|during|until)\s+(?:19|20)\d{2}\b|[,;:!?()“”"«»]|\.(?:\s|$)|\s[–—-]\s|\s(?:and|but|or|while|whereas|although|though|because|including|such as|as well as|according to|in addition to|which means)\s+(?=[\d$€£]|(?:about|around|some|more|nearly|almost|over|up|at|as|another|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|dozens|hundreds|thousands|many|several|others|most|all|none)\b)|\s(?:while|whereas|although|though|because|including|such as|according to|as they|as he|as she|as it|when|after|before)\s/i;

/** Before-number verbs that say what happened to the counted things: "detained 44 people". */
const VERB_BEFORE =
  /\b(detained|arrested|killed|convicted|sentenced|jailed|charged|deported|extradited|repatriated|recruited|captured|eliminated|neutrali[sz]ed|liquidated|identified|registered|prosecuted|seized|confiscated|launched|fired|blocked|banned|released|freed|rescued|evacuated|wounded|injured|kidnapped|abducted|executed|detains|arrests|allocated|spent|paid|transferred|sent|raised|collected|received|seized|earmarked|budgeted|lost|stole|embezzled)(?:\s+(?:so far|already|recently|also|in total|a total of|an additional|another|only|just|at least|more than|about|around|some|over|nearly|almost|up to|as many as))*\s+$/i;

/** A word with its position in the text after the quantity. */
interface Word {
  text: string;
  lower: string;
}

/** What describeCounted needs to know besides the sentence and the quantity. */
export interface CountedContext {
  /** The head noun phrase of the previous figure of the paragraph, for "of whom 50" and bare verbs. */
  antecedent: string | null;
  /** End offset of the previous quantity in the same sentence, if any. */
  previousEnd?: number;
}

/**
 * Splits a clause into words, keeping hyphenated words and apostrophes.
 * @param clause Text.
 */
function wordsOf(clause: string): Word[] {
  return (clause.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((w) => {
    const text = w.replace(/[.]+$/, '');
    // An acronym keeps its case: "IS" (Islamic State) is not the verb "is".
    const acronym = text.length > 1 && text === text.toUpperCase() && /\p{Lu}/u.test(text);
    return { text, lower: acronym ? text : text.toLowerCase() };
  });
}

/**
 * Whether a word looks like a past participle.
 * @param lower The lower-case word.
 */
function isParticiple(lower: string): boolean {
  return (lower.endsWith('ed') && lower.length > 3) || IRREGULAR_PARTICIPLES.has(lower);
}

/** Simple past forms of irregular verbs of deeds that differ from their participles ("threw", "blew", "drove"). */
const IRREGULAR_PAST_FORMS: ReadonlySet<string> = new Set([
  'threw', 'blew', 'drove', 'took', 'stole', 'ran', 'gave', 'came', 'went', 'broke', 'rode', 'hid', 'led',
]);

/**
 * @param lower A word in lower case.
 * @returns Whether it is a verb in the simple past ("attacked", "threw", "shot").
 */
function isPastTense(lower: string): boolean {
  return isParticiple(lower) || IRREGULAR_PAST_FORMS.has(lower);
}

/**
 * Whether a noun phrase names people (so a relative clause takes "who").
 * @param phrase The noun phrase.
 */
function namesPeople(phrase: string): boolean {
  const words = wordsOf(phrase);
  if (words.length === 0) return false;
  if (words.some((w) => PEOPLE_NOUNS.has(w.lower))) return true;
  // "330 Kyrgyz", "500 Tajiks": a capitalised head is a demonym.
  const head = words[words.length - 1] as Word;
  return /^\p{Lu}/u.test(head.text) && !THING_NOUNS.has(head.lower);
}

/**
 * Whether a word is a countable noun of the claim vocabulary (people or things).
 * @param lower The lower-case word.
 */
export function isCountableNoun(lower: string): boolean {
  return PEOPLE_NOUNS.has(lower) || THING_NOUNS.has(lower) || FOREIGN_COUNTED_NOUNS.has(lower);
}

/** Counted nouns of other languages (languages.yaml `counted_nouns`). */
const FOREIGN_COUNTED_NOUNS: ReadonlySet<string> = languageVocabulary().countedNouns;

/** Verbs of a deed done to people: "killed", "died", "wounded" (for "the nine people he killed"). */
const VICTIM_VERBS = /^(?:killed|died|wounded|injured|murdered|slain|shot)$/;

/** A deed done to people, then "the", right before a count: "shot dead the", "killed the", "arrested all the". */
const DEED_BEFORE_THE = /\b(?:shot dead|shot and killed|killed|gunned down|arrested|detained|captured|executed|beheaded|deported|extradited|repatriated|kidnapped|abducted|freed|released)\s+(?:all\s+)?the\s+$/i;

/** A deed that wins, loses or takes things, then "the", right before a count: "losing the", "seized all the". */
const DEED_ON_THINGS_BEFORE_THE = /\b(?:lost|losing|lose|loses|won|winning|win|wins|destroyed|seized|captured|burned|burnt|torched|confiscated|blew up)\s+(?:all\s+)?the\s+$/i;

/** A count of one kind, then "and" before the next count: "Twelve soldiers and ", "30 police officers and ". */
const COUNT_OF_KIND_AND = /(?:^|\s)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s\s+and\s+$/iu;

/** A noun, "and", a second count and its noun: " women and five men". */
const COUNTED_PARTS = /^\s+(\p{L}+)\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(\p{L}+)/iu;

/**
 * Whether a small number in words ("two", "eight") is a figure: it is followed,
 * within a few words, by a countable noun of the claim vocabulary or by a claim verb
 * ("eight have been convicted", "two Kyrgyz were killed"), and is not the generic
 * "the two countries".
 * @param sentence The sentence.
 * @param quantity The quantity.
 */
export function isCountedClaim(sentence: string, quantity: Quantity): boolean {
  const before = sentence.slice(Math.max(0, quantity.start - 12), quantity.start);
  const words = wordsOf(clauseAfter(sentence, quantity.end)).slice(0, 5);
  const first = words[0];
  if (!first) return false;
  // "her two sons" is a count; "the two countries", "their two leaders" are not.
  const possessive = /\b(?:its|their|our|his|her)\s+$/i.test(before);
  // "all four men detained as the shooters": a count of people something was done to.
  if (/\ball\s+$/i.test(before) && PEOPLE_NOUNS.has(first.lower) && isParticiple(words[1]?.lower ?? '')) return true;
  // "all four attackers were killed", "all three suspects have been arrested": the same, with the verb's auxiliary between.
  if (/\ball\s+$/i.test(before) && PEOPLE_NOUNS.has(first.lower) && /^(?:were|was|are|have|had|has)$/.test(words[1]?.lower ?? '')
    && (isParticiple(words[2]?.lower ?? '') || (words[2]?.lower === 'been' && isParticiple(words[3]?.lower ?? '')))) return true;
  // "the nine people he killed", "the 12 people killed in the blast": the victims of a deed are counted, even after "the".
  if (/\bthe\s+$/i.test(before) && PEOPLE_NOUNS.has(first.lower) && words.slice(1, 5).some((w) => VICTIM_VERBS.test(w.lower))) return true;
  // "The four men charged with the attack", "the two women detained in May": the people a deed was done to.
  if (/\bthe\s+$/i.test(before) && PEOPLE_NOUNS.has(first.lower) && DEED_PARTICIPLES.test(words[1]?.lower ?? '')) return true;
  // "police shot dead the five men in the car", "troops killed the three attackers": the people a deed right before was done to.
  if (/\bthe\s+$/i.test(before) && PEOPLE_NOUNS.has(first.lower) && DEED_BEFORE_THE.test(sentence.slice(Math.max(0, quantity.start - 30), quantity.start))) return true;
  // "losing the two seats it had held", "seized the three trucks": things a deed right before won, lost or took.
  if (/\bthe\s+$/i.test(before) && THING_NOUNS.has(first.lower) && DEED_ON_THINGS_BEFORE_THE.test(sentence.slice(Math.max(0, quantity.start - 30), quantity.start))) return true;
  // "raised the toll to 54, up from the eight deaths it announced": an earlier figure a new one replaces.
  if (/\b(?:up|down)\s+from\s+the\s+$/i.test(sentence.slice(Math.max(0, quantity.start - 16), quantity.start)) && isCountableNoun(first.lower)) return true;
  // "The seven women and five men deliberated": a group counted by its parts, even after "the".
  const parts = /\bthe\s+$/i.test(before) ? COUNTED_PARTS.exec(sentence.slice(quantity.end)) : null;
  if (parts !== null && PEOPLE_NOUNS.has((parts[1] ?? '').toLowerCase()) && PEOPLE_NOUNS.has((parts[2] ?? '').toLowerCase())) return true;
  // "The three gunmen who attacked the mosque", "the two men who threw the grenade": the doers of a deed.
  // (One modifier may stand before the noun: "the two suicide bombers who blew themselves up".)
  const doer = PEOPLE_NOUNS.has(first.lower) ? 0 : PEOPLE_NOUNS.has(words[1]?.lower ?? '') ? 1 : -1;
  if (/\bthe\s+$/i.test(before) && doer >= 0 && words[doer + 1]?.lower === 'who' && isPastTense(words[doer + 2]?.lower ?? '')) return true;
  // "convicted on all eight counts", "found guilty of all 28 charges": the counts of a verdict, all of them.
  if (/\b(?:on|of)\s+all\s+$/i.test(before) && /^(?:counts|charges)$/.test(first.lower)) return true;
  // "all four of the attackers had been killed": a whole counted before "of the" and its noun.
  if (/\ball\s+$/i.test(before) && first.lower === 'of' && words[1]?.lower === 'the' && PEOPLE_NOUNS.has(words[2]?.lower ?? '')) return true;
  // "four of the six accused", "one of the two policemen": the whole a part is counted from, a count of its own.
  if (/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+the\s+$/i.test(sentence.slice(Math.max(0, quantity.start - 24), quantity.start)) && isCountableNoun(first.lower)) return true;
  if (/\b(?:the|these|those|both|its|their|our|his|her|all|each|every|no|any)\s+$/i.test(before) && !(possessive && FAMILY_NOUNS.test(first.lower))) return false;
  // "one member of the group, Asliddin Yusufov, ...": one named person, not a count.
  // (Not the last part of a count by kinds: "Twelve soldiers and one civilian, Jane Roe, were killed".)
  const lastOfParts = quantity.value === 1 && COUNT_OF_KIND_AND.test(sentence.slice(Math.max(0, quantity.start - 40), quantity.start));
  if (quantity.value === 1 && !lastOfParts && /^[^,;.]{0,60},\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(sentence.slice(quantity.end))) return false;
  // "One car burned near the mosque, the other near the market": one of a pair, not a count.
  if (quantity.value === 1 && /\bthe other\b/i.test(sentence.slice(quantity.end))) return false;
  // "One diplomat told the panel ...": one unnamed source speaking, not a count.
  // ("One man from a village near Khujand said ...": the description may run to a few more words.)
  if (quantity.value === 1 && ONE_SOURCE_AFTER.test(sentence.slice(quantity.end, quantity.end + 90))) return false;
  // "three analysts who read Tajik" counts staff; "two officials said" names sources, no count.
  if (STAFF_NOUNS.has(first.lower) || (RANK_WORDS.has(first.lower) && STAFF_NOUNS.has(words[1]?.lower ?? ''))) {
    return !ONE_SOURCE_AFTER.test(sentence.slice(quantity.end, quantity.end + 90)) && !STAFF_AS_SOURCE_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 20), quantity.start))
      && !STAFF_AS_SOURCE_AFTER.test(sentence.slice(quantity.end, quantity.end + 90));
  }
  // "one for each person killed", "two per family": a distribution, not a count.
  if (/^(?:for|per)$/.test(first.lower) && /^(?:each|every|a|an|per)$/.test(words[1]?.lower ?? '')) return false;
  // "Sept d'entre eux ont été capturés": French "of them" before a verb of a deed done or suffered.
  if (/^\s*d['’]\s?entre\s+(?:eux|elles)\s*,?\s+(?:ont|avaient|sont|étaient|auraient|seraient)\s+(?:été\s+)?(?!dit\b|déclaré\b|affirmé\b|expliqué\b|raconté\b)\p{L}+(?:é|ée|és|ées|i|ie|is|ies|t|te|ts|tes|u|ue|us|ues)(?![\p{L}])/iu.test(sentence.slice(quantity.end))) return true;
  // "one of the ..." is an idiom; "two of the suspects", "five of those killed" are counts,
  // and so are "three of them are in custody", "six of the seven were charged".
  if (first.lower === 'of') {
    if (quantity.value === 1) return false;
    // "sentenced three of them to death", "police arrested two of the men": a part of a group that a deed was done to.
    if (/\b(?:sentenced|convicted|jailed|acquitted|arrested|detained|killed|executed|charged|deported|released|freed|extradited|identified)\s+$/i.test(sentence.slice(Math.max(0, quantity.start - 14), quantity.start))) return true;
    if (words.slice(1).some((w) => isCountableNoun(w.lower) || CLAIM_VERBS.has(w.lower))) return true;
    return PARTITIVE_CLAIM.test(clauseAfter(sentence, quantity.end));
  }
  // "two Americans", "three Swedes", "two Irish": a demonym counts people.
  if (/^\p{Lu}\p{Ll}+(?:s|ish|ch|ese|z)$/u.test(first.text) && !/^\p{Lu}/u.test(words[1]?.text ?? '')) return true;
  if (['one', 'another', 'day', 'time', 'way', 'side', 'hand', 'thing', 'point'].includes(first.lower) || NEVER_COUNTED.has(first.lower)) {
    return false;
  }
  if (words.some((w) => isCountableNoun(w.lower) || CLAIM_VERBS.has(w.lower))) return true;
  // "two senior IS figures", "three top commanders": a rank before a plural noun counts people.
  if (RANK_WORDS.has(first.lower) && words.slice(1, 4).some((w) => /^[a-z]{3,}s$/.test(w.lower) && !NEVER_COUNTED.has(w.lower))) return true;
  // "a family of six blew themselves up": the family's members are counted.
  if (/\b(?:a|an|the|one)\s+family\s+of\s+$/i.test(sentence.slice(Math.max(0, quantity.start - 20), quantity.start))) return true;
  // "a group of seven cyclists", "a convoy of 12 lorries": the members of a named group are counted.
  if (GROUP_OF.test(sentence.slice(Math.max(0, quantity.start - 30), quantity.start)) && /^[a-z]{3,}s$/.test(first.lower) && !NEVER_COUNTED.has(first.lower)) return true;
  // Another plural noun counts when an action is reported around it: "sanctioned two financiers".
  const plural = words.slice(0, 3).find((w) => /^[a-z]{3,}[^su]s$/.test(w.lower) && !NEVER_COUNTED.has(w.lower) && !GENERIC_PLURALS.has(w.lower));
  if (!plural || /^[“"«']/.test(sentence.slice(quantity.end).trimStart())) return false;
  // "seized $5,000 in cash, two pistols": an item of a list takes the list's verb.
  const listItem = LIST_AFTER_FIGURE.test(sentence.slice(Math.max(0, quantity.start - 40), quantity.start));
  const nearBefore = wordsOf(sentence.slice(Math.max(0, quantity.start - (listItem ? 60 : 40)), quantity.start)).slice(listItem ? -7 : -3);
  // "Three friends who grew up together in the area were hailed": past a relative clause, its sentence's verb.
  const relative = words.slice(1, 3).some((w) => /^(?:who|whom)$/.test(w.lower));
  const after = relative ? wordsOf(clauseAfter(sentence, quantity.end)).slice(0, 16) : words;
  return [...nearBefore, ...after].some((w) => w.lower !== plural.lower && (isParticiple(w.lower) || CLAIM_VERBS.has(w.lower)));
}

/** A person described in up to seven words, then a speech verb: "One diplomat told", "One man from a village near Khujand said". */
const ONE_SOURCE_AFTER = /^\s+(?:[\p{L}'’-]+\s+){1,7}(?:told|said|says|tells|estimated|estimates|reported|claimed|wrote|added)\b/u;

/** Participles of a deed done to people, after "the N men": "charged", "detained", "convicted". */
const DEED_PARTICIPLES = /^(?:charged|accused|detained|arrested|convicted|sentenced|jailed|killed|wounded|injured|deported|extradited|repatriated|kidnapped|abducted|captured|held|suspected|executed|freed|released)$/;

/** Staff and experts: counted as people ("only three analysts who read Tajik") unless they are speaking. */
const STAFF_NOUNS = new Set([
  'analysts', 'experts', 'officials', 'specialists', 'investigators', 'prosecutors', 'judges', 'diplomats',
  'advisers', 'advisors', 'instructors', 'translators', 'interpreters', 'psychologists',
]);

/** Staff named as a source by the words before them: "according to two officials", "citing three diplomats". */
const STAFF_AS_SOURCE_BEFORE = /\b(?:according\s+to|citing|quoting|told|said|says|by|from)\s+$/i;
/** Staff named as a source by the words after them: "two officials familiar with the case", "who spoke on condition of anonymity". */
const STAFF_AS_SOURCE_AFTER = /^\s+(?:[\p{L}-]+\s+){1,3}(?:familiar\s+with|briefed\s+on|with\s+knowledge|(?:who\s+)?(?:spoke|speaking|talked|talking)\s+(?:on\s+condition|anonymously|to\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}|press|reporters|journalists|media|newspaper|agency))|(?:who\s+)?(?:asked|requested|declined)\s+(?:not\s+)?(?:to\s+be\s+)?(?:named|identified|anonymity))/u;

/** Ranks that open a count of people: "two senior officials", "three top commanders", "four high-ranking figures". */
const RANK_WORDS = new Set([
  'senior', 'junior', 'top', 'high-ranking', 'high-level', 'mid-level', 'low-level', 'leading', 'key', 'prominent',
  'veteran', 'former', 'chief', 'local', 'foreign',
]);

/** "a group of", "a convoy of", "a team of" right before a number: what follows are the group's members. */
const GROUP_OF =
  /\b(?:a|an|the|one|another)\s+(?:(?:small|large|big|second|new|armed|mixed)\s+)?(?:group|team|convoy|party|crowd|cell|band|gang|unit|squad|detachment|delegation|batch|column)\s+of\s+$/i;

/** A figure in digits and a few words, then a comma: the next item of a list ("$5,000 in cash, "). */
const LIST_AFTER_FIGURE = /\d[\d,.]*\s+(?:[a-z]+\s+){0,3}[a-z]+,\s*$/;

/** "of them are in custody", "of the seven were charged", "of them look Uzbek": a part of a group named before, with a verb. */
const PARTITIVE_CLAIM =
  /^\s*of\s+(?:them|those|these|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+))\s+(?:(?:also|still|now|later|reportedly|allegedly)\s+)*(?:are|were|have|has|had|was|is|remain|remained|face|faced|look|looks|seem|seems|appear|appears|come|comes|came|live|lives|work|works|hold|holds|held|belong|belongs|became|become|becomes|went|got|\p{Ll}+ed)\b/u;

/** Plural nouns a small number only enumerates, never counts as a claim: "two sides", "three kinds of". */
const NEVER_COUNTED = new Set([
  'sides', 'branches', 'parts', 'halves', 'hands', 'eyes', 'words', 'languages', 'reasons', 'ways', 'things',
  'times', 'options', 'stages', 'phases', 'rounds', 'sessions', 'points', 'issues', 'questions', 'aspects',
  'factors', 'levels', 'types', 'kinds', 'sorts', 'forms', 'decades', 'generations', 'steps', 'scenarios',
]);

/** Plural nouns that take a small number as a claim only when a claim noun or verb says so. */
const GENERIC_PLURALS = new Set([
  'countries', 'parties', 'states', 'nations', 'meetings', 'groups', 'leaders', 'presidents', 'ministers',
  'governments', 'capitals', 'neighbours', 'neighbors',
]);

/**
 * The text after an offset up to the end of its clause.
 * @param sentence The sentence.
 * @param from Offset just past the quantity.
 */
function clauseAfter(sentence: string, from: number): string {
  const rest = sentence.slice(from);
  // Skip parentheticals ("the Islamic State (IS) militant group") rather than stop at them.
  // A quoted modifier is part of the phrase: 'two "high-profile" members'.
  const flattened = (rest.includes('(') ? rest.replace(/\s*\([^()]*\)/g, (m) => ' '.repeat(m.length)) : rest)
    .replace(/^(\s+)["“«]([\p{L}-]+(?:\s[\p{L}-]+)?)["”»](?=\s+\p{Ll})/u, (m) => ' '.repeat(m.length - m.trimStart().length) + ' ' + m.trimStart().slice(1, -1) + ' ');
  const m = CLAUSE_END.exec(flattened);
  return (m ? flattened.slice(0, m.index) : flattened).replace(/\s+/g, ' ');
}

/**
 * Removes hearsay and adverbs that do not change what is counted:
 * "said to have been killed" -> "killed", "reportedly fighting" -> "fighting".
 * @param words The words of the verb part.
 */
function dropHearsay(words: Word[]): Word[] {
  let i = 0;
  const lowers = words.map((w) => w.lower);
  const text = lowers.join(' ');
  const hearsay = /^(?:(?:are|were|is|was)\s+)?(?:said|believed|thought|reported|estimated|understood|known|alleged)\s+to\s+(?:have\s+been|have|be)\s+/.exec(text);
  if (hearsay) i = hearsay[0].trim().split(/\s+/).length;
  while (i < words.length && /^(?:reportedly|allegedly|now|still|already|also|currently|so far|recently)$/.test(words[i]?.lower ?? '')) i++;
  return words.slice(i);
}

/**
 * Rewrites the verb part after a noun phrase into a relative clause or participle:
 * "have joined IS" -> "who joined IS", "were launched from X" -> "launched from X",
 * "are fighting in Syria" -> "who are fighting in Syria".
 * @param verbWords The words from the first verb on.
 * @param people Whether the head names people.
 * @param hasHead Whether a noun phrase precedes (else the verb part stands alone).
 * @returns The rewritten words, or "" when they do not make a clause.
 */
function verbClause(verbWords: Word[], people: boolean, hasHead: boolean): string {
  const words = dropHearsay(verbWords);
  if (words.length === 0) return '';
  const first = words[0] as Word;
  const second = words[1];
  const third = words[2];
  const relative = people ? 'who' : 'that';
  if (RELATIVES.has(first.lower)) return insertSecondRelative(rewritePerfect(words));
  // Passive: "were launched", "have been convicted", "had been killed".
  if (COPULAS.has(first.lower) && second && isParticiple(second.lower) && second.lower !== 'been') return joinWords(words.slice(1));
  if (PERFECT.has(first.lower) && second?.lower === 'been' && third && isParticiple(third.lower)) return joinWords(words.slice(2));
  // Perfect active: "have joined" -> "joined"; irregular participles keep "had": "had gone".
  if (PERFECT.has(first.lower) && second && isParticiple(second.lower)) {
    const body = second.lower.endsWith('ed') ? joinWords(words.slice(1)) : joinWords(words);
    return hasHead ? `${relative} ${body}` : body;
  }
  // Copula with a noun or adjective: "are women" (standalone: "women"), "are fighting".
  if (COPULAS.has(first.lower)) {
    if (!hasHead) return joinWords(words.slice(1));
    return `${relative} ${joinWords(words)}`;
  }
  if (AUXILIARIES.has(first.lower)) return hasHead ? `${relative} ${joinWords(words)}` : joinWords(words);
  // Past tense after people: "militants tried to cross" -> "who tried to cross".
  if (people && hasHead && isParticiple(first.lower) && second && startsNounOrInfinitive(second)) return `${relative} ${joinWords(words)}`;
  // Gerund or participle directly after the noun: "Kyrgyz fighting with IS", "rockets launched".
  if (first.lower.endsWith('ing') || isParticiple(first.lower)) return joinWords(words);
  // A plain verb after a noun: "militants died in the strike" -> "who died in the strike".
  if (CLAIM_VERBS.has(first.lower) || VERB_WORDS.has(first.lower)) return hasHead ? `${relative} ${joinWords(words)}` : joinWords(words);
  return '';
}

/**
 * The words' text, joined by spaces.
 * @param list Words.
 */
function joinWords(list: Word[]): string {
  return list.map((w) => w.text).join(' ');
}

/**
 * Whether a word after a past form shows an active verb with an object or
 * infinitive ("tried to", "crossed the border"), not a passive participle ("killed in").
 * @param word The next word.
 */
function startsNounOrInfinitive(word: Word): boolean {
  return word.lower === 'to' || /^(?:the|a|an|his|her|their|its|our)$/.test(word.lower);
}

/**
 * Drops "have"/"has" before a regular participle inside a relative clause:
 * "who have joined IS" -> "who joined IS".
 * @param words The clause's words.
 */
function rewritePerfect(words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    if ((word.lower === 'have' || word.lower === 'has') && next && next.lower.endsWith('ed') && next.lower.length > 3) continue;
    out.push(word);
  }
  return out;
}

/**
 * Repeats the relative pronoun before a main-clause copula that follows a relative
 * clause: "who joined IS are women" -> "who joined IS who are women"; joins a passive
 * with "and": "who attacked the mosque were killed" -> "who attacked the mosque and were killed".
 * @param words The clause's words, starting with a relative pronoun.
 */
function insertSecondRelative(words: Word[]): string {
  const first = words[0] as Word;
  for (let i = 2; i < words.length; i++) {
    const word = words[i] as Word;
    if (COPULAS.has(word.lower) && i + 1 < words.length) {
      const before = words.slice(0, i).map((w) => w.text).join(' ');
      const after = words.slice(i).map((w) => w.text).join(' ');
      // "who attacked the mosque were killed" -> "who attacked the mosque and were killed": a passive joins the first clause.
      if (isParticiple(words[i + 1]?.lower ?? '') && words[i + 1]?.lower !== 'been') return `${before} and ${after}`;
      return `${before} ${first.lower === 'which' ? 'that' : first.lower} ${after}`;
    }
  }
  return words.map((w) => w.text).join(' ');
}

/**
 * Whether a word can open a noun after an adjective: not a function word, verb or adverb.
 * @param word The word after a participle, or undefined.
 */
function startsNoun(word: Word | undefined): boolean {
  if (!word) return false;
  const lower = word.lower;
  if (NP_STOP.has(lower) || AUXILIARIES.has(lower) || RELATIVES.has(lower) || NP_PREPOSITIONS.has(lower)) return false;
  if (/^(?:by|into|onto|during|over|under|through|against|near|along|the|a|an|his|her|their|its)$/.test(lower)) return false;
  return !lower.endsWith('ly');
}

/**
 * Splits the words after a number into the noun phrase and what follows it.
 * @param words The clause's words.
 * @returns The index of the first word after the noun phrase.
 */
function nounPhraseEnd(words: Word[]): number {
  let i = 0;
  let sawNoun = false;
  let usedPreposition = false;
  while (i < words.length && i < 9) {
    const word = words[i] as Word;
    if (NP_STOP.has(word.lower) || AUXILIARIES.has(word.lower) || RELATIVES.has(word.lower)) break;
    if (!sawNoun && LEADING_PREPOSITIONS.has(word.lower)) break;
    if (NP_PREPOSITIONS.has(word.lower)) {
      if (!sawNoun || usedPreposition) break;
      // "fighters from more than 100 countries": the next number starts its own figure.
      const next = words[i + 1]?.lower ?? '';
      if (/^(?:\d|more|less|fewer|about|around|some|over|nearly|almost|up|at|as|between)/.test(next)) break;
      // Only a short prepositional phrase: "of the group", "from Kyrgyzstan".
      usedPreposition = true;
      i++;
      continue;
    }
    if (sawNoun && (word.lower.endsWith('ing') || CLAIM_VERBS.has(word.lower) || VERB_WORDS.has(word.lower))) break;
    // After the noun, a participle is a verb unless a noun follows it ("members of the armed group").
    if (sawNoun && isParticiple(word.lower) && !(usedPreposition && startsNoun(words[i + 1]))) break;
    if (!sawNoun && ((CLAIM_VERBS.has(word.lower) || VERB_WORDS.has(word.lower)) && !PEOPLE_NOUNS.has(word.lower) || word.lower.endsWith('ing') && i === 0)) break;
    // "killed in Syria" is a verb; "suspected members", "armed groups" are adjectives.
    if (!sawNoun && isParticiple(word.lower) && i === 0 && !PEOPLE_NOUNS.has(word.lower) && !startsNoun(words[i + 1])) break;
    sawNoun = true;
    i++;
  }
  // A dangling preposition or article is not part of the phrase.
  while (i > 0 && (NP_PREPOSITIONS.has(words[i - 1]?.lower ?? '') || /^(?:the|a|an)$/.test(words[i - 1]?.lower ?? ''))) i--;
  return i;
}

/**
 * Caps a phrase at a word count.
 * @param phrase The phrase.
 * @param maxWords The most words to keep.
 */
function capWords(phrase: string, maxWords: number): string {
  const words = phrase.split(/\s+/).filter((w) => w.length > 0).slice(0, maxWords);
  if (words.length === maxWords) {
    while (words.length > 1 && /^(?:of|in|on|at|to|from|for|with|by|the|a|an|and|or|that|who|which)$/i.test(words[words.length - 1] ?? '')) words.pop();
  }
  return words.join(' ');
}

/**
 * Builds the short noun phrase saying what a quantity counts.
 * @param sentence The sentence holding the quantity.
 * @param quantity The quantity.
 * @param context The antecedent from earlier figures of the sentence.
 * @returns A readable phrase (possibly "" when nothing sensible is found) and its head.
 */
export function describeCounted(sentence: string, quantity: Quantity, context: CountedContext): CountedPhrase {
  // "sentenced to 8 years", "up to seven years in prison": a prison term.
  if (quantity.unit === 'years' || quantity.unit === 'months') return { what: 'prison term', head: '' };
  // "a 20-strong unit", "a 12-member cell": the compound says nothing about what is counted.
  let clause = clauseAfter(sentence, quantity.end).replace(/^-(?:strong|member|man|person|people)\b/i, '');
  const prefix = sentence.slice(0, quantity.start);
  // Partitive "30 of the Kyrgyz nationals ...", "50 of them", "15 percent of recruits".
  let antecedentOnly = false;
  const partitive = /^\s*of\s+(?:(them|whom|those|these|which|it|this)\b(?!\s+(?:who|whom|that|in|from|on|at|with|\w+ed)\b)|(?:the|these|those|its|their|all|our)\s+)?/i.exec(clause);
  // "its labour migrants, about 800,000 of whom work in Russia": the noun just before.
  let localAntecedent: string | null = null;
  if (partitive && partitive[0].trim().length > 0) {
    if (partitive[1]) antecedentOnly = true;
    if (/^(?:whom|which)$/i.test(partitive[1] ?? '')) localAntecedent = nounBeforeComma(prefix);
    clause = clause.slice(partitive[0].length);
  }
  if (!antecedentOnly && /^\s*(?:of|among)\s+(?:them|whom|these|those)\s*,?\s*$/i.test(prefix)) antecedentOnly = true;
  // French "trois d'entre elles": a part of the group named before.
  const frenchPartitive = /^\s*d['’]\s?entre\s+(?:eux|elles)(?!\p{L})/iu.exec(clause);
  if (frenchPartitive) {
    antecedentOnly = true;
    clause = clause.slice(frenchPartitive[0].length);
  }
  // "20 such cells", "287 more were captured": the determiner says nothing about what is counted.
  const words = wordsOf(clause);
  while (!antecedentOnly && words.length > 1 && /^(?:such|more|other|additional|further|extra)$/.test(words[0]?.lower ?? '')) words.shift();
  // "Armenia 20 complete the table": a listed count whose verb is no noun.
  if (!antecedentOnly && context.antecedent && words[0] && !isCountableNoun(words[0].lower) && !/^(?:of|from|in)$/.test(words[0].lower)) {
    const listed = /^\p{Lu}/u.test(words[0].text) ? null : namedListItem(prefix);
    if (listed) return { what: finish(listedWhat(antecedentNoun(context.antecedent), listed)), head: '' };
  }
  const npEnd = antecedentOnly ? 0 : nounPhraseEnd(words);
  let head = words.slice(0, npEnd).map((w) => w.text).join(' ');
  // A number inside a prepositional phrase right after another figure ("25,000 fighters
  // from more than 100 countries") does not own the clause's verb.
  // (The preposition is tested first: counting the words between is the dearer test.)
  const insidePhrase = context.previousEnd !== undefined && /\b(?:from|of|in|across|among|to|by|with)\s+$/i.test(prefix)
    && wordsOf(sentence.slice(context.previousEnd, quantity.start)).length <= 6;
  const verbWords = insidePhrase ? [] : words.slice(npEnd);

  // A distance measures the way to a place ("40 km east of the capital"); only its adjective form has a noun of its own ("the 911-kilometre border").
  if (isDistanceUnit(quantity.unit) && !/\d-\p{L}+$/u.test(quantity.text)) {
    const distance = describeDistance(sentence, quantity);
    return { what: distance, head: distance };
  }
  // A list item: "about 4,000 fighters: 2,000 from Uzbekistan, 500 from Kyrgyzstan".
  if (!head && !antecedentOnly && context.antecedent && /^(?:from|in|of)$/.test(words[0]?.lower ?? '')) {
    const noun = antecedentNoun(context.antecedent);
    const phrase = wordsOf(`${noun} ${clause}`);
    const end = nounPhraseEnd(phrase);
    if (end > 1) head = phrase.slice(0, end).map((w) => w.text).join(' ');
  }
  if (!head) {
    const second = verbWords[1]?.lower ?? '';
    if (COPULAS.has(verbWords[0]?.lower ?? '') && second && !isParticiple(second) && !second.endsWith('ing')) {
      // "of whom 50 were women" -> "women"; "600 are children" -> "children".
      const complement = finish(verbWords.slice(1).map((w) => w.text).join(' '));
      return { what: complement, head: complement };
    }
    const bare = verbClause(verbWords, true, false);
    if (localAntecedent) head = localAntecedent;
    else if (context.antecedent && antecedentOnly) head = context.antecedent;
    else if (bare && PEOPLE_VERB_STEMS.test(bare)) head = 'people';
    else if (context.antecedent && bare) head = context.antecedent;
  }
  const people = head ? namesPeople(head) : true;
  const rest = verbClause(verbWords, people, head.length > 0);

  const verbBefore = VERB_BEFORE.exec(prefix)?.[1]?.toLowerCase();
  if (!head && !rest && quantity.unit !== undefined && quantity.unit !== 'percent') {
    const money = describeMoney(sentence, quantity, verbBefore);
    return { what: money, head: money };
  }
  let what = [head, rest].filter((p) => p.length > 0).join(' ');
  if (verbBefore && head && !MONEY_VERBS.has(verbBefore)) what = `${verbBefore} ${what}`;
  if (!what && context.antecedent) {
    // A list of counts: "Georgia 600, Turkmenistan 360", "1,500 of them and Tajikistan for some 1,300".
    const listed = listItemName(sentence, quantity, context.previousEnd);
    if (listed !== null) return { what: finish(listedWhat(antecedentNoun(context.antecedent), listed)), head: '' };
  }
  if (!what) {
    // Words before the number describe it, but are no antecedent for a later "of them".
    const fallback = fallbackFromPrefix(sentence, quantity);
    if (fallback) return { what: finish(fallback), head: '' };
  }
  // "put the figure lower, at 4,000": the thing counted before.
  if (!what && context.antecedent) what = antecedentNoun(context.antecedent);
  return { what: finish(what), head: head || finish(what) };
}

/**
 * The noun phrase a relative "of whom"/"of which" points back to: the words just
 * before the comma that precedes the number ("its labour migrants, about 800,000 of
 * whom" -> "labour migrants").
 * @param prefix The sentence before the quantity.
 * @returns The noun phrase, or null.
 */
function nounBeforeComma(prefix: string): string | null {
  const m = /((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s*,\s*$/u.exec(prefix);
  if (!m) return null;
  const words = (m[1] as string).split(/\s+/);
  let start = 0;
  words.forEach((w, i) => {
    if (/^(?:the|its|their|his|her|our|a|an|of|among|to|from|for|with|in|on|by|and|or|these|those|some|all|many)$/i.test(w)) start = i + 1;
  });
  const phrase = words.slice(start).join(' ');
  return phrase && !AUXILIARIES.has(phrase.toLowerCase()) ? phrase : null;
}

/**
 * The description of a listed count: "recruits from Georgia"; a demonym names the
 * people themselves ("Syrians"); no name leaves the noun ("recruits").
 * @param noun The noun of the list's total.
 * @param name The name the count is listed under, or "".
 */
function listedWhat(noun: string, name: string): string {
  if (!name) return noun;
  return /(?:ans|is|ese|ish|ks|hs|ch|z|tes|des)$/.test(name) ? name : `${noun} from ${name}`;
}

/**
 * The name a number is listed under when it directly follows one at a list position:
 * "Georgia 600", "..., Turkmenistan 360", "and Tajikistan for 1,300".
 * @param prefix The sentence before the quantity.
 * @returns The name, or null.
 */
function namedListItem(prefix: string): string | null {
  const name = /(?:^|[,;:]\s*|\band\s+)(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?)\s+(?:(?:for|with)\s+)?$/u.exec(prefix)?.[1] ?? null;
  return name && !CAPITALISED_FUNCTION_WORD.test(name) ? name : null;
}

/** Words that open a sentence capitalised but name nothing: "Only 1 in 10", "About 400". */
const CAPITALISED_FUNCTION_WORD =
  /^(?:only|just|about|around|some|nearly|almost|over|under|more|less|fewer|at|in|on|of|and|but|or|the|a|an|another|all|each|every|roughly|approximately|perhaps|maybe|up|to|by|for|with|from|since|after|before|between|among|including|exactly|those|these|its|their|his|her|our|another|while|whereas|although|still|also|then|now|today|yesterday|so|as|than|least|most|total|overall|officially|reportedly)\b/i;

/**
 * Whether a number with nothing counted after it is an item of a list of counts, and
 * the name it is listed under: "Georgia 600," -> "Georgia"; "1,500 of them and
 * Tajikistan for some 1,300" -> "Tajikistan"; "3,244 and 2,926" -> "" (no name).
 * @param sentence The sentence.
 * @param quantity The quantity.
 * @param previousEnd End of the previous quantity in the sentence, if any.
 * @returns The name ("" when none), or null when the number is no list item.
 */
function listItemName(sentence: string, quantity: Quantity, previousEnd: number | undefined): string | null {
  const name = namedListItem(sentence.slice(0, quantity.start));
  if (name) return name;
  if (previousEnd === undefined) return null;
  const between = sentence.slice(previousEnd, quantity.start);
  if (between.trim().split(/\s+/).length > 6 || /[.;:]/.test(between)) return null;
  return /\b(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?)\s+(?:(?:for|with)\s+)?$/u.exec(between)?.[1] ?? '';
}

/** What a quantity counts. */
export interface CountedPhrase {
  /** The full description: "Kyrgyz citizens who joined the Islamic State in Syria". */
  what: string;
  /** Its head noun phrase ("Kyrgyz citizens"), the antecedent of a later "of them". */
  head: string;
}

/**
 * The bare noun of an antecedent phrase: "fighters from Central Asia" -> "fighters".
 * @param antecedent A head phrase from an earlier figure.
 */
function antecedentNoun(antecedent: string): string {
  const words = wordsOf(antecedent);
  const cut = words.findIndex((w, i) => i > 0 && (NP_PREPOSITIONS.has(w.lower) || RELATIVES.has(w.lower)));
  return words.slice(0, cut < 0 ? words.length : cut).map((w) => w.text).join(' ');
}

/** Verbs of spending and collecting money: they describe an amount, not a count. */
const MONEY_VERBS = new Set(['allocated', 'spent', 'paid', 'transferred', 'sent', 'raised', 'collected', 'received', 'earmarked', 'budgeted', 'lost', 'stole', 'embezzled']);

/** Trailing time words that date a figure rather than describe it. */
const TRAILING_TIME =
  /\s+(?:(?:earlier|later)\s+)?(?:this|last|next|past)\s+(?:year|month|week)$|\s+(?:overnight|yesterday|today|recently|so far|every year|each year|a year|annually)$|\s+(?:in|on|since|by|as of)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)$/;

/**
 * Final touches of a description: no trailing time phrase, at most 14 words.
 * @param what The raw description.
 */
function finish(what: string): string {
  let out = capWords(cutAtNumber(what), 14);
  for (let i = 0; i < 2; i++) out = out.replace(TRAILING_TIME, '');
  return out.trim();
}

/**
 * Cuts a description before another figure's number ("defendants received terms of
 * between 10" -> "defendants received terms"); years stay ("who left in 2014").
 * @param what The description.
 * @returns The description up to the number, or unchanged when nothing would be left.
 */
function cutAtNumber(what: string): string {
  for (const m of what.matchAll(/[$€£]?\d[\d,.]*/g)) {
    if (/^(?:19|20)\d{2}$/.test(m[0])) continue;
    const cut = what.slice(0, m.index)
      .replace(/(?:\s+(?:between|from|of|to|at|by|about|around|some|nearly|over|up|more|less|fewer|than|the|a|an|and|or|plus))+\s*$/i, '')
      .trim();
    return cut || what;
  }
  return what;
}

/**
 * Describes an amount of money with nothing counted after it: the noun it measures
 * ("fines of up to 2 million tenge" -> "fines"), else "money" with its verb and purpose
 * ("allocated 500 million tenge for X" -> "money allocated for X").
 * @param sentence The sentence.
 * @param quantity The amount.
 * @param verbBefore A spending verb just before it, if any.
 */
function describeMoney(sentence: string, quantity: Quantity, verbBefore: string | undefined): string {
  const prefix = sentence.slice(0, quantity.start);
  const measured = /\b([a-z][a-z-]+)\s+of\s+$/i.exec(prefix)?.[1];
  if (measured && !/^(?:total|sum|amount|tune|one|some|all|most|part|each|any|none)$/i.test(measured)) return measured;
  // "the programme will cost 120 million soms" -> "cost of the programme".
  const cost = /\b(?:the|a|an|its|their|this)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)\s+(?:will\s+|would\s+|could\s+|is\s+expected\s+to\s+|is\s+to\s+)?(?:cost|costs|costed)\s+$/iu.exec(prefix);
  if (cost) return `cost of the ${cost[1] as string}`;
  let after = clauseAfter(sentence, quantity.end).trim();
  after = after.replace(/^(?:since|in|by|until|last|this)\s+\S+\s*/i, '').trim();
  const purpose = /^(?:for|to|in|on|from)\b/i.test(after) ? ` ${capWords(after, 8)}` : '';
  return finish(`money${verbBefore ? ` ${verbBefore}` : ''}${purpose}`);
}

/**
 * Describes a distance with no noun after it by the words that follow its unit:
 * "lies about 20 km from the city centre" -> "distance from the city centre".
 * @param sentence The sentence.
 * @param quantity The distance.
 */
function describeDistance(sentence: string, quantity: Quantity): string {
  const after = clauseAfter(sentence, quantity.end).trim();
  return finish(after ? `distance ${capWords(after, 8)}` : 'distance');
}

/**
 * When nothing follows the number ("rose by 20 percent"), describes the figure by the
 * words before it in its clause.
 * @param sentence The sentence.
 * @param quantity The quantity.
 */
function fallbackFromPrefix(sentence: string, quantity: Quantity): string {
  const prefix = sentence.slice(0, quantity.start);
  // The clause before the number: after the last punctuation (not a comma inside a number) or earlier number.
  const breaks = [...prefix.matchAll(/(?<!\d),|,(?!\d)|[;:“"]|\d(?:[\d,.]*\d)?/g)];
  const last = breaks[breaks.length - 1];
  const clause = (last ? prefix.slice(last.index + last[0].length) : prefix).trim();
  // "The attackers, whom he described as ..., had numbered about 25" -> "attackers".
  if (/^(?:had\s+|has\s+|have\s+)?(?:numbered|totall?ed|amounted to|stood at|reached)(?:\s+\w+)?$/i.test(clause)) {
    const subject = /^(?:the|their|its|his|her)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s*(?:,|\s(?:had|has|have|numbered|totall?ed))/iu.exec(sentence);
    if (subject) return subject[1] as string;
  }
  // "The number of X fell by 40 percent" -> "fall in X"; "the number of X exceeded 3,000" -> "X".
  const change = /\bnumber of\s+(.+?)\s+(?:has\s+|had\s+|have\s+)?(rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined|jumped|surged)(?:\s+by)?\s*$/i.exec(clause);
  if (change) {
    const noun: Record<string, string> = { rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', increased: 'increase', decreased: 'decrease', grew: 'growth', grown: 'growth', dropped: 'drop', declined: 'decline', jumped: 'jump', surged: 'surge' };
    return `${noun[(change[2] as string).toLowerCase()] ?? 'change'} in the number of ${change[1]}`;
  }
  // "The death toll from the bombing rose to 14" -> "death toll from the bombing".
  const toll = /\b((?:death\s+)?toll|tally|total)\b(.*?)\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|stood|stands|increased|grew|jumped|hit)(?:\s+(?:to|at))?\s*$/i.exec(clause);
  if (toll) return `${toll[1] as string}${toll[2] as string}`.trim();
  // "put the death toll at 46", "put the death toll much higher, at around 70".
  const putToll = /\bput\s+(?:the|its|their)\s+((?:death\s+)?toll|total|tally)\b[^.;:]{0,40}?\bat\s*$/i.exec(prefix);
  if (putToll) return putToll[1] as string;
  // "the real number is closer to 1,000": the number itself.
  const number = /\b((?:real|actual|true|total|overall|official|final)\s+(?:number|figure|toll|total))\s+(?:is|was|could be|may be|might be|would be)\b[^,;:]*$/i.exec(clause);
  if (number) return number[1] as string;
  // "It has since shrunk to fewer than 200": the thing counted before.
  if (/^(?:it|they|this|that)\s+(?:has|have|had)?\s*(?:since\s+|now\s+|already\s+)?(?:shrunk|shrank|grown|grew|fallen|fell|risen|rose|dropped|declined|increased|decreased|climbed|swelled|reached)\s*(?:to)?$/i.test(clause)) return '';
  // "put the number of X at", "estimated the number of X at somewhere".
  const put = /\bnumber of\s+(.+?)\s+(?:at|to|as)(?:\s+somewhere)?\s*$/i.exec(clause);
  if (put) return put[1] as string;
  // "the number of detainees rose from 120 (to 180)": the things counted.
  const from = /\bnumber of\s+(.+?)\s+(?:has\s+|had\s+|have\s+)?(?:[\p{L}]+ly\s+)?(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined|jumped|climbed|surged|went\s+(?:up|down))\s+from\s*$/iu.exec(clause);
  if (from) return from[1] as string;
  const level = /\bnumber of\s+(.+?)\s+(?:has\s+|had\s+|have\s+)?(?:exceeded|exceeds|reached|reaches|stood at|stands at|was|is|were|are|rose to|fell to|grew to|increased to|decreased to|totall?ed|totals|amounted to|amounts to|hit|topped|passed|surpassed)\s*$/i.exec(clause);
  if (level) return level[1] as string;
  const words = wordsOf(clause).map((w) => w.text);
  const trimmed = words.slice(-8);
  while (trimmed.length > 0 && /^(?:by|to|of|at|the|a|an|is|was|are|were|reached|stood)$/i.test(trimmed[trimmed.length - 1] ?? '')) trimmed.pop();
  return trimmed.join(' ');
}
