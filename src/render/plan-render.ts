/**
 * Incremental rendering: each page made from one record (an article, an entity, an outlet) gets a fingerprint
 * of everything it shows; a page whose fingerprint the previous build recorded, and whose file is still there,
 * is reused instead of rendered again. Pages that list the whole archive (home, timeline, indexes) get one
 * fingerprint together, made by the caller.
 */
import { createHash } from 'node:crypto';

/** Fingerprints of the record pages of one build: output path (e.g. `articles/x/index.html`) → hash. */
export interface RenderManifest {
  version: 1;
  pages: Record<string, string>;
  /** Fingerprints of what the search indexer reads of each searchable page (see `search-parts.ts`). */
  searchPages?: Record<string, string>;
  /** Fingerprints of the parts of the search index, once indexed. */
  search?: Record<string, string>;
  /** Fingerprint of the pages that list the whole archive (see `renderPages` in build-site.ts). */
  archive?: string;
  /** Key of everything the site was made from: seeds, curation, settings, code, templates (see `buildSite`). */
  inputs?: string;
}

/** What to render and what to reuse. */
export interface RenderPlan {
  /** Output paths to render this time. */
  render: Set<string>;
  /** Output paths to take over from the previous build unchanged. */
  reuse: string[];
  manifest: RenderManifest;
}

/** One page made from one record. */
export interface RecordPage {
  path: string;
  data: unknown;
}

/** The fingerprint of a page: its record and the settings every page shows (`shared`). */
export function pageFingerprint(data: unknown, shared: unknown): string {
  return createHash('sha256').update(JSON.stringify(shared)).update('\0').update(JSON.stringify(data)).digest('hex').slice(0, 32);
}

/** Decide which record pages to render. `exists` says whether the previous output still has a file. */
export function planRender(pages: RecordPage[], shared: unknown, previous: RenderManifest | null, exists: (path: string) => boolean): RenderPlan {
  const manifest: RenderManifest = { version: 1, pages: {} };
  const render = new Set<string>();
  const reuse: string[] = [];
  for (const page of pages) {
    const fingerprint = pageFingerprint(page.data, shared);
    manifest.pages[page.path] = fingerprint;
    if (previous?.pages[page.path] === fingerprint && exists(page.path)) reuse.push(page.path);
    else render.add(page.path);
  }
  return { render, reuse, manifest };
}

/** Read a manifest written by `planRender`'s caller; null when it is missing or not one. */
export function parseManifest(text: string | null): RenderManifest | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as RenderManifest;
    return value?.version === 1 && value.pages && typeof value.pages === 'object' ? value : null;
  } catch {
    return null;
  }
}
