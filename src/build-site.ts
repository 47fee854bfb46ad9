/** The output edge: read seeds and curation, build, render into a temporary folder, swap it in. */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGES } from './article-stages.js';
import { type BuiltArchive, buildArchive } from './build-archive.js';
import { codeVersion, dossierCodeVersion } from './cache/code-version.js';
import { openFileCache, TRASH } from './cache/file-cache.js';
import { createMapStore, memoKey } from './cache/memo.js';
import { type Curation, parseCuration } from './entities/curation.js';
import { defaultThreads, precomputeArticleStages, precomputeLibraryReadings } from './parallel/stage-pool.js';
import { readSeeds } from './read/read-seeds.js';
import { buildSiteData, type SiteDataOptions } from './render/build-site-data.js';
import { addPages, closeSearch, openPartIndex, PART_ENTRY, type PartIndex, SEARCH_FOLDER, SEARCHABLE_FOLDERS, startIndexing, writePartList } from './render/index-search.js';
import { type BuildReport, buildReport } from './report/build-report.js';
import { pageFingerprint, parseManifest, planRender, type RenderManifest, type RenderPlan } from './render/plan-render.js';
import { renderSite } from './render/render-site.js';
import { reportPages } from './render/report-pages.js';
import { groupSearchPages, isSearchable, regroupedParts, SEARCH_PART_SIZE, searchFingerprint, type SearchPart, searchPart } from './render/search-parts.js';
import { DATA_FILES, writeDataFiles } from './render/write-data-files.js';
import type { Problem, RawDocument } from './types.js';
import { chunk } from './util/chunk.js';
import { collectGarbageIfGrown } from './util/collect-garbage.js';
import { linkFilesInWorker, removeInWorker } from './util/file-thread.js';
import { linkFiles } from './util/link-files.js';

/** Record pages rendered per Eleventy run, by default. */
const RENDER_BATCH = 1000;
/** Articles between progress reports (and checks of the heap) in per-article stages. */
const PROGRESS_EVERY = 50;
/** Templates that render one page per record (`render.*`). */
const RECORD_TEMPLATES = ['article.njk', 'entity.njk', 'article-lists.njk', 'outlet.njk', 'timeline-period.njk', 'report-files.njk', 'dates.njk'];

/**
 * Pagefind processes indexing search parts side by side, at most (and no more than the build's threads): one
 * leaves the cores partly idle (much of its time is compressing, on one thread), and the render is over by then.
 * On two cores, two took the indexing of 1,000 articles from 3.4-3.8 to 2.7-2.9 s; each holds one part in memory.
 */
const SEARCH_INDEXERS = 2;

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
  /** Folder of the per-file cache (optional; default: no cache, everything computed and rendered). */
  cache?: string | null;
  /** Threads for the per-article stages of new files, the main thread included (default: cores, at most 4; 1 = the main thread alone). */
  threads?: number;
  /** Record pages rendered per Eleventy run, which bounds the renderer's memory (default: 1000). */
  renderBatch?: number;
  /** Sizes of the pages that split long lists: entity pages and their further articles, timeline months, report
   * files, articles by date, feeds (see `buildSiteData` and `reportPages`; tests make them small). */
  pageSizes?: SiteDataOptions['pageSizes'];
  /** Pages per part of the search index on average when parts are made, which bounds the indexer's memory (default: 400; kept up to twice that). */
  searchPartSize?: number;
  /** Report the stage the build is in (optional). */
  onStage?: (stage: string, detail?: string) => void;
}

