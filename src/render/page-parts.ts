/** Pages of a list too long for one: named and linked the same way wherever the site splits one. */

/** A page of a split list. */
export interface PagePart<T> {
  /** "dates/2024-05/", then "dates/2024-05-2/"… */
  url: string;
  /** "May 2024", then "May 2024, part 2"… */
  label: string;
  items: T[];
}

/** Groups of items as pages under `prefix` (a site path without the trailing slash), labelled after `label`. */
export function nameParts<T>(prefix: string, label: string, groups: T[][]): PagePart<T>[] {
  return groups.map((items, index) => ({
    url: `${prefix}${index ? `-${index + 1}` : ''}/`,
    label: index ? `${label}, part ${index + 1}` : label,
    items,
  }));
}

/** A link to a page, or null. */
const linkTo = (page: { url: string; label: string } | undefined) => (page ? { url: page.url, label: page.label } : null);

/** Pages in order, each with links to the one before and the one after. */
export function linkNeighbours<P extends { url: string; label: string }>(pages: P[]): (P & { previous: { url: string; label: string } | null; next: { url: string; label: string } | null })[] {
  return pages.map((page, index) => ({ ...page, previous: linkTo(pages[index - 1]), next: linkTo(pages[index + 1]) }));
}
