import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkTargets,
  claimantMatches,
  figureNumbersMatch,
  foldName,
  parseExpected,
  scoreArticle,
  summarise,
  type ExpectedArticle,
} from '../../src/pipeline/evaluate.ts';
import { SeedError, type AnnotatedArticle, type ArticleEntity, type ArticleFigure } from '../../src/pipeline/types.ts';

/** A small hand annotation written for these tests (facts from seed 000's style). */
const SMALL_EXPECTED = `
title: "More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq"
outlet: [RFE/RL, Radio Free Europe/Radio Liberty]
author: Joanna Paraszczuk
published: 2015-04-22
countries: [KG, SY, IQ]
entities:
  - name: Abdyrakhman Mamataliev
    type: person
    aliases: [Mamataliev]
  - name: Islamic State
    type: organization
    aliases: [IS]
  - name: Bishkek
    type: place
  - name: Joanna Paraszczuk
    type: person
    optional: true
figures:
  - value: 330
    approx: more than
    what: Kyrgyz citizens who joined IS
    claimant: Abdyrakhman Mamataliev
  - min: 30000
    max: 50000
    what: militants fighting for IS
    claimant: experts
  - value: 40
    what: dead (restated)
    claimant: null
    optional: true
furniture:
  - "Accessibility links"
  - "Share"
body_must_not_contain:
  - "-- Joanna Paraszczuk"
body_must_keep:
  - "More than 330 Kyrgyz citizens have joined"
  - "Speaking at a symposium in Bishkek"
`;

/**
 * @param yamlText An annotation.
 * @returns It parsed, with id `small`.
 */
function expectedOf(yamlText: string = SMALL_EXPECTED): ExpectedArticle {
  return parseExpected(yamlText, 'small', 'small.expected.yaml');
}

/**
 * @param name A name.
 * @param type Its type.
 * @param aliases Other forms.
 * @returns An article entity with a slug id.
 */
function entity(name: string, type: ArticleEntity['type'], aliases: string[] = []): ArticleEntity {
  return { id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name, type, aliases };
}

/**
 * @param fields The figure's number fields, what and claimant.
 * @returns A complete figure.
 */
function figure(fields: Partial<ArticleFigure> & { what: string }): ArticleFigure {
  return { claimant: null, asOf: null, quote: '', ...fields };
}

/**
 * @returns The pipeline output that agrees with SMALL_EXPECTED in every respect.
 */
function perfectSmallActual(): AnnotatedArticle {
  return {
    id: 'small',
    source: 'tests/small.txt',
    metadata: {
      title: 'More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq',
      outlet: 'RFE/RL',
      author: 'Joanna Paraszczuk',
      published: '2015-04-22',
    },
    countries: ['KG', 'SY', 'IQ'],
    entities: [
      entity('Abdyrakhman Mamataliev', 'person', ['Mamataliev']),
      entity('Islamic State', 'organization', ['IS']),
      entity('Bishkek', 'place'),
    ],
    figures: [
      figure({ value: 330, approx: 'more than', what: 'Kyrgyz citizens in IS', claimant: 'abdyrakhman-mamataliev' }),
      figure({ min: 30000, max: 50000, what: 'militants', claimant: 'experts' }),
    ],
    paragraphs: [
      'More than 330 Kyrgyz citizens have joined the Islamic State (IS) militant group in Syria and Iraq, the deputy prime minister of Kyrgyzstan, Abdyrakhman Mamataliev, said on April 21.',
      'Speaking at a symposium in Bishkek on April 16, the Interior Ministry official said that 339 individuals had gone to Syria from Kyrgyzstan.',
    ],
  };
}

