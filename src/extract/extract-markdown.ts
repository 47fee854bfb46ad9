/** Markdown article → body blocks (paragraphs, headings, list items) as plain text. */
import type { Heading, List, Paragraph, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyBlock, InlineSpan } from '../types.js';
import { KEPT_ADDRESS, normalised, type SpannedText } from './inline-spans.js';

const parser = unified().use(remarkParse);

const isLink = (node: RootContent) => node.type === 'link' || node.type === 'linkReference';

/** The inline markup an mdast node makes, by its type. */
const SPAN_KINDS: Partial<Record<string, InlineSpan['kind']>> = { emphasis: 'emphasis', strong: 'strong' };

/**
 * Plain text of an mdast node, and its inline markup as spans over that text (raw HTML is dropped: it never reaches
 * the page). A link glued to a word stands apart from it: a page's separate boxes written side by side
 * ("[Jane Doe](/author/jane-doe)2 minutes ago").
 */
function withSpans(node: RootContent | Root): SpannedText {
  if (node.type === 'html') return { text: '', spans: [] };
  if ('value' in node && typeof node.value === 'string') {
    return { text: node.value, spans: node.type === 'inlineCode' && node.value.trim() ? [{ start: 0, end: node.value.length, kind: 'code' }] : [] };
  }
  if ('children' in node) {
    const children = node.children as RootContent[];
    let text = '';
    const spans: InlineSpan[] = [];
    children.forEach((child, index) => {
      const part = withSpans(child);
      const edge = index > 0 && (isLink(child) || isLink(children[index - 1]));
      const gap = edge && /[\p{L}\p{N}]$/u.test(text) && /^[\p{L}\p{N}]/u.test(part.text) ? ' ' : '';
      const at = text.length + gap.length;
      text += gap + part.text;
      for (const span of part.spans) spans.push({ ...span, start: span.start + at, end: span.end + at });
    });
    const kind = node.type === 'link' ? (KEPT_ADDRESS.test(node.url) ? 'link' : undefined) : SPAN_KINDS[node.type];
    if (kind && text.trim()) spans.unshift({ start: 0, end: text.length, kind, ...(node.type === 'link' ? { url: node.url } : {}) });
    return { text, spans };
  }
  if (node.type === 'break') return { text: ' ', spans: [] };
  return { text: '', spans: [] };
}

/** Plain text of an mdast node (see `withSpans`). */
const plain = (node: RootContent | Root) => withSpans(node).text;

/** Text beside links that says nothing of its own: a list's counter or a separator ("1", "2.", "|", "·"). */
const COUNTER = /^(?:\d{1,3}\.?|[|·•–—-])?$/;

/**
 * Is all of a node's text the text of links (a menu entry, a related story: "[World](/world/)"), a counter or
 * separator aside (a list of the most read: "1" over "[Headline](/story/)")?
 */
function onlyLinks(node: RootContent | Root): boolean {
  const linkish = (part: RootContent | Root): boolean => {
    if (isLink(part as RootContent)) return true;
    if (part.type === 'text') return COUNTER.test(part.value.trim());
    if ('children' in part) return (part.children as RootContent[]).every(linkish);
    return part.type !== 'inlineCode';
  };
  // A counter alone is no link.
  const text = plain(node).trim();
  return linkish(node) && text !== '' && !COUNTER.test(text);
}

/**
 * The end of a link written around whole blocks (a story's card: its label, time and headline as one link), which
 * Markdown cannot hold: "[" on a line, the blocks, then "](/address "title")". Converters write it so; the
 * parser leaves both ends as text.
 */
const LINK_END = /\]\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\)/g;

