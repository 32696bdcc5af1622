import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, loadLanguageData, readLanguageData } from '../../src/pipeline/knowledge.ts';
import { buildLanguageVocabulary, compoundEnding, languageVocabulary } from '../../src/pipeline/lib/language-vocabulary.ts';
import { findNumbers } from '../../src/pipeline/lib/numbers.ts';

/** The parsed languages.yaml of the repository. */
const shipped = parseYaml(readFileSync(path.join(DEFAULT_KNOWLEDGE_DIR, 'languages.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;

/**
 * Write a languages.yaml into a fresh folder.
 * @param text The file's text.
 * @returns The folder.
 */
function folderWith(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'languages-'));
  writeFileSync(path.join(dir, 'languages.yaml'), text);
  return dir;
}

/**
 * The message of what a function throws.
 * @param run The function.
 * @returns The error it threw.
 */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}

describe('languages.yaml', () => {
  it('loads the shipped file with every language', () => {
    const data = loadLanguageData();
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['ru', 'id', 'tr', 'de', 'fr']));
    expect(data.ru?.numberWords['пять']).toBe(5);
    expect(data.de?.scaleAbbreviations).toContain('mio');
    expect(data.id?.rangeWords).toContainEqual({ before: 'antara', gap: 'dan' });
  });

  it('names the file and the key of a malformed list', () => {
    const dir = folderWith('tr:\n  speech_verbs: [söyledi, 42]\n');
    const error = thrown(() => loadLanguageData(dir));
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(error.message).toContain(path.join(dir, 'languages.yaml'));
    expect(error.message).toContain('"tr.speech_verbs" item 2');
  });

  it('names the key of an unknown list, a bad number and capitals', () => {
    expect(thrown(() => readLanguageData({ ru: { speech_verb: ['заявил'] } }, 'languages.yaml')).message).toMatch(/languages\.yaml: "ru\.speech_verb" is not a known list \(allowed: .*speech_verbs/);
    expect(thrown(() => readLanguageData({ id: { number_words: { lima: 'five' } } })).message).toContain('"id.number_words" "lima" must map to a positive number');
    expect(thrown(() => readLanguageData({ de: { titles: ['Innenminister'] } })).message).toContain('"de.titles" item 1 "Innenminister" must be written in lower case');
    expect(thrown(() => readLanguageData({ de: { range_words: [{ from: 'zwischen', gap: 'und' }] } })).message).toContain('"de.range_words" item 1 has an unknown field "from"');
    expect(thrown(() => readLanguageData(['ru']))).toBeInstanceOf(KnowledgeError);
    expect(thrown(() => readLanguageData({ Russian: {} })).message).toContain('"Russian" is not a language code');
  });

  it('reports YAML that does not parse', () => {
    const error = thrown(() => loadLanguageData(folderWith('ru:\n  titles: [министр\n')));
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(error.message).toContain('is not valid YAML');
  });
});

describe('buildLanguageVocabulary', () => {
  it('picks up a word added to the data', () => {
    const before = buildLanguageVocabulary(readLanguageData(shipped));
    const sentence = 'Menteri itu berkata 40 orang telah kembali.';
    expect(before.speechVerb.test(sentence)).toBe(false);
    const added = structuredClone(shipped);
    (added.id as { speech_verbs: string[] }).speech_verbs.push('berkata');
    (added.id as { counted_nouns: string[] }).counted_nouns.push('keluarga');
    const after = buildLanguageVocabulary(readLanguageData(added));
    after.speechVerb.lastIndex = 0;
    expect(after.speechVerb.exec(sentence)?.[0]).toBe('berkata');
    expect(after.countedNouns.has('keluarga')).toBe(true);
    expect(before.countedNouns.has('keluarga')).toBe(false);
  });

  it('adds a new language and its number words to the quick tests', () => {
    const vocabulary = buildLanguageVocabulary(readLanguageData({ uz: { number_words: { besh: 5 }, according_to: ["ma'lumotlariga ko'ra"] } }));
    expect(vocabulary.numberWords.besh).toBe(5);
    expect(vocabulary.numberCue.test('besh kishi')).toBe(true);
    expect(vocabulary.attributionCue.test("Vazirlik ma'lumotlariga ko'ra ...")).toBe(true);
    expect(vocabulary.accordingTo.test("Vazirlik ma'lumotlariga  ko'ra")).toBe(true);
  });

  it('tests compound endings with three letters or more before them, and none when a language lists none', () => {
    const vocabulary = buildLanguageVocabulary(readLanguageData({ nl: { title_endings: ['minister'], organization_head_endings: ['politie'] } }));
    const title = compoundEnding(vocabulary.titleEndings);
    expect(title.test('justitieminister')).toBe(true);
    expect(title.test('minister')).toBe(false);
    expect(title.test('exminister')).toBe(false);
    expect(compoundEnding(vocabulary.organizationHeadEndings).test('nationalepolitie')).toBe(true);
    expect(compoundEnding([]).test('justitieminister')).toBe(false);
  });

  it('rejects an ending written with capitals, naming the key', () => {
    expect(() => readLanguageData({ de: { title_endings: ['Minister'] } })).toThrow(/de\.title_endings.*lower case/);
  });

  it('turns abbreviations written with a dot into scale words', () => {
    const vocabulary = buildLanguageVocabulary(readLanguageData({ de: { scale_words: { 'mio.': 1e6 } } }));
    expect(vocabulary.scaleWords.mio).toBe(1e6);
    expect(vocabulary.scaleAbbreviations).toEqual(['mio']);
  });

  it('feeds the shipped words to the stages', () => {
    expect(languageVocabulary().titles).toContain('innenminister');
    expect(findNumbers('Polisi menangkap tiga tersangka dan 12 juta rupiah.').map((token) => token.value)).toEqual(expect.arrayContaining([3, 12e6]));
    expect(findNumbers('Ущерб составил 48 млн. рублей.').map((token) => token.value)).toContain(48e6);
  });
});
