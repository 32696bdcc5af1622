/**
 * Synthetic corpora for the benchmark: N raw articles in the style of
 * `seeds/` (menus, ads, date lines, bylines, "Source link" and all), built
 * from the templates with a recurring cast, so that entities recur across
 * articles as in a real corpus (a few in most articles, most in a few), and a
 * plain Markdown version of each for the baseline Astro build.
 */
import { createHash } from 'node:crypto';
import { seededRandom, type Random } from './random.ts';
import { bodyTemplates, closingTemplates, leadTemplates, titleTemplates, type ArticleContext, type Person } from './templates.ts';
import {
  expertRoles,
  footerFurniture,
  givenNamesFemale,
  givenNamesMale,
  groups,
  headerFurniture,
  homeCountries,
  monthNames,
  conflictPlaces,
  officialTitles,
  outlets,
  russianMonths,
  surnames,
  type CountryWords,
} from './vocabulary.ts';

/** One generated article. */
export interface SyntheticArticle {
  /** File name without `.txt`. */
  id: string;
  /** The raw seed text, furniture included. */
  seed: string;
  title: string;
  /** ISO date of publication. */
  published: string;
  /** The clean body paragraphs (what a plain site would render). */
  paragraphs: string[];
}

/** The people of a corpus, by country. */
interface Cast {
  officials: Map<CountryWords, Person[]>;
  experts: Map<CountryWords, Person[]>;
}

/**
 * Generate a corpus.
 * @param size Number of articles.
 * @param seed Random seed (the same seed gives the same corpus).
 * @returns The articles, in id order.
 */
export function generateCorpus(size: number, seed = 20240501): SyntheticArticle[] {
  const random = seededRandom(seed);
  const cast = makeCast(random, Math.max(8, Math.round(size / 12)));
  const articles: SyntheticArticle[] = [];
  for (let index = 0; index < size; index++) articles.push(generateArticle(index, random, cast));
  return articles;
}

/**
 * A variant of an article's seed for the incremental benchmark: one figure changed, one sentence added.
 * @param article The article.
 * @returns New seed text.
 */
export function editedSeed(article: SyntheticArticle): string {
  const changed = article.seed.replace(/\b(\d{2,3})\b/, (digits) => String(Number(digits) + 7));
  return changed.replace(/\n\n(Source link|Join Telegram|Read more on the site →|Latest Posts|Related articles)/, '\n\nThe figures were updated after publication, officials said.\n\n$1');
}

/**
 * A plain Markdown page of an article, without annotations, for the baseline site.
 * @param article The article.
 * @returns Markdown with a small frontmatter.
 */
export function plainMarkdown(article: SyntheticArticle): string {
  const body = article.paragraphs.map(escapeMarkdown).join('\n\n');
  return `---\ntitle: ${JSON.stringify(article.title)}\npublished: ${article.published}\n---\n\n${body}\n`;
}

/**
 * Build the recurring cast: officials speak for a body of their country, experts work in one of its cities.
 * @param random Random source.
 * @param perCountry People of each kind per country.
 * @returns The cast.
 */
function makeCast(random: Random, perCountry: number): Cast {
  const officials = new Map<CountryWords, Person[]>();
  const experts = new Map<CountryWords, Person[]>();
  const used = new Set<string>();
  for (const country of homeCountries) {
    const officialList: Person[] = [];
    const expertList: Person[] = [];
    for (let i = 0; i < perCountry; i++) {
      const official = makePerson(random, used);
      const role = random.pick(officialTitles);
      officialList.push({ name: official.name, surname: official.surname, role: official.female ? role.replace('spokesman', 'spokeswoman') : role, country, agency: random.pick(country.agencies) });
      const expert = makePerson(random, used);
      expertList.push({ name: expert.name, surname: expert.surname, role: random.pick(expertRoles), country, city: random.pick(country.cities) });
    }
    officials.set(country, officialList);
    experts.set(country, expertList);
  }
  return { officials, experts };
}

/**
 * An invented name not used before in this corpus (falls back to a middle initial when the lists run out).
 * @param random Random source.
 * @param used Names taken.
 * @returns Name, surname and whether the person is a woman (for gendered titles).
 */
function makePerson(random: Random, used: Set<string>): { name: string; surname: string; female: boolean } {
  for (let attempt = 0; ; attempt++) {
    const female = random.chance(0.2);
    const given = random.pick(female ? givenNamesFemale : givenNamesMale);
    const surname = `${random.pick(surnames)}${female ? 'a' : ''}`;
    const name = attempt > 50 ? `${given} ${String.fromCharCode(65 + random.int(0, 25))}. ${surname}` : `${given} ${surname}`;
    if (used.has(name)) continue;
    used.add(name);
    return { name, surname, female };
  }
}

