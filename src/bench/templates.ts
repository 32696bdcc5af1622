/**
 * Paragraph templates of the synthetic corpus, written for the benchmark in
 * the manner of the real articles: officials and analysts giving counts of
 * fighters, returnees, arrests and convictions, with dates, places, quotes
 * and the reported-speech attributions the annotator has to follow.
 */
import type { Random } from './random.ts';
import { conflictPlaces, conflictTowns, type CountryWords, internationalBodies, monthNames, numberWords } from './vocabulary.ts';

/** A person of the synthetic corpus; the same person recurs across articles. */
export interface Person {
  name: string;
  surname: string;
  /** "spokesman", "political analyst", ... */
  role: string;
  country: CountryWords;
  /** For officials: the body they speak for. */
  agency?: readonly [string, string];
  /** For analysts: where they work. */
  city?: string;
}

/** What one article is about: the cast and the setting every template draws on. */
export interface ArticleContext {
  country: CountryWords;
  official: Person;
  expert: Person;
  other: Person;
  group: readonly [string, string];
  secondGroup: readonly [string, string];
  conflict: string;
  outlet: string;
  /**
   * A person as the article names them: the full name the first time, the
   * surname after (as reporters write, so that every surname has its full name earlier).
   */
  say: (person: Person) => string;
  /** Publication date. */
  year: number;
  month: number;
  day: number;
}

/** A paragraph template. */
export type Template = (context: ArticleContext, random: Random) => string;

/**
 * A day earlier in the publication month, written "on April 12".
 * @returns The phrase.
 */
function onDay(context: ArticleContext, random: Random): string {
  return `on ${monthNames[context.month - 1]} ${random.int(1, Math.max(1, context.day))}`;
}

/**
 * A count as an article would write it: digits, with an occasional qualifier.
 * @returns The count phrase.
 */
function count(random: Random, min: number, max: number): string {
  const value = random.int(min, max);
  const qualifier = random.pick(['', '', 'about ', 'more than ', 'at least ', 'nearly ', 'up to ', 'around ']);
  return `${qualifier}${value >= 1000 ? value.toLocaleString('en-US') : value}`;
}

/** The opening paragraphs: who says how many went to fight. */
export const leadTemplates: readonly Template[] = [
  (c, r) =>
    `${cap(count(r, 40, 900))} ${c.country.demonym} citizens have joined the ${c.group[0]} (${c.group[1]}) militant group in ${c.conflict}, the ${c.official.role} of the ${c.official.agency?.[0]}, ${c.say(c.official)}, said ${onDay(c, r)}.`,
  (c, r) =>
    `The ${c.official.agency?.[0]} of ${c.country.name} says ${count(r, 20, 600)} of the country’s nationals are fighting alongside ${c.group[0]} and other armed groups in ${c.conflict}, ${c.say(c.official)} told reporters in ${r.pick(c.country.cities)} ${onDay(c, r)}.`,
  (c, r) =>
    `${c.country.name} has brought home ${r.int(12, 480)} women and children from the camps of northeast Syria since ${c.year - r.int(1, 3)}, the ${c.official.role} of the ${c.official.agency?.[0]}, ${c.say(c.official)}, said at a briefing ${onDay(c, r)}.`,
  (c, r) =>
    `Security services in ${c.country.name} detained ${r.int(3, 60)} suspected members of ${c.group[0]} in ${r.pick(c.country.cities)} and ${r.pick(c.country.cities)} last month, the ${c.official.agency?.[0]} said in a statement ${onDay(c, r)}.`,
  (c, r) =>
    `A court in ${r.pick(c.country.cities)} sentenced ${r.pick(numberWords)} men to between ${r.int(3, 7)} and ${r.int(8, 15)} years in prison for recruiting young people for ${c.group[0]}, ${c.outlet} reported ${onDay(c, r)}.`,
];

