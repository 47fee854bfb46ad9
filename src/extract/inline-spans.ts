/** Inline markup of a block (links to addresses, emphasis, bold, code) as spans over its plain text. */
import type { InlineSpan } from '../types.js';

/** Addresses a link of an article keeps: the web's and mail's (a site's own paths lead nowhere in the archive). */
export const KEPT_ADDRESS = /^(?:https?:\/\/|mailto:)/i;

/** A text and the spans over it. */
export interface SpannedText {
  text: string;
  spans: InlineSpan[];
}

/**
 * A text with spans over it, its white space made single spaces and trimmed as a block's text is, the spans moved
 * with it (a span of white space only goes).
 */
export function normalised({ text, spans }: SpannedText): SpannedText {
  let out = '';
  const at: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index])) continue;
    if (out && index > 0 && /\s/.test(text[index - 1])) out += ' ';
    at[index] = out.length;
    out += text[index];
  }
  const moved = spans.flatMap((span) => {
    // The span's first and last characters that are no white space.
    let first = span.start;
    while (first < span.end && at[first] === undefined) first++;
    let last = span.end - 1;
    while (last > first && at[last] === undefined) last--;
    return first < span.end ? [{ ...span, start: at[first], end: at[last] + 1 }] : [];
  });
  return { text: out, spans: moved };
}

/** The inline markup an HTML element makes, by its tag. */
const TAG_KINDS: Partial<Record<string, InlineSpan['kind']>> = { EM: 'emphasis', I: 'emphasis', STRONG: 'strong', B: 'strong', CODE: 'code' };

/** An element's text (its `textContent`) and the spans its links to addresses, emphasis, bold and code make over it. */
export function elementSpans(element: Element): SpannedText {
  let text = '';
  const spans: InlineSpan[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const start = text.length;
    for (const child of node.childNodes) walk(child);
    const tag = (node as Element).tagName;
    const href = tag === 'A' ? (node as Element).getAttribute('href') ?? '' : '';
    const kind = tag === 'A' ? (KEPT_ADDRESS.test(href) ? 'link' : undefined) : TAG_KINDS[tag];
    if (kind && text.slice(start).trim()) spans.push({ start, end: text.length, kind, ...(kind === 'link' ? { url: href } : {}) });
  };
  for (const child of element.childNodes) walk(child);
  return { text, spans };
}
