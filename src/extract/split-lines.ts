/** Plain text → lines with layout facts, the unit that body classification works on. */
import { isDateLine } from './parse-date-line.js';
import { STOPWORDS } from './vocabulary.js';

/** One non-empty line of the input and the layout around it. */
export interface Line {
  /** Position among the non-empty lines. */
  index: number;
  /** The line, whitespace-normalised, bullet removed. */
  text: string;
  bullet: boolean;
  /** The number and mark that opened a numbered line ("4." of "4. Selenium."), removed from `text`. */
  numbered?: { number: number; mark: string };
  blankBefore: boolean;
  blankAfter: boolean;
}

/** "By Jane Doe": a byline's start. */
const BYLINE_START = /^(?:By|BY)\s+\p{Lu}/u;

const BULLET = /^(?:[•●▪◦‣·*-]|\d{1,2}[.)])\s+/;
/** The number opening a numbered line: "4. ", "12) ". */
const NUMBER = /^(\d{1,2})[.)]\s/;

/** A line's text as the lines are read: without a bullet or a number opening it ("4. Selenium." → "Selenium."). */
export function withoutBullet(text: string): string {
  const trimmed = text.trim();
  return BULLET.test(trimmed) && trimmed.replace(BULLET, '').length > 0 ? trimmed.replace(BULLET, '') : trimmed;
}

/** A line a sentence was broken after: at a comma, or at a word that joins what follows. */
const BROKEN_AFTER = /(?:,|\s(?:or|and|but|the|a|an|of|to))$/;

/** A line that goes on with the sentence of the line before: a comma or semicolon, then a word in lower case. */
const CONTINUATION = /^[,;]\s+\p{Ll}/u;

/**
 * How a line goes on with the sentence of the line before it, to that sentence's end, or null: with its comma
 * after a widget the browser broke the sentence at ("… like bitcoin" | ", new investors …", joined as written),
 * or in lower case after a comma or a joining word ("Try refreshing your browser, or" | "tap here …", joined by a
 * space). Not a link's label for screen readers (", opens new tab"), which ends no sentence.
 */
function continuation(before: string, line: string): string | null {
  if (!SENTENCE_END.test(line)) return null;
  if (CONTINUATION.test(line) && !SENTENCE_END.test(before)) return '';
  if (BROKEN_AFTER.test(before) && /^\p{Ll}/u.test(line)) return ' ';
  return null;
}

/**
 * Split text into lines. Paragraphs may be separated by blank lines or by single newlines; text that is
 * hard-wrapped (a PDF's, an e-mail's, a text browser's dump: most lines of similar width) is re-joined where a
 * line was broken only because the next word did not fit.
 */
export function splitLines(text: string): Line[] {
  // A wrapper breaks lines at spaces, not at no-break spaces: they are spaces only once the lines are joined.
  const rawLines = text.replace(/[\u200b-\u200d\ufeff]/g, '').split('\n');
  const width = wrapWidth(rawLines);
  const blocks = rejoinLinks((width ? joinWrapped(rawLines, width) : rawLines).map((line) => line.replace(/\u00a0|\u2009|\u202f/g, ' ')));
  const lines: Line[] = [];
  let blank = true;
  for (const raw of blocks) {
    const trimmed = raw.replace(/\s+/g, ' ').trim();
    if (!trimmed) {
      blank = true;
      if (lines.length) lines[lines.length - 1].blankAfter = true;
      continue;
    }
    const previous = lines.at(-1);
    const joint = previous && !blank ? continuation(previous.text, trimmed) : null;
    if (previous && joint !== null) {
      previous.text += joint + trimmed;
      continue;
    }
    const text = withoutBullet(trimmed);
    const number = text !== trimmed ? NUMBER.exec(trimmed) : null;
    lines.push({
      index: lines.length,
      text,
      bullet: text !== trimmed,
      ...(number ? { numbered: { number: Number(number[1]), mark: number[0].trim() } } : {}),
      blankBefore: blank,
      blankAfter: false,
    });
    blank = false;
  }
  return lines;
}

/** A link's label for screen readers that a copy keeps on a line of its own: ", opens new tab", "(opens in a new window)". */
const LINK_LABEL = /^[,(]?\s*opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\)?$/i;
/** Text that goes on with the sentence before it: a lower-case word or a punctuation mark. */
const GOES_ON = /^\s*[\p{Ll},.;:)]/u;

/**
 * A sentence a link's screen-reader label broke ("The report" | ", opens new tab" | " by the institute …"): one
 * line again, without the label. A label after a menu's link, or before a new sentence, stays a line of its own.
 */
function rejoinLinks(lines: string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    const before = out.at(-1);
    const after = lines[at + 1];
    if (before?.trim() && LINK_LABEL.test(lines[at].trim()) && after !== undefined && after.trim() && GOES_ON.test(after) && !SENTENCE_END.test(before.trim())) {
      const rest = after.trim();
      out[out.length - 1] = `${before.trimEnd()}${/^[\p{Ll}]/u.test(rest) ? ' ' : ''}${rest}`;
      at++;
      continue;
    }
    out.push(lines[at]);
  }
  return out;
}

/**
 * The width text is wrapped at, or null when it is not hard-wrapped: most long lines end within a narrow band of
 * widths, and many mid-sentence. The width is the longest line near that band that more than one line reaches (a
 * long address may overrun it).
 */