/** What a build did. */
export interface SiteResult {
  /** The archive built; null when the site stood as the previous build left it (see `unchanged`). */
  built: BuiltArchive | null;
  /** Nothing the site is made from changed since the previous build, whose site was left as it was. */
  unchanged: boolean;
  problems: Problem[];
  /** Files written: rendered pages and the pages taken over unchanged from the previous build. */
  files: number;
  /** Record pages rendered and reused. */
  pages: { rendered: number; reused: number };
  /** Per-file cache use (zeros without a cache). */
  cache: { hits: number; misses: number };
  report: BuildReport;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Read the curation file if it exists. */
export async function readCuration(file: string | null | undefined): Promise<Curation | null> {
  if (!file || !existsSync(file)) return null;
  return parseCuration(await readFile(file, 'utf8'), file);
}

/** Build the site. The previous output stays in place until the new one is complete. */
export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const stage = options.onStage ?? (() => {});
  const output = path.resolve(options.output);
  const templates = path.resolve(options.templates);
  await assertReplaceable(output);
  stage('read');
  const { documents, problems } = await readSeeds(options.seeds);
  const curation = await readCuration(options.curation);
  const version = dossierCodeVersion(root);
  const templatesVersion = codeVersion(templates, ['.']);
  // With a cache, a site made from the same seeds, curation, settings, code and templates stands as it is.
  const previous = options.cache ? parseManifest(await readFile(path.join(output, OUTPUT_MARKER), 'utf8').catch(() => null)) : null;
  const inputs = options.cache ? inputsKey({ documents, problems, curation, version, templatesVersion, options }) : undefined;
  if (previous && previous.inputs === inputs && standsAsBuilt(output, previous)) {
    stage('unchanged');
    return unchangedSite(output, previous);
  }
  const cache = options.cache ? openFileCache(options.cache, version) : null;
  // The site the previous build replaced (and the entries of an older code version) wait in the cache's trash:
  // deleted in a worker thread while this build works, instead of at the end of the build that left them.
  const trash = cache ? path.join(path.resolve(options.cache!), TRASH) : null;
  const emptied = trash ? removeInWorker(trash).catch(() => undefined) : Promise.resolve();
  // Without a cache folder, results computed ahead by worker threads meet the pipeline in memory.
  const threads = options.threads ?? defaultThreads();
  const store = cache ?? (threads > 1 ? createMapStore() : null);
  const progress = (name: string, done: number, total: number) => {
    if (done % PROGRESS_EVERY !== 0 && done !== total) return;
    stage(name, `${done}/${total}`);
    // Per-article stages can leave much garbage behind: collecting when it piles up keeps the peak near the live data.
    collectGarbageIfGrown();
  };
  const staging = `${output}.tmp-${process.pid}`;
  // The part of the search index that an added or removed page changes is begun while the pages render.
  let begun: PartIndex[] = [];
  let search: SiteSearch | null = null;
  try {
    stage('extract', `${documents.length} files`);
    // On more than one core, the per-article stages of new files run first on all of them; the pipeline reuses them.
    if (store) {
      const computed = await precomputeArticleStages(documents, store, { threads, progress: (done, total) => progress('extract', done, total) });
      // Then the NLP library's readings of the names those stages found, the archive-wide stage that costs most.
      if (computed) await precomputeLibraryReadings(documents, store, { threads, progress: (done, total) => progress('entities', done, total) });
    }
    const built = buildArchive(documents, { version: options.version, curation, memo: store?.memo, progress });
    collectGarbageIfGrown();
    const allProblems = [...problems, ...built.problems];
    const report = buildReport(built, allProblems);
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const beside = (plan: RenderPlan) => {
      const regrouped = regroupedPart(plan, previous, options);
      begun = beginSearch(plan, regrouped, { output, staging });
      search = startSearch(plan, previous, begun, { output, staging, options, stage, ahead: regrouped });
      return search;
    };
    const { plan, files } = await renderPages(built, report, { templates, staging, output, previous, code: version, templatesVersion, options, stage, beside });
    plan.manifest.inputs = inputs;
    // The page data is gone now: collected (if the heap is large), Pagefind's indexers (processes of their own)
    // finish beside a small one, and the data files are written meanwhile.
    collectGarbageIfGrown();
    await allOf([search!.finish(), writeDataFiles(staging, built.archive, report)]);
    await writeFile(path.join(staging, OUTPUT_MARKER), `${JSON.stringify({ note: 'Written by Dossier and replaced on every build.', ...plan.manifest })}\n`);
    // The replaced site goes to the cache's trash (or is removed, in a worker thread, while the cache drops what
    // this build did not use).
    const removing = swapIn(staging, output, async (old) => {
      if (trash && await moveInto(old, trash, emptied)) return;
      await removeInWorker(old);
    });
    await removing.swapped;
    await cache?.save();
    await removing.removed;
    await emptied;
    return {
      built,
      unchanged: false,
      problems: allProblems,
      report,
      files: files + DATA_FILES.length,
      pages: { rendered: plan.render.size, reused: plan.reuse.length },
      cache: cache?.stats ?? { hits: 0, misses: 0 },
    };
  } catch (error) {
    // Pagefind's indexer stops with its indexes (begun or not), so the process can end.
    await (search as SiteSearch | null)?.stop().catch(() => undefined);
    await closeSearch(staging).catch(() => undefined);
    // What was computed stays in the cache for the next build.
    await cache?.flush().catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** What `renderPages` needs besides the archive. */
interface RenderContext {
  templates: string;
  staging: string;
  output: string;
  previous: RenderManifest | null;
  code: string;
  /** Version of the templates folder. */
  templatesVersion: string;
  options: SiteOptions;
  stage: (stage: string, detail?: string) => void;
  /** Started once the plan is made, to run while the pages render; told of the pages as they are (optional). */
  beside?: (plan: RenderPlan) => RenderListener | void;
}

/** What runs beside the render and wants the pages as they are written. */
interface RenderListener {
  /** Where a record page is best rendered (lower first; the render keeps the order of pages ranked alike). */
  rank(page: string): number;
  /** Is the page awaited first (rendered in a run of its own, before the others)? */
  ahead(page: string): boolean;
  /** Called after each Eleventy run with the record pages it wrote. */
  rendered(pages: string[]): Promise<void>;
}

/**
 * Build the page data, plan which record pages to render, and render them (in batches) and the archive-wide
 * pages into the staging folder, taking the unchanged pages over from the previous site. The page data lives
 * only here. Returns the plan and the number of files written or taken over.
 */
async function renderPages(built: BuiltArchive, report: BuildReport, context: RenderContext): Promise<{ plan: RenderPlan; files: number }> {
  const { templates, staging, output, previous, options, stage } = context;
  const site = buildSiteData(built, { title: options.title, baseUrl: options.baseUrl, pageSizes: options.pageSizes });
  const reportView = reportPages(report, options.pageSizes?.reportArticles);
  // Record pages: reuse those whose data, settings and templates are unchanged since the previous build.
  const shared = { code: context.code, templates: context.templatesVersion, title: site.title, baseUrl: site.baseUrl, generator: site.generator };
  // The record pages by kind: the templates' `render.<kind>` lists, a page per item at `<item.url>index.html`.
  const records: Record<string, { url: string }[]> = {
    articles: site.articles, entities: site.entities, articleLists: [...site.entityLists, ...site.outletLists], outlets: site.outletGroups,
    timelinePages: site.timelinePages, reportPages: reportView.pages, datePages: site.datePages,
  };
  // An article page shows its text as bodyHtml, which the key of what it was made from stands for (hashing the
  // HTML of every article again would cost more); the plain paragraphs are for the feeds.
  const fingerprinted = (data: (typeof site.articles)[number]) => {
    const { paragraphs: _paragraphs, bodyHtml: _bodyHtml, ...shown } = data;
    return { ...shown, body: built.bodyKeys[data.id] };
  };
  const recordPages = Object.entries(records).flatMap(([kind, list]) => list.map((item) => ({
    path: `${item.url}index.html`,
    data: kind === 'articles' ? fingerprinted(item as (typeof site.articles)[number]) : item,
  })));
  const plan = planRender(recordPages, shared, previous, (page) => existsSync(path.join(output, page)));
  // The pages that list the whole archive (home, indexes, timeline overview, report, feeds, sitemap, search, 404)
  // and the assets are made from the record pages' data, whose fingerprints stand for it, and a few views of
  // the whole: when none changed, they are taken over too.
  plan.manifest.archive = pageFingerprint({
    pages: plan.manifest.pages,
    feeds: memoKey('feeds', site.feedArticles.map((article) => article.paragraphs)),
    counts: site.counts,
    updated: site.updated,
    timeline: [site.timelineMonths, site.timelinePeriods, site.timelineEntities],
    report: { summary: report.summary, problems: report.problems, articles: reportView.pages.length ? [] : report.articles, warned: reportView.warned, index: reportView.index },
  }, shared);
  const kept = previous?.archive === plan.manifest.archive ? archiveFiles(output, previous) : [];
  collectGarbageIfGrown();
  const listener = context.beside?.(plan) ?? undefined;
  const pick = <T extends { url: string }>(list: T[]) => {
    const picked = list.filter((item) => plan.render.has(`${item.url}index.html`));
    return listener ? picked.sort((a, b) => listener.rank(`${a.url}index.html`) - listener.rank(`${b.url}index.html`)) : picked;
  };
  stage('render', `${plan.render.size} pages changed, ${plan.reuse.length} unchanged`);
  // Record pages render in batches: Eleventy holds every page of a run in memory, and a batch bounds that. The
  // pages awaited first make a run of their own (a run costs little beside its pages).
  const ordered = Object.entries(records).flatMap(([kind, list]) => pick(list).map((item) => [kind, item] as const));
  const size = options.renderBatch ?? RENDER_BATCH;
  const ahead = ([, item]: (typeof ordered)[number]) => listener?.ahead(`${item.url}index.html`) ?? false;
  const first = ordered.filter(ahead);
  const rest = ordered.filter((page) => !ahead(page));
  const batches = first.length && rest.length ? [...chunk(first, size), ...chunk(rest, size)] : chunk(ordered, size);
  const runs = batches.length || kept.length ? batches : [[]];
  let rendered = 0;
  const render = async () => {
    for (const [index, pages] of runs.entries()) {
      const of = (kind: string) => pages.filter(([pageKind]) => pageKind === kind).map(([, item]) => item);
      rendered += await renderSite({
        templates,
        output: staging,
        data: { site, render: Object.fromEntries(Object.keys(records).map((kind) => [kind, of(kind)])), report, reportView },
        // The last run also renders the pages that list the whole archive, and copies the assets.
        only: index === runs.length - 1 && !kept.length ? undefined : RECORD_TEMPLATES,
      });
      collectGarbageIfGrown();
      await listener?.rendered(pages.map(([, item]) => `${item.url}index.html`));
    }
  };
  // Unchanged pages of the previous build come over by hard link: while Eleventy renders the others, if it runs.
  const reused = [...plan.reuse, ...kept];
  await linkBeside(runs.length ? render() : null, output, staging, reused);
  return { plan, files: rendered + reused.length };
}

/** What a site is made from (see `inputsKey`). */
interface SiteInputs {
  documents: RawDocument[];
  /** Problems of reading the seeds (a file refused unread, say). */
  problems: Problem[];
  curation: Curation | null;
  /** Versions of Dossier's code and of the templates. */
  version: string;
  templatesVersion: string;
  options: SiteOptions;
}

/** A key of everything a site is made from: the same key, the same site. */
function inputsKey({ documents, problems, curation, version, templatesVersion, options }: SiteInputs): string {
  const { title, baseUrl, pageSizes, searchPartSize } = options;
  // Each document's key is the one its extraction is cached under (computed once).
  return memoKey('site', {
    documents: documents.map((document) => memoKey(STAGES.extract, document)),
    problems, curation, version, templatesVersion, generator: options.version, settings: { title, baseUrl, pageSizes, searchPartSize },
  });
}

/** Are the previous build's files all in its site: its record pages, home, data files and search parts? */
function standsAsBuilt(output: string, manifest: RenderManifest): boolean {
  const parts = Object.keys(manifest.search ?? {}).map((part) => `${SEARCH_FOLDER}/${part}/${PART_ENTRY}`);
  return [...Object.keys(manifest.pages), 'index.html', ...DATA_FILES, ...parts].every((file) => existsSync(path.join(output, file)));
}

/** The result of a build that left the previous site as it was: its report is read back from the site. */
async function unchangedSite(output: string, manifest: RenderManifest): Promise<SiteResult> {
  const report = JSON.parse(await readFile(path.join(output, DATA_FILES[2]), 'utf8')) as BuildReport;
  return {
    built: null,
    unchanged: true,
    problems: report.problems,
    report,
    files: 0,
    pages: { rendered: 0, reused: Object.keys(manifest.pages).length },
    cache: { hits: 0, misses: 0 },
  };
}

/** The files of the previous site that are not record pages, data files, the search index or the manifest. */
function archiveFiles(output: string, previous: RenderManifest): string[] {
  const skip = new Set<string>([...Object.keys(previous.pages), ...DATA_FILES]);
  // The search index (thousands of files) and hidden entries (the manifest) are not walked at all.
  return readdirSync(output, { withFileTypes: true })
    .filter((entry) => entry.name !== SEARCH_FOLDER && !entry.name.startsWith('.'))
    .flatMap((entry) => (entry.isDirectory() ? readdirSync(path.join(output, entry.name), { recursive: true, withFileTypes: true }).filter((inner) => inner.isFile()) : entry.isFile() ? [entry] : []))
    .map((entry) => path.relative(output, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !skip.has(file))
    .sort();
}

/** The search index while the pages render (see `startSearch`). */
interface SiteSearch extends RenderListener {
  /** The pages are all written: index what is left with every indexer, take the unchanged parts over, and write
   * the list of parts and their fingerprints. */
  finish(): Promise<void>;
  /** Stop indexing (a failed build). */
  stop(): Promise<void>;
}

/**
 * The search index, in parts, made while the pages render: the pages are rendered part by part, and a part is
 * indexed once its pages are written, by one indexer while the render holds the other core (after the render,
 * by every indexer). A part whose pages Pagefind would read the same, with its bundle still in place, is taken
 * over. What the indexer reads of each page is fingerprinted (a page re-rendered for a link to a newer article is
 * searched the same), and the fingerprints go into the manifest.
 */
function startSearch(plan: RenderPlan, previous: RenderManifest | null, begun: PartIndex[], context: Pick<RenderContext, 'output' | 'staging' | 'options' | 'stage'> & { ahead?: SearchGroup }): SiteSearch {
  const { output, staging, options, stage } = context;
  const searchable = Object.keys(plan.manifest.pages).filter((page) => isSearchable(page, SEARCHABLE_FOLDERS));
  const groups = groupSearchPages(searchable, SEARCHABLE_FOLDERS, options.searchPartSize ?? SEARCH_PART_SIZE, Object.keys(previous?.search ?? {}));
  // The part indexed again whatever its pages read like (in a first build, the first part): its pages are
  // rendered first, in a run of their own, and it is indexed while the others render.
  const aheadGroup = context.ahead ?? (previous ? undefined : groups[0]);
  const ahead = new Set(aheadGroup?.pages.filter((page) => plan.render.has(page)));
  const rankOf = new Map(groups.flatMap((group, rank) => group.pages.map((page) => [page, rank] as const)));
  const groupOf = new Map(groups.flatMap((group) => group.pages.map((page) => [page, group] as const)));
  /** Per part, its pages still to be rendered. */
  const waiting = new Map(groups.map((group) => [group, new Set(group.pages.filter((page) => plan.render.has(page)))]));
  const fingerprints = new Map<string, string>();
  const parts = new Map<string, SearchPart>();
  let indexed = 0;
  /** Parts to index, known once the pages are all rendered. */
  let stale = 0;
  const indexing = startIndexing(staging, {
    begun,
    indexers: Math.min(SEARCH_INDEXERS, options.threads ?? defaultThreads()),
    rendering: true,
    onPart: () => { indexed++; if (stale) stage('search', `${indexed}/${stale} parts indexed`); },
  });
  const unchanged = (part: SearchPart) => previous?.search?.[part.name] === part.fingerprint && existsSync(path.join(output, SEARCH_FOLDER, part.name, PART_ENTRY));
  // A part whose pages are all written: fingerprinted (a page taken over is read in the previous site, where it
  // is the same file), then indexed unless unchanged.
  const ready = async (group: { name: string; pages: string[] }) => {
    waiting.delete(group);
    for (const page of group.pages) {
      const known = plan.render.has(page) ? undefined : previous?.searchPages?.[page];
      fingerprints.set(page, known ?? searchFingerprint(await readFile(path.join(plan.render.has(page) ? staging : output, page), 'utf8')));
    }
    const part = searchPart(group, fingerprints);
    parts.set(part.name, part);
    if (!unchanged(part)) indexing.add(part);
  };
  const first = Promise.all([...waiting].filter(([, pages]) => !pages.size).map(([group]) => ready(group)));
  // Awaited by the render's first report; a failure meanwhile is not left unhandled.
  first.catch(() => undefined);
  return {
    rank: (page) => rankOf.get(page) ?? groups.length,
    ahead: (page) => ahead.has(page),
    async rendered(pages) {
      await first;
      for (const page of pages) {
        const group = groupOf.get(page);
        const left = group && waiting.get(group);
        if (!left) continue;
        left.delete(page);
        if (!left.size) await ready(group);
      }
    },
    async finish() {
      await first;
      // Parts still waiting (none, when every page to render was rendered) are read as they are.
      for (const group of [...waiting.keys()]) await ready(group);
      indexing.widen();
      const all = groups.map((group) => parts.get(group.name)!);
      stale = all.filter((part) => !unchanged(part)).length;
      // Parts indexed again of all parts (some were done while the pages rendered).
      stage('search', stale ? `indexing ${stale} of ${all.length} parts` : 'unchanged');
      plan.manifest.searchPages = Object.fromEntries(searchable.map((page) => [page, fingerprints.get(page)!]));
      plan.manifest.search = Object.fromEntries(all.map((part) => [part.name, part.fingerprint]));
      // The unchanged parts' bundles come over while Pagefind indexes the others.
      const kept = (await Promise.all(all.filter(unchanged).map((part) => filesUnder(output, path.join(SEARCH_FOLDER, part.name))))).flat();
      await linkBeside(indexing.finish(), output, staging, kept);
      await writePartList(staging, all);
    },
    stop: () => indexing.stop(),
  };
}

/** A part of the search index by its pages alone (see `groupSearchPages`). */
type SearchGroup = { name: string; pages: string[] };

/**
 * The first part of the search index whose pages changed as a set (a page added or removed): indexed again
 * whatever the rendered pages read like. One part at most, so the indexer holds at most one more part than it would.
 */
function regroupedPart(plan: RenderPlan, previous: RenderManifest | null, options: SiteOptions): SearchGroup | undefined {
  if (!previous?.searchPages || !previous.search) return undefined;
  const now = Object.keys(plan.manifest.pages).filter((page) => isSearchable(page, SEARCHABLE_FOLDERS));
  return regroupedParts(now, Object.keys(previous.searchPages), SEARCHABLE_FOLDERS, options.searchPartSize ?? SEARCH_PART_SIZE, Object.keys(previous.search))[0];
}

/**
 * Begin a part of the search index (see `regroupedPart`): its index gets the pages it keeps unchanged from the
 * previous site while the others render. Nothing is waited for (a reply would wait for the render to let this
 * thread go): the indexer adds these pages before it indexes the part, and indexing a part adds every page its
 * index does not hold, so a failure here costs only time.
 */
function beginSearch(plan: RenderPlan, part: SearchGroup | undefined, context: Pick<RenderContext, 'output' | 'staging'>): PartIndex[] {
  const { output, staging } = context;
  const unchanged = part?.pages.filter((page) => !plan.render.has(page)) ?? [];
  if (!part || !unchanged.length) return [];
  const open = openPartIndex(part.name);
  addPages(open, output, unchanged, staging).catch(() => undefined);
  return [open];
}

/**
 * Hard-link `files` from `from` into `to` while `work` runs (in a worker thread, leaving the main thread to the
 * work), or at once when there is no work; resolves when both are done.
 */
async function linkBeside(work: Promise<unknown> | null, from: string, to: string, files: string[]): Promise<void> {
  if (work) await allOf([work, linkFilesInWorker(from, to, files)]);
  else linkFiles(from, to, files);
}

/** Wait for every task, then fail with the first failure: no task is left writing after a failed build. */
async function allOf(tasks: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(tasks)).find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Paths of the files under `folder` of `root`, relative to `root`. */
async function filesUnder(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))).sort();
}

