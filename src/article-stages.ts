/**
 * The per-article stages: what each article needs computed on its own (extraction, name discovery, date
 * phrases, the report's text profile), and the inputs their memo keys are made of. The pipeline runs them
 * through its memo; a worker pool can run them ahead of it, in parallel, and fill the same memo entries.
 */
import { createHash } from 'node:crypto';
import { deriveDigest, memoKey } from './cache/memo.js';
import { discoverCandidates } from './entities/discover-candidates.js';
import { extractArticle } from './extract/extract-article.js';
import type { ExtractedArticle } from './extract/extract-text.js';
import { PROFILE_STAGE, profileText } from './report/build-report.js';
import { findArticleDates } from './timeline/build-timeline.js';
import type { RawDocument } from './types.js';

/** Memo stage names of the per-article stages (the pipeline and the worker pool must agree on them). */
export const STAGES = { extract: 'extract', candidates: 'candidates', dates: 'dates', mentions: 'mentions' } as const;

/** Input of name discovery: the article's body text without its subheadings. */
export const candidatesInput = (article: Pick<ExtractedArticle, 'blocks'>) => deriveDigest(article.blocks.filter((block) => block.kind !== 'heading').map((block) => block.text), article.blocks, 'candidates');

/** Extraction's result, its article's text lists keyed by the document they come from (see `deriveDigest`). */
export function keyExtracted<T extends { article: ExtractedArticle | null }>(document: RawDocument, result: T): T {
  if (result.article) {
    deriveDigest(result.article.paragraphs, document, 'paragraphs');
    deriveDigest(result.article.blocks, document, 'blocks');
  }
  return result;
}

/** Key that finds two files with the same article text: a hash of it, case and spacing aside (the text itself
 * would keep a copy of every article alive through the build). */
export function textKey(article: Pick<ExtractedArticle, 'paragraphs'>): string {
  return createHash('sha256').update(article.paragraphs.join('\n').toLowerCase().replace(/\s+/g, ' ')).digest('base64');
}

/** The extraction stage: the article and problems of one document, with the key of its text (computed here, so a
 * rebuild finds it with the rest instead of going over every article's text again). */
export function runExtract(document: RawDocument): ReturnType<typeof extractArticle> & { textKey: string | null } {
  const result = extractArticle(document);
  return { ...result, textKey: result.article ? textKey(result.article) : null };
}

/** Input of date finding. */
export const datesInput = (article: Pick<ExtractedArticle, 'paragraphs' | 'blocks' | 'published'>) => ({ paragraphs: article.paragraphs, blocks: article.blocks, published: article.published });

/** Name discovery of one article (article ids are given by the caller). */
export const runCandidates = (paragraphs: string[]) => discoverCandidates('', paragraphs);

/** Every per-article stage of one document, as memo entries (key → result). */
export function computeArticleStages(document: RawDocument): [string, unknown][] {
  const result = keyExtracted(document, runExtract(document));
  const entries: [string, unknown][] = [[memoKey(STAGES.extract, document), result]];
  const article = result.article;
  if (article) {
    const paragraphs = candidatesInput(article);
    const dates = datesInput(article);
    entries.push(
      [memoKey(STAGES.candidates, paragraphs), runCandidates(paragraphs)],
      [memoKey(STAGES.dates, dates), findArticleDates(dates)],
      [memoKey(PROFILE_STAGE, article.paragraphs), profileText(article.paragraphs)],
    );
  }
  return entries;
}
