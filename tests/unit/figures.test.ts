import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/pipeline/stages/figures.ts';
import {
  buildEntityIndex,
  findEntityMentions,
  matchEntity,
  rememberMentions,
  resolvePersonReference,
  type Discourse,
} from '../../src/pipeline/lib/claimants.ts';
import type { ArticleEntity, ArticleFigure, ArticleText } from '../../src/pipeline/types.ts';

const person = (id: string, name: string, aliases: string[] = []): ArticleEntity => ({ id, name, type: 'person', aliases });
const org = (id: string, name: string, aliases: string[] = []): ArticleEntity => ({ id, name, type: 'organization', aliases });
const place = (id: string, name: string, aliases: string[] = []): ArticleEntity => ({ id, name, type: 'place', aliases });

/** An article with a publication date and body paragraphs. */
function article(published: string | null, paragraphs: string[]): ArticleText {
  return { metadata: { title: 'Test', outlet: null, author: null, published }, paragraphs };
}

/**
 * Body paragraphs of a seed, verbatim: the trimmed non-empty lines from the one that
 * starts with `first` to the one that starts with `last`.
 */
function seedParagraphs(file: string, first: string, last: string): string[] {
  const lines = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const from = lines.findIndex((l) => l.startsWith(first));
  const to = lines.findIndex((l) => l.startsWith(last));
  if (from < 0 || to < from) throw new Error(`seed ${file}: lines ${first} .. ${last} not found`);
  return lines.slice(from, to + 1);
}

/** A figure's number as written in expectations: the value, or "min-max". */
function amount(figure: ArticleFigure): string | number {
  return figure.value ?? `${figure.min}-${figure.max}`;
}

/**
 * A function giving each figure's amount and claimant, for paragraphs of an article of a date.
 * @param published The article's publication date.
 * @returns (entities, ...paragraphs) -> [amount, claimant] of each figure.
 */
function claimantsOn(published: string): (entities: ArticleEntity[], ...paragraphs: string[]) => Array<[string | number, string | null]> {
  return (entities, ...paragraphs) => extractFigures(article(published, paragraphs), entities).map((figure) => [amount(figure), figure.claimant]);
}

/** Every quote must be a verbatim substring of a paragraph. */
function expectVerbatimQuotes(figures: ArticleFigure[], paragraphs: string[]): void {
  for (const figure of figures) expect(paragraphs.some((p) => p.includes(figure.quote))).toBe(true);
}

// ---------------------------------------------------------------------------
// Seeds
// ---------------------------------------------------------------------------

const SEED_000 = '000_dab88c6e5d4aaa94.txt';
const SEED_001 = '001_5aa293250e0fc64e.txt';
const SEED_002 = '002_d7b3aafb81283db4.txt';
const SEED_003 = '003_be8157860be4df29.txt';

const ENTITIES_000: ArticleEntity[] = [
  person('abdyrakhman-mamataliev', 'Abdyrakhman Mamataliev', ['Mamataliev']),
  person('rafik-mambetaliev', 'Rafik Mambetaliev', ['Mambetaliev']),
  person('artur-medetbekov', 'Artur Medetbekov', ['Medetbekov']),
  person('ernist-nurmatov', 'Ernist Nurmatov'),
  person('rahat-sulaymanov', 'Rahat Sulaymanov'),
  person('joanna-paraszczuk', 'Joanna Paraszczuk'),
  org('islamic-state', 'Islamic State', ['IS']),
  org('interior-ministry-of-kyrgyzstan', 'Kyrgyz Interior Ministry', ['Interior Ministry']),
  org('gknb', 'National Security Committee', ['GKNB']),
  org('hizb-ut-tahrir', 'Hizb ut-Tahrir'),
  org('rfe-rl', 'RFE/RL'),
  place('kyrgyzstan', 'Kyrgyzstan'),
  place('syria', 'Syria'),
  place('iraq', 'Iraq'),
  place('bishkek', 'Bishkek'),
  place('turkey', 'Turkey'),
];

describe('extractFigures on seed 000 (RFE/RL, Kyrgyz fighters)', () => {
  const paragraphs = seedParagraphs(SEED_000, 'More than 330', 'The Kyrgyz authorities have so far');

  it('finds every figure once, with qualifier, claimant and date', () => {
    const figures = extractFigures(article('2015-04-21', paragraphs), ENTITIES_000);
    expect(figures.map((f) => [amount(f), f.approx ?? null, f.claimant, f.asOf])).toEqual([
      [330, 'more than', 'abdyrakhman-mamataliev', '2015-04-21'],
      [30, 'around', 'abdyrakhman-mamataliev', '2015-04-21'],
      [40, 'around', 'rafik-mambetaliev', '2015-04'],
      [339, null, 'rafik-mambetaliev', '2015-04-16'],
      [50, null, 'rafik-mambetaliev', '2015-04-16'],
      [20, null, 'rafik-mambetaliev', '2015-04-16'],
      [22, null, 'interior-ministry-of-kyrgyzstan', '2015-02'],
      [330, 'somewhere around', 'Kyrgyz government', '2015-04-21'],
      [500, 'as many as', 'artur-medetbekov', '2015-04'],
      [44, null, null, '2015-04-21'],
      [8, null, null, '2015-04-21'],
    ]);
    expectVerbatimQuotes(figures, paragraphs);
  });

  it('says what is counted', () => {
    const figures = extractFigures(article('2015-04-21', paragraphs), ENTITIES_000);
    const what = figures.map((f) => f.what);
    expect(what[0]).toMatch(/^Kyrgyz citizens who joined the Islamic State .*in Syria and Iraq$/);
    expect(what[1]).toBe('Kyrgyz nationals who joined IS who are women');
    expect(what[2]).toBe('Kyrgyz nationals who died fighting alongside militant groups in Syria');
    expect(what[3]).toBe('individuals who had gone to Syria from Kyrgyzstan');
    expect(what[4]).toBe('women');
    expect(what[5]).toBe('children');
    expect(what[6]).toBe('people killed in Syria');
    expect(what[9]).toContain('people who returned to the republic from Syria');
    expect(what[10]).toContain('convicted of terrorism-related offenses');
  });

  it('does not repeat "the figure of 40 dead", a restatement without a new source', () => {
    const figures = extractFigures(article('2015-04-21', paragraphs), ENTITIES_000);
    expect(figures.filter((f) => f.value === 40)).toHaveLength(1);
  });

  it('resolves only absolute dates without a publication date', () => {
    const figures = extractFigures(article(null, paragraphs), ENTITIES_000);
    expect(figures.map((f) => f.asOf)).toEqual(Array(11).fill(null));
  });

  it('falls back to words for the claimants when the entity list is sparse', () => {
    const people = ENTITIES_000.filter((e) => e.type === 'person');
    const figures = extractFigures(article('2015-04-21', paragraphs), people);
    expect(figures.find((f) => f.value === 22)?.claimant).toBe('Kyrgyz Interior Ministry');
    expect(figures.find((f) => f.value === 40)?.claimant).toBe('rafik-mambetaliev');
  });
});

describe('extractFigures on seed 001 (Tengrinews, expert estimate)', () => {
  const paragraphs = seedParagraphs(SEED_001, 'Kazakhstan authorities have to focus', 'Kazakhstan authorities have to focus');
  const entities = [
    person('aidos-sarym', 'Aidos Sarym', ['Sarym']),
    person('rassul-zhumaly', 'Rassul Zhumaly', ['Zhumaly']),
    person('dmitriy-khegai', 'Dmitriy Khegai'),
    org('tengrinews', 'Tengrinews.kz'),
    org('site-intel-group', 'Site Intel Group'),
    place('kazakhstan', 'Kazakhstan'),
    place('syria', 'Syria'),
  ];

  it('attributes "the expert said" to the analyst named before', () => {
    const figures = extractFigures(article('2013-09-25', paragraphs), entities);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: 100, approx: 'around', claimant: 'aidos-sarym', asOf: '2013-09-25' });
    expect(figures[0]?.what).toBe('Kazakhstan citizens who joined mujahidins among the Syrian rebels');
    expect(figures[0]?.quote.startsWith('Judging from various estimates')).toBe(true);
  });

  it('finds nothing in the page furniture', () => {
    const furniture = ['Latest PostsРеклама +7(700) 388 81 09', 'Syrian militants may come to Kazakhstan 25 сентября 2013, 14:51'];
    expect(extractFigures(article('2013-09-25', furniture), entities)).toEqual([]);
  });
});

describe('extractFigures on seed 002 (ITAR-TASS, Security Council secretary)', () => {
  const paragraphs = seedParagraphs(SEED_002, 'MOSCOW, September 26', 'The December meeting');
  const entities = [
    person('nikolai-patrushev', 'Nikolai Patrushev', ['Patrushev']),
    org('itar-tass', 'ITAR-TASS'),
    org('cis', 'CIS'),
    org('islamic-state', 'Islamic State', ['IS', 'Islamic State of Iraq and the Levant']),
    org('al-qaeda', 'Al-Qaeda'),
    place('moscow', 'Moscow'),
  ];

  it('gives the speaker, not the experts he quotes, and reads the range', () => {
    const figures = extractFigures(article('2014-09-26', paragraphs), entities);
    expect(figures.map((f) => [amount(f), f.approx ?? null, f.claimant, f.asOf])).toEqual([
      [50_000, 'about', 'nikolai-patrushev', '2014-09-26'],
      ['30000-50000', null, 'nikolai-patrushev', '2014-09-26'],
    ]);
    expect(figures[1]?.what).toBe('militants who are fighting for the organization');
    expectVerbatimQuotes(figures, paragraphs);
  });

  it('skips "two branches", "December 2013" and "2014-2015"', () => {
    const figures = extractFigures(article('2014-09-26', paragraphs), entities);
    expect(figures.some((f) => f.value === 2 || f.value === 2013 || f.value === 2014 || f.value === 2015)).toBe(false);
    const dateline = ['World September 26, 2014, 13:05'];
    expect(extractFigures(article('2014-09-26', dateline), entities)).toEqual([]);
  });

  it('falls back to the words of the inner source when the speaker is unknown', () => {
    const figures = extractFigures(article('2014-09-26', paragraphs), []);
    expect(figures.find((f) => f.min === 30_000)?.claimant).toBe('experts');
  });
});

describe('extractFigures on seed 003 (AsiaNews, rockets and groups)', () => {
  const paragraphs = seedParagraphs(SEED_003, 'Moscow ()', 'Although there is no');
  const entities = [
    person('manas-amanbaev', 'Manas Amanbaev', ['Amanbaev']),
    person('artur-medetbekov', 'Artur Medetbekov', ['Medetbekov']),
    org('taliban', 'Taliban'),
    org('islamic-state-khorasan', 'Islamic State Khorasan', ['Khorasan']),
    org('radio-golos-ameriki', 'Radio Golos Ameriki'),
    org('kyrgyz-ministry-of-interior', 'Kyrgyz Ministry of the Interior'),
    place('kyrgyzstan', 'Kyrgyzstan'),
    place('tashkent', 'Tashkent'),
    place('termez', 'Termez'),
  ];

  it('finds the groups, both reports of 10 rockets and the two arrested foreigners', () => {
    const figures = extractFigures(article(null, paragraphs), entities);
    expect(figures.map((f) => [amount(f), f.approx ?? null, f.claimant])).toEqual([
      [20, 'up to', 'manas-amanbaev'],
      [10, null, 'social networks'],
      [10, null, 'radio-golos-ameriki'],
      [2, null, null],
    ]);
    expect(figures[0]?.what).toBe('illegal international groups');
    expect(figures[1]?.what).toBe('rockets launched from Afghan territory');
    expect(figures[3]?.what).toContain('foreign nationals arrested');
    expectVerbatimQuotes(figures, paragraphs);
  });

  it('leaves asOf null without a publication date, and resolves "In April" with one', () => {
    expect(extractFigures(article(null, paragraphs), entities).map((f) => f.asOf)).toEqual([null, null, null, null]);
    const dated = extractFigures(article('2022-07-12', paragraphs), entities);
    expect(dated[1]?.asOf).toBe('2022-04');
  });
});

// ---------------------------------------------------------------------------
// Attribution helpers
// ---------------------------------------------------------------------------

describe('claimant helpers', () => {
  const index = buildEntityIndex(ENTITIES_000);

  it('matches names, aliases, surnames and acronyms', () => {
    expect(matchEntity('Mamataliev', index)?.id).toBe('abdyrakhman-mamataliev');
    expect(matchEntity('the GKNB', index)?.id).toBe('gknb');
    expect(matchEntity('the Kyrgyz Interior Ministry', index)?.id).toBe('interior-ministry-of-kyrgyzstan');
    expect(matchEntity('some analysts', index)).toBeNull();
  });

  it('resolves a role noun to the person whose description fits', () => {
    const discourse: Discourse = { persons: [], organizations: [], lastSpeaker: null };
    const sentences = [
      'More than 330 Kyrgyz citizens have joined IS, the deputy prime minister of Kyrgyzstan, Abdyrakhman Mamataliev, said on April 21.',
      "Earlier this month, Rafik Mambetaliev, the head of the Interior Ministry's Department for Combating Organized Crime, said that around 40 had died.",
      'Mambetaliev gave a slightly different breakdown of the figures than did Mamataliev.',
    ];
    sentences.forEach((s, k) => rememberMentions(discourse, s, findEntityMentions(s, index), k * 1_000_000));
    const later = 10_000_000;
    expect(resolvePersonReference('the Interior Ministry official', later, discourse)?.id).toBe('rafik-mambetaliev');
    expect(resolvePersonReference('the deputy prime minister', later, discourse)?.id).toBe('abdyrakhman-mamataliev');
    // No description fits: the most recent person.
    expect(resolvePersonReference('he', later, discourse)?.id).toBe('abdyrakhman-mamataliev');
  });
});

// ---------------------------------------------------------------------------
// Paragraphs written for these tests
// ---------------------------------------------------------------------------

/** A gold figure: value or range, acceptable claimants, expected asOf. */
interface GoldFigure {
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
  approx?: string;
  claimant: Array<string | null>;
  asOf: string | null;
}

/** One hand-written article with its gold figures. */
interface OwnCase {
  name: string;
  text: ArticleText;
  entities: ArticleEntity[];
  gold: GoldFigure[];
}

