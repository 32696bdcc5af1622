import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describeFigure, remarkFigureMarks, remarkMentionLinks, satteriPlugin, type MarkedFigure, type MentionEntity } from '../../src/markdown/index.ts';
import { renderBody } from '../../src/pipeline/stages/write.ts';

const href = (id: string): string => `/entities/${id}.html`;

/** Paragraphs of seed 000 (RFE/RL, April 2015). */
const seedParagraphs = [
  'More than 330 Kyrgyz citizens have joined the Islamic State (IS) militant group in Syria and Iraq, the deputy prime minister of Kyrgyzstan, Abdyrakhman Mamataliev, said on April 21.',
  'Around 30 of the Kyrgyz nationals who have joined IS are women, Mamataliev said.',
  'Speaking at a symposium in Bishkek on April 16, the Interior Ministry official said that 339 individuals had gone to Syria from Kyrgyzstan, of whom 50 were women and 20 were children.',
  'The Kyrgyz authorities have so far detained 44 people who returned to the republic from Syria; eight have been convicted of terrorism-related offenses including taking part in military training or spreading Islamic extremist ideas.',
];

const seedEntities: MentionEntity[] = [
  { id: 'islamic-state', name: 'Islamic State', aliases: ['IS'] },
  { id: 'kyrgyzstan', name: 'Kyrgyzstan', aliases: ['Kyrgyz'] },
  { id: 'abdyrakhman-mamataliev', name: 'Abdyrakhman Mamataliev', aliases: ['Mamataliev'] },
  { id: 'rafik-mambetaliev', name: 'Rafik Mambetaliev', aliases: ['Mambetaliev'] },
];

const seedFigures: MarkedFigure[] = [
  {
    value: 330,
    approx: 'more than',
    what: 'Kyrgyz citizens who joined IS',
    claimant: 'abdyrakhman-mamataliev',
    asOf: '2015-04-21',
    quote: 'More than 330 Kyrgyz citizens have joined the Islamic State (IS) militant group in Syria and Iraq',
  },
  { value: 30, approx: 'around', what: 'Kyrgyz women who joined IS', claimant: 'abdyrakhman-mamataliev', asOf: '2015-04-21', quote: 'Around 30 of the Kyrgyz nationals who have joined IS are women' },
  { value: 339, what: 'individuals who went to Syria from Kyrgyzstan', claimant: 'rafik-mambetaliev', asOf: '2015-04-16', quote: '339 individuals had gone to Syria from Kyrgyzstan, of whom 50 were women and 20 were children' },
  { value: 50, what: 'women among them', claimant: 'rafik-mambetaliev', asOf: '2015-04-16', quote: '339 individuals had gone to Syria from Kyrgyzstan, of whom 50 were women and 20 were children' },
  { value: 20, what: 'children among them', claimant: 'rafik-mambetaliev', asOf: '2015-04-16', quote: '339 individuals had gone to Syria from Kyrgyzstan, of whom 50 were women and 20 were children' },
  { value: 8, what: 'returnees convicted of terrorism-related offenses', claimant: null, asOf: null, quote: 'eight have been convicted of terrorism-related offenses' },
];

interface Rendered {
  html: string;
  /** Text of each mark (its note excluded), keyed by figure index. */
  marks: Map<number, string>;
  messages: string[];
}

/**
 * Markdown in, HTML out: mention links first (when entities are given), then figure marks.
 * @param markdown Document body.
 * @param frontmatter Frontmatter as Astro hands it to remark plugins.
 * @param withMentions Whether to run remarkMentionLinks first.
 * @returns HTML, marks and messages.
 */
async function render(markdown: string, frontmatter: Record<string, unknown>, withMentions = false): Promise<Rendered> {
  const processor = unified().use(remarkParse);
  if (withMentions) processor.use(remarkMentionLinks, { href });
  const file = await processor.use(remarkFigureMarks).use(remarkRehype).use(rehypeStringify).process({ value: markdown, data: { astro: { frontmatter } } });
  const html = String(file);
  return { html, marks: marksOf(html), messages: file.messages.map((message) => message.reason) };
}

