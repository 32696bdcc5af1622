import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../../src/search/fold.ts';
import { decodePostings, encodePostings, hasDoc } from '../../src/search/postings.ts';
import { CandidateAccumulator, boundedDistance, expandToken, kindOf, queryWords } from '../../src/search/shortlist.ts';

/** A vocabulary shard of 'm' terms, as the builder writes it (sorted, with document frequencies). */
const vocabM = {
  t: ['mamataliev', 'mambetaliev', 'many', 'medetbekov', 'members', 'middle', 'militant', 'militants', 'ministry', 'money'],
  f: [2, 1, 40, 3, 25, 30, 12, 60, 44, 9],
};

describe('posting lists', () => {
  it('round-trips sparse and dense lists', () => {
    const sparse = [3, 17, 18, 400, 9000];
    expect([...decodePostings(encodePostings(sparse))]).toEqual(sparse);
    const dense = Array.from({ length: 3000 }, (_, i) => i * 2 + 5);
    const encoded = encodePostings(dense);
    expect(encoded.startsWith('~')).toBe(true);
    expect(encoded.length).toBeLessThan(dense.length);
    expect([...decodePostings(encoded)]).toEqual(dense);
    expect(encodePostings([])).toBe('');
    expect(decodePostings('')).toHaveLength(0);
  });

  it('round-trips any sorted list, in characters JSON never escapes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 200_000 }), { maxLength: 400 }), (values) => {
        const docs = [...values].sort((a, b) => a - b);
        const encoded = encodePostings(docs);
        expect(JSON.stringify(encoded)).toBe(`"${encoded}"`);
        expect([...decodePostings(encoded)]).toEqual(docs);
      }),
    );
  });

  it('finds a document by binary search', () => {
    const docs = decodePostings(encodePostings([2, 5, 9, 100]));
    expect(hasDoc(docs, 9)).toBe(true);
    expect(hasDoc(docs, 10)).toBe(false);
  });
});

describe('boundedDistance', () => {
  it('counts a dropped letter, a wrong letter and a swap as one typo each', () => {
    expect(boundedDistance('mamatliev', 'mamataliev', 2)).toBe(1);
    expect(boundedDistance('medetbekof', 'medetbekov', 2)).toBe(1);
    expect(boundedDistance('medetbkeov', 'medetbekov', 2)).toBe(1);
    expect(boundedDistance('patrushev', 'patrushev', 2)).toBe(0);
  });

  it('gives up beyond the bound', () => {
    expect(boundedDistance('sarym', 'mamataliev', 2)).toBe(3);
  });

  it('compares with the closest prefix of the term in prefix mode', () => {
    expect(boundedDistance('mamatl', 'mamataliev', 1, true)).toBe(1);
    expect(boundedDistance('medet', 'medetbekov', 1, true)).toBe(0);
    expect(boundedDistance('medet', 'medetbekov', 1, false)).toBe(2);
  });
});

describe('expandToken', () => {
  it('finds the name behind a typo (the issue’s own examples)', () => {
    expect(expandToken('mamatliev', vocabM, { prefix: false }).map((e) => e.term)).toContain('mamataliev');
    expect(expandToken('medetbekof', vocabM, { prefix: false })[0]).toMatchObject({ term: 'medetbekov', reach: 'typo' });
  });

  it('completes the word being typed, most frequent first, and tolerates a typo in it', () => {
    expect(expandToken('mil', vocabM, { prefix: true }).map((e) => e.term)).toEqual(['militants', 'militant']);
    expect(expandToken('mamatl', vocabM, { prefix: true }).map((e) => e.term)).toContain('mamataliev');
  });

  it('does not look for typos when a common exact match exists', () => {
    expect(expandToken('militant', vocabM, { prefix: false })).toEqual([{ term: 'militant', df: 12, quality: 1, reach: 'exact' }]);
  });

  it('allows no typo in words of three letters or fewer, nor in a four-letter word still being typed', () => {
    expect(expandToken('mny', vocabM, { prefix: false })).toEqual([]);
    expect(expandToken('mema', vocabM, { prefix: true })).toEqual([]);
    expect(expandToken('mone', vocabM, { prefix: false }).map((e) => e.term)).toEqual(['money']);
  });

  it('returns the inlined posting lists of rare terms', () => {
    const withInline = { ...vocabM, i: { '0': ['B', ''] as [string, string] } };
    expect(expandToken('mamataliev', withInline, { prefix: false })[0]?.inline).toEqual(['B', '']);
  });
});

describe('queryWords', () => {
  it('drops stopwords unless they are all there is, and marks the word being typed', () => {
    expect(queryWords(['islamic', 'state', 'of', 'iraq'], false, STOPWORDS)).toEqual({ words: ['islamic', 'state', 'iraq'], prefix: '' });
    expect(queryWords(['is'], false, STOPWORDS)).toEqual({ words: ['is'], prefix: '' });
    expect(queryWords(['kyrgyz', 'wom'], true, STOPWORDS)).toEqual({ words: ['kyrgyz', 'wom'], prefix: 'wom' });
  });
});

describe('CandidateAccumulator', () => {
  /** Two words' postings over documents 0..9 (0-5 articles, 6-8 entities, 9 a country). */
  const run = (): CandidateAccumulator => {
    const accumulator = new CandidateAccumulator(10);
    // "kyrgyz": in the title of 1, in the body of 2, 3 and 4, in entity 7.
    accumulator.addExpansion({ term: 'kyrgyz', df: 5, quality: 1, reach: 'exact', short: Int32Array.from([1, 7]), body: Int32Array.from([2, 3, 4]) });
    accumulator.endWord();
    // "women": in the body of 3 and 5.
    accumulator.addExpansion({ term: 'women', df: 2, quality: 1, reach: 'exact', short: new Int32Array(0), body: Int32Array.from([3, 5]) });
    accumulator.endWord();
    return accumulator;
  };

  it('ranks documents holding every word first, then by score, per kind', () => {
    const [articles, entities, countries] = run().top([0, 6, 9, 10], 3);
    expect(articles).toEqual({ docs: [3, 1, 5], total: 5 });
    expect(entities).toEqual({ docs: [7], total: 1 });
    expect(countries).toEqual({ docs: [], total: 0 });
  });

  it('keeps the best documents across kinds, and can be reset for another query', () => {
    const accumulator = run();
    expect(accumulator.best([1, 3, 5, 7], 2)).toEqual([3, 1]);
    accumulator.reset();
    expect(accumulator.top([0, 6, 9, 10], 3).every((kind) => kind.total === 0)).toBe(true);
    expect([...accumulator.coverage].every((value) => value === 0)).toBe(true);
  });

  it('tells a document’s kind from the kind starts', () => {
    expect([0, 5, 6, 8, 9].map((doc) => kindOf(doc, [0, 6, 9, 10]))).toEqual([0, 0, 1, 1, 2]);
  });
});
