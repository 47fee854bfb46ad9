/** Full-text search: index the rendered site with Pagefind and write its bundle into `pagefind/`. */
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The folders whose pages mark a searchable part (`data-pagefind-body`); no other page is read. */
export const SEARCHABLE_FOLDERS = ['articles', 'entities'] as const;

/** Folder of the search bundle inside the site. */
export const SEARCH_FOLDER = 'pagefind';

/** Index the searchable pages of the site in `folder` and write the bundle into it. Returns the page count. */
export async function indexSearch(folder: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: folder, glob: `{${SEARCHABLE_FOLDERS.join(',')}}/**/*.html` });
    if (added.errors.length) throw new Error(`Pagefind could not index ${folder}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(folder, SEARCH_FOLDER) });
    if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