/**
 * Generate one article.
 * @param index Its position (part of its id).
 * @param random Random source.
 * @param cast The corpus's people.
 * @returns The article.
 */
function generateArticle(index: number, random: Random, cast: Cast): SyntheticArticle {
  const country = random.zipf(homeCountries, 0.8);
  const officials = cast.officials.get(country) ?? [];
  const experts = cast.experts.get(country) ?? [];
  const year = random.int(2012, 2024);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const introduced = new Set<Person>();
  const context: ArticleContext = {
    country,
    official: random.zipf(officials),
    expert: random.zipf(experts),
    other: random.zipf(officials),
    group: random.zipf(groups, 1.2),
    secondGroup: random.pick(groups),
    conflict: random.zipf(conflictPlaces),
    outlet: random.pick(outlets),
    say: (person) => {
      if (introduced.has(person)) return person.surname;
      introduced.add(person);
      return person.name;
    },
    year,
    month,
    day,
  };
  const title = random.pick(titleTemplates)(context, random);
  const paragraphs = [random.pick(leadTemplates)(context, random)];
  const bodyCount = random.int(3, 8);
  const order = shuffled(bodyTemplates.length, random).slice(0, bodyCount);
  for (const at of order) paragraphs.push((bodyTemplates[at] as (typeof bodyTemplates)[number])(context, random));
  paragraphs.push(random.pick(closingTemplates)(context, random));
  const published = `${year}-${pad(month)}-${pad(day)}`;
  const id = `b${String(index).padStart(5, '0')}_${createHash('sha256').update(`${index}:${title}`).digest('hex').slice(0, 16)}`;
  return { id, seed: rawSeed(title, paragraphs, context, random), title, published, paragraphs };
}

/**
 * Dress an article as a scraped page: header furniture, title, a date line in one of several styles,
 * paragraphs (sometimes run together on one line), a byline, footer furniture.
 * @returns The seed text.
 */
function rawSeed(title: string, paragraphs: readonly string[], context: ArticleContext, random: Random): string {
  const lines: string[] = [];
  for (let i = random.int(0, 4); i > 0; i--) lines.push(random.pick(headerFurniture));
  if (random.chance(0.15)) lines.push(`Реклама +7(7${random.int(0, 9)}${random.int(0, 9)}) ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`);
  if (random.chance(0.15)) ['Main', 'News', 'Incidents', 'Security'].forEach((item, i) => lines.push(`  ${i + 1}. ${item}`));
  const time = `${pad(random.int(8, 22))}:${pad(random.int(0, 59))}`;
  const style = random.int(0, 4);
  if (style === 0) lines.push(`${title} ${context.day} ${russianMonths[context.month - 1]} ${context.year}, ${time}`);
  else lines.push(title);
  if (style === 1) lines.push(`${random.pick(['World', 'Politics', 'Asia'])} ${monthNames[context.month - 1]} ${context.day}, ${context.year}, ${time}`);
  if (style === 2) lines.push(`${monthNames[context.month - 1]} ${context.day}, ${context.year}`);
  const body = [...paragraphs];
  if (style === 3) {
    const city = random.pick(context.country.cities).toUpperCase();
    body[0] = `${city}, ${monthNames[context.month - 1]} ${context.day}. /${context.outlet}/. ${body[0] ?? ''}`;
  }
  const author = random.chance(0.6) ? makeAuthor(random) : null;
  const runTogether = random.chance(0.2);
  const text = runTogether ? [body.join(' ')] : body;
  if (author && runTogether) text[0] = `${text[0] ?? ''} By ${author}`;
  const footer: string[] = [];
  if (author && !runTogether) footer.push(random.chance(0.5) ? `-- ${author}` : `By ${author}`);
  for (let i = random.int(1, 3); i > 0; i--) footer.push(random.pick(footerFurniture));
  return `${lines.join('\n\n')}\n\n${text.join('\n\n')}\n\n${footer.join('\n\n')}`;
}

/**
 * A reporter's name (never one of the cast's).
 * @param random Random source.
 * @returns A name.
 */
function makeAuthor(random: Random): string {
  return `${random.pick([...givenNamesMale, ...givenNamesFemale])} ${random.pick(['Harris', 'Novak', 'Levine', 'Brennan', 'Ortega', 'Lindqvist', 'Hale', 'Moreau'])}`;
}

/**
 * The numbers 0..n-1 in random order.
 * @param length n.
 * @param random Random source.
 * @returns A permutation.
 */
function shuffled(length: number, random: Random): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/**
 * @param value A number below 100.
 * @returns It with two digits.
 */
function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Escape what Markdown would read as markup in plain text.
 * @param text A paragraph.
 * @returns Safe Markdown.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\d+)\./, '$1\\.');
}
