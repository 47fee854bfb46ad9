/** Classified lines → the article body (paragraphs, subheadings, list items) and what was left out. */
import type { BodyBlock, RemovedBlock } from '../types.js';
import { type ClassifiedLine, isCaption, keyWords, LIST_REASON, POST_REASON, RUN_REASON, POST_STAMP_REASON } from './classify-lines.js';
import { parseDateLine } from './parse-date-line.js';

/** The body and the lines around it. */
export interface BodySelection {
  blocks: BodyBlock[];
  /** Line index of each block. */
  lineOf: number[];
  removed: RemovedBlock[];
  /** First and last line index of the main span (inclusive), or -1 when there is no prose. */
  start: number;
  end: number;
}

/** Weight of a line in the search for the densest run of prose. */
function weight(line: ClassifiedLine): number {
  switch (line.cls) {
    case 'good': return Math.min(line.words, 80);
    case 'near': return line.words * 0.6;
    case 'short': return line.headlineLike ? -1.5 : -3;
    // A short label the page repeats between paragraphs ("Article content", "Advertisement") costs little.
    // A photo caption, an embedded post or a live post's time stamp is set inside articles, between their paragraphs: it costs little more than a label.
    case 'bad': return line.endMarker ? -40 : (line.repeated && line.words <= 3) || isCaption(line) || line.reason === POST_REASON || line.reason === POST_STAMP_REASON ? -2 : -(6 + Math.min(line.words, 60) * 0.6);
  }
}

/** A line saying the article goes on after an inset: "Story continues below", "after newsletter promotion". */
const RESUMES = /^(?:(?:the )?(?:story|article) continues (?:below|after)\b.*|.*\byour (?:story|article) continues below\.?|(?:after|skip past) (?:the |this )?(?:[\w-]+ )?promotion)$/i;
/** How far back from such a line its inset may reach. */
const INSET_LINES = 12;

/**
 * The lines of insets the page marks as such: those between a line saying the article resumes and the prose
 * before it (a newsletter box, an advertisement's label), and that line itself. They cost the article little.
 */
function markedInsets(lines: ClassifiedLine[]): Set<number> {
  const inset = new Set<number>();
  lines.forEach((line, index) => {
    if (!RESUMES.test(line.text.trim())) return;
    const run: number[] = [index];
    for (let back = index - 1; back >= 0 && back >= index - INSET_LINES; back--) {
      if (lines[back].cls === 'good' || lines[back].cls === 'near') {
        run.forEach((at) => inset.add(at));
        return;
      }
      run.push(back);
    }
  });
  return inset;
}

/** How many lines after a "Read more" the article may resume, and the words of prose that show it has. */
const RESUME_WITHIN = 8;
const RESUME_WORDS = 40;
/** Share of the resumed prose's content words that the prose before uses: it goes on with the same story. */
const RESUME_SHARE = 0.2;
/** What such a line costs the article: as much as a short line of furniture. */
const RESUMED_COST = 6;

/** A sentence of prose of twelve words or more. */
const isSentence = (line: ClassifiedLine) => (line.cls === 'good' || line.cls === 'near') && line.endsSentence && line.words >= 12;

/**
 * The "Read more" lines set inside the article: after the list of stories such a line opens (a few lines), the
 * article's prose resumes, two sentences or more of `RESUME_WORDS` words, a fifth of whose content words at least
 * the prose before the line has used: the same story goes on (not a site's promotion, nor other stories'
 * standfirsts). They cost the article `RESUMED_COST`, not the end of it.
 */
function resumedMarkers(lines: ClassifiedLine[]): Set<number> {
  const resumed = new Set<number>();
  lines.forEach((line, index) => {
    if (!line.endMarker) return;
    const start = lines.findIndex((next, at) => at > index && isSentence(next));
    if (start < 0 || start - index > RESUME_WITHIN) return;
    let end = start;
    while (end < lines.length && isSentence(lines[end])) end++;
    const after = lines.slice(start, end);
    if (after.length < 2 || after.reduce((sum, next) => sum + next.words, 0) < RESUME_WORDS) return;
    const before = lines.slice(0, index).filter((previous) => previous.cls === 'good').map((previous) => previous.text).join(' ');
    if (shareOfWords(after.map((next) => next.text).join(' '), before) >= RESUME_SHARE) resumed.add(index);
  });
  return resumed;
}

