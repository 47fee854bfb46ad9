/** The input edge: read every file of a seeds folder into raw documents. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem, RawDocument } from '../types.js';
import { MAX_FILE_BYTES, parseDocument } from './parse-document.js';

/** Suffix of a sidecar file that corrects the article beside it (`a.txt` → `a.txt.meta.yaml`). */
export const SIDECAR_SUFFIXES = ['.meta.yaml', '.meta.yml'];

/** Raw documents of a folder, sorted by file name, with every problem found. */
export interface ReadResult {
  documents: RawDocument[];
  problems: Problem[];
}

/**
 * Read all input files of `folder` (not recursive; hidden files and sidecars are not articles). Synchronous
 * calls: a thousand small files read one after another through the thread pool took 0.5 s, mostly round trips.
 */
export async function readSeeds(folder: string): Promise<ReadResult> {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch (error) {
    throw new Error(`Cannot read the seeds folder ${folder}`, { cause: error });
  }
  const nameSet = new Set(names);
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    if (name.startsWith('.') || SIDECAR_SUFFIXES.some((suffix) => name.endsWith(suffix))) continue;
    const full = path.join(folder, name);
    const info = statSync(full);
    if (!info.isFile()) continue;
    if (info.size > MAX_FILE_BYTES) {
      // Refuse before reading, so a huge file costs no memory.
      problems.push({ file: name, severity: 'error', message: `file is ${(info.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit; skipped` });
      continue;
    }
    const sidecarName = SIDECAR_SUFFIXES.map((suffix) => name + suffix).find((candidate) => nameSet.has(candidate));
    const sidecar = sidecarName ? readFileSync(path.join(folder, sidecarName), 'utf8') : undefined;
    const parsed = parseDocument(name, readFileSync(full), sidecar);
    if (parsed.document) documents.push(parsed.document);
    problems.push(...parsed.problems);
  }
  return { documents, problems };
}
