/** Render the site with Eleventy from `templates/` into a folder. */
import Eleventy from '@11ty/eleventy';
import { relativeUrl } from './relative-url.js';

/** Options of `renderSite`. */
export interface RenderOptions {
  /** The templates folder (required). */
  templates: string;
  /** The output folder (required); written by Eleventy. */
  output: string;
  /** Global data for the templates: `site` and the export texts (required). */
  data: Record<string, unknown>;
}

/** Run Eleventy once over the templates with the given data. Returns the number of files written. */
export async function renderSite(options: RenderOptions): Promise<number> {
  const eleventy = new Eleventy(options.templates, options.output, {
    quietMode: true,
    configPath: false,
    config(config: any) {
      for (const [key, value] of Object.entries(options.data)) config.addGlobalData(key, value);
      // Every internal link is relative to the page that holds it, so the site works under any sub-path.
      config.addFilter('rel', function (this: { page?: { url?: string } }, target: string) {
        return relativeUrl(this.page?.url ?? '/', target ?? '');
      });
      config.addPassthroughCopy({ [`${options.templates}/assets`]: 'assets' });
      config.setTemplateFormats(['njk']);
      config.setUseGitIgnore(false);
      config.setDataDeepMerge(true);
    },
  });
  const results = (await eleventy.write()) as unknown;
  const list = Array.isArray(results) ? results.flat() : [];
  return list.length;
}
