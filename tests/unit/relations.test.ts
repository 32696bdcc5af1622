import { describe, expect, it } from 'vitest';
import { buildRelations, namesEntity, splitSentences, type ArticleData, type EntityRef } from '../../src/lib/relations.ts';

const kyrgyzstan: EntityRef = { id: 'kyrgyzstan', name: 'Kyrgyzstan', type: 'place', aliases: [], country: 'KG' };
const bishkek: EntityRef = { id: 'bishkek', name: 'Bishkek', type: 'place', aliases: [], country: 'KG' };
const minister: EntityRef = { id: 'abdyrakhman-mamataliev', name: 'Abdyrakhman Mamataliev', type: 'person', aliases: ['Mamataliev'], country: 'KG' };
const state: EntityRef = { id: 'islamic-state', name: 'Islamic State', type: 'organization', aliases: ['IS'] };

const articles: ArticleData[] = [
  {
    id: 'older',
    title: 'Older',
    outlet: 'RFE/RL',
    published: '2015-04-21',
    countries: ['KG', 'SY'],
    entities: [minister, state, kyrgyzstan],
    figures: [
      { value: 330, approx: 'more than', what: 'Kyrgyz citizens who joined the Islamic State', claimant: 'abdyrakhman-mamataliev', asOf: '2015-04-21', quote: 'More than 330 Kyrgyz citizens have joined the Islamic State (IS)' },
    ],
    text: 'More than 330 Kyrgyz citizens have joined the Islamic State (IS) in Syria, the deputy prime minister of Kyrgyzstan, Abdyrakhman Mamataliev, said.\n\nAround 30 are women, Mamataliev said.',
  },
  {
    id: 'newer',
    title: 'Newer',
    outlet: 'AKIpress',
    published: '2016',
    countries: ['KG'],
    entities: [state, bishkek, { ...minister, aliases: [] }],
    figures: [],
    text: 'In Bishkek, officials spoke of IS. This is not about ISIS. Abdyrakhman Mamataliev left office.',
  },
];

describe('buildRelations', () => {
  const relations = buildRelations(articles, [{ ...state, aliases: ['IS', 'ISIL'] }], { isCountry: (entity) => entity.id === 'kyrgyzstan' });

  it('lists every article naming an entity, newest first, with the sentence', () => {
    const mentions = relations.mentions.get('islamic-state') ?? [];
    expect(mentions.map((mention) => mention.article.id)).toEqual(['newer', 'older']);
    expect(mentions[0]?.sentence).toBe('In Bishkek, officials spoke of IS.');
    expect(relations.mentions.get('abdyrakhman-mamataliev')?.[1]?.sentence).toMatch(/^More than 330/);
  });

  it('prefers the entity file over article frontmatter', () => {
    expect(relations.entities.get('islamic-state')?.aliases).toEqual(['IS', 'ISIL']);
  });

  it('counts entities named beside each other', () => {
    expect(relations.neighbours.get('islamic-state')?.[0]).toMatchObject({ entity: { id: 'abdyrakhman-mamataliev' }, count: 2 });
  });

  it('finds figures claimed by an entity and figures about one', () => {
    expect(relations.claimedBy.get('abdyrakhman-mamataliev')?.map((item) => item.figure.value)).toEqual([330]);
    expect(relations.about.get('islamic-state')?.map((item) => item.figure.value)).toEqual([330]);
    expect(relations.about.get('abdyrakhman-mamataliev')).toBeUndefined();
  });

  it('gathers articles, entities and figures by country, the country itself excluded', () => {
    const kg = relations.countries.get('KG');
    expect(kg?.articles.map((article) => article.id)).toEqual(['newer', 'older']);
    expect(kg?.entities.map((entity) => entity.id)).toEqual(['abdyrakhman-mamataliev', 'bishkek']);
    expect(relations.countries.get('SY')?.articles).toHaveLength(1);
  });
});

describe('namesEntity', () => {
  it('matches whole words only', () => {
    expect(namesEntity('fighters of IS in Syria', state)).toBe(true);
    expect(namesEntity('fighters of ISIS in Syria', state)).toBe(false);
    expect(namesEntity('this is it', state)).toBe(false);
    expect(namesEntity("Kyrgyzstan's border", kyrgyzstan)).toBe(true);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not after initials or abbreviations', () => {
    expect(splitSentences('He met U.S. officials. Then J. Smith left! "Why?" he asked.\n\nNew paragraph.')).toEqual([
      'He met U.S. officials.',
      'Then J. Smith left!',
      '"Why?" he asked.',
      'New paragraph.',
    ]);
  });
});

describe('buildRelations: neighbours', () => {
  /**
   * The neighbours as a map per entity counts them (the reference the counter must match, order included).
   * @param list Articles, newest first.
   * @param entities Entities by id.
   * @returns Each entity id with its neighbours' ids and counts.
   */
  function reference(list: readonly ArticleData[], entities: Map<string, EntityRef>): Array<[string, Array<[string, number]>]> {
    const pairCounts = new Map<string, Map<string, number>>();
    for (const article of list) {
      const ids = [...new Set(article.entities.map((entity) => entity.id))];
      for (const a of ids) {
        const row = pairCounts.get(a) ?? new Map<string, number>();
        pairCounts.set(a, row);
        for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
      }
    }
    return [...pairCounts].map(([id, row]) => [
      id,
      [...row]
        .map(([other, count]) => ({ entity: entities.get(other)!, count }))
        .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
        .map(({ entity, count }): [string, number] => [entity.id, count]),
    ]);
  }

  it('counts the articles naming each pair, in the order a map per entity gives (ties of count and name included)', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // Few names for many ids: many ties of count and name, whose order is the order first met.
    const pool: EntityRef[] = Array.from({ length: 40 }, (_, index) => ({ id: `e${index}`, name: `Name ${index % 7}`, type: 'person', aliases: [] }));
    const list: ArticleData[] = Array.from({ length: 300 }, (_, index) => {
      const named = Array.from({ length: 1 + Math.floor(random() * 9) }, () => pool[Math.floor(random() * random() * pool.length)]!);
      return { id: `a${String(index).padStart(3, '0')}`, title: 't', outlet: null, published: `2020-01-${String(1 + (index % 28)).padStart(2, '0')}`, countries: [], entities: named, figures: [], text: '' };
    });
    const relations = buildRelations(list, [], { isCountry: () => false });
    const sorted = [...list].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
    const got = [...relations.neighbours].map(([id, row]): [string, Array<[string, number]>] => [id, row.map(({ entity, count }): [string, number] => [entity.id, count])]);
    expect(got).toEqual(reference(sorted, relations.entities));
  });
});