/**
 * @param html Rendered HTML.
 * @returns The visible text of each figure mark, by figure index.
 */
function marksOf(html: string): Map<number, string> {
  const marks = new Map<number, string>();
  for (const match of html.matchAll(/<mark class="figure" id="figure-(\d+)"[^>]*>(.*?)<span class="figure-note"[^>]*>.*?<\/span><\/mark>/g)) {
    marks.set(Number(match[1]), (match[2] ?? '').replace(/<[^>]+>/g, ''));
  }
  return marks;
}

describe('remarkFigureMarks on seed 000', () => {
  it('marks the number of each figure, several in one sentence', async () => {
    const { marks, messages } = await render(renderBody(seedParagraphs), { entities: seedEntities, figures: seedFigures });
    expect(messages).toEqual([]);
    expect([...marks]).toEqual([
      [0, 'More than 330'],
      [1, 'Around 30'],
      [2, '339'],
      [3, '50'],
      [4, '20'],
      [5, 'eight'],
    ]);
  });

  it('renders an accessible mark with its description', async () => {
    const { html } = await render(seedParagraphs[0] ?? '', { entities: seedEntities, figures: seedFigures.slice(0, 1) });
    expect(html).toBe(
      '<p><mark class="figure" id="figure-0" data-figure="0" tabindex="0" aria-describedby="figure-0-note">More than 330' +
        '<span class="figure-note" id="figure-0-note" role="tooltip">more than 330 Kyrgyz citizens who joined IS — claimed by Abdyrakhman Mamataliev, as of 21 April 2015</span>' +
        '</mark> Kyrgyz citizens have joined the Islamic State (IS) militant group in Syria and Iraq, the deputy prime minister of Kyrgyzstan, Abdyrakhman Mamataliev, said on April 21.</p>',
    );
  });

  it('marks across mention links and keeps the links whole', async () => {
    const { html, marks } = await render(seedParagraphs.join('\n\n'), { entities: seedEntities, figures: seedFigures }, true);
    expect(marks.get(0)).toBe('More than 330');
    expect(marks.get(2)).toBe('339');
    expect(html).toContain('<a href="/entities/islamic-state.html" class="mention" data-entity="islamic-state">Islamic State</a>');
  });
});

