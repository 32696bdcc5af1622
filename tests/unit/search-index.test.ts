import { describe, expect, it } from 'vitest';
import { buildSearchIndex, serialise, vocabKey } from '../../src/search/build-index.ts';
import { SearchEngine, postingShardOf } from '../../src/search/engine.ts';
import { searchRecords, type SearchCorpus } from '../../src/search/records.ts';
import { addShortAnswers } from '../../src/search/short-answers.ts';
import {
  BOX_REQUEST,
  PAYLOAD_PREFIX,
  PAYLOAD_SUFFIX,
  type MetaPayload,
  type Payload,
  type PostingPayload,
  type SearchResponse,
  type StoredPayload,
  type VocabPayload,
} from '../../src/search/types.ts';

/** Three articles from the seeds' passages, their entities and figures, as the site's corpus hands them over. */
const corpus: SearchCorpus = {
  articles: [
    {
      id: '000_dab88c6e5d4aaa94',
      title: 'More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq',
      outlet: 'RFE/RL',
      author: 'Joanna Paraszczuk',
      published: '2015-04-21',
      text:
        'More than 330 Kyrgyz citizens have joined the Islamic State (IS) militant group in Syria and Iraq, the deputy prime minister of Kyrgyzstan, Abdyrakhman Mamataliev, said on April 21.\n\n' +
        'Around 30 of the Kyrgyz nationals who have joined IS are women, Mamataliev said.\n\n' +
        "Artur Medetbekov, the former deputy chairman of Kyrgyzstan's intelligence service, the National Security Committee (GKNB), told the news website this month that unofficial data suggests as many as 500 Kyrgyz citizens are fighting in Syria.",
      entities: [
        { id: 'abdyrakhman-mamataliev', name: 'Abdyrakhman Mamataliev', type: 'person', aliases: ['Mamataliev'], country: 'KG' },
        { id: 'artur-medetbekov', name: 'Artur Medetbekov', type: 'person', aliases: ['Medetbekov'], country: 'KG' },
        { id: 'national-security-committee', name: 'National Security Committee', type: 'organization', aliases: ['GKNB'], country: 'KG' },
      ],
      figures: [
        { value: 330, approx: 'more than', what: 'Kyrgyz citizens who joined the Islamic State', claimant: 'abdyrakhman-mamataliev', asOf: '2015-04-21', quote: 'More than 330 Kyrgyz citizens have joined the Islamic State' },
        { value: 30, approx: 'around', what: 'Kyrgyz women who joined IS', claimant: 'abdyrakhman-mamataliev', asOf: '2015-04-21', quote: 'Around 30 of the Kyrgyz nationals who have joined IS are women' },
      ],
    },
    {
      id: '001_5aa293250e0fc64e',
      title: 'Syrian militants may come to Kazakhstan',
      outlet: 'Tengrinews.kz',
      author: 'Dmitriy Khegai',
      published: '2013-09-25',
      text:
        'The video was shot by Iraq division Al-Qaeda knows as ISI (Islamic State of Iraq) or ISIL (Islamic State in Iraq and the Levant). ' +
        'According to Sarym, the militants pose a big threat to Kazakhstan’s security.',
      entities: [{ id: 'aidos-sarym', name: 'Aidos Sarym', type: 'person', aliases: ['Sarym'], country: 'KZ' }],
      figures: [],
    },
    {
      id: 'cyrillic-note',
      title: 'Заявление бывшего заместителя председателя ГКНБ',
      outlet: null,
      author: null,
      published: null,
      text: 'Артур Медетбеков заявил, что вербовка через социальные сети продолжается.',
      entities: [],
      figures: [],
    },
  ],
  entities: [
    { id: 'abdyrakhman-mamataliev', name: 'Abdyrakhman Mamataliev', type: 'person', aliases: ['Mamataliev'], country: 'KG', description: '', mentions: 1, isCountry: false },
    { id: 'artur-medetbekov', name: 'Artur Medetbekov', type: 'person', aliases: ['Medetbekov'], country: 'KG', description: 'Former deputy chairman of the GKNB.', mentions: 1, isCountry: false },
    { id: 'national-security-committee', name: 'National Security Committee', type: 'organization', aliases: ['GKNB'], country: 'KG', description: '', mentions: 1, isCountry: false },
    { id: 'islamic-state', name: 'Islamic State', type: 'organization', aliases: ['IS', 'ISIL', 'Islamic State of Iraq and the Levant', 'Daesh'], description: '', mentions: 2, isCountry: false },
    { id: 'aidos-sarym', name: 'Aidos Sarym', type: 'person', aliases: ['Sarym'], country: 'KZ', description: '', mentions: 1, isCountry: false },
    { id: 'kyrgyzstan', name: 'Kyrgyzstan', type: 'place', aliases: ['Kyrgyz Republic'], country: 'KG', description: '', mentions: 1, isCountry: true },
  ],
  countries: [
    { code: 'KG', articles: 1 },
    { code: 'KZ', articles: 1 },
  ],
};

