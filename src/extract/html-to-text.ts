/**
 * A DOM → the text a reader gets by selecting all and copying (close to `innerText`): block elements on lines
 * of their own, scripts, styles and hidden elements left out. The text path then reads it like pasted text.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'OBJECT', 'CANVAS', 'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TR', 'UL', 'CAPTION', 'TBODY', 'THEAD', 'TFOOT',
]);
/** Blocks a browser sets apart with a blank line. */
const SPACED = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'HR', 'TABLE']);

/**
 * A modal overlay: a dialog the page opens over its content (a consent manager's preference centre, a sign-in
 * box), saved with the page though hidden by its style sheet. Never the article.
 */
export function isOverlay(element: Element): boolean {
  const role = element.getAttribute('role');
  return element.getAttribute('aria-modal') === 'true' || role === 'dialog' || role === 'alertdialog' || (element.tagName.toUpperCase() === 'DIALOG' && !element.hasAttribute('open'));
}

function hidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The visible text of `root`, one block per line, blank lines around paragraphs; modal overlays left out unless asked for. */
export function htmlToText(root: Element, { overlays = false }: { overlays?: boolean } = {}): string {
  const out: string[] = [];
  let line = '';
  const flush = (blank: boolean) => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (text) out.push(text);
    if (blank && out.at(-1) !== '') out.push('');
    line = '';
  };
  // Line breaks in the page's source are spaces on screen, except in preformatted text.
  let preformatted = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (!preformatted) line += text.replace(/\s+/g, ' ');
      else for (const [index, part] of text.split('\n').entries()) { if (index) flush(false); line += part; }
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(tag) || hidden(element) || (!overlays && isOverlay(element))) return;
    if (tag === 'BR') { flush(false); return; }
    if (tag === 'TD' || tag === 'TH') line += ' ';
    const block = BLOCK.has(tag);
    if (block) flush(SPACED.has(tag));
    if (tag === 'PRE') preformatted++;
    for (const child of element.childNodes) walk(child);
    if (tag === 'PRE') preformatted--;
    if (block) flush(SPACED.has(tag));
  };
  walk(root);
  flush(false);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
