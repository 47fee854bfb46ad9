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
    const lists = site.entityLists.filter((list) => list.owner.url === entity.url);
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
    const before = buildSiteData(built, { pageSizes }).entityLists.filter((list) => list.owner.url === entity.url);
    const after = buildSiteData(grown, { pageSizes }).entityLists.filter((list) => list.owner.url === entity.url);
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

describe('buildSiteData: the timeline in pages', () => {
  it('should keep a timeline of at most one page\'s events on one page', async () => {
    const built = await seedArchive();
    const site = buildSiteData(built, { pageSizes: { timelineEvents: built.archive.timeline.length } });
    expect(site.timelinePages).toEqual([]);
    expect(site.timelineMonths.flatMap((month) => month.days.flatMap((day) => day.events.map((event) => event.id))).sort()).toEqual(built.archive.timeline.map((event) => event.id).sort());
  });

  it('should give a longer timeline a page per month, in parts of whole days, each event on one page', async () => {
    const built = await seedArchive();
    const size = 10;
    expect(built.archive.timeline.length).toBeGreaterThan(size * 2);
    const site = buildSiteData(built, { pageSizes: { timelineEvents: size } });
    expect(site.timelineMonths).toEqual([]);
    const pages = site.timelinePages;
    const ids = pages.flatMap((page) => page.months.flatMap((month) => month.days.flatMap((day) => day.events.map((event) => event.id))));
    expect(ids.sort()).toEqual(built.archive.timeline.map((event) => event.id).sort());
    for (const page of pages) {
      const events = page.months[0].days.flatMap((day) => day.events);
      const key = page.url.match(/^timeline\/(\d{4}(?:-\d{2})?)(?:-\d+)?\/$/)![1];
      // One month (or one year, for events dated by year alone) a page; a day split over pages only when it alone is over the size.
      for (const event of events) expect(built.archive.timeline.find((one) => one.id === event.id)!.date.startsWith(key)).toBe(true);
      expect(events.length <= size || page.months[0].days.length === 1).toBe(true);
      expect(page.count).toBe(events.length);
      // The filter lists the entities this page's events name, with counts on this page.
      const named = events.flatMap((event) => event.entityIds.split(' ').filter(Boolean));
      expect(page.entities.map((entity) => entity.id).sort()).toEqual([...new Set(named)].sort());
      for (const entity of page.entities) expect(entity.count).toBe(named.filter((id) => id === entity.id).length);
    }
    expect(new Set(pages.map((page) => page.url)).size).toBe(pages.length);
    // Pages link their neighbours; the overview lists every page by year, in order.
    expect(pages.map((page) => page.next?.url ?? null)).toEqual([...pages.slice(1).map((page) => page.url), null]);
    expect(pages.map((page) => page.previous?.url ?? null)).toEqual([null, ...pages.slice(0, -1).map((page) => page.url)]);
    expect(site.timelinePeriods.flatMap((period) => period.pages.map((page) => page.url))).toEqual(pages.map((page) => page.url));
    for (const period of site.timelinePeriods) for (const page of period.pages) expect(page.url.startsWith(`timeline/${period.year}`)).toBe(true);
    // Entity pages link each event to the page of the split timeline that holds it.
    const pageOf = new Map(pages.flatMap((page) => page.months[0].days.flatMap((day) => day.events.map((event) => [event.id, page.url] as const))));
    const linked = site.entities.flatMap((entity) => entity.events);
    expect(linked.length).toBeGreaterThan(0);
    for (const event of linked) expect(event.timelineUrl).toBe(`${pageOf.get(event.id)}#event-${event.id}`);
  });

  it('should change only the pages of an added event\'s month and its neighbours\' links', async () => {
    const built = await seedArchive();
    const size = 10;
    const before = buildSiteData(built, { pageSizes: { timelineEvents: size } }).timelinePages;
    // An event on a day of its own in a month of its own, after the others.
    const last = built.archive.timeline.at(-1)!;
    const added = { ...last, id: 'added', date: '2030-01-15', precision: 'day' as const };
    const grown = { ...built, archive: { ...built.archive, timeline: [...built.archive.timeline, added] } };
    const after = buildSiteData(grown, { pageSizes: { timelineEvents: size } }).timelinePages;
    const was = new Map(before.map((page) => [page.url, JSON.stringify(page)]));
    const changed = after.filter((page) => was.get(page.url) !== JSON.stringify(page)).map((page) => page.url);
    expect(changed).toEqual([before.at(-1)!.url, 'timeline/2030-01/']);
  });
});

