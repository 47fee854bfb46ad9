/**
 * Votes from an NLP library (compromise) on the type of names found in a paragraph. The library misses many
 * names and mislabels others ("Secretary of State Antony Blinken" → a place "State Antony"), so it never adds
 * a name on its own: it only adds one vote to a candidate that archive-wide discovery found, when the library
 * tags a span that holds the candidate as a whole phrase.
 */
import nlp from 'compromise';
import type { EntityType } from '../types.js';

/** A span the library tagged, with the type it gave. */
export interface LibraryTag {
  text: string;
  type: EntityType;
}

/** The person, place and organisation spans compromise finds in a paragraph. */
export function libraryTags(paragraph: string): LibraryTag[] {
  const doc = nlp(paragraph);
  const clean = (items: string[]) => items.map((item) => item.replace(/[\s.,;:!?'"“”‘’()]+$/u, '').replace(/^[\s'"“”‘’(]+/u, '')).filter(Boolean);
  return [
    ...clean(doc.people().out('array') as string[]).map((text) => ({ text, type: 'person' as const })),
    ...clean(doc.places().out('array') as string[]).map((text) => ({ text, type: 'place' as const })),
    ...clean(doc.organizations().out('array') as string[]).map((text) => ({ text, type: 'organization' as const })),
  ];
}

/** The types the library gives to `name`: every tagged span that holds it as whole words. */
export function libraryTypesOf(name: string, tags: LibraryTag[]): EntityType[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'u');
  return [...new Set(tags.filter((tag) => whole.test(tag.text)).map((tag) => tag.type))];
}