describe('parseExpected', () => {
  it('normalises scalars and lists, dates and null claimants', () => {
    const expected = expectedOf();
    expect(expected.outlet).toEqual(['RFE/RL', 'Radio Free Europe/Radio Liberty']);
    expect(expected.author).toEqual(['Joanna Paraszczuk']);
    expect(expected.published).toEqual(['2015-04-22']);
    expect(expected.figures[0]?.claimant).toEqual(['Abdyrakhman Mamataliev']);
    expect(expected.figures[2]?.claimant).toEqual([null]);
    expect(expected.figures[2]?.optional).toBe(true);
    expect(expected.entities[0]?.aliases).toEqual(['Mamataliev']);
  });

  it('names the file and field when a figure has both value and range', () => {
    const broken = SMALL_EXPECTED.replace('  - min: 30000\n', '  - value: 3\n    min: 30000\n');
    expect(() => expectedOf(broken)).toThrow(SeedError);
    expect(() => expectedOf(broken)).toThrow(/small\.expected\.yaml: figures\[1\]: give exactly one of value or min\+max/);
  });

  it('rejects an unknown entity type', () => {
    const broken = SMALL_EXPECTED.replace('type: place', 'type: city');
    expect(() => expectedOf(broken)).toThrow(/entities\[2\] \(Bishkek\): type must be one of person, organization, place/);
  });
});

