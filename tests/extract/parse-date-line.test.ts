import { describe, expect, it } from 'vitest';
import { parseDateLine, writesDayFirst } from '../../src/extract/parse-date-line.js';

describe('parseDateLine', () => {
  it('reads a date line and how much of the line it covers', () => {
    const line = parseDateLine('Published 31 May, 2024 Friday');
    expect(line?.date).toBe('2024-05-31');
    expect(line?.coverage).toBeGreaterThan(0.6);
  });

  it('refuses relative dates, which state no year', () => {
    expect(parseDateLine('3 SECONDS AGO')).toBeNull();
    expect(parseDateLine('Today 5:00 am')).toBeNull();
    expect(parseDateLine('1 day ago')).toBeNull();
  });

  it('parts a section label or a byline glued to the date', () => {
    expect(parseDateLine('GEARAPR 28, 2024 10:00 AM')?.date).toBe('2024-04-28');
    const byline = parseDateLine('by Jane DoeNovember 21, 202501747');
    expect(byline?.date).toBe('2025-11-21');
    expect(byline?.coverage).toBeGreaterThanOrEqual(0.6);
  });

  it('reads numeric dates month first unless told, and lets a time zone on the line decide', () => {
    expect(parseDateLine('06/01/2026')?.date).toBe('2026-06-01');
    expect(parseDateLine('06/01/2026', true)?.date).toBe('2026-01-06');
    expect(parseDateLine('Published on 06/01/2026 - 13:55 GMT+1')?.date).toBe('2026-01-06');
    expect(parseDateLine('Posted 06/01/2026 9:00 EST', true)?.date).toBe('2026-06-01');
  });
});

describe('writesDayFirst', () => {
  it('takes the convention from unambiguous dates on the page', () => {
    expect(writesDayFirst('Filed 24/06/2025. Updated 03/07/2025.')).toBe(true);
    expect(writesDayFirst('Filed 06/24/2025. Updated 07/03/2025.')).toBe(false);
    expect(writesDayFirst('On 31 May 2024 and 2 June 2024 the talks went on.')).toBe(true);
    expect(writesDayFirst('On May 31, 2024 the talks began.')).toBe(false);
  });
});
