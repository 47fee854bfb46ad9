import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/render/build-site-data.js';
import { seedArchive } from '../helpers.js';

const pageSizes = { entityArticles: 1, listArticles: 2 };

describe('buildSiteData: an entity\'s further articles', () => {
  it('should put the articles past the entity page\'s own on pages of their own, oldest first, linked from the entity page', async () => {
    const built = await seedArchive();
    const site = buildSiteData(built, { pageSizes });
    const entity = built.archive.entities.find((one) => one.mentions.length > 3)!;
    const view = site.entities.find((one) => one.id === entity.id)!;
    const lists = site.entityLists.filter((list) => list.entity.url === entity.url);
    expect(view.moreCount).toBe(entity.mentions.length - 1);
    // Every further article once, oldest first (the archive lists newest first), a page per year (in parts).
    const reversed = entity.mentions.slice(1).reverse().map(({ article }) => built.archive.articles.find((one) => one.id === article)!);
    const further = [...reversed.filter((article) => article.published), ...reversed.filter((article) => !article.published)];
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.flatMap((list) => list.articles.map((article) => article.url))).toEqual(further.map((article) => article.url));
    for (const list of lists) {
      const years = new Set(list.articles.map((article) => article.published?.slice(0, 4) ?? 'undated'));
      expect(years.size).toBe(1);
      expect(list.url.startsWith(`${entity.url}articles/${[...years][0]}`)).toBe(true);
      expect(list.articles.length).toBeLessThanOrEqual(2);
    }
    expect(view.morePages.map((page) => page.url)).toEqual(lists.map((list) => list.url));
    expect(view.contextGroups).toHaveLength(1);
  });

  it('should change only one page when a newer article names the entity', async () => {
    const built = await seedArchive();
    // An entity on two pages of further articles that some article does not name yet.
    const entity = built.archive.entities.find((one) => one.mentions.length >= 4 && one.mentions.length < built.archive.articles.length)!;
    expect(entity).toBeTruthy();
    const newer = built.archive.articles.find((article) => !entity.mentions.some((mention) => mention.article === article.id))!;
    expect(newer).toBeTruthy();
    const grown = { ...built, archive: { ...built.archive, entities: built.archive.entities.map((one) => (one === entity ? { ...one, mentions: [{ article: newer.id, count: 1 }, ...one.mentions] } : one)) } };
    const before = buildSiteData(built, { pageSizes }).entityLists.filter((list) => list.entity.url === entity.url);
    const after = buildSiteData(grown, { pageSizes }).entityLists.filter((list) => list.entity.url === entity.url);
    const pages = (lists: typeof before) => new Map(lists.map((list) => [list.url, JSON.stringify(list)]));
    // The article that was newest moves from the entity page to the last page of its year; no other page changes.
    const [was, now] = [pages(before), pages(after)];
    const changed = [...now].filter(([url, page]) => was.get(url) !== page).map(([url]) => url);
    expect(changed).toHaveLength(1);
    expect([...was.keys()].filter((url) => !now.has(url))).toEqual([]);
    const moved = built.archive.articles.find((one) => one.id === entity.mentions[0].article)!;
    expect(after.find((list) => list.url === changed[0])!.articles.map((article) => article.url)).toContain(moved.url);
  });
});
