import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteResult } from '../src/build-site.js';
import { indexerStops, root, seedsDir } from './helpers.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-incremental-'));
const seeds = path.join(work, 'seeds');
cpSync(seedsDir, seeds, { recursive: true });
const output = path.join(work, 'site');
// Search parts of two pages: an added article has to leave most parts of the index as they were. Small entity,
// timeline and report pages, so pages of further articles, timeline months and report files are rebuilt (or
// kept) too.
const options = { seeds, output, templates: path.join(root, 'templates'), curation: null, version: 'test', cache: path.join(work, 'cache'), searchPartSize: 2,
  pageSizes: { entityArticles: 1, listArticles: 1, timelineEvents: 10, reportArticles: 2, dateArticles: 2 } };

const ADDED = `Allies weigh Kharkiv air defence

June 4, 2024

Foreign ministers met on Tuesday to discuss air defence for Kharkiv after weeks of Russian strikes on the city.

Joe Biden told reporters that the decision on ATACMS had been taken with care, and that Antony Blinken would brief the allies.

Jens Stoltenberg said the alliance stood ready to help Ukraine defend Kharkiv and the region around it.
`;

/** Every file of the site except the search bundle, path → bytes. */
function siteFiles(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`pagefind${path.sep}`) && file !== '.dossier-output');
  return new Map(files.sort().map((file) => [file, readFileSync(path.join(dir, file))]));
}

/** The search index's parts: name → inode of the part's entry file (a part written anew gets a new one). */
function searchParts(dir: string): Map<string, number> {
  const { parts } = JSON.parse(readFileSync(path.join(dir, 'pagefind', 'parts.json'), 'utf8')) as { parts: string[] };
  return new Map(parts.map((part) => [part, statSync(path.join(dir, 'pagefind', part, 'pagefind-entry.json')).ino]));
}

/** Page → fingerprint of what search reads of it, from the output manifest. */
function searchedPages(dir: string): Record<string, string> {
  return JSON.parse(readFileSync(path.join(dir, '.dossier-output'), 'utf8')).searchPages;
}

/** Pages indexed in all parts together. */
function indexedPages(dir: string): number {
  return [...searchParts(dir).keys()].reduce((sum, part) => sum + JSON.parse(readFileSync(path.join(dir, 'pagefind', part, 'pagefind-entry.json'), 'utf8')).languages.en.page_count, 0);
}

async function build(extra: { output?: string; cache?: string | null; renderBatch?: number; title?: string } = {}): Promise<{ result: SiteResult; stages: string[] }> {
  const stages: string[] = [];
  const result = await buildSite({ ...options, ...extra, onStage: (stage, detail) => stages.push(`${stage} ${detail ?? ''}`.trim()) });
  return { result, stages };
}