describe('scoreArticle', () => {
  it('gives 1.0 everywhere for a perfect match', () => {
    const score = scoreArticle(expectedOf(), perfectSmallActual());
    expect(score.entities.f1).toBe(1);
    expect(score.entitiesAnyType.f1).toBe(1);
    expect(score.figures.f1).toBe(1);
    expect(score.claimants).toEqual({ right: 2, judged: 2 });
    expect(score.metadata.all).toBe(true);
    expect(score.countries.f1).toBe(1);
    expect(score.furnitureLeft).toEqual([]);
    expect(score.strayTextLeft).toEqual([]);
    expect(score.paragraphsLost).toEqual([]);
  });

  it('lowers entity recall, not precision, when an entity is missing', () => {
    const actual = perfectSmallActual();
    actual.entities = actual.entities.filter((found) => found.name !== 'Bishkek');
    const score = scoreArticle(expectedOf(), actual);
    expect(score.entities.recall).toBeCloseTo(2 / 3);
    expect(score.entities.precision).toBe(1);
    expect(score.details.missingEntities).toEqual(['Bishkek (place)']);
  });

  it('lowers precision for an entity that is not in the annotation', () => {
    const actual = perfectSmallActual();
    actual.entities.push(entity('Kyrgyz Government', 'organization'));
    const score = scoreArticle(expectedOf(), actual);
    expect(score.entities.precision).toBeCloseTo(3 / 4);
    expect(score.entities.recall).toBe(1);
    expect(score.details.extraEntities).toEqual(['Kyrgyz Government (organization)']);
  });

  it('matches an entity through an alias on either side, case- and diacritics-insensitively', () => {
    const actual = perfectSmallActual();
    actual.entities = [
      entity('MAMATALIEV', 'person'), // expected alias
      entity('ＩＳ', 'organization', ['the Islamic State']), // full-width letters fold; alias with "the"
      entity('Bïshkek', 'place'),
    ];
    const score = scoreArticle(expectedOf(), actual);
    expect(score.entities.f1).toBe(1);
  });

  it('requires types to agree for the typed score but not for the type-agnostic one', () => {
    const actual = perfectSmallActual();
    actual.entities = actual.entities.map((found) => (found.name === 'Bishkek' ? { ...found, type: 'organization' as const } : found));
    const score = scoreArticle(expectedOf(), actual);
    expect(score.entities.recall).toBeCloseTo(2 / 3);
    expect(score.entitiesAnyType.f1).toBe(1);
    expect(score.details.wrongTypes).toEqual(['Bishkek: place -> organization']);
  });

  it('neither rewards nor punishes an optional entity', () => {
    const withByline = perfectSmallActual();
    withByline.entities.push(entity('Joanna Paraszczuk', 'person'));
    expect(scoreArticle(expectedOf(), withByline).entities).toMatchObject({ hits: 3, expected: 3, actual: 3, f1: 1 });
    expect(scoreArticle(expectedOf(), perfectSmallActual()).entities).toMatchObject({ hits: 3, expected: 3, actual: 3 });
  });

  it('matches a range figure by min and max only', () => {
    const wrongRange = perfectSmallActual();
    wrongRange.figures[1] = figure({ min: 30, max: 50, what: 'militants', claimant: 'experts' });
    const score = scoreArticle(expectedOf(), wrongRange);
    expect(score.figures).toMatchObject({ hits: 1, expected: 2, actual: 2 });
    expect(score.details.missingFigures).toEqual(['30000-50000 (militants fighting for IS)']);

    const asValue = perfectSmallActual();
    asValue.figures[1] = figure({ value: 50000, what: 'militants', claimant: 'experts' });
    expect(scoreArticle(expectedOf(), asValue).figures.hits).toBe(1);
  });

  it('matches each expected figure at most once', () => {
    const actual = perfectSmallActual();
    actual.figures.push(figure({ value: 330, what: 'Kyrgyz citizens again', claimant: null }));
    const score = scoreArticle(expectedOf(), actual);
    expect(score.figures).toMatchObject({ hits: 2, expected: 2, actual: 3 });
    expect(score.figures.precision).toBeCloseTo(2 / 3);
  });

  it('does not count a figure matching an optional restatement', () => {
    const actual = perfectSmallActual();
    actual.figures.push(figure({ value: 40, what: 'dead', claimant: null }));
    expect(scoreArticle(expectedOf(), actual).figures).toMatchObject({ hits: 2, expected: 2, actual: 2, f1: 1 });
  });

  it('judges the claimant of matched figures: entity ids resolve to names and aliases', () => {
    const actual = perfectSmallActual();
    actual.figures[0] = figure({ value: 330, what: 'Kyrgyz citizens', claimant: 'Interior Ministry' });
    const score = scoreArticle(expectedOf(), actual);
    expect(score.figures.hits).toBe(2);
    expect(score.claimants).toEqual({ right: 1, judged: 2 });
    expect(score.details.wrongClaimants).toEqual([
      { figure: '330 (Kyrgyz citizens who joined IS)', expected: ['Abdyrakhman Mamataliev'], actual: 'Interior Ministry' },
    ]);
  });

  it('resolves a claimant id through the corpus entities when the article lacks it', () => {
    const actual = perfectSmallActual();
    actual.entities = actual.entities.filter((found) => found.type !== 'person');
    actual.figures[0] = figure({ value: 330, what: 'Kyrgyz citizens', claimant: 'deputy-pm' });
    const corpus = [{ id: 'deputy-pm', name: 'A. Mamataliev', type: 'person' as const, aliases: ['Mamataliev'] }];
    expect(scoreArticle(expectedOf(), actual, corpus).claimants).toEqual({ right: 2, judged: 2 });
  });

  it('compares titles ignoring case and punctuation, outlets loosely and against the allowed list', () => {
    const actual = perfectSmallActual();
    actual.metadata = {
      title: 'more than 330 kyrgyz said to be fighting alongside IS in Syria Iraq!',
      outlet: 'Radio Free Europe / Radio Liberty',
      author: 'joanna paraszczuk',
      published: '2015-04-22',
    };
    expect(scoreArticle(expectedOf(), actual).metadata).toEqual({ title: true, outlet: true, author: true, published: true, all: true });

    actual.metadata = { ...actual.metadata, outlet: 'Reuters', published: '2015-04' };
    expect(scoreArticle(expectedOf(), actual).metadata).toEqual({ title: true, outlet: false, author: true, published: false, all: false });
  });

  it('wants null where the annotation has no outlet', () => {
    const noOutlet = expectedOf(SMALL_EXPECTED.replace('outlet: [RFE/RL, Radio Free Europe/Radio Liberty]', 'outlet: null'));
    const actual = perfectSmallActual();
    expect(scoreArticle(noOutlet, actual).metadata.outlet).toBe(false);
    actual.metadata.outlet = null;
    expect(scoreArticle(noOutlet, actual).metadata.outlet).toBe(true);
  });

  it('counts furniture and stray lines left in the body and real paragraphs lost', () => {
    const actual = perfectSmallActual();
    actual.paragraphs = [
      'Accessibility links',
      'More than 330 Kyrgyz citizens have joined the Islamic State. Share',
      'The Kyrgyz authorities have so far detained 44 people. -- Joanna Paraszczuk',
    ];
    const score = scoreArticle(expectedOf(), actual);
    expect(score.furnitureLeft).toEqual(['Accessibility links', 'Share']);
    expect(score.strayTextLeft).toEqual(['-- Joanna Paraszczuk']);
    expect(score.paragraphsLost).toEqual(['Speaking at a symposium in Bishkek']);
  });

  it('does not mistake a one-word furniture line for the end of a real sentence', () => {
    const expected = expectedOf(SMALL_EXPECTED.replace('  - "Share"', '  - "Asia"'));
    const actual = perfectSmallActual();
    actual.paragraphs.push('The risk of a caliphate reappears in Central Asia');
    expect(scoreArticle(expected, actual).furnitureLeft).toEqual([]);
  });

  it('judges a masthead name that also opens a real paragraph only where it stands alone', () => {
    const masthead = SMALL_EXPECTED.replace('  - "Share"', '  - "Steppe Monitor"').replace(
      'body_must_keep:\n',
      'body_must_keep:\n  - "Steppe Monitor counted 12 trials"\n',
    );
    const actual = perfectSmallActual();
    actual.paragraphs.push('Steppe Monitor counted 12 trials in the spring.');
    expect(scoreArticle(expectedOf(masthead), actual).furnitureLeft).toEqual([]);
    actual.paragraphs.unshift('Steppe Monitor');
    expect(scoreArticle(expectedOf(masthead), actual).furnitureLeft).toEqual(['Steppe Monitor']);
  });

  it('judges the outlet\'s masthead line inside running text only at a paragraph\'s edge', () => {
    const withOutlet = SMALL_EXPECTED.replace(/^outlet:.*$/mu, 'outlet: [The Nomad Courier Weekly, Nomad Courier Weekly]').replace('  - "Share"', '  - "The Nomad Courier Weekly"');
    const actual = perfectSmallActual();
    actual.paragraphs.push('"We will appeal," the lawyer told The Nomad Courier Weekly on Friday, adding that the trial was closed.');
    expect(scoreArticle(expectedOf(withOutlet), actual).furnitureLeft).toEqual([]);
    actual.paragraphs.push('The Nomad Courier Weekly');
    expect(scoreArticle(expectedOf(withOutlet), actual).furnitureLeft).toEqual(['The Nomad Courier Weekly']);
    // Another furniture line of four words or more still counts anywhere in a paragraph.
    const menu = SMALL_EXPECTED.replace('  - "Share"', '  - "Most read this week"');
    const glued = perfectSmallActual();
    glued.paragraphs.push('Police detained two men. Most read this week Court jails recruiter');
    expect(scoreArticle(expectedOf(menu), glued).furnitureLeft).toEqual(['Most read this week']);
  });

  it('does not count a label of four words that the prose uses inside a sentence as furniture left', () => {
    const label = SMALL_EXPECTED.replace('  - "Share"', '  - "North and East Syria"');
    const actual = perfectSmallActual();
    actual.paragraphs.push('The army launched its attack on North and East Syria on Wednesday, officials said.');
    expect(scoreArticle(expectedOf(label), actual).furnitureLeft).toEqual([]);
    actual.paragraphs.push('Officials said so. North and East Syria');
    expect(scoreArticle(expectedOf(label), actual).furnitureLeft).toEqual(['North and East Syria']);
  });

  it('does not count a kicker naming a place as left where it is only the dateline of a kept paragraph', () => {
    const kicker = SMALL_EXPECTED.replace('  - "Share"', '  - "Fort Example"').replace(
      'body_must_keep:\n',
      'body_must_keep:\n  - "A military jury on Wednesday sentenced"\n',
    );
    const actual = perfectSmallActual();
    actual.paragraphs.push('FORT EXAMPLE — A military jury on Wednesday sentenced the officer to death.');
    expect(scoreArticle(expectedOf(kicker), actual).furnitureLeft).toEqual([]);
    actual.paragraphs.push('Fort Example');
    expect(scoreArticle(expectedOf(kicker), actual).furnitureLeft).toEqual(['Fort Example']);
  });

  it('scores countries as sets', () => {
    const actual = perfectSmallActual();
    actual.countries = ['KG', 'SY', 'TR'];
    const score = scoreArticle(expectedOf(), actual);
    expect(score.countries).toMatchObject({ hits: 2, expected: 3, actual: 3 });
    expect(score.details.missingCountries).toEqual(['IQ']);
    expect(score.details.extraCountries).toEqual(['TR']);
  });
});

