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
});
