/** The code version of a build: a hash of Dossier's sources and its locked dependencies. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Hash every file under `folders` (relative to `root`) and the given single files; order-independent of the disk. */
export function codeVersion(root: string, folders: string[], files: string[] = []): string {
  const hash = createHash('sha256');
  const all = [
    ...folders.flatMap((folder) => (existsSync(path.join(root, folder)) ? readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' }).map((name) => path.join(folder, name)) : [])),
    ...files,
  ].sort();
  for (const name of all) {
    const full = path.join(root, name);
    try {
      hash.update(name).update('\0').update(readFileSync(full)).update('\0');
    } catch {
      // A folder, or a file that vanished: not part of the version.
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Dossier's own code version: its sources and locked dependencies (the per-file cache is keyed by it). */
export function dossierCodeVersion(root: string): string {
  return codeVersion(root, ['src'], ['package.json', 'package-lock.json']);
}