describe('finding the words', () => {
  it('marks the whole quote when the number is not written as such, across a mention link', async () => {
    const markdown = 'Several hundred men from Tajikistan joined the group in 2015, officials said.';
    const { html, marks } = await render(
      markdown,
      {
        entities: [{ id: 'tajikistan', name: 'Tajikistan', aliases: [] }],
        figures: [{ min: 200, max: 900, what: 'Tajik men who joined', claimant: 'officials', quote: 'Several hundred men from Tajikistan joined the group' }],
      },
      true,
    );
    expect(marks.get(0)).toBe('Several hundred men from Tajikistan joined the group');
    expect(html).toContain('<mark class="figure" id="figure-0" data-figure="0" tabindex="0" aria-describedby="figure-0-note">Several hundred men from <a href="/entities/tajikistan.html" class="mention" data-entity="tajikistan">Tajikistan</a> joined the group<span');
  });

  it('takes a mention link whole when the quote starts inside it', async () => {
    const { html } = await render(
      'Police in Kazakhstan detained 12 people.',
      {
        entities: [{ id: 'kazakhstan', name: 'Kazakhstan', aliases: [] }],
        figures: [{ value: 13, what: 'x', quote: 'stan detained 12 people' }],
      },
      true,
    );
    expect(html).toContain('<p>Police in <mark class="figure" id="figure-0"');
    expect(html).toContain('<a href="/entities/kazakhstan.html" class="mention" data-entity="kazakhstan">Kazakhstan</a> detained 12 people<span');
  });

  it('marks a range from its lower to its upper bound, with unit and qualifier', async () => {
    const { marks } = await render('Between 2,000 and 4,000 Tajiks left, about 15 percent of them women, and up to $1.5 million was sent.', {
      figures: [
        { min: 2000, max: 4000, approx: 'between', what: 'Tajiks who left', quote: 'Between 2,000 and 4,000 Tajiks left' },
        { value: 15, approx: 'about', unit: 'percent', what: 'share of women', quote: 'about 15 percent of them women' },
        { value: 1_500_000, approx: 'up to', unit: 'USD', what: 'sent', quote: 'up to $1.5 million was sent' },
      ],
    });
    expect([...marks]).toEqual([
      [0, 'Between 2,000 and 4,000'],
      [1, 'about 15 percent'],
      [2, 'up to $1.5 million'],
    ]);
  });

  it('ignores typography: curly quotes, dashes, ellipses and non-breaking spaces', async () => {
    const markdown = 'The group’s “official” count — 1\u00a0200 fighters… was disputed.';
    const { marks, messages } = await render(markdown, {
      figures: [{ value: 1200, what: 'fighters', quote: 'The group\'s "official" count -- 1 200 fighters...' }],
    });
    expect(messages).toEqual([]);
    expect(marks.get(0)).toBe('1\u00a0200');
  });

  it('finds a quote holding Markdown characters, escaped in the body or in the quote', async () => {
    const body = renderBody(['At least 12 *confirmed* cases <b>and</b> 3 [others].']);
    expect(body).toContain('\\*confirmed\\*');
    const { marks, messages } = await render(body, {
      figures: [
        { value: 12, approx: 'at least', what: 'confirmed cases', quote: 'At least 12 *confirmed* cases' },
        { value: 3, what: 'others', quote: String.raw`\<b>and\</b> 3 \[others]` },
      ],
    });
    expect(messages).toEqual([]);
    expect([...marks]).toEqual([
      [0, 'At least 12'],
      [1, '3'],
    ]);
  });

  it('marks inside emphasis', async () => {
    const { html } = await render('Officials said *more than 500 fighters* had left.', {
      figures: [{ value: 500, approx: 'more than', what: 'fighters', quote: 'more than 500 fighters had left' }],
    });
    expect(html).toContain('<em><mark class="figure" id="figure-0" data-figure="0" tabindex="0" aria-describedby="figure-0-note">more than 500<span');
  });

  it('takes the qualifier just before the quote into the mark', async () => {
    const { marks } = await render(seedParagraphs[0] ?? '', { figures: [{ ...seedFigures[0], quote: '330 Kyrgyz citizens have joined' }] });
    expect(marks.get(0)).toBe('More than 330');
  });

  it('marks numbers before whole quotes, so a fallback cannot hide a neighbour', async () => {
    const { marks, messages } = await render('Hundreds of families left, 50 of them from Osh.', {
      figures: [
        { min: 200, max: 900, what: 'families who left', quote: 'Hundreds of families left, 50 of them from Osh' },
        { value: 50, what: 'families from Osh', quote: '50 of them from Osh' },
      ],
    });
    expect([...marks]).toEqual([[1, '50']]);
    expect(messages).toEqual([
      'Unexpected figure 0 on words already marked for another figure, expected its number in “Hundreds of families left, 50 of them from Osh” to be free',
    ]);
  });

  it('does not treat a longer number or a decimal as the figure', async () => {
    const { marks } = await render('In 2015, 20.5 and 1,520 were cited before 20 returned.', {
      figures: [{ value: 20, what: 'returnees', quote: 'In 2015, 20.5 and 1,520 were cited before 20 returned' }],
    });
    expect(marks.get(0)).toBe('20');
  });
});

describe('problems are warnings', () => {
  it('warns about a quote missing from the body', async () => {
    const { marks, messages } = await render(seedParagraphs[1] ?? '', {
      figures: [seedFigures[1], { value: 7, what: 'x', quote: 'seven men were arrested in Osh' }, {}],
    });
    expect(marks.size).toBe(1);
    expect(messages).toEqual([
      'Unexpected figure 2 in frontmatter, expected `what`, `quote` and a number',
      'Unexpected missing quote for figure 1, expected the body to contain “seven men were arrested in Osh”',
    ]);
  });

  it('warns when two figures claim the same words', async () => {
    const figure = { value: 44, what: 'detained returnees', quote: 'detained 44 people' };
    const { marks, messages } = await render(seedParagraphs[3] ?? '', { figures: [figure, { ...figure, what: 'the same' }] });
    expect([...marks.keys()]).toEqual([0]);
    expect(messages).toEqual(['Unexpected figure 1 on words already marked for another figure, expected its number in “detained 44 people” to be free']);
  });

  it('does nothing without figures', async () => {
    const { html, messages } = await render('Nothing to mark.', {});
    expect(html).toBe('<p>Nothing to mark.</p>');
    expect(messages).toEqual([]);
  });

  it('throws on malformed options', () => {
    expect(() => unified().use(remarkFigureMarks, { figures: [{ value: 1 }] } as never).freeze()).toThrow(/options\.figures\[0\]/);
  });
});

