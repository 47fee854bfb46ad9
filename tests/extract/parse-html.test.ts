import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/extract/parse-html.js';

describe('parseHtmlDocument', () => {
  it('should build the tree as a browser does: a body for a page that opens <html> inside a conditional comment', () => {
    const page = '<!DOCTYPE html><!--[if lte IE 9]> <html lang="en" class="ie"> <![endif]--><head><title>T</title></head>'
      + '<body><p>First paragraph<p>Second paragraph<div>After</div></body>';
    const document = parseHtmlDocument(page);
    expect(document.documentElement.tagName).toBe('HTML');
    expect(document.body.children.length).toBe(3);
    // End tags the standard implies close each paragraph before the next block.
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['First paragraph', 'Second paragraph']);
    expect(document.querySelector('title')?.textContent).toBe('T');
  });
});
