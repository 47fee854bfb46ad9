import { describe, expect, it } from 'vitest';
import { cleanFileName, uniqueFileName } from '../../src/read/clean-file-name.js';

describe('cleanFileName', () => {
  it('should fold accents, spaces and punctuation into a lower-case ASCII name, keeping the extension', () => {
    expect(cleanFileName('Été à Kyiv – Day 2.TXT')).toBe('ete-a-kyiv-day-2.txt');
    expect(cleanFileName('  My  Story (copy).md')).toBe('my-story-copy.md');
  });
  it('should transliterate other scripts, and give a name to a file whose name has no letters left', () => {
    expect(cleanFileName('Киев.html')).toBe('kiev.html');
    expect(cleanFileName('— ….html')).toBe('article.html');
    expect(cleanFileName('.txt')).toBe('txt');
  });
});

describe('uniqueFileName', () => {
  it('should number a name already taken', () => {
    expect(uniqueFileName('a.txt', new Set(['a.txt', 'a-2.txt']))).toBe('a-3.txt');
    expect(uniqueFileName('b.txt', new Set(['a.txt']))).toBe('b.txt');
  });
});