describe('helpers', () => {
  it('folds names', () => {
    expect(foldName('  The  Islamic\u00a0State ')).toBe('islamic state');
    expect(foldName('Prosecutor‑General’s Office')).toBe("prosecutor-general's office");
    expect(foldName('Kazakhstan’s Zhusan.')).toBe("kazakhstan's zhusan");
  });

  it('matches numbers, ranges and degenerate ranges', () => {
    expect(figureNumbersMatch({ value: 0.1 + 0.2 }, { value: 0.3 })).toBe(true);
    expect(figureNumbersMatch({ min: 300, max: 400 }, { min: 300, max: 400 })).toBe(true);
    expect(figureNumbersMatch({ min: 300, max: 400 }, { value: 300 })).toBe(false);
    expect(figureNumbersMatch({ min: 12, max: 12 }, { value: 12 })).toBe(true);
  });

  it('accepts an unattributed figure only where the annotation allows null', () => {
    const noEntities = new Map<string, { name: string; aliases: string[] }>();
    expect(claimantMatches(null, [null], [], noEntities)).toBe(true);
    expect(claimantMatches(null, ['experts'], [], noEntities)).toBe(false);
    expect(claimantMatches('Experts', [null, 'experts'], [], noEntities)).toBe(true);
    expect(claimantMatches('analysts', [null], [], noEntities)).toBe(false);
  });

  it('reads a claimant\'s words with or without an indefinite article as one source', () => {
    const noEntities = new Map<string, { name: string; aliases: string[] }>();
    expect(claimantMatches('senior provincial official', ['a senior provincial official'], [], noEntities)).toBe(true);
    expect(claimantMatches('an aid worker', ['aid worker'], [], noEntities)).toBe(true);
    expect(claimantMatches('provincial official', ['a senior provincial official'], [], noEntities)).toBe(false);
  });

  it('reads French and Spanish words with or without their article as one source (twentieth session)', () => {
    const noEntities = new Map<string, { name: string; aliases: string[] }>();
    expect(claimantMatches('autorités', ['les autorités'], [], noEntities)).toBe(true);
    expect(claimantMatches("l'armée", ['armée'], [], noEntities)).toBe(true);
    expect(claimantMatches('fuentes policiales', ['las fuentes policiales'], [], noEntities)).toBe(true);
    expect(claimantMatches('autorités locales', ['les autorités'], [], noEntities)).toBe(false);
  });
});