describe('buildSiteData: the feeds', () => {
  it('should list the newest articles only, newest first', async () => {
    const built = await seedArchive();
    const site = buildSiteData(built, { pageSizes: { feedArticles: 2 } });
    expect(site.feedArticles.map((article) => article.id)).toEqual(built.archive.articles.slice(0, 2).map((article) => article.id));
    expect(site.feedArticles[0].paragraphs).toEqual(built.archive.articles[0].paragraphs);
  });
});

describe('buildSiteData: articles by date', () => {
  it('should list a small archive by month on the home page, and give a larger one a page per month', async () => {
    const built = await seedArchive();
    const whole = buildSiteData(built);
    expect(whole.datePages).toEqual([]);
    expect(whole.dateGroups.flatMap((group) => group.articles.map((article) => article.url)).sort()).toEqual(built.archive.articles.map((article) => article.url).sort());
    const site = buildSiteData(built, { pageSizes: { dateArticles: 2 } });
    expect(site.dateGroups).toEqual([]);
    // Every article on one page, of its month (or of unknown date), newest month first, in parts of at most 2.
    expect(site.datePages.flatMap((page) => page.articles.map((article) => article.url))).toEqual(whole.dateGroups.flatMap((group) => group.articles.map((article) => article.url)));
    for (const page of site.datePages) {
      expect(page.articles.length).toBeLessThanOrEqual(2);
      const key = page.url.match(/^dates\/(\d{4}-\d{2}|undated)(?:-\d+)?\/$/)![1];
      for (const article of page.articles) expect(article.published?.slice(0, 7) ?? 'undated').toBe(key);
    }
    expect(site.dateIndex.map((entry) => [entry.url, entry.count])).toEqual(site.datePages.map((page) => [page.url, page.articles.length]));
    expect(site.datePages.map((page) => page.next?.url ?? null)).toEqual([...site.datePages.slice(1).map((page) => page.url), null]);
  });
});

describe('buildSiteData: an entity\'s further articles in a busy year', () => {
  it('should split a year of more than a page by quarter, so an older article changes only its quarter\'s pages', async () => {
    const built = await seedArchive();
    const base = built.archive.articles[0];
    // Twelve articles naming one entity through 2023, a month apart.
    const dated = (id: string, published: string) => ({ ...base, id, url: `articles/${id}/`, published });
    const months = Array.from({ length: 12 }, (_, index) => dated(`m${index + 1}`, `2023-${String(index + 1).padStart(2, '0')}-10`));
    const entity = built.archive.entities[0];
    const archiveWith = (articles: typeof months) => {
      const newest = [...articles].sort((a, b) => b.published!.localeCompare(a.published!));
      return {
        ...built,
        archive: {
          ...built.archive,
          articles: [...built.archive.articles, ...newest],
          entities: built.archive.entities.map((one) => (one === entity ? { ...one, mentions: newest.map((article) => ({ article: article.id, count: 1 })) } : one)),
        },
      };
    };
    const lists = (articles: typeof months) => buildSiteData(archiveWith(articles), { pageSizes: { entityArticles: 1, listArticles: 2 } }).entityLists.filter((list) => list.owner.url === entity.url);
    const before = lists(months);
    // The newest is on the entity page; the other eleven by quarter, in parts of two.
    expect(before.map((list) => list.url.slice(entity.url.length))).toEqual(['articles/2023-q1/', 'articles/2023-q1-2/', 'articles/2023-q2/', 'articles/2023-q2-2/', 'articles/2023-q3/', 'articles/2023-q3-2/', 'articles/2023-q4/']);
    expect(before[0].label).toBe('January–March 2023');
    const after = lists([...months, dated('added', '2023-02-20')]);
    const was = new Map(before.map((list) => [list.url, JSON.stringify(list)]));
    const changed = after.filter((list) => was.get(list.url) !== JSON.stringify(list)).map((list) => list.url.slice(entity.url.length));
    expect(changed).toEqual(['articles/2023-q1-2/']);
  });
});

