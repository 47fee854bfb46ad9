/**
 * The build report: per article what was inferred and from what evidence, what was left out, and warnings a
 * person should look at; plus the files that could not be used. Printed in short by the CLI, published as
 * `report/` and `data/report.json`.
 */
import type { BuiltArchive } from '../build-archive.js';
import type { Evidence, Problem } from '../types.js';
import { shingles } from './find-near-duplicates.js';
import { guessLanguage, languageName } from './guess-language.js';

/** One inferred field: its value and how it was found. */
export interface ReportField {
  value: string | null;
  evidence: Evidence | null;
}

/** The report of one article. */
export interface ArticleReport {
  file: string;
  id: string;
  url: string;
  title: ReportField & { derived: boolean };
  outlet: ReportField;
  published: ReportField;
  authors: { value: string[]; evidence: Evidence | null };
  words: number;
  /** Left-out input per reason: count and a few examples. */
  removed: { reason: string; count: number; examples: string[] }[];
  warnings: string[];
}

/** The whole report. */
export interface BuildReport {
  summary: { files: number; articles: number; skipped: number; warnings: number; entities: number; events: number };
  articles: ArticleReport[];
  /** Problems of files that are not articles (skipped), and file-level warnings. */
  problems: Problem[];
}

/** Memo stage of `profileText` (the worker pool computes it ahead, with the other per-article stages). */
export const PROFILE_STAGE = 'profile';

/** What the build reads of an article's text: its sampled shingles (near duplicates), a guess at its language, its words. */
export type TextProfile = ReturnType<typeof profileText>;

/** The profile of an article's text (see `TextProfile`). */
export function profileText(paragraphs: string[]) {
  return { shingles: [...shingles(paragraphs.join('\n'))], language: guessLanguage(paragraphs.join(' ')), words: paragraphs.join(' ').split(/\s+/).filter(Boolean).length };
}

/**
 * Make the report of a build. `problems` are those of reading and building; the texts' profiles and near
 * duplicates come with the built archive.
 */
export function buildReport(built: BuiltArchive, problems: Problem[]): BuildReport {
  const { articles } = built.archive;
  const { duplicates, profiles } = built;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const reports: ArticleReport[] = articles.map((article) => {
    const warnings: string[] = [];
    if (!article.published) warnings.push('no publication date found');
    if (article.titleDerived) warnings.push('no headline found: title made from the first sentence');
    if (!article.outlet) warnings.push('no outlet found');
    const language = article.language?.slice(0, 2).toLowerCase() ?? profiles[article.id].language;
    if (language && language !== 'en') warnings.push(`not English (${language === 'unknown' ? 'language unknown' : languageName(language)}): entities and dates are read as English`);
    for (const pair of duplicates) {
      const other = pair.a === article.id ? pair.b : pair.b === article.id ? pair.a : null;
      if (other) warnings.push(`likely duplicate of ${byId.get(other)!.sourceFile} (${Math.round(pair.overlap * 100)}% of the text shared)`);
    }
    // Extraction's own warnings, less those the checks above already give.
    for (const problem of problems) {
      if (problem.file !== article.sourceFile || problem.severity !== 'warning') continue;
      if ((!article.published && /^no published date/.test(problem.message)) || (article.titleDerived && /^no headline/.test(problem.message))) continue;
      warnings.push(problem.message);
    }
    const reasons = new Map<string, string[]>();
    for (const block of article.removed) reasons.set(block.reason, [...(reasons.get(block.reason) ?? []), block.text]);
    return {
      file: article.sourceFile,
      id: article.id,
      url: article.url,
      title: { value: article.title, evidence: article.evidence.title ?? null, derived: article.titleDerived },
      outlet: { value: article.outlet, evidence: article.evidence.outlet ?? null },
      published: { value: article.published, evidence: article.evidence.published ?? null },
      authors: { value: article.authors, evidence: article.evidence.authors ?? null },
      words: profiles[article.id].words,
      removed: [...reasons.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([reason, texts]) => ({ reason, count: texts.length, examples: texts.slice(0, 3).map((text) => (text.length > 120 ? `${text.slice(0, 119)}…` : text)) })),
      warnings,
    };
  }).sort((a, b) => a.file.localeCompare(b.file));
  const articleFiles = new Set(articles.map((article) => article.sourceFile));
  const fileProblems = problems.filter((problem) => problem.severity === 'error' || !articleFiles.has(problem.file)).sort((a, b) => a.file.localeCompare(b.file));
  const skipped = new Set(fileProblems.filter((problem) => problem.severity === 'error').map((problem) => problem.file)).size;
  return {
    summary: {
      files: articles.length + skipped,
      articles: articles.length,
      skipped,
      warnings: reports.reduce((sum, report) => sum + report.warnings.length, 0) + fileProblems.filter((problem) => problem.severity === 'warning').length,
      entities: built.archive.entities.length,
      events: built.archive.timeline.length,
    },
    articles: reports,
    problems: fileProblems,
  };
}

/** The report in short, for a terminal: problems, then one line per article that has warnings. */
export function formatReport(report: BuildReport, options: { all?: boolean } = {}): string {
  const lines: string[] = [];
  for (const problem of report.problems) lines.push(`${problem.severity}: ${problem.file}: ${problem.message}`);
  for (const article of report.articles) {
    if (!options.all && !article.warnings.length) continue;
    for (const warning of article.warnings) lines.push(`warning: ${article.file}: ${warning}`);
    if (options.all) {
      const field = (name: string, value: string | null, evidence: Evidence | null) => `  ${name}: ${value ?? '—'}${evidence ? `  [${evidence.source}${evidence.text && evidence.text !== value ? `: “${evidence.text.slice(0, 80)}”` : ''}]` : ''}`;
      lines.push(`${article.file} → ${article.url}`);
      lines.push(field('title', article.title.value, article.title.evidence));
      lines.push(field('outlet', article.outlet.value, article.outlet.evidence));
      lines.push(field('published', article.published.value, article.published.evidence));
      lines.push(field('authors', article.authors.value.join(', ') || null, article.authors.evidence));
      lines.push(`  body: ${article.words} words; left out: ${article.removed.map((entry) => `${entry.count} ${entry.reason}`).join(', ') || 'nothing'}`);
    }
  }
  return lines.join('\n');
}
