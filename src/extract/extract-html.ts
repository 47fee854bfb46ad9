/** A saved HTML page → the article's body (Readability) and metadata (meta tags, JSON-LD). */
import { Readability } from '@mozilla/readability';
import type { BodyBlock, Evidence, RemovedBlock } from '../types.js';
import { type ExtractedArticle, extractText, trimClosing } from './extract-text.js';
import { BROWSER_NOTICE_REASON, insetReason, isBrowserNotice, isConsentNotice } from './classify-lines.js';
import { htmlToText, isOverlay } from './html-to-text.js';
import { parseHtmlDocument } from './parse-html.js';
import { findDateline } from './find-dateline.js';
import { deriveTitle, withoutSiteName } from './find-title.js';
import { elementSpans, normalised } from './inline-spans.js';


/** Metadata a page states about itself. */
interface PageMeta {
  /** The headline the page declares: JSON-LD's, else Open Graph's or Twitter's. */
  title?: string;
  /** Every title the metadata gives (JSON-LD headline, og:title, twitter:title), to recognise the page's own <h1>. */
  titles: string[];
  outlet?: string;
  published?: string;
  authors: string[];
  url?: string;
  language?: string;
}

const ARTICLE_TYPES = /(?:News|Reportage|Analysis|Opinion|Report|Blog)?(?:Article|Posting)$/;

function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      out.push(value as Record<string, unknown>);
      // A page's graph, or the article a WebPage holds as its main entity.
      for (const key of ['@graph', 'mainEntity']) if ((value as Record<string, unknown>)[key]) walk((value as Record<string, unknown>)[key]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { walk(JSON.parse(script.textContent ?? '')); } catch { /* a broken block is skipped */ }
  }
  return out;
}

function names(value: unknown): string[] {
  if (!value) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'object' && 'name' in (value as object)) return names((value as { name: unknown }).name);
  return [];
}

function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (match) return match[1];
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

function readMeta(document: Document): PageMeta {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const content = element?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const ld = jsonLdObjects(document).find((item) => {
    const type = item['@type'];
    return (Array.isArray(type) ? type : [type]).some((entry) => typeof entry === 'string' && ARTICLE_TYPES.test(entry));
  });
  const ldAuthors = names(ld?.author).filter((name) => !/^https?:/.test(name));
  const metaAuthors = [...document.querySelectorAll('meta[name="author"], meta[property="article:author"], meta[name="parsely-author"], meta[name="sailthru.author"]')]
    .map((element) => element.getAttribute('content')?.trim() ?? '')
    .filter((name) => name && !/^https?:/.test(name));
  const titles = [typeof ld?.headline === 'string' ? ld.headline : undefined, meta('og:title'), meta('twitter:title')]
    .filter((title): title is string => !!title);
  return {
    title: titles[0],
    titles,
    // A site name in lower case is often the site's slug ("nationalpost"): the publisher's name, if given, reads better.
    outlet: [meta('og:site_name'), meta('application-name'), names((ld?.publisher as unknown) ?? null)[0]]
      .filter((name): name is string => !!name)
      .map((name) => withoutTagline(name, meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined))
      .sort((a, b) => Number(!/\p{Lu}/u.test(a)) - Number(!/\p{Lu}/u.test(b)))[0],
    // JSON-LD, then the meta tags of news sites, scholarly publishers (Dublin Core, PRISM, Highwire) and microdata.
    published: isoDay(ld?.datePublished) ?? isoDay(meta('article:published_time', 'datePublished', 'pubdate', 'date', 'publish-date', 'sailthru.date', 'parsely-pub-date',
      'DC.date.issued', 'dc.date.issued', 'DC.date', 'dc.date', 'prism.publicationDate', 'citation_publication_date', 'citation_date'))
      ?? isoDay(microdataDate(document)),
    // One entry may list several people ("A, B and C").
    authors: (ldAuthors.length ? ldAuthors : metaAuthors).flatMap((name) => name.split(/\s*(?:,|&|\band\b)\s*/))
      .filter((name) => name && !/^(?:jr|sr|ii|iii|iv|phd|md)\.?$/i.test(name)),
    url: meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    language: document.documentElement.getAttribute('lang') ?? undefined,
  };
}

/**
 * The metadata's authors that name people: not the outlet ("Lesotho Times" on its own pages), and one name once
 * however the tags spell it ("Sophie Foster" and the slug "sophie-foster").
 */
