import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/render/build-site-data.js';
import { renderSite } from '../../src/render/render-site.js';
import { buildReport } from '../../src/report/build-report.js';
import { root, seedArchive } from '../helpers.js';

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
