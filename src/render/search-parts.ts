/**
 * The search index in parts. Pagefind's indexer holds every page it reads in memory (about 0.4 MB per article
 * page), so one bundle for a large archive costs gigabytes, and any new page means reading them all again.
 * Pages are split into parts of bounded size, each its own Pagefind bundle: parts are indexed one after
 * another, a part whose pages did not change is taken over, and the browser searches all parts and merges.
 *
 * A page's part follows from a hash of its path, so adding a page changes one part of its folder, and a part is
 * a random sample of its folder (scores from different parts are comparable). The number of parts per folder is
 * a power of two, so it only changes when the folder doubles in size.
 */
import { createHash } from 'node:crypto';

/** Pages per part, at most, by default. */
export const SEARCH_PART_SIZE = 500;

/** One part of the search index: its name (a folder of the bundle), pages and a fingerprint of them. */
export interface SearchPart {
  name: string;
  pages: string[];
  fingerprint: string;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest();

/** Parts needed for `count` pages: the least power of two that keeps each part under `size` on average. */
export function partCount(count: number, size: number): number {
  let parts = 1;
  while (count > parts * size) parts *= 2;
  return parts;
}

/**
 * Split the searchable record pages into parts. `pages` maps output paths (`articles/x/index.html`) to the
 * fingerprints of what they show; `folders` are the searchable folders, each split on its own.
 */
export function planSearchParts(pages: Record<string, string>, folders: readonly string[], size = SEARCH_PART_SIZE): SearchPart[] {
  const parts: SearchPart[] = [];
  for (const folder of folders) {
    const paths = Object.keys(pages).filter((page) => page.startsWith(`${folder}/`)).sort();
    if (!paths.length) continue;
    const count = partCount(paths.length, Math.max(1, size));
    const groups: string[][] = Array.from({ length: count }, () => []);
    for (const page of paths) groups[hashOf(page).readUInt32BE(0) % count].push(page);
    for (const [index, group] of groups.entries()) {
      if (!group.length) continue;
      const fingerprint = hashOf(group.map((page) => `${page}\0${pages[page]}`).join('\n')).toString('hex').slice(0, 32);
      parts.push({ name: `${folder}-${count}-${index}`, pages: group, fingerprint });
    }
  }
  return parts;
}
