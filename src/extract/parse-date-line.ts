/** Recognise a line that states a calendar date (a dateline of a page, "31 May, 2024 Friday"). */
// English alone: the package's main entry loads every language's parsers (four times the start-up time).
import * as en from 'chrono-node/en';
import { MONTH_NAMES, MONTH_WORD } from './vocabulary.js';

/** A full date read from a line, and how much of the line the date covers. */
export interface DateLine {
  date: string;
  /** The matched date words. */
  text: string;
  /** Share of the line's letters and digits that belong to the date or to date-line words. */
  coverage: number;
  /** The line says the date is an update rather than the first publication. */
  updated: boolean;
}

const FILLER = /\b(?:published|updated|posted|last updated|first published|on|at|am|pm|gmt|utc|bst|est|edt|cet|cest|sast|ist|aest|et|pt|modified|date|time|by)\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi;

/** A year written out in a date ("2024", "'24", "/24"): relative dates ("3 hours ago", "today") state none. */
const STATED_YEAR = /(?:\d{4}|['’/.\-]\d{2})\b/;

/**
 * Read a full date (day, month and year all stated) from a short line; null when it holds none. Numeric dates
 * such as 06/01/2026 read month first unless `dayFirst` says the page writes the day first.
 */
export function parseDateLine(line: string, dayFirst = false): DateLine | null {
  if (line.length > 120) return null;
  // The headline, byline and date searches ask about the same lines near the top of a page.
  const key = `${dayFirst ? 1 : 0}${line}`;
  const known = readLines.get(key);
  if (known !== undefined) return known;
  if (readLines.size >= READ_LINES) readLines.clear();
  const read = readDateLine(line, dayFirst);
  readLines.set(key, read);
  return read;
}

/** Lines read lately (`parseDateLine`), and how many are kept. Their results are frozen: callers share them. */
const readLines = new Map<string, Readonly<DateLine> | null>();
const READ_LINES = 4096;

/** What `parseDateLine` reads from a line, read afresh. */
function readDateLine(line: string, dayFirst: boolean): DateLine | null {
  // A time zone on the line itself outweighs the page's habits.
  const zoned = new RegExp(DAY_FIRST_ZONES.source).test(line) ? true : new RegExp(MONTH_FIRST_ZONES.source).test(line) ? false : dayFirst;
  const parser = zoned ? en.GB : en;
  // A section label glued to the date by the copy ("GEARAPR 28, 2024") hides the month: part them.
  // So does a byline glued to it ("by Jane DoeNovember 21, 202501747", with a view counter after the year).
  const text = line
    .replace(/(\p{Lu})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?=[A-Z]*\.?\s*\d)/gu, '$1 $2')
    .replace(new RegExp(`(\\p{Ll})(${MONTH_NAMES})(?=\\s+\\d)`, 'gu'), '$1 $2')
    .replace(new RegExp(`((?:${MONTH_NAMES})\\s+\\d{1,2},?\\s+(?:19|20)\\d{2})(?=\\d)`, 'gu'), '$1 ');
  // Only a date with its year written out counts (below): a line that writes none holds none.
  if (!STATED_YEAR.test(text)) return null;
  const results = parser.parse(text, new Date(Date.UTC(2000, 0, 1)));
  for (const result of results) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    if (!STATED_YEAR.test(result.text)) continue;
    const year = start.get('year') ?? 0;
    if (year < 1900 || year > 2100) continue;
    const date = `${year}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
    // A byline before the date ("By Jane Doe, May 3, 2024") counts as date-line words.
    const before = text.slice(0, result.index).replace(/^\s*by\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}[,|·•-]*\s*$/iu, ' ');
    const rest = (before + ' ' + text.slice(result.index + result.text.length)).replace(FILLER, ' ');
    const all = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    const left = (rest.match(/[\p{L}\p{N}]/gu) ?? []).length;
    return Object.freeze({ date, text: result.text, coverage: all ? 1 - left / all : 0, updated: /\bupdated|modified\b/i.test(line) });
  }
  return null;
}

/** Time zones name the region: European, African, Asian and Australian ones go with day-first dates. */
const DAY_FIRST_ZONES = /\b(?:GMT|UTC)\s?[+-]\d|\b(?:BST|CET|CEST|EET|EEST|WAT|CAT|EAT|SAST|IST|AEST|AEDT)\b/g;
const MONTH_FIRST_ZONES = /\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b/g;

/**
 * Does the page write numeric dates day first? A numeric date whose first part exceeds 12 says yes, one whose
 * second part does says no, dotted dates (31.05.2024) say yes; otherwise worded dates decide ("31 May 2024"
 * against "May 31, 2024").
 */
export function writesDayFirst(text: string): boolean {
  let day = 0;
  let month = 0;
  for (const match of text.matchAll(/\b(\d{1,2})([/.])(\d{1,2})\2(?:\d{4}|\d{2})\b/g)) {
    if (Number(match[1]) > 12 || match[2] === '.') day += 2;
    else if (Number(match[3]) > 12) month += 2;
  }
  day += (text.match(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+\\d{4}`, 'gi')) ?? []).length;
  month += (text.match(new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`, 'gi')) ?? []).length;
  day += (text.match(DAY_FIRST_ZONES) ?? []).length;
  month += (text.match(MONTH_FIRST_ZONES) ?? []).length;
  return day > month;
}

/** Two-digit zero padding. */
export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Does a line mostly state a date ("April 28, 2024 3:00 AM"), rather than name one in prose or a headline? */
export const isDateLine = (line: string): boolean => (parseDateLine(line)?.coverage ?? 0) >= 0.5;
