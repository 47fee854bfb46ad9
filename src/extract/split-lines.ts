/** Plain text → lines with layout facts, the unit that body classification works on. */

/** One non-empty line of the input and the layout around it. */
export interface Line {
  /** Position among the non-empty lines. */
  index: number;
  /** The line, whitespace-normalised, bullet removed. */
  text: string;
  bullet: boolean;
  blankBefore: boolean;
  blankAfter: boolean;
}

const BULLET = /^(?:[•●▪◦‣·*-]|\d{1,2}[.)])\s+/;

/**
 * Split text into lines. Paragraphs may be separated by blank lines or by single newlines; text that
 * is hard-wrapped (most lines of similar width, inside blank-line-separated blocks) is re-joined.
 */
export function splitLines(text: string): Line[] {
  const rawLines = text.replace(/\u00a0|\u2009|\u202f/g, ' ').replace(/[\u200b-\u200d\ufeff]/g, '').split('\n');
  const blocks = isHardWrapped(rawLines) ? joinWrapped(rawLines) : rawLines;
  const lines: Line[] = [];
  let blank = true;
  for (const raw of blocks) {
    const trimmed = raw.replace(/\s+/g, ' ').trim();
    if (!trimmed) {
      blank = true;
      if (lines.length) lines[lines.length - 1].blankAfter = true;
      continue;
    }
    const bullet = BULLET.test(trimmed) && trimmed.replace(BULLET, '').length > 0;
    lines.push({
      index: lines.length,
      text: bullet ? trimmed.replace(BULLET, '') : trimmed,
      bullet,
      blankBefore: blank,
      blankAfter: false,
    });
    blank = false;
  }
  return lines;
}

/** Hard-wrapped when most long lines end within a narrow band of widths and many end mid-sentence. */
function isHardWrapped(lines: string[]): boolean {
  const long = lines.map((line) => line.trimEnd()).filter((line) => line.length >= 40);
  if (long.length < 8) return false;
  const widths = long.map((line) => line.length).sort((a, b) => a - b);
  const p90 = widths[Math.floor(widths.length * 0.9)];
  if (p90 > 100) return false;
  const midSentence = long.filter((line) => /[a-z,;]$/.test(line)).length;
  return midSentence / long.length > 0.5;
}

/** Join the lines of each blank-line-separated block into one. */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '' || BULLET.test(line.trim())) {
      if (current.length) out.push(current.join(' '));
      current = [];
      if (line.trim() === '') out.push('');
      else current.push(line.trim());
    } else current.push(line.trim());
  }
  if (current.length) out.push(current.join(' '));
  return out;
}
