/** Hard-link files from one folder into another under the same relative paths. */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
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