/** An opening bracket no closing one follows before the next opening one: the start of such a link. */
const LINK_START = /\[(?![^[]*\])/g;

/** The two, to test a text for one (without the global patterns' state). */
const HAS_LINK_END = new RegExp(LINK_END.source);
const HAS_LINK_START = new RegExp(LINK_START.source);

/** How many blocks a link written around blocks may hold: a card's label, time, headline, summary and byline. */
const LINK_SPAN = 8;

/** Whether a text holds an end or a start of such a link. */
const hasLinkEnds = (text: string) => HAS_LINK_END.test(text) || HAS_LINK_START.test(text.replace(LINK_END, ']'));

/** Whether a link written around blocks starts in a text and goes on after it. */
function opensLink(text: string): boolean {
  const ends = [...text.matchAll(LINK_END)];
  const last = ends.at(-1);
  return HAS_LINK_START.test(last ? text.slice(last.index + last[0].length) : text);
}

/**
 * Which texts of a run of blocks are the text of links written around blocks: from one that opens such a link to
 * the one that ends it (when it ends within `LINK_SPAN` blocks; else the bracket is a stray one), and any holding
 * an end of one.
 */
export function linkedBlocks(texts: string[]): boolean[] {
  const linked = texts.map(hasLinkEnds);
  texts.forEach((text, index) => {
    if (!opensLink(text)) return;
    const end = texts.slice(index + 1, index + 1 + LINK_SPAN).findIndex((next) => HAS_LINK_END.test(next));
    for (let at = index; end >= 0 && at <= index + 1 + end; at++) linked[at] = true;
  });
  return linked;
}

/** A text without the ends of links written around blocks. */
const unwrapLinks = (text: string) => text.replace(LINK_END, ' ').replace(LINK_START, ' ').replace(/\s+/g, ' ').trim();

/** A path that is an author's page ("/author/jane-doe/", "/staff/jane-doe", "/profiles/jane-doe"). */
const AUTHOR_PAGE = /\/(?:authors?|by|byline|profiles?|people|staff|contributors?|journalists?|reporters?|writers?|columnists?|correspondents?)\/[^?#]*[\p{L}\p{N}]/iu;

/** How a Markdown block is marked up, beside its text. */
export interface BlockMarks {
  /** All its text is links ("[World](/world/)"): a menu entry, a related story. */
  linkOnly: boolean;
  /** A level-1 heading: a headline, the article's or another's. */
  topHeading: boolean;
  /** Inside a block quote ("> …"). */
  quoted: boolean;
}

/** A link to an author's page: the name it gives, and the block it stands in (or before, when it has no text). */
export interface AuthorLink {
  name: string;
  block: number;
}

/** Names given by links to authors' pages in a node: the link's text, or its title for a picture ("Jane Doe"). */
function authorNames(node: RootContent): string[] {
  if (node.type === 'link') {
    if (!AUTHOR_PAGE.test(node.url)) return [];
    const name = plain(node).replace(/\s+/g, ' ').trim() || (node.title ?? '').trim();
    return name ? [name] : [];
  }
  return 'children' in node ? (node.children as RootContent[]).flatMap(authorNames) : [];
}

/**
 * The blocks of a Markdown body, in order, how each is marked up (`marks`, by index), and the links to authors'
 * pages (`authorLinks`).
 */
export function markdownBlocks(markdown: string): { blocks: BodyBlock[]; marks: BlockMarks[]; authorLinks: AuthorLink[] } {
  const tree = parser.parse(markdown);
  const blocks: BodyBlock[] = [];
  const marks: BlockMarks[] = [];
  const authorLinks: AuthorLink[] = [];
  const found: { kind: BodyBlock['kind']; node: RootContent; quoted: boolean; number?: number }[] = [];
  const visit = (node: RootContent, quoted: boolean) => {
    if (node.type === 'heading') found.push({ kind: 'heading', node: node as Heading, quoted });
    else if (node.type === 'paragraph') found.push({ kind: 'paragraph', node: node as Paragraph, quoted });
    else if (node.type === 'list') {
      const { ordered, start, children } = node as List;
      children.forEach((item, index) => found.push({ kind: 'list-item', node: item, quoted, ...(ordered ? { number: (start ?? 1) + index } : {}) }));
    }
    else if (node.type === 'blockquote') for (const child of node.children) visit(child, true);
  };
  for (const node of tree.children) visit(node, false);
  const read = found.map(({ node }) => normalised(withSpans(node)));
  const texts = read.map(({ text }) => text);
  const linked = linkedBlocks(texts);
  found.forEach(({ kind, node, quoted, number }, index) => {
    for (const name of authorNames(node)) authorLinks.push({ name, block: blocks.length });
    const text = unwrapLinks(texts[index]);
    if (!text) return;
    // The markup stays where the text is as written (not the text of a link written around blocks).
    const { spans } = read[index];
    blocks.push({ kind, text, ...(number === undefined ? {} : { number }), ...(spans.length && text === texts[index] ? { spans } : {}) });
    marks.push({ linkOnly: linked[index] || onlyLinks(node), topHeading: node.type === 'heading' && node.depth === 1, quoted });
  });
  return { blocks, marks, authorLinks };
}
