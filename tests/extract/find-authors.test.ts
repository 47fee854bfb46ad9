import { describe, expect, it } from 'vitest';
import { cleanByline, findAuthors } from '../../src/extract/find-authors.js';
import { linesOf as lines } from '../helpers.js';

describe('cleanByline', () => {
  it('parts glued words and cuts roles, outlets, dates and buttons after the name', () => {
    expect(cleanByline('Emma MackenzieLifestyle Writer')).toBe('Emma Mackenzie');
    expect(cleanByline('Amy Gibbons Political Correspondent')).toBe('Amy Gibbons');
    expect(cleanByline('Jane Doe published 19 May 2026')).toBe('Jane Doe');
    expect(cleanByline('Tom Davies - Associated Press - Friday, April 28, 2023')).toBe('Tom Davies');
    expect(cleanByline('Aisha Patel / EXAMPLE.COM / Sep 2, 2024')).toBe('Aisha Patel');
    expect(cleanByline('Victoria Osei Follow')).toBe('Victoria Osei');
    expect(cleanByline('CHRIS WILSON-SMITH')).toBe('Chris Wilson-Smith');
    expect(cleanByline('Ana Lima Apr. 28, 2023 9:00 am')).toBe('Ana Lima');
  });
});

describe('findAuthors', () => {
  it('reads a byline, a name beside a relative time stamp, and a "By" on its own line', () => {
    expect(findAuthors(lines('Headline about the harbour strike today\nBY PAUL SMITH'), [], 0).authors).toEqual(['Paul Smith']);
    expect(findAuthors(lines('Headline about the harbour strike today\nNIZA KOVAC\n2 MINUTES AGO'), [], 0).authors).toEqual(['Niza Kovac']);
    expect(findAuthors(lines('Headline about the harbour strike today\nBy\nEmma MackenzieLifestyle Writer'), [], 0).authors).toEqual(['Emma Mackenzie']);
  });

  it('does not take section labels or months for names', () => {
    expect(findAuthors(lines('Headline about the harbour strike today\nLocal News\nMay 3, 2024'), [], 0).authors).toEqual([]);
  });

  it('reads contributors from a credit line after the article', () => {
    const tail = lines('Associated Press writers Jan Novak and Maria Silva contributed to this report.');
    expect(findAuthors([], tail, null).contributors).toEqual(['Jan Novak', 'Maria Silva']);
  });
});
