/** Find authors (bylines, bio blocks, "X reported from …") and contributors ("… contributed to this report"). */
import type { ClassifiedLine } from './classify-lines.js';
import { parseDateLine } from './parse-date-line.js';
import { INTERFACE_PATTERN, ROLE_WORDS } from './vocabulary.js';

/** People credited for an article. */
export interface Credits {
  authors: string[];
  contributors: string[];
  evidence: string[];
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|da|van|von|der|del|di|la|le|bin|al|ibn|\p{Lu}[\p{L}'’.-]*)){0,3}`;
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');
/** A person's name: two to four capitalised words or initials ("J. R. Smith", "Ellen Knickmeyer"). */
const PERSON = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?|(?:de|da|van|von|der|del|di|la|le|bin|al|ibn))(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|da|van|von|der|del|di|la|le|bin|al|ibn)){1,3}$/u;

/** Split "A, B and C" into names, dropping roles, places ("in Prague") and agencies. */
export function splitNames(text: string): string[] {
  return text
    .replace(/\b(?:and|&)\b/g, ',')
    .split(/[,;|]/)
    .map((part) => part.replace(/\s+in\s+\p{Lu}[\p{L}\s]*$/u, '').replace(/^\s*(?:by|with|and)\s+/i, '').trim())
    .filter((part) => NAME_ONLY.test(part) && !INTERFACE_PATTERN.test(part) && part.split(/\s+/).length <= 4);
}

/** Add names in order without duplicates, ignoring case and spacing. */
function addAll(target: string[], names: string[]): void {
  for (const name of names) {
    if (!target.some((known) => known.toLowerCase() === name.toLowerCase())) target.push(name);
  }
}

/**
 * Credits from the lines before the body (`header`) and the lines left out after it (`tail`, where
 * bios and credit lines live).
 */
export function findAuthors(header: ClassifiedLine[], tail: ClassifiedLine[], titleLine: number | null): Credits {
  const authors: string[] = [];
  const contributors: string[] = [];
  const evidence: string[] = [];
  header.forEach((line, position) => {
    const byline = /^(?:by|written by|words by|story by|reporting by)[:\s]+(.{3,120})$/i.exec(line.text);
    if (byline) {
      const names = splitNames(byline[1].replace(/\d.*$/, ''));
      if (names.length) { addAll(authors, names); evidence.push(line.text); }
      return;
    }
    // A bare name beside a date line, in the header: the byline of many layouts.
    const neighbours = [header[position - 1], header[position + 1], header[position + 2]];
    if (line.index !== titleLine && line.words <= 8 && !line.endsSentence && neighbours.some((other) => other && parseDateLine(other.text))) {
      const names = splitNames(line.text).filter((name) => PERSON.test(name));
      if (names.length) {
        addAll(authors, names);
        evidence.push(line.text);
      }
    }
  });
  for (const line of tail) {
    const bio = new RegExp(`^(${NAME}) (?:is|was|has been) (?:a|an|the)\\b`, 'u').exec(line.text);
    if (bio && ROLE_WORDS.test(line.text.slice(0, 160))) { addAll(authors, [bio[1]]); evidence.push(line.text.slice(0, 80)); continue; }
    const reported = new RegExp(`^(${NAME}(?:(?:,| and) ${NAME})*) reported from\\b`, 'u').exec(line.text);
    if (reported) { addAll(authors, splitNames(reported[1])); evidence.push(reported[0]); }
    const contributed = /(?:^|\.\s+)([^.]*?)\s+contributed (?:to )?(?:this|the) (?:report|story|article)/i.exec(line.text);
    if (contributed) {
      const list = contributed[1].replace(/^.*?\b(?:writers?|reporters?|correspondents?|staff)\b\s*/i, '');
      addAll(contributors, splitNames(list));
      evidence.push(contributed[0].trim());
    }
  }
  return { authors, contributors, evidence };
}