describe('summarise', () => {
  it('sums counts over articles and checks the targets', () => {
    const perfect = scoreArticle(expectedOf(), perfectSmallActual());
    const empty = scoreArticle(expectedOf(), { ...perfectSmallActual(), entities: [], figures: [], paragraphs: [] });
    const summary = summarise([perfect, empty]);
    expect(summary.entities).toMatchObject({ hits: 3, expected: 6, actual: 3 });
    expect(summary.entities.recall).toBe(0.5);
    expect(summary.figures).toMatchObject({ hits: 2, expected: 4, actual: 2 });
    expect(summary.claimantAccuracy).toBe(1);
    expect(summary.metadata.all).toBe(1);
    expect(summary.paragraphsLost).toBe(2);
    const verdicts = Object.fromEntries(checkTargets(summary).map((verdict) => [verdict.name, verdict.met]));
    expect(verdicts).toEqual({
      'entity F1': false,
      'figure F1': false,
      'claimant accuracy': true,
      'metadata all four right': true,
      'furniture lines left': true,
    });
  });
});

// ---------------------------------------------------------------------------
// The hand annotations themselves: every fixture must be internally consistent.

const FIXTURE_DIRS = ['tests/fixtures/eval', 'tests/fixtures/seeds-expected'];

/**
 * @param dir A directory of annotations.
 * @returns Each annotation's id, parsed form and raw text.
 */
function loadAnnotations(dir: string): { id: string; expected: ExpectedArticle; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.expected.yaml'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.expected.yaml'.length);
      const path = join(dir, name);
      const textPath = [join(dir, `${id}.txt`), join('seeds', `${id}.txt`)].find((candidate) => existsSync(candidate));
      if (textPath === undefined) throw new Error(`${path}: no text`);
      return { id, expected: parseExpected(readFileSync(path, 'utf8'), id, path), text: readFileSync(textPath, 'utf8') };
    });
}

/**
 * Build what a flawless pipeline would return for an annotated text.
 * @param expected The annotation.
 * @param text The raw text.
 * @returns An article that should score 1.0 on every measure.
 */
