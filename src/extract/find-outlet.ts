/**
 * Find the outlet: a site name in the page's furniture ("More from X", "Follow X on"), a masthead the page names
 * again, an author bio, a byline crediting the site, the copyright holder of the page's footer (when it is a
 * company, the site the page says it owns, before the company), a footer link about the site ("About X", "Work at
 * X"), a wire, and last the site its reporters interview for ("… told TechCrunch"), where the page bears it out.
 * A name must look like one: the page's
 * own words for itself ("Follow us"), its sections ("More from Politics", a menu item) and interface phrases
 * ("Subscribe to unlock more articles") are none.
 */
import type { Evidence } from '../types.js';
import type { ClassifiedLine } from './classify-lines.js';
import { cleanByline } from './find-authors.js';
import { parseDateLine } from './parse-date-line.js';
import { INTERFACE_PATTERN, PAGE_LABEL, ROLE_NAMES } from './vocabulary.js';
import { escapeRegExp } from '../util/escape-regexp.js';

/** Wire services named in datelines, by the abbreviation used there. */
const WIRES: Record<string, string> = {
  AP: 'Associated Press', REUTERS: 'Reuters', AFP: 'AFP', UPI: 'UPI', CNN: 'CNN', DPA: 'dpa', ANSA: 'ANSA', PA: 'PA Media',
  XINHUA: 'Xinhua', TASS: 'TASS', IANS: 'IANS', PTI: 'PTI', BLOOMBERG: 'Bloomberg',
};

const PROPER = String.raw`(\p{Lu}[\p{L}\p{N}/&.'’-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{N}/&.'’-]*)){0,4})`;

/**
 * Phrases of furniture that name the site: "Trending on X", "More from X", "Follow X on …", "emails from X", and
 * the sign-up sentences around them ("I would like to be emailed about offers and updates from X. Read our …",
 * "Sign up for our newsletter to receive the best stories from X.", "I agree to receive emails from X and to the
 * Privacy Policy"). The name ends where the sentence goes on.
 */
const SITE_END = String.raw`(?:\s+on\b.*|\s+and\s+(?:to|our|its|their)\b.*|[.,:!?–—-](?:\s.*)?)?$`;
const SITE_CONTEXTS = [
  new RegExp(String.raw`^(?:trending on|more from|latest from|the best of|follow|subscribe to|sign up for|welcome to)\s+(.+?)${SITE_END}`, 'i'),
  new RegExp(String.raw`^(?:.*\b)?(?:emails|newsletters?|updates|notifications|stories) from\s+(.+?)${SITE_END}`, 'i'),
];

/** Words of what a page says to its reader, never a site's name ("Follow us", "Sign up for our emails"). */
const NOT_A_SITE = /^(?:us|our|me|my|you|your|them|it|this|that|the|a|an)$|\b(?:more|articles?|emails?|alerts?|updates?|stories|unlock|reading|offers?)\b/i;

/** A byline crediting a reporter of the outlet rather than a person: "By DAILY NEWS Reporter", "By Herald Correspondent". */
const STAFF_BYLINE = /^By\s+(\p{Lu}[^,;|]{1,40}?)\s+(?:staff\s+)?(?:reporters?|correspondents?|writers?|desk|team)\b/iu;
/** Words of a byline that say who, not for whom: "By Staff Reporter", "By Our Correspondent", "By A Special Correspondent". */
const GENERIC_CREDIT = /^(?:a|an|our|the|staff|special|senior|chief|political|foreign|sports?|business|court|crime|health|education|city|news|local|own|guest|contributing|freelance)(?:\s+(?:staff|special|senior|chief|political|foreign|sports?|business|court|crime|health|education|city|news|local|own|guest|contributing|freelance))*$/i;


/**
 * The first of two titles a line names together, when they share a word ("Daily Star and Daily Star On Sunday",
 * "Daily Mirror and Sunday Mirror newspapers"); a name joined by "and" stays whole ("The Globe and Mail").
 */
