import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addPages, indexSearch, openPartIndex, startIndexing } from '../../src/render/index-search.js';
import type { SearchPart } from '../../src/render/search-parts.js';
import { indexerStops } from '../helpers.js';

/** A site folder with a searchable page per name. */
function siteWith(names: string[]): string {
  const site = mkdtempSync(path.join(os.tmpdir(), 'dossier-search-'));
  for (const name of names) {
    mkdirSync(path.join(site, 'articles', name), { recursive: true });
    writeFileSync(path.join(site, 'articles', name, 'index.html'), `<html lang="en"><body><main data-pagefind-body><h1>${name}</h1><p>Report ${name} on the talks.</p>
      <span data-pagefind-filter="outlet">Outlet ${name.length % 3}</span><span data-pagefind-filter="entity">${name.toUpperCase()}</span></main></body></html>`);
  }
  return site;
}

const pageOf = (name: string) => `articles/${name}/index.html`;

/** The page count and the URLs of the pages in a part's bundle. */
function bundle(site: string, part: string): { count: number; urls: string[] } {
  const folder = path.join(site, 'pagefind', part);
  const count = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')).languages.en.page_count as number;
  // A fragment is Pagefind's signature, then the page's JSON.
  const fragment = (file: string) => gunzipSync(readFileSync(path.join(folder, 'fragment', file))).toString();
  const urls = readdirSync(path.join(folder, 'fragment')).map((file) => JSON.parse(fragment(file).replace(/^[^{]*/, '')).url as string);
  return { count, urls: urls.sort() };
}

describe('indexSearch', () => {
  it('should finish a part begun with some of its pages from another folder, adding only the rest', async () => {
    const previous = siteWith(['a', 'b', 'c']);
    const site = siteWith(['a', 'b', 'c', 'd']);
    const begun = await openPartIndex('articles-1-0');
    await addPages(begun, previous, [pageOf('a'), pageOf('b'), pageOf('c')], site);
    const part = { name: 'articles-1-0', pages: ['a', 'b', 'c', 'd'].map(pageOf), fingerprint: 'x' };
    expect(await indexSearch(site, [part], { begun: [begun] })).toBe(4);
    expect(bundle(site, 'articles-1-0')).toEqual({ count: 4, urls: ['/articles/a/', '/articles/b/', '/articles/c/', '/articles/d/'] });
    // The folders the pages were gathered in are gone.
    expect(readdirSync(site).sort()).toEqual(['articles', 'pagefind']);
  });

  it('should start a begun part again when it holds a page the part no longer has', async () => {
    const previous = siteWith(['a', 'gone']);
    const site = siteWith(['a', 'b']);
    const begun = await openPartIndex('articles-1-0');
    await addPages(begun, previous, [pageOf('a'), pageOf('gone')], site);
    const part = { name: 'articles-1-0', pages: [pageOf('a'), pageOf('b')], fingerprint: 'x' };
    await indexSearch(site, [part], { begun: [begun] });
    expect(bundle(site, 'articles-1-0')).toEqual({ count: 2, urls: ['/articles/a/', '/articles/b/'] });
  });

  it('should write the same bundles on two indexers as on one, each part once', async () => {
    const names = ['kharkiv', 'odesa', 'kyiv', 'lviv', 'dnipro', 'sumy', 'poltava', 'kherson', 'mykolaiv'];
    const parts: SearchPart[] = [0, 1, 2].map((n) => ({ name: `articles-4-${n}`, pages: names.filter((_, i) => i % 3 === n).map(pageOf), fingerprint: 'x' }));
    const [one, two] = [siteWith(names), siteWith(names)];
    const done: number[] = [];
    expect(await indexSearch(one, parts, { indexers: 1 })).toBe(9);
    expect(await indexSearch(two, parts, { indexers: 2, onPart: (_part, count) => done.push(count) })).toBe(9);
    expect(done).toEqual([1, 2, 3]);
    const files = (site: string) => readdirSync(path.join(site, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name))).sort();
    expect(files(two)).toEqual(files(one));
    for (const file of files(one)) expect(readFileSync(path.join(two, file)).equals(readFileSync(path.join(one, file))), file).toBe(true);
    for (const part of parts) expect(bundle(two, part.name).urls).toEqual(part.pages.map((page) => `/${page.replace(/index\.html$/, '')}`).sort());
    expect(await indexerStops()).toBe(true);
  });

  it('should index a part queued while the pages render though this thread is held, as a render holds it', async () => {
    const names = ['kharkiv', 'odesa', 'kyiv', 'lviv'];
    const site = siteWith(names);
    const indexing = startIndexing(site, { indexers: 2, rendering: true });
    const parts: SearchPart[] = [0, 1].map((n) => ({ name: `articles-2-${n}`, pages: names.filter((_, i) => i % 2 === n).map(pageOf), fingerprint: 'x' }));
    for (const part of parts) indexing.add(part);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Held here, with no turn of the event loop: the indexer works through both parts on its own.
    const entries = parts.map((part) => path.join(site, 'pagefind', part.name, 'pagefind-entry.json'));
    for (const until = Date.now() + 20_000; !entries.every((entry) => existsSync(entry)) && Date.now() < until;);
    expect(entries.filter((entry) => existsSync(entry))).toEqual(entries);
    indexing.widen();
    expect(await indexing.finish()).toBe(4);
    for (const part of parts) expect(bundle(site, part.name).count).toBe(2);
    expect(await indexerStops()).toBe(true);
  });

  it('should fail with the reason when a part cannot be indexed, and leave no indexer running', async () => {
    const site = siteWith(['a', 'b', 'c']);
    const parts: SearchPart[] = [
      { name: 'articles-2-0', pages: [pageOf('a')], fingerprint: 'x' },
      { name: 'articles-2-1', pages: [pageOf('b'), pageOf('missing')], fingerprint: 'x' },
      { name: 'entities-1-0', pages: [pageOf('c')], fingerprint: 'x' },
    ];
    await expect(indexSearch(site, parts, { indexers: 2 })).rejects.toThrow(/missing/);
    expect(await indexerStops()).toBe(true);
  });
});
