import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addPages, indexSearch, openPartIndex } from '../../src/render/index-search.js';

/** A site folder with a searchable page per name. */
function siteWith(names: string[]): string {
  const site = mkdtempSync(path.join(os.tmpdir(), 'dossier-search-'));
  for (const name of names) {
    mkdirSync(path.join(site, 'articles', name), { recursive: true });
    writeFileSync(path.join(site, 'articles', name, 'index.html'), `<html lang="en"><body><main data-pagefind-body><h1>${name}</h1><p>Report ${name} on the talks.</p></main></body></html>`);
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
});
