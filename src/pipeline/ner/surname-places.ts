/**
 * A person's surname that a gazetteer reads as a place only through a case ending
 * or a transliteration: "посол ... Даурен Абаев", then "Абаев напомнил" (read as the
 * Kazakh region Abay). Where the article names a person in full whose last word is
 * written exactly so, the one-word mention is that person. A place written as its
 * listed name ("Jordan") stays the place.
 *
 * Pure: a function of the mentions found so far.
 */
import type { EntityRef, Mention } from './mention.ts';

/**
 * One-word place mentions written as a named person's surname, given to that person.
 * @param mentions Mentions found so far.
 * @returns The mentions, each such one given the person's reference.
 */
export function surnamesReadAsPlaces(mentions: readonly Mention[]): Mention[] {
  const surnames = new Map<string, EntityRef | null>();
  for (const mention of mentions) {
    const { ref } = mention;
    if (ref.kind !== 'found' || ref.type !== 'person') continue;
    const words = ref.name.split(/\s+/u);
    const last = words[words.length - 1];
    if (words.length < 2 || last === undefined) continue;
    // (Two people sharing a surname: the one-word mention may be either.)
    const known = surnames.get(last);
    surnames.set(last, known === undefined || (known !== null && known.kind === 'found' && known.name === ref.name) ? ref : null);
  }
  if (surnames.size === 0) return [...mentions];
  return mentions.map((mention) => {
    const person = surnames.get(mention.surface);
    if (person === undefined || person === null || mention.end - mention.start !== 1 || !isPlaceRef(mention.ref) || writesListedName(mention)) return mention;
    return { ...mention, ref: person, type: 'person', nameCandidate: false };
  });
}

/**
 * @param ref What a mention names.
 * @returns Whether it is a place of the knowledge files or the gazetteer.
 */
function isPlaceRef(ref: EntityRef): boolean {
  return ref.kind === 'place' || ref.kind === 'city' || ref.kind === 'country';
}

/**
 * @param mention A place mention.
 * @returns Whether it writes the place's name or one of its listed names exactly.
 */
function writesListedName(mention: Mention): boolean {
  const { ref, surface } = mention;
  switch (ref.kind) {
    case 'place':
      return ref.entry.name === surface || ref.entry.aliases.includes(surface);
    case 'city':
      return ref.entry.name === surface;
    case 'country':
      return ref.entry.name === surface || ref.entry.names.includes(surface);
    default:
      return true;
  }
}
