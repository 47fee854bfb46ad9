/**
 * The record types of Dossier, declared once as zod schemas.
 *
 * Every stage passes these plain, serialisable records (ISO date strings, no `Date`, no classes).
 * TypeScript types are inferred from the schemas and the export's JSON Schema is generated from them,
 * so the contract of `site/data/archive.json` is written exactly once.
 */
import { z } from 'zod';

/** A calendar date with the precision it is known to: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
/** A full calendar date `YYYY-MM-DD`. */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A problem found in one input file: errors leave the file out, warnings keep it. */
export const Problem = z.object({
  file: z.string().describe('file name as in seeds/'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type Problem = z.infer<typeof Problem>;

/** Fields a user may set by hand (front matter or sidecar); each wins over extraction. */
export const ArticleOverrides = z.object({
  title: z.string().optional(),
  outlet: z.string().optional(),
  published: IsoDay.optional(),
  authors: z.array(z.string()).optional(),
  dateline: z.string().optional(),
  originalUrl: z.string().optional(),
  language: z.string().optional(),
});
export type ArticleOverrides = z.infer<typeof ArticleOverrides>;

/** One input file, decoded, before extraction. */
export const RawDocument = z.object({
  sourceFile: z.string(),
  kind: z.enum(['txt', 'md', 'html']),
  /** Decoded text (the body only, for `.md`; the whole page source, for `.html`). */
  text: z.string(),
  encoding: z.string(),
  overrides: ArticleOverrides,
});
export type RawDocument = z.infer<typeof RawDocument>;

/** Inline markup over part of a block's text, as a Markdown article writes it: a link to an address, emphasis, code. */
export const InlineSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['link', 'emphasis', 'strong', 'code']),
  url: z.string().optional().describe('a link\'s address (http, https or mailto)'),
});
export type InlineSpan = z.infer<typeof InlineSpan>;

/** One block of an article body. */
export const BodyBlock = z.object({
  kind: z.enum(['paragraph', 'heading', 'list-item']),
  text: z.string(),
  number: z.number().int().nonnegative().optional().describe('a list item\'s number, in a numbered list'),
  spans: z.array(InlineSpan).optional().describe('inline markup over the text (offsets into it), nested or apart'),
});
export type BodyBlock = z.infer<typeof BodyBlock>;

/** A piece of the input that extraction left out, and why. */
export const RemovedBlock = z.object({ text: z.string(), reason: z.string() });
export type RemovedBlock = z.infer<typeof RemovedBlock>;

/** How a metadata field was found. */
export const Evidence = z.object({
  source: z.string().describe('rule or field that supplied the value'),
  text: z.string().describe('the input text it was read from'),
  confidence: z.number().min(0).max(1),
});
export type Evidence = z.infer<typeof Evidence>;

/** A cleaned, dated article. */
export const Article = z.object({
  id: z.string().describe('readable slug, unique in the archive'),
  sourceFile: z.string().describe('file name as in seeds/'),
  url: z.string().describe('page path relative to the site root'),
  title: z.string(),
  titleDerived: z.boolean().describe('true when the text had no headline and the title was made from the lead'),
  outlet: z.string().nullable(),
  published: IsoDay.nullable(),
  authors: z.array(z.string()),
  contributors: z.array(z.string()),
  dateline: z.string().nullable(),
  originalUrl: z.string().nullable(),
  language: z.string().nullable(),
  paragraphs: z.array(z.string()).describe('cleaned body as plain text, in order; subheadings are entries too'),
  blocks: z.array(BodyBlock).describe('the same body with each entry\'s kind'),
  evidence: z.record(z.string(), Evidence).describe('how title, outlet, published, authors were found'),
  removed: z.array(RemovedBlock).describe('input left out of the body, with the reason'),
});
export type Article = z.infer<typeof Article>;

export const EntityType = z.enum(['person', 'place', 'organization', 'thing', 'event']);
export type EntityType = z.infer<typeof EntityType>;

/** One sentence that mentions an entity. */
export const MentionContext = z.object({
  article: z.string(),
  paragraph: z.number().int().describe('index into the article\'s paragraphs'),
  sentence: z.string(),
  /** [start, end) offsets of each mention inside `sentence`. */
  spans: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type MentionContext = z.infer<typeof MentionContext>;

/** A quotation attributed to an entity. */
export const Quote = z.object({ article: z.string(), paragraph: z.number().int(), text: z.string() });
export type Quote = z.infer<typeof Quote>;

/** A recurring named entity. */
export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  url: z.string(),
  description: z.string().nullable(),
  wikidata: z.string().nullable(),
  mentions: z.array(z.object({ article: z.string(), count: z.number().int().min(1) })),
  mentionCount: z.number().int(),
  contexts: z.array(MentionContext).describe('sentences that mention the entity: up to 3 per article, in article order'),
  quotes: z.array(Quote),
  related: z.array(z.object({ entity: z.string(), count: z.number().int() })),
});
export type Entity = z.infer<typeof Entity>;

/** Where one report of a timeline event was found. */
export const EventSource = z.object({
  article: z.string(),
  paragraph: z.number().int(),
  sentence: z.string(),
  phrase: z.string().describe('the words that gave the date'),
  resolution: z.string().describe('how the phrase became a date'),
});
export type EventSource = z.infer<typeof EventSource>;

/** A dated event of the story, merged across the articles that report it. */
export const TimelineEvent = z.object({
  id: z.string(),
  date: PartialDate,
  precision: z.enum(['year', 'month', 'week', 'day']).describe('week: `date` is the Monday of that week'),
  /** Set when the phrase names part of a period ("early June"). */
  qualifier: z.enum(['early', 'mid', 'late']).nullable(),
  text: z.string().describe('the line the event shows: the sentence of the report that speaks for it, or its clause holding the date'),
  phrase: z.string().describe('the words in `text` that gave the date'),
  articles: z.array(z.string()),
  outlets: z.array(z.string()),
  entities: z.array(z.string()),
  sources: z.array(EventSource),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** The public export, `site/data/archive.json`. */
export const Archive = z.object({
  generator: z.object({ name: z.literal('dossier'), version: z.string() }),
  articles: z.array(Article),
  entities: z.array(Entity),
  timeline: z.array(TimelineEvent),
});
export type Archive = z.infer<typeof Archive>;