/** A line ending in a colon after a word: it introduces what follows. */
const INTRODUCES = /[\p{L}\p{N}'’"”)]:$/u;

/** Why a line is left out for where it stands: short among the article's prose, before it, after it. */
export const SHORT_REASON = 'short line outside prose';
export const BEFORE_REASON = 'before the article';
export const AFTER_REASON = 'after the article';
export const DATE_LINE_REASON = 'date line';
/** Words of a date line at most, and the share of it its date and time fill at least. */
const DATE_LINE_WORDS = 12;
const DATE_LINE_COVERAGE = 0.8;

/** Whether a line is all date and time: the page's stamp ("August 30, 2023 1:55 am(Updated 4:30 am)"). */
export function isDateLine(text: string, words = text.split(/\s+/).length): boolean {
  return words <= DATE_LINE_WORDS && (parseDateLine(text)?.coverage ?? 0) >= DATE_LINE_COVERAGE;
}

export const INSET_REASON = 'inside a box the page marks ("Article continues below")';

/**
 * Pick the body: the highest-scoring contiguous run of lines (prose adds, furniture subtracts), then
 * keep the prose inside it, with context smoothing for short lines between prose and subheadings.
 */
export function selectBody(lines: ClassifiedLine[], opening: ReadonlySet<number> = new Set()): BodySelection {
  let best = { score: 0, start: -1, end: -1 };
  let runScore = 0;
  let runStart = 0;
  const insets = markedInsets(lines);
  const resumed = resumedMarkers(lines);
  lines.forEach((line, index) => {
    if (runScore <= 0) { runScore = 0; runStart = index; }
    runScore += insets.has(index) && line.cls !== 'good' && line.cls !== 'near' ? -1 : resumed.has(index) ? -RESUMED_COST : weight(line);
    if (runScore > best.score) best = { score: runScore, start: runStart, end: index };
  });
  const { start, end } = best;
  const blocks: BodyBlock[] = [];
  const lineOf: number[] = [];
  const removed: RemovedBlock[] = [];
  const isProse = (line: ClassifiedLine | undefined) => line !== undefined && (line.cls === 'good' || line.cls === 'near');
  // A subheading stands over prose, after prose, a short line or a live post's time stamp (a label the site sets
  // around each inset, "Article content", between them or not).
  const isSubheading = (next: ClassifiedLine | undefined, previous: ClassifiedLine | undefined) =>
    isProse(next) && (isProse(previous) || previous?.cls === 'short' || previous?.reason === POST_STAMP_REASON);
  lines.forEach((line, index) => {
    const inside = index >= start && index <= end;
    let keep: BodyBlock['kind'] | null = null;
    let reason = line.reason ?? (inside ? SHORT_REASON : index < start ? BEFORE_REASON : AFTER_REASON);
    // A box the page marks as set inside the article ("Article continues below" and what stands before it) is no
    // subheading of it, only its prose is the article's.
    const marked = insets.has(index) && !isProse(line);
    if (marked && line.reason === null) reason = INSET_REASON;
    if (opening.has(index)) keep = 'paragraph';
    else if (inside && line.cls !== 'bad' && !line.inset && !marked) {
      // The line before is the nearest that is not a photo caption (a caption between a paragraph and the
      // subheading after it is left out, and leaves them neighbours).
      const previous = lineBefore(lines, index);
      const next = lines[index + 1];
      if (isProse(line)) keep = line.bullet ? 'list-item' : 'paragraph';
      else if (line.bullet && (isProse(previous) || previous?.bullet) && line.words >= 2 && line.endsSentence) keep = 'list-item';
      // A byline between a stand-first and the lead is no subheading.
      // A live post's title stands under its time stamp.
      else if (line.headlineLike && line.words >= 3 && index > start && !/^by\s/i.test(line.text)
        && (isSubheading(next, previous) || (framedByLabels(lines, index) && isSubheading(besideLabels(lines, index, 1), besideLabels(lines, index, -1))))) {
        keep = 'heading';
      } else if (line.endsSentence && line.words >= 3 && line.stopwordDensity > 0 && isProse(previous) && isProse(next)) {
        keep = 'paragraph';
      } else if (INTRODUCES.test(line.text) && line.words >= 2 && (isProse(next) || next?.bullet)) {
        // "Kyiv Post reported:", "Here's the latest:": a line that introduces the quotation or list after it.
        keep = 'paragraph';
      }
    } else if (!inside && line.cls !== 'bad' && !line.inset) {
      reason = index < start ? BEFORE_REASON : AFTER_REASON;
    }
    // A line that is all date and time is the page's stamp, never a paragraph ("August 30, 2023 1:55 am(Updated 4:30 am)").
    if (keep && isDateLine(line.text, line.words)) {
      keep = null;
      reason = DATE_LINE_REASON;
    }
    if (keep) {
      // A numbered line keeps its number: a list item's as the list's, a heading's or a paragraph's in its text
      // ("1. Lakeland heated airer", the first of a ranking).
      const { numbered } = line;
      blocks.push(!numbered ? { kind: keep, text: line.text }
        : keep === 'list-item' ? { kind: keep, text: line.text, number: numbered.number } : { kind: keep, text: `${numbered.mark} ${line.text}` });
      lineOf.push(index);
    } else removed.push({ text: line.text, reason });
  });
  return { blocks, lineOf, removed, start, end };
}

/** How many lines under the headline the article's first paragraph may stand, past its byline, date and photo. */
const LEAD_WITHIN = 12;
/** Words of a lead at least: a full sentence of twenty words or more. */
export const LEAD_WORDS = 20;

/** Share of a stand-first's content words that the article's body repeats: it sums the article up. */
const SUMS_UP = 0.5;

/**
 * The article's opening that the run of prose left behind: the stand-first set right under the headline, and a
 * first paragraph that a box (a paywall's offer, a video player, a photo) cuts off from the rest of the article.
 * The stand-first is a line under the headline that reads as prose, or that only its neighbours made furniture (a
 * stand-first without a full stop stands among short lines, byline and date), and whose words the body repeats.
 * The first paragraph is the first line of prose after the headline, a full sentence of twenty words or more,
 * within a dozen lines of it.
 */
export function openingLines(lines: ClassifiedLine[], titleLine: number | null, body: BodySelection): number[] {
  const firstKept = body.lineOf[0] ?? lines.length;
  if (titleLine === null || titleLine + 1 >= firstKept) return [];
  const usable = (line: ClassifiedLine) => !line.inset && !line.repeated && !line.endMarker;
  const isProse = (line: ClassifiedLine) => line.cls === 'good' || line.cls === 'near';
  const under = lines[titleLine + 1];
  const prose = isProse(under) && (under.cls === 'good' || under.endsSentence);
  const proseByForm = (under.reason === RUN_REASON || under.reason === LIST_REASON) && under.words >= 10 && under.stopwordDensity >= 0.2 && !/^by\b/i.test(under.text);
  const standfirst = (prose || proseByForm) && usable(under);
  let lead: number | null = null;
  for (let index = titleLine + (standfirst ? 2 : 1); index < Math.min(firstKept, titleLine + 1 + LEAD_WITHIN); index++) {
    const line = lines[index];
    if (!isProse(line)) continue;
    if (line.cls === 'good' && line.words >= LEAD_WORDS && line.endsSentence && usable(line)) lead = index;
    break;
  }
  const article = [...(lead === null ? [] : [lines[lead].text]), ...body.blocks.map((block) => block.text)].join(' ');
  const taken = standfirst && sumsUp(under.text, article) ? [titleLine + 1] : [];
  return lead === null ? taken : [...taken, lead];
}

/** Whether most of a line's content words recur in the body. */
function sumsUp(text: string, body: string): boolean {
  return shareOfWords(text, body) >= SUMS_UP;
}

/** The share of a text's content words that another text uses. */
function shareOfWords(text: string, other: string): number {
  const own = keyWords(text);
  const otherWords = keyWords(other);
  return own.size ? [...own].filter((word) => otherWords.has(word)).length / own.size : 0;
}

/** Words of a label a site sets around each inset ("Article content") at most, and the copies the page prints at least. */
const LABEL_WORDS = 3;
const LABEL_COPIES = 3;

/** A label the site sets around each of its insets, again and again ("Article content"): no neighbour of the text. */
const isLabel = (line: ClassifiedLine) => (line.copies ?? 0) >= LABEL_COPIES && line.words <= LABEL_WORDS;

/** The nearest line before a line that is not a photo caption of four words or more. */
function lineBefore(lines: ClassifiedLine[], index: number): ClassifiedLine | undefined {
  let at = index - 1;
  // A credit alone ("Getty Images") is an image's, whose caption may follow: only a caption of some words is passed.
  while (at >= 0 && isCaption(lines[at]) && lines[at].words >= 4) at--;
  return lines[at];
}

/** Whether a line stands between labels the site sets around each block ("Article content", the line, "Article content"). */
const framedByLabels = (lines: ClassifiedLine[], index: number) => index > 0 && isLabel(lines[index - 1]) && lines[index + 1] !== undefined && isLabel(lines[index + 1]);

/** The nearest line before a line, or after it (`step` -1 or 1), that is not a label. */
function besideLabels(lines: ClassifiedLine[], index: number, step: 1 | -1): ClassifiedLine | undefined {
  let at = index + step;
  while (lines[at] !== undefined && isLabel(lines[at])) at += step;
  return lines[at];
}

