import { parseHtmlDocument } from '../../src/extract/parse-html.js';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/extract/html-to-text.js';

describe('htmlToText', () => {
  it('puts blocks on their own lines and leaves out scripts, styles and hidden elements', () => {
    const document = parseHtmlDocument(`<body><nav><a>Home</a><a>World</a></nav><h1>Harbour strike</h1>
      <script>alert(1)</script><style>p{}</style><div hidden>secret</div><p style="display:none">gone</p>
      <p>First <b>paragraph</b> here.</p><p>Second<br>line</p></body>`);
    expect(htmlToText(document.body)).toBe('HomeWorld\n\nHarbour strike\n\nFirst paragraph here.\n\nSecond\nline');
  });

  it('reads line breaks in the page source as spaces, except in preformatted text, and leaves out modal overlays', () => {
    const document = parseHtmlDocument(`<body><p>The
 airline had said a flight
 carrying 167 passengers left late.</p><pre>line one
line two</pre><div aria-modal="true"><p>We store cookies on your browser.</p></div>
      <div role="dialog"><p>Sign in to continue.</p></div><dialog><p>Closed dialog.</p></dialog></body>`);
    expect(htmlToText(document.body)).toBe('The airline had said a flight carrying 167 passengers left late.\n\nline one\nline two');
    expect(htmlToText(document.body, { overlays: true })).toContain('Sign in to continue.');
  });
});
