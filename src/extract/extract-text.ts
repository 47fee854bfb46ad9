/** Plain text copied from a web page → the article's body and metadata. */
import type { Article, Evidence } from '../types.js';
import { classifyLines } from './classify-lines.js';
import { findAuthors } from './find-authors.js';
import { findDateline } from './find-dateline.js';
import { calledThe, findOutlet } from './find-outlet.js';
import { findPublished } from './find-published.js';
import { deriveTitle, findTitle } from './find-title.js';
import { openingLines, selectBody } from './select-body.js';
import { splitLines } from './split-lines.js';

/** An article before the archive gives it an id and a page. */
export type ExtractedArticle = Omit<Article, 'id' | 'url'>;

/** Extract an article from page text. The body is empty when the text holds no prose. */
export function extractText(text: string, sourceFile: string): ExtractedArticle {
  const lines = classifyLines(splitLines(text));
  const run = selectBody(lines);
  // The headline may sit inside the selected run (a long one reads like prose): look for it before the
  // first full sentence of the body.
  const firstSentence = run.lineOf.find((index) => lines[index].endsSentence) ?? run.lineOf[0];
  const bodyStart = firstSentence ?? lines.length;
  const bodyEnd = run.lineOf.at(-1) ?? lines.length;
  const leadText = run.blocks.filter((_, index) => run.lineOf[index] >= bodyStart).slice(0, 6).map((block) => block.text).join(' ');
  const title = findTitle(lines, bodyStart, leadText);
  const opening = openingLines(lines, title?.line ?? null, run);
  const body = opening.length ? selectBody(lines, new Set(opening)) : run;
  // The dateline opens the first paragraph, after any stand-first.
  const paragraphs = body.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  const lead = paragraphs[0] ?? '';
  const dateline = findDateline(lead) ?? (paragraphs[1] ? findDateline(paragraphs[1]) : null);
  const header = lines.slice(0, bodyStart);
  const tail = lines.slice(bodyEnd + 1);
  const bodyText = body.blocks.map((block) => block.text).join('\n');
  // Bylines sit under the headline, sometimes below a stand-first that the body run took in.
  const credits = findAuthors(lines.slice(0, Math.max(bodyStart, (title?.line ?? -1) + 6)), tail, title?.line ?? null);
  const published = findPublished(header, title?.line ?? null, text, bodyText);
  const outlet = findOutlet(lines, bodyStart, title?.line ?? null, dateline?.agency ?? null);
  const evidence: Record<string, Evidence> = {};
  const titleText = title?.title ?? (lead ? deriveTitle(lead, dateline?.place ?? null) : sourceFile);
  evidence.title = title
    ? { source: 'headline line before the body', text: title.title, confidence: Number(title.confidence.toFixed(2)) }
    : { source: 'derived from the lead', text: lead.slice(0, 120), confidence: 0.3 };
  if (published) evidence.published = published.evidence;
  if (outlet) evidence.outlet = outlet.evidence;
  if (credits.evidence.length) evidence.authors = { source: 'byline, bio or credit line', text: credits.evidence.join(' | '), confidence: 0.7 };
  // The headline is not body; drop it if the selection took it in.
  const keep = body.blocks.map((_, index) => body.lineOf[index] !== title?.line);
  const blocks = body.blocks.filter((_, index) => keep[index]);
  const headlineLine = title ? lines[title.line].text : null;
  const removed = body.removed.filter((entry) => entry.text !== headlineLine);
  if (headlineLine) removed.unshift({ text: headlineLine, reason: 'headline' });
  return {
    sourceFile,
    title: titleText,
    titleDerived: !title,
    outlet: outlet?.outlet ?? null,
    published: published?.date ?? null,
    authors: peopleFirst(credits.authors, outlet?.outlet ?? null, bodyText),
    contributors: credits.contributors,
    dateline: dateline?.place ?? null,
    originalUrl: null,
    language: null,
    paragraphs: blocks.map((block) => block.text),
    blocks,
    evidence,
    removed,
  };
}

/**
 * The authors without the outlet or another body ("the Lesotho Times team" in the text: people are not "the"), when
 * people are named beside it ("by Lesotho Times", then two reporters' names).
 */
function peopleFirst(authors: string[], outlet: string | null, text: string): string[] {
  const bare = (name: string) => name.replace(/^the\s+/i, '').toLowerCase();
  const body = (author: string) => bare(author) === (outlet && bare(outlet)) || calledThe(author.replace(/^the\s+/i, ''), text);
  const people = authors.filter((author) => !body(author));
  return people.length ? people : authors;
}