/** Body paragraphs: more figures, quotes, background. */
export const bodyTemplates: readonly Template[] = [
  (c, r) => `Around ${r.int(10, 120)} of them are women, ${c.say(c.official)} said.`,
  (c, r) =>
    `Speaking at a conference in ${r.pick(c.country.cities)} ${onDay(c, r)}, the official said that ${r.int(100, 1500)} people had left ${c.country.name} for ${c.conflict}, of whom ${r.int(20, 300)} were women and ${r.int(10, 200)} were children.`,
  (c, r) =>
    `${c.say(c.expert)}, a ${c.expert.role} based in ${c.expert.city}, told ${c.outlet} that unofficial estimates put the number of ${c.country.demonym} fighters at as many as ${r.int(500, 4000).toLocaleString('en-US')}.`,
  (c, r) =>
    `The ${c.official.agency?.[0]} has so far detained ${r.int(10, 400)} people who came back from ${c.conflict}; ${r.pick(numberWords)} of them have been convicted of terrorism-related offences, including taking part in military training.`,
  (c, r) =>
    `“We see new recruiters on messaging apps every month. They target migrant workers who have lost their jobs in ${r.pick(['Russia', 'Turkey', 'Kazakhstan'])},” ${c.say(c.expert)} said. “The state answers with arrests, but it has no answer to the ideas.”`,
  (c, r) =>
    `According to the ${r.pick(internationalBodies)}, between ${r.int(2, 5).toLocaleString('en-US')},000 and ${r.int(6, 9).toLocaleString('en-US')},000 fighters from Central Asia travelled to ${c.conflict} in the years since ${c.year - r.int(2, 6)}.`,
  (c, r) =>
    `In ${monthNames[r.int(0, 11)]} ${c.year - r.int(0, 2)}, border guards in ${r.pick(c.country.cities)} reported that ${r.int(2, 20)} rockets had been fired across the border from ${r.pick(['Afghanistan', 'Afghan territory', 'the neighbouring province'])}, but nobody was hurt.`,
  (c, r) =>
    `The ${c.country.parliament} is expected to vote on amendments to the law on countering extremism before the end of the year, ${c.say(c.other)}, the ${c.other.role} of the ${c.other.agency?.[0] ?? 'Interior Ministry'}, said. The draft would let courts strip citizenship from ${r.pick(['fighters', 'convicted recruiters', 'those who fought abroad'])}.`,
  (c, r) =>
    `${c.outlet} reported that ${r.int(12, 70)} percent of the ${c.country.demonym} returnees had found work since ${c.year - r.int(1, 4)}, a figure the ${c.official.agency?.[1]} did not confirm.`,
  (c, r) =>
    `The ${c.secondGroup[0]} emerged in ${r.int(1995, 2015)} and has been banned in ${c.country.name} since ${r.int(2003, 2020)}. Its members are believed to operate out of ${r.pick(conflictTowns)}.`,
  (c, r) =>
    `Courts in ${c.country.name} handed down ${r.int(40, 700)} sentences for extremism in ${c.year - 1}, up from ${r.int(20, 300)} a year earlier, the ${r.pick(['Supreme Court', 'Justice Ministry', 'prosecutors’ office'])} said.`,
  (c, r) =>
    `“Those who come back have seen war. Some of them want to forget it, others want to bring it home,” ${c.say(c.other)} said. ${cap(r.pick(numberWords))} returnees are under court supervision in ${r.pick(c.country.cities)} alone.`,
  (c, r) =>
    `Analysts say the ${c.group[1]} has lost most of its territory in ${r.pick(conflictPlaces)} but keeps recruiting online, in ${c.country.demonym} and in Russian. ${c.say(c.expert)} estimated that ${r.int(5, 40)} recruiters were still active in ${r.pick(c.country.cities)}.`,
  (c, r) =>
    `The ${c.official.agency?.[0]} also said it had blocked ${r.int(100, 9000).toLocaleString('en-US')} websites and social media accounts that spread extremist material in the first ${r.pick(['six', 'nine', 'three'])} months of ${c.year}.`,
  (c, r) =>
    `Families in ${r.pick(c.country.cities)} told ${c.outlet} that ${r.int(2, 30)} relatives had disappeared after leaving for work in ${r.pick(['Moscow', 'Istanbul', 'Yekaterinburg', 'Novosibirsk'])} in ${c.year - r.int(2, 7)}.`,
  (c) =>
    `${c.say(c.other)} added that cooperation with ${r1(c)} and the ${internationalBodies[c.year % internationalBodies.length]} on returnees had improved, but gave no figures.`,
];

/** Last paragraphs: context and the outlook. */
export const closingTemplates: readonly Template[] = [
  (c) =>
    `The ${c.group[0]} once held large parts of ${c.conflict}. Its remaining fighters are believed to be in hiding, and thousands of their family members are held in camps such as al-Hol.`,
  (c) => `${c.country.name} is one of several Central Asian states that have set up programmes to reintegrate citizens who return from war zones.`,
  (c, r) => `The ${c.official.agency?.[0]} did not respond to a request for comment ${onDay(c, r)}.`,
  (c) => `${c.say(c.expert)} said the government should invest in schools and jobs in the regions where recruiters find most of their followers.`,
];

/**
 * Another state of the region, named beside the article's own.
 * @param context The article.
 * @returns A country name.
 */
function r1(context: ArticleContext): string {
  return context.country.name === 'Russia' ? 'Kazakhstan' : 'Russia';
}

/**
 * @param text A phrase.
 * @returns It with its first letter in capitals.
 */
function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Headline templates. */
export const titleTemplates: readonly Template[] = [
  (c, r) => `More Than ${r.int(100, 900)} ${c.country.demonym} Said To Be Fighting With ${c.group[1]} In ${c.conflict.replace(' and ', ', ')}`,
  (c) => `${c.country.name} brings home women and children from Syrian camps`,
  (c) => `${c.group[0]} recruiters target ${c.country.demonym} migrant workers, officials say`,
  (c) => `Militants returning to ${c.country.name} may threaten regional security`,
  (c, r) => `Court in ${r.pick(c.country.cities)} jails recruiters for ${c.group[0]}`,
  (c) => `The risk of extremism grows in ${c.country.name}, analysts warn`,
  (c) => `${c.country.name} tightens the law on extremism after arrests`,
];
