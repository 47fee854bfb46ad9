/** File names for `dossier add`: readable, portable and unique in the seeds folder. */
import { slugify } from '../util/slugify.js';

/**
 * A clean name: lower case ASCII letters, digits and hyphens, accents folded and other scripts transliterated
 * ("Été à Kyiv.TXT" → "ete-a-kyiv.txt", "Киев.html" → "kiev.html"); a name with no letters left becomes "article".
 */
export function cleanFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  return `${slugify(stem, 80) || 'article'}${extension}`;
}

/** `name`, or `name-2`, `name-3`… : the first not in `taken`. */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${extension}`;
    if (!taken.has(candidate)) return candidate;
  }
}