const OWN_CASES: OwnCase[] = [
  {
    name: 'Tajik ministry figures with "since" and "according to the ministry"',
    text: article('2017-03-02', [
      "Tajikistan's Interior Ministry said on Tuesday that 1,899 Tajik citizens had travelled to Syria and Iraq since 2014, of whom about 300 were killed in fighting.",
      'According to the ministry, 111 people have returned home voluntarily and were pardoned under an amnesty law adopted in 2015.',
    ]),
    entities: [org('tajik-interior-ministry', 'Interior Ministry', ['Tajik Interior Ministry']), place('tajikistan', 'Tajikistan')],
    gold: [
      { value: 1899, claimant: ['tajik-interior-ministry'], asOf: '2017-02-28' },
      { value: 300, approx: 'about', claimant: ['tajik-interior-ministry'], asOf: '2017-02-28' },
      { value: 111, claimant: ['tajik-interior-ministry'], asOf: '2017-03-02' },
    ],
  },
  {
    name: 'Kazakh money in tenge and dollars, percent, pronoun across sentences',
    text: article('2019-05-14', [
      'The Kazakh government will spend 500 million tenge (about $1.1 million) on deradicalisation programmes this year, Deputy Minister of Religious Affairs Yerlan Nurlanov told reporters in Nur-Sultan on 12 May 2019.',
      'He added that some 20 percent of the funds would go to rehabilitation centres for women returning from Syria.',
    ]),
    entities: [person('yerlan-nurlanov', 'Yerlan Nurlanov', ['Nurlanov']), place('nur-sultan', 'Nur-Sultan')],
    gold: [
      { value: 500_000_000, unit: 'KZT', claimant: ['yerlan-nurlanov'], asOf: '2019' },
      { value: 20, unit: 'percent', approx: 'some', claimant: ['yerlan-nurlanov'], asOf: '2019-05-12' },
    ],
  },
  {
    name: 'Range in words, quotation continued across sentences',
    text: article('2016-11-03', [
      'Uzbek security analyst Bakhtiyor Ergashev estimates that between two and three thousand Uzbeks are fighting in Syria and Iraq. “Most of them were recruited in Russia, where they worked as migrants,” he said in an interview. “Many come back disillusioned, but perhaps 200 remain committed to the cause.”',
    ]),
    entities: [person('bakhtiyor-ergashev', 'Bakhtiyor Ergashev', ['Ergashev'])],
    gold: [
      { min: 2000, max: 3000, claimant: ['bakhtiyor-ergashev'], asOf: '2016-11-03' },
      { value: 200, approx: 'perhaps', claimant: ['bakhtiyor-ergashev'], asOf: '2016-11-03' },
    ],
  },
  {
    name: 'Distractors: resolution number, dates, years, ages, phone, ordinals',
    text: article('2017-06-15', [
      'UN Security Council Resolution 2178, adopted on 24 September 2014, obliges states to stop the travel of foreign terrorist fighters.',
      "For the first time, the council's monitoring team said in its 2016 report that at least 25,000 foreign fighters from more than 100 countries had joined the Islamic State and al-Qaeda affiliates.",
      'A 23-year-old student from Osh, aged 19 when he left, was among them; his family can be reached at +996 (312) 66-12-34.',
    ]),
    entities: [org('un-security-council', 'UN Security Council', ['Security Council']), org('islamic-state', 'Islamic State', ['IS']), place('osh', 'Osh')],
    gold: [
      { value: 25_000, approx: 'at least', claimant: ["council's monitoring team", 'monitoring team', 'un-security-council'], asOf: '2017-06-15' },
      { value: 100, approx: 'more than', claimant: ["council's monitoring team", 'monitoring team', 'un-security-council'], asOf: '2017-06-15' },
    ],
  },
  {
    name: 'Russian-style thousands, "as of" date, partitive sentence',
    text: article('2024-02-10', [
      "As of 1 January 2024, some 1 500 Russian nationals remained in camps in north-eastern Syria, according to the Russian ombudsman's office. Of them, 600 are children under the age of 12.",
    ]),
    entities: [place('syria', 'Syria')],
    gold: [
      { value: 1500, approx: 'some', claimant: ["Russian ombudsman's office"], asOf: '2024-01-01' },
      { value: 600, claimant: ["Russian ombudsman's office"], asOf: '2024-01-01' },
    ],
  },
  {
    name: 'Spokesman by surname and by role, "last week", dollars',
    text: article('2020-06-10', [
      "Kyrgyzstan's State Committee for National Security (GKNB) detained 12 suspected members of a banned group in Osh last week, the committee's spokesman Tilek Asanov said on Monday.",
      'The suspects had collected more than $40,000 for fighters in Syria, Asanov said. The spokesman added that three of the detainees were women.',
    ]),
    entities: [
      org('gknb', 'State Committee for National Security', ['GKNB']),
      person('tilek-asanov', 'Tilek Asanov', ['Asanov']),
      place('osh', 'Osh'),
    ],
    gold: [
      { value: 12, claimant: ['tilek-asanov'], asOf: '2020-06' },
      { value: 40_000, unit: 'USD', approx: 'more than', claimant: ['tilek-asanov'], asOf: '2020-06-08' },
      { value: 3, claimant: ['tilek-asanov'], asOf: '2020-06-08' },
    ],
  },
  {
    name: '"a dozen", vague "dozens" and "hundreds", small numbers in words',
    text: article('2021-08-02', [
      'Border guards reported that a dozen militants tried to cross the Panj river overnight; two were killed and dozens more retreated into Afghan territory.',
      'Hundreds of residents of nearby villages were evacuated, a spokeswoman for the Tajik border service said.',
    ]),
    entities: [org('tajik-border-service', 'Tajik border service')],
    gold: [
      { value: 12, approx: 'a dozen', claimant: ['border guards'], asOf: '2021-08-02' },
      { value: 2, claimant: ['border guards'], asOf: '2021-08-02' },
    ],
  },
  {
    name: 'Percent with a year, narrative body subject, fines in tenge',
    text: article('2019-01-20', [
      "The number of recruitment cases in Kazakhstan fell by nearly 40 percent in 2018 compared with the previous year, the Prosecutor General's Office reported.",
      'Prosecutors opened fewer than 90 criminal cases for propaganda of terrorism, and courts imposed fines of up to 2 million tenge.',
    ]),
    entities: [org('kazakhstan-prosecutor-general', "Prosecutor General's Office"), place('kazakhstan', 'Kazakhstan')],
    gold: [
      { value: 40, unit: 'percent', approx: 'nearly', claimant: ['kazakhstan-prosecutor-general'], asOf: '2018' },
      // A body acting as the subject is narration: unattributed (a reading as the body's count is defensible).
      { value: 90, approx: 'fewer than', claimant: [null, 'prosecutors', 'Prosecutors'], asOf: '2019-01-20' },
      { value: 2_000_000, unit: 'KZT', approx: 'up to', claimant: [null, 'prosecutors', 'Prosecutors', 'courts'], asOf: '2019-01-20' },
    ],
  },
  {
    name: 'Quotation attributed by "he said" in the next paragraph after an introduction',
    text: article('2016-07-08', [
      'Police chief Marat Ibraimov spoke to journalists in Bishkek on Thursday.',
      '“We know of 863 citizens who left for Syria. Around 150 of them have died there,” he said.',
    ]),
    entities: [person('marat-ibraimov', 'Marat Ibraimov', ['Ibraimov']), place('bishkek', 'Bishkek')],
    gold: [
      { value: 863, claimant: ['marat-ibraimov'], asOf: '2016-07-07' },
      { value: 150, approx: 'around', claimant: ['marat-ibraimov'], asOf: '2016-07-07' },
    ],
  },
  {
    name: 'Range "between ... and", verb "exceeded", inverted attribution',
    text: article('2018-10-12', [
      'Between 200 and 300 natives of the North Caucasus return from the Middle East every year, said Alexander Bortnikov, the director of the FSB, at a meeting of security chiefs in Tashkent.',
      'He said the total number of Russian citizens who had joined terrorist groups abroad exceeded 3,000.',
    ]),
    entities: [person('alexander-bortnikov', 'Alexander Bortnikov', ['Bortnikov']), org('fsb', 'FSB'), place('tashkent', 'Tashkent')],
    gold: [
      { min: 200, max: 300, claimant: ['alexander-bortnikov'], asOf: '2018-10-12' },
      { value: 3000, claimant: ['alexander-bortnikov'], asOf: '2018-10-12' },
    ],
  },
  {
    name: 'Attacks and wounded, ministry "said in a statement", weekday',
    text: article('2019-03-05', [
      "The Islamic State's Khorasan branch claimed responsibility for four rocket attacks on Jalalabad on Sunday, in which at least 11 civilians were wounded, the Afghan Interior Ministry said in a statement.",
    ]),
    entities: [org('islamic-state-khorasan', 'Islamic State Khorasan', ["Islamic State's Khorasan branch"]), org('afghan-interior-ministry', 'Afghan Interior Ministry'), place('jalalabad', 'Jalalabad')],
    gold: [
      { value: 4, claimant: ['afghan-interior-ministry'], asOf: '2019-03-03' },
      { value: 11, approx: 'at least', claimant: ['afghan-interior-ministry'], asOf: '2019-03-03' },
    ],
  },
  {
    name: 'No figures: idioms, generic counts, durations, times, rooms',
    text: article('2015-05-05', [
      'One of the recruiters, who had spent two years in a Turkish prison, said he would one day return.',
      'The two countries signed a cooperation plan for 2014-2015 at 14:51 local time, and hundreds of officials attended the first session, held in Room 3 of the parliament building.',
    ]),
    entities: [],
    gold: [],
  },
  {
    name: 'Ages next to a count, prosecutors as source',
    text: article('2018-02-21', [
      'Prosecutors say Rustam Ivanov, 41, recruited seven young men from his neighbourhood in Shymkent; the youngest, aged 17, was detained at the airport.',
    ]),
    entities: [person('rustam-ivanov', 'Rustam Ivanov', ['Ivanov']), place('shymkent', 'Shymkent')],
    gold: [{ value: 7, claimant: ['prosecutors', 'Prosecutors'], asOf: '2018-02-21' }],
  },
  {
    name: 'Euro amounts and an organisation as a narrative subject, "last year"',
    text: article('2022-04-11', [
      'The European Union has given Tajikistan about €3.5 million since 2019 to strengthen its border with Afghanistan.',
      'Last year alone, EU-funded patrols stopped 47 attempts to smuggle weapons across the river, the EU delegation in Dushanbe said.',
    ]),
    entities: [org('european-union', 'European Union', ['EU']), org('eu-delegation-dushanbe', 'EU delegation in Dushanbe'), place('tajikistan', 'Tajikistan')],
    gold: [
      { value: 3_500_000, unit: 'EUR', approx: 'about', claimant: [null, 'european-union'], asOf: '2022-04-11' },
      { value: 47, claimant: ['eu-delegation-dushanbe'], asOf: '2021' },
    ],
  },
];

const MORE_OWN_CASES: OwnCase[] = [
  {
    name: 'Turkmen border, "Dr." abbreviation, reported speech in the next sentence',
    text: article('2015-03-18', [
      'Dr. Annette Bohr, a Central Asia specialist at Chatham House, said on Monday that roughly 360 Turkmen nationals were fighting in Syria. She noted that the figure could be twice as high.',
      'Ashgabat has never published any official numbers.',
    ]),
    entities: [person('annette-bohr', 'Annette Bohr', ['Bohr']), org('chatham-house', 'Chatham House'), place('ashgabat', 'Ashgabat')],
    gold: [{ value: 360, approx: 'roughly', claimant: ['annette-bohr'], asOf: '2015-03-16' }],
  },
  {
    name: 'Uzbek repatriation with percentages and women and children',
    text: article('2019-06-01', [
      'Uzbekistan brought home 156 citizens from Syria on Thursday, most of them women and children, the Foreign Ministry said.',
      'Of these, 98 were children under 15, and 25 percent of the adults had been in camps for more than two years, according to ministry spokesman Yusup Kabuljanov.',
    ]),
    entities: [org('uzbek-foreign-ministry', 'Foreign Ministry', ['Uzbek Foreign Ministry']), person('yusup-kabuljanov', 'Yusup Kabuljanov', ['Kabuljanov']), place('uzbekistan', 'Uzbekistan'), place('syria', 'Syria')],
    gold: [
      { value: 156, claimant: ['uzbek-foreign-ministry'], asOf: '2019-05-30' },
      { value: 98, claimant: ['yusup-kabuljanov'], asOf: '2019-05-30' },
      { value: 25, unit: 'percent', claimant: ['yusup-kabuljanov'], asOf: '2019-06-01' },
    ],
  },
  {
    name: 'Money in rubles, court sentence durations, "U.S." abbreviation',
    text: article('2021-09-14', [
      'A court in Kazan sentenced three men to between 6 and 12 years in prison for sending 850,000 rubles to militants in Syria, the regional prosecutor\'s office said.',
      'The U.S. Treasury last year sanctioned two financiers accused of moving more than $2 million for the group.',
    ]),
    entities: [place('kazan', 'Kazan'), org('us-treasury', 'U.S. Treasury', ['Treasury'])],
    gold: [
      { value: 3, claimant: ["regional prosecutor's office", "prosecutor's office"], asOf: '2021-09-14' },
      // A prison term is a figure with the unit "years".
      { min: 6, max: 12, unit: 'years', claimant: ["regional prosecutor's office", "prosecutor's office"], asOf: '2021-09-14' },
      { value: 850_000, unit: 'RUB', claimant: ["regional prosecutor's office", "prosecutor's office"], asOf: '2021-09-14' },
      { value: 2, claimant: [null, 'us-treasury'], asOf: '2020' },
      { value: 2_000_000, unit: 'USD', approx: 'more than', claimant: ['us-treasury'], asOf: '2020' },
    ],
  },
  {
    name: 'Estimate by a think tank, "up to", "an estimated", quote without entity speaker',
    text: article('2017-12-05', [
      'The Soufan Center estimates that up to 5,000 fighters from Central Asia travelled to Syria and Iraq.',
      '"An estimated 1,300 of them have already returned to the former Soviet Union," a senior European diplomat told reporters in Brussels.',
    ]),
    entities: [org('soufan-center', 'Soufan Center', ['The Soufan Center']), place('brussels', 'Brussels')],
    gold: [
      { value: 5000, approx: 'up to', claimant: ['soufan-center'], asOf: '2017-12-05' },
      { value: 1300, approx: 'an estimated', claimant: ['senior European diplomat', 'European diplomat', 'diplomat'], asOf: '2017-12-05' },
    ],
  },
  {
    name: 'Numbers in words above ten, the Interior Ministry by a definite reference',
    text: article('2016-02-09', [
      "Kazakhstan's Interior Ministry has identified some three hundred citizens who joined armed groups abroad. The ministry said forty-two of them had been killed.",
    ]),
    entities: [org('kazakhstan-interior-ministry', 'Interior Ministry', ["Kazakhstan's Interior Ministry"]), place('kazakhstan', 'Kazakhstan')],
    gold: [
      { value: 300, approx: 'some', claimant: ['kazakhstan-interior-ministry'], asOf: '2016-02-09' },
      { value: 42, claimant: ['kazakhstan-interior-ministry'], asOf: '2016-02-09' },
    ],
  },
  {
    name: 'Distractors: "Su-25", "G20", percentages of sure, hours, page numbers, years',
    text: article('2020-01-10', [
      'Two Su-25 jets flew over the area in 2019, and the G20 summit was 100 percent sure to discuss terrorism, the text on page 4 said.',
      'The operation lasted 36 hours.',
    ]),
    entities: [],
    gold: [],
  },
  {
    name: 'Kyrgyz prisons: numbers with "as many as", "almost", claimant by "said" then "added"',
    text: article('2018-11-20', [
      'Kyrgyzstan holds almost 400 people convicted of extremism in its prisons, said Tolonbek Abdyrov, the head of the prison service.',
      'Abdyrov added that as many as 60 inmates had renounced their views after counselling.',
    ]),
    entities: [person('tolonbek-abdyrov', 'Tolonbek Abdyrov', ['Abdyrov']), place('kyrgyzstan', 'Kyrgyzstan')],
    gold: [
      { value: 400, approx: 'almost', claimant: ['tolonbek-abdyrov'], asOf: '2018-11-20' },
      { value: 60, approx: 'as many as', claimant: ['tolonbek-abdyrov'], asOf: '2018-11-20' },
    ],
  },
  {
    name: 'Wounded and killed in an attack, police as source, "at least" twice',
    text: article('2014-05-23', [
      'At least 31 people were killed and more than 90 wounded when two cars exploded at a market in Urumqi on Thursday morning, police said.',
    ]),
    entities: [place('urumqi', 'Urumqi')],
    gold: [
      { value: 31, approx: 'at least', claimant: ['police'], asOf: '2014-05-22' },
      { value: 90, approx: 'more than', claimant: ['police'], asOf: '2014-05-22' },
      { value: 2, claimant: ['police'], asOf: '2014-05-22' },
    ],
  },
];

