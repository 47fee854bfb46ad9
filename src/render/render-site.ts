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
      // Eleventy warns of any filter that takes a tenth of a run, in quiet mode too ("rel": 63,000 calls in 0.14 s
      // of a short run): Dossier reports its own stages.
      for (const group of Object.values(config.benchmarks as Record<string, { setIsVerbose(verbose: boolean): void }>)) group.setIsVerbose(false);
      config.setTemplateFormats(['njk']);
      config.setUseGitIgnore(false);
      config.setDataDeepMerge(true);
    },
  });
  // Eleventy prints "Wrote N files" after each run, in quiet mode too: the build ends in one summary line of its
  // own. Its errors reach the caller as the run's failure.
  (eleventy as unknown as { logger: { overrideLogger(sink: object): void } }).logger.overrideLogger({ log() {}, info() {}, warn() {}, error() {} });
  const results = await eleventy.write().catch((error: unknown) => { throw renderError(error); }) as unknown;
  const list = Array.isArray(results) ? results.flat() : [];
  return list.length;
}

/**
 * A failed run as one message: Eleventy's own ("Having trouble rendering njk template article.njk"), the include it
 * failed in and the first cause ("filter not found: nosuchfilter"), which Eleventy's silenced log would have told.
 */
function renderError(error: unknown): Error {
  const chain: Error[] = [];
  for (let at: unknown = error; at instanceof Error && chain.length < 10; at = (at as { originalError?: unknown }).originalError ?? at.cause) chain.push(at);
  if (chain.length < 2) return error instanceof Error ? error : new Error(String(error));
  const templates = chain.slice(1, -1).flatMap((link) => [...link.message.matchAll(/\(([^()\n]+)\)/g)].map((match) => match[1]));
  const inner = templates.at(-1);
  const where = inner && !chain[0].message.includes(inner) ? ` (in ${inner})` : '';
  return new Error(`${chain[0].message}${where}: ${chain.at(-1)!.message}`, { cause: error });
}
