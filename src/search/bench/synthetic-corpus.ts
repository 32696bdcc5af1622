/**
 * A synthetic news corpus for `npm run bench:search`: articles of about 500
 * words in the style of the dossier's sources (officials, security services,
 * fighters, recruiters, numbers), with the entities, figures and countries
 * the real site indexes. Deterministic for a given size and seed.
 *
 * Names are built from syllables so that a large corpus has thousands of
 * distinct surnames and places, as real ones do; a tail of rare pseudo-words
 * gives the vocabulary a realistic long tail. Some sentences quote a name in
 * Cyrillic (from the same Latin syllables, so the two spellings fold alike).
 * Every word list here is our own.
 */
import type { SearchRecord } from '../types.ts';

/** A small, fast, seedable PRNG (mulberry32). */
export class Random {
  private state: number;

  /** @param seed Any integer. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** @returns A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** @returns An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** @returns One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * One element, favouring the first ones (Zipf-like, exponent about 1).
   * @param items A list, most frequent first.
   * @returns An element.
   */
  zipf<T>(items: readonly T[]): T {
    const index = Math.floor(Math.exp(this.next() * Math.log(items.length + 1))) - 1;
    return items[Math.min(items.length - 1, Math.max(0, index))]!;
  }
}

/** Syllables of names, in Latin letters that map one to one to Cyrillic. */
const SYLLABLES = (
  'ab dy ra kha ma ta li bek tur sul tan ner ka dyr bol ot as an ay dar nur lan ba kyt ti mur rus tam ' +
  'er zhan sa ma ke mel al maz ku ban to ko zho mart us en sher zod ru stem ulan mir ze kan dos'
).split(' ');

/** Endings of surnames. */
const SURNAME_ENDINGS = ['ov', 'ev', 'bekov', 'aliev', 'uly', 'ova', 'baev', 'imov', 'zoda', 'kulov', 'ayev', 'tov'];

/** Given names. */
const GIVEN_NAMES = (
  'Aibek Nurlan Bakyt Timur Rustam Dilnoza Gulnara Almaz Erlan Kanat Marat Sanjar Bobur Aziz Farrukh Daniyar Askar ' +
  'Zhanna Aigerim Madina Kamila Ruslan Sergei Dmitry Igor Oleg Yusuf Omar Bilal Tahir Ilyas Murat Emil Arslan Talgat ' +
  'Nodir Shukhrat Ulugbek Akmal Jamshid Otabek Saida Nigora Zarina Lola Aida Asel Meerim Cholpon Kubat Temir'
).split(' ');

/** Endings of place names. */
const PLACE_ENDINGS = ['abad', 'kent', 'shahr', 'kala', 'tepe', 'su', 'bulak', 'sai'];

/** Countries the corpus speaks of, with their codes and the adjective of their people. */
const COUNTRIES = [
  ['KG', 'Kyrgyzstan', 'Kyrgyz'], ['KZ', 'Kazakhstan', 'Kazakh'], ['UZ', 'Uzbekistan', 'Uzbek'], ['TJ', 'Tajikistan', 'Tajik'],
  ['TM', 'Turkmenistan', 'Turkmen'], ['AF', 'Afghanistan', 'Afghan'], ['SY', 'Syria', 'Syrian'], ['IQ', 'Iraq', 'Iraqi'],
  ['TR', 'Turkey', 'Turkish'], ['RU', 'Russia', 'Russian'], ['CN', 'China', 'Chinese'], ['IR', 'Iran', 'Iranian'],
  ['PK', 'Pakistan', 'Pakistani'], ['DE', 'Germany', 'German'], ['US', 'United States', 'American'], ['GB', 'United Kingdom', 'British'],
  ['FR', 'France', 'French'], ['AZ', 'Azerbaijan', 'Azerbaijani'], ['GE', 'Georgia', 'Georgian'], ['UA', 'Ukraine', 'Ukrainian'],
] as const;

