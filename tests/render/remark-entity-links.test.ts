import type { Root } from 'mdast';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../src/entities/match-mentions.js';
import { renderBody } from '../../src/render/create-body-renderer.js';
import remarkEntityLinks from '../../src/render/remark-entity-links.js';

const matcher = createMentionMatcher(new Map([['joe-biden', ['Joe Biden', 'Biden']], ['nato', ['NATO']]]));
const href = (id: string) => `../../entities/${id}/`;

describe('remarkEntityLinks', () => {
  it('should expose the public api', () => {
    expect(typeof remarkEntityLinks).toBe('function');
    expect(() => unified().use(remarkEntityLinks, null as never).runSync({ type: 'root', children: [] } as Root)).toThrow('Expected `matcher` in `options`');
  });

  it('should link the first mention of each entity per paragraph, whole words only, and anchor every block', () => {
    const html = renderBody([
      { kind: 'paragraph', text: 'Joe Biden met NATO. Biden’s aides and Bidenomics stayed; NATOs did not.' },
      { kind: 'heading', text: 'Biden in Europe' },
      { kind: 'paragraph', text: 'Later Biden left.' },
    ], matcher, href);
    expect(html).toContain('<p id="p-0"><a href="../../entities/joe-biden/" class="entity">Joe Biden</a> met <a href="../../entities/nato/" class="entity">NATO</a>. Biden’s aides and Bidenomics');
    expect(html).toContain('<h2 id="p-1">Biden in Europe</h2>');
    expect(html).toContain('<p id="p-2">Later <a href="../../entities/joe-biden/" class="entity">Biden</a> left.</p>');
  });

  it('should render numbered items as a numbered list from their first number, and bullets as a bulleted one', () => {
    const html = renderBody([
      { kind: 'paragraph', text: 'The plan has parts.' },
      { kind: 'list-item', text: 'Raise the wall.', number: 3 },
      { kind: 'list-item', text: 'Build a pump.', number: 4 },
      { kind: 'list-item', text: 'Start again.', number: 1 },
      { kind: 'list-item', text: 'A bullet.' },
    ], matcher, href);
    expect(html.replace(/\n/g, '')).toContain('<ol start="3"><li id="p-1">Raise the wall.</li><li id="p-2">Build a pump.</li></ol><ol><li id="p-3">Start again.</li></ol><ul><li id="p-4">A bullet.</li></ul>');
  });

  it('should render a block\'s spans as links, emphasis and code, and link entities inside emphasis but not inside a link', () => {
    const text = 'Joe Biden met NATO, said the report in full.';
    const html = renderBody([{ kind: 'paragraph', text, spans: [
      { start: 0, end: 9, kind: 'emphasis' }, { start: 14, end: 18, kind: 'link', url: 'https://example.org/nato' },
      { start: 25, end: 43, kind: 'strong' }, { start: 29, end: 35, kind: 'code' }, { start: 40, end: 99, kind: 'strong' },
      { start: 0, end: 4, kind: 'link', url: 'javascript:alert(1)' }] }], matcher, href);
    expect(html.trim()).toBe('<p id="p-0"><em><a href="../../entities/joe-biden/" class="entity">Joe Biden</a></em> met <a href="https://example.org/nato">NATO</a>, said <strong>the <code>report</code> in full</strong>.</p>');
  });

  it('should never link inside an existing link', () => {
    const processor = unified().use(remarkParse).use(remarkEntityLinks, { matcher, hrefFor: href }).use(remarkHtml);
    const html = String(processor.processSync('See [Biden on NATO](https://example.org/x) and Biden.'));
    expect(html).toContain('<a href="https://example.org/x">Biden on NATO</a>');
    expect(html).toMatch(/and <a href="..\/..\/entities\/joe-biden\/"[^>]*>Biden<\/a>\./);
  });

  it('should render article text inert: scripts, handlers and javascript: links never get through', () => {
    const html = renderBody([
      { kind: 'paragraph', text: '<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))' },
    ], matcher, href);
    expect(html).not.toMatch(/<script|<img|<a |href="javascript:/);
    expect(html).toContain('&#x3C;script>');
  });
});
