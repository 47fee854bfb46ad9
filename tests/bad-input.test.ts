import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteResult } from '../src/build-site.js';
import { root } from './helpers.js';

/** A plausible article: a headline, a date line and paragraphs that differ with `topic`. */
function article(title: string, topic: string): string {
  const paragraphs = [
    `Officials in the harbour town said on Monday that the ${topic} dispute had entered its third week, with no sign of a settlement before the holidays.`,
    `"We have asked for talks again and again," said Maria Lopez, who leads the ${topic} workers' union. "Nobody has answered us."`,
    `The town council met on Tuesday evening to discuss the ${topic} question, but the meeting ended without a vote after three hours of debate.`,
    `Businesses along the waterfront say the ${topic} standoff has already cost them customers, and several have cut their opening hours.`,
  ];
  return `${title}\n\nMay 3, 2024\n\n${paragraphs.join('\n\n')}\n`;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-bad-'));
const seeds = path.join(work, 'seeds');
const output = path.join(work, 'site');
/** The same seeds with every list split into small pages, so each page kind shows the hostile text too. */
const split = path.join(work, 'split');
let result: SiteResult;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? pages(full) : full.endsWith('.html') ? [full] : [];
  });
}

describe('buildSite on bad input', () => {
  beforeAll(async () => {
    mkdirSync(seeds);
    writeFileSync(path.join(seeds, 'good.txt'), article('Harbour strike enters third week', 'harbour'));
    writeFileSync(path.join(seeds, 'empty.txt'), '');
    writeFileSync(path.join(seeds, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]));
    writeFileSync(path.join(seeds, 'latin1.txt'), Buffer.from(article('Café owners in Kraków count the cost', 'café'), 'latin1'));
    writeFileSync(path.join(seeds, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    writeFileSync(path.join(seeds, 'broken.md'), `---\ntitle: [unclosed\nauthors: {\n---\n${article('x', 'broken')}`);
    writeFileSync(path.join(seeds, 'twin-a.txt'), article('Ferry crews join the walkout', 'ferry'));
    writeFileSync(path.join(seeds, 'twin-b.txt'), article('Ferry crews join the walkout', 'ferry'));
    writeFileSync(path.join(seeds, 'same-title-1.txt'), article('Council meets again', 'council'));
    writeFileSync(path.join(seeds, 'same-title-2.txt'), article('Council meets again', 'budget'));
    writeFileSync(path.join(seeds, 'My Story – Ünïcode.txt'), article('Fishermen block the harbour mouth', 'fishing'));
    const hostile = '<script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">click</a> [link](javascript:alert(4)) <iframe src="https://evil.example"></iframe>';
    writeFileSync(path.join(seeds, 'hostile.txt'), article('Scripts are text here', 'script').replace('with no sign of a settlement', `with no sign of a settlement ${hostile} and no talks`));
    writeFileSync(path.join(seeds, 'hostile.md'), `---\ntitle: "<script>alert(5)</script> Markdown with raw HTML"\n---\n\n${article('', 'markdown').trim()}\n\nThe **harbour board's** [own report](https://example.org/report) on the strike ![pic](https://evil.example/p.png) was read aloud to the council on Monday, and members asked for a vote on it.\n\n<script>alert(6)</script>\n\n<div onclick="alert(7)">raw block</div> [link](javascript:alert(8)) <a href="javascript:alert(9)">x</a>\n`);
    result = await buildSite({ seeds, output, templates: path.join(root, 'templates'), curation: null, version: 'test' });
    await buildSite({ seeds, output: split, templates: path.join(root, 'templates'), curation: null, version: 'test',
      pageSizes: { entityArticles: 1, listArticles: 1, timelineEvents: 2, reportArticles: 2, dateArticles: 2, feedArticles: 2 } });
  }, 120_000);

  it('should skip each unusable file with a message that names it', () => {
    const errors = Object.fromEntries(result.problems.filter((problem) => problem.severity === 'error').map((problem) => [problem.file, problem.message]));
    expect(errors['empty.txt']).toMatch(/empty/);
    expect(errors['binary.txt']).toMatch(/binary/);
    expect(errors['huge.txt']).toMatch(/50\.0 MB, over the 5 MB limit/);
    expect(errors['broken.md']).toMatch(/front matter/);
    expect(errors['twin-b.txt']).toMatch(/same article text as twin-a\.txt/);
    expect(Object.keys(errors).sort()).toEqual(['binary.txt', 'broken.md', 'empty.txt', 'huge.txt', 'twin-b.txt']);
  });

  it('should build every other article: Windows-1252 decoded right, same titles and odd names kept apart', () => {
    const { articles } = result.built!.archive;
    expect(articles.map((entry) => entry.sourceFile).sort()).toEqual(['My Story – Ünïcode.txt', 'good.txt', 'hostile.md', 'hostile.txt', 'latin1.txt', 'same-title-1.txt', 'same-title-2.txt', 'twin-a.txt']);
    const latin = articles.find((entry) => entry.sourceFile === 'latin1.txt')!;
    expect(latin.title).toBe('Café owners in Kraków count the cost');
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'latin1.txt', severity: 'warning', message: expect.stringMatching(/not UTF-8/) }));
    const council = articles.filter((entry) => entry.title === 'Council meets again').map((entry) => entry.id).sort();
    expect(council).toEqual(['council-meets-again', 'council-meets-again-2']);
    for (const entry of articles) expect(entry.id).toMatch(/^[a-z0-9-]+$/);
  });

  it('should render article text inert: no script, handler, javascript: link or raw element from the input', () => {
    // Every split page kind is there to check.
    for (const folder of ['report/files', 'dates']) expect(readdirSync(path.join(split, folder)).length, folder).toBeGreaterThan(1);
    for (const page of [...pages(output), ...pages(split)]) {
      const html = readFileSync(page, 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      // Our own scripts only: the site script, JSON-LD, and on the 404 page the few lines that find the site root.
      const allowed = page.endsWith(`${path.sep}404.html`) ? /src="[^"]*assets\/site\.js"|type="application\/ld\+json"|^<script data-find-root>$/ : /src="[^"]*assets\/site\.js"|type="application\/ld\+json"/;
      for (const tag of scripts) expect(tag, page).toMatch(allowed);
      // Inside tags only: the same characters escaped as text are harmless (and shown on the report page).
      expect(html, page).not.toMatch(/<[^>]*\son(?:error|click)\s*=|<a [^>]*href="javascript:|<iframe|<img src=x|<div onclick/i);
    }
    const hostile = readFileSync(path.join(output, 'articles', result.built!.archive.articles.find((entry) => entry.sourceFile === 'hostile.txt')!.id, 'index.html'), 'utf8');
    expect(hostile).toContain('&#x3C;script>alert(1)');
    // A Markdown article's own links to addresses and its emphasis stay; its pictures and script links do not.
    const markdown = readFileSync(path.join(output, 'articles', result.built!.archive.articles.find((entry) => entry.sourceFile === 'hostile.md')!.id, 'index.html'), 'utf8');
    expect(markdown).toMatch(/The <strong>harbour board’?'?s<\/strong> <a href="https:\/\/example\.org\/report">own report<\/a> on the strike\s+was read aloud/);
    expect(markdown).not.toMatch(/evil\.example/);
  });

  it('should report the skipped files and warnings on the report page and in report.json', () => {
    const report = JSON.parse(readFileSync(path.join(output, 'data/report.json'), 'utf8'));
    expect(report.summary).toMatchObject({ articles: 8, skipped: 5 });
    const page = readFileSync(path.join(output, 'report/index.html'), 'utf8');
    for (const file of ['empty.txt', 'binary.txt', 'huge.txt', 'broken.md', 'twin-b.txt']) expect(page).toContain(file);
  });
});
