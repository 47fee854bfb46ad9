import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildSite } from '../../src/build-site.js';
import { buildSiteData, markPhrase } from '../../src/render/build-site-data.js';
import { renderSite } from '../../src/render/render-site.js';
import { buildReport } from '../../src/report/build-report.js';
import { root, seedArchive, seedsDir } from '../helpers.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-render-'));

describe('renderSite: the timeline page', () => {
  afterAll(async () => { await rm(work, { recursive: true, force: true }); });

  it('should list an event\'s first ten reports and fold the others', async () => {
    const built = await seedArchive();
    const [first, ...rest] = built.archive.timeline;
    // One event reported by twelve articles (the seeds' five, cited again at other paragraphs).
    const sources = Array.from({ length: 12 }, (_, index) => ({ ...first.sources[0], article: built.archive.articles[index % built.archive.articles.length].id, paragraph: index }));
    const reported = { ...first, sources, articles: [...new Set(sources.map((source) => source.article))] };
    const archive = { ...built, archive: { ...built.archive, timeline: [reported, ...rest] } };
    const site = buildSiteData(archive);
    await renderSite({ templates: path.join(root, 'templates'), output: work, data: { site, render: {}, report: buildReport(archive, []), reportView: { pages: [] } }, only: ['timeline.njk'] });
    expect(site.timelineMonths[0].days[0].events[0].id).toBe(reported.id);
    const html = readFileSync(path.join(work, 'timeline', 'index.html'), 'utf8');
    const event = html.slice(html.indexOf(`data-entities="${site.timelineMonths[0].days[0].events[0].entityIds}"`));
    const item = event.slice(0, event.indexOf('</li>'));
    const [shown, folded] = item.split('<details>');
    expect([...shown.matchAll(/<a href="[^"]*#p-\d+"/g)]).toHaveLength(10);
    expect(folded).toContain('<summary>2 more</summary>');
    expect([...folded.matchAll(/<a href="[^"]*#p-\d+"/g)]).toHaveLength(2);
  });

  it('should list an event\'s first five reports on an entity page and link the event on the timeline for the rest', async () => {
    const built = await seedArchive();
    const named = built.archive.timeline.find((event) => event.entities.length)!;
    const sources = Array.from({ length: 12 }, (_, index) => ({ ...named.sources[0], article: built.archive.articles[index % built.archive.articles.length].id, paragraph: index }));
    const reported = { ...named, sources, articles: [...new Set(sources.map((source) => source.article))] };
    const archive = { ...built, archive: { ...built.archive, timeline: built.archive.timeline.map((event) => (event === named ? reported : event)) } };
    const site = buildSiteData(archive);
    const entity = site.entities.find((view) => view.id === named.entities[0])!;
    const output = path.join(work, 'entity-events');
    await renderSite({ templates: path.join(root, 'templates'), output, data: { site, render: { entities: [entity] }, report: buildReport(archive, []), reportView: { pages: [] } }, only: ['timeline.njk', 'entity.njk'] });
    const page = readFileSync(path.join(output, 'entities', entity.id, 'index.html'), 'utf8');
    const events = page.slice(page.indexOf('<ol class="events">'), page.indexOf('</ol>', page.indexOf('<ol class="events">')));
    const item = events.split('<li class="event">').find((entry) => entry.includes('more on the timeline'))!;
    expect([...item.matchAll(/<a href="[^"]*#p-\d+"/g)]).toHaveLength(5);
    expect(item).toContain(`<a href="../../timeline/#event-${reported.id}">7 more on the timeline</a>`);
    // The link's target: the event's own item on the timeline.
    expect(readFileSync(path.join(output, 'timeline', 'index.html'), 'utf8')).toContain(`<li class="event" id="event-${reported.id}"`);
  });
});

describe('renderSite: an event\'s line', () => {
  it('should mark the words that date an event, on the timeline and on entity pages, the text escaped around them', async () => {
    const built = await seedArchive();
    const named = built.archive.timeline.find((event) => event.entities.length)!;
    const text = 'Officials said <b onclick="x()">on Friday</b> that on Friday the talks & the vote would go ahead.';
    const event = { ...named, text, phrase: 'on Friday' };
    const archive = { ...built, archive: { ...built.archive, timeline: built.archive.timeline.map((entry) => (entry === named ? event : entry)) } };
    const site = buildSiteData(archive);
    const entity = site.entities.find((view) => view.id === named.entities[0])!;
    const output = path.join(work, 'event-line');
    await renderSite({ templates: path.join(root, 'templates'), output, data: { site, render: { entities: [entity] }, report: buildReport(archive, []), reportView: { pages: [] } }, only: ['timeline.njk', 'entity.njk'] });
    const line = '<p class="event-text">Officials said &lt;b onclick=&quot;x()&quot;&gt;<mark>on Friday</mark>&lt;/b&gt; that on Friday the talks &amp; the vote would go ahead.</p>';
    expect(readFileSync(path.join(output, 'timeline', 'index.html'), 'utf8')).toContain(line);
    expect(readFileSync(path.join(output, 'entities', entity.id, 'index.html'), 'utf8')).toContain(line);
  });

  it('should show the line unmarked when the words are not in it', () => {
    expect(markPhrase('The talks went ahead.', 'on Friday')).toBeNull();
    expect(markPhrase('The talks went ahead.', '')).toBeNull();
    expect(markPhrase('On Friday, and again on Friday.', 'on Friday')).toEqual({ before: 'On Friday, and again ', phrase: 'on Friday', after: '.' });
  });
});

describe('renderSite: template compilation', () => {
  it('should compile the markup of a paginated template once, however many pages it makes', async () => {
    // Eleventy compiles a paginated template's body once per page; Nunjucks compiles an include once.
    const compiler = createRequire(import.meta.url)('nunjucks/src/compiler.js') as { compile: (source: string, ...rest: unknown[]) => string };
    const original = compiler.compile;
    const compiled = new Map<string, number>();
    compiler.compile = function (source: string, ...rest: unknown[]) {
      compiled.set(source, (compiled.get(source) ?? 0) + 1);
      return original.call(this, source, ...rest);
    };
    const output = mkdtempSync(path.join(os.tmpdir(), 'dossier-compile-'));
    try {
      const built = await buildSite({ seeds: seedsDir, output: path.join(output, 'site'), templates: path.join(root, 'templates'), curation: null, version: 'test' });
      expect(built.built!.archive.articles.length).toBeGreaterThan(1);
    } finally {
      compiler.compile = original;
      await rm(output, { recursive: true, force: true });
    }
    const article = [...compiled].filter(([source]) => source.includes('data-pagefind-body'));
    expect(article.length).toBeGreaterThan(0);
    // Markup (anything longer than a permalink or a one-line include) is compiled once.
    expect([...compiled].filter(([source, count]) => source.length > 200 && count > 1).map(([source]) => source.slice(0, 60))).toEqual([]);
    // A page's address and title are computed in JavaScript (template data files), not compiled per page; what
    // is compiled more than once is only a paginated template's one-line include.
    expect([...compiled].filter(([source, count]) => count > 1 && !source.startsWith('{% include "pages/')).map(([source]) => source)).toEqual([]);
  });
});

describe('renderSite: page titles', () => {
  it('should escape a title once in the page\'s <title> and og:title (not "&amp;amp;")', async () => {
    const built = await seedArchive();
    const site = buildSiteData(built);
    const article = { ...site.articles[0], title: 'Q&A: Tom & Jerry <b>bold</b>' };
    const output = path.join(work, 'titles');
    await renderSite({ templates: path.join(root, 'templates'), output, data: { site, render: { articles: [article] }, report: buildReport(built, []), reportView: { pages: [] } }, only: ['article.njk'] });
    const page = readFileSync(path.join(output, 'articles', article.id, 'index.html'), 'utf8');
    const escaped = 'Q&amp;A: Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;';
    expect(page).toContain(`<title>${escaped} · `);
    expect(page).toContain(`<meta property="og:title" content="${escaped}">`);
    expect(page).not.toContain('&amp;amp;');
  });
});

describe('renderSite: what it prints', () => {
  it('should print nothing of Eleventy\'s own (its "Wrote N files" lines and benchmark warnings)', async () => {
    const built = await seedArchive();
    const site = buildSiteData(built);
    const printed: unknown[][] = [];
    const spies = (['log', 'info', 'warn', 'error'] as const).map((method) => vi.spyOn(console, method).mockImplementation((...args: unknown[]) => { printed.push(args); }));
    try {
      const written = await renderSite({ templates: path.join(root, 'templates'), output: path.join(work, 'quiet'), data: { site, render: { articles: site.articles, entities: [], articleLists: [], outlets: [], timelinePages: [], reportPages: [], datePages: [] }, report: buildReport(built, []), reportView: { pages: [] } } });
      expect(written).toBeGreaterThan(site.articles.length);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(printed).toEqual([]);
  });

  it('should fail with the template, the include and the first cause of a template error in its message', async () => {
    const built = await seedArchive();
    const site = buildSiteData(built);
    const templates = path.join(work, 'broken-templates');
    cpSync(path.join(root, 'templates'), templates, { recursive: true });
    const page = path.join(templates, '_includes', 'pages', 'article.njk');
    writeFileSync(page, `${readFileSync(page, 'utf8')}{{ article.title | nosuchfilter }}`);
    const rendering = renderSite({ templates, output: path.join(work, 'broken'), data: { site, render: { articles: site.articles.slice(0, 1) }, report: buildReport(built, []), reportView: { pages: [] } }, only: ['article.njk'] });
    await expect(rendering).rejects.toThrow(/article\.njk \(in .*_includes\/pages\/article\.njk\): filter not found: nosuchfilter$/);
  });
});
