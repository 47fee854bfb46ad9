/** Find the headline among the lines before the body, or derive a title from the lead. */
import type { ClassifiedLine } from './classify-lines.js';
import { CAPITALS_REASON, keyWords, LIST_REASON, OVER_CREDIT_REASON, REPEATED_REASON, RUN_REASON, wordsOf } from './classify-lines.js';
import { isDateLine as statesDate } from './parse-date-line.js';
import { SITE_ADDRESS, siteNameKey } from './find-outlet.js';
import { splitSentences } from './split-sentences.js';
import { CAPTION_PATTERN, END_MARKER, INTERFACE_PATTERN, MONTHS, ROLE_WORDS } from './vocabulary.js';

/** The title found, where it was, and how sure. */
export interface TitleResult {
  title: string;
  derived: boolean;
  line: number;
  confidence: number;
}

/** Furniture reasons that a headline line can also have (it is often repeated, or stands among menus). */
const TITLE_CAN_BE = new Set([
  REPEATED_REASON,
  CAPITALS_REASON,
  RUN_REASON,
  LIST_REASON,
  // The headline is set over the lead photo, whose credit follows it.
  OVER_CREDIT_REASON,
]);

/** How many lines into the selected run a headline may still sit (after a stand-first or a label). */
const INSIDE = 6;

/** A month name near a four-digit year. */
const FULL_DATE = new RegExp(`\\b(?:${MONTHS.join('|')})\\b[^.]{0,12}\\b(?:1[89]|20)\\d\\d\\b`, 'i');

/** A line that mostly states a date (not a headline that mentions one). */
const isDateLine = (text: string) => {
  let known = dateLines.get(text);
  if (known === undefined) dateLines.set(text, known = statesDate(text));
  return known;
};
/** Lines read as dates during one `findTitle` (a line is asked about as a candidate and as a neighbour's credit). */
const dateLines = new Map<string, boolean>();

