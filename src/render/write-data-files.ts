/**
 * The site's data files (`data/archive.json`, its schema, `data/report.json`), written straight to disk rather
 * than through the templates: they are the largest files of a big archive, and writing them item by item never
 * holds a whole file as one string.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { BuildReport } from '../report/build-report.js';
import type { Archive } from '../types.js';
import { archiveSchemaJson } from './archive-schema.js';

/** Characters gathered before a write to the file. */
const CHUNK = 1 << 20;

/** Files written under `data/`, relative to the site root. */
export const DATA_FILES = ['data/archive.json', 'data/archive.schema.json', 'data/report.json'] as const;

/**
 * Write `value` as compact JSON and a newline, the same bytes as `JSON.stringify(value) + '\n'`, stringifying
 * the items of its top-level arrays one at a time.
 */
export async function writeJsonFile(file: string, value: Record<string, unknown>): Promise<void> {
  const out = createWriteStream(file);
  // Items are gathered into chunks of about a megabyte: a write per item waited on the disk for each.
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    const text = pending.join('');
    pending = [];
    size = 0;
    if (!out.write(text)) await once(out, 'drain');
  };
  const write = async (text: string) => {
    pending.push(text);
    size += text.length;
    if (size >= CHUNK) await flush();
  };
  const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function');
  await write('{');
  for (const [index, [key, item]] of entries.entries()) {
    await write(`${index ? ',' : ''}${JSON.stringify(key)}:`);
    if (!Array.isArray(item)) { await write(JSON.stringify(item)); continue; }
    await write('[');
    for (const [position, element] of item.entries()) await write(`${position ? ',' : ''}${JSON.stringify(element) ?? 'null'}`);
    await write(']');
  }
  await write('}\n');
  await flush();
  out.end();
  await once(out, 'finish');
}

/** Write the data files into the site folder `root`. */
export async function writeDataFiles(root: string, archive: Archive, report: BuildReport): Promise<void> {
  await mkdir(path.join(root, 'data'), { recursive: true });
  await writeJsonFile(path.join(root, DATA_FILES[0]), archive as unknown as Record<string, unknown>);
  await writeFile(path.join(root, DATA_FILES[1]), archiveSchemaJson());
  await writeJsonFile(path.join(root, DATA_FILES[2]), report as unknown as Record<string, unknown>);
}