const built = buildSearchIndex(searchRecords(corpus), { docShardSize: 4, postingShardChars: 200, inlineMax: 1 });

/**
 * @param name A file name without `.js`.
 * @returns Its payload, read back from the built file's text.
 */
function payload(name: string): Payload {
  const text = built.files.get(`${name}.js`);
  if (text === undefined) throw new Error(`no file ${name}.js`);
  return JSON.parse(text.slice(PAYLOAD_PREFIX.length, text.lastIndexOf(')'))) as Payload;
}

const loaded: string[] = [];
const engine = new SearchEngine({
  load: async (name) => {
    loaded.push(name);
    return payload(name);
  },
});

/**
 * @param query A query.
 * @returns Its hits as "kind:title".
 */
async function titles(query: string): Promise<string[]> {
  const response = await engine.search({ query, perKind: 10 });
  return (response?.hits ?? []).map((hit) => `${hit.kind}:${hit.display.t}`);
}

describe('records', () => {
  const records = searchRecords(corpus);

  it('makes one record per article, figure, entity (not the country’s own) and country, with URLs inside the site', () => {
    expect(records.filter((record) => record.kind === 'article')).toHaveLength(3);
    expect(records.filter((record) => record.kind === 'figure').map((record) => record.url)).toEqual([
      'articles/000_dab88c6e5d4aaa94.html#figure-0',
      'articles/000_dab88c6e5d4aaa94.html#figure-1',
    ]);
    expect(records.filter((record) => record.kind === 'entity').map((record) => record.title)).not.toContain('Kyrgyzstan');
    expect(records.every((record) => !record.url.startsWith('/'))).toBe(true);
  });

  it('names a figure’s claimant and gives a country its codes, native names and its entity’s aliases', () => {
    const figure = records.find((record) => record.kind === 'figure');
    expect(figure?.meta).toContain('Abdyrakhman Mamataliev');
    expect(figure?.detail).toContain('more than 330');
    const kyrgyzstan = records.find((record) => record.kind === 'country' && record.title === 'Kyrgyzstan');
    expect(kyrgyzstan?.aliases).toEqual(expect.arrayContaining(['KG', 'KGZ', 'Kyrgyz Republic', 'Кыргызстан']));
  });
});

describe('buildSearchIndex', () => {
  const meta = payload('meta') as MetaPayload;

  it('writes classic scripts that push one payload each', () => {
    for (const [name, text] of built.files) {
      expect(text.startsWith(PAYLOAD_PREFIX), name).toBe(true);
      expect(text.endsWith(PAYLOAD_SUFFIX), name).toBe(true);
      expect(serialise(payload(name.slice(0, -3)))).toBe(text);
    }
  });

  it('orders documents by kind and records where each kind starts', () => {
    // 3 articles, 5 entities, 2 figures, 2 countries.
    expect(meta.kindStarts).toEqual([0, 3, 8, 10, 12]);
    expect(meta.docs).toBe(12);
  });

  it('shards the vocabulary by first letter and the posting lists by term range, inlining rare terms', () => {
    const vocabM = payload('v-m') as VocabPayload;
    expect(vocabM.t).toEqual([...vocabM.t].sort());
    expect(vocabM.t.every((term) => vocabKey(term) === 'm')).toBe(true);
    expect(vocabM.t).toContain('medetbekov');
    expect(meta.postingBounds).toEqual([...meta.postingBounds].sort());
    expect(meta.postingBounds.length).toBeGreaterThan(1);
    const kyrgyz = (payload('v-k') as VocabPayload).t.indexOf('kyrgyz');
    expect((payload('v-k') as VocabPayload).i?.[kyrgyz]).toBeUndefined();
    const shard = payload(`p-${postingShardOf(meta, 'kyrgyz')}`) as PostingPayload;
    expect(shard.t).toContain('kyrgyz');
  });

  it('is deterministic: the same records give the same files and build id', () => {
    const again = buildSearchIndex(searchRecords(corpus), { docShardSize: 4, postingShardChars: 200, inlineMax: 1 });
    expect([...again.files]).toEqual([...built.files]);
  });
});