function firstOfPair(text: string): string {
  const pair = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(text.trim());
  if (!pair) return text;
  const words = new Set(pair[1].toLowerCase().split(/\s+/).filter((word) => word !== 'the'));
  return pair[2].toLowerCase().split(/\s+/).some((word) => words.has(word)) ? pair[1] : text;
}

/** Words joining a name's capitalised words ("Rest of World", "The Globe and Mail"). */
const JOINING = /^(?:of|the|and|&|de|du|des|la|le|el|al|di|da)$/;

/** Company forms and phrases after a copyright holder's name. */
const COMPANY_FORM = String.raw`(?:,?\s+(?:Inc|Ltd|Limited|LLC|L\.L\.C|plc|PLC|Co|Corp|Corporation|GmbH|AG|S\.A|\(Pty\))\.?)+\s*(?:(?:19|20)\d{2})?$`;
const OWNER_TAIL = /,?\s+(?:a division of|a part of|part of|or its affiliated companies|and affiliated companies|and its affiliates|in England\b).*$/;
const COMPANY_TAIL = new RegExp(`${OWNER_TAIL.source}|${COMPANY_FORM}`);
/** Words that name a company rather than a publication: "Postmedia Network", "Associated Newspapers". */
const COMPANY_WORDS = /\b(?:Media|Group|Holdings|Network|Newspapers|Communications|Enterprises|Entertainment|Publishing|Publications)\b/;

/**
 * A site's name as the page gives it, or null: capitalised words (with joining words), words in capitals
 * ("WIRED", "THE BBC") or a domain ("Metro.co.uk").
 */
function siteName(text: string): string | null {
  // A possessive names the site too ("… for CBC's").
  const name = text.trim().replace(/[\s.,:;&]+$/, '').replace(/['’]s$/, '');
  const words = name.split(/\s+/);
  if (!name || words.length > 6 || NOT_A_SITE.test(name) || INTERFACE_PATTERN.test(name)) return null;
  // A word of over 30 letters is words run together (a row of language links), not a name.
  // A brand may open with a channel's number ("9News").
  if (!/^(?:\p{Lu}|\p{N}+\p{L})/u.test(name) || words.some((word) => word.length > 30)) return null;
  const capitals = !/\p{Ll}/u.test(name);
  return capitals || words.every((word, n) => /^[\p{Lu}\p{N}]/u.test(word) || (n > 0 && JOINING.test(word))) ? name : null;
}

/** The copyright holder of the footer: the last notice in the page (a photo's credit comes earlier). */
function copyrightHolder(lines: ClassifiedLine[]): { name: string; line: ClassifiedLine; company: boolean } | null {
  for (const line of [...lines].reverse()) {
    const notice = /(?:©|\(c\)|\bcopyright\b)/i.exec(line.text);
    if (!notice) continue;
    const after = line.text.slice(notice.index + notice[0].length)
      .replace(/^(?:\s*(?:©|copyright|\(c\)))*\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?)?[\s,-]*(?:by\s+)?/i, '');
    // "Daily Maverick © All rights reserved": the holder before the sign.
    const holder = /^\s*all rights/i.test(after) ? line.text.slice(0, notice.index)
      : /^\p{L}[\p{L}\p{N}-]*\.(?:com|co\.uk|co\.za|ca|org|net)\b/iu.exec(after)?.[0]
      ?? /^([^.|©]+?(?:\.(?:com|co\.uk|co\.za|ca|org|net)\b)?)(?:[.|]|\s+all rights|\s*$)/i.exec(after)?.[1] ?? '';
    // A photographer's credit ("Copyright Jane Doe/AP") is no holder of the page.
    if (/\/\s*\p{Lu}{2,}\s*$/u.test(holder)) continue;
    const bare = holder.replace(COMPANY_TAIL, '').replace(COMPANY_TAIL, '');
    const name = siteName(bare);
    // A company form ("Future US, Inc.", "Associated Newspapers Ltd") names the owner rather than the site.
    if (name) return { name, line, company: new RegExp(COMPANY_FORM).test(holder.replace(OWNER_TAIL, '').trim()) || COMPANY_WORDS.test(name) };
  }
  return null;
}

/** The site a line says the company owns: "TechRadar is part of Future US Inc", "X, a division of Y". */
function ownedBy(lines: ClassifiedLine[], company: string): { outlet: string; evidence: Evidence } | null {
  const owned = new RegExp(`^${PROPER},?\\s+(?:is\\s+)?(?:(?:a\\s+)?part of|a division of|owned by|a (?:brand|publication|title) of)\\s+${escapeRegExp(company)}\\b`, 'u');
  for (const line of lines) {
    const match = owned.exec(line.text.trim());
    const name = match ? siteName(match[1]) : null;
    if (name) return { outlet: name, evidence: { source: 'site its owner is named with', text: line.text, confidence: 0.6 } };
  }
  return null;
}

/** A site's address alone: "nine.com.au", "stuff.co.nz". */
const DOMAIN = /^(?:www\.)?([\p{L}\p{N}-]+)\.(?:com|co|net|org|news)(?:\.\p{Ll}{2})?$/iu;
/** A site's address, in any case: "Globalnews.ca", "dailymail.co.uk", "TIMESOFINDIA.COM". */
export const SITE_ADDRESS = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}]{2,3}){1,2}$/iu;

