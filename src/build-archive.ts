/** The pure pipeline: raw documents → archive records, rendered bodies and a build report. */
import { datesInput, keyExtracted, runExtract, STAGES } from './article-stages.js';
import { type Memo, memoKey, noMemo } from './cache/memo.js';
import { buildEntityIndex } from './entities/build-entity-index.js';
import type { Curation } from './entities/curation.js';
import type { ExtractedArticle } from './extract/extract-text.js';
import { renderBody } from './render/create-body-renderer.js';
import { PROFILE_STAGE, profileText, type TextProfile } from './report/build-report.js';
import { findNearDuplicateShingles, type NearDuplicate, sameTextGroups } from './report/find-near-duplicates.js';
import { buildTimeline, findArticleDates, storyDay, type UnresolvedDate } from './timeline/build-timeline.js';
import type { Archive, Article, Problem, RawDocument } from './types.js';
import { uniqueSlugs } from './util/slugify.js';

/** Options of `buildArchive`. */
export interface BuildOptions {
  /** Generator version written into the export (required). */
  version: string;
  /** Entity curation (optional). */
  curation?: Curation | null;
  /** Memo for per-file stages (default: none, everything computed). */
  memo?: Memo;
  /** Called after each article of a per-article stage ('extract', 'entities', 'mentions', 'links', 'dates', 'bodies') (optional). */
  progress?: Progress;
}

/** Reports that `done` of `total` items of a stage are finished. */
export type Progress = (stage: string, done: number, total: number) => void;

/** Everything the renderer needs, and what the build learned. */
export interface BuiltArchive {
  archive: Archive;
  /** article id → sanitised body HTML with entity links (relative to the article page). */
  bodies: Record<string, string>;
  /** article id → a key of what its body was made from (stands for the body in page fingerprints). */
  bodyKeys: Record<string, string>;
  unresolvedDates: UnresolvedDate[];
  /** article id → the profile of its text (memoised: a rebuild reads only new texts). */
  profiles: Record<string, TextProfile>;
  /** Pairs of articles that share most of their text (a page saved twice, one wire story in two outlets). */
  duplicates: NearDuplicate[];
  problems: Problem[];
}

/** Run extraction, entities and timeline over the documents. Bad documents become problems. */
export function buildArchive(documents: RawDocument[], options: BuildOptions): BuiltArchive {
  const memo = options.memo ?? noMemo;
  const progress = options.progress ?? (() => {});
  const problems: Problem[] = [];
  const extracted: ExtractedArticle[] = [];
  const seenText = new Map<string, string>();
  for (const [index, document] of [...documents].sort((a, b) => a.sourceFile.localeCompare(b.sourceFile)).entries()) {
    progress('extract', index + 1, documents.length);
    const result = keyExtracted(document, memo(STAGES.extract, document, () => runExtract(document)));
    problems.push(...result.problems);
    if (!result.article || !result.textKey) continue;
    const key = result.textKey;
    const twin = seenText.get(key);
    if (twin) {
      problems.push({ file: document.sourceFile, severity: 'error', message: `same article text as ${twin}; skipped` });
      continue;
    }
    seenText.set(key, document.sourceFile);
    extracted.push(result.article);
  }
  // Newest first, undated last; ties by file name, so ids and order never depend on the file system.
  extracted.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.sourceFile.localeCompare(b.sourceFile));
  const ids = uniqueSlugs(extracted.map((article) => article.title), 'article');
  const articles: Article[] = extracted.map((article, index) => ({ ...article, id: ids[index], url: `articles/${ids[index]}/` }));
  // Copies of one text count once towards an entity's recurrence: a page saved twice names nothing twice.
  const profiles = Object.fromEntries(articles.map((article) => [article.id, memo(PROFILE_STAGE, article.paragraphs, () => profileText(article.paragraphs))]));
  const duplicates = findNearDuplicateShingles(articles.map((article) => ({ id: article.id, shingles: profiles[article.id].shingles })));
  const sameText = sameTextGroups(duplicates, articles.map((article) => article.id));
  const index = buildEntityIndex(articles, { curation: options.curation, memo, progress, sameText });
  let dated = 0;
  // An article without a published date gives its yearless dates the year of the story's dated articles.
  const story = storyDay(articles);
  const timeline = buildTimeline(articles, index.mentions, (article) => {
    progress('dates', ++dated, articles.length);
    const input = article.published || !story ? datesInput(article) : { ...datesInput(article), story };
    return memo(STAGES.dates, input, () => findArticleDates(input));
  });
  const bodies: Record<string, string> = {};
  const bodyKeys: Record<string, string> = {};
  for (const [position, article] of articles.entries()) {
    progress('bodies', position + 1, articles.length);
    // The body depends on the blocks and on the names linked in them (entity ids make the link targets).
    const input = { blocks: article.blocks, names: index.names[article.id] };
    bodies[article.id] = memo('body', input, () => renderBody(article.blocks, index.matchers[article.id], (entity) => `../../entities/${entity}/`));
    bodyKeys[article.id] = memoKey('body', input);
  }
  return {
    archive: { generator: { name: 'dossier', version: options.version }, articles, entities: index.entities, timeline: timeline.events },
    bodies,
    bodyKeys,
    unresolvedDates: timeline.unresolved,
    profiles,
    duplicates,
    problems,
  };
}
