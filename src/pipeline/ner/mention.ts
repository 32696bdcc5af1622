/**
 * A mention: one place in the text that names an entity, and what it names.
 */
import { slugOf as slugify } from '../lib/slugs.ts';
import type { CityEntry, CountryEntry, OrgEntry, PlaceEntry } from '../knowledge.ts';
import type { EntityType } from '../types.ts';

/** What a mention names. */
export type EntityRef =
  /** A specific organization of the knowledge file. */
  | { kind: 'org'; entry: OrgEntry }
  /** A generic office bound to a country with no specific entry ("Interior Ministry of Kyrgyzstan"). */
  | { kind: 'instance'; generic: OrgEntry; country: CountryEntry }
  | { kind: 'place'; entry: PlaceEntry }
  | { kind: 'country'; entry: CountryEntry }
  | { kind: 'city'; entry: CityEntry }
  /** An entity found by a pattern only. */
  | { kind: 'found'; type: EntityType; name: string; country?: string };

/** One mention. */
export interface Mention {
  /** Paragraph index. */
  para: number;
  /** First token of the surface. */
  start: number;
  /** Index past the last token of the surface. */
  end: number;
  /** The words as written (qualifier included: "Kyrgyz Interior Ministry"). */
  surface: string;
  type: EntityType;
  ref: EntityRef;
  /** Whether the surface can serve as the entity's name (false for generic phrasing). */
  nameCandidate: boolean;
  /** Country evidence from this mention's context (a person's role, an office's qualifier). */
  country?: string;
  /** A lower-case description ("Kyrgyzstan's intelligence service"): not an alias. */
  descriptive?: boolean;
  /**
   * A description that names no body ("the Russian special services",
   * "Tajikistan's border guard service"): written with a lower-case alias of the
   * knowledge files, not a name written in lower case ("the Kyrgyz interior ministry").
   */
  unnamed?: boolean;
  /** The name in the nominative where the text writes it in a case its title shows ("министра ... Иоахима Херрманна"). */
  nominative?: string;
}

/**
 * The grouping key of a reference: mentions with one key are one entity.
 * @param ref What a mention names.
 * @returns A key such as `org:taliban`, `found:person:bakyt-ormonov`.
 */
export function refKey(ref: EntityRef): string {
  switch (ref.kind) {
    case 'org':
    case 'place':
      return `${ref.kind}:${ref.entry.id}`;
    case 'instance':
      return `instance:${ref.generic.id}|${ref.country.code}`;
    case 'country':
      return `country:${ref.entry.code}`;
    case 'city':
      return `city:${slugify(ref.entry.name)}|${ref.entry.country}`;
    case 'found':
      return `found:${ref.type}:${slugify(ref.name)}`;
  }
}

/**
 * The entity type of a reference.
 * @param ref What a mention names.
 * @returns person, organization or place.
 */
export function refType(ref: EntityRef): EntityType {
  switch (ref.kind) {
    case 'org':
    case 'instance':
      return 'organization';
    case 'place':
    case 'country':
    case 'city':
      return 'place';
    case 'found':
      return ref.type;
  }
}

/**
 * Build a mention.
 * @param para Paragraph index.
 * @param start First token.
 * @param end Index past the last token.
 * @param text The paragraph's text and token offsets, to cut the surface.
 * @param ref What it names.
 * @param nameCandidate Whether the surface may be the entity's name.
 * @param country Country evidence, if any.
 * @returns The mention.
 */
export function makeMention(
  para: number,
  start: number,
  end: number,
  text: { source: string; startOffset: number; endOffset: number },
  ref: EntityRef,
  nameCandidate: boolean,
  country?: string,
): Mention {
  const mention: Mention = {
    para,
    start,
    end,
    surface: text.source.slice(text.startOffset, text.endOffset),
    type: refType(ref),
    ref,
    nameCandidate,
  };
  if (country !== undefined) mention.country = country;
  return mention;
}
