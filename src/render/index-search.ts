/**
 * Full-text search: index parts of the rendered site with Pagefind, each part a bundle of its own in
 * `pagefind/<part>/`, and list the parts in `pagefind/parts.json` for the search page.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { linkFilesInWorker } from '../util/file-thread.js';
import { linkFiles } from '../util/link-files.js';
import type { SearchPart } from './search-parts.js';
import { sortSearchFilters } from './sort-search-filters.js';

/** The folders whose pages mark a searchable part (`data-pagefind-body`); no other page is read. */
export const SEARCHABLE_FOLDERS = ['articles', 'entities'] as const;

/** Folder of the search bundles inside the site. */
export const SEARCH_FOLDER = 'pagefind';

/** The list of parts the search page loads, inside `SEARCH_FOLDER`. */
export const PARTS_FILE = 'parts.json';

/** A file every complete part bundle holds. */
export const PART_ENTRY = 'pagefind-entry.json';

/** Folder inside the site where each part's pages are gathered for the indexer, removed once it is done. */
const SOURCE_FOLDER = '.search-pages';

/** Pagefind's ready-made interfaces: the search page uses its JavaScript API only. */
const UNUSED_FILE = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/** A part's index while its pages are added. */
export interface PartIndex {
  name: string;
  index: pagefind.PagefindIndex;
  /** Pages added so far. */
  added: Set<string>;
}

/** Open an index for the part `name`. */
export async function openPartIndex(name: string): Promise<PartIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return { name, index, added: new Set() };
}

/**
 * Add `pages` of the site in `from` to a part's index. Pagefind reads a folder faster than pages sent one by one,
 * and in a fixed order (pages sent together are indexed as they arrive): the pages are linked into a folder of
 * their own in `scratch`, under the same paths, which it reads at once (linked in a worker thread with
 * `inWorker`, leaving this one free: a few hundred folders take 0.1 s to make on a slow disk).
 */
export async function addPages(part: PartIndex, from: string, pages: readonly string[], scratch: string, { inWorker = false } = {}): Promise<void> {
  if (!pages.length) return;
  const source = path.join(scratch, SOURCE_FOLDER, `${part.name}-${part.added.size}`);
  if (inWorker) await linkFilesInWorker(from, source, pages);
  else linkFiles(from, source, pages);
  const added = await part.index.addDirectory({ path: source });
  if (added.errors.length) throw new Error(`Pagefind could not index ${part.name}: ${added.errors.join('; ')}`);
  if (added.page_count !== pages.length) throw new Error(`Pagefind indexed ${added.page_count} of the ${pages.length} pages of ${part.name}`);
  await rm(source, { recursive: true, force: true });
  for (const page of pages) part.added.add(page);
}

/** Close a part's index without writing it. */
const discardPartIndex = (part: PartIndex) => part.index.deleteIndex();

/** Stop Pagefind's indexer (every index must be written or discarded first) and remove the scratch folder. */
export async function closeSearch(scratch: string): Promise<void> {
  await pagefind.close();
  await rm(path.join(scratch, SOURCE_FOLDER), { recursive: true, force: true });
}

/**
 * Index each part from the pages in `folder` (the site) and write its bundle. A part begun ahead (`begun`, by
 * name: some of its pages added while the others were rendered) gets the rest of its pages. Returns the pages
 * indexed.
 */
export async function indexSearch(folder: string, parts: SearchPart[], options: { begun?: PartIndex[]; onPart?: (part: SearchPart, done: number) => void } = {}): Promise<number> {
  const begun = new Map((options.begun ?? []).map((part) => [part.name, part]));
  let pages = 0;
  try {
    // Parts begun ahead first: one index at a time is open after them, each deleted once written, so the
    // indexer's memory is bounded by the largest parts.
    const order = [...parts.filter((part) => begun.has(part.name)), ...parts.filter((part) => !begun.has(part.name))];
    for (const [done, part] of order.entries()) {
      let open = begun.get(part.name);
      begun.delete(part.name);
      // A part begun with a page it no longer holds starts again.
      const members = new Set(part.pages);
      if (open && [...open.added].some((page) => !members.has(page))) {
        await discardPartIndex(open);
        open = undefined;
      }
      open ??= await openPartIndex(part.name);
      try {
        await addPages(open, folder, part.pages.filter((page) => !open.added.has(page)), folder);
        const bundle = path.join(folder, SEARCH_FOLDER, part.name);
        const written = await open.index.writeFiles({ outputPath: bundle });
        if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        // Unknown to a later Pagefind, the bundle stays as written: searchable, only not byte-identical.
        sortSearchFilters(bundle);
        await removeUnused(bundle);
      } finally {
        await discardPartIndex(open);
      }
      pages += part.pages.length;
      options.onPart?.(part, done + 1);
    }
  } finally {
    for (const part of begun.values()) await discardPartIndex(part);
    await closeSearch(folder);
  }
  return pages;
}

/** Write the list of parts (all of them: indexed now or taken over) for the search page. */
export async function writePartList(folder: string, parts: SearchPart[]): Promise<void> {
  const list = { version: 1, parts: parts.map((part) => part.name) };
  await mkdir(path.join(folder, SEARCH_FOLDER), { recursive: true });
  await writeFile(path.join(folder, SEARCH_FOLDER, PARTS_FILE), `${JSON.stringify(list)}\n`);
}

/** Remove the bundle files the search page never loads. */
async function removeUnused(bundle: string): Promise<void> {
  for (const name of await readdir(bundle)) if (UNUSED_FILE.test(name)) await rm(path.join(bundle, name));
}
