/** `dossier build`: seeds → site, with progress, the report in short and one summary line. */
import path from 'node:path';
import type { SiteResult } from '../build-site.js';
import { type Command, type CommandContext, type OptionValues, SITE_OPTIONS, SITE_OPTIONS_HELP } from './command.js';
import { createProgress } from './progress.js';

/** Run one build with the shared options; prints the report in short and the summary line. */
export async function runBuild(values: OptionValues, context: CommandContext): Promise<SiteResult> {
  // The pipeline is imported when a build runs, so `--help` answers at once.
  const [{ buildSite }, { formatReport }] = await Promise.all([import('../build-site.js'), import('../report/build-report.js')]);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new Error(`--threads takes a whole number of 1 or more, not "${values.threads}"`);
  const progress = createProgress({ enabled: values.quiet ? false : undefined });
  const started = performance.now();
  try {
    const result = await buildSite({
      seeds: values.seeds as string,
      output: values.out as string,
      templates: path.join(context.root, 'templates'),
      curation: values.curation as string,
      version: context.version,
      title: values.title as string | undefined,
      baseUrl: values['base-url'] as string | undefined,
      cache: values['no-cache'] ? null : (values.cache as string),
      threads,
      onStage: (stage, detail) => progress.stage(stage, detail),
    });
    progress.done();
    const short = formatReport(result.report);
    if (short) console.error(short);
    console.log(summaryLine(result, values.out as string, performance.now() - started));
    return result;
  } finally {
    progress.done();
  }
}

/** The one line a build ends with. */
export function summaryLine(result: SiteResult, out: string, milliseconds: number): string {
  const { summary } = result.report;
  const parts = [
    `${summary.articles} articles`,
    ...(summary.skipped ? [`${summary.skipped} file${summary.skipped === 1 ? '' : 's'} skipped`] : []),
    `${summary.entities} entities`,
    `${summary.events} timeline events`,
    result.unchanged ? 'nothing changed since the last build' : `${result.pages.rendered} pages rendered, ${result.pages.reused} unchanged`,
    ...(summary.warnings ? [`${summary.warnings} warning${summary.warnings === 1 ? '' : 's'} (see ${out}/report/)`] : []),
  ];
  return `${result.unchanged ? 'Up to date' : 'Built'} ${out}/: ${parts.join(', ')} in ${(milliseconds / 1000).toFixed(1)} s`;
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the site from the seeds folder',
  usage: 'dossier build [options]',
  options: SITE_OPTIONS,
  help: SITE_OPTIONS_HELP,
  async run(values, _positionals, context) {
    const result = await runBuild(values, context);
    return result.report.summary.articles === 0 ? 1 : 0;
  },
};