/** Parts of organization names. */
const ORG_FIRST = ['National', 'State', 'Regional', 'Interior', 'Border', 'Islamic', 'Central', 'Joint', 'Supreme', 'Federal', 'Public', 'Military'];
const ORG_SECOND = ['Security', 'Defence', 'Migration', 'Intelligence', 'Prosecution', 'Counterterrorism', 'Religious Affairs', 'Justice', 'Police', 'Guard'];
const ORG_THIRD = ['Committee', 'Service', 'Ministry', 'Agency', 'Council', 'Directorate', 'Movement', 'Front', 'Brigade', 'Office'];

/** Roles of people. */
const ROLES = ['deputy prime minister', 'spokesman', 'head', 'former deputy chairman', 'analyst', 'director', 'prosecutor', 'commander', 'researcher', 'lawmaker', 'imam', 'judge'];

/** Common words of news text, most frequent first. */
const COMMON = (
  'the of and to in a that for on said with was as by is from at have has were it its his their who been had they which ' +
  'government security country people officials groups group according region authorities also more than after over new ' +
  'years year about two three other since last would some could into between against those under when many first most ' +
  'ministry militants fighters fighting border state extremist extremism radical recruitment returned returning citizens ' +
  'war conflict attack attacks terrorist terrorism police service intelligence information data estimate figure numbers ' +
  'women children families men young detained arrested charged convicted sentenced court trial prison law laws ban banned ' +
  'religious religion mosque islamic jihad ideology online social networks video message messages propaganda recruit recruiters ' +
  'training camp camps weapons money funds network networks migrant migrants workers labour abroad travel travelled passport ' +
  'passports visa flights airport route routes smuggling province district city village capital valley mountains river ' +
  'northern southern eastern western central local national international foreign regional global official unofficial ' +
  'report reports reported statement interview conference meeting meetings summit talks cooperation agreement plan plans ' +
  'threat threats risk risks danger stability instability violence violent peace peaceful economic political social public ' +
  'president minister deputy chairman committee council agency department office parliament lawmakers experts expert analyst ' +
  'analysts researchers observers journalists media press website news agency sources source claims claimed warned warns ' +
  'believes believe says noted added told asked explained confirmed denied estimated suggested described called urged ' +
  'several dozens hundreds thousands nearly around almost least least up down out back home return returnees rehabilitation ' +
  'program programs prevention measures operation operations raid raids suspects suspect members member leader leaders ' +
  'commander commanders brigade battalion unit units front frontline territory territories control controlled held'
).split(' ');

/** Verbs of travel and joining. */
const JOIN_VERBS = ['joined militant groups in', 'travelled to', 'were killed in', 'returned from', 'were detained on their way to', 'fought in'];

/** Crimes courts sentence for. */
const CRIMES = ['recruiting fighters', 'financing terrorism', 'extremist propaganda', 'illegal border crossing', 'membership in a banned group'];

/** Latin letters and digraphs with their Cyrillic spelling (longest first). */
const TO_CYRILLIC: ReadonlyArray<[string, string]> = [
  ['shch', 'щ'], ['kh', 'х'], ['zh', 'ж'], ['sh', 'ш'], ['ch', 'ч'], ['ts', 'ц'], ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['y', 'ы'], ['k', 'к'],
  ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'],
];

/**
 * Spell a Latin name of our syllables in Cyrillic, so that folding it gives the Latin back.
 * @param latin A name in Latin letters.
 * @returns The Cyrillic spelling, capitalised like the input.
 */
export function toCyrillic(latin: string): string {
  let out = '';
  let at = 0;
  const lower = latin.toLowerCase();
  while (at < lower.length) {
    const found = TO_CYRILLIC.find(([from]) => lower.startsWith(from, at));
    if (found) {
      const upper = latin[at] !== lower[at];
      out += upper ? found[1].toUpperCase() : found[1];
      at += found[0].length;
    } else {
      out += latin[at];
      at++;
    }
  }
  return out;
}