describe('buildSite with a cache (incremental rebuilds)', () => {
  afterAll(async () => { await rm(work, { recursive: true, force: true }); });

  it('should leave the site as it was when nothing it is made from changed, and reuse every result and page when a page went missing', async () => {
    const first = await build();
    expect(first.result.cache.misses).toBeGreaterThan(0);
    expect(first.result.pages.reused).toBe(0);
    expect(first.result.unchanged).toBe(false);
    const parts = searchParts(output);
    expect(parts.size).toBeGreaterThan(4);
    expect(first.stages).toContain(`search indexing ${parts.size} of ${parts.size} parts`);
    const before = siteFiles(output);
    const everyInode = () => readdirSync(output, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      .map((entry) => `${path.relative(output, path.join(entry.parentPath, entry.name))} ${statSync(path.join(entry.parentPath, entry.name)).ino}`).sort();
    const inodesBefore = everyInode();
    // Nothing changed: no stage runs, no file of the site is written, and the report is the previous build's.
    const same = await build();
    expect(same.result.unchanged).toBe(true);
    expect(same.stages).toEqual(['read', 'unchanged']);
    expect(same.result.report).toEqual(JSON.parse(JSON.stringify(first.result.report)));
    expect(same.result.cache).toEqual({ hits: 0, misses: 0 });
    expect(everyInode()).toEqual(inodesBefore);
    // A page gone from the site: the build runs again, from the cache, and renders that page alone.
    const article = first.result.built!.archive.articles[0];
    rmSync(path.join(output, article.url, 'index.html'));
    const archiveWide = ['index.html', 'timeline/index.html', 'report/index.html', 'entities/index.html', 'feed.json', 'assets/style.css'];
    const inodes = () => archiveWide.map((file) => statSync(path.join(output, file)).ino);
    const archiveWideBefore = inodes();
    const second = await build();
    expect(second.result.unchanged).toBe(false);
    expect(second.result.cache.misses).toBe(0);
    expect(second.result.cache.hits).toBe(first.result.cache.hits + first.result.cache.misses);
    expect(second.result.pages.rendered).toBe(1);
    expect(second.result.pages.reused).toBe(first.result.pages.rendered - 1);
    expect(second.stages).toContain('search unchanged');
    expect(searchParts(output)).toEqual(parts);
    expect(siteFiles(output)).toEqual(before);
    // The pages that list the whole archive, and the assets, are taken over too: Eleventy renders the one page.
    expect(inodes()).toEqual(archiveWideBefore);
    // A setting is part of what the site is made from: every page shows the title.
    const titled = await build({ title: 'Another archive' });
    expect(titled.result.unchanged).toBe(false);
    expect(titled.result.pages.reused).toBe(0);
    expect(readFileSync(path.join(output, 'index.html'), 'utf8')).toContain('Another archive');
    expect((await build()).result.pages.reused).toBe(0);
    expect(siteFiles(output)).toEqual(before);
  });

  it('should redo only what depends on an added article, and give the same site as a build from scratch in small render batches', async () => {
    writeFileSync(path.join(seeds, 'added.txt'), ADDED);
    const before = searchParts(output);
    const searchedBefore = searchedPages(output);
    const inodeOfHome = statSync(path.join(output, 'index.html')).ino;
    const { result, stages } = await build();
    expect(statSync(path.join(output, 'index.html')).ino).not.toBe(inodeOfHome);
    expect(result.cache.misses).toBeGreaterThan(0);
    expect(result.cache.misses).toBeLessThan(result.cache.hits);
    expect(result.pages.rendered).toBeGreaterThan(0);
    expect(result.pages.reused).toBeGreaterThan(0);
    const added = result.built!.archive.articles.find((article) => article.sourceFile === 'added.txt')!;
    expect(added.title).toBe('Allies weigh Kharkiv air defence');
    const kharkiv = readFileSync(path.join(output, 'entities', 'kharkiv', 'index.html'), 'utf8');
    expect(kharkiv).toContain(`articles/${added.id}/`);
    // The search index: the same parts; the added article's part indexed again, and only parts whose pages
    // changed; every page in exactly one part.
    const after = searchParts(output);
    // What search reads of a page changes only for new pages: an entity page's searched text is its identity
    // (name, kind, aliases), not counts or sentences that every added article would change.
    const searchedAfter = searchedPages(output);
    const searchChanged = Object.keys(searchedAfter).filter((page) => searchedBefore[page] !== searchedAfter[page]);
    expect(searchChanged).toContain(`articles/${added.id}/index.html`);
    expect(searchChanged.filter((page) => page in searchedBefore)).toEqual([]);
    // A new entity can fill a part that had no page before; no part goes away.
    expect([...before.keys()].filter((part) => !after.has(part))).toEqual([]);
    const redone = [...after].filter(([part, inode]) => before.get(part) !== inode).map(([part]) => part);
    const articleParts = redone.filter((part) => part.startsWith('articles-'));
    expect(articleParts).toHaveLength(1);
    expect(redone.length).toBeLessThan(after.size);
    expect(stages).toContain(`search indexing ${redone.length} of ${after.size} parts`);
    const fragments = readdirSync(path.join(output, 'pagefind', articleParts[0], 'fragment')).map((file) => gunzipSync(readFileSync(path.join(output, 'pagefind', articleParts[0], 'fragment', file))).toString());
    expect(fragments.some((fragment) => fragment.includes(`/articles/${added.id}/`))).toBe(true);
    expect(indexedPages(output)).toBe(result.built!.archive.articles.length + result.built!.archive.entities.length);
    const scratch = path.join(work, 'scratch-site');
    // A file that cannot be used changes no record page, only the report: the pages of the whole archive are
    // rendered again for it.
    writeFileSync(path.join(seeds, 'empty.txt'), '');
    const withProblem = await build();
    expect(withProblem.result.pages.rendered).toBe(0);
    expect(readFileSync(path.join(output, 'report', 'index.html'), 'utf8')).toContain('empty.txt');
    // From scratch, and rendered in small batches: the same site again.
    await build({ output: scratch, cache: null, renderBatch: 7 });
    expect(siteFiles(output)).toEqual(siteFiles(scratch));
  });
  it('should stop the search indexer, begun while pages render, when the build fails then, and keep the previous site', async () => {
    // An added article begins its part of the search index as the pages start to render; the build then fails.
    writeFileSync(path.join(seeds, 'added-again.txt'), ADDED.replace('Allies weigh', 'Ministers weigh').replace('Tuesday', 'Wednesday'));
    const before = siteFiles(output);
    const failing = buildSite({ ...options, onStage: (stage) => { if (stage === 'render') throw new Error('stopped while rendering'); } });
    await expect(failing).rejects.toThrow('stopped while rendering');
    expect(await indexerStops()).toBe(true);
    expect(siteFiles(output)).toEqual(before);
    expect(readdirSync(work).filter((name) => name.startsWith('site.'))).toEqual([]);
    rmSync(path.join(seeds, 'added-again.txt'));
  });
});
