import { describe, expect, it } from 'vitest';
import { bibtexEscape, bibtexKey, splitAuthors, splitName, toBibtex, toCslItem, toCslJson, type CitationInput } from '../../src/lib/citations.ts';

/** Seed 000's metadata, with a date of my own. */
const rferl: CitationInput = {
  id: '000_dab88c6e5d4aaa94',
  title: 'More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq',
  outlet: 'RFE/RL',
  author: 'Joanna Paraszczuk',
  published: '2015-04-21',
  url: 'https://example.org/dossier/articles/000_dab88c6e5d4aaa94.html',
  sourceUrl: 'https://example.org/dossier/sources/000_dab88c6e5d4aaa94.txt',
  siteName: 'Dossier',
};

describe('bibtexEscape', () => {
  it('escapes the characters special to BibTeX and TeX', () => {
    expect(bibtexEscape('{ } % & $ # _')).toBe('\\{ \\} \\% \\& \\$ \\# \\_');
    expect(bibtexEscape('50% of $2m & #1 in_2015')).toBe('50\\% of \\$2m \\& \\#1 in\\_2015');
    expect(bibtexEscape('a\\b ~ ^')).toBe('a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}');
  });

  it('writes accented letters as accent commands', () => {
    expect(bibtexEscape('Türkiye')).toBe('T{\\"u}rkiye');
    expect(bibtexEscape('Café Société')).toBe("Caf{\\'e} Soci{\\'e}t{\\'e}");
    expect(bibtexEscape('Ağrı')).toBe('A{\\u{g}}r{\\i}');
    expect(bibtexEscape('Mirzoyev Ģirts Žanna Łódź')).toBe("Mirzoyev {\\c{G}}irts {\\v{Z}}anna {\\L}{\\'o}d{\\'z}");
    expect(bibtexEscape('façade, São Paulo, Ångström')).toBe('fa{\\c{c}}ade, S{\\~a}o Paulo, {\\AA}ngstr{\\"o}m');
    expect(bibtexEscape('naïve í')).toBe("na{\\\"{\\i}}ve {\\'{\\i}}");
  });

  it('writes typographic punctuation as TeX and keeps other scripts as UTF-8', () => {
    expect(bibtexEscape('“official” figure – 330 — ‘more’…')).toBe("``official'' figure -- 330 --- `more'\\ldots{}");
    expect(bibtexEscape('Бишкек')).toBe('Бишкек');
  });
});

describe('names and keys', () => {
  it('split bylines into people and names into family and given', () => {
    expect(splitAuthors('Joanna Paraszczuk')).toEqual(['Joanna Paraszczuk']);
    expect(splitAuthors('Bruce Pannier and Farangis Najibullah')).toEqual(['Bruce Pannier', 'Farangis Najibullah']);
    expect(splitAuthors('A. One, B. Two and C. Three')).toEqual(['A. One', 'B. Two', 'C. Three']);
    expect(splitAuthors('Pannier, Bruce')).toEqual(['Pannier, Bruce']);
    expect(splitName('Joanna Paraszczuk')).toEqual({ family: 'Paraszczuk', given: 'Joanna' });
    expect(splitName('Pannier, Bruce')).toEqual({ family: 'Pannier', given: 'Bruce' });
    expect(splitName('Ursula von der Leyen')).toEqual({ family: 'von der Leyen', given: 'Ursula' });
    expect(splitName('Madonna')).toEqual({ family: 'Madonna' });
  });

  it('build keys from family name or outlet, year and first word', () => {
    expect(bibtexKey(rferl)).toBe('paraszczuk2015more');
    expect(bibtexKey({ ...rferl, author: null, outlet: 'Tengrinews.kz', title: 'Syrian militants may come to Kazakhstan', published: '2013-09-25' })).toBe('tengrinewskz2013syrian');
    expect(bibtexKey({ ...rferl, author: null, outlet: null, published: null, title: 'The risk of a caliphate' })).toBe('anonrisk');
  });
});

describe('toBibtex', () => {
  it('cites an article of a known outlet as @article', () => {
    expect(toBibtex(rferl)).toBe(
      [
        '@article{paraszczuk2015more,',
        '  title = {{More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq}},',
        '  author = {Paraszczuk, Joanna},',
        '  journal = {RFE/RL},',
        '  year = {2015},',
        '  month = apr,',
        '  day = {21},',
        '  url = {https://example.org/dossier/articles/000_dab88c6e5d4aaa94.html},',
        '  note = {Annotated copy in Dossier; source text as retrieved: \\url{https://example.org/dossier/sources/000_dab88c6e5d4aaa94.txt}},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('names the outlet as author when there is no byline, and uses @misc without an outlet', () => {
    const itarTass = toBibtex({ ...rferl, author: null, outlet: 'ITAR-TASS', title: '50% & more: $ figures #1_2', published: '2014-09' });
    expect(itarTass).toContain('@article{itartass2014more,');
    expect(itarTass).toContain('  author = {{ITAR-TASS}},');
    expect(itarTass).toContain('  title = {{50\\% \\& more: \\$ figures \\#1\\_2}},');
    expect(itarTass).toContain('  month = sep,');
    expect(itarTass).not.toContain('day =');
    const unknown = toBibtex({ ...rferl, author: null, outlet: null, published: null, title: 'The risk of a caliphate reappears' });
    expect(unknown.startsWith('@misc{anonrisk,')).toBe(true);
    expect(unknown).not.toMatch(/author|journal|year/);
  });
});

describe('CSL-JSON', () => {
  it('writes an article-newspaper item with its date parts', () => {
    expect(toCslItem(rferl)).toEqual({
      id: '000_dab88c6e5d4aaa94',
      type: 'article-newspaper',
      title: 'More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq',
      'container-title': 'RFE/RL',
      author: [{ family: 'Paraszczuk', given: 'Joanna' }],
      issued: { 'date-parts': [[2015, 4, 21]] },
      URL: 'https://example.org/dossier/articles/000_dab88c6e5d4aaa94.html',
      note: 'Annotated copy in Dossier; source text as retrieved: https://example.org/dossier/sources/000_dab88c6e5d4aaa94.txt',
    });
    const bare = toCslItem({ ...rferl, author: null, outlet: null, published: '2014' });
    expect(bare).not.toHaveProperty('author');
    expect(bare).not.toHaveProperty('container-title');
    expect(bare.issued).toEqual({ 'date-parts': [[2014]] });
    expect(JSON.parse(toCslJson(rferl))).toEqual([toCslItem(rferl)]);
  });
});
