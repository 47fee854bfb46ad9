/**
 * Full-text search: index parts of the rendered site with Pagefind, each part a bundle of its own in
 * `pagefind/<part>/`, and list the parts in `pagefind/parts.json` for the search page.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { linkFilesInWorker } from '../util/file-thread.js';
import { linkFiles } from '../util/link-files.js';
import type { SearchPart } from './search-parts.js';
import { type BundleFile, ENTRY_FILE, sortSearchFilters } from './sort-search-filters.js';

/** The folders whose pages mark a searchable part (`data-pagefind-body`); no other page is read. */
export const SEARCHABLE_FOLDERS = ['articles', 'entities'] as const;

/** Folder of the search bundles inside the site. */
export const SEARCH_FOLDER = 'pagefind';

/** The list of parts the search page loads, inside `SEARCH_FOLDER`. */
export const PARTS_FILE = 'parts.json';

/** A file every complete part bundle holds. */
export const PART_ENTRY = ENTRY_FILE;

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

/** Pagefind's API: each module instance runs an indexer process of its own. */
type Pagefind = typeof pagefind;

/** The indexers loaded so far: the first is the module imported above. */
const indexers: Promise<Pagefind>[] = [Promise.resolve(pagefind)];

/**
 * Indexer `n` (from 0). Another instance of Pagefind's module is its own module imported under another URL,
 * which starts a process of its own; all of them stay children of this thread, which reaps them when they stop.
 */
function indexer(n: number): Promise<Pagefind> {
  indexers[n] ??= import(`${import.meta.resolve('pagefind')}?indexer=${n}`) as Promise<Pagefind>;
  return indexers[n];
}

/** Open an index for the part `name` (in indexer `on`, by default the first). */
export async function openPartIndex(name: string, on = 0): Promise<PartIndex> {
  const { index, errors } = await (await indexer(on)).createIndex({ forceLanguage: 'en' });
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

/** Stop Pagefind's indexers (every index must be written or discarded first) and remove the scratch folder. */
export async function closeSearch(scratch: string): Promise<void> {
  for (const loaded of indexers) await (await loaded).close();
  await rm(path.join(scratch, SOURCE_FOLDER), { recursive: true, force: true });
}

/**
 * Index one part from the pages in `folder` and write its bundle, in `open` when given (an index begun with some
 * of the part's pages) or in a new index of indexer `on`; the index is closed after.
 */
async function indexPart(folder: string, part: SearchPart, open: PartIndex | undefined, on: number): Promise<void> {
  // A part begun with a page it no longer holds starts again.
  const members = new Set(part.pages);
  if (open && [...open.added].some((page) => !members.has(page))) {
    await discardPartIndex(open);
    open = undefined;
  }
  const index = open ?? await openPartIndex(part.name, on);
  try {
    await addPages(index, folder, part.pages.filter((page) => !index.added.has(page)), folder);
    // Taken in memory and written here: Pagefind's own writing answers before its last writes reach the disk
    // (they finish in the background), so a bundle it wrote could not be read back at once.
    const { files, errors } = await index.index.getFiles();
    if (errors.length) throw new Error(`Pagefind could not build its bundle: ${errors.join('; ')}`);
    await writeBundle(path.join(folder, SEARCH_FOLDER, part.name), sortSearchFilters(files.filter((file) => !UNUSED_FILE.test(file.path))));
  } finally {
    await discardPartIndex(index);
  }
}

/** Write a bundle's files into the folder `bundle`. */
async function writeBundle(bundle: string, files: readonly BundleFile[]): Promise<void> {
  for (const folder of new Set(files.map((file) => path.dirname(path.join(bundle, file.path))))) await mkdir(folder, { recursive: true });
  await Promise.all(files.map((file) => writeFile(path.join(bundle, file.path), file.content)));
}

/** Options of `indexSearch`. */
export interface IndexSearchOptions {
  /** Indexes begun ahead in the first indexer: some of their parts' pages added while the others rendered (optional). */
  begun?: PartIndex[];
  /** Pagefind processes indexing parts side by side, each one part at a time (default: 1). */
  indexers?: number;
  /** Called as each part is written, with the count written so far (optional). */
  onPart?: (part: SearchPart, done: number) => void;
}

/**
 * Index each part from the pages in `folder` (the site) and write its bundle. A part begun ahead gets the rest of
 * its pages. With more than one indexer, each takes the next part when it is done with one; a part is indexed
 * alone either way, so its bundle is the same. Stops the indexers at the end. Returns the pages indexed.
 */
export async function indexSearch(folder: string, parts: SearchPart[], options: IndexSearchOptions = {}): Promise<number> {
  const begun = new Map((options.begun ?? []).map((part) => [part.name, part]));
  // Parts begun ahead first, in the indexer holding them; then the others, whichever indexer is free.
  const first = parts.filter((part) => begun.has(part.name));
  const queue = parts.filter((part) => !begun.has(part.name));
  const count = Math.max(1, Math.min(options.indexers ?? 1, first.length + queue.length));
  let done = 0;
  let failed = false;
  const run = async (on: number) => {
    const take = () => (on === 0 ? first.shift() : undefined) ?? queue.shift();
    try {
      for (let part = take(); part && !failed; part = take()) {
        const open = begun.get(part.name);
        begun.delete(part.name);
        await indexPart(folder, part, open, on);
        options.onPart?.(part, ++done);
      }
    } catch (error) {
      // The other indexers finish the part they are on and take no other.
      failed = true;
      throw error;
    }
  };
  try {
    const runs = await Promise.allSettled(Array.from({ length: count }, (_, on) => run(on)));
    const failure = runs.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    for (const part of begun.values()) await discardPartIndex(part);
    await closeSearch(folder);
  }
  return parts.reduce((sum, part) => sum + part.pages.length, 0);
}

/** Write the list of parts (all of them: indexed now or taken over) for the search page. */
export async function writePartList(folder: string, parts: SearchPart[]): Promise<void> {
  const list = { version: 1, parts: parts.map((part) => part.name) };
  await mkdir(path.join(folder, SEARCH_FOLDER), { recursive: true });
  await writeFile(path.join(folder, SEARCH_FOLDER, PARTS_FILE), `${JSON.stringify(list)}\n`);
}
