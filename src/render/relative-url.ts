/** Relative links, so one built site works at a domain root, under any sub-path, or from a folder. */

/**
 * The link from the page at `fromUrl` (site-absolute, "/articles/x/") to `target` (site-relative,
 * "entities/y/", or "" for the home page).
 *
 * @example
 *   relativeUrl('/articles/x/', 'entities/y/') // '../../entities/y/'
 *   relativeUrl('/', 'timeline/') // 'timeline/'
 */
export function relativeUrl(fromUrl: string, target: string): string {
  if (/^(?:[a-z]+:|#|\/\/)/i.test(target)) return target;
  const directory = fromUrl.endsWith('/') ? fromUrl : fromUrl.slice(0, fromUrl.lastIndexOf('/') + 1);
  const depth = directory.split('/').filter(Boolean).length;
  const up = '../'.repeat(depth);
  const path = target.replace(/^\//, '');
  return up + path || './';
}