function people(authors: string[], outlets: (string | null | undefined)[]): string[] {
  const outletKeys = new Set(outlets.filter((name): name is string => !!name).map(key));
  const kept = new Map<string, string>();
  for (const name of authors) {
    const id = key(name);
    if (!id || outletKeys.has(id)) continue;
    // A spelling with capitals reads better than a slug.
    if (!kept.has(id) || (!/\p{Lu}/u.test(kept.get(id)!) && /\p{Lu}/u.test(name))) kept.set(id, name);
  }
  return [...kept.values()];
}

/**
 * A site name without the tagline set beside it ("Breaking Australian and World News Headlines - 9News" on
 * 9news.com.au is 9News): the part the page's address names, else the whole.
 */
function withoutTagline(name: string, url: string | undefined): string {
  const parts = name.split(/\s+[-|–—:]\s+/);
  let host = '';
  try { host = url ? new URL(url).hostname.replace(/^www\./, '').toLowerCase() : ''; } catch { /* no address */ }
  const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const named = parts.length > 1 && host ? parts.find((part) => bare(part) && host.split('.').some((label) => bare(label) === bare(part))) : undefined;
  return named ?? name;
}

/** The date of an element marked `itemprop="datePublished"` (its `content` or `datetime`, as microdata gives it). */
function microdataDate(document: Document): string | undefined {
  const element = document.querySelector('[itemprop="datePublished"]');
  return element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? undefined;
}

/** The number of an item of a numbered list (<ol>, from its `start`), or undefined. */
function itemNumber(item: Element): number | undefined {
  const list = item.parentElement;
  if (list?.tagName !== 'OL') return undefined;
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  const items = [...list.children].filter((child) => child.tagName === 'LI');
  return (Number.isNaN(start) ? 1 : start) + items.indexOf(item);
}

/** Body blocks from Readability's cleaned article HTML, with their links to addresses, emphasis, bold and code. */
function contentBlocks(html: string): BodyBlock[] {
  const document = parseHtmlDocument(`<body>${html}</body>`);
  const blocks: BodyBlock[] = [];
  for (const element of document.body.querySelectorAll('p, h2, h3, h4, h5, h6, li, blockquote, pre')) {
    // Take the innermost block only: a <p> inside <li> or <blockquote> counts once.
    if (element.querySelector('p, h2, h3, h4, h5, h6, li, pre')) continue;
    const { text, spans } = normalised(elementSpans(element));
    if (!text) continue;
    const kind = /^H\d$/.test(element.tagName) ? 'heading' : element.tagName === 'LI' ? 'list-item' : 'paragraph';
    const number = kind === 'list-item' ? itemNumber(element) : undefined;
    blocks.push({ kind, text, ...(number === undefined ? {} : { number }), ...(spans.length ? { spans } : {}) });
  }
  return blocks;
}

/** Text with HTML entities decoded (metadata is often encoded twice: "&amp;#8217;"). */
function decodeEntities(document: Document, text: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = text;
  return area.value;
}

const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The headline: the page's own <h1> when it is the article's (it shares most words with one of the titles the
 * metadata gives: publishers often word the share title and the structured-data headline differently), else the
 * metadata title (JSON-LD headline, og:title) without a " - Site name" suffix, else Readability's.
 */
function chooseHeadline(document: Document, headings: string[], meta: PageMeta, fallback: string | undefined): string | undefined {
  const declared = meta.titles.map((text) => withoutSiteName(decodeEntities(document, text).trim(), meta.outlet ?? null)).filter(Boolean);
  const title = declared[0] ?? fallback;
  if (!title) return undefined;
  const wordSets = (declared.length ? declared : [title]).map(wordSet);
  for (const text of headings) {
    const own = wordSet(text);
    if (own.size < 3 || own.size > 60) continue;
    const agrees = (words: Set<string>) => [...own].filter((word) => words.has(word)).length / Math.max(own.size, words.size) >= 0.5;
    if (wordSets.some(agrees)) return text;
  }
  return title;
}

/** Token count of some blocks. */
const tokenCount = (blocks: BodyBlock[]) => blocks.reduce((sum, block) => sum + block.text.split(/\s+/).length, 0);
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Blocks' text as one string of keys, to find a block's text inside them (` key key … `). */
const keysText = (blocks: BodyBlock[]) => ` ${blocks.map((block) => key(block.text)).join(' ')} `;