const THIRD_OWN_CASES: OwnCase[] = [
  {
    name: 'Azattyk-style: mufti, families, "told RFE/RL"',
    text: article('2019-12-02', [
      'About 150 Kyrgyz women and children remain in the al-Hol camp in Syria, Kyrgyzstan\'s deputy mufti Zamir Rakiev told RFE/RL on November 28.',
      'Rakiev said that since March the government had brought back 79 children, and that their mothers were still awaiting trial.',
    ]),
    entities: [person('zamir-rakiev', 'Zamir Rakiev', ['Rakiev']), org('rfe-rl', 'RFE/RL'), place('syria', 'Syria')],
    gold: [
      { value: 150, approx: 'about', claimant: ['zamir-rakiev'], asOf: '2019-11-28' },
      { value: 79, claimant: ['zamir-rakiev'], asOf: '2019-11-28' },
    ],
  },
  {
    name: 'Interfax-style: "the source said", percentages, million rubles',
    text: article('2016-04-07', [
      'Russian security services prevented 12 terrorist attacks in Moscow in the first quarter, a source in law enforcement told Interfax.',
      'The source said funding for extremist cells had fallen by a third, to about 40 million rubles, and that 85 percent of it came from abroad.',
    ]),
    entities: [org('interfax', 'Interfax'), place('moscow', 'Moscow')],
    gold: [
      { value: 12, claimant: ['source in law enforcement', 'a source in law enforcement'], asOf: '2016-04-07' },
      { value: 40_000_000, unit: 'RUB', approx: 'about', claimant: ['source in law enforcement', 'a source in law enforcement', 'source'], asOf: '2016-04-07' },
      { value: 85, unit: 'percent', claimant: ['source in law enforcement', 'a source in law enforcement', 'source'], asOf: '2016-04-07' },
    ],
  },
  {
    name: 'Tajik returnees, president speech, words and digits',
    text: article('2018-09-05', [
      'President Emomali Rahmon said on Monday that more than one hundred citizens who had fought in Syria and Iraq had been pardoned since 2015.',
      'In his speech, the president added that 1,100 Tajiks were still in the conflict zone.',
    ]),
    entities: [person('emomali-rahmon', 'Emomali Rahmon', ['Rahmon'])],
    gold: [
      { value: 100, approx: 'more than', claimant: ['emomali-rahmon'], asOf: '2018-09-03' },
      { value: 1100, claimant: ['emomali-rahmon'], asOf: '2018-09-03' },
    ],
  },
  {
    name: 'Court case: sentences, defendants, distractor article numbers',
    text: article('2020-02-14', [
      'The Almaty city court convicted nine members of a recruiting network under Article 256 of the Criminal Code on Thursday. Prosecutors had asked for terms of up to 12 years.',
      'The group sent at least 27 people to Syria between 2013 and 2016, the court found.',
    ]),
    entities: [org('almaty-city-court', 'Almaty city court'), place('almaty', 'Almaty'), place('syria', 'Syria')],
    gold: [
      { value: 9, claimant: [null, 'almaty-city-court'], asOf: '2020-02-13' },
      { value: 12, unit: 'years', approx: 'up to', claimant: [null, 'prosecutors'], asOf: '2020-02-14' },
      { value: 27, approx: 'at least', claimant: ['almaty-city-court'], asOf: '2020-02-14' },
    ],
  },
  {
    name: 'Chechnya: "according to" with a surname, per cent, wounded',
    text: article('2017-08-21', [
      'According to Kadyrov, about 2,000 fighters from Chechnya had gone to Syria, and roughly 10 per cent of them had returned.',
    ]),
    entities: [person('ramzan-kadyrov', 'Ramzan Kadyrov', ['Kadyrov']), place('chechnya', 'Chechnya')],
    gold: [
      { value: 2000, approx: 'about', claimant: ['ramzan-kadyrov'], asOf: '2017-08-21' },
      { value: 10, unit: 'percent', approx: 'roughly', claimant: ['ramzan-kadyrov'], asOf: '2017-08-21' },
    ],
  },
  {
    name: 'Distractors: phone hotline, hours, years and a single quote',
    text: article('2021-03-03', [
      'The hotline 8-800-100-12-34 works 24 hours a day, and the first call came in 2016.',
    ]),
    entities: [],
    gold: [],
  },
  {
    name: 'Seized weapons and arrests, ministry statement in the first sentence',
    text: article('2023-05-19', [
      'Uzbekistan\'s State Security Service said on Wednesday it had detained 14 supporters of Katibat al-Tawhid wal-Jihad and seized two assault rifles and 300 rounds of ammunition.',
    ]),
    entities: [org('uzbek-sgb', 'State Security Service', ["Uzbekistan's State Security Service", 'SGB']), org('ktj', 'Katibat al-Tawhid wal-Jihad')],
    gold: [
      { value: 14, claimant: ['uzbek-sgb'], asOf: '2023-05-17' },
      { value: 2, claimant: ['uzbek-sgb'], asOf: '2023-05-17' },
      { value: 300, claimant: ['uzbek-sgb'], asOf: '2023-05-17' },
    ],
  },
  {
    name: 'Analyst estimate in a quote with "says" after it',
    text: article('2015-10-30', [
      '"I would put the number of Kazakhs in Syria at somewhere between 300 and 400," says Erlan Karin, an analyst in Almaty. "Perhaps 150 of them are women."',
    ]),
    entities: [person('erlan-karin', 'Erlan Karin', ['Karin']), place('almaty', 'Almaty')],
    gold: [
      { min: 300, max: 400, claimant: ['erlan-karin'], asOf: '2015-10-30' },
      { value: 150, approx: 'perhaps', claimant: ['erlan-karin'], asOf: '2015-10-30' },
    ],
  },
];
const FOURTH_OWN_CASES: OwnCase[] = [
  {
    name: 'death toll rose to, a total of, out of',
    text: article('2017-04-05', [
      'The death toll from the metro bombing in St. Petersburg rose to 14 on Tuesday, the Health Ministry said. A total of 49 people remain in hospital, 11 of them in serious condition.',
    ]),
    entities: [org('health-ministry', 'Health Ministry'), place('st-petersburg', 'St. Petersburg')],
    gold: [
      { value: 14, claimant: ['health-ministry'], asOf: '2017-04-04' },
      { value: 49, claimant: ['health-ministry', null], asOf: '2017-04-05' },
      { value: 11, claimant: ['health-ministry', null], asOf: '2017-04-05' },
    ],
  },
  {
    name: 'list of countries with counts',
    text: article('2016-01-20', [
      'The report counts about 4,000 fighters from Central Asia: 2,000 from Uzbekistan, 500 from Kyrgyzstan, 360 from Turkmenistan and 300 from Kazakhstan, according to the International Crisis Group.',
    ]),
    entities: [org('crisis-group', 'International Crisis Group', ['Crisis Group'])],
    gold: [
      { value: 4000, approx: 'about', claimant: ['crisis-group'], asOf: '2016-01-20' },
      { value: 2000, claimant: ['crisis-group'], asOf: '2016-01-20' },
      { value: 500, claimant: ['crisis-group'], asOf: '2016-01-20' },
      { value: 360, claimant: ['crisis-group'], asOf: '2016-01-20' },
      { value: 300, claimant: ['crisis-group'], asOf: '2016-01-20' },
    ],
  },
  {
    name: 'interview Q&A style with "she says"',
    text: article('2018-03-08', [
      'Gulnara Yusupova, who runs a support group for mothers in Osh, says she knows of 40 families whose sons left. "Twelve of them have come back," she says.',
    ]),
    entities: [person('gulnara-yusupova', 'Gulnara Yusupova', ['Yusupova']), place('osh', 'Osh')],
    gold: [
      { value: 40, claimant: ['gulnara-yusupova'], asOf: '2018-03-08' },
      { value: 12, claimant: ['gulnara-yusupova'], asOf: '2018-03-08' },
    ],
  },
  {
    name: 'officials said, anonymous, budget in som',
    text: article('2022-10-01', [
      'Officials said the programme will cost 120 million soms over three years and cover 5,000 young people in the south.',
    ]),
    entities: [],
    gold: [
      { value: 120_000_000, unit: 'KGS', claimant: ['officials'], asOf: '2022-10-01' },
      { value: 5000, claimant: ['officials'], asOf: '2022-10-01' },
    ],
  },
];
const FIFTH_OWN_CASES: OwnCase[] = [
  {
    name: 'two people in one paragraph, "who" clause',
    text: article('2016-05-12', [
      'Ahmed Rashid, who has written several books on the Taliban, told AFP that about 7,000 Central Asians had joined militant groups. His colleague Svante Cornell put the figure lower, at 4,000.',
    ]),
    entities: [person('ahmed-rashid', 'Ahmed Rashid', ['Rashid']), person('svante-cornell', 'Svante Cornell', ['Cornell']), org('afp', 'AFP'), org('taliban', 'Taliban')],
    gold: [
      { value: 7000, approx: 'about', claimant: ['ahmed-rashid'], asOf: '2016-05-12' },
      { value: 4000, claimant: ['svante-cornell'], asOf: '2016-05-12' },
    ],
  },
  {
    name: 'spokesperson for X, passive reported killed, 20-strong',
    text: article('2019-07-30', [
      'A 20-strong unit of border troops clashed with smugglers near the village of Chorbog, a spokesperson for the State Committee for National Security said. Three smugglers were reported killed.',
    ]),
    entities: [org('gknb-tj', 'State Committee for National Security'), place('chorbog', 'Chorbog')],
    gold: [
      { value: 20, claimant: ['gknb-tj', 'spokesperson for the State Committee for National Security'], asOf: '2019-07-30' },
      { value: 3, claimant: [null, 'gknb-tj'], asOf: '2019-07-30' },
    ],
  },
  {
    name: 'the official also said across sentences, percent change',
    text: article('2020-12-17', [
      'Deputy Interior Minister Kursan Asanov presented the annual crime report to parliament on Wednesday. The number of extremism cases rose by 15 percent, he said.',
      'The minister also said that 230 people were on a watch list.',
    ]),
    entities: [person('kursan-asanov', 'Kursan Asanov', ['Asanov'])],
    gold: [
      { value: 15, unit: 'percent', claimant: ['kursan-asanov'], asOf: '2020-12-17' },
      { value: 230, claimant: ['kursan-asanov'], asOf: '2020-12-17' },
    ],
  },
  {
    name: 'UN figures with "an estimated", "nearly", million dollars',
    text: article('2018-02-02', [
      'The United Nations Office on Drugs and Crime estimates that nearly 600 tonnes of heroin pass through Central Asia each year, worth an estimated $1.4 billion to traffickers.',
    ]),
    entities: [org('unodc', 'United Nations Office on Drugs and Crime', ['UNODC'])],
    gold: [
      { value: 600, unit: 't', approx: 'nearly', claimant: ['unodc'], asOf: '2018-02-02' },
      { value: 1_400_000_000, unit: 'USD', approx: 'an estimated', claimant: ['unodc'], asOf: '2018-02-02' },
    ],
  },
];

/**
 * Attribution mechanisms, on paragraphs written for them: a report's findings carried
 * to the publisher, a court's and a prosecutor's findings, "he said" closing a paragraph
 * of speech, a statement carried across sentences and named again, press services,
 * unnamed sources with their place, relative clauses, documents and "it", and
 * narration that stays unattributed.
 */
const SIXTH_OWN_CASES: OwnCase[] = [
  {
    name: 'report by a think tank: "according to the report" and a country list carry to the publisher',
    text: article('2018-02-15', [
      'A new report by the Caspian Policy Forum, a research group based in Baku, counts about 2,900 Azerbaijani citizens who travelled to Syria and Iraq between 2012 and 2017.',
      'According to the report, roughly 900 of them have been killed and some 350 have come home. Georgia 600, Turkmenistan 360 and Armenia 20 complete its regional table. Most returnees were tried on arrival, the report adds.',
    ]),
    entities: [
      org('caspian-policy-forum', 'Caspian Policy Forum'), place('baku', 'Baku'), place('azerbaijan', 'Azerbaijan'),
      place('georgia', 'Georgia'), place('turkmenistan', 'Turkmenistan'), place('armenia', 'Armenia'), place('syria', 'Syria'), place('iraq', 'Iraq'),
    ],
    gold: [
      { value: 2900, approx: 'about', claimant: ['caspian-policy-forum'], asOf: '2018-02-15' },
      { value: 900, approx: 'roughly', claimant: ['caspian-policy-forum'], asOf: '2018-02-15' },
      { value: 350, approx: 'some', claimant: ['caspian-policy-forum'], asOf: '2018-02-15' },
      { value: 600, claimant: ['caspian-policy-forum'], asOf: '2018-02-15' },
      { value: 360, claimant: ['caspian-policy-forum'], asOf: '2018-02-15' },
      { value: 20, claimant: ['caspian-policy-forum'], asOf: '2018-02-15' },
    ],
  },
  {
    name: 'court findings: "the court found", "according to the verdict"',
    text: article('2019-06-18', [
      'The Karaganda regional court on Monday convicted Timur Aliyev of financing terrorism.',
      'The court found that Aliyev had transferred 4.2 million tenge to a recruiter in Turkey and had helped at least 6 young men buy plane tickets to Istanbul.',
      'According to the verdict, two of the men later died in Syria.',
    ]),
    entities: [
      org('karaganda-regional-court', 'Karaganda regional court'), person('timur-aliyev', 'Timur Aliyev', ['Aliyev']),
      place('turkey', 'Turkey'), place('istanbul', 'Istanbul'), place('syria', 'Syria'),
    ],
    gold: [
      { value: 4_200_000, unit: 'KZT', claimant: ['karaganda-regional-court'], asOf: '2019-06-18' },
      { value: 6, approx: 'at least', claimant: ['karaganda-regional-court'], asOf: '2019-06-18' },
      { value: 2, claimant: ['karaganda-regional-court'], asOf: '2019-06-18' },
    ],
  },
  {
    name: 'prosecutors as words, the prosecutor-general\'s office as an entity',
    text: article('2020-03-05', [
      "Prosecutors said the network had sent 37 recruits to Afghanistan over four years. The Prosecutor-General's Office added that 12 members of the network remain at large.",
    ]),
    entities: [org('uz-prosecutor-general', "Prosecutor-General's Office"), place('afghanistan', 'Afghanistan')],
    gold: [
      { value: 37, claimant: ['prosecutors'], asOf: '2020-03-05' },
      { value: 12, claimant: ['uz-prosecutor-general'], asOf: '2020-03-05' },
    ],
  },
  {
    name: '"he said" closing a paragraph of figures, speaker introduced with his title before',
    text: article('2017-12-09', [
      "Dagestan's deputy interior minister, Magomed Kurbanov, briefed reporters in Makhachkala about the operation in the mountains.",
      'Security forces had surrounded a group of 9 militants near the village of Gimry, and 7 of them were killed in the firefight. Two officers were wounded. The rest surrendered, he said.',
    ]),
    entities: [person('magomed-kurbanov', 'Magomed Kurbanov', ['Kurbanov']), place('dagestan', 'Dagestan'), place('makhachkala', 'Makhachkala'), place('gimry', 'Gimry')],
    gold: [
      { value: 9, claimant: ['magomed-kurbanov'], asOf: '2017-12-09' },
      { value: 7, claimant: ['magomed-kurbanov'], asOf: '2017-12-09' },
      { value: 2, claimant: ['magomed-kurbanov'], asOf: '2017-12-09' },
    ],
  },
  {
    name: 'security service statement carried across sentences and named again ("the service added")',
    text: article('2021-11-22', [
      "In a statement on Monday, Azerbaijan's State Security Service said it had detained 17 suspected members of a banned Salafi group in Sumgait and Ganja.",
      'According to the statement, the group raised about 60,000 manats from local businessmen. The money was sent to fighters in Idlib through couriers. Four of the detainees had fought in Syria. Three others had tried to reach the Afghan border, the service added.',
    ]),
    entities: [
      org('azerbaijan-dtx', 'State Security Service', ["Azerbaijan's State Security Service"]),
      place('sumgait', 'Sumgait'), place('ganja', 'Ganja'), place('idlib', 'Idlib'), place('syria', 'Syria'),
    ],
    gold: [
      { value: 17, claimant: ['azerbaijan-dtx'], asOf: '2021-11-22' },
      { value: 60_000, unit: 'TMT', approx: 'about', claimant: ['azerbaijan-dtx'], asOf: '2021-11-22' },
      { value: 4, claimant: ['azerbaijan-dtx'], asOf: '2021-11-22' },
      { value: 3, claimant: ['azerbaijan-dtx'], asOf: '2021-11-22' },
    ],
  },
  {
    name: 'a ministry\'s press centre and a court\'s press service speak for the body',
    text: article('2022-05-06', [
      "Tajikistan's Interior Ministry has stepped up checks on young men returning from Russia.",
      "Officers detained 23 people in raids across the Khatlon region, the interior ministry's press centre said on Thursday.",
      "The Supreme Court of Tajikistan upheld the sentences of 8 of them last year, the court's press service added.",
    ]),
    entities: [
      org('tajik-interior-ministry', 'Interior Ministry', ["Tajikistan's Interior Ministry"]), org('tajik-supreme-court', 'Supreme Court of Tajikistan', ['Supreme Court']),
      place('russia', 'Russia'), place('khatlon', 'Khatlon'),
    ],
    gold: [
      { value: 23, claimant: ['tajik-interior-ministry'], asOf: '2022-05-05' },
      { value: 8, claimant: ['tajik-supreme-court'], asOf: '2021' },
    ],
  },
  {
    name: 'narration stays unattributed, even with the police as the subject',
    text: article('2019-08-10', [
      'Police in Shymkent detained 14 people after a brawl outside a mosque on Friday. Three officers were injured.',
    ]),
    entities: [place('shymkent', 'Shymkent')],
    gold: [
      { value: 14, claimant: [null], asOf: '2019-08-09' },
      { value: 3, claimant: [null], asOf: '2019-08-10' },
    ],
  },
  {
    name: 'unnamed sources keep their place: "officials in Bishkek", "experts in Almaty"',
    text: article('2016-09-01', [
      'Officials in Bishkek say about 850 Kyrgyz citizens have gone to Syria since 2012. Experts in Almaty put the number of Kazakhs who went at about 600.',
    ]),
    entities: [place('bishkek', 'Bishkek'), place('almaty', 'Almaty'), place('syria', 'Syria')],
    gold: [
      { value: 850, approx: 'about', claimant: ['officials in Bishkek'], asOf: '2016-09-01' },
      { value: 600, approx: 'about', claimant: ['experts in Almaty'], asOf: '2016-09-01' },
    ],
  },
  {
    name: 'a country with a relative clause as the subject; a relative clause speaks only for itself',
    text: article('2023-01-10', [
      'Pakistan, which for decades hosted training camps on its side of the border, says it has arrested more than 1,200 foreign militants since 2014.',
      'Afghanistan, which its officials believe is home to about 4,000 foreign fighters, has published no figures on returnees. Kabul deported 60 Uzbek nationals in 2022.',
    ]),
    entities: [place('pakistan', 'Pakistan'), place('afghanistan', 'Afghanistan'), place('kabul', 'Kabul')],
    gold: [
      { value: 1200, approx: 'more than', claimant: ['pakistan'], asOf: '2023-01-10' },
      { value: 4000, approx: 'about', claimant: ['officials'], asOf: '2023-01-10' },
      { value: 60, claimant: [null], asOf: '2022' },
    ],
  },
  {
    name: '"Using data from ..., it estimates" and "The survey lists" speak for the institute',
    text: article('2020-12-01', [
      'The Institute for Security Studies in Astana has published its annual survey of extremism in the region. Using data from 5 national agencies, it estimates that some 4,500 Central Asians remain in Syria and Iraq.',
      'The survey lists 14 active recruitment networks, most of them online.',
    ]),
    entities: [org('iss-astana', 'Institute for Security Studies'), place('astana', 'Astana'), place('syria', 'Syria'), place('iraq', 'Iraq')],
    gold: [
      { value: 5, claimant: ['iss-astana'], asOf: '2020-12-01' },
      { value: 4500, approx: 'some', claimant: ['iss-astana'], asOf: '2020-12-01' },
      { value: 14, claimant: ['iss-astana'], asOf: '2020-12-01' },
    ],
  },
  {
    name: 'no claimant made of a number: "$4,500 in cash that officers believe ..."',
    text: article('2018-04-04', [
      'During the search, police seized 3 pistols and $4,500 in cash that officers believe came from extortion.',
    ]),
    entities: [],
    gold: [
      { value: 3, claimant: [null], asOf: '2018-04-04' },
      { value: 4500, unit: 'USD', claimant: [null, 'officers'], asOf: '2018-04-04' },
    ],
  },
  {
    name: 'a body named only in the text: "the program said"',
    text: article('2021-07-07', [
      'The Safe Return program, run by a charity in Osh, has helped 210 women come back from Turkey since 2019, the program said in a report.',
    ]),
    entities: [place('osh', 'Osh'), place('turkey', 'Turkey')],
    gold: [{ value: 210, claimant: ['Safe Return', 'Safe Return program'], asOf: '2021-07-07' }],
  },
  {
    name: '"claimed the lives of" is no attribution; "held ... responsible for" is',
    text: article('2017-10-20', [
      'The bombing of a market in Kunduz claimed the lives of 19 people. The Interior Ministry held the Islamic Movement of Uzbekistan responsible for the attack, which also wounded 42 people.',
    ]),
    entities: [org('afghan-interior-ministry', 'Interior Ministry'), org('imu', 'Islamic Movement of Uzbekistan'), place('kunduz', 'Kunduz')],
    gold: [
      { value: 19, claimant: [null], asOf: '2017-10-20' },
      { value: 42, claimant: ['afghan-interior-ministry'], asOf: '2017-10-20' },
    ],
  },
  {
    name: 'a sentence without figures breaks the carried source',
    text: article('2016-03-14', [
      'According to the Health Ministry, 11 people died in the blast and 31 were taken to hospital. Rescue teams worked through the night to clear the rubble. About 200 volunteers donated blood on Saturday.',
    ]),
    entities: [org('health-ministry', 'Health Ministry')],
    gold: [
      { value: 11, claimant: ['health-ministry'], asOf: '2016-03-14' },
      { value: 31, claimant: ['health-ministry'], asOf: '2016-03-14' },
      { value: 200, approx: 'about', claimant: [null], asOf: '2016-03-12' },
    ],
  },
  {
    name: 'a carried figure is as of the statement that named its source',
    text: article('2023-09-12', [
      "Turkmenistan's State Migration Service said on Sunday that 412 citizens had been deported from Turkey since January. Another 57 were sent back from Russia.",
    ]),
    entities: [org('tm-migration-service', 'State Migration Service', ["Turkmenistan's State Migration Service"]), place('turkey', 'Turkey'), place('russia', 'Russia')],
    gold: [
      { value: 412, claimant: ['tm-migration-service'], asOf: '2023-09-10' },
      { value: 57, claimant: ['tm-migration-service'], asOf: '2023-09-10' },
    ],
  },
  {
    name: 'a new actor\'s deed is narration: the carried source stops',
    text: article('2022-11-30', [
      'Interior Minister Daniyar Ospanov said on Monday that 640 Kazakhs had gone to fight abroad since 2013, and that 210 of them had died. Police later detained 35 returnees at Almaty airport. About 90 were released on bail.',
    ]),
    entities: [person('daniyar-ospanov', 'Daniyar Ospanov', ['Ospanov']), place('almaty', 'Almaty')],
    gold: [
      { value: 640, claimant: ['daniyar-ospanov'], asOf: '2022-11-28' },
      { value: 210, claimant: ['daniyar-ospanov'], asOf: '2022-11-28' },
      { value: 35, claimant: [null], asOf: '2022-11-30' },
      { value: 90, approx: 'about', claimant: [null], asOf: '2022-11-30' },
    ],
  },
  {
    name: 'a source that gave no figure carries on only when named again',
    text: article('2020-10-09', [
      'The defence lawyer, Anvar Saidov, argued for a shorter term. In Uzbekistan, convicts serving such terms are usually released after about 9 years.',
      "According to the State Security Service, the cell met in a mosque in Namangan. Four of its members are women. The group had links to recruiters in Turkey, the service said.",
    ]),
    entities: [person('anvar-saidov', 'Anvar Saidov', ['Saidov']), org('uz-sgb', 'State Security Service'), place('uzbekistan', 'Uzbekistan'), place('namangan', 'Namangan'), place('turkey', 'Turkey')],
    gold: [
      { value: 9, unit: 'years', approx: 'about', claimant: [null], asOf: '2020-10-09' },
      { value: 4, claimant: ['uz-sgb'], asOf: '2020-10-09' },
    ],
  },
  {
    name: '"the ministry" is the ministry that has been speaking, not the last one named',
    text: article('2019-05-14', [
      "Kazakhstan's Foreign Ministry said on Monday that 38 citizens had been flown home from Syria. The Ministry of Health and the Ministry of Education will help them settle in. According to the ministry, 26 of the returnees are children.",
    ]),
    entities: [
      org('kz-foreign-ministry', 'Foreign Ministry', ["Kazakhstan's Foreign Ministry"]), org('kz-health-ministry', 'Ministry of Health'),
      org('kz-education-ministry', 'Ministry of Education'), place('syria', 'Syria'),
    ],
    gold: [
      { value: 38, claimant: ['kz-foreign-ministry'], asOf: '2019-05-13' },
      { value: 26, claimant: ['kz-foreign-ministry'], asOf: '2019-05-14' },
    ],
  },
];

