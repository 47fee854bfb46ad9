import { describe, expect, it } from 'vitest';
import { partCount, planSearchParts, regroupedParts, searchedHtml, searchFingerprint } from '../../src/render/search-parts.js';

const pagesOf = (folder: string, count: number, fingerprint = 'f') =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`${folder}/page-${index}/index.html`, `${fingerprint}${index}`]));

describe('partCount', () => {
  it('should give the least power of two that keeps parts within the size', () => {
    expect([0, 1, 500, 501, 1000, 1001, 4000].map((count) => partCount(count, 500))).toEqual([1, 1, 1, 2, 2, 4, 8]);
  });

  it('should keep the previous count while parts average at most twice the size and more than a quarter of it', () => {
    expect([4001, 8000, 8001, 1001, 1000, 0].map((count) => partCount(count, 500, 8))).toEqual([8, 8, 32, 8, 2, 1]);
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

  it('should keep the parts of the previous build when a page added crosses the size, so one part changes', () => {
    const before = planSearchParts(pagesOf('articles', 1000), ['articles'], 500);
    expect(before).toHaveLength(2);
    const more = { ...pagesOf('articles', 1000), 'articles/new/index.html': 'n' };
    expect(planSearchParts(more, ['articles'], 500)).toHaveLength(4);
    const kept = planSearchParts(more, ['articles'], 500, before.map((part) => part.name));
    expect(kept.map((part) => part.name)).toEqual(before.map((part) => part.name));
    expect(kept.filter((part, index) => part.fingerprint !== before[index].fingerprint)).toHaveLength(1);
  });

  it('should give no parts for no pages, and the same parts for the same pages in any order', () => {
    expect(planSearchParts({}, ['articles'], 500)).toEqual([]);
    const reversed = Object.fromEntries(Object.entries(pages).reverse());
    expect(planSearchParts(reversed, ['articles', 'entities'], 500)).toEqual(planSearchParts(pages, ['articles', 'entities'], 500));
  });
});

describe('searchedHtml', () => {
  const page = (footer: string) => `<html><body><nav>Home</nav><main><article class="story" data-pagefind-body><h1>Title</h1>
<div class="body"><p>Text <a href="x">link</a>.</p><div class="inner"><p>More</p></div></div>
<footer data-pagefind-ignore="all"><div><div>${footer}</div></div></footer><p>After</p></article><aside>Other</aside></main></body></html>`;

  it('should keep the body element, less what is ignored with everything in it', () => {
    const text = searchedHtml(page('Newer: <a href="y">Another story</a>'));
    expect(text.startsWith('<article class="story" data-pagefind-body>')).toBe(true);
    expect(text.endsWith('</article>')).toBe(true);
    expect(text).toContain('<div class="inner"><p>More</p></div>');
    expect(text).toContain('<p>After</p>');
    expect(text).not.toMatch(/Newer|Another story|Home|Other|<footer/);
  });

  it('should fingerprint a page the same when only ignored parts change, and differently when its text does', () => {
    expect(searchFingerprint(page('one list'))).toBe(searchFingerprint(page('another, longer list')));
    expect(searchFingerprint(page('one list'))).not.toBe(searchFingerprint(page('one list').replace('More', 'Less')));
  });

  it('should read the whole page when no element is marked as the body', () => {
    expect(searchedHtml('<p>Plain <span data-pagefind-ignore="all">not <span>this</span></span> page</p>')).toBe('<p>Plain  page</p>');
  });
});

describe('regroupedParts', () => {
  const before = Object.keys(pagesOf('articles', 1200));
  const names = planSearchParts(pagesOf('articles', 1200), ['articles', 'entities'], 500).map((part) => part.name);
  const partOf = (page: string, pages: string[]) => planSearchParts(Object.fromEntries(pages.map((one) => [one, 'f'])), ['articles', 'entities'], 500, names).find((part) => part.pages.includes(page))!.name;

  it('should name only the part that gains or loses a page, before anything is rendered', () => {
    const added = [...before, 'articles/new/index.html'];
    expect(regroupedParts(added, before, ['articles', 'entities'], 500, names).map((part) => part.name)).toEqual([partOf('articles/new/index.html', added)]);
    const removed = before.filter((page) => page !== 'articles/page-7/index.html');
    expect(regroupedParts(removed, before, ['articles', 'entities'], 500, names).map((part) => part.name)).toEqual([partOf('articles/page-7/index.html', before)]);
  });

  it('should name no part when the pages are the same, and a part of a folder that had none', () => {
    expect(regroupedParts(before, before, ['articles', 'entities'], 500, names)).toEqual([]);
    const withEntity = [...before, 'entities/kharkiv/index.html'];
    expect(regroupedParts(withEntity, before, ['articles', 'entities'], 500, names)).toEqual([{ name: 'entities-1-0', pages: ['entities/kharkiv/index.html'] }]);
  });
});