/** A person of the corpus. */
interface Person {
  id: string;
  given: string;
  surname: string;
  role: string;
  country: (typeof COUNTRIES)[number];
}

/** An organization of the corpus. */
interface Organization {
  id: string;
  name: string;
  acronym: string;
  country: (typeof COUNTRIES)[number];
}

/**
 * @param text A word.
 * @returns It with a capital first letter.
 */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What {@link syntheticCorpus} returns. */
export interface SyntheticCorpus {
  records: SearchRecord[];
  /** Queries a reader might type, in the corpus's own words. */
  queries: string[];
}

/**
 * Generate a corpus.
 * @param articleCount Number of articles.
 * @param seed Seed of the generator.
 * @returns Search records of every kind, and realistic queries.
 */
export function syntheticCorpus(articleCount: number, seed = 42): SyntheticCorpus {
  const random = new Random(seed);
  const word = (): string => random.pick(SYLLABLES);
  const surnames = new Set<string>();
  while (surnames.size < Math.max(200, Math.round(articleCount * 0.5))) surnames.add(capitalise(word() + word() + random.pick(SURNAME_ENDINGS)));
  const people: Person[] = [...surnames].map((surname, index) => {
    const given = random.pick(GIVEN_NAMES);
    return { id: `person-${index}`, given, surname, role: random.pick(ROLES), country: random.zipf(COUNTRIES) };
  });
  const places = new Set<string>();
  while (places.size < Math.max(60, Math.round(articleCount * 0.05))) places.add(capitalise(word() + word() + random.pick(PLACE_ENDINGS)));
  const placeList = [...places];
  const orgNames = new Set<string>();
  while (orgNames.size < Math.max(40, Math.round(articleCount * 0.03))) orgNames.add(`${random.pick(ORG_FIRST)} ${random.pick(ORG_SECOND)} ${random.pick(ORG_THIRD)}`);
  const orgs: Organization[] = [...orgNames].map((name, index) => ({
    id: `org-${index}`,
    name,
    acronym: name
      .split(' ')
      .map((part) => part[0])
      .join(''),
    country: random.zipf(COUNTRIES),
  }));
  const rare: string[] = [];
  for (let i = 0; i < Math.max(2000, articleCount * 3); i++) rare.push(word() + word() + word() + random.pick(['ism', 'ation', 'ing', 'ed', 'ity', 'ous']));

  const records: SearchRecord[] = [];
  const mentions = new Map<string, number>();
  const countryArticles = new Map<string, number>();
  const outlets = ['Central Asia Monitor', 'Steppe Herald', 'Valley Times', 'Border Watch', 'Caspian Review', 'Silk Road Wire', 'Mountain Post', 'Regional Tribune'];
  const authors = people.slice(0, 120).map((person) => `${person.given} ${person.surname}`);

  for (let n = 0; n < articleCount; n++) {
    const cast = Array.from({ length: random.int(3, 5) }, () => random.zipf(people));
    const org = random.zipf(orgs);
    const place = random.zipf(placeList);
    const country = random.zipf(COUNTRIES);
    const abroad = random.pick(COUNTRIES);
    const lead = cast[0]!;
    const count = random.int(3, 900);
    const titles = [
      `${lead.surname} says ${count} ${country[2]} fighters ${random.pick(JOIN_VERBS)} ${abroad[1]}`,
      `${org.name} detains ${random.int(2, 40)} suspected recruiters in ${place}`,
      `${country[1]} tightens border security after ${place} attack`,
      `Court in ${place} sentences ${lead.given} ${lead.surname} for ${random.pick(CRIMES)}`,
      `${country[2]} officials warn of ${random.pick(['recruitment', 'radicalisation', 'returnee', 'smuggling'])} risk in ${place}`,
    ];
    const title = random.pick(titles);
    const sentences: string[] = [];
    const figures: SearchRecord[] = [];
    const articleId = `synthetic-${n}`;
    // About 500 words: the count is updated with the sentence added by the previous turn.
    let wordCount = 0;
    while (wordCount < 500) {
      wordCount += sentences.at(-1)?.split(' ').length ?? 0;
      const person = random.pick(cast);
      const roll = random.next();
      if (roll < 0.18) {
        const value = random.int(5, 3000);
        const sentence = `${person.given} ${person.surname}, the ${person.role} of the ${org.name} (${org.acronym}), said that ${value} ${country[2]} citizens had ${random.pick(JOIN_VERBS)} ${abroad[1]}.`;
        sentences.push(sentence);
        if (figures.length < 3) {
          figures.push({
            kind: 'figure',
            url: `articles/${articleId}.html#figure-${figures.length}`,
            title: `${country[2]} citizens who ${random.pick(JOIN_VERBS)} ${abroad[1]}`,
            quote: sentence,
            meta: [`${person.given} ${person.surname}`, String(value)],
            detail: `${value} · claimed by ${person.given} ${person.surname}`,
          });
        }
      } else if (roll < 0.24) {
        sentences.push(`«Мы не допустим вербовки», — сказал ${toCyrillic(person.surname)} в ${toCyrillic(place)}.`);
      } else if (roll < 0.34) {
        sentences.push(`According to ${person.surname}, police in ${place} ${random.pick(['detained', 'questioned', 'released', 'charged'])} ${random.int(2, 60)} people suspected of ${random.pick(CRIMES)}.`);
      } else {
        const length = random.int(10, 22);
        const words: string[] = [];
        for (let i = 0; i < length; i++) words.push(random.next() < 0.04 ? random.pick(rare) : random.zipf(COMMON));
        if (random.next() < 0.3) words.splice(random.int(0, words.length), 0, random.pick([place, country[1], abroad[1], org.acronym]));
        sentences.push(`${capitalise(words.join(' '))}.`);
      }
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
    records.push({
      kind: 'article',
      url: `articles/${articleId}.html`,
      title,
      meta: [random.pick(outlets), random.pick(authors)],
      body: paragraphs.join('\n\n'),
      detail: `${2010 + (n % 15)}`,
      rank: n,
    });
    records.push(...figures);
    for (const person of new Set(cast)) mentions.set(person.id, (mentions.get(person.id) ?? 0) + 1);
    mentions.set(org.id, (mentions.get(org.id) ?? 0) + 1);
    for (const code of new Set([country[0], abroad[0]])) countryArticles.set(code, (countryArticles.get(code) ?? 0) + 1);
  }
  for (const person of people) {
    const named = mentions.get(person.id);
    if (!named) continue;
    records.push({ kind: 'entity', url: `entities/${person.id}.html`, title: `${person.given} ${person.surname}`, aliases: [person.surname], detail: `person · ${person.country[1]}`, rank: named, subtype: 'person' });
  }
  for (const org of orgs) {
    const named = mentions.get(org.id);
    if (!named) continue;
    records.push({ kind: 'entity', url: `entities/${org.id}.html`, title: org.name, aliases: [org.acronym], detail: `organization · ${org.country[1]}`, rank: named, subtype: 'organization' });
  }
  for (const [code, name] of COUNTRIES) {
    const named = countryArticles.get(code);
    if (named) records.push({ kind: 'country', url: `countries/${code.toLowerCase()}.html`, title: name, aliases: [code], detail: `${code} · ${named} articles`, rank: named });
  }

  // Queries: a known surname, the same with a typo, a full name, the surname in Cyrillic, an acronym, two topic words, a place and a word.
  const known = people[3]!;
  const typo = known.surname.slice(0, 4) + known.surname.slice(5);
  const queries = [
    known.surname,
    typo,
    `${people[7]!.given} ${people[7]!.surname}`,
    toCyrillic(people[5]!.surname),
    orgs[0]!.acronym,
    'border security',
    `${placeList[2]!} recruitment`,
  ];
  return { records, queries };
}
