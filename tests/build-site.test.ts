import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../src/build-site.js';
import { Archive } from '../src/types.js';
import { root, seedsDir } from './helpers.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-test-'));
const output = path.join(work, 'site');
const options = { seeds: seedsDir, output, templates: path.join(root, 'templates'), curation: null, version: 'test' };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('buildSite', () => {
  beforeAll(async () => { await buildSite(options); });
  afterAll(async () => { await rm(work, { recursive: true, force: true }); });

  it('should write the home page, five article pages, entity pages, the entity index, the timeline and the export', () => {
    for (const page of ['index.html', 'entities/index.html', 'timeline/index.html', '404.html', 'data/archive.json', 'data/archive.schema.json', 'assets/style.css']) {
      expect(existsSync(path.join(output, page)), page).toBe(true);
    }
    expect(readdirSync(path.join(output, 'articles'))).toHaveLength(5);
    for (const entity of ['joe-biden', 'antony-blinken', 'jens-stoltenberg', 'kharkiv', 'atacms']) {
      expect(existsSync(path.join(output, 'entities', entity, 'index.html')), entity).toBe(true);
    }
  });

  it('should export an archive.json that fits its schema and the public contract', () => {
    const data = JSON.parse(readFileSync(path.join(output, 'data/archive.json'), 'utf8'));
    expect(() => Archive.parse(data)).not.toThrow();
    expect(data.generator.name).toBe('dossier');
    const files = data.articles.map((article: { sourceFile: string }) => article.sourceFile).sort();
    expect(files).toEqual(readdirSync(seedsDir).sort());
    for (const article of data.articles) expect(existsSync(path.join(output, article.url, 'index.html'))).toBe(true);
    for (const entity of data.entities) expect(existsSync(path.join(output, entity.url, 'index.html'))).toBe(true);
    const schema = JSON.parse(readFileSync(path.join(output, 'data/archive.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties)).toEqual(['generator', 'articles', 'entities', 'timeline']);
    expect(schema.properties.articles.items.required).toEqual(expect.arrayContaining(['id', 'sourceFile', 'url', 'title', 'titleDerived', 'outlet', 'published', 'authors', 'dateline', 'paragraphs']));
  });

  it('should resolve every internal link and asset in the site, and use only relative ones', () => {
    const pages = filesUnder(output).filter((file) => file.endsWith('.html'));
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const match of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        const target = match[1];
        if (/^(?:https?:|mailto:)/.test(target)) continue;
        expect(target.startsWith('/'), `${page}: ${target}`).toBe(false);
        const [file, fragment] = target.split('#');
        const resolved = file ? path.resolve(path.dirname(page), file) : page;
        const onDisk = resolved.endsWith('/') || (existsSync(resolved) && statSync(resolved).isDirectory()) ? path.join(resolved, 'index.html') : resolved;
        expect(existsSync(onDisk), `${path.relative(output, page)} → ${target}`).toBe(true);
        if (fragment) expect(readFileSync(onDisk, 'utf8'), `${target}`).toContain(`id="${fragment}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('should head each date of the timeline once per month, and not repeat the month as a date', () => {
    const html = readFileSync(path.join(output, 'timeline', 'index.html'), 'utf8');
    const months = html.split('<section class="timeline-month"').slice(1);
    expect(months.length).toBeGreaterThan(1);
    for (const month of months) {
      const title = /<h2[^>]*>([^<]*)<\/h2>/.exec(month)![1];
      const dates = [...month.matchAll(/<h3>([^<]*)<\/h3>/g)].map((match) => match[1]);
      expect(new Set(dates).size, title).toBe(dates.length);
      expect(dates, title).not.toContain(title);
    }
  });

  it('should link entity mentions from article bodies', () => {
    const article = readdirSync(path.join(output, 'articles')).find((name) => name.startsWith('biden-partially'))!;
    const html = readFileSync(path.join(output, 'articles', article, 'index.html'), 'utf8');
    expect(html).toMatch(/<a href="\.\.\/\.\.\/entities\/atacms\/" class="entity">ATACMS<\/a>/);
    expect(html).toContain('id="p-0"');
  });

  it('should write feeds of the newest articles, newest first', () => {
    const archive = JSON.parse(readFileSync(path.join(output, 'data/archive.json'), 'utf8'));
    const feed = JSON.parse(readFileSync(path.join(output, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((item: { title: string }) => item.title)).toEqual(archive.articles.map((article: { title: string }) => article.title));
    expect(feed.items[0].content_text).toBe(archive.articles[0].paragraphs.join('\n\n'));
    const atom = readFileSync(path.join(output, 'feed.xml'), 'utf8');
    expect([...atom.matchAll(/<entry>\s*<title>([^<]*)<\/title>/g)].map((match) => match[1])).toHaveLength(archive.articles.length);
  });

  it('should give a byte-identical site for the same seeds, search index included', async () => {
    const second = path.join(work, 'again');
    await buildSite({ ...options, output: second });
    const files = (dir: string) => filesUnder(dir).map((file) => path.relative(dir, file)).sort();
    const first = files(output);
    expect(files(second)).toEqual(first);
    expect(first.filter((file) => file.includes(`${path.sep}filter${path.sep}`)).length).toBeGreaterThan(0);
    for (const file of first) expect(readFileSync(path.join(second, file)).equals(readFileSync(path.join(output, file))), file).toBe(true);
  });

  it('should refuse to replace a folder it did not write, and keep the old site when a build fails', async () => {
    const foreign = path.join(work, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'precious.txt'), 'mine');
    await expect(buildSite({ ...options, output: foreign })).rejects.toThrow(/Refusing to replace/);
    expect(readFileSync(path.join(foreign, 'precious.txt'), 'utf8')).toBe('mine');
    const brokenTemplates = path.join(work, 'templates');
    await cp(path.join(root, 'templates'), brokenTemplates, { recursive: true });
    writeFileSync(path.join(brokenTemplates, 'timeline.njk'), '---\npermalink: /timeline/index.html\n---\n{% if %}');
    const before = readFileSync(path.join(output, 'index.html'));
    await expect(buildSite({ ...options, templates: brokenTemplates })).rejects.toThrow();
    expect(readFileSync(path.join(output, 'index.html')).equals(before)).toBe(true);
  });

  it('should leave the replaced site in the cache\'s trash for the next build to delete, and nothing beside the output', async () => {
    const out = path.join(work, 'trash-site');
    const cache = path.join(work, 'trash-cache');
    const trash = path.join(cache, 'trash');
    // A new title each time, so each build makes a new site (one with nothing changed leaves the site as it is).
    let runs = 0;
    const run = () => buildSite({ ...options, output: out, cache, title: `Archive ${++runs}` });
    await run();
    expect(existsSync(trash)).toBe(false);
    await run();
    // The replaced site, marker and all, waits in the trash; the cache's pruning leaves it there.
    const [first] = readdirSync(trash);
    expect(readdirSync(trash)).toHaveLength(1);
    expect(existsSync(path.join(trash, first, '.dossier-output'))).toBe(true);
    writeFileSync(path.join(trash, first, 'left-by-the-previous-build'), '');
    await run();
    // The next build emptied it and left only the site it replaced.
    expect(readdirSync(trash)).toHaveLength(1);
    expect(existsSync(path.join(trash, readdirSync(trash)[0], 'left-by-the-previous-build'))).toBe(false);
    expect(readdirSync(work).filter((name) => name.startsWith('trash-site'))).toEqual(['trash-site']);
    // Without a cache, the replaced site is deleted at once.
    await buildSite({ ...options, output: out });
    expect(readdirSync(work).filter((name) => name.startsWith('trash-site'))).toEqual(['trash-site']);
  });
});

