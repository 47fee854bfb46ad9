import { describe, expect, it } from 'vitest';
import { reportPages } from '../../src/render/report-pages.js';
import type { ArticleReport, BuildReport } from '../../src/report/build-report.js';

const field = (value: string | null) => ({ value, evidence: null });

function article(file: string, warnings: string[] = []): ArticleReport {
  const id = file.replace(/\.\w+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { file, id, url: `articles/${id}/`, title: { ...field(`Title of ${file}`), derived: false }, outlet: field(null), published: field(null), authors: { value: [], evidence: null }, words: 10, removed: [], warnings };
}

function report(files: ArticleReport[]): BuildReport {
  const articles = [...files].sort((a, b) => a.file.localeCompare(b.file));
  return { summary: { files: articles.length, articles: articles.length, skipped: 0, warnings: 0, entities: 0, events: 0 }, articles, problems: [] };
}

const FILES = ['alpha.txt', 'apple.md', 'avocado.txt', 'banana.txt', 'berry.txt', 'cherry.html', '2024-notes.txt', 'Éclair.txt', '_draft.txt'];

describe('reportPages', () => {
  it('should leave a report that fits one page on it', () => {
    expect(reportPages(report(FILES.map((file) => article(file))), FILES.length).pages).toEqual([]);
  });

  it('should put every article on one page of its file name\'s first letter, in parts, and list the pages and the warnings', () => {
    const built = report(FILES.map((file) => article(file, file.startsWith('b') ? ['no outlet found'] : [])));
    const { pages, warned, index } = reportPages(built, 2);
    expect(pages.map((page) => page.url)).toEqual(['report/files/0-9/', 'report/files/a/', 'report/files/a-2/', 'report/files/b/', 'report/files/c/', 'report/files/e/', 'report/files/other/']);
    expect(pages.flatMap((page) => page.articles.map((one) => one.file)).sort()).toEqual([...FILES].sort());
    for (const page of pages) expect(page.articles.length).toBeLessThanOrEqual(2);
    // Accents are folded for the letter: "Éclair" is filed under E.
    expect(pages.find((page) => page.url === 'report/files/e/')!.articles.map((one) => one.file)).toEqual(['Éclair.txt']);
    expect(index.map((entry) => [entry.url, entry.count, entry.warnings])).toEqual(pages.map((page) => [page.url, page.articles.length, page.url === 'report/files/b/' ? 2 : 0]));
    expect(warned.map((entry) => entry.url)).toEqual(['report/files/b/#a-banana', 'report/files/b/#a-berry']);
  });

  it('should change only the pages of an added file\'s letter', () => {
    const before = reportPages(report(FILES.map((file) => article(file))), 2).pages;
    const after = reportPages(report([...FILES, 'cranberry.txt'].map((file) => article(file))), 2).pages;
    const was = new Map(before.map((page) => [page.url, JSON.stringify(page)]));
    expect(after.filter((page) => was.get(page.url) !== JSON.stringify(page)).map((page) => page.url)).toEqual(['report/files/c/']);
  });
});
