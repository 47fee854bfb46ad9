/** Find authors (bylines, bio blocks, "X reported from …") and contributors ("… contributed to this report"). */
import type { ClassifiedLine } from './classify-lines.js';
import { parseDateLine } from './parse-date-line.js';
import { INTERFACE_PATTERN, MONTH_WORD, MONTHS, PAGE_LABEL, ROLE_NAMES, ROLE_WORDS, WIRE_CREDIT, WIRE_ROLE } from './vocabulary.js';

/** People credited for an article. */
export interface Credits {
  authors: string[];
  contributors: string[];
  evidence: string[];
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|da|van|von|der|del|di|la|le|bin|al|ibn|\p{Lu}[\p{L}'’.-]*)){0,3}`;
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');
/**
 * A person's name: two to four capitalised words or initials ("J. R. Smith", "Ellen Knickmeyer"); after an
 * article only a news agency ("The Associated Press", not a masthead like "The West Australian").
 */
const PERSON = /^(?!(?:The|An?)\s(?!.*\b(?:Press|Agency)$))(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?|(?:de|da|van|von|der|del|di|la|le|bin|al|ibn))(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|da|van|von|der|del|di|la|le|bin|al|ibn)){1,3}$/u;

/** A relative time or publication stamp next to a byline ("2 MINUTES AGO", "Published: 22:04"). */
const STAMP = /\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)(?:\s+ago)?\b|^(?:published|updated|posted)\b/i;

/** Profile links beside or glued to a bio's name ("Jane DoeTwitterJane Doe is …"). */
const SOCIAL_LINKS = /\s*(?:(?<=\p{Ll})|\b)(?:Twitter|Facebook|Instagram|LinkedIn|Email|Bluesky|Threads)(?=\p{Lu}|\b)\s*/gu;

/** Whether a line holds a date or time stamp after its first field ("Jane Doe / OUTLET / Sep 2, 2024", "Jane Doe 7 hours"). */
function stamped(text: string): boolean {
  const fields = text.split(/\s*[/|•·]\s*/);
  return fields.slice(1).some((field) => parseDateLine(field) !== null || STAMP.test(field)) || STAMP.test(fields[0].replace(/^\S+\s+\S+/, ''));
}

/** Words of page sections and labels, and month names (not May, a name too), which are not parts of people's names. */
const NOT_A_NAME_WORDS = new RegExp(
  `\\b(?:news|feature|features|opinion|analysis|sports?|business|deals|world|local|live|premium|exclusive|posted|politics|images|photos?|issue|${MONTHS.filter((month) => month !== 'may').join('|')})\\b`,
  'i',
);
const NOT_A_NAME_SHAPE = /\b\p{Lu}{3,}\b(?=.*\p{Ll})|\b(?!(?:de|da|van|von|der|del|di|la|le|bin|al|ibn)\b)\p{Ll}/u;

const notAName = (text: string) => NOT_A_NAME_WORDS.test(text) || NOT_A_NAME_SHAPE.test(text);

/** Whether a text is a person's name and nothing else ("Jane Doe", not "Latest News" or "Follow us on Bluesky"). */
export const isPersonName = (text: string) => PERSON.test(text) && !notAName(text);

/** Newsroom titles after a byline's name; not in `ROLE_NAMES`, whose bios ("X is the director of …") are experts' too. */
const DESK_ROLES = 'director|manager|chief|deputy|head of \\p{L}+';

/** Title case for a name set in capitals ("CHRIS WILSON-SMITH" → "Chris Wilson-Smith"). */
function titleCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A byline as the page shows it → the names part: words the copy glued together parted ("Emma MackenzieLifestyle
 * Writer"), and the role, outlet, date and buttons after the names cut ("… Political Correspondent",
 * "… for The Daily Paper", "… published 19 May 2026", "… / OUTLET / Sep 2", "… Follow", "… with Agencies").
 */
export function cleanByline(text: string): string {
  // Words glued together parted, affiliation marks glued to a name dropped ("Xiaoying You1, Mariana Lenharo").
  let line = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Ll})\d+(?=[\s,;&]|$)/gu, '$1');
  line = line.split(/\s+(?:[/|•·–—]|-)\s+/)[0];
  line = line.replace(/\s+(?:published|updated|posted|on|at|for)\b.*$/i, '');
  // Wire copy credited beside the names ("Euronews with Agencies", "Jane Doe with AP").
  line = line.replace(/\s+with\s+(?:agencies|wires|(?:the )?(?:AP|AFP|Reuters|Associated Press|PA|dpa))\b.*$/i, '');
  line = line.replace(/\s+(?:follow|twitter|x|email|facebook|linkedin|instagram|bio|profile)\b.*$/i, '');
  line = line.replace(/\d.*$/, '').replace(new RegExp(`\\s+${MONTH_WORD}\\s*$`, 'i'), '');
  // A role after the name ("Jane Doe Lifestyle Writer", "… Deputy Content Hub Director"): the name is its first
  // two words, with any particles.
  const role = new RegExp(String.raw`\s(?:\p{L}+\s+){0,3}(?:${ROLE_NAMES}|${DESK_ROLES}|staff|team)s?\b.*$`, 'iu');
  if (role.test(line) && !/,|\band\b/.test(line)) {
    const match = /^(?:\p{Lu}[\p{L}'’.-]*\s+)(?:(?:de|da|van|von|der|del|di|la|le|bin|al|ibn)\s+)*\p{Lu}[\p{L}'’.-]*/iu.exec(line);
    line = match ? match[0] : line.replace(role, '');
  }
  return titleCase(line.trim());
}

