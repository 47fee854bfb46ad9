/** Find the publication date: date lines near the headline, or dates and weekdays in the text. */
import type { Evidence } from '../types.js';
import type { ClassifiedLine } from './classify-lines.js';
import { pad, parseDateLine, writesDayFirst } from './parse-date-line.js';
import { MONTH_WORD, MONTHS, WEEKDAYS } from './vocabulary.js';

/** A published date with its evidence. */
export interface PublishedResult {
  date: string;
  evidence: Evidence;
}

const MONTH = MONTH_WORD;
const WEEKDAY = String.raw`(sunday|monday|tuesday|wednesday|thursday|friday|saturday)`;
/** "Friday (May 31)", "Friday, May 31", "Friday, 31 May" — a weekday pinned to a month-day. */
const WEEKDAY_DATE = new RegExp(String.raw`\b${WEEKDAY}\s*(?:\(|,)?\s*(?:(${MONTH})\s+(\d{1,2})|(\d{1,2})\s+(${MONTH}))\b(?!,?\s*\d{4})`, 'gi');
const FULL_DATE = new RegExp(String.raw`\b(?:(${MONTH})\s+(\d{1,2}),?\s+((?:19|20)\d{2})|(\d{1,2})\s+(${MONTH}),?\s+((?:19|20)\d{2}))\b`, 'gi');
const BARE_WEEKDAY = new RegExp(String.raw`\b(?:on|since|until|late|early|last)\s+${WEEKDAY}\b`, 'gi');
const YEAR = /\b(19[5-9]\d|20\d{2})\b/g;

function monthIndex(name: string): number {
  return MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month + 1)}-${pad(day)}`;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month, day)).getUTCDay();
}

/**
 * Find the published date. `header` are the lines before the body (nearest the headline first counts most),
 * `allText` the whole page text and `body` the body text, for dates and weekdays inside them.
 */
export function findPublished(header: ClassifiedLine[], titleLine: number | null, allText: string, body: string): PublishedResult | null {
  // 1. A line that is mostly a date, near the headline.
  const anchor = titleLine ?? header.at(-1)?.index ?? 0;
  const dayFirst = writesDayFirst(allText);
  // Dates set under the headline (with the byline) are the article's; those above it often belong to teasers.
  const away = (index: number) => (index >= anchor ? index - anchor : 3 * (anchor - index));
  const dateLines = header
    .map((line) => ({ line, parsed: parseDateLine(line.text, dayFirst) }))
    .filter((entry) => entry.parsed && entry.parsed.coverage >= 0.6)
    .sort((a, b) => Number(a.parsed!.updated) - Number(b.parsed!.updated) || away(a.line.index) - away(b.line.index));
  const nearest = dateLines[0];
  if (nearest?.parsed) {
    return { date: nearest.parsed.date, evidence: { source: 'date line', text: nearest.line.text, confidence: 0.9 } };
  }
  const years = [...allText.matchAll(YEAR)].map((match) => Number(match[1]));
  // 2. A weekday pinned to a month-day fixes the year, bounded by the years the text mentions.
  const pinned: PublishedResult[] = [];
  for (const match of body.matchAll(WEEKDAY_DATE)) {
    const weekday = WEEKDAYS.indexOf(match[1].toLowerCase());
    const month = monthIndex(match[2] ?? match[5]);
    const day = Number(match[3] ?? match[4]);
    if (month < 0 || day < 1 || day > 31 || !years.length) continue;
    const floor = Math.max(...years);
    const year = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((step) => floor + step).find((candidate) => weekdayOf(candidate, month, day) === weekday);
    if (year === undefined) continue;
    pinned.push({
      date: iso(year, month, day),
      evidence: { source: 'weekday and date in the text', text: `${match[0].trim()} (a ${WEEKDAYS[weekday]} in ${year}, the first such year from ${floor}, the latest year the text mentions)`, confidence: 0.6 },
    });
  }
  if (pinned.length) return pinned.sort((a, b) => b.date.localeCompare(a.date))[0];
  // 3. The latest full date on the page is a lower bound; bare weekdays in the body move it forward.
  const full = [...allText.matchAll(FULL_DATE)].map((match) => {
    const month = monthIndex(match[1] ?? match[5]);
    return { date: iso(Number(match[3] ?? match[6]), month, Number(match[2] ?? match[4])), text: match[0] };
  }).filter((entry) => !entry.date.includes('-00-')).sort((a, b) => b.date.localeCompare(a.date));
  const latest = full[0];
  if (!latest) return null;
  const [y, m, d] = latest.date.split('-').map(Number);
  const base = weekdayOf(y, m - 1, d);
  const later = [...new Set([...body.matchAll(BARE_WEEKDAY)].map((match) => WEEKDAYS.indexOf(match[1].toLowerCase())))]
    .map((weekday) => (weekday - base + 7) % 7)
    .filter((offset) => offset > 0 && offset < 4);
  if (!later.length) return { date: latest.date, evidence: { source: 'latest date in the text', text: latest.text, confidence: 0.35 } };
  const offset = Math.max(...later);
  const moved = new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
  return {
    date: moved,
    evidence: { source: 'latest date in the text and the weekdays after it', text: `${latest.text}, then "${WEEKDAYS[(base + offset) % 7]}" ${offset} day(s) later`, confidence: 0.3 },
  };
}
