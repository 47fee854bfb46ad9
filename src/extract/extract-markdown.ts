/** Markdown article → body blocks (paragraphs, headings, list items) as plain text. */
import type { Heading, List, Paragraph, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyBlock } from '../types.js';

const parser = unified().use(remarkParse);

/** Plain text of an mdast node (raw HTML is dropped: it never reaches the page). */
function plain(node: RootContent | Root): string {
  if (node.type === 'html') return '';
  if ('value' in node && typeof node.value === 'string') return node.type === 'inlineCode' ? node.value : node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plain).join('');
  if (node.type === 'break') return ' ';
  return '';
}

/** Is all of a node's text the text of links (a menu entry, a related story: "[World](/world/)")? */
function onlyLinks(node: RootContent | Root): boolean {
  if (node.type === 'link' || node.type === 'linkReference') return true;
  if (node.type === 'text') return node.value.trim() === '';
  if ('children' in node) return (node.children as RootContent[]).every(onlyLinks) && plain(node).trim() !== '';
  return node.type !== 'inlineCode';
}

/** How a Markdown block is marked up, beside its text. */
export interface BlockMarks {
  /** All its text is links ("[World](/world/)"): a menu entry, a related story. */
  linkOnly: boolean;
  /** A level-1 heading: a headline, the article's or another's. */
  topHeading: boolean;
}

/** The blocks of a Markdown body, in order, and how each is marked up (`marks`, by index). */
export function markdownBlocks(markdown: string): { blocks: BodyBlock[]; marks: BlockMarks[] } {
  const tree = parser.parse(markdown);
  const blocks: BodyBlock[] = [];
  const marks: BlockMarks[] = [];
  const add = (kind: BodyBlock['kind'], node: RootContent) => {
    const text = plain(node).replace(/\s+/g, ' ').trim();
    if (!text) return;
    blocks.push({ kind, text });
    marks.push({ linkOnly: onlyLinks(node), topHeading: node.type === 'heading' && node.depth === 1 });
  };
  const visit = (node: RootContent) => {
    if (node.type === 'heading') add('heading', node as Heading);
    else if (node.type === 'paragraph') add('paragraph', node as Paragraph);
    else if (node.type === 'list') for (const item of (node as List).children) add('list-item', item);
    else if (node.type === 'blockquote') for (const child of node.children) visit(child);
  };
  for (const node of tree.children) visit(node);
  return { blocks, marks };
}