/** Split "A, B and C" into names, dropping roles, places ("in Prague") and agencies. */
export function splitNames(text: string): string[] {
  return text
    // A place after a name, up to the next name ("Will Weissert in Johnstown, Pennsylvania, and Bill Barrow"); a
    // part with a place of its own is the next name ("… in Beirut, Anthony Deutsch in The Hague").
    .replace(/\s+in\s+\p{Lu}(?:(?!\sin\s)[\p{L}\s.'’-])*?(?:,\s*\p{Lu}(?:(?!\sin\s)[\p{L}\s.'’-])*?)*?(?=,?\s+(?:and|&)\s|,\s*(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}in\s+\p{Lu}|[;|]|$)/gu, '')
    .replace(/\band\b|&/g, ',')
    .split(/[,;|]|(?<=\p{L})\/(?=\p{L})/u)
    // An outlet run on after the last name ("… Vasilisa Stepanenko The Associated Press"): no name holds "The".
    .map((part) => titleCase(part.replace(/^\s*(?:by|with|and)\s+/i, '').replace(/\s+The\s.*$/u, '').trim()))
    .filter((part) => NAME_ONLY.test(part) && !INTERFACE_PATTERN.test(part) && !notAName(part) && part.split(/\s+/).length <= 4);
}

/** Add names in order without duplicates, ignoring case and spacing. */
function addAll(target: string[], names: string[]): void {
  for (const name of names) {
    if (!target.some((known) => known.toLowerCase() === name.toLowerCase())) target.push(name);
  }
}

/**
 * Credits from the lines before the body (`header`) and the lines left out after it (`tail`, where
 * bios and credit lines live); `firstOfBody` is the line the body opens with, after the header.
 */
