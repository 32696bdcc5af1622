/**
 * Country stage: the ISO 3166-1 alpha-2 codes of every country an article names
 * or implies, in order of first mention.
 *
 * Rules:
 * 1. A country named under any of its names counts: the package's names and
 *    spellings plus countries.yaml ("the U.S.", "the United States", "Britain",
 *    "Russia", "Kyrgyz Republic"). Also inside a hyphenated word
 *    ("Kazakhstan-born", "pro-Russian").
 * 2. A demonym or adjective counts for its country ("Kyrgyz" -> KG, "Afghan" ->
 *    AF, "Iranian nuclear talks" -> IR), except false friends listed in
 *    countries.yaml ("Latin American", "Indian Ocean", "Niger Delta",
 *    "Atlanta, Georgia").
 * 3. A place inside one country counts for it: capitals and gazetteer cities
 *    (Bishkek -> KG, Termez -> UZ), provinces and regions of places.yaml
 *    (Idlib -> SY, Chechnya -> RU). A dateline city is a place mention too
 *    ("MOSCOW, Sept. 26" -> RU). Regions spanning several countries (Central
 *    Asia, the Middle East, the Caucasus, the Fergana Valley) imply none.
 * 4. An entity's country counts: a person's (from "Kyrgyz Deputy Prime
 *    Minister ..."), a state body's or an armed group's (the Taliban -> AF),
 *    not a news outlet's, research body's or NGO's (quoting Voice of America or
 *    SITE does not make an article about the United States). International
 *    bodies (the UN, the EU, the CIS) have no country.
 * 5. A word that the entity stage read as part of a personal name ("Jordan" in
 *    "Jordan Smith") or a city it did not keep counts only if the entity list
 *    has that place.
 *
 * Pure: a function of the article, its entities and the knowledge.
 */
import { slugOf as slugify } from '../lib/slugs.ts';
import type { Knowledge, PhraseTarget } from '../knowledge.ts';
import { buildArticleContext, matchCountry } from '../ner/context.ts';
import { scanParagraphs, type ScannedParagraph } from '../ner/scan.ts';
import type { Token } from '../ner/tokens.ts';
import type { ArticleEntity, ArticleText } from '../types.ts';

/** Organization categories whose country an article does not thereby name. */
const NON_IMPLYING_CATEGORIES: ReadonlySet<string> = new Set(['media', 'research', 'ngo']);

/**
 * The countries an article names or implies.
 * @param text The article's metadata and clean paragraphs.
 * @param entities The article's entities (from `extractEntities`).
 * @param knowledge Gazetteers and country names.
 * @returns ISO 3166-1 alpha-2 codes, in order of first mention, without repeats.
 */
export function articleCountries(text: ArticleText, entities: readonly ArticleEntity[], knowledge: Knowledge): string[] {
  const paragraphs = scanParagraphs(text.paragraphs, knowledge);
  const context = buildArticleContext(paragraphs);
  const firstSeen = new Map<string, number>();
  const see = (code: string | undefined, position: number): void => {
    if (code === undefined || !knowledge.countryByCode.has(code)) return;
    const previous = firstSeen.get(code);
    if (previous === undefined || position < previous) firstSeen.set(code, position);
  };
  const placeForms = new Set(
    entities.filter((entity) => entity.type === 'place').flatMap((entity) => [entity.id, ...[entity.name, ...entity.aliases].map(slugify)]),
  );

  for (const paragraph of paragraphs) {
    for (const match of paragraph.matches) {
      const position = positionOf(paragraph, match.start);
      const targets = match.targets.filter((target) => !isUnnamedWeak(target, context.stronglyNamed));
      if (targets.length === 0 || targets.some((target) => target.kind === 'organization')) continue;
      const surface = slugify(paragraph.text.slice(paragraph.tokens[match.start]?.start ?? 0, paragraph.tokens[match.end - 1]?.end ?? 0));
      if (needsEntity(targets, match.end - match.start, paragraph.tokens[match.start], knowledge) && !placeForms.has(surface)) continue;
      see(matchCountry({ ...match, targets }), position);
    }
    paragraph.tokens.forEach((token, i) => {
      if (paragraph.cover[i] === -1 && token.word && token.text.includes('-')) see(hyphenPartCountry(token, knowledge), positionOf(paragraph, i));
    });
  }

  for (const entity of entities) {
    if (entity.country === undefined) continue;
    const org = entity.type === 'organization' ? knowledge.orgById.get(entity.id) : undefined;
    if (org && NON_IMPLYING_CATEGORIES.has(org.category)) continue;
    see(entity.country, firstOccurrence(paragraphs, [entity.name, ...entity.aliases]));
  }

  return [...firstSeen.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}

/**
 * Whether a target is a weak alias whose entry the article does not name otherwise.
 * @param target A phrase target.
 * @param stronglyNamed Entries named by a strong alias.
 * @returns True when the target does not apply.
 */
function isUnnamedWeak(target: PhraseTarget, stronglyNamed: ReadonlySet<string>): boolean {
  return (target.kind === 'organization' || target.kind === 'place') && target.weak && !stronglyNamed.has(target.entry.id);
}

/**
 * Whether a match counts only when the entity stage kept it as a place: a city of
 * the gazetteer, or a one-word country name that is also a given name ("Jordan").
 * @param targets The match's targets.
 * @param length Its length in tokens.
 * @param first Its first token.
 * @param knowledge Given names.
 * @returns True when the entity list must confirm it.
 */
function needsEntity(targets: readonly PhraseTarget[], length: number, first: Token | undefined, knowledge: Knowledge): boolean {
  if (targets.every((target) => target.kind === 'city')) return true;
  const country = targets.some((target) => target.kind === 'country');
  return country && length === 1 && first !== undefined && knowledge.givenNames.has(first.norm);
}

/**
 * The country of a part of a hyphenated word ("Kazakhstan-born", "pro-Russian").
 * @param token The word.
 * @param knowledge The phrase index.
 * @returns A code, or undefined.
 */
function hyphenPartCountry(token: Token, knowledge: Knowledge): string | undefined {
  for (const part of token.norm.split('-')) {
    const phrase = knowledge.phrases.get(part);
    if (!phrase) continue;
    const original = token.text.split(/[-‐]/).find((piece) => piece.toLowerCase() === part || slugify(piece) === slugify(part));
    if (!original || !/^\p{Lu}/u.test(original)) continue;
    const target = phrase.targets.find((item) => item.kind === 'country' || item.kind === 'demonym');
    if (target && (target.kind === 'country' || target.kind === 'demonym')) return target.entry.code;
  }
  return undefined;
}

/**
 * A sortable position of a token.
 * @param paragraph Its paragraph.
 * @param index Token index.
 * @returns Paragraph and character offset folded into one number.
 */
function positionOf(paragraph: ScannedParagraph, index: number): number {
  return paragraph.index * 1e7 + (paragraph.tokens[index]?.start ?? 0);
}

/**
 * Where a name first occurs in the text.
 * @param paragraphs Scanned paragraphs.
 * @param forms The entity's name and aliases.
 * @returns A position, or a position after every paragraph when not found.
 */
function firstOccurrence(paragraphs: readonly ScannedParagraph[], forms: readonly string[]): number {
  for (const paragraph of paragraphs) {
    let best = -1;
    for (const form of forms) {
      const at = paragraph.text.indexOf(form);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    if (best >= 0) return paragraph.index * 1e7 + best;
  }
  return paragraphs.length * 1e7;
}
