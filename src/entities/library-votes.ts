/**
 * Votes from an NLP library (compromise) on the type of names found in the text. The library misses many
 * names and mislabels others ("Secretary of State Antony Blinken" → a place "State Antony"), so it never adds
 * a name on its own: it only adds one vote to an occurrence that has no evidence of its own type, when the
 * library tags a span that holds the name as a whole phrase.
 *
 * The library is slow (tens of microseconds a word), so it reads a few sentences per name across the whole
 * archive, not every occurrence: the cost grows with the number of distinct names, not with the archive's size.
 */
import { memoKey } from '../cache/memo.js';
import { nlp } from './nlp.js';
import type { EntityType } from '../types.js';
import type { Candidate } from './discover-candidates.js';
import { escapeRegExp } from '../util/escape-regexp.js';

/** A span the library tagged, with the type it gave. */
export interface LibraryTag {
  text: string;
  type: EntityType;
}

/** Memo stage of the library's reading of one sentence (the pipeline and the worker pool must agree on it). */
export const LIBRARY_STAGE = 'library';

/** Sentences the library reads per name. */
export const SENTENCES_PER_NAME = 3;

/** The person, place and organisation spans compromise finds in a sentence. */
export function libraryTags(sentence: string): LibraryTag[] {
  const doc = nlp(sentence);
  const clean = (items: string[]) => items.map((item) => item.replace(/[\s.,;:!?'"“”‘’()]+$/u, '').replace(/^[\s'"“”‘’(]+/u, '')).filter(Boolean);
  return [
    ...clean(doc.people().out('array') as string[]).map((text) => ({ text, type: 'person' as const })),
    ...clean(doc.places().out('array') as string[]).map((text) => ({ text, type: 'place' as const })),
    ...clean(doc.organizations().out('array') as string[]).map((text) => ({ text, type: 'organization' as const })),
  ];
}

/** The library's reading of one sentence as a memo entry (key → tags), for a worker to compute ahead. */
export function libraryEntry(sentence: string): [string, unknown] {
  return [memoKey(LIBRARY_STAGE, sentence), libraryTags(sentence)];
}

/** The types the library gives to `name`: every tagged span that holds it as whole words. */
export function libraryTypesOf(name: string, tags: LibraryTag[]): EntityType[] {
  // Most spans do not hold the name at all: the pattern is built only for those that do.
  const holding = tags.filter((tag) => tag.text.includes(name));
  if (!holding.length) return [];
  const whole = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?:$|[^\\p{L}\\p{N}])`, 'u');
  return [...new Set(holding.filter((tag) => whole.test(tag.text)).map((tag) => tag.type))];
}

/**
 * Per name with occurrences that have no evidence of their type: the sentence of its first such occurrence in each
 * article, and the few of them the library reads (`SENTENCES_PER_NAME`, chosen by their text, so the choice does
 * not depend on file order).
 */
function sampleSentences(candidates: Candidate[]): Map<string, { byArticle: Map<string, string>; sampled: string[] }> {
  const sentencesOf = new Map<string, Map<string, string>>();
  for (const candidate of candidates) {
    if (candidate.sentence === undefined) continue;
    const byArticle = sentencesOf.get(candidate.name) ?? new Map<string, string>();
    if (!byArticle.has(candidate.article)) byArticle.set(candidate.article, candidate.sentence);
    sentencesOf.set(candidate.name, byArticle);
  }
  return new Map([...sentencesOf].map(([name, byArticle]) => [name, { byArticle, sampled: [...new Set(byArticle.values())].sort().slice(0, SENTENCES_PER_NAME) }]));
}

/** The sentences `addLibraryVotes` reads for these candidates, each once (to read them ahead, in parallel). */
export function librarySentences(candidates: Candidate[]): string[] {
  return [...new Set([...sampleSentences(candidates).values()].flatMap(({ sampled }) => sampled))];
}

/**
 * Add the library's votes to the candidates that have none of their own. Per name, the library reads up to
 * `SENTENCES_PER_NAME` of the sentences it occurs in (the first occurrence in each article; chosen by their
 * text, so the choice does not depend on file order). An occurrence in an article whose sentence was read gets
 * that reading; the others get the types most readings agree on. `read` tags one sentence (memoise it there).
 */
export function addLibraryVotes(candidates: Candidate[], readSentence: (sentence: string) => LibraryTag[] = libraryTags): Candidate[] {
  // A sentence several names share is read once.
  const tagsOf = new Map<string, LibraryTag[]>();
  const read = (sentence: string) => tagsOf.get(sentence) ?? tagsOf.set(sentence, readSentence(sentence)).get(sentence)!;
  const readings = new Map<string, { byArticle: Map<string, EntityType[]>; agreed: EntityType[] }>();
  for (const [name, { byArticle, sampled }] of sampleSentences(candidates)) {
    const typesOf = new Map(sampled.map((sentence) => [sentence, libraryTypesOf(name, read(sentence))]));
    const tally = new Map<EntityType, number>();
    for (const types of typesOf.values()) for (const type of types) tally.set(type, (tally.get(type) ?? 0) + 1);
    const agreed = [...tally].filter(([, count]) => count * 2 > sampled.length).map(([type]) => type);
    const perArticle = new Map<string, EntityType[]>();
    for (const [article, sentence] of byArticle) { const types = typesOf.get(sentence); if (types) perArticle.set(article, types); }
    readings.set(name, { byArticle: perArticle, agreed });
  }
  return candidates.map((candidate) => {
    if (candidate.sentence === undefined) return candidate;
    const reading = readings.get(candidate.name)!;
    const types = reading.byArticle.get(candidate.article) ?? reading.agreed;
    const { sentence: _sentence, ...rest } = candidate;
    const votes = { ...candidate.votes };
    for (const type of types) votes[type] = (votes[type] ?? 0) + 1;
    return { ...rest, votes, library: Object.fromEntries(types.map((type) => [type, 1])) };
  });
}