/** A short line of furniture that is the brand inside a company's name: "The West Australian" for "West Australian Newspapers". */
function brandOf(lines: ClassifiedLine[], company: string): { outlet: string; evidence: Evidence } | null {
  const words = company.replace(new RegExp(COMPANY_WORDS.source, 'g'), ' ').split(/\s+/).filter((word) => word && !/^[&,]$/.test(word));
  const brands = new Set<string>();
  for (let start = 0; start < words.length; start++) for (let end = start + 1; end <= words.length; end++) brands.add(words.slice(start, end).join(' ').toLowerCase());
  // A word of publishing alone is no brand ("News" of "Guardian News & Media"); the company's whole name is the holder's.
  for (const generic of ['news', 'press', 'digital', 'online', 'daily', company.toLowerCase()]) brands.delete(generic);
  for (const line of lines) {
    if (line.cls !== 'bad' && line.cls !== 'short') continue;
    const text = line.text.trim();
    // Or the site's address, which names the brand in lower case ("nine.com.au" beside "© Nine Entertainment Co.").
    const address = DOMAIN.exec(text);
    const name = line.words <= 4 ? siteName(text) ?? (address && text) : null;
    if (name && brands.has((address?.[1] ?? name).toLowerCase().replace(/^the\s+/, ''))) return { outlet: name, evidence: { source: 'brand of the copyright holder', text, confidence: 0.5 } };
  }
  return null;
}

/** An interview given to a site: "told TechCrunch", "explained to the Namibian". */
const TELLING = new RegExp(`\\b(?:told|(?:said|explained|confirmed|spoke|speaking|talking|wrote|revealed|admitted)\\s+to)\\s+(?:the\\s+)?${PROPER}`, 'u');

/** Lines of a page that hold a text. */
const linesHolding = (lines: ClassifiedLine[], text: string) => lines.filter((line) => line.text.includes(text)).length;

/** A site's name as names are compared: "The Namibian" and "the namibian" are one. */
export const siteNameKey = (name: string) => name.toLowerCase().replace(/^the\s+/, '');

/** A name as whole words of a text (`flags` beside Unicode). */
const wholeName = (name: string, flags = '') => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, `${flags}u`);

/**
 * The site a reporter's interview names: "… told TechCrunch.", "… told The Namibian last month", "… confirmed to
 * TechCrunch". A page cites other outlets' interviews too ("told the BBC's …", "told Sky Sports"), so a name
 * counts only where the page bears it out: a line of its furniture names it ("More TechCrunch", "The Namibian"
 * above the footer), or it is told twice and named nowhere else (a person told twice is named before: "Hassan El
 * Saife, a doctor, …"). The name furniture gives most wins, then the name told most.
 */