/** A few words, each capitalised: a breadcrumb or a section label rather than a sentence-case headline. */
function isLabel(text: string): boolean {
  const words = wordsOf(text);
  return words.length < 5 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Does a byline or a date line follow within a few lines? Headlines are set right above them. */
function creditFollows(lines: ClassifiedLine[], index: number): boolean {
  for (let next = index + 1; next <= index + 4 && next < lines.length; next++) {
    const text = lines[next].text;
    if (/^by\s+\p{Lu}/iu.test(text) || isDateLine(text)) return true;
  }
  return false;
}

/** Score a line as a headline; null when it cannot be one. */
function headlineScore(lines: ClassifiedLine[], index: number, distance: number, lead: Set<string>): { score: number; shared: number } | null {
  const line = lines[index];
  const { text } = line;
  const words = wordsOf(text);
  if (words.length < 3 || words.length > 40) return null;
  if (/[,;:]$/.test(text) || (/\.$/.test(text) && !/\b[A-Z]\.$/.test(text) && !/\.\.\.$/.test(text))) return null;
  // A long line that ends a sentence is prose (a first paragraph with no headline above it), whatever it ends in
  // ("… operating inside the U.S.", "… would he dismiss his Defense Minister?").
  if (words.length > 25 && /[.!?]["”’)]?$/.test(text)) return null;
  // A quotation closed after its full stop ends a sentence of prose, not a headline ("… answered us.”).
  if (/[.,]["”’]$/.test(text)) return null;
  if (END_MARKER.test(text) || CAPTION_PATTERN.test(text) || line.bullet) return null;
  if (/^by\s/i.test(text) || isDateLine(text)) return null;
  if (line.reason && !TITLE_CAN_BE.has(line.reason)) return null;
  if (/[⇩⇧↓↑→←►▼»«©#]/.test(text) || (text.match(/\|/g) ?? []).length > 1) return null;
  let score = 3;
  if (words.length >= 5 && words.length <= 25) score += 2;
  if (words.length > 25) score -= 2;
  if (INTERFACE_PATTERN.test(text)) {
    if (words.length <= 8) return null;
    score -= 1.5;
  }
  if (ROLE_WORDS.test(text) && words.length <= 8) return null;
  // A headline shares its key words with the lead; a line that shares none is most likely furniture.
  const own = keyWords(text);
  const shared = [...own].filter((word) => lead.has(word)).length;
  score += own.size ? 6 * Math.min(1, (2 * shared) / own.size) * Math.min(1, shared / 2) : 0;
  if (shared === 0) score -= 3;
  if (creditFollows(lines, index)) score += 1.5;
  if (!/\p{Ll}/u.test(text)) score -= 1;
  // Captions give full dates ("Wednesday, January 10, 2024, in …"); headlines seldom do.
  if (FULL_DATE.test(text)) score -= 2;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length;
  if (capitalised > 0.6) score += 0.5;
  if (line.cls === 'good') score -= 1;
  score -= Math.min(Math.log2(1 + Math.abs(distance)), 7) * 0.5;
  if (distance < 0) score -= 1;
  return { score, shared };
}

/**
 * A headline line without the page furniture glued to it: a breadcrumb "Home" before it, a kicker in capitals
 * ("CHILDHOOD SWEETHEART Who is …"), a short " | Site name" after it.
 */
export function cleanHeadline(text: string): string {
  let title = text.replace(/^home\s+(?=\p{Lu})/iu, '');
  title = title.replace(/^(?:\p{Lu}{2,}\s+){2,}(?=\p{Lu}\p{Ll})/u, '');
  const parts = title.split(/\s+\|\s+/);
  if (parts.length === 2 && wordsOf(parts[1]).length <= 4 && wordsOf(parts[0]).length >= 5) title = parts[0];
  return title.trim();
}

/**
 * A headline without the site's name a page's title appends to it (" - Lesotho Times", " | TechCrunch"): the
 * outlet's name, when known, a site's address, or a short " | Site name" (see `cleanHeadline`), after any separator.
 */
export function withoutSiteName(title: string, outlet: string | null): string {
  let text = cleanHeadline(title);
  for (;;) {
    const match = /^(.{12,}?)\s+[-–—|:*]\s+([^-–—|:*]+)$/u.exec(text);
    const tail = match?.[2].trim() ?? '';
    if (!match || !((outlet && siteNameKey(tail) === siteNameKey(outlet)) || SITE_ADDRESS.test(tail))) return text;
    text = match[1].trim();
  }
}

/** Choose the headline among the lines before `bodyStart` (or among the first headline-shaped lines of the run). */
export function findTitle(lines: ClassifiedLine[], bodyStart: number, lead = ''): TitleResult | null {
  dateLines.clear();
  const leadWords = keyWords(lead);
  let best: TitleResult | null = null;
  let bestScore = 1.5;
  const last = Math.min(lines.length - 1, bodyStart + INSIDE);
  let inside = bodyStart;
  while (inside <= last && !(lines[inside]?.cls === 'good' && inside > bodyStart)) inside++;
  const scored: { index: number; score: number; shared: number }[] = [];
  for (let index = Math.min(inside, last); index >= 0; index--) {
    const result = headlineScore(lines, index, bodyStart - index, leadWords);
    if (result) scored.push({ index, ...result });
  }
  const scoredAt = new Map(scored.map((entry) => [entry.index, entry]));
  // Scored lines one to three lines after (or before) a line: the lines it may pair with.
  const near = (index: number, direction: 1 | -1) => [1, 2, 3].map((step) => scoredAt.get(index + direction * step)).filter((entry) => entry !== undefined);
  for (const candidate of scored) {
    // A headline sits right above its stand-first, which shares its words: the first of such a pair wins. A few
    // capitalised words (a breadcrumb "News World Venezuela") make no pair.
    const pairs = (other: { index: number; shared: number }, from: number, to: number) => other.shared >= 2 && other.index - from >= 1 && other.index - from <= 3 && to >= 0 && !isLabel(lines[from].text);
    const above = candidate.shared >= 2 && near(candidate.index, 1).some((other) => pairs(other, candidate.index, 0));
    const under = candidate.shared >= 2 && near(candidate.index, -1).some((other) => pairs(candidate, other.index, other.shared - 2));
    const score = candidate.score + (above ? 1.5 : 0) - (under ? 2 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = { title: cleanHeadline(lines[candidate.index].text), derived: false, line: candidate.index, confidence: Math.min(0.95, 0.3 + score / 12) };
    }
  }
  return best;
}

/** A title made from the lead: its first sentence (without a dateline), shortened at a word boundary. */
export function deriveTitle(lead: string, dateline: string | null): string {
  let text = lead;
  if (dateline) text = text.replace(/^.*?(?:--|—|–|-)\s+/, '');
  text = text.replace(/^["“”']+/, '');
  const sentence = splitSentences(text)[0]?.text ?? text;
  const words = sentence.replace(/[.!?]+$/, '').split(/\s+/);
  return words.length <= 14 ? words.join(' ') : `${words.slice(0, 12).join(' ')}…`;
}
