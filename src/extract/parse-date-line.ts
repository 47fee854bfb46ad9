/** Recognise a line that states a calendar date (a dateline of a page, "31 May, 2024 Friday"). */
import * as chrono from 'chrono-node';

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

/** Read a full date (day, month and year all stated) from a short line; null when it holds none. */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > 120) return null;
  const results = chrono.parse(line, new Date(Date.UTC(2000, 0, 1)));
  for (const result of results) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year') ?? 0;
    if (year < 1900 || year > 2100) continue;
    const date = `${year}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
    const rest = (line.slice(0, result.index) + ' ' + line.slice(result.index + result.text.length)).replace(FILLER, ' ');
    const all = (line.match(/[\p{L}\p{N}]/gu) ?? []).length;
    const left = (rest.match(/[\p{L}\p{N}]/gu) ?? []).length;
    return { date, text: result.text, coverage: all ? 1 - left / all : 0, updated: /\bupdated|modified\b/i.test(line) };
  }
  return null;
}

/** Two-digit zero padding. */
export function pad(value: number): string {
  return String(value).padStart(2, '0');
}
