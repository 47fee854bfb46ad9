/** Hard-link files from one folder into another under the same relative paths. */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Link `files` (paths relative to `from`) into `to`, copying where a link fails (another file system). Hard
 * links cost no copying; callers only ever replace files by rename, so the source is never written through a
 * link. Synchronous calls: thousands of small file-system steps run several times faster without a round trip
 * through the thread pool.
 */
export function linkFiles(from: string, to: string, files: readonly string[]): void {
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(to, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) { mkdirSync(folder, { recursive: true }); made.add(folder); }
    try {
      linkSync(path.join(from, file), target);
    } catch {
      copyFileSync(path.join(from, file), target);
    }
  }
}

/** Steps of `linkFilesInBackground` in flight at once. */
const IN_FLIGHT = 16;

/**
 * `linkFiles` through the thread pool, a few steps at a time: slower on its own, but the main thread stays free,
 * so the links are made while it renders other pages.
 */
export async function linkFilesInBackground(from: string, to: string, files: readonly string[]): Promise<void> {
  const made = new Map<string, Promise<unknown>>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const target = path.join(to, file);
      const folder = path.dirname(target);
      if (!made.has(folder)) made.set(folder, mkdir(folder, { recursive: true }));
      await made.get(folder);
      await link(path.join(from, file), target).catch(() => copyFile(path.join(from, file), target));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}
