import { describe, expect, it } from 'vitest';
import { editedSeed, generateCorpus, plainMarkdown } from '../../src/bench/corpus.ts';
import { annotateSeed } from '../../src/pipeline/index.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';

describe('synthetic benchmark corpus', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateCorpus(30, 5)).toEqual(generateCorpus(30, 5));
    expect(generateCorpus(30, 6).map((article) => article.seed)).not.toEqual(generateCorpus(30, 5).map((article) => article.seed));
    const ids = generateCorpus(300).map((article) => article.id);
    expect(new Set(ids).size).toBe(300);
  });

  it('writes raw pages the annotator reads: a title, people, figures, furniture around them', () => {
    const knowledge = loadKnowledge();
    const articles = generateCorpus(12, 11);
    for (const article of articles) {
      const annotated = annotateSeed({ id: article.id, source: `seeds/${article.id}.txt`, bytes: new TextEncoder().encode(article.seed) }, knowledge);
      expect(annotated.metadata.title).toBe(article.title);
      expect(annotated.entities.length).toBeGreaterThan(2);
      expect(annotated.paragraphs.join('\n')).not.toMatch(/Source link|Join Telegram|Read more on the site/);
    }
    const figures = articles.map((article) => annotateSeed({ id: article.id, source: 's', bytes: new TextEncoder().encode(article.seed) }, knowledge).figures.length);
    expect(figures.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(articles.length);
  });

  it('introduces each person by full name before using the surname alone', () => {
    for (const article of generateCorpus(200, 9)) {
      const text = article.paragraphs.join('\n');
      for (const match of text.matchAll(/\b([A-Z][a-z]+ (?:[A-Z]\. )?)([A-Z][a-z]+(?:ov|ev|in|ova|eva)a?)\b/g)) {
        const surname = match[2] ?? '';
        const firstFull = text.indexOf(`${match[1]}${surname}`);
        const firstAlone = text.search(new RegExp(`(?<![A-Z][a-z]+ (?:[A-Z]\\. )?)\\b${surname}\\b`));
        if (firstAlone !== -1) expect(firstFull).toBeLessThan(firstAlone);
      }
    }
  });

  it('gives the baseline plain Markdown and the incremental run a changed seed', () => {
    const [article] = generateCorpus(1, 2);
    if (!article) throw new Error('no article');
    expect(plainMarkdown(article)).toMatch(/^---\ntitle: ".+"\npublished: \d{4}-\d{2}-\d{2}\n---\n\n/);
    expect(editedSeed(article)).not.toBe(article.seed);
  });
});
