import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { createMentionMatcher, findMentions, remarkMentionLinks, type MentionEntity, type MentionLinksOptions } from '../../src/markdown/index.ts';

const href = (id: string): string => `/entities/${id}.html`;

/** Entities of seed 000 (RFE/RL, April 2015), as the annotator would record them. */
const seedEntities: MentionEntity[] = [
  { id: 'islamic-state', name: 'Islamic State', aliases: ['IS'] },
  { id: 'kyrgyzstan', name: 'Kyrgyzstan', aliases: ['Kyrgyz'] },
  { id: 'kyrgyz-interior-ministry', name: 'Kyrgyz Interior Ministry', aliases: ['Interior Ministry'] },
  { id: 'gknb', name: 'National Security Committee', aliases: ['GKNB'] },
  { id: 'abdyrakhman-mamataliev', name: 'Abdyrakhman Mamataliev', aliases: ['Mamataliev'] },
  { id: 'artur-medetbekov', name: 'Artur Medetbekov', aliases: ['Medetbekov'] },
  { id: 'hizb-ut-tahrir', name: 'Hizb ut-Tahrir', aliases: [] },
];

/** Paragraphs of seed 000, as the write stage serialises them. */
const seedParagraphs = [
  'More than 330 Kyrgyz citizens have joined the Islamic State (IS) militant group in Syria and Iraq, the deputy prime minister of Kyrgyzstan, Abdyrakhman Mamataliev, said on April 21.',
  'Around 30 of the Kyrgyz nationals who have joined IS are women, Mamataliev said.',
  'The figure of 40 dead is also an increase from the 22 said to have been killed in Syria, according to an estimate by the Kyrgyz Interior Ministry in February.',
  "Artur Medetbekov, the former deputy chairman of Kyrgyzstan's intelligence service, the National Security Committee (GKNB), told the news website this month that unofficial data suggests as many as 500 Kyrgyz citizens are fighting in Syria.",
  '"The Hizb ut-Tahrir guys brainwash our people to such an extent that people are going to war and taking their families."',
];

interface Rendered {
  html: string;
  /** [entity id, link text] of every mention link, in order. */
  links: Array<[string, string]>;
  messages: string[];
}

/**
 * Markdown in, HTML out, through the plugin.
 * @param markdown Document body.
 * @param options Plugin options.
 * @param frontmatter Frontmatter as Astro hands it to remark plugins.
 * @returns HTML, mention links and messages.
 */
async function render(markdown: string, options: MentionLinksOptions, frontmatter?: Record<string, unknown>): Promise<Rendered> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMentionLinks, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process({ value: markdown, data: frontmatter ? { astro: { frontmatter } } : {} });
  const html = String(file);
  const links = [...html.matchAll(/<a href="([^"]*)" class="mention" data-entity="([^"]*)">([^<]*)<\/a>/g)].map((match): [string, string] => {
    expect(match[1]).toBe(href(match[2] ?? ''));
    return [match[2] ?? '', match[3] ?? ''];
  });
  return { html, links, messages: file.messages.map((message) => message.reason) };
}

