/**
 * Relatives named with one surname for two given names: "the brothers Saïd and
 * Chérif Kouachi", "Tamerlan and Dzhokhar Tsarnaev". When a recognised person
 * of a given name and a surname follows "X and", and X is a listed given name
 * (or the list follows "brothers", "sisters" ...), X with the same surname is
 * a person too; the mention covers X alone, which stays an alias.
 *
 * Pure: a function of the scanned paragraphs, the mentions found so far and the
 * knowledge's given names.
 */
import type { Knowledge } from '../knowledge.ts';
import { mentionOf } from './known.ts';
import type { Mention } from './mention.ts';
import type { ScannedParagraph } from './scan.ts';
import { isAllCaps, isCapitalized } from './tokens.ts';

/** Words that join two given names ("and", and its French, German, Spanish and Russian kin). */
const JOINERS: ReadonlySet<string> = new Set(['and', '&', 'et', 'und', 'y', 'и']);

/** Nouns for relatives before the names ("the brothers X and Y Z"): they vouch for an unlisted given name. */
const RELATIVES: ReadonlySet<string> = new Set(['brothers', 'sisters', 'siblings', 'twins', 'cousins', 'freres', 'bruder', 'hermanos', 'братья', 'сестры']);

/**
 * Person mentions for the first given name of "X and Y Z".
 * @param mentions Mentions found so far.
 * @param paragraphs Scanned paragraphs.
 * @param knowledge Given names.
 * @returns New person mentions, and the one-word person mentions they replace.
 */
export function sharedSurnamePersons(mentions: readonly Mention[], paragraphs: readonly ScannedParagraph[], knowledge: Knowledge): { added: Mention[]; replaced: Set<Mention> } {
  const result: Mention[] = [];
  const replaced = new Set<Mention>();
  for (const person of mentions) {
    if (person.type !== 'person' || person.end - person.start !== 2) continue;
    const paragraph = paragraphs[person.para];
    if (paragraph === undefined) continue;
    const tokens = paragraph.tokens;
    const joiner = tokens[person.start - 1];
    const given = tokens[person.start - 2];
    const surname = tokens[person.end - 1];
    if (joiner === undefined || given === undefined || surname === undefined || !JOINERS.has(joiner.norm) || !isCapitalized(given) || isAllCaps(given.text)) continue;
    const at = person.start - 2;
    const covering = mentions.filter((mention) => mention.para === person.para && mention.start <= at && at < mention.end);
    // A one-word person found there ("Tamerlan") is the same person, named in full now.
    const alone = covering.length === 1 && covering[0]?.type === 'person' && covering[0].start === at && covering[0].end === at + 1 ? covering[0] : undefined;
    if (covering.length > 0 && alone === undefined) continue;
    const vouched = RELATIVES.has(tokens[at - 1]?.norm ?? '') || (knowledge.givenNames.has(given.norm) && !knowledge.commonWords.has(given.norm));
    if (!vouched) continue;
    if (alone) replaced.add(alone);
    // Not a name candidate: the entity is named "X Z", not by the one word the mention covers.
    result.push(mentionOf(paragraph, at, at + 1, { kind: 'found', type: 'person', name: `${given.text} ${surname.text}` }, false));
  }
  return { added: result, replaced };
}
