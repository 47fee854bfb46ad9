/** Archive records → the data the templates lay out: sorted, grouped and counted here, not in templates. */
import type { BuiltArchive } from '../build-archive.js';
import { formatDate, monthName } from '../timeline/calendar.js';
import type { Article, Entity, EntityType, MentionContext, TimelineEvent } from '../types.js';
import { chunk } from '../util/chunk.js';
import { initials } from '../util/initials.js';
import { linkNeighbours, nameParts } from './page-parts.js';
import { slugify, uniqueSlugs } from '../util/slugify.js';

const TYPE_LABELS: Record<EntityType, string> = { person: 'People', place: 'Places', organization: 'Organisations', thing: 'Things', event: 'Events' };
const TYPE_SINGULAR: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organisation', thing: 'Thing', event: 'Event' };
/** schema.org types of entity pages. */
const SCHEMA_TYPES: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organization', thing: 'Thing', event: 'Event' };
const TYPE_ORDER: EntityType[] = ['person', 'place', 'organization', 'thing', 'event'];
/** Page-size bounds, so entity and article pages stay readable (and fast) in an archive of thousands. */
const MAX_CONTEXT_ARTICLES = 30;
const MAX_CONTEXTS_PER_ARTICLE = 3;
const MAX_ENTITY_EVENTS = 50;
/** Reports of an event listed on an entity page; the timeline lists them all. */
const ENTITY_EVENT_SOURCES = 5;
const MAX_QUOTES = 30;
const MAX_RELATED = 10;
/** Articles per page of an entity's or an outlet's further articles, and the newest an outlet's page lists. */
const LIST_ARTICLES = 100;
/** Articles in the feeds: the newest, as feed readers expect (the whole archive is in `data/archive.json`). */
const FEED_ARTICLES = 50;
/** Articles the home page lists by date; a larger archive gets a page per month of publication instead. */
const DATE_ARTICLES = 200;
/** Events the timeline shows on one page; a longer timeline gets an overview and pages by month. */
const TIMELINE_EVENTS = 500;

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).replace(/\s+\S*$/, '')}…`;
}

/** A piece of a sentence, marked when it is the mention. */
interface Segment { text: string; mark: boolean }

function segments(context: MentionContext): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const [start, end] of context.spans) {
    if (start > last) out.push({ text: context.sentence.slice(last, start), mark: false });
    out.push({ text: context.sentence.slice(start, end), mark: true });
    last = end;
  }
  if (last < context.sentence.length) out.push({ text: context.sentence.slice(last), mark: false });
  return out;
}

/** `text` split around the first `phrase` in it, or null when the phrase is not there. */
export function markPhrase(text: string, phrase: string): { before: string; phrase: string; after: string } | null {
  const at = phrase ? text.indexOf(phrase) : -1;
  return at < 0 ? null : { before: text.slice(0, at), phrase, after: text.slice(at + phrase.length) };
}

function eventDateLabel(event: TimelineEvent): string {
  return formatDate(event.date, event.precision, event.qualifier);
}

/** Add `value` to the list under `key`. */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `view` computed once per record object. */
function once<T extends object, R>(view: (record: T) => R): (record: T) => R {
  const views = new WeakMap<T, R>();
  return (record) => {
    let result = views.get(record);
    if (result === undefined) { result = view(record); views.set(record, result); }
    return result;
  };
}

/** Options of `buildSiteData`. */
export interface SiteDataOptions {
  title?: string;
  /** Public address of the site root ("https://example.org/archive/"); absolute URLs are left out without it. */
  baseUrl?: string | null;
  /** Page sizes: articles with sample sentences on an entity page (default 30), articles per page of an
   * entity's or an outlet's further articles and the newest on an outlet's page (default 100), events on one
   * page of the timeline (default 500), articles whose details one page of the build report shows (default 200,
   * see `report-pages.ts`), articles in the feeds (default 50), articles the home page lists by date before it
   * links pages by month instead (default 200). */
  pageSizes?: { entityArticles?: number; listArticles?: number; timelineEvents?: number; reportArticles?: number; feedArticles?: number; dateArticles?: number };
}

const QUARTERS = ['January–March', 'April–June', 'July–September', 'October–December'];

/**
 * The groups of one year's articles (oldest first) on an entity's list pages: the year, or when it holds more
 * than a page, its quarters (and the articles dated by year alone), so an article added to one quarter leaves the
 * other quarters' pages as they were, where pages of a fixed size would all shift.
 */
function yearGroups(year: string, articles: Article[], size: number): { key: string; label: string; articles: Article[] }[] {
  if (year === 'undated' || articles.length <= size) return [{ key: year, label: year === 'undated' ? 'Date unknown' : year, articles }];
  const groups = QUARTERS.map((name, quarter) => ({ key: `${year}-q${quarter + 1}`, label: `${name} ${year}`, articles: [] as Article[] }));
  const monthless = { key: `${year}-rest`, label: `${year}, month unknown`, articles: [] as Article[] };
  for (const article of articles) {
    const month = Number(article.published?.slice(5, 7));
    (month ? groups[Math.floor((month - 1) / 3)] : monthless).articles.push(article);
  }
  return [...groups, monthless].filter((group) => group.articles.length);
}

/** The outlet page of articles whose outlet is not known. */
const UNKNOWN_OUTLET = 'Outlet unknown';

/**
 * What tells outlets apart: their name without case, accents' forms, punctuation, spaces, a leading "The" and the
 * ending of a site's address ("THE BBC" and "BBC"; "The Times of India" and "timesofindia.com").
 */
export const outletKey = (name: string | null) => (name ?? UNKNOWN_OUTLET).normalize('NFKC').toLowerCase()
  .replace(/\.(?:com|net|org|co\.uk|co\.za|com\.au|co\.nz|ca|in)$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  .replace(/^the (?=\S)/, '').replace(/\s+/g, '') || (name ?? UNKNOWN_OUTLET);

/**
 * The key of each outlet of an archive: its name's (`outletKey`), or, for an acronym ("AP", "VOA"), the key of the
 * one outlet of the archive whose name it abbreviates ("The Associated Press", "Voice of America").
 */
export function outletKeysOf(names: readonly (string | null)[]): (name: string | null) => string {
  const spelled = [...new Set(names)].filter((name): name is string => !!name && /\s/.test(name.trim()));
  const joined = new Map<string, string>();
  for (const name of new Set(names)) {
    if (!name || !/^\p{Lu}{2,5}$/u.test(name)) continue;
    const keys = new Set(spelled.filter((other) => initials(other) === name || initials(other, true) === name).map(outletKey));
    if (keys.size === 1) joined.set(outletKey(name), [...keys][0]);
  }
  return (name) => joined.get(outletKey(name)) ?? outletKey(name);
}

/** The name given most often; among as many, one in mixed case before one in capitals, then the first in order. */
function mostGiven(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const mixed = (name: string) => (/\p{Ll}/u.test(name) && /\p{Lu}/u.test(name) ? 1 : 0);
  return [...counts].sort(([a, m], [b, n]) => n - m || mixed(b) - mixed(a) || a.localeCompare(b))[0][0];
}

/** A base URL with one trailing slash, or null. */
export function normaliseBaseUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Base URL is not an absolute address: ${value} (example: https://example.org/archive/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Base URL must be http or https: ${value}`);
  return url.href.replace(/\/*$/, '/');
}

export function buildSiteData(built: BuiltArchive, options: SiteDataOptions = {}) {
  const { archive } = built;
  const contextArticles = options.pageSizes?.entityArticles ?? MAX_CONTEXT_ARTICLES;
  const listArticles = options.pageSizes?.listArticles ?? LIST_ARTICLES;
  const articleById = new Map(archive.articles.map((article) => [article.id, article]));
  const entityById = new Map(archive.entities.map((entity) => [entity.id, entity]));
  // Indexes first: every per-page lookup below is then linear in what the page shows, not in the archive.
  const eventsByArticle = new Map<string, TimelineEvent[]>();
  const eventsByEntity = new Map<string, TimelineEvent[]>();
  for (const event of archive.timeline) {
    for (const id of event.articles) append(eventsByArticle, id, event);
    for (const id of event.entities) append(eventsByEntity, id, event);
  }
  const mentionsByArticle = new Map<string, { entity: Entity; count: number }[]>();
  for (const entity of archive.entities) {
    for (const mention of entity.mentions) append(mentionsByArticle, mention.article, { entity, count: mention.count });
  }
  // Views shared by every page that shows them: one object per article and per event, however many lists hold it.
  const summary = once((article: Pick<Article, 'title' | 'url' | 'outlet' | 'published'>) => ({
    title: article.title, url: article.url, outlet: article.outlet, published: article.published,
    dateLabel: article.published ? formatDate(article.published, 'day') : 'Date unknown',
  }));
  const eventView = once((event: TimelineEvent) => ({
    id: event.id,
    dateLabel: eventDateLabel(event),
    text: event.text,
    // The line with the words that date it marked: in a sentence naming two dates, which one this event is.
    marked: markPhrase(event.text, event.phrase),
    reportCount: event.articles.length,
    outletCount: event.outlets.length,
    sources: event.sources.map((source) => {
      const article = articleById.get(source.article)!;
      return { title: article.title, outlet: article.outlet, url: `${article.url}#p-${source.paragraph}`, phrase: source.phrase, resolution: source.resolution };
    }),
    entities: event.entities.map((id) => entityById.get(id)).filter((entity): entity is Entity => Boolean(entity)).map((entity) => ({ name: entity.name, url: entity.url, id: entity.id })),
    entityIds: event.entities.join(' '),
  }));

  // Page data holds what the pages show: the raw lists behind the views (blocks, left-out text, evidence, all
  // contexts and mentions) stay in the archive, so fingerprints and the renderer never walk them.
  const articles = archive.articles.map(({ blocks: _blocks, removed: _removed, evidence: _evidence, ...article }) => {
    const counts = (mentionsByArticle.get(article.id) ?? []).sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
    const events = eventsByArticle.get(article.id) ?? [];
    const sharedEvents = new Map<string, number>();
    for (const event of events) for (const other of event.articles) if (other !== article.id) sharedEvents.set(other, (sharedEvents.get(other) ?? 0) + 1);
    const dateEvidence = _evidence.published;
    return {
      ...article,
      ...summary(article),
      description: truncate(article.paragraphs[0] ?? article.title, 160),
      dateNote: dateEvidence && dateEvidence.confidence < 0.9 ? `Date inferred from ${dateEvidence.source}: “${dateEvidence.text}”` : null,
      bodyHtml: built.bodies[article.id],
      entities: counts.map(({ entity, count }) => ({ name: entity.name, url: entity.url, type: entity.type, count })),
      related: [...sharedEvents.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_RELATED).map(([id, count]) => ({ ...summary(articleById.get(id)!), shared: count })),
    };
  });

  /**
   * Pages of a record's further articles (`ids`, newest first; an entity's or an outlet's, under `base`): by year
   * of publication (a year of more than `listArticles` by quarter, see `yearGroups`), oldest first, in parts of
   * `listArticles`. An added article changes only the pages of its own year or quarter (just the last one when
   * it is the newest), and no page shows counts of the others.
   */
  const listsOf = (owner: { name: string; url: string }, parent: { label: string; url: string; section: string }, base: string, ids: string[], what: (label: string) => string) => {
    const byYear = new Map<string, Article[]>();
    for (const id of [...ids].reverse()) {
      const article = articleById.get(id)!;
      append(byYear, article.published?.slice(0, 4) ?? 'undated', article);
    }
    const years = [...byYear.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b)));
    return years.flatMap((year) => yearGroups(year, byYear.get(year)!, listArticles)).flatMap((group) => nameParts(`${base}/${group.key}`, group.label, chunk(group.articles, listArticles)).map(({ url, label, items }) => ({
      url,
      owner,
      parent,
      label,
      intro: what(label),
      description: `${what(label)}.`,
      count: items.length,
      articles: items.map(summary),
    })));
  };
  /** The links an owner's page gives to its list pages. */
  const listLinks = (lists: ReturnType<typeof listsOf>) => lists.map(({ url, label, count }) => ({ url, label, count }));
  // Timeline: months, then days (coarser dates first in their month).
  const months: TimelineMonth<ReturnType<typeof eventView>>[] = [];
  for (const event of archive.timeline) {
    const [year, month] = event.date.split('-').map(Number);
    const monthLabel = month ? `${monthName(month)} ${year}` : String(year);
    let group = months.at(-1);
    if (!group || group.label !== monthLabel) { group = { label: monthLabel, id: slugify(monthLabel), key: event.date.slice(0, month ? 7 : 4), days: [] }; months.push(group); }
    const dayLabel = eventDateLabel(event);
    // One group per label: a week that starts on a day sorts beside that day, and must not open a second group.
    let day = group.days.find((entry) => entry.label === dayLabel);
    if (!day) { day = { label: dayLabel, events: [] }; group.days.push(day); }
    day.events.push(eventView(event));
  }

  const timeline = timelinePages(months, options.pageSizes?.timelineEvents ?? TIMELINE_EVENTS, (id) => entityById.get(id)?.name);
  // Where each event is on the timeline (its month's page when the timeline is split), for links from entity pages.
  const eventUrl = new Map<string, string>();
  for (const page of timeline.pages) for (const day of page.months[0].days) for (const event of day.events) eventUrl.set(event.id, `${page.url}#event-${event.id}`);
  const timelineUrl = (id: string) => eventUrl.get(id) ?? `timeline/#event-${id}`;

  const listsById = new Map(archive.entities.map((entity) => [entity.id, listsOf({ name: entity.name, url: entity.url }, { label: 'Entities', url: 'entities/', section: 'entities' }, `entities/${entity.id}/articles`, entity.mentions.slice(contextArticles).map((mention) => mention.article), (label) => `Articles of ${label} that name ${entity.name}`)]));
  const entities = archive.entities.map(({ contexts: allContexts, mentions, quotes, related, ...entity }) => {
    const byArticle = new Map<string, MentionContext[]>();
    for (const context of allContexts) append(byArticle, context.article, context);
    // A page stays readable at any archive size: sample sentences from the newest articles, the rest as a list.
    const shown = mentions.slice(0, contextArticles);
    const events = eventsByEntity.get(entity.id) ?? [];
    const topEvents = [...events].sort((a, b) => b.articles.length - a.articles.length || a.date.localeCompare(b.date)).slice(0, MAX_ENTITY_EVENTS);
    const topEventIds = new Set(topEvents.map((event) => event.id));
    return {
      ...entity,
      typeLabel: TYPE_SINGULAR[entity.type],
      articleCount: mentions.length,
      // The page's lede is a curated description only: counts change with every article, and the lede is searched.
      description: entity.description ?? null,
      metaDescription: entity.description ?? `${entity.name}: ${TYPE_SINGULAR[entity.type].toLowerCase()} mentioned ${entity.mentionCount} times in ${mentions.length} articles of the archive.`,
      contextGroups: shown.map(({ article: id }) => {
        const article = articleById.get(id)!;
        return {
          ...summary(article),
          items: (byArticle.get(id) ?? []).slice(0, MAX_CONTEXTS_PER_ARTICLE).map((context) => ({ url: `${article.url}#p-${context.paragraph}`, segments: segments(context) })),
        };
      }),
      moreCount: Math.max(0, mentions.length - contextArticles),
      // The further articles on pages of their own, by year (see `listsOf`); the entity page links them.
      morePages: listLinks(listsById.get(entity.id) ?? []),
      quoteViews: quotes.slice(0, MAX_QUOTES).map((quote) => {
        const article = articleById.get(quote.article)!;
        return { text: quote.text, title: article.title, outlet: article.outlet, url: `${article.url}#p-${quote.paragraph}` };
      }),
      relatedViews: related.map((entry) => ({ ...entityById.get(entry.entity)!, count: entry.count })).filter((entry) => entry.id).map((entry) => ({ name: entry.name, url: entry.url, count: entry.count })),
      eventCount: events.length,
      // An event's first few reports, and a link to it on the timeline for the rest: a much reported event would
      // otherwise list dozens of outlets on every entity page it names.
      events: events.filter((event) => topEventIds.has(event.id)).map((event) => {
        const view = eventView(event);
        return { ...view, sources: view.sources.slice(0, ENTITY_EVENT_SOURCES), moreSources: Math.max(0, view.sources.length - ENTITY_EVENT_SOURCES), timelineUrl: timelineUrl(event.id) };
      }),
    };
  });

  const groups = TYPE_ORDER.map((type) => ({
    type,
    label: TYPE_LABELS[type],
    entities: entities.filter((entity) => entity.type === type).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)),
  })).filter((group) => group.entities.length);

  // Outlets named alike ("The Nation", "THE NATION") are one, under the name most of its articles give; each
  // gets an address of its own, also when two names make the same slug ("Радіо Свобода", "Українська правда").
  const keyOf = outletKeysOf(archive.articles.map((article) => article.outlet));
  const byKey = new Map<string, Article[]>();
  for (const article of archive.articles) append(byKey, keyOf(article.outlet), article);
  const outlets = new Map([...byKey.values()].map((list) => [mostGiven(list.map((article) => article.outlet ?? UNKNOWN_OUTLET)), list]));
  const outletNames = [...outlets.keys()].sort((a, b) => a.localeCompare(b));
  const outletSlugs = uniqueSlugs(outletNames, 'outlet');
  const outletNameOf = new Map(outletNames.map((name) => [keyOf(name), name]));
  const outletIds = new Map(outletNames.map((name, n) => [keyOf(name), outletSlugs[n]]));
  // An outlet's page lists its newest articles; the others are on pages by year (or quarter), as an entity's.
  const outletLists = new Map(outletNames.map((name) => {
    const url = `outlets/${outletIds.get(keyOf(name))}/`;
    const further = outlets.get(name)!.slice(listArticles).map((article) => article.id);
    return [name, listsOf({ name, url }, { label: 'Outlets', url: 'outlets/', section: 'outlets' }, `${url}articles`, further, (label) => `Articles of ${label} from ${name}`)];
  }));
  const outletGroups = outletNames.map((name) => {
    const all = outlets.get(name)!;
    return {
      name,
      id: outletIds.get(keyOf(name))!,
      url: `outlets/${outletIds.get(keyOf(name))}/`,
      articleCount: all.length,
      articles: all.slice(0, listArticles).map(summary),
      moreCount: Math.max(0, all.length - listArticles),
      morePages: listLinks(outletLists.get(name)!),
      description: `${all.length} articles from ${name} in the archive.`,
    };
  });
  // Articles by month of publication, newest first; undated ones last.
  const byMonth = new Map<string, ReturnType<typeof summary>[]>();
  for (const article of archive.articles) {
    const key = article.published ? article.published.slice(0, 7) : 'undated';
    append(byMonth, key, summary(article));
  }
  const dateGroups = [...byMonth.entries()].sort((a, b) => (a[0] === 'undated' ? 1 : b[0] === 'undated' ? -1 : b[0].localeCompare(a[0]))).map(([key, list]) => {
    const [year, month] = key.split('-').map(Number);
    return { id: key, label: key === 'undated' ? 'Date unknown' : `${monthName(month)} ${year}`, articles: list };
  });
  // A large archive lists its articles by date on pages per month (parts of `dateArticles`), linked from home.
  const dateSize = options.pageSizes?.dateArticles ?? DATE_ARTICLES;
  const datePages = archive.articles.length <= dateSize ? [] : linkNeighbours(dateGroups.flatMap((group) => nameParts(`dates/${group.id}`, group.label, chunk(group.articles, dateSize)).map(({ url, label, items }) => ({
    url, label, description: `${items.length} article${items.length === 1 ? '' : 's'} of ${label} in the archive.`, articles: items,
  }))));
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const absolute = (url: string) => (baseUrl ? new URL(url, baseUrl).href : undefined);
  const articlesWithOutlet = articles.map((article) => ({
    ...article,
    outletUrl: `outlets/${outletIds.get(keyOf(article.outlet))}/`,
    /** The outlet as its page names it (the name most of its articles give). */
    outletName: outletNameOf.get(keyOf(article.outlet))!,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      ...(article.published ? { datePublished: article.published } : {}),
      ...(article.authors.length ? { author: article.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
      ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
      ...(article.originalUrl ? { isBasedOn: article.originalUrl } : {}),
      ...(absolute(article.url) ? { url: absolute(article.url) } : {}),
      about: article.entities.slice(0, 10).map((entity) => ({ '@type': SCHEMA_TYPES[entity.type], name: entity.name })),
    },
  }));
  const entitiesWithLd = entities.map((entity) => ({
    ...entity,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': SCHEMA_TYPES[entity.type],
      name: entity.name,
      ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
      ...(entity.description ? { description: entity.description } : {}),
      ...(entity.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidata}` } : {}),
      ...(absolute(entity.url) ? { url: absolute(entity.url) } : {}),
    },
  }));
  // The archive lists articles newest first already.
  const latest = articlesWithOutlet;
  return {
    title: options.title ?? 'Dossier',
    baseUrl,
    generator: `Dossier ${built.archive.generator.version}`,
    updated: latest.find((article) => article.published)?.published ?? null,
    articles: latest,
    latest: latest.slice(0, 10).map(summary),
    feedArticles: latest.slice(0, options.pageSizes?.feedArticles ?? FEED_ARTICLES),
    entities: entitiesWithLd,
    entityLists: [...listsById.values()].flat(),
    outletLists: [...outletLists.values()].flat(),
    entityGroups: groups,
    // A short timeline is one page; a long one an overview of months (`timelinePeriods`) and a page each.
    timelineMonths: timeline.pages.length ? [] : months,
    timelinePages: timeline.pages,
    timelinePeriods: timeline.periods,
    timelineEntities: archive.entities
      .map((entity) => ({ id: entity.id, name: entity.name, count: eventsByEntity.get(entity.id)?.length ?? 0 }))
      .filter((entity) => entity.count > 0)
      .sort((a, b) => a.name.localeCompare(b.name)),
    outletGroups,
    // A small archive lists every article by month on the home page; a large one links a page per month.
    dateGroups: datePages.length ? [] : dateGroups,
    datePages,
    dateIndex: datePages.map(({ url, label, articles: list }) => ({ url, label, count: list.length })),
    counts: { articles: articles.length, entities: entities.length, events: archive.timeline.length, outlets: outlets.size },
  };
}


/** One month of the timeline: its days, each with its events. */
interface TimelineMonth<E> { label: string; id: string; key: string; days: { label: string; events: E[] }[] }

/**
 * The pages of a timeline longer than `size` events: one per month (`timeline/2024-05/`, or `timeline/2024/`
 * for events dated by year alone), a month of more than `size` events in parts of whole days. A page shows only
 * its own events and the entities they name, so an added article changes the pages of its events' months (and
 * their neighbours' links) alone. `periods` lists the pages by year for the overview, with the ids of the
 * entities each names, for its filter.
 */
export function timelinePages<E extends { entityIds: string }>(months: TimelineMonth<E>[], size: number, nameOf: (id: string) => string | undefined) {
  const total = months.reduce((sum, month) => sum + month.days.reduce((days, day) => days + day.events.length, 0), 0);
  if (total <= size) return { pages: [], periods: [] };
  const parts = months.flatMap((month) => {
    const groups: TimelineMonth<E>['days'][] = [[]];
    let count = 0;
    for (const day of month.days) {
      if (count && count + day.events.length > size) { groups.push([]); count = 0; }
      groups.at(-1)!.push(day);
      count += day.events.length;
    }
    return nameParts(`timeline/${month.key}`, month.label, groups).map(({ url, label, items: days }) => ({ url, label, year: month.key.slice(0, 4), months: [{ ...month, days }] }));
  });
  const pages = linkNeighbours(parts.map((part) => {
    const counts = new Map<string, number>();
    for (const day of part.months[0].days) {
      for (const event of day.events) for (const id of event.entityIds.split(' ').filter(Boolean)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const entities = [...counts].map(([id, count]) => ({ id, name: nameOf(id) ?? id, count })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const count = part.months[0].days.reduce((sum, day) => sum + day.events.length, 0);
    return { ...part, count, description: `${count} dated event${count === 1 ? '' : 's'} of ${part.label} from the articles of the archive.`, entities };
  }));
  const periods: { year: string; pages: { url: string; label: string; count: number; entityIds: string }[] }[] = [];
  for (const page of pages) {
    if (periods.at(-1)?.year !== page.year) periods.push({ year: page.year, pages: [] });
    periods.at(-1)!.pages.push({ url: page.url, label: page.label, count: page.count, entityIds: page.entities.map((entity) => entity.id).join(' ') });
  }
  return { pages, periods };
}
