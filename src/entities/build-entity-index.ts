/** Articles → the archive's recurring entities: discovered, grouped, curated, counted, in context. */
import { type Memo, noMemo } from '../cache/memo.js';
import { splitSentences } from '../extract/split-sentences.js';
import type { Article, Entity, MentionContext, Quote } from '../types.js';
import { uniqueSlugs } from '../util/slugify.js';
import { type Curation, applyCuration, type CuratedDraft } from './curation.js';
import { candidatesInput, runCandidates, STAGES } from '../article-stages.js';
import { findQuotes, speechVerbAfter } from './find-quotes.js';
import { dictionary, groupCandidates } from './group-candidates.js';
import { addLibraryVotes, LIBRARY_STAGE, libraryTags } from './library-votes.js';
import { createMentionMatcher, createNameIndex, type Mention, type MentionMatcher } from './match-mentions.js';
import { PERSON_TITLES } from './name-vocabulary.js';
import type { Candidate } from './discover-candidates.js';

/** Sentences kept per entity and article (`Entity.contexts`). */
export const CONTEXTS_PER_ARTICLE = 3;

/** Options of `buildEntityIndex`. */
export interface EntityIndexOptions {
  /** User corrections (optional). */
  curation?: Curation | null;
  /** Articles an entity must appear in to get a page (default: 2). */
  minArticles?: number;
  /**
   * article id → the first article of the texts it shares most of its text with (a page saved twice, one wire
   * story in two outlets): such articles count as one towards `minArticles` (default: none).
   */
  sameText?: ReadonlyMap<string, string>;
  /** Memo for per-article discovery (default: none). */
  memo?: Memo;
  /** Called after each article's discovery (optional). */
  progress?: (stage: string, done: number, total: number) => void;
}

/** Entities with pages, and the mentions of each article's blocks (for linking). */
export interface EntityIndex {
  entities: Entity[];
  /** article id → per block, the mentions of entities that have pages. */
  mentions: Record<string, Mention[][]>;
  /** article id → a matcher for the entities with pages, as named in that article (for linking). */
  matchers: Record<string, MentionMatcher>;
  /** article id → the names each entity with a page is matched by there (what its matcher is made of). */
  names: Record<string, [string, string[]][]>;
}

/**
 * For each article, the names each entity is matched by there: the entity's names that occur in the article,
 * plus a surname shared by several people when the article names exactly one of them in full.
 */
function articleNames(drafts: CuratedDraft[], ids: string[], seen: Map<string, Set<string>>): (article: Article) => Map<string, string[]> {
  const namesOf = drafts.map((draft) => [draft.name, ...draft.aliases]);
  const bearers = new Map<string, number[]>();
  drafts.forEach((draft, index) => { for (const surname of draft.ambiguousSurnames) bearers.set(surname, [...(bearers.get(surname) ?? []), index]); });
  const owners = new Map<string, number[]>();
  namesOf.forEach((names, index) => { for (const name of names) owners.set(name, [...(owners.get(name) ?? []), index]); });
  const vocabulary = [...owners.keys(), ...bearers.keys()];
  const known = new Set(vocabulary);
  const present = createNameIndex(vocabulary);
  return (article) => {
    // The names an article holds were found once against a larger vocabulary (every draft's): narrowing that
    // set gives what a scan of the text with these names alone would.
    const before = seen.get(article.id);
    const found = before ? new Set([...before].filter((name) => known.has(name))) : present([...new Set([...article.paragraphs, ...article.blocks.map((block) => block.text)])].join('\n'));
    if (!before) seen.set(article.id, found);
    const full = (index: number, surname: string) => namesOf[index].some((name) => name !== surname && found.has(name));
    const byDraft = new Map<number, string[]>();
    const give = (index: number, name: string) => byDraft.set(index, [...(byDraft.get(index) ?? []), name]);
    for (const name of found) for (const index of owners.get(name) ?? []) give(index, name);
    for (const [surname, indexes] of bearers) {
      if (!found.has(surname)) continue;
      // A shared surname belongs to a person here only if no other bearer is named in full in the article.
      const named = indexes.filter((index) => full(index, surname));
      if (named.length === 1) give(named[0], surname);
    }
    // Draft order decides which entity owns a name two of them share, as in the archive-wide order.
    return new Map([...byDraft.entries()].sort((a, b) => a[0] - b[0]).map(([index, names]) => [ids[index], names]));
  };
}

