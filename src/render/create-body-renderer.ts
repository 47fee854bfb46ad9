/** Article blocks → sanitised HTML, through unified: mdast → entity links → remark-html. */
import { defaultSchema } from 'hast-util-sanitize';
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import remarkHtml from 'remark-html';
import { unified } from 'unified';
import type { MentionMatcher } from '../entities/match-mentions.js';
import type { BodyBlock, InlineSpan } from '../types.js';
import { KEPT_ADDRESS } from '../extract/inline-spans.js';
import remarkEntityLinks from './remark-entity-links.js';

/**
 * The sanitiser's default schema, keeping the block ids we set ourselves (article text cannot set ids:
 * raw HTML is dropped) and the class of entity links. Everything else stays as strict as the default.
 */
const schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  attributes: { ...defaultSchema.attributes, a: [...(defaultSchema.attributes?.a ?? []).filter((entry) => !(Array.isArray(entry) && entry[0] === 'className')), 'className'] },
};

/**
 * The phrasing content of `text` from `from` to `to`: plain text, and the spans inside that range as links,
 * emphasis, strong text and code, each holding the spans inside it.
 */
function phrasing(text: string, spans: readonly InlineSpan[], from = 0, to = text.length): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = from;
  const inside = spans.filter((span) => span.start >= from && span.end <= to && span.start < span.end);
  for (const span of inside) {
    // A span inside one taken already is that one's.
    if (span.start < at) continue;
    if (span.start > at) out.push({ type: 'text', value: text.slice(at, span.start) });
    const children = phrasing(text, inside.filter((other) => other !== span && other.start >= span.start && other.end <= span.end), span.start, span.end);
    if (span.kind === 'code') out.push({ type: 'inlineCode', value: text.slice(span.start, span.end) });
    else if (span.kind === 'link') out.push({ type: 'link', url: span.url ?? '', children });
    else out.push({ type: span.kind, children } as PhrasingContent);
    at = span.end;
  }
  if (at < to) out.push({ type: 'text', value: text.slice(at, to) });
  return out;
}

/** A block's phrasing: its text, with its inline markup where the spans fit it (and a link's where it leads to an address). */
function content(block: BodyBlock): PhrasingContent[] {
  const spans = [...(block.spans ?? [])].filter((span) => span.end <= block.text.length && (span.kind !== 'link' || KEPT_ADDRESS.test(span.url ?? '')))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return spans.length ? phrasing(block.text, spans) : [{ type: 'text', value: block.text }];
}

/**
 * The mdast of an article body: one node per block, consecutive list items in one list; numbered items in a
 * numbered list from their first number, a new one where the numbers do not run on.
 */
export function bodyTree(blocks: readonly BodyBlock[]): Root {
  const children: RootContent[] = [];
  let lastNumber: number | undefined;
  for (const block of blocks) {
    const text = content(block);
    if (block.kind === 'heading') children.push({ type: 'heading', depth: 2, children: text });
    else if (block.kind === 'list-item') {
      const item = { type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: text }] };
      const last = children.at(-1);
      const ordered = block.number !== undefined;
      const runsOn = last?.type === 'list' && (last as List).ordered === ordered && (!ordered || block.number === lastNumber! + 1);
      if (runsOn) (last as List).children.push(item);
      else children.push({ type: 'list', ordered, ...(ordered ? { start: block.number } : {}), spread: false, children: [item] });
      lastNumber = block.number;
    } else children.push({ type: 'paragraph', children: text });
  }
  return { type: 'root', children };
}

/** Render an article's blocks to HTML, linking the mentions `matcher` finds to `hrefFor(entity)`. */
export function renderBody(blocks: readonly BodyBlock[], matcher: MentionMatcher, hrefFor: (entity: string) => string): string {
  const processor = unified()
    .use(remarkEntityLinks, { matcher, hrefFor })
    .use(remarkHtml, { sanitize: schema });
  const tree = processor.runSync(bodyTree(blocks));
  return processor.stringify(tree as Root);
}