describe('buildSiteData: an outlet\'s articles', () => {
  it('should list an outlet\'s newest articles on its page and the others on pages by year, each article once', async () => {
    const built = await seedArchive();
    const site = buildSiteData(built, { pageSizes: { listArticles: 1 } });
    const outlet = site.outletGroups.find((group) => group.articleCount > 1)!;
    expect(outlet).toBeDefined();
    const own = built.archive.articles.filter((article) => (article.outlet ?? 'Outlet unknown') === outlet.name);
    expect(outlet.articleCount).toBe(own.length);
    expect(outlet.articles.map((article) => article.url)).toEqual([own[0].url]);
    const lists = site.outletLists.filter((list) => list.owner.url === outlet.url);
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(list.url.startsWith(`${outlet.url}articles/`)).toBe(true);
      expect(list.parent).toEqual({ label: 'Outlets', url: 'outlets/', section: 'outlets' });
      expect(list.articles.length).toBeLessThanOrEqual(1);
    }
    // Every article of the outlet once: the newest on its page, the others on the list pages, which it links.
    expect([...outlet.articles, ...lists.flatMap((list) => list.articles)].map((article) => article.url).sort()).toEqual(own.map((article) => article.url).sort());
    expect(outlet.morePages).toEqual(lists.map(({ url, label, count }) => ({ url, label, count })));
    expect(outlet.moreCount).toBe(own.length - 1);
    // At the default size the seeds' outlets fit on their pages.
    expect(buildSiteData(built).outletLists).toEqual([]);
  });

  it('should make outlets named alike one (case, punctuation, spaces, a leading "The" and an address\'s ending aside), under the name most give, and give every outlet an address of its own', async () => {
    const built = await seedArchive();
    const names = ['The Courier', 'THE COURIER', 'courier.com', 'Радіо Свобода', 'Українська правда', 'The Courier', 'Courier'];
    const articles = built.archive.articles.map((article, n) => ({ ...article, outlet: names[n % names.length] }));
    const site = buildSiteData({ ...built, archive: { ...built.archive, articles } });
    expect(site.outletGroups.map((group) => group.name).sort()).toEqual(['The Courier', 'Радіо Свобода', 'Українська правда']);
    const urls = site.outletGroups.map((group) => group.url);
    expect(new Set(urls).size).toBe(3);
    expect(site.outletGroups.find((group) => group.name === 'The Courier')!.articleCount).toBe(articles.filter((article) => /courier/i.test(article.outlet)).length);
    // Each article links the page of its outlet and shows the name that page gives.
    for (const article of site.articles) {
      const group = site.outletGroups.find((one) => one.url === article.outletUrl)!;
      expect(group.name).toBe(article.outletName);
      const key = (name: string) => name.toLowerCase().replace(/^the /, '').replace(/\.com$/, '').replace(/\W/g, '');
      expect(key(article.outletName)).toBe(key(article.outlet!));
    }
  });
  it('should make an outlet named by its acronym one with the one outlet whose name it abbreviates', async () => {
    const built = await seedArchive();
    const names = ['AP', 'The Associated Press', 'VOA', 'Voice of America', 'BBC'];
    const articles = built.archive.articles.map((article, n) => ({ ...article, outlet: names[n % names.length] }));
    const site = buildSiteData({ ...built, archive: { ...built.archive, articles } });
    expect(site.outletGroups.map((group) => group.name).sort()).toEqual(['BBC', 'The Associated Press', 'Voice of America']);
    expect(site.articles.find((article) => article.outlet === 'AP')!.outletName).toBe('The Associated Press');
    // Initials several outlets share join none.
    const shared = buildSiteData({ ...built, archive: { ...built.archive, articles: articles.map((article, n) => ({ ...article, outlet: ['AP', 'Associated Press', 'Arena Press', 'BBC', 'BBC'][n] })) } });
    expect(shared.outletGroups.map((group) => group.name).sort()).toEqual(['AP', 'Arena Press', 'Associated Press', 'BBC']);
  });

});
