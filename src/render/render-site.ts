/** Render the site with Eleventy from `templates/` into a folder. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { relativeUrl } from './relative-url.js';

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

/** Run Eleventy once over the templates with the given data. Returns the number of files written. */
export async function renderSite(options: RenderOptions): Promise<number> {
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
      } else {
        config.addPassthroughCopy({ [`${options.templates}/assets`]: 'assets' });
      }
      config.setTemplateFormats(['njk']);
      config.setUseGitIgnore(false);
      config.setDataDeepMerge(true);
    },
  });
  const results = (await eleventy.write()) as unknown;
  const list = Array.isArray(results) ? results.flat() : [];
  return list.length;
}