/** Figures that are easy to miss or to invent: demonyms, families, prison terms, ages, distributions. */
const SEVENTH_OWN_CASES: OwnCase[] = [
  {
    name: 'demonyms, a possessive family count, "five of those killed", prison terms; no age, no "one for each"',
    text: article('2019-04-03', [
      'The dead included two Canadians and three Danes. Five of those killed were students from Aarhus, the police said.',
      'A court in Ankara gave the driver a 25-year sentence and his brother 7 years in prison. The brother is 31 and has three daughters.',
      'Prosecutors had demanded six life terms, one for each victim, and 12 members of the cell face up to seven years in jail.',
      'One suspect, Tural Hasanov, was released.',
    ]),
    entities: [place('aarhus', 'Aarhus'), place('ankara', 'Ankara'), person('tural-hasanov', 'Tural Hasanov', ['Hasanov'])],
    gold: [
      { value: 2, claimant: [null, 'police'], asOf: '2019-04-03' },
      { value: 3, claimant: [null, 'police'], asOf: '2019-04-03' },
      { value: 5, claimant: ['police'], asOf: '2019-04-03' },
      { value: 25, unit: 'years', claimant: [null], asOf: '2019-04-03' },
      { value: 7, unit: 'years', claimant: [null], asOf: '2019-04-03' },
      { value: 3, claimant: [null], asOf: '2019-04-03' },
      { value: 6, claimant: [null, 'prosecutors'], asOf: '2019-04-03' },
      { value: 12, claimant: [null, 'prosecutors'], asOf: '2019-04-03' },
      { value: 7, unit: 'years', approx: 'up to', claimant: [null, 'prosecutors'], asOf: '2019-04-03' },
    ],
  },
];

/** Counts of one scoring pass. */
interface Score {
  matched: number;
  predicted: number;
  gold: number;
  claimantRight: number;
  asOfRight: number;
  approxRight: number;
  problems: string[];
}

/**
 * Matches predicted figures to gold ones by value (or range) and unit, then counts
 * right claimants, dates and qualifiers among the matches.
 */
function score(predicted: ArticleFigure[], gold: GoldFigure[]): Score {
  const used = new Set<number>();
  const result: Score = { matched: 0, predicted: predicted.length, gold: gold.length, claimantRight: 0, asOfRight: 0, approxRight: 0, problems: [] };
  for (const g of gold) {
    const k = predicted.findIndex((p, i) => !used.has(i) && p.value === g.value && p.min === g.min && p.max === g.max && (g.unit === undefined || p.unit === g.unit));
    const label = g.value ?? `${g.min}-${g.max}`;
    if (k < 0) {
      result.problems.push(`missed ${label}`);
      continue;
    }
    used.add(k);
    result.matched++;
    const p = predicted[k] as ArticleFigure;
    if (g.claimant.some((c) => (c === null ? p.claimant === null : p.claimant?.toLowerCase() === c.toLowerCase()))) result.claimantRight++;
    else result.problems.push(`claimant of ${label}: ${p.claimant}, want ${g.claimant.join(' | ')}`);
    if (p.asOf === g.asOf) result.asOfRight++;
    else result.problems.push(`asOf of ${label}: ${p.asOf}, want ${g.asOf}`);
    if (p.approx === g.approx) result.approxRight++;
    else result.problems.push(`approx of ${label}: ${p.approx}, want ${g.approx}`);
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) result.problems.push(`extra ${amount(p)} (${p.what})`);
  });
  return result;
}