describe('remarkMentionLinks on seed 000', () => {
  it('links names, aliases and acronyms, longest first', async () => {
    const { links, html } = await render(seedParagraphs.join('\n\n'), { entities: seedEntities, href });
    expect(links).toEqual([
      ['kyrgyzstan', 'Kyrgyz'],
      ['islamic-state', 'Islamic State'],
      ['islamic-state', 'IS'],
      ['kyrgyzstan', 'Kyrgyzstan'],
      ['abdyrakhman-mamataliev', 'Abdyrakhman Mamataliev'],
      ['kyrgyzstan', 'Kyrgyz'],
      ['islamic-state', 'IS'],
      ['abdyrakhman-mamataliev', 'Mamataliev'],
      ['kyrgyz-interior-ministry', 'Kyrgyz Interior Ministry'],
      ['artur-medetbekov', 'Artur Medetbekov'],
      ['kyrgyzstan', 'Kyrgyzstan'],
      ['gknb', 'National Security Committee'],
      ['gknb', 'GKNB'],
      ['kyrgyzstan', 'Kyrgyz'],
      ['hizb-ut-tahrir', 'Hizb ut-Tahrir'],
    ]);
    expect(html).toContain('<a href="/entities/kyrgyzstan.html" class="mention" data-entity="kyrgyzstan">Kyrgyzstan</a>\'s intelligence service');
  });

  it('reads the entities from the frontmatter Astro attaches to the file', async () => {
    const { links } = await render(seedParagraphs[1] ?? '', { href }, { entities: seedEntities });
    expect(links).toEqual([
      ['kyrgyzstan', 'Kyrgyz'],
      ['islamic-state', 'IS'],
      ['abdyrakhman-mamataliev', 'Mamataliev'],
    ]);
  });

  it('links nothing when there are no entities anywhere', async () => {
    const { links, messages } = await render(seedParagraphs[0] ?? '', { href });
    expect(links).toEqual([]);
    expect(messages).toEqual([]);
  });
});

describe('whole words and case', () => {
  const entities: MentionEntity[] = [
    { id: 'islamic-state', name: 'Islamic State', aliases: ['IS'] },
    { id: 'kyrgyzstan', name: 'Kyrgyzstan', aliases: ['Kyrgyz'] },
  ];

  it('never matches inside a longer word', async () => {
    const { links } = await render('This is what ISIS and the Kyrgyzstani press call it; Kyrgyzstan disagrees.', { entities, href });
    expect(links).toEqual([['kyrgyzstan', 'Kyrgyzstan']]);
  });

  it('matches acronyms in capitals only', async () => {
    const { links } = await render('It is unclear whether IS is behind it. Is it? IS-linked cells and pro-IS channels.', { entities, href });
    expect(links).toEqual([
      ['islamic-state', 'IS'],
      ['islamic-state', 'IS'],
      ['islamic-state', 'IS'],
    ]);
  });

  it('matches names case-sensitively', async () => {
    const { links } = await render('An islamic state in name only, said the Islamic State.', { entities, href });
    expect(links).toEqual([['islamic-state', 'Islamic State']]);
  });

  it('tolerates a sentence-initial capital on a name written in lower case', async () => {
    const { links } = await render('Al-Shabaab denied it. Analysts doubt al-Shabaab.', {
      entities: [{ id: 'al-shabaab', name: 'al-Shabaab', aliases: [] }],
      href,
    });
    expect(links).toEqual([
      ['al-shabaab', 'Al-Shabaab'],
      ['al-shabaab', 'al-Shabaab'],
    ]);
  });

  it('works with letters of other scripts', async () => {
    const { links } = await render('Жогорку Кеңеш и Жогорку Кеңешом; Ош, Ошский.', {
      entities: [
        { id: 'jogorku-kenesh', name: 'Жогорку Кеңеш', aliases: [] },
        { id: 'osh', name: 'Ош', aliases: [] },
      ],
      href,
    });
    expect(links).toEqual([
      ['jogorku-kenesh', 'Жогорку Кеңеш'],
      ['osh', 'Ош'],
    ]);
  });
});