function toldSite(lines: ClassifiedLine[]): { outlet: string; evidence: Evidence } | null {
  const told = new RegExp(TELLING.source, 'gu');
  const counts = new Map<string, { told: number; text: string }>();
  for (const line of lines) {
    for (const match of line.text.matchAll(told)) {
      // The name ends with its sentence ("told AP. He said").
      const name = siteName(match[1].replace(/[.!?]\s.*$/u, ''));
      if (!name) continue;
      const entry = counts.get(name) ?? { told: 0, text: line.text };
      entry.told++;
      counts.set(name, entry);
    }
  }
  let best: { name: string; furniture: number; told: number; text: string } | null = null;
  for (const [name, { told: times, text }] of counts) {
    const named = wholeName(name);
    const furniture = lines.filter((line) => (line.cls === 'bad' || line.cls === 'short') && line.words <= 8 && named.test(line.text) && !TELLING.test(line.text)).length;
    const everywhere = wholeName(name, 'g');
    const elsewhere = lines.reduce((sum, line) => sum + (line.text.match(everywhere)?.length ?? 0), 0) - times;
    if (!furniture && (times < 2 || elsewhere > 0)) continue;
    if (!best || furniture > best.furniture || (furniture === best.furniture && times > best.told)) best = { name, furniture, told: times, text };
  }
  return best && { outlet: best.name, evidence: { source: 'site a reporter\'s interview names', text: best.text, confidence: 0.4 } };
}

/** Whether a text calls a name "the …" ("told the Lesotho Times"), as it does a body, never a person. */
export function calledThe(name: string, text: string): boolean {
  return new RegExp(`\\b[Tt]he ${escapeRegExp(name)}\\b`).test(text);
}

/** The outlet and its evidence, or null when the page gives none (`bodyEnd`: the article's last line, when known). */
export function findOutlet(lines: ClassifiedLine[], bodyStart: number, titleLine: number | null, wire: string | null, bodyEnd = Infinity): { outlet: string; evidence: Evidence } | null {
  const found = outletIn(lines, bodyStart, titleLine, wire, bodyEnd);
  if (!found) return null;
  const written = asWritten(found.outlet, lines);
  // An address is the same in any case: one the page gives only in capitals is written as addresses are.
  return { ...found, outlet: SITE_ADDRESS.test(written) && !/\p{Ll}/u.test(written) ? written.toLowerCase() : written };
}

/**
 * A name found in capitals ("MORE FROM THE BBC") as the page writes it in ordinary case elsewhere ("The BBC is not
 * responsible …"), the spelling it uses most; a name the page only writes in capitals stays so ("WIRED"), and so
 * does an acronym ("AP").
 */
