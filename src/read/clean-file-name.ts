/** File names for `dossier add`: readable, portable and unique in the seeds folder. */

/**
 * A clean name: lower case ASCII letters, digits and hyphens, accents folded ("Été à Kyiv.TXT" →
 * "ete-a-kyiv.txt"); a name with no letters left becomes "article".
 */
export function cleanFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  const clean = stem
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${clean || 'article'}${extension}`;
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
