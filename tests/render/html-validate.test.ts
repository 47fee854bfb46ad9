/** Every page kind of the built site is valid HTML (html-validate, recommended rules). */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build-site.js';
import { root, seedsDir } from '../helpers.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-html-'));
const output = path.join(work, 'site');
/** The seeds' site with the default page sizes: the timeline on one page. */
const oneTimeline = path.join(work, 'one-timeline');

describe('the HTML of every page kind', () => {
  beforeAll(async () => {
    await buildSite({ seeds: seedsDir, output, templates: path.join(root, 'templates'), curation: path.join(root, 'curation.yaml'), version: 'test', baseUrl: 'https://example.org/archive/',
      // Small entity, outlet, timeline and report pages, so the seeds' entities and outlets get pages of further articles, the
      // timeline an overview and pages by month, and the report pages by file name, too.
      pageSizes: { entityArticles: 1, listArticles: 1, timelineEvents: 10, reportArticles: 2, dateArticles: 2 } });
    await buildSite({ seeds: seedsDir, output: oneTimeline, templates: path.join(root, 'templates'), curation: path.join(root, 'curation.yaml'), version: 'test' });
  });
  afterAll(async () => { await rm(work, { recursive: true, force: true }); });

  it('validates with html-validate', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'], rules: { 'long-title': 'off', 'require-sri': ['error', { target: 'crossorigin' }] } });
    const archive = JSON.parse(readFileSync(path.join(output, 'data/archive.json'), 'utf8'));
    const pages = ['index.html', 'outlets/index.html', 'entities/index.html', 'timeline/index.html', 'search/index.html', '404.html', 'report/index.html',
      `${archive.articles[0].url}index.html`, `${archive.entities[0].url}index.html`];
    // An outlet with further articles: its page links pages of them by year.
    const outlet = readdirSync(path.join(output, 'outlets'), { withFileTypes: true }).find((entry) => entry.isDirectory() && existsSync(path.join(output, 'outlets', entry.name, 'articles')))!.name;
    pages.push(`outlets/${outlet}/index.html`);
    for (const year of readdirSync(path.join(output, 'outlets', outlet, 'articles'))) pages.push(`outlets/${outlet}/articles/${year}/index.html`);
    const listed = archive.entities.find((entity: { mentions: unknown[] }) => entity.mentions.length > 3);
    for (const month of readdirSync(path.join(output, listed.url, 'articles'))) pages.push(`${listed.url}articles/${month}/index.html`);
    const months = readdirSync(path.join(output, 'timeline')).filter((name) => name !== 'index.html');
    expect(months.length).toBeGreaterThan(2);
    for (const month of months) pages.push(`timeline/${month}/index.html`);
    const reportFiles = readdirSync(path.join(output, 'report', 'files'));
    expect(reportFiles.length).toBeGreaterThan(1);
    for (const letter of reportFiles) pages.push(`report/files/${letter}/index.html`);
    const dateMonths = readdirSync(path.join(output, 'dates'));
    expect(dateMonths.length).toBeGreaterThan(1);
    for (const month of dateMonths) pages.push(`dates/${month}/index.html`);
    for (const page of ['index.html', 'timeline/index.html', 'report/index.html']) pages.push(path.join(path.relative(output, oneTimeline), page));
    const messages: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(path.join(output, page), 'utf8'), page);
      for (const result of report.results) for (const message of result.messages) messages.push(`${page}:${message.line}: ${message.ruleId} ${message.message}`);
    }
    expect(messages).toEqual([]);
  });
});
