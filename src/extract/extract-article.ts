/** Raw document → article: pick the extractor for its kind, then apply the user's corrections. */
import type { BodyBlock, Problem, RawDocument, RemovedBlock } from '../types.js';
import { RUN_REASON } from './classify-lines.js';
import { extractHtml } from './extract-html.js';
import { markdownBlocks } from './extract-markdown.js';
import { AFTER_BIO_REASON, type ExtractedArticle, extractText } from './extract-text.js';
import { isPersonName } from './find-authors.js';
import { withoutBullet } from './split-lines.js';
import { deriveTitle, withoutSiteName } from './find-title.js';
import { findDateline } from './find-dateline.js';
import { AFTER_REASON, BEFORE_REASON, isDateLine, LEAD_WORDS, SHORT_REASON } from './select-body.js';

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
  if (!article.published) warn('no published date found; its weekdays and relative dates ("on Friday", "last week") stay unresolved: a sidecar with `published` dates them');
  return { article, problems };
}

/**
 * Why the text extractor leaves a line out for where it stands or how it is set, not for what it says: inside a
 * Markdown article these do not hold (Markdown marks its own paragraphs, headings and lists).
 */
const BY_PLACE_OR_SHAPE: ReadonlySet<string> = new Set([SHORT_REASON, BEFORE_REASON, AFTER_REASON, RUN_REASON, AFTER_BIO_REASON]);

/** Why a block quote of the article's own paragraph is left out. */
const QUOTED_COPY_REASON = 'quotes a paragraph of the article (an excerpt or a pull quote)';

