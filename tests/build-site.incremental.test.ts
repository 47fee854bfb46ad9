import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteResult } from '../src/build-site.js';
import { root, seedsDir } from './helpers.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-incremental-'));
const seeds = path.join(work, 'seeds');
cpSync(seedsDir, seeds, { recursive: true });
const output = path.join(work, 'site');
const options = { seeds, output, templates: path.join(root, 'templates'), curation: null, version: 'test', cache: path.join(work, 'cache') };

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

async function build(extra: { output?: string; cache?: string | null; renderBatch?: number } = {}): Promise<{ result: SiteResult; stages: string[] }> {
  const stages: string[] = [];
  const result = await buildSite({ ...options, ...extra, onStage: (stage, detail) => stages.push(`${stage} ${detail ?? ''}`.trim()) });
  return { result, stages };
}

describe('buildSite with a cache (incremental rebuilds)', () => {
  afterAll(async () => { await rm(work, { recursive: true, force: true }); });

  it('should reuse every result and page when nothing changed, the search bundle included', async () => {
    const first = await build();
    expect(first.result.cache.misses).toBeGreaterThan(0);
    expect(first.result.pages.reused).toBe(0);
    expect(first.stages).toContain('search indexing');
    const before = siteFiles(output);
    const entry = statSync(path.join(output, 'pagefind', 'pagefind-entry.json'));
    const second = await build();
    expect(second.result.cache.misses).toBe(0);
    expect(second.result.cache.hits).toBe(first.result.cache.hits + first.result.cache.misses);
    expect(second.result.pages.rendered).toBe(0);
    expect(second.result.pages.reused).toBe(first.result.pages.rendered);
    expect(second.stages).toContain('search unchanged');
    expect(statSync(path.join(output, 'pagefind', 'pagefind-entry.json')).ino).toBe(entry.ino);
    expect(siteFiles(output)).toEqual(before);
  });

  it('should redo only what depends on an added article, and give the same site as a build from scratch in small render batches', async () => {
    writeFileSync(path.join(seeds, 'added.txt'), ADDED);
    const { result, stages } = await build();
    expect(result.cache.misses).toBeGreaterThan(0);
    expect(result.cache.misses).toBeLessThan(result.cache.hits);
    expect(result.pages.rendered).toBeGreaterThan(0);
    expect(result.pages.reused).toBeGreaterThan(0);
    expect(stages).toContain('search indexing');
    const added = result.built.archive.articles.find((article) => article.sourceFile === 'added.txt')!;
    expect(added.title).toBe('Allies weigh Kharkiv air defence');
    const kharkiv = readFileSync(path.join(output, 'entities', 'kharkiv', 'index.html'), 'utf8');
    expect(kharkiv).toContain(`articles/${added.id}/`);
    const entry = JSON.parse(readFileSync(path.join(output, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(result.built.archive.articles.length + result.built.archive.entities.length);
    const scratch = path.join(work, 'scratch-site');
    // From scratch, and rendered in small batches: the same site again.
    await build({ output: scratch, cache: null, renderBatch: 7 });
    expect(siteFiles(output)).toEqual(siteFiles(scratch));
  });
});
