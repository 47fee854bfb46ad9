/** Full-text search: index the rendered site with Pagefind and write its bundle into `pagefind/`. */
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Index every page of `folder` that marks its searchable part (data-pagefind-body). Returns the page count. */
export async function indexSearch(folder: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: folder });
    if (added.errors.length) throw new Error(`Pagefind could not index ${folder}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(folder, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
