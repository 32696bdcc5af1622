import { describe, expect, it } from 'vitest';
import { hasMatch, highlight, snippet, termMatcher, type Segment } from '../../src/search/highlight.ts';

/**
 * @param segments Segments.
 * @returns The text with marked runs in [brackets].
 */
function show(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join('');
}

/** A seed paragraph (seeds/000). */
const paragraph =
  "While the Kyrgyz government has given the \"official\" figure of somewhere around 330 Kyrgyz fighting with IS in Syria and Iraq, some analysts have claimed that the unofficial figure is much higher.\n\n" +
  "Artur Medetbekov, the former deputy chairman of Kyrgyzstan's intelligence service, the National Security Committee (GKNB), told the news website this month that unofficial data suggests as many as 500 Kyrgyz citizens are fighting in Syria.";

describe('highlight', () => {
  it('marks the words whose folded form the query matched, keeping the text as written', () => {
    const matches = termMatcher(['medetbekov', 'gknb'], '');
    expect(show(highlight('Artur Medetbekov, former deputy chairman of the GKNB', matches))).toBe('Artur [Medetbekov], former deputy chairman of the [GKNB]');
  });

  it('marks a Cyrillic spelling of a matched Latin term, and words starting with the typed prefix', () => {
    expect(show(highlight('Артур Медетбеков заявил', termMatcher(['medetbekov'], '')))).toBe('Артур [Медетбеков] заявил');
    expect(show(highlight("Kyrgyzstan's Kyrgyz citizens", termMatcher([], 'kyrg')))).toBe("[Kyrgyzstan's] [Kyrgyz] citizens");
  });

  it('leaves a text without matches as one unmarked segment', () => {
    expect(highlight('Aidos Sarym', termMatcher(['medetbekov'], ''))).toEqual([{ text: 'Aidos Sarym', mark: false }]);
    expect(hasMatch('Aidos Sarym', termMatcher(['sarym'], ''))).toBe(true);
  });
});

describe('snippet', () => {
  it('shows the part of a long text holding the most matched words, cut with ellipses', () => {
    const segments = snippet(paragraph, termMatcher(['medetbekov', 'gknb'], ''), 160);
    const text = show(segments);
    expect(text).toContain('[Medetbekov]');
    expect(text).toContain('[GKNB]');
    expect(text.startsWith('Artur')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).not.toContain('\n');
  });

  it('starts with an ellipsis when the window is cut inside a paragraph', () => {
    const text = show(snippet(paragraph, termMatcher(['unofficial', 'data'], ''), 100));
    expect(text.startsWith('… ')).toBe(true);
    expect(text).toContain('[unofficial] [data]');
  });

  it('is empty when no word matches', () => {
    expect(snippet(paragraph, termMatcher(['sarym'], ''))).toEqual([]);
  });
});