/** Does a block end a sentence ("It did not.", "… said.”")? */
const endsSentence = (text: string) => /[.!?]["”’)]?$/.test(text);

/**
 * A line of an article's header, which a page may set between its stand-first and its lead: a byline ("By Jane
 * Doe | Outlet"), a date line ("Friday 22 November 2024 08:49 GMT"), a time counted back ("2 minutes ago") or the
 * time it takes to read ("4 minute read").
 */
const isHeaderLine = (text: string) => {
  const words = text.split(/\s+/).length;
  return (/^[Bb]y\s+\p{Lu}/u.test(text) && words <= 10 && !endsSentence(text))
    || isDateLine(text, words) || /^\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$/i.test(text)
    // A time stamp counted back, alone or after the byline's name: "2 minutes ago", "Jane Doe 14 hours ago".
    || (words <= 8 && /\b(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i.test(text));
};

/** A short block that reads as text: three words or more, or a sentence ("It did not."); not a button ("Flipboard"). */
const readsAsText = (text: string) => text.split(/\s+/).length >= 3 || endsSentence(text);

/**
 * A Markdown article. The text extractor reads it as it reads a page (the blocks one to a line) for what a
 * `.txt` gives: the date, the byline, the outlet, the dateline, a headline not set as a heading. The body is the
 * Markdown's blocks as written from the first the extractor keeps to the last (before and after stand a byline, a
 * date line, a copied headline, a "Read more" list, a copyright line), less the blocks inside that the extractor
 * leaves out for what they say (a caption, a credit, a copy of another block, a sign-up form, a label in capitals;
 * see BY_PLACE_OR_SHAPE), that are nothing but links it leaves out (a menu, a related story), or that are a word or
 * two and no sentence (a share button's "Flipboard").
 */
function fromMarkdown(document: RawDocument): ExtractedArticle {
  const { blocks, marks, authorLinks } = markdownBlocks(document.text);
  // A block quote of a paragraph the article holds (a clipper's excerpt of the lead, a pull quote) is a copy: the
  // extractor reads the paragraph once, where the article has it.
  const unquoted = new Set(blocks.filter((_, index) => !marks[index].quoted).map((block) => block.text));
  const copyAt = blocks.map((block, index) => marks[index].quoted && unquoted.has(block.text));
  const read = extractText(blocks.filter((_, index) => !copyAt[index]).map((block) => block.text).join('\n\n'), document.sourceFile);
  // As many copies of a text as the extractor kept, in order (a paragraph a page repeats whole is kept once).
  const copies = new Map<string, number>();
  for (const block of read.blocks) copies.set(block.text, (copies.get(block.text) ?? 0) + 1);
  const keptTexts = new Set(copies.keys());
  const keptAt = blocks.map((block, index) => {
    if (copyAt[index]) return false;
    // The extractor reads a block opening with a number or a bullet without it ("4\. Selenium." → "Selenium.").
    const text = keptTexts.has(block.text) ? block.text : withoutBullet(block.text);
    const left = copies.get(text) ?? 0;
    if (left > 0) { copies.set(text, left - 1); return true; }
    // The extractor may shorten a block (a sign-off after the last sentence): a block it kept is one it kept the start of.
    return !keptTexts.has(text) && read.blocks.some((other) => text.startsWith(other.text));
  });
  // The headline is the last level-1 heading up to the article's first block (a page saved whole has menus above it,
  // and may have a dialog's "Log In" heading higher up).
  const prose = blocks.findIndex((_, index) => !marks[index].topHeading && keptAt[index]);
  // One that continues the heading right above it ("… environmental groups concerned") is that headline's deck.
  let headingAt = blocks.slice(0, prose < 0 ? blocks.length : prose).findLastIndex((_, index) => marks[index].topHeading);
  while (headingAt > 0 && marks[headingAt - 1].topHeading && /^(?:…|\.\.\.|\p{Ll})/u.test(blocks[headingAt].text)) headingAt--;
  // A block that is nothing but links is no article text, whatever it reads like (a menu of many words).
  const isBody = (_: BodyBlock, index: number) => index !== headingAt && !marks[index].linkOnly && keptAt[index];
  const first = blocks.findIndex(isBody);
  const last = blocks.findLastIndex(isBody);
  const heading = blocks[headingAt]?.text ?? null;
  const reasons = new Map<string, string>();
  for (const entry of read.removed) if (!reasons.has(entry.text)) reasons.set(entry.text, entry.reason);
  const reasonOf = (block: BodyBlock) => reasons.get(block.text) ?? reasons.get(withoutBullet(block.text)) ?? SHORT_REASON;
  // Before the extractor's article (between a stand-first it kept and its run of prose) stand the header's lines
  // and a subscription's pitch ("Support local journalism."): only a paragraph of the lead's shape is the article's.
  const placed = (block: BodyBlock) => reasonOf(block) !== BEFORE_REASON || (block.text.split(/\s+/).length >= LEAD_WORDS && endsSentence(block.text));
  const stays = (block: BodyBlock, index: number) => isBody(block, index)
    || (index > first && index < last && !marks[index].linkOnly && BY_PLACE_OR_SHAPE.has(reasonOf(block)) && (block.kind === 'heading' || readsAsText(block.text))
      && !isHeaderLine(block.text) && placed(block) && !copyAt[index]);
  const body = first < 0 ? blocks.filter((_, index) => index !== headingAt) : blocks.filter(stays);
  const removed: RemovedBlock[] = first < 0 ? [] : blocks.flatMap((block, index) => stays(block, index) ? [] : [{ text: block.text, reason: index === headingAt ? 'headline' : copyAt[index] ? QUOTED_COPY_REASON : reasonOf(block) }]);
  const lead = body.find((block) => block.kind === 'paragraph')?.text ?? '';
  const dateline = findDateline(lead);
  const { title: lineTitle, titleDerived: noHeadline, evidence: { title: lineEvidence, ...evidence }, ...metadata } = read;
  // A clipper writes the page's title as the heading, the site's name after it (" | TechCrunch").
  const title = heading === null ? null : withoutSiteName(heading, metadata.outlet);
  const headline = title ?? (noHeadline ? null : lineTitle);
  // No byline read in the text: the links to authors' pages between the headline and the article name them (a byline
  // set as a link beside the date, "[Jane Doe](/author/jane-doe/)Published …"; not "More from [John Roe](…)" after it).
  const linked = first < 0 || read.authors.length ? [] : [...new Set(authorLinks
    .filter((link) => link.block > headingAt && link.block <= first && isPersonName(link.name))
    .map((link) => link.name))];
  if (linked.length) evidence.authors = { source: 'links to the authors\' pages', text: linked.join(', '), confidence: 0.7 };
  return {
    ...metadata,
    authors: linked.length ? linked : metadata.authors,
    title: headline ?? (lead ? deriveTitle(lead, dateline?.place ?? null) : document.sourceFile),
    titleDerived: headline === null,
    dateline: dateline?.place ?? metadata.dateline,
    paragraphs: body.map((block) => block.text),
    blocks: body,
    evidence: {
      ...evidence,
      title: title
        ? { source: 'level-1 heading', text: title, confidence: 0.9 }
        : noHeadline ? { source: 'derived from the lead', text: lead.slice(0, 120), confidence: 0.3 } : lineEvidence,
    },
    removed,
  };
}
