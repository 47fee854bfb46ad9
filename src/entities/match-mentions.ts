/** Find where known entity names occur in text: whole words only, longest name first. */

/** One mention: offsets in the text and the entity it names. */
export interface Mention {
  start: number;
  end: number;
  entity: string;
}

/** A function that lists the mentions in a text, in order, without overlaps. */
export type MentionMatcher = (text: string) => Mention[];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Build a matcher from entity id → names. Names match case-sensitively, never inside a longer word. */
export function createMentionMatcher(namesById: ReadonlyMap<string, readonly string[]>): MentionMatcher {
  const owner = new Map<string, string>();
  for (const [id, names] of namesById) for (const name of names) if (name.trim() && !owner.has(name)) owner.set(name, id);
  if (owner.size === 0) return () => [];
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape);
  // Apostrophes in names are written both ways; a match accepts either.
  const source = alternatives.map((name) => name.replace(/['’]/g, "['’]")).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
  const normalise = (found: string) => owner.get(found) ?? owner.get(found.replace(/’/g, "'")) ?? owner.get(found.replace(/'/g, '’'));
  return (text) => {
    const mentions: Mention[] = [];
    for (const match of text.matchAll(pattern)) {
      const entity = normalise(match[0]);
      // "U.S." at a sentence end swallows the period; a name ending in "." still matches.
      if (entity) mentions.push({ start: match.index, end: match.index + match[0].length, entity });
    }
    return mentions;
  };
}
