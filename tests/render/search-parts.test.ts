import { describe, expect, it } from 'vitest';
import { partCount, planSearchParts } from '../../src/render/search-parts.js';

const pagesOf = (folder: string, count: number, fingerprint = 'f') =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`${folder}/page-${index}/index.html`, `${fingerprint}${index}`]));

describe('partCount', () => {
  it('should give the least power of two that keeps parts within the size', () => {
    expect([0, 1, 500, 501, 1000, 1001, 4000].map((count) => partCount(count, 500))).toEqual([1, 1, 1, 2, 2, 4, 8]);
  });
});

describe('planSearchParts', () => {
  const pages = { ...pagesOf('articles', 1200), ...pagesOf('entities', 40), 'outlets/x/index.html': 'o' };

  it('should put every searchable page in exactly one part, folders apart, and leave other folders out', () => {
    const parts = planSearchParts(pages, ['articles', 'entities'], 500);
    const all = parts.flatMap((part) => part.pages);
    expect(all.sort()).toEqual(Object.keys(pages).filter((page) => !page.startsWith('outlets/')).sort());
    expect(parts.map((part) => part.name).sort()).toEqual(['articles-4-0', 'articles-4-1', 'articles-4-2', 'articles-4-3', 'entities-1-0']);
    for (const part of parts) expect(part.pages.every((page) => page.startsWith(part.name.split('-')[0]))).toBe(true);
    // Hashing spreads pages evenly enough: no part holds more than twice its share.
    for (const part of parts.filter((one) => one.name.startsWith('articles'))) expect(part.pages.length).toBeLessThan(600);
  });

  it('should change only the part of an added or changed page, and keep names while the count of parts holds', () => {
    const before = planSearchParts(pages, ['articles', 'entities'], 500);
    const added = planSearchParts({ ...pages, 'articles/new/index.html': 'n' }, ['articles', 'entities'], 500);
    expect(added.map((part) => part.name)).toEqual(before.map((part) => part.name));
    const changed = added.filter((part, index) => part.fingerprint !== before[index].fingerprint);
    expect(changed).toHaveLength(1);
    expect(changed[0].pages).toContain('articles/new/index.html');
    const edited = planSearchParts({ ...pages, 'articles/page-7/index.html': 'edited' }, ['articles', 'entities'], 500);
    expect(edited.filter((part, index) => part.fingerprint !== before[index].fingerprint).map((part) => part.pages.includes('articles/page-7/index.html'))).toEqual([true]);
  });

  it('should give no parts for no pages, and the same parts for the same pages in any order', () => {
    expect(planSearchParts({}, ['articles'], 500)).toEqual([]);
    const reversed = Object.fromEntries(Object.entries(pages).reverse());
    expect(planSearchParts(reversed, ['articles', 'entities'], 500)).toEqual(planSearchParts(pages, ['articles', 'entities'], 500));
  });
});
