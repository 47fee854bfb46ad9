/** The input edge: read every file of a seeds folder into raw documents. */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem, RawDocument } from '../types.js';
import { parseDocument, sizeProblem } from './parse-document.js';

/** Suffix of a sidecar file that corrects the article beside it (`a.txt` → `a.txt.meta.yaml`). */
export const SIDECAR_SUFFIXES = ['.meta.yaml', '.meta.yml'];

/** Raw documents of a folder, sorted by file name, with every problem found. */
export interface ReadResult {
  documents: RawDocument[];
  problems: Problem[];
}

/**
 * Whether a folder holds the resources of a page saved beside it ("Story.html" and "Story_files", "Story-Dateien"):
 * its pictures, scripts and the frames of advertisements, no articles.
 */
export function isPageResources(folderName: string, siblings: Iterable<string>): boolean {
  for (const sibling of siblings) {
    const page = /^(.+)\.html?$/i.exec(sibling)?.[1];
    if (page && folderName.length > page.length && folderName.startsWith(page) && /^[_ -]/.test(folderName.slice(page.length))) return true;
  }
  return false;
}

/**
 * The article files of `folder` and its subfolders, as paths relative to it with "/" between folders, in name
 * order; hidden entries, sidecars and the resource folders of saved pages are no articles. Also the names present
 * in each folder (to find sidecars).
 */
export function listFiles(folder: string, prefix = ''): { files: string[]; names: Set<string> } {
  const names = readdirSync(path.join(folder, prefix)).sort();
  const files: string[] = [];
  const present = new Set(names.map((name) => prefix + name));
  for (const name of names) {
    if (name.startsWith('.') || SIDECAR_SUFFIXES.some((suffix) => name.endsWith(suffix))) continue;
    const relative = prefix + name;
    // A link to a folder is not followed (it could lead back up the tree).
    if (lstatSync(path.join(folder, relative)).isDirectory()) {
      if (isPageResources(name, names)) continue;
      const inner = listFiles(folder, `${relative}/`);
      files.push(...inner.files);
      for (const entry of inner.names) present.add(entry);
    } else files.push(relative);
  }
  return { files, names: present };
}

/**
 * Read all input files of `folder`, its subfolders' too (an archive kept by outlet or by month); hidden files,
 * sidecars and the folder a browser saves beside a page are not articles. A file in a subfolder is known by its path from the folder ("bbc/story.txt").
 * Synchronous calls: a thousand small files read one after another through the thread pool took 0.5 s, mostly
 * round trips.
 */
export async function readSeeds(folder: string): Promise<ReadResult> {
  let listed: { files: string[]; names: Set<string> };
  try {
    listed = listFiles(folder);
  } catch (error) {
    throw new Error(`Cannot read the seeds folder ${folder}`, { cause: error });
  }
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  for (const name of listed.files) {
    const full = path.join(folder, name);
    const info = statSync(full);
    if (!info.isFile()) continue;
    // Refuse before reading, so a huge file costs no memory.
    const tooLarge = sizeProblem(name, info.size);
    if (tooLarge) {
      problems.push({ file: name, severity: 'error', message: `${tooLarge}; skipped` });
      continue;
    }
    const sidecarName = SIDECAR_SUFFIXES.map((suffix) => name + suffix).find((candidate) => listed.names.has(candidate));
    const sidecar = sidecarName ? readFileSync(path.join(folder, sidecarName), 'utf8') : undefined;
    const parsed = parseDocument(name, readFileSync(full), sidecar);
    if (parsed.document) documents.push(parsed.document);
    problems.push(...parsed.problems);
  }
  return { documents, problems };
}
