/** Articles → the story's timeline: dated sentences, merged across the outlets that report them. */
import type { Mention } from '../entities/match-mentions.js';
import { STOPWORDS } from '../extract/vocabulary.js';
import { splitSentences } from '../extract/split-sentences.js';
import type { Article, EventSource, TimelineEvent } from '../types.js';
import { slugify } from '../util/slugify.js';
import { type DateExpression, findDateExpressions } from './find-date-expressions.js';
import { daysBetween } from './calendar.js';

/** A date phrase that could not be resolved, for the build report. */
export interface UnresolvedDate {
  article: string;
  paragraph: number;
  phrase: string;
  reason: string;
}

/** The timeline and the phrases left unresolved. */
export interface TimelineResult {
  events: TimelineEvent[];
  unresolved: UnresolvedDate[];
}

interface Draft {
  date: string;
  precision: TimelineEvent['precision'];
  qualifier: TimelineEvent['qualifier'];
  source: EventSource;
  entities: Set<string>;
  words: Set<string>;
  order: number;
}

/** Content words of a sentence, crudely stemmed, for comparing two reports. */
function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? [])
      .filter((word) => !STOPWORDS.has(word) && word.length > 2)
      .map((word) => word.replace(/['’]s$/, '').slice(0, 6)),
  );
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Two reports of one date describe the same event when they share wording, or distinctive entities and
 * some wording. Entities in most reports (the story's main country, say) tell no events apart.
 */
function sameEvent(a: Draft, b: Draft, distinctive: (draft: Draft) => Set<string>): boolean {
  const words = jaccard(a.words, b.words);
  if (a.source.article === b.source.article) return words >= 0.5;
  const theirs = distinctive(b);
  let shared = 0;
  for (const entity of distinctive(a)) if (theirs.has(entity)) shared++;
  // Months and years hold few events in a story; a little shared wording is enough there.
  if (a.precision === 'month' || a.precision === 'year') return words >= 0.15 || shared >= 1;
  return words >= 0.3 || (shared >= 1 && words >= 0.2) || (shared >= 2 && words >= 0.1);
}

/** One date phrase of an article, where it was found. */
export interface FoundDate {
  paragraph: number;
  sentence: string;
  offset: number;
  expression: DateExpression;
}

/**
 * A day of the story the archive's dated articles tell: the middle of their published days, when they all fall
 * within a year of one another (else null: an archive of many years gives no one year to a date without one).
 */
export function storyDay(articles: readonly Pick<Article, 'published'>[]): string | null {
  const days = articles.map((article) => article.published).filter((day): day is string => Boolean(day)).sort();
  if (!days.length || daysBetween(days[0], days.at(-1)!) > STORY_SPAN) return null;
  return days[Math.floor((days.length - 1) / 2)];
}

/** The most days between the first and last published day of a story's articles. */
const STORY_SPAN = 366;

/**
 * The date phrases of one article, resolved against its published date and the dates before them; an article
 * without a published date gives a yearless day or month the year nearest `story` (see `storyDay`), if given.
 */
export function findArticleDates(article: Pick<Article, 'paragraphs' | 'blocks' | 'published'> & { story?: string | null }): FoundDate[] {
  const found: FoundDate[] = [];
  let anchor: { date: string; paragraph: number } | null = null;
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    if (article.blocks[paragraphIndex]?.kind === 'heading') return;
    // An anchor carries through a short passage ("Following that May 13 meeting … two days later"), no further.
    if (anchor && paragraphIndex - anchor.paragraph > 2) anchor = null;
    for (const sentence of splitSentences(paragraph)) {
      for (const expression of findDateExpressions(sentence.text, { published: article.published, anchor: anchor?.date ?? null, story: article.story ?? null })) {
        if (expression.date !== null && expression.absolute && expression.precision === 'day') anchor = { date: expression.date, paragraph: paragraphIndex };
        found.push({ paragraph: paragraphIndex, sentence: sentence.text, offset: sentence.start, expression });
      }
    }
  });
  return found;
}

/**
 * Build the timeline. `mentions` gives, per article and block, the entity mentions (see buildEntityIndex);
 * `datesOf` finds an article's dates (default: `findArticleDates`; the build passes a memoised one).
 */
export function buildTimeline(articles: Article[], mentions: Record<string, Mention[][]>, datesOf: (article: Article) => FoundDate[] = findArticleDates): TimelineResult {
  const drafts: Draft[] = [];
  const unresolved: UnresolvedDate[] = [];
  articles.forEach((article, articleOrder) => {
    const seen = new Set<string>();
    for (const { paragraph, sentence, offset, expression } of datesOf(article)) {
      if (expression.date === null) {
        unresolved.push({ article: article.id, paragraph, phrase: expression.phrase, reason: expression.resolution });
        continue;
      }
      if (!expression.event) continue;
      // One report per date and precision per sentence.
      const key = `${paragraph}|${offset}|${expression.date}|${expression.precision}`;
      if (seen.has(key)) continue;
      seen.add(key);
      drafts.push(draftOf(article, paragraph, sentence, offset, expression, mentions[article.id]?.[paragraph] ?? [], articleOrder));
    }
  });
  return { events: mergeDrafts(drafts, articles), unresolved };
}

function draftOf(article: Article, paragraph: number, sentence: string, offset: number, expression: DateExpression, blockMentions: Mention[], order: number): Draft {
  const end = offset + sentence.length;
  const entities = new Set(blockMentions.filter((mention) => mention.start >= offset && mention.end <= end).map((mention) => mention.entity));
  return {
    date: expression.date!,
    precision: expression.precision,
    qualifier: expression.qualifier,
    source: { article: article.id, paragraph, sentence, phrase: expression.phrase, resolution: expression.resolution },
    entities,
    words: contentWords(clauseOf(sentence, expression.phrase).replace(expression.phrase, ' ')),
    order,
  };
}

/** Merge the drafts of each date into events (single-link clustering on `sameEvent`). */
function mergeDrafts(drafts: Draft[], articles: Article[]): TimelineEvent[] {
  const frequency = new Map<string, number>();
  for (const draft of drafts) for (const entity of draft.entities) frequency.set(entity, (frequency.get(entity) ?? 0) + 1);
  const common = new Set([...frequency].filter(([, count]) => count >= drafts.length * 0.25).map(([entity]) => entity));
  const distinctiveOf = new Map(drafts.map((draft) => [draft, new Set([...draft.entities].filter((entity) => !common.has(entity)))]));
  const distinctive = (draft: Draft) => distinctiveOf.get(draft)!;
  const outletOf = new Map(articles.map((article) => [article.id, article.outlet]));
  const byDate = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = `${draft.date}|${draft.precision}|${draft.qualifier ?? ''}`;
    const list = byDate.get(key);
    if (list) list.push(draft);
    else byDate.set(key, [draft]);
  }
  const events: TimelineEvent[] = [];
  for (const group of byDate.values()) {
    const parent = group.map((_, index) => index);
    const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index])));
    for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) {
      // Already together: no need to compare.
      if (find(a) !== find(b) && sameEvent(group[a], group[b], distinctive)) parent[find(b)] = find(a);
    }
    const clusters = new Map<number, Draft[]>();
    group.forEach((draft, index) => {
      const list = clusters.get(find(index));
      if (list) list.push(draft);
      else clusters.set(find(index), [draft]);
    });
    for (const cluster of clusters.values()) {
      cluster.sort((a, b) => a.order - b.order || a.source.paragraph - b.source.paragraph);
      // The report sharing most with the others speaks for the event.
      const scores = new Map(cluster.map((draft) => [draft, score(draft, cluster)]));
      const lead = [...cluster].sort((a, b) => scores.get(b)! - scores.get(a)! || a.order - b.order)[0];
      const articleIds = [...new Set(cluster.map((draft) => draft.source.article))];
      events.push({
        id: '',
        date: lead.date,
        precision: lead.precision,
        qualifier: lead.qualifier,
        text: eventText(lead.source.sentence, lead.source.phrase),
        phrase: lead.source.phrase,
        articles: articleIds,
        outlets: [...new Set(articleIds.map((id) => outletOf.get(id)).filter((outlet): outlet is string => Boolean(outlet)))],
        entities: [...new Set(cluster.flatMap((draft) => [...draft.entities]))].sort(),
        sources: cluster.map((draft) => draft.source),
      });
    }
  }
  const order = new Map(articles.map((article, index) => [article.id, index]));
  events.sort((a, b) => a.date.localeCompare(b.date) || order.get(a.articles[0])! - order.get(b.articles[0])! || a.sources[0].paragraph - b.sources[0].paragraph);
  const used = new Set<string>();
  for (const event of events) {
    const base = `${event.date}-${slugify(event.text, 40)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    event.id = id;
  }
  return events;
}

function score(draft: Draft, cluster: Draft[]): number {
  return cluster.reduce((sum, other) => sum + (other === draft ? 0 : jaccard(draft.words, other.words)), 0);
}

/** Words of a sentence that an event's line shows whole. */
const WHOLE_SENTENCE = 40;

/** A part of a sentence that is capitalised words only, up to the next comma: a name in apposition. */
const NAME_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*\s*)+[,;:]/u;

/**
 * The line an event shows: its sentence, or in a long one the clause holding the date phrase, widened back to
 * the clause's subject (a part that opens in lower case continues the one before it: "…, including a flare, were
 * thrown tonight as …" is no event without what was thrown).
 */
export function eventText(sentence: string, phrase: string): string {
  if (sentence.split(/\s+/).length <= WHOLE_SENTENCE) return sentence;
  const clause = clauseOf(sentence, phrase);
  const raw = clause.charAt(0).toLowerCase() + clause.slice(1);
  const at = sentence.indexOf(raw) >= 0 ? sentence.indexOf(raw) : sentence.indexOf(clause);
  if (at <= 0 || !/^\p{Ll}/u.test(sentence.slice(at))) return clause;
  // Back to the start of the nearest part before it that opens in capitals (or the sentence's start); a part that
  // is a name and nothing else is in apposition, no clause ("… meet in Belém, Brazil, on 10 November to …").
  const before = sentence.slice(0, at);
  const opening = [...before.matchAll(/[,;:]\s+(?=[\p{Lu}"“])/gu)].reverse()
    .find((found) => !NAME_ONLY.test(before.slice(found.index + found[0].length)));
  const start = opening ? opening.index + opening[0].length : 0;
  return sentence.slice(start, at + raw.length).replace(/[,;:]$/, '');
}

/** The clause of a sentence that holds the date phrase: the comma-delimited part, widened when too short. */
export function clauseOf(sentence: string, phrase: string): string {
  const at = sentence.indexOf(phrase);
  if (at < 0) return sentence;
  const parts = sentence.split(/(?<=[,;:])\s+(?=[\p{Ll}\p{Lu}"“])/u);
  let offset = 0;
  let index = 0;
  for (; index < parts.length; index++) {
    if (at < offset + parts[index].length) break;
    offset += parts[index].length + 1;
  }
  let start = index;
  let end = index;
  const words = () => parts.slice(start, end + 1).join(' ').split(/\s+/).length;
  while (words() < 10 && (start > 0 || end < parts.length - 1)) {
    if (end < parts.length - 1) end++;
    else start--;
  }
  const clause = parts.slice(start, end + 1).join(' ').replace(/[,;:]$/, '');
  return /^\p{Ll}/u.test(clause) ? clause.charAt(0).toUpperCase() + clause.slice(1) : clause;
}