function flawlessActual(expected: ExpectedArticle, text: string): AnnotatedArticle {
  const lines = text.split('\n').map((line) => line.trim());
  const paragraphs = lines
    .filter((line) => expected.bodyMustKeep.some((prefix) => line.includes(prefix)))
    .map((line) => expected.bodyMustNotContain.reduce((rest, stray) => rest.replace(stray, ''), line).trim());
  return {
    id: expected.id,
    source: `${expected.id}.txt`,
    metadata: {
      title: expected.title[0] ?? '',
      outlet: expected.outlet?.[0] ?? null,
      author: expected.author?.[0] ?? null,
      published: expected.published?.[0] ?? null,
    },
    countries: expected.countries,
    entities: expected.entities
      .filter((wanted) => !wanted.optional)
      .map((wanted) => entity(wanted.name, wanted.type, wanted.aliases)),
    figures: expected.figures
      .filter((wanted) => !wanted.optional)
      .map((wanted) => {
        const { value, min, max, what } = wanted;
        return figure({ value, min, max, what, claimant: wanted.claimant[0] ?? null });
      }),
    paragraphs,
  };
}

describe.each(FIXTURE_DIRS)('hand annotations in %s', (dir) => {
  const annotations = loadAnnotations(dir);

  it('exist', () => {
    expect(annotations.length).toBeGreaterThanOrEqual(4);
  });

  it.each(annotations.map((annotation) => [annotation.id, annotation] as const))('%s is consistent with its text', (_id, annotation) => {
    const { expected, text } = annotation;
    const lines = new Set(text.split('\n').map((line) => line.trim()));
    const foldedText = foldName(text);
    for (const line of expected.furniture) expect(lines, `furniture line not in text: ${line}`).toContain(line);
    for (const stray of expected.bodyMustNotContain) expect(text, 'stray text').toContain(stray);
    for (const prefix of expected.bodyMustKeep) expect(text, 'kept paragraph').toContain(prefix);
    // Optional entities may be implied only ("a Dane" for Denmark), so only required ones are checked.
    for (const wanted of expected.entities.filter((candidate) => !candidate.optional)) {
      const forms = [wanted.name, ...wanted.aliases].map(foldName);
      expect(forms.some((form) => foldedText.includes(form)), `no form of ${wanted.name} in the text`).toBe(true);
    }
    for (const code of [...expected.countries, ...expected.countriesOptional]) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(expected.countries).size).toBe(expected.countries.length);
    // No two required entities may share a form, or matching would be ambiguous.
    const owners = new Map<string, string>();
    for (const wanted of expected.entities.filter((candidate) => !candidate.optional)) {
      for (const form of new Set([wanted.name, ...wanted.aliases].map(foldName))) {
        expect(owners.get(form), `${form} names both ${owners.get(form)} and ${wanted.name}`).toBeUndefined();
        owners.set(form, wanted.name);
      }
    }
  });

  it.each(annotations.map((annotation) => [annotation.id, annotation] as const))('%s scores 1.0 against a flawless pipeline', (_id, annotation) => {
    const score = scoreArticle(annotation.expected, flawlessActual(annotation.expected, annotation.text));
    expect(score.entities.f1).toBe(1);
    expect(score.figures.f1).toBe(1);
    expect(score.claimants.right).toBe(score.claimants.judged);
    expect(score.metadata.all).toBe(true);
    expect(score.countries.f1).toBe(1);
    expect(score.furnitureLeft).toEqual([]);
    expect(score.strayTextLeft).toEqual([]);
    expect(score.paragraphsLost).toEqual([]);
  });
});

describe('the held-out evaluation set', () => {
  const annotations = loadAnnotations('tests/fixtures/eval');

  it('has twelve articles of 250 to 700 words of body, some without outlet or author', () => {
    expect(annotations).toHaveLength(12);
    for (const { expected, text } of annotations) {
      const body = text
        .split('\n')
        .filter((line) => expected.bodyMustKeep.some((prefix) => line.includes(prefix)))
        .join(' ');
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words, expected.id).toBeGreaterThanOrEqual(250);
      expect(words, expected.id).toBeLessThanOrEqual(700);
    }
    const anonymous = annotations.filter(({ expected }) => expected.outlet === null && expected.author === null);
    expect(anonymous.length).toBeGreaterThanOrEqual(2);
  });
});
