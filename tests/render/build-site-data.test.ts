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
    expect(lists).toHaveLength(Math.ceil((entity.mentions.length - 1) / 2));
    // Every further article once, from the oldest (the archive lists newest first).
    const urls = entity.mentions.slice(1).reverse().map(({ article }) => built.archive.articles.find((one) => one.id === article)!.url);
    expect(lists.flatMap((list) => list.articles.map((article) => article.url))).toEqual(urls);
    expect(lists.map((list) => [list.number, list.pages, list.from, list.to, list.total])).toEqual(lists.map((list, index) =>
      [index + 1, lists.length, index * 2 + 1, index * 2 + list.articles.length, entity.mentions.length - 1]));
    expect(view.morePages.map((page) => page.url)).toEqual(lists.map((list) => list.url));
    expect(view.contextGroups).toHaveLength(1);
  });

  it('should change only the last page when a newer article names the entity', async () => {
    const built = await seedArchive();
    // An entity on two pages of further articles that some article does not name yet.
    const entity = built.archive.entities.find((one) => one.mentions.length >= 4 && one.mentions.length < built.archive.articles.length)!;
    expect(entity).toBeTruthy();
    const newer = built.archive.articles.find((article) => !entity.mentions.some((mention) => mention.article === article.id))!;
    expect(newer).toBeTruthy();
    const grown = { ...built, archive: { ...built.archive, entities: built.archive.entities.map((one) => (one === entity ? { ...one, mentions: [{ article: newer.id, count: 1 }, ...one.mentions] } : one)) } };
    const before = buildSiteData(built, { pageSizes }).entityLists.filter((list) => list.entity.url === entity.url);
    const after = buildSiteData(grown, { pageSizes }).entityLists.filter((list) => list.entity.url === entity.url);
    const pages = (lists: typeof before) => lists.map((list) => JSON.stringify(list.articles));
    // Pages before the last keep their articles; only the last grows (or a new one starts).
    expect(pages(after).slice(0, before.length - 1)).toEqual(pages(before).slice(0, before.length - 1));
    expect(after.at(-1)!.articles.at(-1)!.url).toBe(built.archive.articles.find((one) => one.id === entity.mentions[0].article)!.url);
  });
});