describe('possessives and typography', () => {
  it('links the name of a possessive, leaving the ’s outside', async () => {
    const { html, links } = await render("Kyrgyzstan's security service and Kyrgyzstan’s border guards.", {
      entities: [{ id: 'kyrgyzstan', name: 'Kyrgyzstan', aliases: [] }],
      href,
    });
    expect(links).toEqual([
      ['kyrgyzstan', 'Kyrgyzstan'],
      ['kyrgyzstan', 'Kyrgyzstan'],
    ]);
    expect(html).toContain('</a>\'s security');
    expect(html).toContain('</a>’s border');
  });

  it('matches curly and straight apostrophes either way', async () => {
    const { links } = await render('Mu’adh al-Kasasbeh and Mu\'adh again; Ibn Taymiyya’s books.', {
      entities: [
        { id: 'muadh-al-kasasbeh', name: "Mu'adh al-Kasasbeh", aliases: ["Mu'adh"] },
        { id: 'ibn-taymiyya', name: 'Ibn Taymiyya', aliases: [] },
      ],
      href,
    });
    expect(links).toEqual([
      ['muadh-al-kasasbeh', 'Mu’adh al-Kasasbeh'],
      ['muadh-al-kasasbeh', "Mu'adh"],
      ['ibn-taymiyya', 'Ibn Taymiyya'],
    ]);
  });

  it('matches across non-breaking spaces and line breaks', async () => {
    const { links } = await render('The Islamic\u00a0State claimed it, and the Islamic\nState repeated it.', {
      entities: [{ id: 'islamic-state', name: 'Islamic State', aliases: [] }],
      href,
    });
    expect(links).toEqual([
      ['islamic-state', 'Islamic\u00a0State'],
      ['islamic-state', 'Islamic\nState'],
    ]);
  });
});

describe('where mentions are not linked', () => {
  const entities: MentionEntity[] = [{ id: 'islamic-state', name: 'Islamic State', aliases: ['IS'] }];

  it('skips headings, links, inline code, code blocks and HTML', async () => {
    const markdown = [
      '# The Islamic State in Central Asia',
      '',
      'A [report on IS](https://example.org/is) and `IS` in code, then <span>IS</span> in HTML.',
      '',
      '```',
      'Islamic State',
      '```',
      '',
      '<div>Islamic State</div>',
      '',
      'Only this Islamic State is linked.',
    ].join('\n');
    const { links, html } = await render(markdown, { entities, href });
    expect(links).toEqual([['islamic-state', 'Islamic State']]);
    expect(html).toContain('<h1>The Islamic State in Central Asia</h1>');
    expect(html).toContain('<a href="https://example.org/is">report on IS</a>');
    expect(html).toContain('<code>IS</code>');
  });

  it('links in emphasis, lists, quotes and tables', async () => {
    const markdown = '*IS* fighters\n\n- IS cells\n\n> IS claimed it\n';
    const { links } = await render(markdown, { entities, href });
    expect(links).toHaveLength(3);
  });

  it('does not link a word cut by emphasis', async () => {
    const { links } = await render('**IS**IS and IS*IS*', { entities, href });
    expect(links).toEqual([]);
  });

  it('leaves a form shared by two entities unlinked, with a warning', async () => {
    const { links, messages } = await render('The IS and the Islamic State.', {
      entities: [...entities, { id: 'internal-security', name: 'Internal Security', aliases: ['IS'] }],
      href,
    });
    expect(links).toEqual([['islamic-state', 'Islamic State']]);
    expect(messages).toEqual(['Unexpected name “IS” shared by entities islamic-state, internal-security, expected each name to belong to one entity: not linked']);
  });
});

