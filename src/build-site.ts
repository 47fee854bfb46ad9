/** The output edge: read seeds and curation, build, render into a temporary folder, swap it in. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BuiltArchive, buildArchive } from './build-archive.js';
import { type Curation, parseCuration } from './entities/curation.js';
import { readSeeds } from './read/read-seeds.js';
import { archiveSchemaJson } from './render/archive-schema.js';
import { buildSiteData, exportJson } from './render/build-site-data.js';
import { indexSearch } from './render/index-search.js';
import { renderSite } from './render/render-site.js';
import type { Problem } from './types.js';

/** Marker file that says a folder is Dossier's output, safe to replace. */
export const OUTPUT_MARKER = '.dossier-output';

/** Options of `buildSite`. */
export interface SiteOptions {
  seeds: string;
  output: string;
  templates: string;
  /** Curation YAML file; a missing file means no curation. */
  curation?: string | null;
  version: string;
  title?: string;
  /** Public address of the site root, for feeds, the sitemap and canonical links (optional). */
  baseUrl?: string | null;
}

/** What a build did. */
export interface SiteResult {
  built: BuiltArchive;
  problems: Problem[];
  files: number;
}

/** Read the curation file if it exists. */
export async function readCuration(file: string | null | undefined): Promise<Curation | null> {
  if (!file || !existsSync(file)) return null;
  return parseCuration(await readFile(file, 'utf8'), file);
}

/** Build the site. The previous output stays in place until the new one is complete. */
export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const output = path.resolve(options.output);
  await assertReplaceable(output);
  const { documents, problems } = await readSeeds(options.seeds);
  const built = buildArchive(documents, { version: options.version, curation: await readCuration(options.curation) });
  const staging = `${output}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const files = await renderSite({
      templates: path.resolve(options.templates),
      output: staging,
      data: { site: buildSiteData(built, { title: options.title, baseUrl: options.baseUrl }), exportJson: exportJson(built.archive), schemaJson: archiveSchemaJson() },
    });
    await indexSearch(staging);
    await writeFile(path.join(staging, OUTPUT_MARKER), 'This folder is written by Dossier and replaced on every build.\n');
    await swapIn(staging, output);
    return { built, problems: [...problems, ...built.problems], files };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Refuse to replace a non-empty folder that Dossier did not write. */
async function assertReplaceable(output: string): Promise<void> {
  if (!existsSync(output)) return;
  const entries = await readdir(output);
  if (entries.length && !entries.includes(OUTPUT_MARKER)) {
    throw new Error(`Refusing to replace ${output}: it is not empty and was not written by Dossier (no ${OUTPUT_MARKER} file)`);
  }
}

/** Replace `output` with `staging`: two renames, so readers never see a half-written site. */
async function swapIn(staging: string, output: string): Promise<void> {
  const old = `${output}.old-${process.pid}`;
  if (existsSync(output)) await rename(output, old);
  await rename(staging, output);
  await rm(old, { recursive: true, force: true });
}