function wrapWidth(lines: string[]): number | null {
  const long = lines.map((line) => line.trimEnd()).filter((line) => line.length >= 40);
  if (long.length < 5) return null;
  const widths = long.map((line) => line.length).sort((a, b) => a - b);
  const p90 = widths[Math.floor(widths.length * 0.9)];
  if (p90 > 100) return null;
  // A line ends mid-sentence on a word, a comma, or a word broken at a hyphen ("flood-" | "ing").
  const midSentence = long.filter((line) => /(?:[\p{Ll}\p{Lo},;،]|\p{L}-)$/u.test(line)).length;
  if (midSentence / long.length <= 0.5) return null;
  // Two lines at least: a line the wrapper could not break (words joined by no-break spaces) runs over alone.
  const band = widths.filter((width) => width <= p90 * 1.1);
  return band.findLast((width, index) => band[index - 1] === width) ?? band.at(-1) ?? p90;
}

/** Words of a page's date stamp at most. */
const STAMP_WORDS = 12;

/**
 * A page's date stamp, which ends its line: a short line mostly dates and times that ends on one ("Published
 * November 18, 2024 9:26pm Updated November 19, 2024 4:23pm"), as a line of wrapped prose does not.
 */
const isStamp = (line: string) => line.split(/\s+/).length <= STAMP_WORDS && /(?:\d|[ap]\.?m\.?|\b\p{Lu}{2,4})$/iu.test(line) && isDateLine(line);

/** A sentence's end: prose paragraphs end with one (a closing quote or bracket may follow). */
const SENTENCE_END = /[.!?…؟。！？]["”’')\]]*$/u;

/** A full stop that may be an abbreviation's or an initial's ("Rep.", "Feb.", "U.S."), not a sentence's end. */
const ABBREVIATION_END = /(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}{0,3}|\p{L})\.$/u;

/**
 * Join each line to the one before when that one was broken only because this line's first word would not fit in
 * the width; a line that stops short of it ends its paragraph (or is a line of its own: a headline, a byline).
 */
function joinWrapped(lines: string[], width: number): string[] {
  const out: string[][] = [];
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    const firstWord = raw.replace(/^[ \t]+/, '').split(/[ \t]/, 1)[0];
    // A bullet, a byline, a date line or a copy of the line before starts a line of its own; a page's date stamp
    // ends its own too ("Published November 18, 2024 9:26pm Updated November 19, 2024 4:23pm" | "Comments").
    const broken = previous !== '' && line !== '' && !BULLET.test(line) && !BYLINE_START.test(line) && line !== previous.trim()
      && previous.length + 1 + firstWord.length > width && previous.length >= width * 0.6 && !(line.length <= 40 && isDateLine(line))
      && !isStamp(line) && !isStamp(previous.trim());
    if (broken) out[out.length - 1].push(line);
    else out.push([line]);
    previous = raw.trimEnd();
  }
  // The words the text writes whole, to tell a word a line break hyphenated ("flood-" | "ing") from a compound.
  const words = new Set(lines.join(' ').toLowerCase().match(/\p{L}+/gu) ?? []);
  return out.flatMap((run) => unbreakLines(run, words));
}

/** Endings a typesetter hyphenates a word before ("flood-" | "ing", "govern-" | "ment"); no word of their own. */
const WORD_ENDING = /^(?:ing|ings|tion|tions|sion|sions|ment|ments|ness|ity|ities|ly|ed|er|ers|est|ous|ance|ence|able|ible|ive|ism|ist|ists|ure|ures|ery|ful|less|ial|ian|ic|ics|al)$/;

/**
 * A line broken after a hyphen joined to the next: a word the typesetter hyphenated is one word again when the rest
 * is a word's ending or the text writes the word whole elsewhere ("flood-" | "ing" → "flooding"); a compound keeps
 * its hyphen ("long-" | "term").
 */
function joinHyphenated(before: string, line: string, words: ReadonlySet<string>): string {
  const head = /(\p{L}+)-$/u.exec(before)?.[1];
  const tail = /^(\p{Ll}+)/u.exec(line)?.[1];
  const hyphenated = head !== undefined && tail !== undefined && (WORD_ENDING.test(tail) || words.has(`${head}${tail}`.toLowerCase()));
  return hyphenated ? `${before.slice(0, -1)}${line}` : `${before}${line}`;
}

/**
 * A run of joined lines as its paragraph, or as the lines it was when it cannot be one. A line that fills the
 * width by chance (a headline, a line of a menu) looks broken too; prose shows itself by ending a sentence, and a
 * run that ends none is parted again before its last line when the line before ended a sentence ("… what does it
 * do?" | "Getty Images"), and wherever a line begins with a capital after a lower-case word that is no function
 * word ("… cooking body parts" | "Neighbours said …"; not "… her childhood in" | "Montreal", nor a name's
 * "Aaron" | "Bushnell").
 */
function unbreakLines(run: string[], words: ReadonlySet<string>): string[] {
  const parted = run.length > 1 && !SENTENCE_END.test(run.at(-1)!);
  const out = [run[0]];
  run.slice(1).forEach((line, index) => {
    const before = out.at(-1)!;
    const lastWord = before.match(/[\p{L}\p{N}’']+$/u)?.[0] ?? '';
    const last = index === run.length - 2;
    const apart = parted && ((last && SENTENCE_END.test(before) && !ABBREVIATION_END.test(before))
      || (/^\p{Lu}/u.test(line) && !BULLET.test(run[0]) && /^\p{Ll}/u.test(lastWord) && !STOPWORDS.has(lastWord)));
    if (apart) out.push(line);
    else out[out.length - 1] = /\p{L}-$/u.test(before) ? joinHyphenated(before, line, words) : `${before} ${line}`;
  });
  return out;
}