/** Refuse to replace a non-empty folder that Dossier did not write. */
async function assertReplaceable(output: string): Promise<void> {
  if (!existsSync(output)) return;
  const entries = await readdir(output);
  if (entries.length && !entries.includes(OUTPUT_MARKER)) {
    throw new Error(`Refusing to replace ${output}: it is not empty and was not written by Dossier (no ${OUTPUT_MARKER} file)`);
  }
}

/** Move `folder` into `trash` once `emptied` is done; false when it cannot be moved (another file system). */
async function moveInto(folder: string, trash: string, emptied: Promise<unknown>): Promise<boolean> {
  try {
    await emptied;
    await mkdir(trash, { recursive: true });
    await rename(folder, path.join(trash, path.basename(folder)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Replace `output` with `staging`: two renames, so readers never see a half-written site (a failed second one
 * puts the previous site back); then `dispose` takes the old one.
 */
function swapIn(staging: string, output: string, dispose: (old: string) => Promise<void>): { swapped: Promise<void>; removed: Promise<void> } {
  const old = `${output}.old-${process.pid}`;
  const swapped = (async () => {
    const had = existsSync(output);
    if (had) await rename(output, old);
    try {
      await rename(staging, output);
    } catch (error) {
      // The previous site goes back in place.
      if (had) await rename(old, output);
      throw error;
    }
  })();
  return { swapped, removed: swapped.then(() => (existsSync(old) ? dispose(old) : undefined), () => undefined) };
}
