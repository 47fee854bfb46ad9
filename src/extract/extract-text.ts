/** Plain text copied from a web page → the article's body and metadata. */
import type { Article, BodyBlock, Evidence, RemovedBlock } from '../types.js';
import { classifyLines } from './classify-lines.js';
import { findAuthors } from './find-authors.js';
import { findDateline } from './find-dateline.js';
import { calledThe, findOutlet } from './find-outlet.js';
import { findPublished } from './find-published.js';
import { deriveTitle, findTitle } from './find-title.js';
import { openingLines, selectBody } from './select-body.js';
import { splitLines } from './split-lines.js';
import { ROLE_WORDS } from './vocabulary.js';
import { escapeRegExp } from '../util/escape-regexp.js';

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
  const headerEnd = Math.max(bodyStart, (title?.line ?? -1) + 6);
  const credits = findAuthors(lines.slice(0, headerEnd), tail, title?.line ?? null, lines[headerEnd]);
  const published = findPublished(header, title?.line ?? null, text, bodyText);
  const outlet = findOutlet(lines, bodyStart, title?.line ?? null, dateline?.agency ?? null, bodyEnd);
  const evidence: Record<string, Evidence> = {};
  const titleText = title?.title ?? (lead ? deriveTitle(lead, dateline?.place ?? null) : sourceFile);
  evidence.title = title
    ? { source: 'headline line before the body', text: title.title, confidence: Number(title.confidence.toFixed(2)) }
    : { source: 'derived from the lead', text: lead.slice(0, 120), confidence: 0.3 };
  if (published) evidence.published = published.evidence;
  if (outlet) evidence.outlet = outlet.evidence;
  if (credits.evidence.length) evidence.authors = { source: 'byline, bio or credit line', text: credits.evidence.join(' | '), confidence: 0.7 };
  // The headline is not body; drop it if the selection took it in.
  const authors = peopleFirst(credits.authors, outlet?.outlet ?? null, bodyText);
  // Nor is a copy of the headline that the page prints again above the article.
  const headlineKey = title ? titleKey(title.title) : null;
  // An author's bio ends the article: what little follows it is the page's (a newsletter's promise, a form).
  const bioLine = lines.findIndex((line) => line.index > bodyStart && line.reason === 'author bio' && authors.some((author) => line.text.startsWith(author)));
  const afterBio = bioLine < 0 ? [] : body.blocks.filter((_, index) => body.lineOf[index] > bioLine);
  const cut = afterBio.length > 0 && afterBio.length <= AFTER_BIO ? bioLine : Infinity;
  // (A block many times the headline's length is no copy of it: its words are not compared.)
  const copiesHeadline = (text: string) => headlineKey !== null && text.length <= 3 * headlineKey.length + 20 && titleKey(text) === headlineKey;
  const kept = body.blocks.filter((block, index) => body.lineOf[index] !== title?.line && !copiesHeadline(block.text) && body.lineOf[index] < cut);
  const closing = trimClosing(kept, authors);
  const blocks = closing.blocks;
  const headlineLine = title ? lines[title.line].text : null;
  const removed = body.removed.filter((entry) => entry.text !== headlineLine);
  if (headlineLine) removed.unshift({ text: headlineLine, reason: 'headline' });
  if (cut !== Infinity) removed.push(...afterBio.map((block) => ({ text: block.text, reason: AFTER_BIO_REASON })));
  removed.push(...closing.removed);
  return {
    sourceFile,
    title: titleText,
    titleDerived: !title,
    outlet: outlet?.outlet ?? null,
    published: published?.date ?? null,
    authors,
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

/** Why what follows an author's bio is left out. */
export const AFTER_BIO_REASON = 'after the author\'s bio';

/** How many blocks may follow an author's bio and still be the page's, not the article's. */
const AFTER_BIO = 2;

/** A headline's words, to know a copy of it. */
const titleKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Initials in capitals after the last sentence of an article: the outlet's sign-off. */
const SIGN_OFF = /[.!?]["”’]?\s+(\p{Lu}{2,4})$/u;

/**
 * The body without what closes it but is not the article: the author's bio the run of prose took in (with the
 * name or role set over it as a subheading: "Editor At Large"), and the outlet's initials signing off the last
 * paragraph ("… economically resilient inner city. DM").
 */
export function trimClosing(body: BodyBlock[], authors: string[]): { blocks: BodyBlock[]; removed: RemovedBlock[] } {
  let bioFrom = closingBio(body.map((block) => block.text), authors);
  while (bioFrom < body.length && bioFrom > 0 && body[bioFrom - 1].kind === 'heading') bioFrom--;
  const blocks = body.slice(0, bioFrom);
  const removed: RemovedBlock[] = body.slice(bioFrom).map((block) => ({ text: block.text, reason: 'author bio' }));
  const last = blocks.at(-1);
  const signOff = last?.kind === 'paragraph' ? SIGN_OFF.exec(last.text) : null;
  if (last && signOff) {
    blocks[blocks.length - 1] = { ...last, text: last.text.slice(0, signOff.index + 1) };
    removed.push({ text: signOff[1], reason: 'sign-off' });
  }
  return { blocks, removed };
}

/** How many closing paragraphs may be an author's bio that the run of prose took in. */
const BIO_WITHIN = 3;
/** Characters of a bio within which it names its author. */
const BIO_NAMED_WITHIN = 80;

/**
 * Where the author's bio starts among the closing paragraphs (their count when there is none): a paragraph that names
 * an author and says what they do ("A 38-year industry veteran and award-winning journalist, Lance has covered …"),
 * and the paragraphs after it, each naming the author too.
 */
function closingBio(paragraphs: string[], authors: string[]): number {
  // People's names only: a one-word credit is often the outlet or an agency ("Reuters"), which closing paragraphs name.
  const people = authors.filter((author) => /^\p{Lu}\S*(?:\s+\S+)+$/u.test(author));
  const names = people.flatMap((author) => [author, ...author.split(/\s+/).filter((part) => part.length >= 3 && /^\p{Lu}/u.test(part))]);
  if (!names.length) return paragraphs.length;
  const pattern = new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'u');
  // A bio names its author as it opens ("Lance Ulanoff makes …", "A veteran journalist, Lance has …").
  const about = (text: string) => pattern.test(text.slice(0, BIO_NAMED_WITHIN));
  for (let index = Math.max(1, paragraphs.length - BIO_WITHIN); index < paragraphs.length; index++) {
    const text = paragraphs[index];
    if (about(text) && (ROLE_WORDS.test(text) || BIO_VERBS.test(text)) && paragraphs.slice(index + 1).every(about)) return index;
  }
  return paragraphs.length;
}

/** What a bio says its author does. */
const BIO_VERBS = /\b(?:has (?:covered|written|reported)|covers|writes (?:about|for|on))\b/i;

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
