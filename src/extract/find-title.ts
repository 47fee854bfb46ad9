/** Find the headline among the lines before the body, or derive a title from the lead. */
import type { ClassifiedLine } from './classify-lines.js';
import { wordsOf } from './classify-lines.js';
import { parseDateLine } from './parse-date-line.js';
import { splitSentences } from './split-sentences.js';
import { CAPTION_PATTERN, END_MARKER, INTERFACE_PATTERN, ROLE_WORDS, STOPWORDS } from './vocabulary.js';

/** Content words of a text, lower-cased and crudely stemmed. */
function keyWords(text: string): Set<string> {
  return new Set(wordsOf(text).map((word) => word.toLowerCase().replace(/['’]s$/, '')).filter((word) => word.length > 2 && !STOPWORDS.has(word)).map((word) => word.slice(0, 5)));
}

/** The title found, where it was, and how sure. */
export interface TitleResult {
  title: string;
  derived: boolean;
  line: number;
  confidence: number;
}

/** Furniture reasons that a headline line can also have (it is often repeated, or stands among menus). */
const TITLE_CAN_BE = new Set([
  'repeated verbatim on the page (caption or menu)',
  'all-capitals label',
  'run of headline-like lines (a list of links or a menu)',
]);

/** How far before the body a headline is looked for, in lines. */
const WINDOW = 40;

/** Score a line as a headline; null when it cannot be one. */
function headlineScore(line: ClassifiedLine, distance: number, lead: Set<string>): number | null {
  const { text } = line;
  const words = wordsOf(text);
  if (words.length < 3 || words.length > 30) return null;
  if (/[.,;:]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return null;
  if (END_MARKER.test(text) || CAPTION_PATTERN.test(text) || line.bullet) return null;
  if (/^by\s/i.test(text) || parseDateLine(text)) return null;
  if (line.reason && !TITLE_CAN_BE.has(line.reason)) return null;
  if (/[|⇩⇧↓↑→←►▼»«]/.test(text)) return null;
  let score = 3;
  if (words.length >= 5 && words.length <= 22) score += 2;
  if (words.length > 22) score -= 2;
  if (INTERFACE_PATTERN.test(text)) {
    if (words.length <= 8) return null;
    score -= 1.5;
  }
  if (ROLE_WORDS.test(text) && words.length <= 8) return null;
  // A headline shares its key words with the lead.
  const own = keyWords(text);
  const shared = [...own].filter((word) => lead.has(word)).length;
  score += own.size ? 4 * (shared / own.size) : 0;
  if (!/\p{Ll}/u.test(text)) score -= 1;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length;
  if (capitalised > 0.6) score += 0.5;
  if (line.cls === 'good') score -= 1;
  score -= Math.min(distance, WINDOW) * 0.06;
  return score;
}

/** Choose the headline among the lines before `bodyStart`. */
export function findTitle(lines: ClassifiedLine[], bodyStart: number, lead = ''): TitleResult | null {
  const leadWords = keyWords(lead);
  let best: TitleResult | null = null;
  let bestScore = 1.5;
  const from = Math.max(0, bodyStart - WINDOW);
  for (let index = bodyStart - 1; index >= from; index--) {
    const line = lines[index];
    const score = headlineScore(line, bodyStart - index, leadWords);
    if (score !== null && score > bestScore) {
      bestScore = score;
      best = { title: line.text, derived: false, line: index, confidence: Math.min(0.95, 0.4 + score / 10) };
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
