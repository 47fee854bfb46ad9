/**
 * Full-text search: index parts of the rendered site with Pagefind, each part a bundle of its own in
 * `pagefind/<part>/`, and list the parts in `pagefind/parts.json` for the search page.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { linkFiles } from '../util/link-files.js';
import type { SearchPart } from './search-parts.js';

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

/** Index each part from the pages in `folder` (the site) and write its bundle. Returns the pages indexed. */
export async function indexSearch(folder: string, parts: SearchPart[], onPart?: (part: SearchPart, done: number) => void): Promise<number> {
  if (!parts.length) return 0;
  let pages = 0;
  try {
    for (const [done, part] of parts.entries()) {
      // One index at a time, deleted once written: the indexer's memory is bounded by the largest part.
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      try {
        // Pagefind reads a folder faster than pages sent one by one, and in a fixed order (pages sent together are
        // indexed as they arrive): the part's pages are linked into a folder of their own, under the same paths.
        const source = path.join(folder, SOURCE_FOLDER, part.name);
        linkFiles(folder, source, part.pages);
        const added = await index.addDirectory({ path: source });
        if (added.errors.length) throw new Error(`Pagefind could not index ${part.name}: ${added.errors.join('; ')}`);
        if (added.page_count !== part.pages.length) throw new Error(`Pagefind indexed ${added.page_count} of the ${part.pages.length} pages of ${part.name}`);
        await rm(source, { recursive: true, force: true });
        const bundle = path.join(folder, SEARCH_FOLDER, part.name);
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        await removeUnused(bundle);
      } finally {
        await index.deleteIndex();
      }
      pages += part.pages.length;
      onPart?.(part, done + 1);
    }
  } finally {
    await pagefind.close();
    await rm(path.join(folder, SOURCE_FOLDER), { recursive: true, force: true });
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
