/**
 * The report's pages. A report of more than `size` articles keeps the summary, the files with problems and a
 * line per article with warnings on `report/`, and puts each article's details on pages by the first letter of
 * its file name (`report/files/b/`, in parts of `size`): an added file changes the pages of its letter alone,
 * and no page grows with the archive.
 */
import type { ArticleReport, BuildReport } from '../report/build-report.js';
import { chunk } from '../util/chunk.js';
import { nameParts } from './page-parts.js';

/** Articles whose details one report page shows. */
export const REPORT_ARTICLES = 200;

/** The letter group of a file name: a–z, "0-9", or "other". */
function letterOf(file: string): { key: string; label: string } {
  const first = file.normalize('NFKD').charAt(0).toLowerCase();
  if (/[a-z]/.test(first)) return { key: first, label: first.toUpperCase() };
  if (/[0-9]/.test(first)) return { key: '0-9', label: '0–9' };
  return { key: 'other', label: 'other characters' };
}

/** One page of article details. */
export interface ReportPage {
  url: string;
  label: string;
  description: string;
  articles: ArticleReport[];
}

/** The report's pages (none when it fits on `report/`), and the index's view of them. */
export function reportPages(report: BuildReport, size = REPORT_ARTICLES) {
  if (report.articles.length <= size) return { pages: [] as ReportPage[], warned: [], index: [] };
  const groups = new Map<string, { label: string; articles: ArticleReport[] }>();
  for (const article of report.articles) {
    const { key, label } = letterOf(article.file);
    const group = groups.get(key) ?? { label, articles: [] };
    group.articles.push(article);
    groups.set(key, group);
  }
  const rank = (key: string) => (key === '0-9' ? '0' : key === 'other' ? '2' : `1${key}`);
  const pages: ReportPage[] = [...groups].sort((a, b) => rank(a[0]).localeCompare(rank(b[0]))).flatMap(([key, group]) => nameParts(`report/files/${key}`, `Files ${group.label}`, chunk(group.articles, size)).map(({ url, label, items }) => ({
    url, label, description: `What Dossier inferred from ${items.length} files (${label}), and from what evidence.`, articles: items,
  })));
  const pageOf = new Map(pages.flatMap((page) => page.articles.map((article) => [article.file, page.url] as const)));
  return {
    pages,
    // The articles to look at, one line each, linked to their details.
    warned: report.articles.filter((article) => article.warnings.length).map((article) => ({ file: article.file, title: article.title.value, warnings: article.warnings, url: `${pageOf.get(article.file)}#a-${article.id}` })),
    index: pages.map((page) => ({ url: page.url, label: page.label, count: page.articles.length, warnings: page.articles.filter((article) => article.warnings.length).length })),
  };
}