describe('extractFigures on paragraphs written for these tests', () => {
  const cases = [...OWN_CASES, ...MORE_OWN_CASES, ...THIRD_OWN_CASES, ...FOURTH_OWN_CASES, ...FIFTH_OWN_CASES, ...SIXTH_OWN_CASES, ...SEVENTH_OWN_CASES];
  const results = cases.map((c) => ({ name: c.name, text: c.text, figures: extractFigures(c.text, c.entities), score: score(extractFigures(c.text, c.entities), c.gold) }));

  it('reaches figure F1 >= 0.9 and claimant accuracy >= 0.85', () => {
    const total = results.reduce(
      (acc, r) => ({
        matched: acc.matched + r.score.matched,
        predicted: acc.predicted + r.score.predicted,
        gold: acc.gold + r.score.gold,
        claimant: acc.claimant + r.score.claimantRight,
        asOf: acc.asOf + r.score.asOfRight,
        approx: acc.approx + r.score.approxRight,
      }),
      { matched: 0, predicted: 0, gold: 0, claimant: 0, asOf: 0, approx: 0 },
    );
    const precision = total.matched / total.predicted;
    const recall = total.matched / total.gold;
    const f1 = (2 * precision * recall) / (precision + recall);
    const claimantAccuracy = total.claimant / total.matched;
    const asOfAccuracy = total.asOf / total.matched;
    const approxAccuracy = total.approx / total.matched;
    const problems = results.flatMap((r) => r.score.problems.map((p) => `${r.name}: ${p}`));
    console.info(
      `own paragraphs: ${cases.length} articles, ${total.gold} gold figures; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
        `F1 ${f1.toFixed(3)}, claimant ${claimantAccuracy.toFixed(3)}, asOf ${asOfAccuracy.toFixed(3)}, approx ${approxAccuracy.toFixed(3)}` +
        (problems.length > 0 ? `\n  ${problems.join('\n  ')}` : ''),
    );
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(f1).toBeGreaterThanOrEqual(0.9);
    expect(claimantAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(asOfAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(approxAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes every figure verbatim from its paragraph', () => {
    for (const r of results) expectVerbatimQuotes(r.figures, r.text.paragraphs);
  });

  it('finds nothing in paragraphs made only of distractors', () => {
    const distractors = cases.filter((c) => c.gold.length === 0);
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    for (const c of distractors) expect(extractFigures(c.text, c.entities)).toEqual([]);
  });
});

describe('what a figure counts, in lists and leftovers', () => {
  /** The "what" of every figure of one paragraph, by value. */
  function whats(paragraph: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of extractFigures(article('2021-06-01', [paragraph]), [])) out[String(amount(f))] = f.what;
    return out;
  }

  it('names the list a count belongs to: "Georgia 600, Turkmenistan 360 and Armenia 20"', () => {
    expect(whats('The survey found 2,100 recruits in the region. Georgia 600, Turkmenistan 360 and Armenia 20 make up the rest of its table.')).toMatchObject({
      600: 'recruits from Georgia', 360: 'recruits from Turkmenistan', 20: 'recruits from Armenia',
    });
    expect(whats('The camp holds 9,000 detainees; Iraqis account for about 4,800 of them and Syrians for some 2,300.')).toMatchObject({
      2300: 'Syrians',
    });
  });

  it('reads the subject of "numbered", "such", a toll put at a figure and "of whom"', () => {
    expect(whats('The raiders, who came from across the border, had numbered about 40.')).toMatchObject({ 40: 'raiders' });
    expect(whats('Officials believe that up to 15 such cells operate in the capital.')['15']).toMatch(/^cells/);
    expect(whats('Local doctors put the death toll much higher, at around 80.')).toMatchObject({ 80: 'death toll' });
    expect(whats('The region relies on its seasonal workers, about 300,000 of whom travel to Russia every spring.')['300000']).toMatch(/^seasonal workers/);
  });

  it('calls a prison term a prison term and never runs into the next number', () => {
    expect(whats('The court jailed the organiser for 9 years.')).toMatchObject({ 9: 'prison term' });
    const described = whats('Six other defendants received terms of between 4 and 11 years.');
    expect(described['6']).toBe('defendants received terms');
  });
});

describe('extractFigures: terms in translated court reports, list items, counts as subjects (own sentences)', () => {
  const figuresOf = (...paragraphs: string[]): ArticleFigure[] => extractFigures(article('2019-05-01', paragraphs), []);

  it('reads a fractional term "of deprivation of liberty" and a term the prosecution asked for', () => {
    const figures = figuresOf('The court imposed a punishment of three and a half years of deprivation of liberty in a strict regime colony. The prosecutor asked for six years.');
    expect(figures.map((figure) => [amount(figure), figure.unit])).toEqual([[3.5, 'years'], [6, 'years']]);
  });

  it('counts a small number in a list after a sum of money, under the list verb', () => {
    const figures = figuresOf('Officers confiscated about $40,000 in cash, three rifles and a laptop from the flat.');
    expect(figures.map(amount)).toEqual([40000, 3]);
    expect(figures[1]?.what).toContain('rifles');
  });

  it('reads a four-digit number after "since" as a year even before a count noun', () => {
    const figures = figuresOf('Prosecutors have opened more than 40 files since 2016 in cases of online recruitment.');
    expect(figures.map(amount)).toEqual([40]);
  });

  it('does not take a count of charges for the claimant of a maximum penalty', () => {
    const figures = figuresOf('The three fraud charges each carry a maximum sentence of 20 years in prison.');
    expect(figures.map(amount)).toEqual([20]);
    expect(figures[0]?.claimant).toBeNull();
  });
});

describe('blind-5 mechanisms: a claimant is a noun phrase naming a speaker (own sentences)', () => {
  const claimantsOf = claimantsOn('2021-03-01');

  it('skips a connective between commas: "Local activists, however, put the toll at ..."', () => {
    expect(claimantsOf([], 'Local activists in Naryn region, however, put the number of dead at more than 30.')).toEqual([[30, 'local activists in Naryn region']]);
    expect(claimantsOf([], 'Rights groups, meanwhile, estimate that 400 people are still held.')).toEqual([[400, 'Rights groups']]);
  });

  it('reads a document with a participle phrase as the document, not the phrase: "The audit, presented to parliament ..., counts ..."', () => {
    const entities = [org('court-of-auditors', 'Court of Auditors')];
    expect(claimantsOf(entities, 'The Court of Auditors has published a review of prison spending.', 'The review, presented to parliament on Monday, estimates that 1,200 inmates share cells built for 600.'))
      .toEqual([[1200, 'court-of-auditors'], [600, 'court-of-auditors']]);
  });

  it('gives the writer\'s own count to nobody: "My tally of ...", "Our count found ..."', () => {
    expect(claimantsOf([], 'My tally of rulings posted on court websites found 58 convictions for online posts last year.')).toEqual([[58, null]]);
    expect(claimantsOf([], 'Our own count of published verdicts shows 112 cases in 2023.')).toEqual([[112, null]]);
  });

  it('names a plural source by its head when a long modifier follows: "two officials familiar with the case"', () => {
    expect(claimantsOf([], 'Border guards detained 12 men near the crossing, according to two officials familiar with the investigation.')).toEqual([[12, 'two officials']]);
  });

  it('does not end "according to Mr. X" at the title\'s period', () => {
    const entities = [person('anna-berg', 'Anna Berg', ['Berg'])];
    expect(claimantsOf(entities, 'According to Ms. Berg, 14 cells were dismantled in the spring.')).toEqual([[14, 'anna-berg']]);
  });

  it('reads "X said on Tuesday at a meeting of the ... Council" as a closing attribution, not a new clause', () => {
    const entities = [person('omar-haddad', 'Omar Haddad', ['Haddad'])];
    expect(claimantsOf(entities, 'The security services stopped 31 plots this year, Interior Minister Omar Haddad said on Tuesday at a session of the National Security Council of the republic.'))
      .toEqual([[31, 'omar-haddad']]);
  });

  it('keeps an "according to" inside a relative clause to that clause, and ends its source before a verb', () => {
    expect(claimantsOf([], 'Officers seized 20 phones and about $9,000 in cash, which according to the inquiry had been raised from sympathisers.'))
      .toEqual([[20, null], [9000, null]]);
  });

  it('gives a writer\'s comment in apposition at the end to nobody: ", a small share of ..."', () => {
    expect(claimantsOf([], 'Officials in Rabat estimate that about 1,600 Moroccans joined armed groups abroad, a small share of a population of 37 million.'))
      .toEqual([[1600, 'officials in Rabat'], [37000000, null]]);
  });

  it('takes a head-first body named before for "the ministry": "the Ministry of Labour" ... "according to the ministry"', () => {
    expect(claimantsOf([], 'Four nurses were evacuated from the camp, the Ministry of Labour and Social Affairs said on Monday.', 'About 60 more remain there, according to the ministry.'))
      .toEqual([[4, 'Ministry of Labour and Social Affairs'], [60, 'Ministry of Labour and Social Affairs']]);
  });

  it('takes the body that published a report for "the report", not a body named inside it', () => {
    const entities = [org('baltic-security-institute', 'Baltic Security Institute'), org('european-union', 'European Union', ['EU'])];
    expect(claimantsOf(entities, 'The Baltic Security Institute has released a study of radicalisation in prisons across the European Union.', 'According to the study, 310 inmates were flagged in 2020.'))
      .toEqual([[310, 'baltic-security-institute']]);
  });

  it('gives a second verb of a coordinated subject to that subject: "The government has promised ..., and says 40 ..."', () => {
    expect(claimantsOf([], 'The government in Tirana has offered an amnesty to returnees who show remorse, and says 40 people have applied so far.')).toEqual([[40, 'government in Tirana']]);
  });

  it('keeps what the mechanisms above must not touch: "US officials", a breakdown in apposition, a second verb after "said"', () => {
    expect(claimantsOf([], 'US officials estimate that 200 fighters remain in the camps.')).toEqual([[200, 'US officials']]);
    expect(claimantsOf([], 'Police said 40 people were detained, a figure that includes 12 women.')).toEqual([[40, 'police'], [12, 'police']]);
    expect(claimantsOf([], 'Five people were killed, police said, and added that 12 others were wounded.')).toEqual([[5, 'police'], [12, 'police']]);
  });

  it('passes over a participle phrase of manner between commas: "A spokesman ..., speaking on condition of anonymity, said"', () => {
    expect(claimantsOf([], 'A spokesman for the navy, speaking on condition of anonymity, said 12 sailors were missing.')).toEqual([[12, 'a spokesman for the navy']]);
    expect(claimantsOf([], 'Local media, citing hospital staff, reported that 9 people were wounded.')).toEqual([[9, 'local media']]);
    expect(claimantsOf([], 'Critics, though, argue that the real number is closer to 500.')).toEqual([[500, 'Critics']]);
  });

  it('credits figures "released by" a body to that body: "The data, compiled by the Health Ministry, suggest ..."', () => {
    expect(claimantsOf([], 'The data, compiled by the Health Ministry, suggest that 70 doctors left the region.')).toEqual([[70, 'Health Ministry']]);
  });

  it('credits data with their source: "data from the Interior Ministry show", "Official figures from X put ..."', () => {
    expect(claimantsOf([], 'More than 300 people have been detained since January, data from the Interior Ministry show.')).toEqual([[300, 'Interior Ministry']]);
    expect(claimantsOf([], 'Official figures from the Health Ministry put the toll at 40.')).toEqual([[40, 'Health Ministry']]);
  });

  it('takes the speaker inside "according to what X told ..." and a plural subject\'s base-form verb ("officials admit")', () => {
    expect(claimantsOf([], 'At least 12 people died, according to what witnesses told local television.')).toEqual([[12, 'witnesses']]);
    expect(claimantsOf([], 'Only 40 families have come back so far, officials admit.')).toEqual([[40, 'officials']]);
  });

  it('credits "his press service" with the person last named', () => {
    const entities = [person('ilya-sorin', 'Ilya Sorin', ['Sorin'])];
    expect(claimantsOf(entities, 'Governor Ilya Sorin has changed his figures several times. In May his press service quoted him as saying that 75 local men had left for Syria.'))
      .toEqual([[75, 'ilya-sorin']]);
  });
});

describe('blind-5 mechanisms: "In the interview, X added ..." is as of the interview, not of X\'s latest statement', () => {
  it('does not date a figure by the occasion the speaker spoke at last when the sentence points back to an earlier one', () => {
    const entities = [person('ilya-sorin', 'Ilya Sorin', ['Sorin'])];
    const figures = extractFigures(article('2016-04-01', [
      'About 90 local men are still abroad, Governor Ilya Sorin said in an interview published on Friday.',
      'In early March his press service quoted him as saying that 75 local men had left for Syria.',
      'In the interview, Sorin added that 12 fighters had come back.',
    ]), entities);
    expect(figures.map((figure) => [amount(figure), figure.claimant, figure.asOf])).toEqual([
      [90, 'ilya-sorin', '2016-04-01'],
      [75, 'ilya-sorin', '2016-03'],
      [12, 'ilya-sorin', '2016-04-01'],
    ]);
  });
});

describe('blind-5 mechanisms: a carried source stops where the text talks about it or a new actor acts (own sentences)', () => {
  const claimantsOf = claimantsOn('2021-03-01');

  it('does not carry a minister\'s account into a sentence about him: "The way she handled it led to a vote, 101 to 77."', () => {
    const entities = [person('lena-holm', 'Lena Holm', ['Holm'])];
    expect(claimantsOf(entities, 'Interior Minister Lena Holm has said for months that the state must bring the children home. Her handling of the case led to a no-confidence motion, which she survived on Tuesday by 101 votes to 77.'))
      .toEqual([[101, null], [77, null]]);
  });

  it('still back-fills figures when the source is named again as the speaker', () => {
    const entities = [person('mira-sato', 'Mira Sato', ['Sato'])];
    expect(claimantsOf(entities, '"Most of them want to go home," Mira Sato said. Nine families are still waiting for papers. Around 30 of them are children, Sato said.'))
      .toEqual([[9, 'mira-sato'], [30, 'mira-sato']]);
  });

  it('does not carry a source into a sentence where a named person acts', () => {
    const entities = [org('red-crescent', 'Red Crescent'), person('mira-sato', 'Mira Sato', ['Sato'])];
    expect(claimantsOf(entities, 'The Red Crescent said the camp was running out of water. Mira Sato flew 16 children out of the camp on Sunday.'))
      .toEqual([[16, null]]);
  });

  it('does not carry a source into a sentence where an attacker acts: "a gunman who ... shot dead two ..."', () => {
    const entities = [org('state-police', 'State Police')];
    expect(claimantsOf(entities, 'The State Police said it had raised its alert level last spring. In June, an attacker who had arrived from abroad shot dead three tourists in the old town.'))
      .toEqual([[3, null]]);
  });

  it('gives a figure after ", which said" to the name before the comma, not to the sentence\'s subject', () => {
    const entities = [person('mira-sato', 'Mira Sato', ['Sato']), org('lumo-cabs', 'Lumo Cabs')];
    expect(claimantsOf(entities, 'Sato lived in the city with her two sons and had driven for Lumo Cabs, which said she had completed more than 900 trips.'))
      .toEqual([[2, null], [900, 'lumo-cabs']]);
  });

  it('does not carry a source into background opening with an earlier year: "In March 2019, 40 children were flown home."', () => {
    const entities = [person('lena-holm', 'Lena Holm', ['Holm'])];
    // The article is of 2021 (see claimantsOf): 2019 is background, this year's news stays hers.
    expect(claimantsOf(entities, 'Ombudswoman Lena Holm said about 200 women were still held in the camps. In March 2019, 40 children were flown home from Iraq.'))
      .toEqual([[200, 'lena-holm'], [40, null]]);
    expect(claimantsOf(entities, 'Ombudswoman Lena Holm said about 200 women were still held in the camps. In January, 40 children were flown home.'))
      .toEqual([[200, 'lena-holm'], [40, 'lena-holm']]);
    // Its own frame still speaks: "In 2019, she said, ..."
    expect(claimantsOf(entities, 'Ombudswoman Lena Holm spoke on Monday. In 2019, she said, 40 children were flown home.'))
      .toEqual([[40, 'lena-holm']]);
  });
});

describe('counts in forms read since the sixth blind set', () => {
  /** The numbers found in one paragraph, as written in expectations. */
  const amounts = (text: string, entities: ArticleEntity[] = []): Array<string | number> =>
    extractFigures(article('2022-05-10', [text]), entities).map(amount);

  it('a rank before a plural noun counts people ("two senior Hamas commanders", "three top officials")', () => {
    expect(amounts('The cell had kept in touch with two senior militant commanders in northern Mali who sent it money.')).toContain(2);
    expect(amounts('Investigators questioned three top officials of the regional police over the escape.')).toContain(3);
  });

  it('the members of a named group are counted ("a group of six hikers", "a convoy of 14 lorries")', () => {
    expect(amounts('Gunmen stopped a group of six hikers on a mountain path near Khorog on Saturday.')).toContain(6);
    expect(amounts('Border guards turned back a convoy of 14 lorries at the crossing.')).toContain(14);
    // "a group of" before a number of years is no count of members.
    expect(amounts('A group of experts met in Vienna on Monday.')).toEqual([]);
  });

  it('a range of prison terms handed out ("were given between 12 and 18 years")', () => {
    expect(amounts('The remaining defendants, all of them from the Ferghana valley, were given between 12 and 18 years.')).toContain('12-18');
    expect(amounts('The two organisers received from 15 to 20 years.')).toContain('15-20');
  });

  it('a count whose noun is left out after the first ("three nationals of Kyrgyzstan and two of Kazakhstan")', () => {
    expect(amounts('The detainees, three nationals of Kyrgyzstan and two of Kazakhstan, were flown to Almaty on Tuesday.')).toEqual(expect.arrayContaining([3, 2]));
    // "one of" stays an idiom, and "two of them" is read as before.
    expect(amounts('Five nationals of Kyrgyzstan were detained, and one of Russia was released.')).not.toContain(1);
  });

  it('a part of a total given with a passive verb ("31 were convicted and six were acquitted")', () => {
    expect(amounts('The court tried 37 people, and 31 of them were convicted of financing terrorism and six were acquitted.')).toEqual(expect.arrayContaining([37, 31, 6]));
    expect(amounts('Of the 40 men detained in the raids, 28 were released on bail and three remain in custody.')).toEqual(expect.arrayContaining([40, 28]));
  });
});

describe('sums after a currency code and prison terms in months or ranges (sixth blind set mechanisms)', () => {
  /** The figures found in one paragraph: number and unit. */
  const found = (text: string): Array<[string | number, string | undefined]> =>
    extractFigures(article('2022-05-10', [text]), []).map((figure) => [amount(figure), figure.unit]);

  it('reads a sum written after an ISO code ("KZT 1,200,000", "GBP 15,000") as money, not a number inside a name', () => {
    expect(found('Investigators said the cell had raised about KZT 1,200,000 from migrant workers in Almaty.')).toContainEqual([1200000, 'KZT']);
    expect(found('The charity had wired GBP 15,000 to an account in Idlib before the bank froze it.')).toContainEqual([15000, 'GBP']);
  });

  it('reads a prison term in months and a range of years a crime is punishable by', () => {
    expect(found('In March a court in Osh sentenced him to 18 months in prison for sharing the videos.')).toContainEqual([18, 'months']);
    expect(found('Joining an armed group abroad is punishable by imprisonment of between five and twelve years.')).toContainEqual(['5-12', 'years']);
    // Other spans of months stay durations, and a fraction in words is no count.
    expect(found('Officials said that roughly two thirds of the returnees were children.')).toEqual([]);
    expect(found('Nearly one-quarter of the detainees were later released.')).toEqual([]);
    expect(found('The talks dragged on for 18 months before the deal was signed.')).toEqual([]);
  });
});

describe('a part of a group with a verb in the present or a verb of coming and living (sixth blind set mechanisms)', () => {
  it('reads "four of them look Chechen" and "two of them came from Osh" as counts, not "one of them"', () => {
    const values = (text: string): Array<string | number> => extractFigures(article('2022-05-10', [text]), []).map(amount);
    expect(values('Police killed six attackers on Sunday. At least four of them look Chechen, an officer said.')).toEqual([6, 4]);
    expect(values('The court heard that two of them came from Osh and had worked in Moscow.')).toContain(2);
    expect(values('One of them came from Osh.')).toEqual([]);
  });
});

describe('counts found since the eighth blind set (sentences written for these tests)', () => {
  const values = (text: string): Array<string | number> => extractFigures(article('2022-05-10', [text]), []).map(amount);

  it('reads a number word that is the object of a second verb after a count ("convicted 31 and acquitted four")', () => {
    expect(values('Of the 40 defendants, the tribunal convicted 31 and acquitted four, their lawyers said.')).toEqual([40, 31, 4]);
    // Not after a sum or without a verb of its own.
    expect(values('The court fined him $500 and released two.')).not.toContain(2);
  });

  it('counts the victims of a deed even after "the" ("the nine people he killed")', () => {
    expect(values('The judge heard from relatives of the nine people he killed in the market.')).toContain(9);
    // "the two countries" stays no count.
    expect(values('The two countries signed the deal.')).toEqual([]);
  });

  it('does not count "one" of a pair or one unnamed speaker', () => {
    expect(values('One car burned near the mosque, the other near the market.')).toEqual([]);
    expect(values('One diplomat told the panel that the network had moved about $90,000.')).toEqual([90000]);
  });
});

describe('French counts, ranges and prison terms (sentences written for these tests)', () => {
  const found = (text: string): Array<[string | number, string | undefined]> =>
    extractFigures(article('2022-05-10', [text]), []).map((figure) => [amount(figure), figure.unit]);

  it('reads counts in French words, a range of prison years and a requested term', () => {
    const got = found('La cour a condamné trois hommes à des peines allant de cinq à neuf ans de prison.');
    expect(got).toContainEqual([3, undefined]);
    expect(got).toContainEqual(['5-9', 'years']);
    expect(found("Le parquet avait requis jusqu'à huit ans contre le principal accusé.")).toContainEqual([8, 'years']);
  });

  it('reads "une centaine de" as about a hundred, and an age or a span of years as no figure', () => {
    const figures = extractFigures(article('2022-05-10', ["La police estime qu'une centaine de femmes se trouvent encore dans le camp."]), []);
    expect(figures.map((figure) => [amount(figure), figure.approx])).toEqual([[100, 'une centaine']]);
    expect(found('Parmi eux figurait un Daghestanais de 41 ans, installé à Lyon depuis dix ans.')).toEqual([]);
  });
});

describe('figures on pages in other languages (sentences written for these tests)', () => {
  /** The values of the figures of some paragraphs. */
  const values = (...paragraphs: string[]): Array<string | number> => extractFigures(article('2020-01-10', paragraphs), []).map(amount);

  it('counts a number word before a nationality of languages.yaml', () => {
    expect(values("Yakalananlar arasında daha önce Suriye'de savaşan iki Tacik de bulunuyor.")).toEqual([2]);
    expect(values('Среди задержанных оказались три таджика из Худжанда.')).toEqual([3]);
  });

  it('reads a Turkish or German day-first date, even as a sentence opens with it, as no figure', () => {
    expect(values("Uzmanlar bunu belirtiyor. 1 Ocak 2017'deki saldırıyı düzenleyen militan da yakalandı.")).toEqual([]);
    expect(values('Am 3. Dezember 2019 wurde der Mann festgenommen.')).toEqual([]);
  });
});

describe('small numbers in words that count people or things (sentences written for these tests)', () => {
  /** The values of the figures of some paragraphs. */
  const values = (...paragraphs: string[]): Array<string | number> => extractFigures(article('2021-06-01', paragraphs), []).map(amount);

  it('counts a number word after a month or weekday name', () => {
    expect(values('Last March two gunmen from the valley killed 11 guards at the depot.')).toEqual([2, 11]);
    expect(values('On Tuesday three men from Osh were detained at the border.')).toEqual([3]);
  });

  it('counts staff that are counted, not staff that speak', () => {
    expect(values('The agency had only three analysts who read Tajik.')).toEqual([3]);
    expect(values('Two officials said the talks had stalled.')).toEqual([]);
    expect(values('Border guards detained 12 men, said two analysts who spoke to the press.')).toEqual([12]);
    expect(values('The unit had only two analysts who spoke Pashto.')).toEqual([2]);
  });

  it('counts "the four men charged with ..." and the second object of "killed 12 of the gunmen and captured five"', () => {
    expect(values('The three women detained in the raid are from Karakol.')).toEqual([3]);
    expect(values('Troops killed 12 of the gunmen and captured five.')).toEqual([12, 5]);
  });

  it('does not count a described speaker', () => {
    expect(values('One man from a village near Khujand said his son had left in 2015.')).toEqual([]);
  });
});

describe('figures on the eval-blind-12 mechanisms (own sentences)', () => {
  /** The figures of one paragraph as "value|unit". */
  const valuesOf = (text: string): string[] =>
    extractFigures({ metadata: { title: 'T', outlet: null, author: null, published: '2024-05-01' }, paragraphs: [text] }, [])
      .map((f) => `${f.value ?? `${f.min}-${f.max}`}|${f.unit ?? ''}`);

  it('reads "two years and three months in prison" as one term of 2.25 years', () => {
    expect(valuesOf('A court in Osh sentenced the preacher to two years and three months in prison.')).toEqual(['2.25|years']);
  });

  it('counts "two co-workers" and "up from three in 2019"', () => {
    expect(valuesOf('He tried to enlist two co-workers at the plant.')).toEqual(['2|']);
    expect(valuesOf('Police charged nine migrants with financing terrorism last year, up from three in 2019.')).toEqual(['9|', '3|']);
  });

  it('counts "four were minors" but not the age in "were under 16"', () => {
    expect(valuesOf('Officers detained 11 people, and at least four were under 16.')).toEqual(['11|', '4|']);
  });
});

describe('claimants read since the thirteenth blind set (own sentences)', () => {
  const claimantsOf = claimantsOn('2018-07-23');

  it('a sentence about part of the figures before it, closed by a source, gives those figures to the source too', () => {
    const entities = [org('steppe-institute', 'Steppe Institute')];
    expect(claimantsOf(entities, 'Around 300 people are thought to have left the country, including 40 women. Roughly half of them, some 150, are believed to have come back, the Steppe Institute said.'))
      .toEqual([[300, 'steppe-institute'], [40, 'steppe-institute'], [150, 'steppe-institute']]);
    // A sentence not about them, closed by a body, speaks for itself only.
    expect(claimantsOf(entities, 'Around 300 people are thought to have left the country. The courts convicted 25 returnees last year, the Steppe Institute said.'))
      .toEqual([[300, null], [25, 'steppe-institute']]);
  });

  it('"Most estimates put ..." is a noun phrase, not "Most" estimating', () => {
    expect(claimantsOf([], 'Most estimates put the movement\'s strength at 5,000 fighters.')).not.toContainEqual([5000, 'Most']);
  });

  it('keeps a named workplace in an unnamed source: "Hospital officials at Central City Hospital"', () => {
    expect(claimantsOf([], 'Hospital officials at Central City Hospital said more than 40 people were brought in with injuries.'))
      .toEqual([[40, 'Hospital officials at Central City Hospital']]);
    // A time after "at" still goes.
    expect(claimantsOf([], 'Officials at the weekend said 12 people had been detained.')).toEqual([[12, 'officials']]);
  });
});

describe('numbers read since the thirteenth blind set (own sentences)', () => {
  const figuresOf = (text: string): Array<[string | number, string | undefined]> =>
    extractFigures(article('2019-05-10', [text]), []).map((figure) => [amount(figure), figure.approx]);

  it('"15 and a half years" is one term of 15.5', () => {
    expect(figuresOf('He was sentenced on Friday to 12 and a half years in prison.')).toEqual([[12.5, undefined]]);
  });

  it('rupees written "Rs500,000" are amounts', () => {
    expect(figuresOf('The province announced compensation of Rs300,000 for each family and Rs50,000 for each of the injured.').map(([value]) => value)).toEqual([300000, 50000]);
  });

  it('German and French number words count what follows them, and "mehr als tausend" is a thousand', () => {
    expect(figuresOf('Die Polizei nahm am Montag sechs Männer fest.')).toEqual([[6, undefined]]);
    expect(figuresOf('Die drei Staaten holten zusammen mehr als tausend Staatsbürger zurück.')).toEqual([[1000, 'mehr als']]);
    expect(figuresOf('Le ministre affirme avoir déjoué trois attentats depuis janvier.')).toEqual([[3, undefined]]);
    // Not after an English "Sept." nor from a "seize".
    expect(figuresOf('Police seize weapons in raids after the Sept. 11 anniversary.')).toEqual([]);
  });

  it('Russian counts of tens and Russian qualifiers: "около двух десятков", "более трёх тонн"', () => {
    expect(figuresOf('Следователи допросили около двух десятков свидетелей.')).toEqual([[20, 'около']]);
    expect(figuresOf('Пограничники изъяли более трёх тонн наркотиков.')).toEqual([[3, 'более']]);
  });
});

describe('claimants and counts read since the fourteenth blind set (own sentences)', () => {
  it('"the president" after "X has announced ... the US president said" is X, not someone the sentence was about', () => {
    const entities = [person('jane-roe', 'Jane Roe', ['Roe']), person('karim-bensaid', 'Karim Bensaid', ['Bensaid'])];
    const figures = extractFigures(article('2019-10-27', [
      'The militant leader Karim Bensaid has been killed in a raid, Jane Roe has announced.',
      'Speaking on Sunday, the president said Bensaid had run into a tunnel as troops closed in.',
      'Roe said the body had been identified.',
      'According to the president, the force flew in on eight helicopters and spent around two hours on the ground.',
    ]), entities);
    expect(figures.map((figure) => [amount(figure), figure.claimant])).toContainEqual([8, 'jane-roe']);
  });

  it('"The attack, claimed by the group, killed 145 people": the group claimed the attack, not the toll', () => {
    const figures = extractFigures(article('2024-06-20', ['The attack, claimed by the Islamic State, killed 145 people.']), []);
    expect(figures.map((figure) => [amount(figure), figure.claimant])).toEqual([[145, null]]);
  });

  it('"The seven women and five men": both parts of a group are counted, even after "the"', () => {
    const figures = extractFigures(article('2015-05-15', ['The seven women and five men deliberated over three days.']), []);
    expect(figures.map(amount)).toEqual([7, 5]);
    // "the two countries" is still no count.
    expect(extractFigures(article('2015-05-15', ['The two countries signed a treaty.']), []).map(amount)).toEqual([]);
  });
});

describe('claimants read since the fifteenth blind set (own sentences)', () => {
  const claimantsOf = claimantsOn('2015-12-09');

  it('Russian "говорится в докладе" and "в докладе приводятся" give the figures to the report\'s publisher', () => {
    const entities = [org('steppe-group', 'Steppe Group')];
    expect(claimantsOf(entities,
      'Консалтинговая компания Steppe Group опубликовала новый доклад.',
      'Больше всего добровольцев, говорится в докладе, дают страны Магриба: около 8 тысяч человек.',
      'Для Центральной Азии в докладе приводятся такие цифры: 500 человек из Кыргызстана и 386 из Таджикистана.'))
      .toEqual([[8000, 'steppe-group'], [500, 'steppe-group'], [386, 'steppe-group']]);
  });

  it('a French source after a closing verb: "..., a annoncé le ministère russe de la Défense."', () => {
    expect(claimantsOf([], 'Une fusillade a fait onze morts samedi près de Belgorod, dans le sud-ouest du pays, a annoncé le ministère russe de la Défense.'))
      .toEqual([[11, 'ministère russe de la Défense']]);
  });

  it('"Iraq alone recorded 9,929 deaths": a place that recorded a toll is no claimant; the index before it is', () => {
    const entities = [place('iraq', 'Iraq'), org('peace-institute', 'Peace Institute')];
    expect(claimantsOf(entities, 'The Peace Institute released its annual index this week. According to the index, most deaths occurred in five countries. Iraq alone recorded 9,929 deaths.'))
      .toContainEqual([9929, 'peace-institute']);
  });
});

describe('numbers read since the sixteenth blind set (own sentences)', () => {
  const figuresOf = (text: string): Array<[string | number, string | undefined]> =>
    extractFigures(article('2022-06-29', [text]), []).map((figure) => [amount(figure), figure.unit]);

  it('"between five and six hundred" shares the hundreds', () => {
    expect(figuresOf('Britain and Germany have each sent between five and six hundred fighters.').map(([value]) => value)).toEqual(['500-600']);
  });

  it('a hyphenated French ten and unit is one number, and a French minimum term is a prison term', () => {
    expect(figuresOf('Le tribunal a fixé une période de sûreté de vingt-deux ans.')).toEqual([[22, 'years']]);
  });
});

describe('claimants read since the eighteenth and nineteenth blind sets (own sentences)', () => {
  const claimantsOf = claimantsOn('2019-04-26');

  it('a body that revised a toll claims it, a time word after it aside ("The Health Ministry yesterday revised the number ... to 253")', () => {
    const entities = [org('health-ministry', 'Health Ministry')];
    expect(claimantsOf(entities, 'The Health Ministry yesterday revised the number of people killed in the bombings to about 212, far below the earlier count.'))
      .toContainEqual([212, 'health-ministry']);
    expect(claimantsOf([], 'City health officials on Tuesday revised the number of people injured to 171.')).toEqual([[171, 'City health officials']]);
  });

  it('"it says" after "a report from X" is X speaking, not a body named before', () => {
    const entities = [org('steppe-movement', 'Steppe Movement'), org('steppe-mission', 'Steppe Mission')];
    expect(claimantsOf(entities,
      'The marchers walked under the banner of the Steppe Movement, which said 80 people were hurt.',
      'The attack came on the eve of a grim report from the Steppe Mission. Released on Monday, it says 1,601 civilians were killed.'))
      .toEqual([[80, 'steppe-movement'], [1601, 'steppe-mission']]);
  });
});

describe('claimants read since the eighteenth and nineteenth blind sets, second pass (own sentences)', () => {
  const claimantsOf = claimantsOn('2016-07-03');

  it('the speaker after a clause with a verb and its object ("ended the siege in an operation the military said lasted ...")', () => {
    expect(claimantsOf([], 'Soldiers ended the siege at dawn in an operation the army said lasted 20 minutes, killing five gunmen.'))
      .toContainEqual([5, 'army']);
  });

  it('a phrase opened by "among" names no speaker ("among recruits who said ..., 71 percent ...")', () => {
    const claims = claimantsOf([], 'The survey also found that, among recruits who said one event had pushed them, 62 percent named the police.');
    expect(claims.map(([, claimant]) => claimant)).not.toContain('among recruits');
  });
});

describe('counts read since the twenty-second blind set (own sentences)', () => {
  it('a count of people by nationality ("two were Romanian, four were South Korean") and a count of addresses', () => {
    const figures = extractFigures(article('2017-03-23', ['Eleven were Kazakh, two were Romanian, four were South Korean and two were Greek.', 'Police made the arrests in raids on six addresses in Osh.']), []);
    expect(figures.map(amount)).toEqual([11, 2, 4, 2, 6]);
    expect(figures.find((figure) => figure.value === 6)?.what).toContain('addresses');
  });
});

describe('counts of the twenty-ninth blind set\'s kinds (own sentences)', () => {
  it('a small count in words whose verb comes after a relative clause ("Three friends who grew up together ... were hailed")', () => {
    const figures = extractFigures(article('2015-08-22', ['Three friends who grew up together in the river valley were being hailed as heroes on Saturday.']), []);
    expect(figures.map(amount)).toEqual([3]);
  });

  it('still leaves a small number with no claim verb in its clause ("Two friends who grew up together")', () => {
    expect(extractFigures(article('2015-08-22', ['Two friends who grew up together in the valley.']), [])).toEqual([]);
  });
});

describe('counts and ages of the thirtieth blind set\'s kinds (own sentences)', () => {
  it('counts the members of "a family of six" and leaves "a man of 55" as an age', () => {
    const figures = extractFigures(article('2021-03-29', ['The attack recalled May 2018, when a family of six blew themselves up outside a church in the port city.', 'The other victim was the church\'s sacristan, a man of 55.']), []);
    expect(figures.map(amount)).toEqual([6]);
  });
});

describe('counts of the thirty-first blind set\'s kinds (own sentences)', () => {
  it('counts the people a deed right before "the" was done to ("shot dead the five men", "killed the three attackers")', () => {
    const figures = (text: string): Array<string | number> => extractFigures(article('2017-08-18', [text]), []).map(amount);
    expect(figures('Officers of the regional police, the state force, shot dead the five men in the car, who wore fake belts.')).toEqual([5]);
    expect(figures('Troops later killed the three attackers inside the hotel.')).toEqual([3]);
    // "The two men met in the port": no deed done to them, the generic "the two" stays out.
    expect(figures('The two men met in the port.')).toEqual([]);
  });
});

describe('Russian counts of the thirty-first blind set\'s kinds (own sentences)', () => {
  it('counts a collective numeral after the sentence\'s first word ("Погибли семеро нападавших")', () => {
    expect(extractFigures(article('2015-11-14', ['Погибли семеро нападавших.']), []).map(amount)).toEqual([7]);
    expect(extractFigures(article('2015-11-14', ['Задержаны трое подозреваемых.']), []).map(amount)).toEqual([3]);
  });
});

describe('prison terms of the thirty-second blind set\'s kinds (own sentences)', () => {
  const terms = (text: string): string[] => extractFigures(article('2016-11-16', [text]), []).map((figure) => `${amount(figure)} ${figure.unit ?? ''}`.trim());

  it('reads the terms a judge gave named people, the next term of a list of sentences and a term after a left-out verb', () => {
    expect(terms('Judge Michael Dorne gave Jamal Fareh and Abdel Dawood 30 years each.')).toEqual(['30 years']);
    expect(terms('On Tuesday the judge sentenced Hanad Mursi and Adnan Fareh to 10 years each and Hamza Ahmadi to 15 years.')).toEqual(['10 years', '15 years']);
    expect(terms('Warsan received 30 months, and Zakaria Durahman 10 years.')).toEqual(['30 months', '10 years']);
  });

  it('names a term in months a prison term', () => {
    expect(extractFigures(article('2016-11-16', ['Warsan received 30 months.']), [])[0]?.what).toBe('prison term');
  });
});

describe('counts and terms of the thirty-second blind set\'s kinds, continued (own sentences)', () => {
  it('reads a term written in words before a hyphen ("a nine-year sentence") and leaves "a nine-year-old girl" as an age', () => {
    expect(extractFigures(article('2018-06-22', ['He was serving a nine-year sentence for funding a camp.']), []).map((figure) => `${amount(figure)} ${figure.unit}`)).toEqual(['9 years']);
    expect(extractFigures(article('2018-06-22', ['A nine-year-old girl was hurt.']), [])).toEqual([]);
  });

  it('counts "all four attackers were killed", with the verb\'s auxiliary between', () => {
    expect(extractFigures(article('2018-06-22', ['Four civilians and all four attackers were killed.']), []).map(amount)).toEqual([4, 4]);
    expect(extractFigures(article('2018-06-22', ['All three men are brothers.']), [])).toEqual([]);
  });
});

describe('counts of the thirty-fourth blind set\'s kinds (own sentences)', () => {
  const amounts = (text: string): Array<string | number> => extractFigures(article('2017-06-16', [text]), []).map(amount);

  it('counts the people a deed harmed with the noun left out at the clause\'s end', () => {
    expect(amounts('In April a man drove a stolen van into shoppers in the harbour city, killing five.')).toEqual([5]);
    expect(amounts('He met two of them in the city.')).toEqual([]);
  });

  it('counts the items of a list by name with the noun and the verb left out', () => {
    expect(amounts('Greece recorded six, Germany five and Belgium four.')).toEqual([6, 5, 4]);
    expect(amounts('Greece and Germany, the two largest, agreed.')).toEqual([]);
  });

  it('counts "one" as the last part of a count by kinds, even with a name after it', () => {
    expect(amounts('Twelve soldiers and one civilian, Jane Roe, were killed in the attack.')).toEqual([12, 1]);
    expect(amounts('One member of the group, Jane Roe, was detained.')).toEqual([]);
  });
});

describe('a document\'s owner as the claimant (thirty-fourth blind set\'s kind, own sentences)', () => {
  const claimants = claimantsOn('2017-06-16');

  it('gives a count that "X\'s survey of ... across Y" recorded to X, also in capitals, and "the report" after it to X too', () => {
    const entities = [org('harbourpol', 'Harbourpol'), org('northern-union', 'Northern Union')];
    expect(claimants(entities, "HARBOURPOL'S annual survey of terrorism across the Northern Union recorded 142 attacks in 2016. Police arrested 1,002 people, according to the report.")).toEqual([
      [142, 'harbourpol'],
      [1002, 'harbourpol'],
    ]);
  });
});

describe('speech that does not claim a figure (thirty-fifth blind set\'s kinds, own sentences)', () => {
  const claimants = claimantsOn('2016-03-28');

  it('lets doctors in a clause after "where" speak only for that clause', () => {
    expect(claimants([], 'More than 300 people were injured and many are being treated at the city hospital, where doctors said 12 remained in critical condition.')).toEqual([
      [300, null],
      [12, 'doctors'],
    ]);
  });

  it('gives no claimant to an event as the subject of "recalled", nor to a group a bombing was "blamed on"', () => {
    const entities = [org('harbour-front', 'Harbour Front')];
    expect(claimants(entities, 'The attack recalled the bombing in the border town in July, blamed on Harbour Front, in which 33 young activists were killed.')).toEqual([[33, null]]);
  });
});

describe('ages after a person\'s noun and French counted nouns (thirty-fourth blind set\'s kinds, own sentences)', () => {
  const amounts = (...paragraphs: string[]): Array<string | number> => extractFigures(article('2015-02-04', paragraphs), []).map(amount);

  it('reads "The pilot, 26, from X" as an age, not a count carried from the figure before', () => {
    expect(amounts('The army hanged two prisoners linked to the group at dawn.', 'The pilot, 26, from the south, was captured by the militants on December 24.')).toEqual([2]);
  });

  it('counts French nouns of people newly listed ("deux parachutistes", "trois otages")', () => {
    expect(amounts('Le 15 mars, deux parachutistes étaient tués devant une caserne.')).toEqual([2]);
    expect(amounts('Trois otages ont été libérés samedi.')).toEqual([3]);
  });
});

describe('claimants of the thirty-sixth blind set\'s kinds (own sentences)', () => {
  const claimants = claimantsOn('2018-01-28');

  it('reads "keeping records" as a noun, so the body "according to" stays the claimant', () => {
    const entities = [org('harbour-mission', 'Harbour Mission')];
    expect(claimants(entities, 'According to Harbour Mission, 1,418 civilians were killed or injured in 2016, the highest toll since the mission began keeping records in 2009.')).toEqual([[1418, 'harbour-mission']]);
  });
});

describe('clock times of other languages (thirty-sixth blind set\'s kind, own sentences)', () => {
  it('reads "kurz nach 22 Uhr" as a time, no count', () => {
    expect(extractFigures(article('2020-02-20', ['Kurz nach 22 Uhr in einer Bar am Markt starben drei Menschen.']), []).map(amount)).toEqual([3]);
  });
});

describe('sources after the figures and counts over adjectives in Russian, and what befell attackers (own sentences, fourteenth session)', () => {
  const claimants = claimantsOn('2014-05-23');

  it('gives the figures before "Об этом сообщило агентство X" to the agency', () => {
    const entities = [org('harbour-agency', 'Харбор')];
    expect(claimants(entities, 'Число погибших при взрыве на вокзале достигло 12 человек, еще 40 человек получили ранения. Об этом сообщило агентство Харбор.')).toEqual([[12, 'harbour-agency'], [40, 'harbour-agency']]);
  });

  it('counts people and groups over one or two Russian adjectives', () => {
    expect(extractFigures(article('2015-11-14', ['Нападение совершили три скоординированные группы, задержаны пять вооруженных боевиков.']), []).map(amount)).toEqual([3, 5]);
  });

  it('carries a speaker into a sentence on what befell the attackers', () => {
    const entities = [person('jean-roe', 'Jean Roe')];
    expect(claimantsOn('2015-11-14')(entities, 'Prosecutor Jean Roe said the attacks were carried out by 3 teams. Seven attackers died: three blew themselves up at the stadium.')).toEqual([[3, 'jean-roe'], [7, 'jean-roe'], [3, 'jean-roe']]);
  });
});

describe('an earlier event\'s toll in a clause run on from it (own sentences, fourteenth session)', () => {
  it('gives no carried speaker the toll of an earlier year\'s attack, nor the part of it', () => {
    const entities = [person('jane-roe', 'Jane Roe'), person('john-doe', 'John Doe')];
    expect(claimantsOn('2022-08-02')(entities, 'Jane Roe said John Doe had sent 40 fighters to raid the port. Doe was also linked to the bombing of a ferry in 2004, which killed 63 passengers, 12 of them children.')).toEqual([[40, 'jane-roe'], [63, null], [12, null]]);
  });

  it('keeps a speaker\'s own account that runs on into a toll', () => {
    const entities = [person('jane-roe', 'Jane Roe')];
    expect(claimantsOn('2022-08-02')(entities, 'The commander planned the bombing of a ferry in 2004, which killed 63 passengers, Jane Roe said.')).toEqual([[63, 'jane-roe']]);
  });
});

describe('a share in words (own sentences, fourteenth session)', () => {
  it('reads "one in four" as 25 per cent, with no count of one or four', () => {
    const figures = extractFigures(article('2016-02-14', ['The study found that nearly one in four casualties was a child, and 1 in 10 was a woman.']), []);
    expect(figures.map((figure) => [figure.value, figure.unit, figure.approx])).toEqual([[25, 'percent', 'nearly'], [10, 'percent', undefined]]);
  });
});

describe('Russian impersonal sources and ranges opening a sentence (own sentences, fourteenth session)', () => {
  it('gives the figures to the body after "сообщили в" or before "заявили"', () => {
    const entities = [org('harbour-ministry', 'МВД Харбора')];
    expect(claimantsOn('2017-05-01')(entities, 'Погибли 15 человек, еще 40 получили ранения, сообщили в МВД Харбора.')).toEqual([[15, 'harbour-ministry'], [40, 'harbour-ministry']]);
    expect(claimantsOn('2017-05-01')(entities, 'В МВД Харбора заявили, что с начала года задержаны 35 вербовщиков.')).toEqual([[35, 'harbour-ministry']]);
  });

  it('names nobody in "сообщил в полицию" (reported to the police)', () => {
    const entities = [org('harbour-police', 'полиция Харбора')];
    expect(claimantsOn('2017-05-01')(entities, 'Задержаны 12 человек, сообщил в полицию Харбора местный житель.')).toEqual([[12, null]]);
  });

  it('reads a range whose opening word starts the sentence', () => {
    expect(extractFigures(article('2017-05-01', ['От 2 до 4 тысяч выходцев из региона воюют в Сирии.']), []).map(amount)).toEqual(['2000-4000']);
  });
});

describe('claimants of the thirty-seventh blind set\'s kinds (own sentences)', () => {
  it('reads no speaker in a participle after a superlative\'s noun', () => {
    const entities = [org('harbour-mission', 'Harbour Mission')];
    const [[, claimant]] = claimantsOn('2019-02-24')(entities, 'Harbour Mission published its yearly report. The mission documented 412 children killed, the highest number recorded in a single year.') as [[number, string | null]];
    expect(claimant).not.toBe('highest number');
  });

  it('gives the figures before "Об этом говорится в ежегодном докладе X" to X', () => {
    const entities = [org('harbour-mission', 'Миссия Харбора', ['Миссии Харбора'])];
    expect(claimantsOn('2020-02-22')(entities, 'В прошлом году погибли 3 403 мирных жителя, еще 6 989 человек получили ранения. Об этом говорится в ежегодном докладе Миссии Харбора, опубликованном в субботу.')).toEqual([[3403, 'harbour-mission'], [6989, 'harbour-mission']]);
  });
});

describe('figures of the thirty-eighth blind set\'s kinds (own sentences)', () => {
  const amounts = (...paragraphs: string[]): Array<string | number> => extractFigures(article('2020-10-02', paragraphs), []).map(amount);

  it('counts the accused, handguns, congregations, a part a deed was done to and the whole of a part', () => {
    expect(amounts('The judge read the verdict in the presence of four of the six accused.')).toEqual([4, 6]);
    expect(amounts('He carried a rifle and three handguns.')).toEqual([3]);
    expect(amounts('Three congregations held services in the building.')).toEqual([3]);
    expect(amounts('A special court sentenced three of them to death in 2002.')).toEqual([3]);
  });

  it('reads the second term of "jailed X for 33 years and Y for 18 years"', () => {
    expect(extractFigures(article('2020-10-02', ['The magistrate jailed Mohamed Ahmed Abdirahman for 33 years and Hussein Hassan Mustafa for 18 years.']), []).map((figure) => [figure.value, figure.unit])).toEqual([[33, 'years'], [18, 'years']]);
  });

  it('takes no calibre and no age written "at 97" for a figure', () => {
    expect(amounts('He opened fire with a .45-caliber pistol, firing more than 70 rounds.')).toEqual([70]);
    expect(amounts('Police seized a 9mm pistol.')).toEqual([]);
    expect(amounts('The dead included Rose Weller. Weller, at 97, was the oldest.')).toEqual([]);
  });
});

describe('claimants of the thirty-seventh and thirty-eighth blind sets\' kinds (own sentences)', () => {
  it('gives a figure to a document named by its own title', () => {
    expect(claimantsOn('2017-11-15')([org('peace-institute', 'Institute for Peace Studies')], 'According to the World Violence Index 2017, compiled by the Institute for Peace Studies, 25,673 people died in attacks last year.')).toEqual([[25673, 'World Violence Index 2017']]);
  });

  it('reads "the UN mission" as the article\'s UN mission, not the UN', () => {
    const entities = [org('harbour-mission', 'United Nations Assistance Mission in Harbour', ['UNAMH']), org('united-nations', 'UN')];
    expect(claimantsOn('2019-02-24')(entities, 'According to the United Nations Assistance Mission in Harbour (UNAMH), 3,804 civilians were killed.', 'Since 2009, the UN mission has documented more than 32,000 civilians killed.')).toEqual([[3804, 'harbour-mission'], [32000, 'harbour-mission']]);
  });

  it('reads a Russian noun of a body as the body named before, with a verb of recording', () => {
    const entities = [org('harbour-mission', 'Миссия ООН в Харборе', ['Миссии ООН в Харборе'])];
    expect(claimantsOn('2020-02-22')(entities, 'Об этом говорится в докладе Миссии ООН в Харборе.', 'Всего миссия зафиксировала 10 392 жертвы среди мирного населения.')).toEqual([[10392, 'harbour-mission']]);
  });
});

describe('more claimants of the thirty-eighth blind set\'s kinds (own sentences)', () => {
  it('reads "по словам министра" as the minister described before', () => {
    const entities = [person('ivan-petrov', 'Иван Петров')];
    expect(claimantsOn('2022-11-14')(entities, 'Об этом сообщил министр внутренних дел страны Иван Петров.', 'Всего, по словам министра, задержаны 46 человек.')).toEqual([[46, 'ivan-petrov']]);
  });

  it('gives no figures before a witness\'s testimony to the witness, and keeps a closing "he said" for a run', () => {
    const entities = [person('jane-roe', 'Jane Roe'), person('john-doe', 'John Doe')];
    expect(claimantsOn('2017-01-10')(entities, 'The gunman fired more than 70 rounds. Three people in the room survived. One of them, Jane Roe, testified that he told her he was leaving her alive so she could tell the story.')).toEqual([[70, null], [3, null]]);
    expect(claimantsOn('2017-01-10')(entities, 'John Doe said that the group was small. Five were killed and 12 wounded. The rest surrendered, he said in a statement on Monday.')).toEqual([[5, 'john-doe'], [12, 'john-doe']]);
  });

  it('reads "boasted that" as speech', () => {
    expect(claimantsOn('2019-04-26')([person('john-doe', 'John Doe')], 'In one message, John Doe boasted that his students had killed more than 20 of the enemy in a single day.')).toEqual([[20, 'john-doe']]);
  });
});

describe('claimants of the thirty-ninth blind set\'s kinds (own sentences)', () => {
  it('reads "по данным агентства" as the agency named before', () => {
    expect(claimantsOn('2014-08-03')([org('harbour-news', 'Харбор-Ньюс')], 'Как сообщило в субботу агентство Харбор-Ньюс, погибли 37 мирных жителей. По данным агентства, полиция застрелила 59 нападавших.')).toEqual([[37, 'harbour-news'], [59, 'harbour-news']]);
  });

  it('gives the figure to the body named in apposition after its description', () => {
    const entities = [org('united-nations', 'UN'), org('harbour-fund', 'HARBOURFUND')];
    expect(claimantsOn('2014-08-14')(entities, "The UN children's agency, HARBOURFUND, said last week that 40 children had died.")).toEqual([[40, 'harbour-fund']]);
  });
});

describe('French speech in the pluperfect (own sentences)', () => {
  it('reads "Il avait alors promis" as the speech of the person named before', () => {
    expect(claimantsOn('2020-02-03')([person('jean-dupont', 'Jean Dupont')], "Ce renfort va au-delà de ce qu'avait annoncé le président Jean Dupont le 13 janvier. Il avait alors promis l'envoi de 220 militaires de plus.")).toEqual([[220, 'jean-dupont']]);
  });
});

describe('a sentence opening with an earlier date (own sentences)', () => {
  it('gives the figures of an earlier event to the narrator, not to the source of the sentence before', () => {
    const entities = [org('harbour-government', 'gouvernement')];
    expect(claimantsOn('2020-02-03')(entities, "Le 20 janvier, 36 civils ont été tués à Portville, selon le gouvernement. Le 24 décembre, 35 civils, dont 31 femmes, avaient perdu la vie à Bayville."))
      .toEqual([[36, 'harbour-government'], [35, null], [31, null]]);
    expect(claimantsOn('2021-03-10')([], 'Police said 11 people were detained on Monday. On March 1, three others were detained in Portville.')).toEqual([[11, 'police'], [3, null]]);
  });

  it('keeps the source for a sentence with no date of its own or with the same date', () => {
    expect(claimantsOn('2021-03-10')([], 'Police said 11 people were detained on Monday. Three of them are women.')).toEqual([[11, 'police'], [3, 'police']]);
  });
});

describe('French role phrases (own sentences)', () => {
  it('reads "selon la ministre" as the minister named in apposition before', () => {
    const entities = [person('jeanne-dupont', 'Jeanne Dupont')];
    expect(claimantsOn('2020-02-03')(entities, "L'annonce a été faite dimanche par la ministre des Armées, Jeanne Dupont, dans un communiqué.", 'Selon la ministre, 600 soldats supplémentaires seront déployés.'))
      .toEqual([[600, 'jeanne-dupont']]);
  });
});

describe('manners of counting and the whole after "out of" (own text)', () => {
  it('takes no count from "one by one" or "one after another", and no new figure from the whole after "out of"', () => {
    const figures = extractFigures(
      { metadata: { title: 'x', outlet: null, author: null, published: '2018-05-10' }, paragraphs: ['On Thursday all 120 detainees gave themselves up.', '"One by one they walked out, 110 out of 120, and then the rest one after another," the minister said.'] },
      [],
    );
    expect(figures.map((figure) => figure.value)).toEqual([120, 110]);
  });
});

describe('figures inside denied reports (own text)', () => {
  it('gives a figure inside reports a speaker denies to the reports, not to the speaker', () => {
    const figures = extractFigures(
      { metadata: { title: 'x', outlet: null, author: null, published: '2016-10-13' }, paragraphs: ['The army spokesman dismissed media reports that 40 soldiers had been killed in the ambush.', 'Police rejected claims that 12 protesters had died, and said three officers were hurt.'] },
      [],
    );
    expect(figures.find((figure) => figure.value === 40)?.claimant).toBe('media reports');
    expect(figures.find((figure) => figure.value === 12)?.claimant).toBe('claims');
    // The speaker's own words after the denial are the speaker's.
    expect(figures.find((figure) => figure.value === 3)?.claimant).not.toBe('claims');
  });
});

describe('the first day of a span of days (own text)', () => {
  it('takes no figure from the first day of "7 and 9 May", "from 28 to 31 May", "с 28 по 31 мая" or "7 и 9 мая"', () => {
    const figures = extractFigures(
      article('2020-06-05', [
        'The second stage, on 7 and 9 May, brought 231 people home, and the third ran from 28 to 31 May.',
        'Спецслужбы с 28 по 31 мая вернули 60 женщин. В ходе второго этапа, 7 и 9 мая, на родину вернулись 40 человек.',
      ]),
      [],
    );
    expect(figures.map((figure) => figure.value)).toEqual([231, 60, 40]);
  });

  it('counts Russian children, kin and fighters named in words ("девять сирот", "трое заложников")', () => {
    const figures = extractFigures(article('2020-06-05', ['На родину доставлены 67 женщин, среди детей девять сирот.', 'Боевики удерживали пять заложников.']), []);
    expect(figures.map((figure) => figure.value)).toEqual([67, 9, 5]);
  });
});

describe('numbers to call (own text)', () => {
  it('takes no figure from a hotline number written without separators, and keeps counts near "call"', () => {
    const figures = extractFigures(article('2021-05-08', ['Police asked witnesses to call their hotline on 9704000 or dial 119, after 12 people were hurt.', 'The ministry received 300 calls.']), []);
    expect(figures.map((figure) => figure.value)).toEqual([12, 300]);
  });
});

describe('claimants of the forty-first blind set\'s kinds (own text)', () => {
  const africaCommand = org('us-africa-command', 'United States Africa Command', ['AFRICOM']);
  const europol = org('europol', 'Europol');

  it('counts contractors and helicopters, and gives "the command said" to the command named before', () => {
    const figures = extractFigures(
      article('2020-01-06', [
        'Three Americans, a soldier and two contractors, were killed at the airfield, the United States Africa Command (AFRICOM) said.',
        'Two other Americans were wounded, the command said in a statement.',
        'According to a police report seen by journalists, the gunmen destroyed two helicopters.',
      ]),
      [africaCommand],
    );
    const of = (value: number, what: RegExp): ArticleFigure | undefined => figures.find((figure) => figure.value === value && what.test(figure.what));
    expect(of(2, /contractors/)?.claimant).toBe('us-africa-command');
    expect(of(2, /wounded/)?.claimant).toBe('us-africa-command');
    expect(of(2, /helicopters/)?.claimant).toBe('police report');
  });

  it('gives a count that a speaker says others reported to the speaker, named by "the X-based agency"', () => {
    const figures = extractFigures(
      article('2016-07-20', ['Europol published its yearly report on Wednesday.', 'In the report, the Hague-based agency said member states had reported 211 attacks in 2015.']),
      [europol],
    );
    expect(figures.find((figure) => figure.value === 211)?.claimant).toBe('europol');
  });
});

describe('things won, lost or taken, and venues counted (own text)', () => {
  it('counts "the two seats" a party lost, "the three trucks" seized, and hotels attacked', () => {
    const figures = extractFigures(
      article('2015-09-30', ['In March the party won 1.5 per cent of the vote, losing the two seats it had held.', 'Gunmen seized the three trucks near the border.', 'Bombers struck two churches and three hotels.']),
      [],
    );
    const whats = figures.map((figure) => `${figure.value} ${figure.what}`);
    expect(whats.some((line) => /^2 seats/.test(line))).toBe(true);
    expect(whats.some((line) => /^3 trucks/.test(line))).toBe(true);
    expect(whats.some((line) => /^3 hotels/.test(line))).toBe(true);
    // "the two" after a verb that wins or loses nothing stays no count.
    expect(extractFigures(article('2015-09-30', ['He praised the two seats of learning.']), []).map((figure) => figure.value)).toEqual([]);
  });
});

describe('claimants of the forty-second blind set\'s kinds (own text)', () => {
  it('gives "according to the statement" to the minister who last spoke in a statement', () => {
    const minister = person('rawiya-jabour', 'Rawiya Jabour', ['Jabour']);
    const figures = extractFigures(
      article('2016-07-07', ['Health Minister Rawiya Jabour said on Thursday that 292 people had been killed.', 'In a statement, the minister said 177 bodies were not yet identified.', 'According to the statement, about 200 people were wounded.']),
      [minister],
    );
    expect(figures.find((figure) => figure.value === 200)?.claimant).toBe('rawiya-jabour');
  });

  it('gives the figures of "the United Nations, whose monitors put ..." to the United Nations', () => {
    const un = org('united-nations', 'United Nations', ['UN']);
    const figures = extractFigures(article('2022-06-09', ['The war has killed more than 40,000 people, according to the United Nations, whose monitors put the group\'s strength at between 3,500 and 5,000 fighters.']), [un]);
    expect(figures.map((figure) => figure.claimant)).toEqual(['united-nations', 'united-nations']);
  });

  it('reads "he" after a time\'s phrase opening the clause as the subject ("A year earlier he had spoken of ...")', () => {
    const muhriddin = person('sirojiddin-muhriddin', 'Sirojiddin Muhriddin', ['Muhriddin']);
    const figures = extractFigures(article('2021-12-09', ['In July Foreign Minister Sirojiddin Muhriddin told journalists that 500 nationals were in the camps. A year earlier he had spoken of 86 women in the camps.']), [muhriddin]);
    expect(figures.find((figure) => figure.value === 86)?.claimant).toBe('sirojiddin-muhriddin');
  });
});

describe('claimants of the forty-second blind set\'s kinds, second batch (own text, nineteenth session)', () => {
  it('gives figures "according to tallies by aid groups" and "selon les décomptes des ONG" to the groups, not to the tallies', () => {
    const on = claimantsOn('2021-06-06');
    expect(on([], 'The fighting has displaced more than 600,000 people, according to tallies by aid groups.')).toEqual([[600000, 'aid groups']]);
    expect(on([], 'Les violences ont fait plus de 2 000 morts, selon les décomptes des organisations humanitaires.')).toEqual([[2000, 'organisations humanitaires']]);
    expect(on([], 'Up to 4,000 Afghans live in the city without papers, according to a 2024 estimate by a refugee charity.')).toEqual([[4000, 'refugee charity']]);
  });

  it('gives "while a senior provincial official said" to that new, unnamed official, not to the minister named before', () => {
    const minister = person('agha-sadiq', 'Agha Sadiq', ['Sadiq']);
    const figures = extractFigures(article('2018-07-14', ['Home Minister Agha Sadiq confirmed the toll, while a senior provincial official said about 150 people were being treated for wounds.']), [minister]);
    expect(figures.map((figure) => figure.claimant)).toEqual(['senior provincial official']);
  });

  it('reads a French subject opened by a quantifier, without where its sources stand', () => {
    const on = claimantsOn('2021-06-06');
    expect(on([], 'Plusieurs sources sécuritaires présentes sur le terrain avancent cependant un bilan plus lourd pour Tadaryat : au moins 90 morts.')).toEqual([[90, 'sources sécuritaires']]);
  });

  it('gives "N of them" two sentences after the last figure none of that figure\'s claimant: the sentence between named what "them" are', () => {
    const minister = person('rawiya-jabour', 'Rawiya Jabour', ['Jabour']);
    const figures = extractFigures(
      article('2016-07-07', ['Health Minister Rawiya Jabour said 292 people had been killed.', 'The scanners had long been called useless. Between 2009 and 2011 Iraq bought some 1,500 of them for about $9 million from a dealer.']),
      [minister],
    );
    const scanners = figures.find((figure) => figure.value === 1500);
    expect(scanners?.claimant).toBeNull();
  });
});

describe('a description in the lede names a later person only when every word of it describes them (own text, nineteenth session)', () => {
  it('keeps "the district police chief" apart from "Chief Minister X"', () => {
    const minister = person('ramesh-pillai', 'Ramesh Pillai', ['Pillai']);
    const figures = extractFigures(
      article('2016-07-10', [
        'Seventeen of the missing are from Kannur, according to a report prepared by the district police chief.',
        'Chief Minister Ramesh Pillai told the assembly on Friday that the state would help the families.',
      ]),
      [minister],
    );
    expect(figures.find((figure) => figure.value === 17)?.claimant).toBe('district police chief');
  });
});

describe('a source confirming the figure of the sentence before (own text, nineteenth session)', () => {
  it('gives an unattributed toll to the one who "confirmed the toll" next, and leaves an attributed one alone', () => {
    const minister = person('zia-langove', 'Zia Langove', ['Langove']);
    const police = org('levies', 'Levies Force', []);
    const on = claimantsOn('2018-07-14');
    expect(on([minister], 'The number of people killed in the bombing rose to 131 overnight.', 'Home Minister Zia Langove confirmed the toll on Saturday.')).toEqual([[131, 'zia-langove']]);
    expect(on([minister, police], 'The Levies Force said 131 people were killed.', 'Home Minister Zia Langove confirmed the toll on Saturday.')).toEqual([[131, 'levies']]);
    expect(on([minister], 'The number of people killed rose to 131.', 'Later, Home Minister Zia Langove visited the wounded.', 'He confirmed the toll.')).toEqual([[131, null]]);
  });
});

describe('a Russian demonstrative and a body\'s noun as a subject (own text, nineteenth session)', () => {
  it('gives "та же компания насчитывала ..." to the body cited last', () => {
    const orion = org('orion-analytics', 'Orion Analytics', []);
    const on = claimantsOn('2015-12-08');
    expect(on([orion], 'Как сообщила Orion Analytics, в Сирии находятся около 5 тысяч иностранных боевиков. В июне 2014 года та же компания насчитывала около 2 тысяч человек.')).toEqual([[5000, 'orion-analytics'], [2000, 'orion-analytics']]);
  });
});

describe('"по данным суда" (own text, nineteenth session)', () => {
  it('gives the figures to the court, named in the nominative, not to a defendant the court was said to sentence', () => {
    const defendant = person('ruslan-kadyrbekov', 'Руслан Кадырбеков', ['Руслану Кадырбекову']);
    const on = claimantsOn('2016-11-28');
    expect(on([defendant], 'Суд назначил Руслану Кадырбекову пожизненный срок.', 'По данным суда, свидетелями прошли 48 человек.')).toEqual([[48, 'суд']]);
  });
});

describe('French counts of towns, brothers and "N d\'entre eux" (own text, twentieth session)', () => {
  it('counts "sept villes", "quatre frères" and the parts of a group named before', () => {
    const chief = person('karim-bensaid', 'Karim Bensaïd', ['Bensaïd']);
    const paragraphs = [
      'Selon Karim Bensaïd, les arrestations ont eu lieu dans sept villes du pays, et quinze suspects ont été interpellés.',
      "Deux d'entre eux avaient déjà été condamnés et cinq autres étaient fichés, a-t-il ajouté.",
      'Une autre cellule, composée de quatre frères, avait été démantelée en mars.',
    ];
    const figures = extractFigures(article('2024-05-06', paragraphs), [chief]);
    expect(figures.map((figure) => [amount(figure), figure.what])).toEqual([[7, 'villes du pays'], [15, 'suspects'], [2, 'suspects'], [5, 'autres'], [4, 'frères']]);
    expect(figures.slice(0, 4).map((figure) => figure.claimant)).toEqual(['karim-bensaid', 'karim-bensaid', 'karim-bensaid', 'karim-bensaid']);
  });
});

describe('a French subject named before "a-t-il précisé" (own text, twentieth session)', () => {
  it('gives the figure to the person who opened the sentence before, not to one named earlier', () => {
    const chief = person('karim-bensaid', 'Karim Bensaïd', ['Bensaïd']);
    const sponsor = person('yassine-amrani', 'Yassine Amrani', ['Amrani']);
    const on = claimantsOn('2024-05-06');
    expect(on([chief, sponsor],
      "Selon Karim Bensaïd, douze suspects ont été arrêtés. Le commanditaire serait Yassine Amrani. C'est Amrani qui aurait fourni les armes, a indiqué le responsable.",
      "Karim Bensaïd a insisté sur le profil des suspects. Quatre d'entre eux n'ont pas dépassé le primaire, a-t-il précisé.",
    )).toEqual([[12, 'karim-bensaid'], [4, 'karim-bensaid']]);
  });
});

describe('one who speaks for a person named after him (own text, twentieth session)', () => {
  it('does not give "an adviser to President X said" to X', () => {
    const president = person('hassan-abdi-omar', 'Hassan Abdi Omar', ['Omar']);
    const on = claimantsOn('2025-06-11');
    const [[value, claimant]] = on([president], 'Nearly 400 militants have been killed since the offensive began, a senior adviser to President Hassan Abdi Omar said on Wednesday.') as [[number, string | null]];
    expect(value).toBe(400);
    expect(claimant).not.toBe('hassan-abdi-omar');
    expect(on([president], 'Nearly 400 militants have been killed, President Hassan Abdi Omar said.')).toEqual([[400, 'hassan-abdi-omar']]);
  });
});

describe('claimants of the forty-third blind set\'s Afghan page kinds (own text, twentieth session)', () => {
  it('gives "X, a role, said Y had handed over 150 fighters" to X, not to Y', () => {
    const spokesman = person('jawad-hamidi', 'Jawad Hamidi', ['Hamidi']);
    const commander = person('qari-fazl-ur-rahman', 'Fazl ur-Rahman', []);
    const on = claimantsOn('2018-08-01');
    expect(on([spokesman, commander], 'Jawad Hamidi, spokesman for the Faryab governor, said Fazl ur-Rahman, whom he called the group\'s commander, had surrendered with 150 fighters.')).toEqual([[150, 'jawad-hamidi']]);
  });

  it('reads "him" as the last subject, not as anyone whose sentence ended "with him"; and counts "Eight Taliban and six X fighters"', () => {
    const commander = person('mufti-rashid', 'Mufti Rashid', ['Rashid']);
    const officer = person('karim-nazari', 'Karim Nazari', ['Nazari']);
    const on = claimantsOn('2018-08-01');
    expect(on([commander, officer],
      'Mufti Rashid said that about 90 of his men had come over with him.',
      'Karim Nazari said clashes had flared again. Eight Taliban and five Daesh fighters died, according to him.',
    )).toEqual([[90, 'mufti-rashid'], [8, 'karim-nazari'], [5, 'karim-nazari']]);
  });
});

describe('a belief credited by a passive after the figure (own text, twentieth session)', () => {
  it('gives "3,000 Tunisians believed by officials to have joined" to officials', () => {
    const on = claimantsOn('2015-03-19');
    expect(on([], 'The country is a large source of recruits, with around 3,000 Tunisians believed by officials to have joined jihadist groups abroad.')).toEqual([[3000, 'officials']]);
    expect(on([], 'Around 3,000 Tunisians have joined jihadist groups abroad.')).toEqual([[3000, null]]);
  });
});

describe('French closing verbs and objects in words (own text, twentieth session)', () => {
  it('gives a figure before "a-t-il indiqué au cours de ..." to the person "il" stands for', () => {
    const minister = person('awa-kone', 'Awa Koné', ['Koné']);
    const on = claimantsOn('2016-03-14');
    expect(on([minister], 'Awa Koné a présenté un bilan. Douze civils ont perdu la vie, a-t-il indiqué au cours de la réunion.')).toEqual([[12, 'awa-kone']]);
  });

  it('reads "alors que X faisaient état de six" as X\'s figure, and "avait évoqué" as a speech verb', () => {
    const minister = person('awa-kone', 'Awa Koné', ['Koné']);
    const president = person('yao-kouassi', 'Yao Kouassi', ['Kouassi']);
    const on = claimantsOn('2016-03-14');
    expect(on([minister, president],
      'Selon Awa Koné, trois assaillants ont été abattus, alors que les premières annonces faisaient état de six assaillants neutralisés.',
      'Le président, Yao Kouassi, avait évoqué neuf civils tués.',
    )).toEqual([[3, 'awa-kone'], [6, 'premières annonces'], [9, 'yao-kouassi']]);
  });
});

describe('the subject after an opening adverbial that holds a relative clause (own text, twentieth session)', () => {
  it('reads "At the hospital, where ..., surgeon Dr X examined the bodies. Nine were women, he said" as X\'s', () => {
    const police = person('asif-raza', 'Asif Raza', ['Raza']);
    const surgeon = person('tariq-baig', 'Tariq Baig', ['Baig']);
    const on = claimantsOn('2015-05-15');
    expect(on([police, surgeon],
      'The gunmen used pistols and shot most of the victims in the head at close range, Inspector General Asif Raza told reporters. About 40 people had been on board, he said.',
      'At the city hospital, where the driver had taken the bus, police surgeon Dr Tariq Baig examined the bodies. Nine of the dead were women, he said.',
    )).toEqual([[40, 'asif-raza'], [9, 'tariq-baig']]);
  });
});

describe('distances (own text, twenty-first session)', () => {
  it('reports a distance in kilometres or miles with its unit and what it is from', () => {
    const figures = extractFigures(article('2016-03-14', [
      'The resort town lies about 40 kilometres east of the capital, police said.',
      'The attackers had driven some 120 miles (190 km) from the border.',
    ]), []);
    expect(figures.map((figure) => [figure.value, figure.unit, figure.what, figure.claimant])).toEqual([
      [40, 'km', 'distance east of the capital', 'police'],
      [120, 'miles', 'distance from the border', null],
    ]);
  });
});

describe('a dateline before the speaker and a count\'s owner (own text, twenty-first session)', () => {
  it('gives "MOGADISHU – Somali police said 32 ..." to the police and "the army\'s latest tally" to the army', () => {
    const on = claimantsOn('2024-08-03');
    expect(on([], 'MOGADISHU – Somali police said on Saturday that 32 civilians were killed.')).toEqual([[32, 'Somali police']]);
    expect(on([], "The army's latest tally put the wounded at 21 soldiers.")).toEqual([[21, 'army']]);
  });
});

describe('counts 45 missed (own text, twenty-second session)', () => {
  it('counts captives after "other", and Russian vehicles in the instrumental and the genitive', () => {
    const values = (paragraph: string): number[] => extractFigures(article('2022-06-01', [paragraph]), []).map((figure) => figure.value as number);
    expect(values('The video showed the aid worker beside three other foreign captives.')).toEqual([3]);
    expect(values('Детей отвезли двумя автобусами в сопровождении пяти машин полиции.')).toEqual([2, 5]);
  });
});

describe('a toll raised from an earlier one (own text, twenty-second session)', () => {
  it('gives "X has raised the death toll from ... to 54, up from the eight deaths it announced" both figures, to X', () => {
    const figures = extractFigures(article('2025-04-23', ["Togo's government has raised the death toll from last week's attack to 31 soldiers, up from the nine deaths it announced at first."]), []);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[31, "Togo's government"], [9, "Togo's government"]]);
  });
});

describe('shares with two decimals and decimal commas (own text, twenty-third session)', () => {
  it('reads "41.27 percent", "41,27 %" and "52,18 процента" as shares, and "at 10.30" still as a time', () => {
    const values = (paragraph: string): number[] => extractFigures(article('2021-01-03', [paragraph]), []).map((figure) => figure.value as number);
    expect(values('The ruling party candidate took 41.27 percent of the vote.')).toEqual([41.27]);
    expect(values('Le candidat sortant obtient 41,27 % des suffrages exprimés.')).toEqual([41.27]);
    expect(values('Кандидат набрал 52,18 процента голосов.')).toEqual([52.18]);
    expect(values('The blast went off at 10.30 and wounded 14 people.')).toEqual([14]);
  });
});

describe('counts of doers after "the", and parts of a whole (own text, twenty-third session)', () => {
  it('counts "the three gunmen who stormed ...", "all four of the attackers" and "one of the two guards", not "the two countries"', () => {
    const values = (paragraph: string): number[] => extractFigures(article('2020-05-01', [paragraph]), []).map((figure) => figure.value as number);
    expect(values('The three gunmen who stormed the hotel lobby were later identified.')).toEqual([3]);
    expect(values('The two young bombers who drove the van came from Sulu.')).toEqual([2]);
    expect(values('All four of the attackers died in the firefight.')).toEqual([4]);
    expect(values('A bullet hit one of the two guards posted at the gate.')).toEqual([2]);
    expect(values('The two countries signed a security pact.')).toEqual([]);
  });

  it('writes a passive after a relative clause with "and": "gunmen who stormed the hotel and were killed"', () => {
    const [figure] = extractFigures(article('2020-05-01', ['The three gunmen who stormed the hotel were killed.']), []);
    expect(figure?.what).toBe('gunmen who stormed the hotel and were killed');
  });
});

describe('counts and terms the older sets missed (own text, twenty-third session)', () => {
  const values = (paragraph: string): number[] => extractFigures(article('2020-05-01', [paragraph]), []).map((figure) => figure.value as number);

  it('counts the hospitalised, French foreigners and journalists, "d\'entre eux" (after "sept" too) and Russian wounds', () => {
    expect(values('Six remained hospitalised on Tuesday night.')).toEqual([6]);
    expect(values('Trois étrangers sont toujours portés disparus.')).toEqual([3]);
    expect(values("L'armée a abattu neuf assaillants. Sept d'entre eux étaient armés de kalachnikovs.")).toEqual([9, 7]);
    expect(values("Deux d'entre eux ont dit non.")).toEqual([]);
    expect(values('Шестеро получили ранения.')).toEqual([6]);
  });

  it('reads minimum terms and a term "for" a crime, but not years served in the army', () => {
    expect(values('The court ruled that he must serve at least 21 years before he can seek release.')).toEqual([21]);
    expect(values('The judge gave Haddad, 31, nine years for stabbing a guard.')).toEqual([9]);
    expect(values('He served 15 years in the army.')).toEqual([]);
  });
});

describe('a court that rules, a judge who orders (own text, twenty-third session)', () => {
  it('gives "X ruled that ..." and "X ordered that ..." to X', () => {
    const entities = [org('bergen-district-court', 'Bergen District Court'), person('anne-holt', 'Anne Holt')];
    const figures = extractFigures(article('2020-05-01', ['The Bergen District Court ruled that he must serve at least 18 years before he can seek release.', 'Judge Anne Holt ordered that the man serve a minimum of 14 years.']), entities);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[18, 'bergen-district-court'], [14, 'anne-holt']]);
  });
});

describe('a French elided role naming the speaker again (own text, twenty-third session)', () => {
  it('gives "L\'élu a fait état de 12 blessés" to the mayor named before', () => {
    const entities = [person('issa-garba', 'Issa Garba')];
    const figures = extractFigures(article('2021-01-03', ["Selon le maire de Banibangou, Issa Garba, les assaillants sont venus à moto. L'élu a fait état de 12 blessés."]), entities);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[12, 'issa-garba']]);
  });
});

describe('Russian speech 47 showed (own text, twenty-third session)', () => {
  it('gives a sentence\'s figures to the source "Об этом заявил" names after it, and "по словам дипломата" to that person', () => {
    const entities = [person('marat-iskakov', 'Марат Искаков', ['Искаков'])];
    const figures = extractFigures(article('2024-05-02', [
      'Более двадцати граждан Кыргызстана остаются в лагерях Сирии. Об этом во вторник заявил посол Кыргызстана в Турции Марат Искаков.',
      'По словам дипломата, еще 12 женщин ждут возвращения. Искаков напомнил, что в 2021 году домой вернули 79 детей.',
    ]), entities);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[20, 'marat-iskakov'], [12, 'marat-iskakov'], [79, 'marat-iskakov']]);
  });

  it('reads the subject after an opening adverbial set off by commas, not a person named inside it', () => {
    const entities = [person('hosni-mubarak', 'Hosni Mubarak'), person('omar-saleh', 'Omar Saleh')];
    const figures = extractFigures(article('2012-03-02', ['In March, shortly after the fall of Hosni Mubarak, spokesman Omar Saleh told reporters that 41 people were held.']), entities);
    expect(figures.map((figure) => figure.claimant)).toEqual(['omar-saleh']);
  });
});

describe('sources and sums 47 showed (own text, twenty-fourth session)', () => {
  it('gives "précise le texte" and "ajoute le communiqué" to the body whose statement it is', () => {
    const entities = [org('interior-ministry-of-tunisia', 'Interior Ministry of Tunisia', ["ministère de l'Intérieur"]), place('tunisia', 'Tunisie')];
    const figures = extractFigures(article('2020-06-01', [
      "La Tunisie a rapatrié six enfants de Libye, a annoncé le ministère de l'Intérieur dans un communiqué.",
      'Quatre enfants sont arrivés à Tunis dimanche, précise le texte. Une trentaine restent en Libye, ajoute le communiqué.',
    ]), entities);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[6, 'interior-ministry-of-tunisia'], [4, 'interior-ministry-of-tunisia'], [30, 'interior-ministry-of-tunisia']]);
  });

  it('reads no figure in the number of a law ("la loi 03-03", "law 86-14")', () => {
    const figures = extractFigures(article('2016-01-01', ["La loi 03-03 punit l'apologie du terrorisme de deux à six ans de prison.", 'Under law 86-14 of 2015, four men were charged.']), []);
    expect(figures.map((figure) => amount(figure))).toEqual(['2-6', 4]);
  });

  it('reads a sum in rand glued to its "R" ("R1 million", "R250,000"), not a road ("the R21")', () => {
    const figures = extractFigures(article('2022-03-01', ['The cell raised more than R1 million through extortion and kept R250,000 in cash. They met on the R21 near Pretoria.']), []);
    expect(figures.map((figure) => [figure.value, figure.unit])).toEqual([[1_000_000, 'ZAR'], [250_000, 'ZAR']]);
  });

  it('gives "the department says" to the Treasury the text cited as "the Treasury" after naming it "US Treasury"', () => {
    const entities = [org('us-department-of-the-treasury', 'US Treasury'), person('ali-musa', 'Ali Musa', ['Musa'])];
    const figures = extractFigures(article('2022-03-01', [
      "The US Treasury's sanctions office on Tuesday designated Ali Musa.",
      'According to the Treasury, Musa ran a cell in Durban. The department says the cell raised 40,000 dollars.',
    ]), entities);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[40_000, 'us-department-of-the-treasury']]);
  });

  it('gives "the force said" to the police force named in the paragraph, not a hospital that spoke before', () => {
    const entities = [org('general-hospital', 'General Hospital'), org('royal-canadian-mounted-police', 'RCMP')];
    const figures = extractFigures(article('2014-10-24', [
      'The General Hospital said it treated three patients.',
      'He had been watched by the RCMP, which took his passport. The force said it was investigating 90 people.',
    ]), entities);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[3, 'general-hospital'], [90, 'royal-canadian-mounted-police']]);
  });
});

describe('verdicts and sums the older sets missed (own text, twenty-fourth session)', () => {
  it('reads the counts of a verdict ("on all eight counts", "of all 28 charges") as narration, not the jury\'s claim', () => {
    const entities = [person('omar-bakri', 'Omar Bakri', ['Bakri'])];
    const figures = extractFigures(article('2018-02-01', ['A jury found Bakri guilty on all eight counts he faced.', 'In 2016 a court had found him guilty of all 28 charges against him.']), entities);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[8, null], [28, null]]);
  });

  it('reads sums in East African shillings, rupiah and hryvnia written with their signs or codes', () => {
    const figures = extractFigures(article('2015-04-05', [
      'Police offered a reward of Sh20 million and later paid KSh 1.5m to an informer.',
      'The court fined each defendant Rp 100 juta. The SBU said he had received more than UAH 500,000.',
    ]), []);
    expect(figures.map((figure) => [figure.value, figure.unit])).toEqual([[20_000_000, 'shillings'], [1_500_000, 'KES'], [100_000_000, 'IDR'], [500_000, 'UAH']]);
  });
});

describe('Russian references back to a body (own text, twenty-fourth session)', () => {
  it('gives "она оценила" and "согласно тому же докладу" to the company named after a man who spoke, not to him', () => {
    const entities = [person('bakyt-sydykov', 'Бакыт Сыдыков', ['Сыдыкова']), org('example-risk-group', 'Example Risk Group')];
    const figures = extractFigures(article('2018-03-23', [
      '«Это сигнал для наших спецслужб», – сказал эксперт Бакыт Сыдыков.',
      'Масштаб проблемы виден по подсчетам консалтинговой компании Example Risk Group. В 2015 году она оценила число иностранных боевиков в 30 тысяч человек.',
      'Из Таджикистана, согласно тому же докладу, уехали 386 человек.',
    ]), entities);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[30_000, 'example-risk-group'], [386, 'example-risk-group']]);
  });
});

describe('Russian legal references (own text, twenty-fourth session)', () => {
  it('reads no figure in "по статье 317 УК РФ" or "по ч. 2 ст. 205 УК", and keeps such a sentence whole', () => {
    const figures = extractFigures(article('2018-05-20', ['Возбуждено дело по статье 317 УК РФ. Его обвиняют по ч. 2 ст. 205 УК за участие в группе из 12 человек.']), []);
    expect(figures.map((figure) => [figure.value, figure.quote])).toEqual([[12, 'Его обвиняют по ч. 2 ст. 205 УК за участие в группе из 12 человек.']]);
  });
});