/**
 * The longer names each article holds, a name of several words the text writes as one: a shorter name inside one
 * is no mention of its own ("America" in "North America", "Mexico" in "New Mexico", "Washington" in "The Washington
 * Post", "Israel" in "Israel Katz"). Not a run that a sentence opens with a common word ("Whether Washington"),
 * nor one that holds a title or another person's name ("PM Liz Truss": a person is named inside no longer name),
 * nor two names side by side ("US Congress" names the United States and Congress).
 */
function longerNames(candidates: Candidate[], drafts: CuratedDraft[], lowerWords: ReadonlySet<string>): Map<string, string[]> {
  const personOf = new Map<string, number>();
  drafts.forEach((draft, index) => { if (draft.type === 'person') for (const name of [draft.name, ...draft.aliases]) personOf.set(name, index); });
  const holdsPerson = createNameIndex(personOf.keys());
  const holdsOther = (name: string) => [...holdsPerson(name)].some((person) => personOf.get(person) !== personOf.get(name));
  const named = new Set(drafts.flatMap((draft) => [draft.name, ...draft.aliases]));
  const twoNames = (words: string[]) => words.some((_, at) => at > 0 && named.has(words.slice(0, at).join(' ')) && named.has(words.slice(at).join(' ')));
  const byArticle = new Map<string, Set<string>>();
  for (const candidate of candidates) {
    const words = candidate.name.split(/\s+/);
    if (words.length < 2 || (candidate.sentenceInitial && lowerWords.has(words[0].toLowerCase()))) continue;
    if (words.some((word) => PERSON_TITLES.has(word)) || holdsOther(candidate.name) || twoNames(words)) continue;
    byArticle.set(candidate.article, (byArticle.get(candidate.article) ?? new Set()).add(candidate.name));
  }
  return new Map([...byArticle].map(([article, names]) => [article, [...names]]));
}

/** Does the text name a person who has no page (two capitalised words outside any mention)? */
function namesSomeoneElse(text: string, mentions: Mention[], offset: number): boolean {
  for (const match of text.matchAll(/\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+\b/gu)) {
    const start = offset + match.index;
    const end = start + match[0].length;
    if (!mentions.some((mention) => mention.start < end && mention.end > start)) return true;
  }
  return false;
}

/**
 * Match every article with its own names: per-article matchers, mentions per block, counts per entity and
 * article. The matching is memoised on the article's text and the lists of names alone (not the entity ids,
 * which number entities archive-wide), so a rebuild matches only articles whose text or names changed.
 */
function matchAll(articles: Article[], namesOf: (article: Article) => Map<string, string[]>, shadowsOf: ReadonlyMap<string, string[]>, memo: Memo, progress?: (done: number, total: number) => void) {
  const matchers: Record<string, MentionMatcher> = {};
  const names: Record<string, [string, string[]][]> = {};
  const blocksOf: Record<string, Mention[][]> = {};
  const counts = new Map<string, Map<string, number>>();
  for (const [index, article] of articles.entries()) {
    progress?.(index + 1, articles.length);
    const named = namesOf(article);
    const entries = [...named];
    const shadows = shadowsOf.get(article.id) ?? [];
    matchers[article.id] = createMentionMatcher(named, shadows);
    names[article.id] = entries;
    const found = memo(STAGES.mentions, { paragraphs: article.paragraphs, names: entries.map(([, list]) => list), shadows }, () => {
      // The same order of names, so the same entity owns a shared name; mentions as [start, end, entity's place].
      const matcher = createMentionMatcher(new Map(entries.map(([, list], place) => [String(place), list])), shadows);
      return article.paragraphs.map((paragraph) => matcher(paragraph).map((mention) => [mention.start, mention.end, Number(mention.entity)] as [number, number, number]));
    });
    blocksOf[article.id] = found.map((block) => block.map(([start, end, place]) => ({ start, end, entity: entries[place][0] })));
    for (const mention of blocksOf[article.id].flat()) {
      const byArticle = counts.get(mention.entity) ?? new Map<string, number>();
      byArticle.set(article.id, (byArticle.get(article.id) ?? 0) + 1);
      counts.set(mention.entity, byArticle);
    }
  }
  return { matchers, names, blocksOf, counts };
}