describe('nested names', () => {
  it('gives a mention inside a longer name to the longer name', async () => {
    const entities: MentionEntity[] = [
      { id: 'islamic-state', name: 'Islamic State', aliases: ['IS'] },
      { id: 'isil', name: 'Islamic State of Iraq and the Levant', aliases: ['ISIL'] },
      { id: 'kyrgyzstan', name: 'Kyrgyzstan', aliases: ['Kyrgyz'] },
      { id: 'kyrgyz-interior-ministry', name: 'Kyrgyz Interior Ministry', aliases: [] },
    ];
    const { links } = await render('The Islamic State of Iraq and the Levant, later the Islamic State; the Kyrgyz Interior Ministry and Kyrgyz officials.', {
      entities,
      href,
    });
    expect(links).toEqual([
      ['isil', 'Islamic State of Iraq and the Levant'],
      ['islamic-state', 'Islamic State'],
      ['kyrgyz-interior-ministry', 'Kyrgyz Interior Ministry'],
      ['kyrgyzstan', 'Kyrgyz'],
    ]);
  });

  it('links the shorter name inside a longer one that is no entity', async () => {
    const { links } = await render('The Islamic State of Iraq and the Levant.', {
      entities: [{ id: 'islamic-state', name: 'Islamic State', aliases: [] }],
      href,
    });
    expect(links).toEqual([['islamic-state', 'Islamic State']]);
  });

  it('falls back to the shorter name when the longer one does not end on a word boundary', () => {
    const matcher = createMentionMatcher([
      { id: 'a', name: 'Hizb', aliases: [] },
      { id: 'b', name: 'Hizb ut-Tahrir', aliases: [] },
    ]);
    expect(findMentions('Hizb ut-Tahrirs and Hizb ut-Tahrir', matcher)).toEqual([
      { start: 0, end: 4, id: 'a' },
      { start: 20, end: 34, id: 'b' },
    ]);
  });
});

describe('options', () => {
  it('throws on a programmer error', () => {
    expect(() => unified().use(remarkMentionLinks, {} as MentionLinksOptions).freeze()).toThrow(/options\.href/);
    expect(() => unified().use(remarkMentionLinks, { href, entities: [{ id: 'x' }] } as unknown as MentionLinksOptions).freeze()).toThrow(/entities\[0\]/);
  });

  it('reports a malformed frontmatter entity and links the others', async () => {
    const { links, messages } = await render('IS and Kyrgyzstan.', { href }, { entities: [{ name: 'IS' }, { id: 'kyrgyzstan', name: 'Kyrgyzstan' }] });
    expect(links).toEqual([['kyrgyzstan', 'Kyrgyzstan']]);
    expect(messages).toEqual(['Unexpected entity 0 in frontmatter, expected `id`, `name` and a list of `aliases`']);
  });
});

describe('many entities', () => {
  it('links 200 entities through 10,000 words, full names first, then aliases', async () => {
    const syllables = ['ka', 'ro', 'mi', 'zu', 'te', 'la', 'no', 'vi', 'sa', 'de', 'gu', 'ba', 'ri', 'to', 'pe'];
    const word = (n: number): string => {
      const text = `${syllables[n % 15]}${syllables[(n * 7 + 3) % 15]}${syllables[(n * 11 + 5) % 15]}`;
      return text.charAt(0).toUpperCase() + text.slice(1);
    };
    let linked = 0;
    for (let run = 0; run < 7; run++) {
      const entities = Array.from({ length: 200 }, (_, i) => ({
        id: `entity-${i}`,
        name: `${word(i + run)} ${word(i + 1000)}${i}r${run}`,
        aliases: [`E${i}X${run}`, `${word(i + 1000)}${i}r${run}`],
      }));
      const words: string[] = [];
      for (let i = 0; i < 10_000; i++) {
        words.push(i % 50 === 0 ? (entities[i % 200]?.name ?? '') : i % 37 === 0 ? `E${i % 200}X${run}` : `${syllables[i % 15]}${syllables[(i * 3) % 15]}`);
      }
      const paragraphs: string[] = [];
      for (let i = 0; i < words.length; i += 100) paragraphs.push(`${words.slice(i, i + 100).join(' ')}.`);
      const processor = unified().use(remarkParse).use(remarkMentionLinks, { href });
      const tree = processor.parse(paragraphs.join('\n\n'));
      await processor.run(tree, { data: { astro: { frontmatter: { entities } } } } as never);
      linked = JSON.stringify(tree).split('"mention"').length - 1;
    }
    // 200 full names, and an alias every 37 words unless a name is there (every 1,850 words).
    expect(linked).toBe(200 + 271 - 6);
  });
});
