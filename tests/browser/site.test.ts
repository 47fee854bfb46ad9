/**
 * The generated site in a real browser (Debian's Chromium through playwright-core), served under a sub-path:
 * a reader's walk by clicking, search, the timeline filter, axe-core on every page kind, and a link crawl.
 */
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { LinkChecker } from 'linkinator';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build-site.js';
import { root, seedsDir } from '../helpers.js';
import { serve } from './serve.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-browser-'));
const output = path.join(work, 'site');
/** The same seeds with the search index in one part, to compare the split index's results with. */
const whole = path.join(work, 'whole');
let server: Server;
let base: string;
let wholeServer: Server;
let wholeBase: string;
let browser: Browser;

async function open(url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('response', (response) => { if (response.status() >= 400 && !response.url().includes('does-not-exist')) failures.push(`${response.status()} ${response.url()}`); });
  await page.goto(url);
  (page as Page & { failures: string[] }).failures = failures;
  return page;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const failuresOf = (page: Page) => (page as Page & { failures: string[] }).failures;

describe('the site in a browser, under a sub-path', () => {
  beforeAll(async () => {
    const options = { seeds: seedsDir, templates: path.join(root, 'templates'), curation: path.join(root, 'curation.yaml'), version: 'test' };
    // Parts of two pages: the search page has to search many parts and merge their results.
    // Small entity, timeline and report pages too, so entities have pages of further articles, the timeline an
    // overview and a page per month, the report pages by file name (the site with the index in one part has
    // the timeline and the report on one page each).
    await buildSite({ ...options, output, searchPartSize: 2, pageSizes: { entityArticles: 1, listArticles: 2, timelineEvents: 10, reportArticles: 2, dateArticles: 2 } });
    await buildSite({ ...options, output: whole });
    ({ server, base } = await serve(output, '/archive/'));
    ({ server: wholeServer, base: wholeBase } = await serve(whole, '/archive/'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    wholeServer?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('walks home → article → entity → timeline by clicking', async () => {
    const page = await open(base);
    expect(await page.locator('h1').first().textContent()).toBe('Dossier');
    await page.locator('section[aria-labelledby="latest"] a.title').first().click();
    await page.waitForURL(/\/archive\/articles\/[^/]+\/$/);
    expect(await page.locator('article.story h1').count()).toBe(1);
    const entityLink = page.locator('article.story .body a.entity').first();
    const entityName = (await entityLink.textContent())?.trim();
    await entityLink.click();
    await page.waitForURL(/\/archive\/entities\/[^/]+\/$/);
    expect(entityName).toBeTruthy();
    await page.getByRole('link', { name: 'Timeline', exact: true }).click();
    await page.waitForURL(/\/archive\/timeline\/$/);
    // The overview of months; a month's page has its events and a link on.
    expect(await page.locator('.timeline-period').count()).toBeGreaterThan(2);
    await page.locator('.timeline-period a').first().click();
    await page.waitForURL(/\/archive\/timeline\/\d{4}[^/]*\/$/);
    expect(await page.locator('.events > .event').count()).toBeGreaterThan(0);
    await page.locator('.period-nav a[rel="next"]').click();
    await page.waitForURL(/\/archive\/timeline\/\d{4}[^/]*\/$/);
    expect(await page.locator('.period-nav a[rel="prev"]').count()).toBe(1);
    expect(failuresOf(page)).toEqual([]);
  });

  it('filters a timeline in pages by entity: the overview keeps the months naming it, and their pages open filtered', async () => {
    const page = await open(`${base}timeline/`);
    const all = await page.locator('.timeline-period').count();
    const select = page.locator('#entity-filter select');
    const value = await select.locator('option', { hasText: 'Kharkiv' }).first().getAttribute('value');
    await select.selectOption(value!);
    const shown = page.locator('.timeline-period:visible');
    expect(await shown.count()).toBeGreaterThan(0);
    expect(await shown.count()).toBeLessThan(all);
    for (const entities of await shown.evaluateAll((items) => items.map((item) => item.getAttribute('data-entities')!))) expect(entities.split(' ')).toContain(value);
    expect(await page.locator('#entity-filter [role="status"]').textContent()).toContain('Kharkiv');
    await shown.locator('a').first().click();
    await page.waitForURL(new RegExp(`/timeline/[^/]+/#entity=${value}$`));
    await page.locator('.events > .event:visible').first().waitFor();
    expect(await page.locator('.events > .event[hidden]').count()).toBeGreaterThan(0);
    for (const text of await page.locator('.events > .event:visible .event-entities').allTextContents()) expect(text).toContain('Kharkiv');
    expect(failuresOf(page)).toEqual([]);
  });

  it('filters the timeline by entity, and sorts the entity index', async () => {
    const page = await open(`${wholeBase}timeline/`);
    const all = await page.locator('.events > .event:visible').count();
    const select = page.locator('#entity-filter select');
    const value = await select.locator('option', { hasText: 'Kharkiv' }).first().getAttribute('value');
    await select.selectOption(value!);
    const shown = await page.locator('.events > .event:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    for (const text of await page.locator('.events > .event:visible .event-entities').allTextContents()) expect(text).toContain('Kharkiv');
    const index = await open(`${base}entities/`);
    await index.locator('table[data-sortable]').first().locator('th button', { hasText: 'Name' }).click();
    const names = await index.locator('table[data-sortable]').first().locator('tbody tr td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.toLocaleLowerCase().localeCompare(b.toLocaleLowerCase())));
  });

  it('searches for an entity, filters by outlet and opens a result', async () => {
    const page = await open(`${base}search/`);
    await page.locator('#search-input').fill('Stoltenberg');
    await page.locator('#search-results li').first().waitFor();
    const excerpt = await page.locator('#search-results li .excerpt mark').first().textContent();
    expect(excerpt?.toLowerCase()).toContain('stoltenberg');
    await page.locator('#search-sort').selectOption('desc');
    await page.locator('#search-results li').first().waitFor();
    const outlets = await page.locator('#search-outlet option').allTextContents();
    expect(outlets.length).toBeGreaterThan(2);
    const outlet = await page.locator('#search-outlet option').nth(1).getAttribute('value');
    await page.locator('#search-outlet').selectOption(outlet!);
    await page.waitForFunction((name) => [...document.querySelectorAll('#search-results li .meta')].every((meta) => meta.textContent!.startsWith(name!)), outlet);
    await page.locator('#search-outlet').selectOption('');
    await page.locator('#search-results li').first().waitFor();
    await page.locator('#search-results li a.title').first().click();
    await page.waitForURL(/\/archive\/(articles|entities)\/[^/]+\/$/);
    expect(await page.content()).toContain('Stoltenberg');
    expect(failuresOf(page)).toEqual([]);
  });

  it('finds the same results in an index split into parts as in one, merged by score or by date', async () => {
    const parts = readdirSync(path.join(output, 'pagefind')).filter((name) => statSync(path.join(output, 'pagefind', name)).isDirectory());
    expect(parts.length).toBeGreaterThan(8);
    const results = async (site: string, query: string) => {
      const page = await open(`${site}search/?${query}`);
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')!.textContent!));
      const found = {
        status: await page.locator('#search-status').textContent(),
        links: await page.locator('#search-results li a.title').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
        // The date of each result shown, or NaN (entity pages and undated articles).
        times: await page.locator('#search-results li').evaluateAll((items) => items.map((item) => Date.parse(item.querySelector('.meta')?.textContent?.split(' · ').pop() ?? ''))),
      };
      expect(failuresOf(page)).toEqual([]);
      return found;
    };
    for (const query of ['q=Kharkiv', 'q=Biden&sort=asc', 'q=missiles&sort=desc', 'entity=Antony+Blinken']) {
      const split = await results(base, query);
      const one = await results(wholeBase, query);
      expect(split.status).toBe(one.status);
      expect(split.links.length).toBeGreaterThan(0);
      expect([...split.links].sort()).toEqual([...one.links].sort());
      if (query.includes('sort=')) {
        // The same results in another order: dated articles first, in date order across parts, then the rest.
        const dated = split.times.filter((time) => !Number.isNaN(time));
        expect(dated.length).toBeGreaterThan(0);
        expect(split.times.slice(0, dated.length)).toEqual(dated);
        expect(dated).toEqual([...dated].sort((a, b) => (query.includes('asc') ? a - b : b - a)));
        expect(split.times.slice(0, dated.length)).toEqual(one.times.slice(0, dated.length));
      }
    }
  });

  it('shows the 404 page styled and with working links at any depth, without a base URL', async () => {
    const page = await open(`${base}does-not-exist/deeper/still/`);
    // The page finds the site root (the nearest folder up with the stylesheet) and resolves from there.
    await page.waitForFunction(() => getComputedStyle(document.body).lineHeight !== 'normal');
    const link = page.getByRole('link', { name: 'list of articles' });
    expect(await link.evaluate((element) => (element as HTMLAnchorElement).href)).toBe(base);
    await link.click();
    await page.waitForURL(base);
    expect(await page.locator('h1').first().textContent()).toBe('Dossier');
    expect(failuresOf(page)).toEqual([]);
  });

  it('has no axe violations on any page kind', async () => {
    const pages = ['', 'articles/', 'entities/', 'timeline/', `timeline/${readdirSync(path.join(output, 'timeline')).find((name) => name !== 'index.html')}/`, `report/files/${readdirSync(path.join(output, 'report', 'files'))[0]}/`, `dates/${readdirSync(path.join(output, 'dates'))[0]}/`, 'outlets/', 'search/?q=Blinken', 'report/', 'does-not-exist/'];
    const firstArticle = await (await open(base)).locator('section[aria-labelledby="latest"] a.title').first().getAttribute('href');
    const firstEntity = await (await open(`${base}entities/`)).locator('tbody a').first().getAttribute('href');
    const firstOutlet = await (await open(`${base}outlets/`)).locator('.outlet-list a').first().getAttribute('href');
    const entityPage = await open(`${base}entities/kharkiv/`);
    const firstList = await entityPage.locator('.list-pages a').first().getAttribute('href');
    const urls = [...pages.filter((entry) => entry !== 'articles/').map((entry) => base + entry),
      new URL(firstArticle!, base).href, new URL(firstEntity!, `${base}entities/`).href, new URL(firstOutlet!, `${base}outlets/`).href, new URL(firstList!, `${base}entities/kharkiv/`).href,
      `${wholeBase}`, `${wholeBase}timeline/`, `${wholeBase}report/`];
    const report: string[] = [];
    for (const url of urls) {
      const page = await open(url);
      if (url.includes('search/')) await page.locator('#search-results li').first().waitFor();
      const result = await new AxeBuilder({ page }).analyze();
      for (const violation of result.violations) report.push(`${url}: ${violation.id} (${violation.nodes.length})`);
    }
    console.log(`axe: ${urls.length} pages checked, ${report.length} violations`);
    expect(report).toEqual([]);
  });

  it('has no broken link or asset (crawl from the home page)', async () => {
    const checker = new LinkChecker();
    // Outside links (the originals, Wikidata) are not ours to check and need the network: skipped.
    const result = await checker.check({ path: base, recurse: true, linksToSkip: ['^https?://(?!127\\.0\\.0\\.1[:/])'] });
    const broken = result.links.filter((link) => link.state === 'BROKEN' && !link.url.includes('does-not-exist')).map((link) => `${link.status} ${link.url} (from ${link.parent})`);
    console.log(`crawl: ${result.links.length} links and assets checked, ${broken.length} broken`);
    expect(broken).toEqual([]);
    // Every page the build wrote is reachable by links from the home page.
    const reached = new Set(result.links.filter((link) => link.state === 'OK').map((link) => new URL(link.url).pathname));
    const pages = filesUnder(output).filter((file) => file.endsWith('index.html')).map((file) => `/archive/${path.relative(output, file).replace(/index\.html$/, '')}`);
    expect(pages.filter((page) => !reached.has(page))).toEqual([]);
    expect(pages.length).toBeGreaterThan(40);
  });
});