describe('SearchEngine over the built index', () => {
  it('finds a person from a typo in the surname', async () => {
    expect((await titles('Mamatliev'))[0]).toBe('entity:Abdyrakhman Mamataliev');
    expect(await titles('Medetbekof')).toContain('entity:Artur Medetbekov');
  });

  it('finds a person by the surname alone, in any case', async () => {
    expect((await titles('medetbekov'))[0]).toBe('entity:Artur Medetbekov');
    expect((await titles('SARYM'))[0]).toBe('entity:Aidos Sarym');
  });

  it('finds the Latin spelling from a Cyrillic query, and Cyrillic text from a Latin one', async () => {
    const fromCyrillic = await titles('Медетбеков');
    expect(fromCyrillic[0]).toBe('entity:Artur Medetbekov');
    expect(fromCyrillic).toContain('article:More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq');
    expect(await titles('Medetbekov')).toContain('article:Заявление бывшего заместителя председателя ГКНБ');
    expect(await titles('vербовка'.replace('v', 'в'))).toEqual(['article:Заявление бывшего заместителя председателя ГКНБ']);
    // A Cyrillic spelling one letter off the Latin one (Хегай -> khegay) is a typo away from Khegai.
    expect(await titles('Хегай')).toContain('article:Syrian militants may come to Kazakhstan');
  });

  it('finds an entity by an alias', async () => {
    expect((await titles('GKNB'))[0]).toBe('entity:National Security Committee');
    expect((await titles('ISIL'))[0]).toBe('entity:Islamic State');
    expect((await titles('daesh'))[0]).toBe('entity:Islamic State');
  });

  it('finds a country by its name, its code and its native name', async () => {
    expect((await titles('Kyrgyzstan'))[0]).toBe('country:Kyrgyzstan');
    expect(await titles('KGZ')).toEqual(['country:Kyrgyzstan']);
    expect((await titles('Кыргызстан'))[0]).toBe('country:Kyrgyzstan');
  });

  it('finds an article by outlet and by author, and a figure by its claimant and quote', async () => {
    expect(await titles('Tengrinews')).toEqual(['article:Syrian militants may come to Kazakhstan']);
    expect(await titles('Paraszczuk')).toEqual(['article:More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq']);
    expect(await titles('women')).toContain('figure:Kyrgyz women who joined IS');
  });

  it('ranks the documents holding all the words first', async () => {
    const response = await engine.search({ query: 'Kyrgyz women', perKind: 10 });
    const hits = response?.hits ?? [];
    expect(hits[0]?.coverage).toBe(2);
    const firstPartial = hits.findIndex((hit) => hit.coverage < 2);
    expect(hits.slice(firstPartial).every((hit) => hit.coverage < 2)).toBe(true);
    expect(hits.slice(0, firstPartial).map((hit) => hit.display.t)).toEqual(
      expect.arrayContaining(['Kyrgyz women who joined IS', 'More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq']),
    );
  });

  it('completes the word being typed and reports the terms to highlight', async () => {
    const response = await engine.search({ query: 'Medetb', perKind: 10 });
    expect(response?.prefix).toBe('medetb');
    expect(response?.terms).toContain('medetbekov');
    expect(response?.hits[0]?.display.t).toBe('Artur Medetbekov');
  });

  it('loads only the files a query needs, and serves long texts for snippets', async () => {
    loaded.length = 0;
    await engine.search({ query: 'Tengrinews', perKind: 10 });
    expect(loaded.every((name) => /^(v-t|p-\d+|d-\d+)$/.test(name))).toBe(true);
    const texts = await engine.texts([0]);
    expect(texts[0]).toContain('Artur Medetbekov');
  });

  it('groups the long texts into shards of textShardSize documents, one file each, and serves texts across shards', async () => {
    const small = buildSearchIndex(built.records, { textShardSize: 2 });
    const withText = built.records.flatMap((record, doc) => (record.body ? [doc] : []));
    const textFiles = [...small.files.keys()].filter((name) => name.startsWith('t-'));
    expect(textFiles.length).toBe(new Set(withText.map((doc) => Math.floor(doc / 2))).size);
    expect(textFiles.length).toBeLessThan(withText.length);
    const requested: string[] = [];
    const sharded = new SearchEngine({
      load: async (name) => {
        requested.push(name);
        const text = small.files.get(`${name}.js`)!;
        return JSON.parse(text.slice(PAYLOAD_PREFIX.length, text.lastIndexOf(')'))) as Payload;
      },
    });
    const texts = await sharded.texts(withText);
    for (const doc of withText) expect(texts[doc]).toBe(built.records[doc]!.body);
    expect(requested.filter((name) => name.startsWith('t-')).sort()).toEqual(textFiles.map((name) => name.replace(/\.js$/, '')).sort());
  });

  it('returns at most `limit` hits, the best of all kinds, and preloads the next candidates’ documents', async () => {
    // One document per doc shard, so that every candidate is a file of its own.
    const single = buildSearchIndex(searchRecords(corpus), { docShardSize: 1 });
    const read = (name: string): Payload => {
      const text = single.files.get(`${name}.js`) ?? '';
      return JSON.parse(text.slice(PAYLOAD_PREFIX.length, text.lastIndexOf(')'))) as Payload;
    };
    const names: string[] = [];
    const fresh = new SearchEngine({
      load: async (name) => {
        names.push(name);
        return read(name);
      },
    });
    const response = await fresh.search({ query: 'Kyrgyz', perKind: 10, limit: 2, prefetch: 10 });
    expect(response?.hits).toHaveLength(2);
    expect(names.filter((name) => name.startsWith('d-'))).toHaveLength(2);
    const all = await new SearchEngine({ load: async (name) => read(name) }).search({ query: 'Kyrgyz', perKind: 10, limit: 12 });
    const shards = new Set((all?.hits ?? []).map((hit) => `d-${hit.doc}`));
    expect(shards.size).toBeGreaterThan(2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(new Set(names.filter((name) => name.startsWith('d-')))).toEqual(shards);
  });

  it('answers null to a query that a newer one replaced', async () => {
    const fresh = new SearchEngine({ load: async (name) => payload(name) });
    const [first, second] = await Promise.all([fresh.search({ query: 'Kyrgyz', perKind: 5 }), fresh.search({ query: 'Sarym', perKind: 5 })]);
    expect(first).toBeNull();
    expect(second?.hits[0]?.display.t).toBe('Aidos Sarym');
  });
});

describe('stored answers and provisional answers', () => {
  const plain = buildSearchIndex(searchRecords(corpus), { docShardSize: 2, postingShardChars: 200, inlineMax: 1 });
  const withAnswers = buildSearchIndex(searchRecords(corpus), { docShardSize: 2, postingShardChars: 200, inlineMax: 1 });
  const answered = addShortAnswers(withAnswers);

  /**
   * @param index A built index.
   * @returns A reader of its payloads by file name.
   */
  const reader =
    (index: typeof plain) =>
    (name: string): Payload => {
      const text = index.files.get(`${name}.js`);
      if (text === undefined) throw new Error(`no file ${name}.js`);
      return JSON.parse(text.slice(PAYLOAD_PREFIX.length, text.lastIndexOf(')'))) as Payload;
    };

  it('stores, for the header box’s request, the engine’s own answer to every prefix of two to four letters', async () => {
    expect(await answered).toBeGreaterThan(20);
    const meta = reader(withAnswers)('meta') as MetaPayload;
    expect(meta.shortAnswers).toEqual({ ...BOX_REQUEST, longest: 4 });
    const vocabM = reader(withAnswers)('v-m') as VocabPayload;
    expect(Object.keys(vocabM.s ?? {})).toEqual(expect.arrayContaining(['ma', 'me']));
    expect(vocabM.g).toContain('me');
    const three = reader(withAnswers)('s-me') as StoredPayload;
    expect(Object.keys(three.s)).toContain('med');
    expect(three.g).toContain('med');
    const four = reader(withAnswers)('s-med') as StoredPayload;
    expect(Object.keys(four.s)).toEqual(['mede']);
    // Nothing beyond four letters.
    expect(withAnswers.files.has('s-mede.js')).toBe(false);
    // The stored answer is what the engine answers over the index without stored answers.
    const engine = new SearchEngine({ load: async (name) => reader(plain)(name) });
    for (const [query, stored] of [
      ['me', vocabM.s?.me],
      ['med', three.s.med],
      ['mede', four.s.mede],
    ] as const) {
      const live = await engine.search({ query, ...BOX_REQUEST });
      expect(stored?.hits.map((hit) => hit.display.t)).toEqual(live?.hits.map((hit) => hit.display.t));
      expect(stored?.terms).toEqual(live?.terms);
    }
  });

  it('answers two to four letters from the vocabulary and the files of stored answers, without posting or doc shards', async () => {
    await answered;
    const names: string[] = [];
    const engine = new SearchEngine({
      load: async (name) => {
        names.push(name);
        return reader(withAnswers)(name);
      },
    });
    // Without `prefetch` the engine loads nothing ahead but the next letter's stored answers.
    const two = await engine.search({ query: 'Me', ...BOX_REQUEST });
    expect(two?.hits[0]?.display.t).toBe('Artur Medetbekov');
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The three-letter answers that follow "me" are loaded for the next keystroke.
    expect(names).toContain('s-me');
    names.length = 0;
    const three = await engine.search({ query: 'Med', ...BOX_REQUEST });
    expect(three?.hits[0]?.display.t).toBe('Artur Medetbekov');
    // Nothing loaded but the next letter's stored answers.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(names).toEqual(['s-med']);
    const four = await engine.search({ query: 'Mede', ...BOX_REQUEST });
    expect(four?.hits[0]?.display.t).toBe('Artur Medetbekov');
    expect(names).toEqual(['s-med']);
    // The search page's request is not stored: it is answered by the engine.
    const page = await engine.search({ query: 'Me', perKind: 12 });
    expect(page?.hits[0]?.display.t).toBe('Artur Medetbekov');
    expect(names.some((name) => name.startsWith('d-'))).toBe(true);
  });

  it('gives at once the best answer from the files loaded, then the complete one', async () => {
    const read = reader(plain);
    /** Loads of posting and doc shards wait until released. */
    let gate: (() => void) | undefined;
    let gated = false;
    const engine = new SearchEngine({
      load: async (name) => {
        if (gated && /^[pd]-/.test(name)) await new Promise<void>((resolve) => (gate = resolve));
        return read(name);
      },
    });
    await engine.search({ query: 'Kyrgyz', perKind: 5, limit: 6 });
    gated = true;
    const provisional: SearchResponse[] = [];
    const complete = engine.search({ query: 'Kyrgyz wom', perKind: 5, limit: 6 }, (response) => provisional.push(response));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(provisional).toHaveLength(1);
    expect(provisional[0]?.partial).toBe(true);
    expect(provisional[0]?.hits.length).toBeGreaterThan(0);
    // Every provisional hit holds a word of the query.
    expect(provisional[0]?.hits.every((hit) => hit.coverage >= 1)).toBe(true);
    for (let i = 0; i < 20 && gate; i++) {
      gate();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    gated = false;
    gate?.();
    const final = await complete;
    expect(final?.partial).toBeUndefined();
    expect(final?.hits[0]?.coverage).toBe(2);
    // Nothing provisional when every file is loaded.
    const again: SearchResponse[] = [];
    await engine.search({ query: 'Kyrgyz wom', perKind: 5, limit: 6 }, (response) => again.push(response));
    expect(again).toEqual([]);
  });

  it('runs at most three background loads at once, and starts a waiting one when the foreground needs it', async () => {
    const read = reader(plain);
    const started: Array<{ name: string; background: boolean }> = [];
    const release: Array<() => void> = [];
    const engine = new SearchEngine({
      load: async (name, _build, background) => {
        started.push({ name, background: Boolean(background) });
        if (name !== 'meta') await new Promise<void>((resolve) => release.push(resolve));
        return read(name);
      },
    });
    await engine.meta();
    for (const shard of [0, 1, 2, 3, 4]) void engine.file(`d-${shard}`, true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started.filter((load) => load.background).map((load) => load.name)).toEqual(['d-0', 'd-1', 'd-2']);
    void engine.file('d-4');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started.at(-1)).toEqual({ name: 'd-4', background: false });
    for (const resolve of release) resolve();
  });
});