/** Share of the visible body's words that stand in Readability's blocks (`all`, their keys), paragraph by paragraph. */
function shown(visible: BodyBlock[], all: string): number {
  const found = visible.filter((block) => all.includes(` ${key(block.text)} `));
  return tokenCount(found) / Math.max(tokenCount(visible), 1);
}

/** A paragraph of some length that ends a sentence (not a caption or a label that Readability rightly dropped). */
const isParagraph = (block: BodyBlock) => block.kind === 'paragraph' && block.text.split(/\s+/).length >= 20 && /[.!?"”’]$/.test(block.text);

/**
 * Readability's blocks with the paragraphs of the visible body it lacks between two of its own (it drops a
 * paragraph set in a box of its own), each in its place on the page.
 */
function merge(readable: BodyBlock[], visible: BodyBlock[], all: string): BodyBlock[] {
  const at = new Map(readable.map((block, index) => [key(block.text), index]));
  const out: BodyBlock[] = [];
  let next = 0;
  let waiting: BodyBlock[] = [];
  for (const block of visible) {
    const index = at.get(key(block.text));
    if (index !== undefined && index >= next) {
      // The visible paragraphs since the last block both readings have: inside Readability's body.
      if (next > 0) out.push(...waiting);
      out.push(...readable.slice(next, index + 1));
      next = index + 1;
      waiting = [];
    } else if (index === undefined && isParagraph(block) && !all.includes(` ${key(block.text)} `)) waiting.push(block);
  }
  out.push(...readable.slice(next));
  return out;
}

/**
 * Two readings of the page agree on the body: Readability's main-content guess, and the text path over the
 * page's visible text (the same classifier as for pasted text). Readability's blocks are kept unless the text
 * path left them out as furniture (captions, menus, link lists after "Read also", interface lines); when
 * Readability found much less prose than the text path (it picked one section of a long page), the text
 * path's body is used.
 */
/**
 * Readability's copies of a paragraph beyond those the visible body holds: key points or captions that repeat
 * it word for word. A list item's copy goes first, then the earlier ones, so the paragraph keeps its place.
 */
function repeatedCopies(readable: BodyBlock[], shown: BodyBlock[]): Set<number> {
  const allowed = new Map<string, number>();
  for (const block of shown) allowed.set(key(block.text), (allowed.get(key(block.text)) ?? 0) + 1);
  const copies = new Map<string, number[]>();
  readable.forEach((block, index) => { if (allowed.has(key(block.text))) copies.set(key(block.text), [...(copies.get(key(block.text)) ?? []), index]); });
  const extra = new Set<number>();
  for (const [text, indexes] of copies) {
    const excess = indexes.length - allowed.get(text)!;
    if (excess <= 0) continue;
    const order = [...indexes].sort((a, b) => Number(readable[b].kind === 'list-item') - Number(readable[a].kind === 'list-item') || a - b);
    order.slice(0, excess).forEach((index) => extra.add(index));
  }
  return extra;
}

export function reconcile(readable: BodyBlock[], text: ExtractedArticle): { blocks: BodyBlock[]; removed: RemovedBlock[] } {
  const furniture = new Map(text.removed.map((entry) => [key(entry.text), entry.reason]));
  const body = new Set(text.blocks.map((block) => key(block.text)));
  const removed: RemovedBlock[] = [];
  const repeats = repeatedCopies(readable, text.blocks);
  const kept = readable.filter((block, index) => {
    if (repeats.has(index)) {
      removed.push({ text: block.text, reason: 'repeated verbatim on the page (caption or key point)' });
      return false;
    }
    if (body.has(key(block.text))) return true;
    // What the visible text does not show: a notice (sign-up, cookies, the browser) is furniture, and so is a list item of a
    // few words, a menu's entry (a hidden menu inside the main content: "Comics", "Travel Guide").
    const reason = furniture.get(key(block.text)) ?? insetReason(block.text) ?? (isConsentNotice(block.text) ? 'cookie or consent notice' : undefined)
      ?? (isBrowserNotice(block.text) ? BROWSER_NOTICE_REASON : undefined)
      ?? (block.kind === 'list-item' && block.text.split(/\s+/).length <= 4 && !/[.!?:]$/.test(block.text) ? 'menu entry (a short list item the page does not show as text)' : undefined);
    if (reason === undefined) return true;
    removed.push({ text: block.text, reason });
    return false;
  });
  const all = keysText(kept);
  if (tokenCount(kept) < 0.6 * tokenCount(text.blocks) || shown(text.blocks, all) < 0.5) return { blocks: text.blocks, removed: text.removed };
  return { blocks: merge(kept, text.blocks, all), removed };
}

/** Extract an article from a saved page. */
export function extractHtml(html: string, sourceFile: string): ExtractedArticle {
  // Style sheets and scripts (but the JSON-LD metadata) are emptied before parsing: nothing here reads them
  // (hidden elements are known by their own attributes), a DOM's parsing of a large page's CSS cost more than the
  // rest of its extraction, and scripts are a third of a saved page's bytes. An element ends at the first closing
  // tag, as an HTML parser ends it.
  const emptied = html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2')
    .replace(/(<script\b(?![^>]*application\/ld\+json)[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2');
  const document = parseHtmlDocument(emptied);
  const meta = readMeta(document);
  const root = document.body ?? document.documentElement;
  // A modal overlay is never the article, unless the page shows nothing else (an article saved in a dialog).
  const beside = extractText(htmlToText(root), sourceFile);
  const inOverlay = beside.paragraphs.length === 0;
  const visible = inOverlay ? extractText(htmlToText(root, { overlays: true }), sourceFile) : beside;
  // Read before Readability runs: it rewrites the document and drops the headline it takes as the title.
  const headings = [...document.querySelectorAll('h1')].map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim());
  // Nor does Readability see the overlays, whatever their length (a consent manager's pages of policy).
  if (!inOverlay) for (const overlay of [...document.querySelectorAll('[aria-modal], [role="dialog"], [role="alertdialog"], dialog')].filter(isOverlay)) overlay.remove();
  const parsed = new Readability(document, { charThreshold: 300 }).parse();
  const reconciled = reconcile(parsed?.content ? contentBlocks(parsed.content) : [], visible);
  const lead = reconciled.blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
  const dateline = findDateline(lead);
  const headline = chooseHeadline(document, headings, meta, parsed?.title ?? undefined);
  const evidence: Record<string, Evidence> = {};
  if (headline) evidence.title = { source: meta.title ? 'page metadata' : 'page title', text: headline, confidence: 0.9 };
  if (meta.published) evidence.published = { source: 'page metadata', text: meta.published, confidence: 0.95 };
  if (meta.outlet) evidence.outlet = { source: 'page metadata', text: meta.outlet, confidence: 0.95 };
  // Where the metadata says nothing, the page's visible text may: its evidence comes along.
  const published = meta.published ?? isoDay(parsed?.publishedTime) ?? visible.published;
  if (!meta.published && !parsed?.publishedTime && visible.published && visible.evidence.published) evidence.published = visible.evidence.published;
  const outlet = meta.outlet ?? parsed?.siteName ?? visible.outlet;
  if (!meta.outlet && !parsed?.siteName && visible.outlet && visible.evidence.outlet) evidence.outlet = visible.evidence.outlet;
  // The outlet named as the author is no person: the page's byline then says who wrote it.
  const metaAuthors = people(meta.authors, [meta.outlet, outlet]);
  // Readability's byline guess, last, when it reads as a person's name: two to five words, no digits (a section's
  // name in the author's place, "منوعات" (Miscellany), is none).
  const byline = parsed?.byline?.replace(/^by\s+/i, '').trim() ?? '';
  const guessed = /^[^\d,;|]{3,60}$/u.test(byline) && byline.split(/\s+/).length >= 2 && byline.split(/\s+/).length <= 5 ? [byline] : [];
  const authors = metaAuthors.length ? metaAuthors : visible.authors.length ? visible.authors : guessed;
  const closing = trimClosing(reconciled.blocks, authors);
  const blocks = closing.blocks;
  const removed = [...reconciled.removed, ...closing.removed];
  if (!metaAuthors.length && visible.authors.length && visible.evidence.authors) evidence.authors = visible.evidence.authors;
  return {
    sourceFile,
    title: headline ?? (lead ? deriveTitle(lead, dateline?.place ?? null) : sourceFile),
    titleDerived: !headline,
    outlet: outlet ?? null,
    published: published ?? null,
    authors: [...new Set(authors)],
    contributors: [],
    dateline: dateline?.place ?? null,
    originalUrl: meta.url ?? null,
    language: meta.language ?? parsed?.lang ?? null,
    paragraphs: blocks.map((block) => block.text),
    blocks,
    evidence,
    removed,
  };
}
