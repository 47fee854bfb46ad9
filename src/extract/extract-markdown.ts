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

/**
 * The blocks of a Markdown body, in order; the first level-1 heading is returned as the title. `linkOnly` marks
 * (by index) the blocks whose text is all links.
 */
export function markdownBlocks(markdown: string): { title: string | null; blocks: BodyBlock[]; linkOnly: boolean[] } {
  const tree = parser.parse(markdown);
  const blocks: BodyBlock[] = [];
  const linkOnly: boolean[] = [];
  let title: string | null = null;
  const add = (kind: BodyBlock['kind'], node: RootContent) => {
    const text = plain(node).replace(/\s+/g, ' ').trim();
    if (!text) return;
    blocks.push({ kind, text });
    linkOnly.push(onlyLinks(node));
  };
  const visit = (node: RootContent) => {
    if (node.type === 'heading') {
      if ((node as Heading).depth === 1 && title === null && blocks.length === 0) title = plain(node).replace(/\s+/g, ' ').trim();
      else add('heading', node);
    } else if (node.type === 'paragraph') add('paragraph', node as Paragraph);
    else if (node.type === 'list') for (const item of (node as List).children) add('list-item', item);
    else if (node.type === 'blockquote') for (const child of node.children) visit(child);
  };
  for (const node of tree.children) visit(node);
  return { title, blocks, linkOnly };
}
