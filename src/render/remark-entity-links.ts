/** A remark plugin: link entity mentions in paragraphs and list items, and anchor every block. */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { MentionMatcher } from '../entities/match-mentions.js';

/** Options of `remarkEntityLinks`. */
export interface Options {
  /** Finds entity mentions in a text (required). */
  matcher: MentionMatcher;
  /** The link target of an entity id (required). */
  hrefFor: (entity: string) => string;
  /** Link only the first mention of an entity in each block (default: true). */
  firstPerBlock?: boolean;
  /** The anchor id of the n-th top-level block (default: `p-<n>`); null for none. */
  anchorFor?: ((index: number) => string) | null;
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem']);

/**
 * Link mentions of known entities to their pages. Never inside an existing link, never half a word
 * (the matcher only matches whole words). Every top-level block gets an id, so other pages can point at
 * a paragraph.
 */
export default function remarkEntityLinks(options: Readonly<Options> | null | undefined) {
  if (!options?.matcher) throw new Error('Expected `matcher` in `options`');
  if (!options.hrefFor) throw new Error('Expected `hrefFor` in `options`');
  const { matcher, hrefFor } = options;
  const firstPerBlock = options.firstPerBlock ?? true;
  const anchorFor = options.anchorFor === undefined ? (index: number) => `p-${index}` : options.anchorFor;
  return (tree: Root) => {
    let blockIndex = 0;
    const visitBlock = (node: Parent) => {
      if (anchorFor) {
        const data = (node.data ??= {});
        data.hProperties = { ...(data.hProperties ?? {}), id: anchorFor(blockIndex) };
      }
      blockIndex++;
      if (node.type !== 'heading') linkIn(node, new Set());
    };
    const linkIn = (node: Parent, linked: Set<string>) => {
      const children: Nodes[] = [];
      for (const child of node.children as Nodes[]) {
        if (child.type === 'text') children.push(...split(child, linked));
        else {
          if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') linkIn(child as Parent, linked);
          children.push(child);
        }
      }
      (node as Parent).children = children as Parent['children'];
    };
    const split = (node: Text, linked: Set<string>): PhrasingContent[] => {
      const out: PhrasingContent[] = [];
      let last = 0;
      for (const mention of matcher(node.value)) {
        if (firstPerBlock && linked.has(mention.entity)) continue;
        linked.add(mention.entity);
        if (mention.start > last) out.push({ type: 'text', value: node.value.slice(last, mention.start) });
        const link: Link = {
          type: 'link',
          url: hrefFor(mention.entity),
          children: [{ type: 'text', value: node.value.slice(mention.start, mention.end) }],
          data: { hProperties: { className: ['entity'] } },
        };
        out.push(link);
        last = mention.end;
      }
      if (last === 0) return [node];
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out;
    };
    for (const node of tree.children) {
      if (BLOCKS.has(node.type)) visitBlock(node as Parent);
      else if (node.type === 'list') for (const item of node.children) visitBlock(item);
    }
  };
}