export function findAuthors(header: ClassifiedLine[], tail: ClassifiedLine[], titleLine: number | null, firstOfBody?: ClassifiedLine): Credits {
  const authors: string[] = [];
  const contributors: string[] = [];
  const evidence: string[] = [];
  const overHeadline: string[] = [];
  const overEvidence: string[] = [];
  // The headline and the copies of it the page prints again (a byline may sit under either).
  const headline = header.find((line) => line.index === titleLine)?.text;
  const titleCopies = header.filter((line) => line.text === headline).map((line) => line.index);
  const dated = (other: ClassifiedLine | undefined) => other !== undefined && (parseDateLine(other.text) !== null || STAMP.test(other.text));
  header.forEach((line, position) => {
    // A name follows, capitalised ("By submitting your information …" is no byline).
    const byline = /(?:^|[|•·]\s*)(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eporting by|BY)[:\s]+(\p{Lu}.{2,119})$/u.exec(line.text);
    if (byline) {
      const names = splitNames(cleanByline(byline[1]));
      if (names.length) { addAll(authors, names); evidence.push(line.text); }
      return;
    }
    // "By" on a line of its own: the names follow, one or more to a line, until a line that is not one.
    if (/^by:?$/i.test(line.text)) {
      for (const next of header.slice(position + 1, position + 7)) {
        if (next.text.length > 120) break;
        const names = splitNames(cleanByline(next.text));
        if (!names.length) break;
        addAll(authors, names);
        evidence.push(next.text);
      }
      return;
    }
    if (/^by:?$/i.test(header[position - 1]?.text ?? '')) return;
    // A bare name beside a date line, or followed by a date on its own line ("Jane Doe / OUTLET / Sep 2, 2024",
    // "Jane Doe 7 hours"), near the headline: the byline of many layouts.
    const neighbours = [header[position - 2], header[position - 1], header[position + 1], header[position + 2]];
    const nearTitle = titleLine === null || titleCopies.some((index) => Math.abs(line.index - index) <= 4);
    // Names alone on a line, two or more joined by "/", "&" or "and", under the headline: a byline without "By"
    // ("Mathatisi Sebusi/Mohalenyane Phakela").
    const below = titleLine !== null && line.index > titleLine && line.index - titleLine <= 10;
    if (below && line.words <= 12 && !line.endsSentence && /\/|&|\band\b/.test(line.text)) {
      const parts = line.text.split(/\s*(?:\/|&|,|\band\b)\s*/).filter(Boolean);
      const names = splitNames(line.text).filter((name) => PERSON.test(name));
      if (names.length >= 2 && names.length === parts.length) { addAll(authors, names); evidence.push(line.text); return; }
    }
    // A name alone over its affiliation (an outlet's initials, "BBC News", or a role, "Political editor") right
    // above the lead: a byline without "By".
    const affiliation = header[position + 1];
    const lead = header[position + 2] ?? (position + 2 === header.length ? firstOfBody : undefined);
    const affiliated = affiliation !== undefined && affiliation.words <= 3 && !affiliation.endsSentence && !PAGE_LABEL.test(affiliation.text.trim())
      && (/^\p{Lu}{2,6}\b/u.test(affiliation.text) || ROLE_WORDS.test(affiliation.text));
    if (below && PERSON.test(line.text) && !notAName(line.text) && affiliated && lead?.cls === 'good' && lead.endsSentence) {
      addAll(authors, [line.text]);
      evidence.push(`${line.text} / ${affiliation.text}`);
      return;
    }
    if (line.index !== titleLine && nearTitle && line.words <= 10 && !line.endsSentence && (neighbours.some(dated) || stamped(line.text))) {
      const names = splitNames(cleanByline(line.text)).filter((name) => PERSON.test(name));
      if (names.length) {
        // Above the headline, it may be the byline of the teaser before it: it counts when none is found below.
        const above = titleLine !== null && line.index < titleLine;
        addAll(above ? overHeadline : authors, names);
        (above ? overEvidence : evidence).push(line.text);
      }
    }
  });
  if (!authors.length) { addAll(authors, overHeadline); evidence.push(...overEvidence); }
  const bylined = authors.length > 0;
  for (const line of tail) {
    // A bio as copied: the name, its profile links glued on, the name again ("Jane DoeTwitterJane Doe is …").
    // Only the links are parted from the words they are glued to: "McDonald" stays whole.
    const unglued = line.text.replace(SOCIAL_LINKS, ' ').replace(/^((?:\S+ ){1,3}\S+) \1\b/u, '$1');
    const bio = new RegExp(`^(${NAME}) (?:is|was|has been) (?:a|an|the)\\b`, 'u').exec(unglued);
    if (bio && ROLE_WORDS.test(unglued.slice(0, 160))) { addAll(authors, [bio[1]]); evidence.push(line.text.slice(0, 80)); continue; }
    // "Doe reported from Kyiv": often the surname of an author the byline gave in full.
    const reported = new RegExp(`^(${NAME}(?:(?:,| and) ${NAME})*) reported from\\b`, 'u').exec(line.text);
    if (reported) {
      const known = (name: string) => authors.some((author) => author.toLowerCase().endsWith(` ${name.toLowerCase()}`));
      addAll(authors, splitNames(reported[1]).filter((name) => !known(name)));
      evidence.push(reported[0]);
    }
    // A wire credit line: the reporters are the authors, additional reporters and writers contributors, editors neither.
    if (WIRE_CREDIT.test(line.text) && line.words < 45) {
      const parts = line.text.split(WIRE_ROLE);
      for (let part = 1; part + 1 < parts.length; part += 2) {
        const role = parts[part].toLowerCase();
        // The reporters are the authors unless a byline named them (the publisher's word; reporters it leaves out
        // are contributors).
        if (role === 'reporting' && !bylined) addAll(authors, splitNames(parts[part + 1]));
        else if (role !== 'editing') addAll(contributors, splitNames(parts[part + 1]));
      }
      evidence.push(line.text);
      continue;
    }
    const contributed = /(?:^|\.\s+)([^.]*?)\s+contributed (?:to )?(?:this|the) (?:report|story|article)/i.exec(line.text);
    if (contributed) {
      const list = contributed[1].replace(/^.*?\b(?:writers?|reporters?|correspondents?|staff)\b\s*/i, '');
      addAll(contributors, splitNames(list));
      evidence.push(contributed[0].trim());
    }
  }
  const credited = authors.filter((name) => !notAName(name));
  // Someone credited both ways is an author, the name spelt a letter apart too ("Maya Gebeily" in the byline,
  // "Reporting by Maya Gebeilly" after the article).
  return { authors: credited, contributors: contributors.filter((name) => !credited.some((author) => sameName(author, name))), evidence };
}

/** Whether two names are one, case aside and one letter added, dropped or changed in a name of five letters or more. */
export function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) { endX--; endY--; }
  return endX - start <= 1 && endY - start <= 1;
}
