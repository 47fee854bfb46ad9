/** Readable URL slugs. */

/** Lower-case ASCII slug of a text, at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** Give every text a slug unique within the list, in order ("a", "a-2", "a-3"). */
export function uniqueSlugs(texts: string[], fallback: string, max = 60): string[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const base = slugify(text, max) || fallback;
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}
