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

/** The blocks of a Markdown body, in order; the first level-1 heading is returned as the title. */
export function markdownBlocks(markdown: string): { title: string | null; blocks: BodyBlock[] } {
  const tree = parser.parse(markdown);
  const blocks: BodyBlock[] = [];
  let title: string | null = null;
  const visit = (node: RootContent) => {
    const text = plain(node).replace(/\s+/g, ' ').trim();
    if (node.type === 'heading') {
      if ((node as Heading).depth === 1 && title === null && blocks.length === 0) title = text;
      else if (text) blocks.push({ kind: 'heading', text });
    } else if (node.type === 'paragraph') {
      if (text) blocks.push({ kind: 'paragraph', text: plain(node as Paragraph).replace(/\s+/g, ' ').trim() });
    } else if (node.type === 'list') {
      for (const item of (node as List).children) {
        const itemText = plain(item).replace(/\s+/g, ' ').trim();
        if (itemText) blocks.push({ kind: 'list-item', text: itemText });
      }
    } else if (node.type === 'blockquote') {
      for (const child of node.children) visit(child);
    }
  };
  for (const node of tree.children) visit(node);
  return { title, blocks };
}
