/** Calendar arithmetic on ISO day strings, in UTC (no local time zone can shift a date). */

/** `YYYY-MM-DD` of a UTC year, month (1–12) and day; overflowing days roll over as in `Date.UTC`. */
export function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Parts of an ISO day. */
export function partsOf(day: string): { year: number; month: number; day: number } {
  const [year, month, date] = day.split('-').map(Number);
  return { year, month, day: date };
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(day: string): number {
  const { year, month, day: date } = partsOf(day);
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay();
}

/** Add days to an ISO day. */
export function addDays(day: string, days: number): string {
  const { year, month, day: date } = partsOf(day);
  return isoDay(year, month, date + days);
}

/** Monday of the week that holds the day. */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** `YYYY-MM` of a month `offset` months from the given one (no day overflow). */
export function shiftMonth(year: number, month: number, offset: number): string {
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date at its precision, for people: "31 May 2024", "May 2024", "week of 27 May 2024", "2024". */
export function formatDate(date: string, precision: 'year' | 'month' | 'week' | 'day', qualifier: string | null = null): string {
  const [year, month, day] = date.split('-').map(Number);
  const prefix = qualifier ? `${qualifier[0].toUpperCase()}${qualifier.slice(1)} ` : '';
  if (precision === 'year') return `${prefix}${year}`;
  if (precision === 'month') return `${prefix}${qualifier ? MONTH_NAMES[month - 1] : MONTH_NAMES[month - 1]} ${year}`;
  if (precision === 'week') return `week of ${day} ${MONTH_NAMES[month - 1]} ${year}`;
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** Month name of a 1-based month. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1];
}

/** Days from `a` to `b` (ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000);
}

/** The year that puts a month and day (the 15th for a month alone) nearest a reference day. */
export function nearestYear(month: number, day: number | null, reference: string): number {
  const { year } = partsOf(reference);
  return [year - 1, year, year + 1].reduce((best, candidate) => {
    const distance = (at: number) => Math.abs(daysBetween(reference, isoDay(at, month, Math.min(day ?? 15, 28))));
    return distance(candidate) < distance(best) ? candidate : best;
  });
}