function asWritten(name: string, lines: ClassifiedLine[]): string {
  // An acronym is written in capitals ("AP", "CBC").
  if (/\p{Ll}/u.test(name) || !/\p{Lu}/u.test(name) || /^\p{Lu}{1,4}$/u.test(name)) return name;
  const pattern = wholeName(name, 'gi');
  const spellings = new Map<string, number>();
  // Written as a name is, with a capital first ("The BBC", not the "bbc" of an address).
  for (const line of lines) {
    for (const [found] of line.text.matchAll(pattern)) {
      // "the Los Angeles Times" inside a sentence is the name with its article in lower case.
      const spelling = found.replace(/^the(?=\s+\p{Lu})/u, 'The');
      if (/\p{Ll}/u.test(spelling) && /^\p{Lu}/u.test(spelling)) spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    }
  }
  return [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? name;
}

function outletIn(lines: ClassifiedLine[], bodyStart: number, titleLine: number | null, wire: string | null, bodyEnd: number): { outlet: string; evidence: Evidence } | null {
  const found = (outlet: string, source: string, text: string, confidence: number) => ({
    outlet: outlet.trim().replace(/[.,]+$/, ''),
    evidence: { source, text, confidence },
  });
  // The menu before the headline: its items are the site's sections, not the site.
  const headline = titleLine ?? bodyStart;
  const menu = new Set(lines.filter((line) => line.index > 0 && line.index < headline).map((line) => line.text.trim().toLowerCase()));
  // A site name in furniture. A section or a partner can be named so too ("Latest from Shopping Essentials",
  // "More from NBC's TODAY:"): where the footer's copyright names the site itself, no such line agrees with it and
  // the page names the site as often, the footer is the better witness.
  const named: { name: string; line: ClassifiedLine }[] = [];
  for (const line of lines) {
    // Furniture, a line left out for what it says, or any line after the article (a sign-up form's text).
    if (line.cls !== 'bad' && line.cls !== 'short' && line.reason === null && line.index <= bodyEnd) continue;
    const name = SITE_CONTEXTS.map((context) => context.exec(line.text.trim()))
      .map((context) => (context ? siteName(firstOfPair(context[1])) : null)).find((found) => found !== null);
    if (name && !menu.has(name.toLowerCase())) named.push({ name, line });
  }
  const holder = copyrightHolder(lines);
  if (named.length) {
    const agreed = holder && named.find(({ name }) => siteNameKey(name) === siteNameKey(holder.name));
    if (agreed) return found(agreed.name, 'site name in the page', agreed.line.text, 0.7);
    // A product under the holder's name is the holder's ("Subscribe to CNBC PRO" beside "© 2023 CNBC LLC").
    if (holder && siteNameKey(named[0].name).startsWith(`${siteNameKey(holder.name)} `)) return found(holder.name, 'copyright holder', holder.line.text, 0.5);
    // Unless the page names the furniture's name more often than the holder ("WIRED" beside "© Condé Nast").
    if (holder && !holder.company && linesHolding(lines, holder.name) >= linesHolding(lines, named[0].name)) return found(holder.name, 'copyright holder', holder.line.text, 0.5);
    return found(named[0].name, 'site name in the page', named[0].line.text, 0.7);
  }
  // A masthead: a short first line that is not navigation, a date or the headline, and that the page names again.
  const first = lines[0];
  if (first && !PAGE_LABEL.test(first.text.trim()) && first.index !== titleLine && first.index < bodyStart && first.words >= 1 && first.words <= 4 && /^\p{Lu}/u.test(first.text)
      && !INTERFACE_PATTERN.test(first.text) && !parseDateLine(first.text) && !/[⇩⇧↓↑→←|]/.test(first.text) && /\p{Ll}/u.test(first.text)) {
    // "Site. Section" mastheads name the site first.
    const name = first.text.split(/\.\s+/)[0].trim();
    // The first item of a menu ("Home", "News", "Sport", …) is no masthead.
    const menuRun = lines.slice(1, 3).every((line) => line.words <= 3 && !line.endsSentence);
    // A masthead is named again, as written, inside other text ("told the Lesotho Times").
    const named = wholeName(name);
    const again = lines.some((line) => line !== first && line.text.trim() !== name && named.test(line.text));
    // Or it gives the section after the name, as a logo beside a section title does ("Espreso. Global").
    const sectioned = /^[^.]+\.\s+\p{Lu}/u.test(first.text);
    if (!menuRun && (again || sectioned) && siteName(name)) return found(name, 'masthead line', first.text, 0.6);
  }
  // A bio: "… is the Europe editor for X", X named again in the page.
  for (const line of lines) {
    if (line.reason !== 'author bio') continue;
    const bio = new RegExp(`\\b(?:${ROLE_NAMES})\\b[^.]*?\\b(?:for|at|with)\\s+${PROPER}`, 'u').exec(line.text);
    const name = bio && siteName(bio[1].replace(/\s+in\s+.*$/, '').replace(/\.\s.*$/, ''));
    // A freelancer's bio names other outlets too: the one the page names again elsewhere.
    if (name && lines.some((other) => other !== line && other.text.includes(name))) return found(name, 'author bio', bio[0], 0.6);
  }
  // A byline that credits the site itself, which the text calls "the …": "by Lesotho Times", "the Lesotho Times team".
  const page = lines.map((line) => line.text).join('\n');
  for (const line of lines.slice(0, bodyStart)) {
    const by = /^by\s+(\p{Lu}.{2,80})$/u.exec(line.text);
    const name = by ? siteName(cleanByline(by[1]).replace(/^the\s+/i, '')) : null;
    if (!name || name.split(/\s+/).length > 4) continue;
    if (calledThe(name, page)) return found(name, 'byline naming the site', line.text, 0.5);
  }
  // A byline that names the outlet its reporter works for: "By Jane Doe for DailyMail.com", "By DAILY NEWS Reporter".
  for (const line of lines.slice(0, bodyStart)) {
    const text = line.text.trim().replace(/^by\s*(?:by|from)?\s*/i, 'By ');
    const credit = /^By\s+\p{Lu}.{1,60}?\s+for\s+(\p{Lu}[^,;|]{1,40})$/iu.exec(text) ?? STAFF_BYLINE.exec(text);
    const name = credit && !GENERIC_CREDIT.test(credit[1].trim()) ? siteName(credit[1]) : null;
    if (name) return found(name, 'byline naming the outlet', line.text, 0.5);
  }
  // A byline whose parts name the site by its address: "Jane Doe / EXAMPLE.COM / Sep 2, 2024, 17:07 IST".
  for (const line of lines.slice(0, bodyStart)) {
    const parts = line.text.split(/\s+[/|]\s+/).map((part) => part.trim());
    const address = parts.find((part) => SITE_ADDRESS.test(part));
    if (address && parts.length >= 3 && parts.some((part) => part !== address && parseDateLine(part))) return found(address, 'site address in the byline', line.text, 0.5);
  }
  // The footer's links about the site: "About Euronews", "Work at Euronews" (after the copyright holder, which
  // names a site in full where a link may shorten it: "Work at The Globe", "© The Globe and Mail").
  const aboutLink = () => {
    for (const line of lines) {
      if (line.cls !== 'bad' && line.cls !== 'short') continue;
      const link = /^(?:about|work at|jobs at|careers at)\s+((?:\p{Lu}|\p{N}+\p{L})[^.!?]{1,40})$/iu.exec(line.text.trim());
      const name = link ? siteName(link[1]) : null;
      if (name && !menu.has(name.toLowerCase())) return found(name, 'link about the site', line.text, 0.4);
    }
    return null;
  };
  // A company's notice names the owner, not the site: the site is what the page says is part of it
  // ("TechRadar is part of Future US Inc"), a link about it, or a line that is the brand inside the company's name
  // ("The Guardian" beside "© Guardian News & Media Limited").
  if (holder?.company) {
    const link = aboutLink();
    // A link may shorten the holder's own name ("Work at The Globe", "© The Globe and Mail Inc.").
    const shortened = link !== null && siteNameKey(holder.name).startsWith(siteNameKey(link.outlet));
    return ownedBy(lines, holder.name) ?? brandOf(lines, holder.name) ?? toldSite(lines) ?? (shortened ? null : link) ?? found(holder.name, 'copyright holder', holder.line.text, 0.5);
  }
  if (holder) {
    // Unless the page names the site its reporters interview for more often than the holder ("More TechCrunch",
    // "TechCrunch Events" beside "© 2024 Yahoo").
    const site = toldSite(lines);
    return site && linesHolding(lines, site.outlet) > linesHolding(lines, holder.name) ? site : found(holder.name, 'copyright holder', holder.line.text, 0.5);
  }
  const about = aboutLink();
  if (about) return about;
  if (wire) {
    const name = WIRES[wire.toUpperCase()];
    if (name) return found(name, 'wire service in the dateline', `(${wire})`, 0.5);
  }
  return toldSite(lines);
}
