/** Raw document → article: pick the extractor for its kind, then apply the user's corrections. */
import type { Problem, RawDocument } from '../types.js';
import { extractHtml } from './extract-html.js';
import { markdownBlocks } from './extract-markdown.js';
import { type ExtractedArticle, extractText } from './extract-text.js';
import { deriveTitle } from './find-title.js';
import { findDateline } from './find-dateline.js';

/** An article, or none, and the problems met. */
export interface ExtractResult {
  article: ExtractedArticle | null;
  problems: Problem[];
}

/** Extract one document. Fields given in front matter or a sidecar win over what extraction found. */
export function extractArticle(document: RawDocument): ExtractResult {
  const problems: Problem[] = [];
  const warn = (message: string) => problems.push({ file: document.sourceFile, severity: 'warning', message });
  let article: ExtractedArticle;
  if (document.kind === 'html') article = extractHtml(document.text, document.sourceFile);
  else if (document.kind === 'md') article = fromMarkdown(document);
  else article = extractText(document.text, document.sourceFile);
  if (article.paragraphs.length === 0) {
    return { article: null, problems: [{ file: document.sourceFile, severity: 'error', message: 'no article text found (only navigation or short lines); skipped' }] };
  }
  const { overrides } = document;
  const given = (field: string, value: unknown) => {
    article.evidence[field] = { source: 'set by the user', text: String(value), confidence: 1 };
  };
  if (overrides.title) { article.title = overrides.title; article.titleDerived = false; given('title', overrides.title); }
  if (overrides.outlet) { article.outlet = overrides.outlet; given('outlet', overrides.outlet); }
  if (overrides.published) { article.published = overrides.published; given('published', overrides.published); }
  if (overrides.authors) { article.authors = overrides.authors; given('authors', overrides.authors.join(', ')); }
  if (overrides.dateline) article.dateline = overrides.dateline;
  if (overrides.originalUrl) article.originalUrl = overrides.originalUrl;
  if (overrides.language) article.language = overrides.language;
  if (article.titleDerived) warn('no headline found; title derived from the lead');
  if (!article.published) warn('no published date found; relative dates in it stay unresolved');
  return { article, problems };
}

/** A Markdown article: its text is the body as written; metadata comes from front matter. */
function fromMarkdown(document: RawDocument): ExtractedArticle {
  const { title, blocks } = markdownBlocks(document.text);
  const lead = blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
  const dateline = findDateline(lead);
  return {
    sourceFile: document.sourceFile,
    title: title ?? (lead ? deriveTitle(lead, dateline?.place ?? null) : document.sourceFile),
    titleDerived: title === null,
    outlet: null,
    published: null,
    authors: [],
    contributors: [],
    dateline: dateline?.place ?? null,
    originalUrl: null,
    language: null,
    paragraphs: blocks.map((block) => block.text),
    blocks,
    evidence: title ? { title: { source: 'first heading', text: title, confidence: 0.9 } } : {},
    removed: [],
  };
}
