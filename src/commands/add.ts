/** `dossier add <file or folder…>`: copy articles into the seeds folder under clean names, refusing duplicates. */
import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { cleanFileName, uniqueFileName } from '../read/clean-file-name.js';
import { decodeText } from '../read/decode-text.js';
import { ARTICLE_FILES, kindOf, sizeProblem } from '../read/parse-document.js';
import { isPageResources, listFiles, SIDECAR_SUFFIXES } from '../read/read-seeds.js';
import type { Command } from './command.js';

/** Two files are the same article when their bytes, or their decoded text up to spacing, are equal. */
function fingerprints(bytes: Uint8Array): string[] {
  const exact = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeText(bytes);
  if (!decoded.ok) return [exact];
  const text = decoded.text.replace(/\s+/g, ' ').trim();
  return [exact, `text:${createHash('sha256').update(text).digest('hex')}`];
}

/**
 * The files an argument names: a file itself, or a folder's article files (.txt, .md, .html, .mhtml), its subfolders'
 * too, in name order, hidden entries and sidecars left aside (a sidecar goes with its article). Also the
 * folder's other files, to say they were passed over.
 */
async function filesOf(argument: string): Promise<{ files: string[]; passed: string[] } | null> {
  const info = await stat(argument).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return { files: [argument], passed: [] };
  const files: string[] = [];
  const passed: string[] = [];
  const entries = (await readdir(argument, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const names = entries.map((entry) => entry.name);
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SIDECAR_SUFFIXES.some((suffix) => entry.name.endsWith(suffix))) continue;
    const full = path.join(argument, entry.name);
    if (entry.isDirectory()) {
      // A saved page's pictures and scripts ("Story_files" beside "Story.html") are passed over without a word.
      if (isPageResources(entry.name, names)) continue;
      const inner = await filesOf(full);
      files.push(...(inner?.files ?? []));
      passed.push(...(inner?.passed ?? []));
    } else if (entry.isFile()) (kindOf(entry.name) ? files : passed).push(full);
  }
  return { files, passed };
}

export const addCommand: Command = {
  name: 'add',
  summary: 'copy article files into the seeds folder under clean names',
  usage: 'dossier add <file or folder…> [--seeds <dir>]',
  options: { seeds: { type: 'string', default: 'seeds' } },
  help: `  --seeds <dir>      the seeds folder (default: seeds)
A file's name is cleaned ("My Story – Été.TXT" → my-story-ete.txt) and never replaces an existing file. A file
with the same text as one already in the folder is refused, naming that file. A sidecar beside a file
(<file>.meta.yaml) is copied with it. A folder adds its article files (.txt, .md, .html, .mhtml), its subfolders'
too, and names the other files it passes over. Exit code 1 when any file is refused.`,
  async run(values, positionals) {
    if (!positionals.length) {
      console.error('dossier add: name at least one file. Run dossier add --help.');
      return 1;
    }
    const seeds = values.seeds as string;
    await mkdir(seeds, { recursive: true });
    const names = new Set(await readdir(seeds));
    const known = new Map<string, string>();
    // The articles already there, in subfolders too ("bbc/story.txt").
    for (const name of listFiles(seeds).files) {
      if (!kindOf(name)) continue;
      const full = path.join(seeds, name);
      const info = await stat(full);
      if (!info.isFile() || sizeProblem(name, info.size)) continue;
      for (const key of fingerprints(await readFile(full))) known.set(key, name);
    }
    let refused = 0;
    const files: string[] = [];
    for (const argument of positionals) {
      const found = await filesOf(argument);
      if (!found) { console.error(`refused: ${argument}: no such file or folder`); refused++; continue; }
      for (const other of found.passed) console.error(`passed over: ${other}: not an article file (expected ${ARTICLE_FILES})`);
      if (!found.files.length) { console.error(`refused: ${argument}: a folder with no article files (${ARTICLE_FILES})`); refused++; }
      files.push(...found.files);
    }
    for (const file of files) {
      const refuse = (message: string) => { console.error(`refused: ${file}: ${message}`); refused++; };
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) { refuse('not a file'); continue; }
      if (!kindOf(file)) { refuse(`not an article file (expected ${ARTICLE_FILES})`); continue; }
      const tooLarge = sizeProblem(file, info.size);
      if (tooLarge) { refuse(tooLarge); continue; }
      const bytes = await readFile(file);
      const keys = fingerprints(bytes);
      const twin = keys.map((key) => known.get(key)).find(Boolean);
      if (twin) { refuse(`same text as ${path.join(seeds, twin)}`); continue; }
      const name = uniqueFileName(cleanFileName(path.basename(file)), names);
      // COPYFILE_EXCL: never replace a file, even one that appeared since the folder was listed.
      await copyFile(file, path.join(seeds, name), constants.COPYFILE_EXCL);
      names.add(name);
      for (const key of keys) known.set(key, name);
      const sidecar = SIDECAR_SUFFIXES.map((suffix) => file + suffix).find((candidate) => existsSync(candidate));
      if (sidecar) {
        const sidecarName = name + SIDECAR_SUFFIXES[0];
        await copyFile(sidecar, path.join(seeds, sidecarName), constants.COPYFILE_EXCL);
        names.add(sidecarName);
      }
      console.log(`added ${path.join(seeds, name)}${sidecar ? ' (with its sidecar)' : ''} from ${file}`);
    }
    return refused ? 1 : 0;
  },
};
