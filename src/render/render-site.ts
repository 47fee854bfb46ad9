/** Render the site with Eleventy from `templates/` into a folder. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { writeFilesInWorker } from '../util/file-thread.js';
import { relativeUrl } from './relative-url.js';

/** Folder of the templates' static files, copied as they are into the site. */
const ASSETS = 'assets';

/** Options of `renderSite`. */
export interface RenderOptions {
  /** The templates folder (required). */
  templates: string;
  /** The output folder (required); written by Eleventy. */
  output: string;
  /** Global data for the templates: `site` and the export texts (required). */
  data: Record<string, unknown>;
  /** Render only these template files (names in the templates folder) and copy no assets (default: all). */
  only?: readonly string[];
}

/** A page Eleventy rendered: its path in the output folder (`articles/x/index.html`) and its text. */
export interface RenderedPage {
  path: string;
  content: string;
}

/** What one run of Eleventy made. */
export interface RenderResult {
  /** The pages rendered. */
  pages: RenderedPage[];
  /** Files written: the pages and the assets copied. */
  files: number;
  /** Resolves when every file is written. */
  written: Promise<void>;
}

/**
 * Run Eleventy once over the templates with the given data. Eleventy renders the pages; a worker thread writes
 * them (Eleventy writes each page with synchronous calls in this thread, a folder made for each: 1.2 s of a
 * first build of 1,000 articles), so the next run can render meanwhile.
 */
export async function renderSite(options: RenderOptions): Promise<RenderResult> {
  // Eleventy registers a module loader hook that re-imports JavaScript templates and data files changed while it
  // watches them; Dossier's templates are Nunjucks and it runs no Eleventy watch, and through the hook (a thread
  // of its own on Node 20) every later import waits on a round trip. Eleventy's switch for it (issue 3371):
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  // Loaded on first use: a rebuild that changes no page never starts Eleventy.
  const { default: Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(options.templates, options.output, {
    quietMode: true,
    configPath: false,
    config(config: any) {
      for (const [key, value] of Object.entries(options.data)) config.addGlobalData(key, value);
      // Every internal link is relative to the page that holds it, so the site works under any sub-path.
      config.addFilter('rel', function (this: { page?: { url?: string } }, target: string) {
        return relativeUrl(this.page?.url ?? '/', target ?? '');
      });
      // An absolute address from the configured base URL; empty when none is set (then callers leave it out).
      const base = (options.data.site as { baseUrl?: string | null } | undefined)?.baseUrl ?? null;
      config.addFilter('abs', (target: string) => (base ? new URL(target ?? '', base).href : ''));
      // JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the script.
      config.addFilter('jsonld', (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
      // Text for XML and JSON feeds.
      config.addFilter('json', (value: unknown) => JSON.stringify(value ?? null));
      // A sitemap lists absolute addresses: without a base URL there is none.
      const templatesPath = path.relative(process.cwd(), options.templates);
      if (!base) config.ignores.add(path.join(templatesPath, 'sitemap.njk'));
      if (options.only) {
        for (const name of readdirSync(options.templates)) if (name.endsWith('.njk') && !options.only.includes(name)) config.ignores.add(path.join(templatesPath, name));
      }
      config.setTemplateFormats(['njk']);
      config.setUseGitIgnore(false);
      config.setDataDeepMerge(true);
    },
  });
  const results = (await eleventy.toJSON()) as { outputPath?: unknown; content?: unknown }[];
  const output = path.resolve(options.output);
  const pages = results
    .filter((result): result is { outputPath: string; content: string } => typeof result.outputPath === 'string' && typeof result.content === 'string')
    .map((result) => ({ path: path.relative(output, path.resolve(result.outputPath)).split(path.sep).join('/'), content: result.content }));
  const assets = path.join(options.templates, ASSETS);
  const copies = options.only ? [] : readdirSync(assets, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({ from: file, to: path.join(ASSETS, path.relative(assets, file)) }));
  return { pages, files: pages.length + copies.length, written: writeFilesInWorker(output, pages, copies) };
}
