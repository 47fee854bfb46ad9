import { describe, expect, it } from 'vitest';
import { elementSpans, normalised } from '../../src/extract/inline-spans.js';
import { parseHtmlDocument } from '../../src/extract/parse-html.js';

describe('normalised', () => {
  it('should make white space single spaces and trim it, moving the spans with the text and dropping a span of white space', () => {
    const text = '  The   report,\n published  on Monday.  ';
    const spans = [{ start: 6, end: 26, kind: 'link' as const, url: 'https://example.org/' }, { start: 0, end: 2, kind: 'strong' as const }];
    const out = normalised({ text, spans });
    expect(out.text).toBe('The report, published on Monday.');
    expect(out.spans).toEqual([{ start: 4, end: 21, kind: 'link', url: 'https://example.org/' }]);
    expect(out.text.slice(4, 21)).toBe('report, published');
  });
});

describe('elementSpans', () => {
  it('should give the element\'s text content and spans of its links to addresses, emphasis, bold and code', () => {
    const document = parseHtmlDocument('<body><p>A <a href="mailto:desk@example.org">tip</a>, <i>an <code>x</code></i>, <a href="javascript:alert(1)">no</a> and <b> </b>.</p></body>');
    const paragraph = document.querySelector('p')!;
    const { text, spans } = elementSpans(paragraph);
    expect(text).toBe(paragraph.textContent);
    expect(spans.map((span) => [text.slice(span.start, span.end), span.kind])).toEqual([['tip', 'link'], ['x', 'code'], ['an x', 'emphasis']]);
  });
});