/** How many distinct texts the articles naming an entity are: copies of one text count once. */
function distinctTexts(byArticle: ReadonlyMap<string, number>, sameText: ReadonlyMap<string, string> | undefined): number {
  if (!sameText?.size) return byArticle.size;
  return new Set([...byArticle.keys()].map((article) => sameText.get(article) ?? article)).size;
}

/** Build the entity index of an archive. */
export function buildEntityIndex(articles: Article[], options: EntityIndexOptions = {}): EntityIndex {
  const minArticles = options.minArticles ?? 2;
  // Built article by article: one array of every word of a large archive would be hundreds of megabytes.
  const lowerWords = new Set<string>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) for (const word of paragraph.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []) lowerWords.add(word);
  }
  const memo = options.memo ?? noMemo;
  // Discovery reads one article at a time (the slow NLP part): memoised on the article's text alone.
  // A copy of a text found earlier adds no evidence of its names (it would count every vote of that text twice).
  const candidates = articles.flatMap((article, index) => {
    options.progress?.('entities', index + 1, articles.length);
    if ((options.sameText?.get(article.id) ?? article.id) !== article.id) return [];
    const paragraphs = candidatesInput(article);
    return memo(STAGES.candidates, paragraphs, () => runCandidates(paragraphs)).map((candidate) => ({ ...candidate, article: article.id }));
  });
  const voted = addLibraryVotes(candidates, (sentence) => memo(LIBRARY_STAGE, sentence, () => libraryTags(sentence)));
  // Dictionary look-ups memoised per word and name, so a rebuild with no new ones never loads compromise.
  const words = {
    isCommonWord: (word: string) => memo('common-word', word, () => dictionary.isCommonWord(word)),
    isPersonName: (name: string) => memo('person-name', name, () => dictionary.isPersonName(name)),
    isFirstName: (word: string) => memo('first-name', word, () => dictionary.isFirstName(word)),
    isCommonNoun: (word: string) => memo('common-noun', word, () => dictionary.isCommonNoun(word)),
  };
  const drafts = applyCuration(groupCandidates(voted, lowerWords, words), options.curation ?? { entities: [] });
  const draftIds = drafts.map((_, index) => `e${index}`);
  const shadowsOf = longerNames(candidates, drafts, lowerWords);
  // Count every draft's mentions, then keep those that recur.
  // The names each article holds, found in the first pass over every draft and narrowed in the second.
  const seen = new Map<string, Set<string>>();
  const { counts } = matchAll(articles, articleNames(drafts, draftIds, seen), shadowsOf, memo, (done, total) => options.progress?.('mentions', done, total));
  const kept = drafts
    .map((draft, index) => ({ draft, draftId: draftIds[index], byArticle: counts.get(draftIds[index]) ?? new Map<string, number>() }))
    .filter(({ draft, byArticle }) => distinctTexts(byArticle, options.sameText) >= minArticles || (draft.curated && byArticle.size > 0))
    .sort((a, b) => a.draft.name.localeCompare(b.draft.name));
  const ids = uniqueSlugs(kept.map(({ draft }) => draft.name), 'entity');
  const typeOf = new Map(kept.map(({ draft }, index) => [ids[index], draft.type]));
  // Second pass: only entities with pages, so counts, links and contexts agree exactly.
  const { matchers, names, blocksOf, counts: finalCounts } = matchAll(articles, articleNames(kept.map(({ draft }) => draft), ids, seen), shadowsOf, memo, (done, total) => options.progress?.('links', done, total));
  const contexts = new Map<string, MentionContext[]>();
  const quotes = new Map<string, Quote[]>();
  const related = new Map<string, Map<string, number>>();
  const mentions: Record<string, Mention[][]> = {};
  for (const article of articles) {
    // The second pass matched only entities with pages, under their final ids.
    const blocks = blocksOf[article.id];
    mentions[article.id] = blocks;
    let lastSpeaker: { entity: string; paragraph: number } | null = null;
    article.paragraphs.forEach((paragraph, paragraphIndex) => {
      const inBlock = blocks[paragraphIndex];
      for (const sentence of splitSentences(paragraph)) {
        const end = sentence.start + sentence.text.length;
        const inSentence = inBlock.filter((mention) => mention.start >= sentence.start && mention.end <= end);
        for (const draftId of new Set(inSentence.map((mention) => mention.entity))) {
          const id = draftId;
          const spans = inSentence.filter((mention) => mention.entity === draftId).map((mention) => [mention.start - sentence.start, mention.end - sentence.start] as [number, number]);
          const list = contexts.get(id) ?? [];
          // A few sentences per article are context enough, and keep the export's size linear in the archive.
          if (list.length >= CONTEXTS_PER_ARTICLE && list.at(-CONTEXTS_PER_ARTICLE)!.article === article.id) continue;
          list.push({ article: article.id, paragraph: paragraphIndex, sentence: sentence.text, spans });
          contexts.set(id, list);
        }
      }
      const present = [...new Set(inBlock.map((mention) => mention.entity))];
      for (const a of present) for (const b of present) {
        if (a === b) continue;
        const map = related.get(a) ?? new Map<string, number>();
        map.set(b, (map.get(b) ?? 0) + 1);
        related.set(a, map);
      }
      const speaker = lastSpeaker && lastSpeaker.paragraph >= paragraphIndex - 1 ? lastSpeaker.entity : null;
      for (const quote of findQuotes(paragraph, inBlock, (id) => typeOf.get(id) === 'person', speaker)) {
        const id = quote.entity;
        quotes.set(id, [...(quotes.get(id) ?? []), { article: article.id, paragraph: paragraphIndex, text: quote.text }]);
      }
      // The last person named as speaking, unless someone without a page is named after them.
      const speaking = inBlock.filter((mention) => typeOf.get(mention.entity) === 'person' && speechVerbAfter(paragraph, mention.end)).at(-1);
      if (speaking) lastSpeaker = { entity: speaking.entity, paragraph: paragraphIndex };
      const after = speaking ? paragraph.slice(speaking.end) : paragraph;
      if (namesSomeoneElse(after, inBlock.filter((mention) => mention.start >= (speaking?.end ?? 0)), speaking?.end ?? 0)) lastSpeaker = null;
    });
  }
  const order = new Map(articles.map((article, index) => [article.id, index]));
  const entities: Entity[] = kept.map(({ draft }, index) => {
    const id = ids[index];
    const byArticle = finalCounts.get(id) ?? new Map<string, number>();
    const mentionList = [...byArticle.entries()].sort((a, b) => order.get(a[0])! - order.get(b[0])!).map(([article, count]) => ({ article, count }));
    return {
      id,
      name: draft.name,
      type: draft.type,
      aliases: draft.aliases,
      url: `entities/${id}/`,
      description: draft.description,
      wikidata: draft.wikidata,
      mentions: mentionList,
      mentionCount: mentionList.reduce((sum, entry) => sum + entry.count, 0),
      contexts: contexts.get(id) ?? [],
      quotes: quotes.get(id) ?? [],
      related: [...(related.get(id) ?? new Map()).entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 10)
        .map(([entity, count]) => ({ entity, count })),
    };
  });
  return { entities: entities.filter((entity) => entity.mentions.length > 0), mentions, matchers, names };
}
