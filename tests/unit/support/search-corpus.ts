import type { SearchRecord } from '../../../src/search/types.ts';

/**
 * A search corpus of our own for the search cache tests: hearings in border
 * towns, one place entity per town, and optionally one figure.
 * @param count Number of articles.
 * @param withFigure Whether to add a figure record quoting the second article.
 * @returns Records.
 */
export function borderCourtCorpus(count: number, withFigure = false): SearchRecord[] {
  const places = ['Osh', 'Bishkek', 'Almaty', 'Dushanbe', 'Termez', 'Khujand'];
  const out: SearchRecord[] = [];
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length]!;
    out.push({
      kind: 'article',
      url: `articles/a${i}.html`,
      title: `Court in ${place} hears case number ${i}`,
      meta: ['Border Monitor'],
      body: `A court in ${place} heard the case of ${i + 2} men accused of crossing the border to join an armed group. Lawyer number ${i} asked for more time.`,
      rank: 20200101 + i,
    });
  }
  for (const place of places) out.push({ kind: 'entity', url: `entities/${place.toLowerCase()}.html`, title: place, aliases: [], rank: 3, subtype: 'place' });
  if (withFigure) out.push({ kind: 'figure', url: 'articles/a1.html#figure-0', title: 'men accused', quote: 'the case of 3 men accused', meta: ['3'], rank: 20200102 });
  return out;
}
