/**
 * The search index in parts. Pagefind's indexer holds every page it reads in memory (about 0.4 MB per article
 * page), so one bundle for a large archive costs gigabytes, and any new page means reading them all again.
 * Pages are split into parts of bounded size, each its own Pagefind bundle: parts are indexed one after
 * another, a part whose pages did not change is taken over, and the browser searches all parts and merges.
 *
 * A page's part follows from a hash of its path, so adding a page changes one part of its folder, and a part is
 * a random sample of its folder (scores from different parts are comparable). The number of parts per folder is
 * a power of two, chosen for the folder's size when there were no parts before, and kept while the parts stay
 * within twice the size (or above a quarter of it): changing it moves nearly every page, so it happens once
 * per doubling of the archive, not on every page added at the boundary.
 */
import { createHash } from 'node:crypto';

/** Pages per part on average, at most, when parts are first made (then kept while under twice that). */
export const SEARCH_PART_SIZE = 400;

/** One part of the search index: its name (a folder of the bundle), pages and a fingerprint of them. */
export interface SearchPart {
  name: string;
  pages: string[];
  fingerprint: string;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest();

/** Is the page a record's own page (`articles/x/index.html`) in one of `folders`? Pages under it (an entity's
 * lists of articles) are not searched. */
export const isSearchable = (page: string, folders: readonly string[]) => page.split('/').length === 3 && folders.some((folder) => page.startsWith(`${folder}/`));

/** Where the element whose opening tag starts at `start` ends (after its closing tag). */
function elementEnd(html: string, start: number, tag: string): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[1]) depth--;
    else if (!match[0].endsWith('/>')) depth++;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

/**
 * What Pagefind reads of a page: the element marked `data-pagefind-body` (the whole page when none is), less
 * the elements marked `data-pagefind-ignore="all"`. A page whose other parts change (links to newer articles,
 * lists of mentions) indexes the same, so its part of the index is kept.
 */
export function searchedHtml(html: string): string {
  const body = /<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/i.exec(html);
  let text = body ? html.slice(body.index, elementEnd(html, body.index, body[1])) : html;
  const ignored = /<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-ignore="all"[^>]*>/i;
  for (let match = ignored.exec(text); match; match = ignored.exec(text)) text = text.slice(0, match.index) + text.slice(elementEnd(text, match.index, match[1]));
  return text;
}

/** The fingerprint of what Pagefind reads of a page. */
export const searchFingerprint = (html: string) => hashOf(searchedHtml(html)).toString('hex').slice(0, 32);

/**
 * Parts for `count` pages: the number used before (`previous`) while parts average at most twice `size` and
 * more than a quarter of it; otherwise the least power of two that keeps parts within `size` on average.
 */
export function partCount(count: number, size: number, previous?: number): number {
  if (previous && count <= previous * size * 2 && count * 4 > previous * size) return previous;
  let parts = 1;
  while (count > parts * size) parts *= 2;
  return parts;
}

/** Name of a part: its folder, the folder's count of parts, and its place. */
const partName = (folder: string, count: number, index: number) => `${folder}-${count}-${index}`;

/** The pages of each part, by paths alone (see `planSearchParts`). */
export function groupSearchPages(paths: readonly string[], folders: readonly string[], size = SEARCH_PART_SIZE, previous: readonly string[] = []): { name: string; pages: string[] }[] {
  const parts: { name: string; pages: string[] }[] = [];
  for (const folder of folders) {
    const inFolder = paths.filter((page) => isSearchable(page, [folder])).sort();
    if (!inFolder.length) continue;
    const before = Number(previous.find((name) => name.startsWith(`${folder}-`))?.slice(folder.length + 1).split('-')[0]) || undefined;
    const count = partCount(inFolder.length, Math.max(1, size), before);
    const groups: string[][] = Array.from({ length: count }, () => []);
    for (const page of inFolder) groups[hashOf(page).readUInt32BE(0) % count].push(page);
    for (const [index, group] of groups.entries()) if (group.length) parts.push({ name: partName(folder, count, index), pages: group });
  }
  return parts;
}

/**
 * Split the searchable record pages into parts. `pages` maps output paths (`articles/x/index.html`) to the
 * fingerprints of what the indexer reads of them (`searchFingerprint`); `folders` are the searchable folders,
 * each split on its own; `previous` are the names of the previous build's parts, whose count per folder is kept
 * while it fits.
 */
export function planSearchParts(pages: Record<string, string>, folders: readonly string[], size = SEARCH_PART_SIZE, previous: readonly string[] = []): SearchPart[] {
  const fingerprints = new Map(Object.entries(pages));
  return groupSearchPages(Object.keys(pages), folders, size, previous).map((group) => searchPart(group, fingerprints));
}

/** A group of pages (see `groupSearchPages`) as a part, fingerprinted from its pages' `fingerprints`. */
export function searchPart({ name, pages }: { name: string; pages: string[] }, fingerprints: ReadonlyMap<string, string>): SearchPart {
  return { name, pages, fingerprint: hashOf(pages.map((page) => `${page}\0${fingerprints.get(page)}`).join('\n')).toString('hex').slice(0, 32) };
}

/**
 * The parts that must be indexed again whatever the new pages read like: those whose set of pages differs from
 * the previous build's part of the same name (a page added or removed), known before any page is rendered.
 * `now` and `before` are the searchable pages of this build and the previous one.
 */
export function regroupedParts(now: readonly string[], before: readonly string[], folders: readonly string[], size = SEARCH_PART_SIZE, previous: readonly string[] = []): { name: string; pages: string[] }[] {
  const old = new Map(groupSearchPages(before, folders, size, previous).filter((part) => previous.includes(part.name)).map((part) => [part.name, part.pages.join('\n')]));
  return groupSearchPages(now, folders, size, previous).filter((part) => old.get(part.name) !== part.pages.join('\n'));
}
