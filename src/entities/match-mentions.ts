/**
 * Find where known entity names occur in text: whole words only, longest name first, no unit after a number, no
 * name of someone else's generation.
 */
import { GENERATION_AFTER, isUnitAt, TAKES_PLURAL_S } from './name-vocabulary.js';
import { escapeRegExp } from '../util/escape-regexp.js';

/** One mention: offsets in the text and the entity it names. */
export interface Mention {
  start: number;
  end: number;
  entity: string;
}

/** A function that lists the mentions in a text, in order, without overlaps. */
export type MentionMatcher = (text: string) => Mention[];


/** Straight apostrophes for curly ones: the same length, so offsets in the result are offsets in the input. */
const straighten = (text: string) => text.replace(/’/g, "'");
/** The first word of a name: the run of letters and digits it opens with ("" when it opens otherwise). */
const firstWord = (name: string) => /^[\p{L}\p{N}]+/u.exec(name)?.[0] ?? '';
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Names grouped by their first word (longest first in each group), and the few that open with a sign. */
function byFirstWord(names: Iterable<string>): { byWord: Map<string, string[]>; other: string[] } {
  const byWord = new Map<string, string[]>();
  const other: string[] = [];
  for (const name of names) {
    if (!name.trim()) continue;
    const word = firstWord(name);
    if (!word) { other.push(name); continue; }
    const group = byWord.get(word);
    if (group) group.push(name);
    else byWord.set(word, [name]);
  }
  for (const group of byWord.values()) group.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return { byWord, other };
}

/** The owner of a name that is no entity's: a longer name that holds an entity's ("North America", "Voice of America"). */
const SHADOW = '\0';

/**
 * Build a matcher from entity id → names. Names match case-sensitively, never inside a longer word, longest
 * first; apostrophes in names are written both ways and a match accepts either. When two entities share a
 * name, the first one given owns it. `shadows` are longer names of something else that hold an entity's name
 * ("Voice of America" holds "America"): where one occurs, the name inside it is no mention. The matcher walks the
 * text's words and tries only the names that open with each word, so its cost grows with the text, not with the
 * number of names.
 */
export function createMentionMatcher(namesById: ReadonlyMap<string, readonly string[]>, shadows: readonly string[] = []): MentionMatcher {
  const owner = new Map<string, string>();
  for (const [id, names] of namesById) for (const name of names) if (name.trim() && !owner.has(straighten(name))) owner.set(straighten(name), id);
  if (owner.size === 0) return () => [];
  for (const name of shadows) if (name.trim() && !owner.has(straighten(name))) owner.set(straighten(name), SHADOW);
  const { byWord, other } = byFirstWord(owner.keys());
  // Names that open with a sign rather than a word are rare: a pattern finds them.
  const pattern = other.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${other.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
  return (text) => {
    const straight = straighten(text);
    const found: Mention[] = [];
    for (const match of straight.matchAll(WORD)) {
      const start = match.index;
      // A word may be a one-word name's plural ("NGOs"): the names that open with the word without its "s" too.
      const singular = match[0].length > 2 && match[0].endsWith('s') ? byWord.get(match[0].slice(0, -1)) ?? [] : [];
      for (const name of [...(byWord.get(match[0]) ?? []), ...singular]) {
        const end = start + name.length;
        // A code or an acronym takes a plural "s" ("F-16s", "NGOs"): the mention is the name and its "s".
        const plural = straight[end] === 's' && TAKES_PLURAL_S.test(name) && !WORD_CHAR.test(straight[end + 1] ?? '') ? 1 : 0;
        if (straight.startsWith(name, start) && (plural || !WORD_CHAR.test(straight[end] ?? ''))) {
          // A name followed by a generation is a relative's ("Donald Trump Jr." is not Donald Trump).
          if (!isUnitAt(straight, start, name) && !GENERATION_AFTER.test(straight.slice(end, end + 6))) found.push({ start, end: end + plural, entity: owner.get(name)! });
          break;
        }
      }
    }
    if (pattern) for (const match of straight.matchAll(pattern)) found.push({ start: match.index, end: match.index + match[0].length, entity: owner.get(match[0])! });
    // Leftmost first, longest at a tie; a mention never overlaps one before it.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    for (const mention of found) if (!mentions.length || mention.start >= mentions[mentions.length - 1].end) mentions.push(mention);
    return mentions.filter((mention) => mention.entity !== SHADOW);
  };
}

/**
 * An index over many names that tells, for a text, which of them occur in it as written (apostrophes either
 * way). It looks names up by their first word, so the cost grows with the text, not with the number of names:
 * an archive's thousands of candidate names are narrowed to the few each article holds before matching.
 */
export function createNameIndex(names: Iterable<string>): (text: string) => Set<string> {
  const { byWord, other: always } = byFirstWord(new Set(names));
  const straightened = new Map([...byWord.values(), always].flat().map((name) => [name, straighten(name)]));
  return (text) => {
    const found = new Set<string>();
    const straight = straighten(text);
    const occurs = (name: string) => straight.includes(straightened.get(name)!);
    for (const name of always) if (occurs(name)) found.add(name);
    for (const word of new Set(straight.match(WORD) ?? [])) {
      for (const name of byWord.get(word) ?? []) if (occurs(name)) found.add(name);
    }
    return found;
  };
}