describe('describeFigure', () => {
  it('writes value, what, claimant and date', () => {
    expect(describeFigure(seedFigures[0] as MarkedFigure, 'Abdyrakhman Mamataliev')).toBe(
      'more than 330 Kyrgyz citizens who joined IS — claimed by Abdyrakhman Mamataliev, as of 21 April 2015',
    );
  });

  it('falls back to the claimant as written and leaves out what is unknown', () => {
    expect(describeFigure({ min: 4000, max: 5000, approx: 'Between', what: 'Central Asians in Syria', claimant: 'some analysts', asOf: '2016-03', quote: 'q' })).toBe(
      'between 4,000–5,000 Central Asians in Syria — claimed by some analysts, as of March 2016',
    );
    expect(describeFigure({ value: 12.5, unit: 'percent', what: 'of returnees convicted', claimant: null, asOf: null, quote: 'q' })).toBe('12.5% of returnees convicted');
    expect(describeFigure({ value: 8, what: 'convictions', asOf: '2015', quote: 'q' })).toBe('8 convictions — as of 2015');
  });

  it('resolves a claimant id to the entity name in the plugin, and reads YAML dates', async () => {
    const { html } = await render(seedParagraphs[1] ?? '', {
      entities: seedEntities,
      figures: [{ ...seedFigures[1], asOf: new Date('2015-04-21T00:00:00Z') }],
    });
    expect(html).toContain('>around 30 Kyrgyz women who joined IS — claimed by Abdyrakhman Mamataliev, as of 21 April 2015</span>');
  });
});

describe('Sätteri, Astro 7’s default Markdown processor', () => {
  it('runs both plugins through the adapter, with frontmatter and smart punctuation', async () => {
    const processor = await createSatteriMarkdownProcessor({
      syntaxHighlight: false,
      mdastPlugins: [satteriPlugin('mention-links', remarkMentionLinks, { href }), satteriPlugin('figure-marks', remarkFigureMarks, {})],
    } as never);
    const { code } = await processor.render(`# Kyrgyzstan\n\n${seedParagraphs[0]} Kyrgyzstan's "official" figure -- 330.\n`, {
      frontmatter: { entities: seedEntities, figures: seedFigures.slice(0, 1) },
    } as never);
    expect(code).toContain('<h1 id="kyrgyzstan">Kyrgyzstan</h1>');
    expect(code).toContain('<mark class="figure" id="figure-0" data-figure="0" tabindex="0" aria-describedby="figure-0-note">More than 330<span');
    expect(code).toContain('<a href="/entities/islamic-state.html" class="mention" data-entity="islamic-state">Islamic State</a>');
    expect(code).toContain('<a href="/entities/kyrgyzstan.html" class="mention" data-entity="kyrgyzstan">Kyrgyzstan</a>’s “official” figure');
  });

  it('hands warnings to onMessage, naming the file', async () => {
    const warnings: string[] = [];
    const processor = await createSatteriMarkdownProcessor({
      syntaxHighlight: false,
      mdastPlugins: [satteriPlugin('figure-marks', remarkFigureMarks, {}, { onMessage: (message) => warnings.push(`${message.file}: ${message.reason}`) })],
    } as never);
    await processor.render('Nothing here.\n', {
      frontmatter: { figures: [{ value: 3, what: 'x', quote: 'three arrests' }] },
      fileURL: new URL('file:///site/content/articles/example.md'),
    } as never);
    expect(warnings).toEqual(['/site/content/articles/example.md: Unexpected missing quote for figure 0, expected the body to contain “three arrests”']);
  });
});
