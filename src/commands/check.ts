/** `dossier check`: extraction and linking report for the seeds folder; writes nothing. */
import { type Command, SITE_OPTIONS } from './command.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'report what extraction and linking find in the seeds, without writing anything',
  usage: 'dossier check [options]',
  options: { seeds: SITE_OPTIONS.seeds, curation: SITE_OPTIONS.curation, cache: SITE_OPTIONS.cache, json: { type: 'boolean' }, brief: { type: 'boolean' } },
  help: `  --seeds <dir>      input articles (default: seeds)
  --curation <file>  entity curation YAML (default: curation.yaml)
  --cache <dir>      read results from this cache if present (default: .dossier-cache); never written
  --brief            only problems and warnings, not every article's fields
  --json             the full report as JSON on stdout
Exit code 1 when a file cannot be used.`,
  async run(values, _positionals, context) {
    // The pipeline is imported when a check runs, so `--help` answers at once.
    const [{ buildArchive }, { readCuration }, { dossierCodeVersion }, { openFileCache }, { readSeeds }, { buildReport, formatReport }] = await Promise.all([
      import('../build-archive.js'), import('../build-site.js'), import('../cache/code-version.js'), import('../cache/file-cache.js'),
      import('../read/read-seeds.js'), import('../report/build-report.js'),
    ]);
    const { documents, problems } = await readSeeds(values.seeds as string);
    // Read-only use of the cache: results found there are used, nothing is saved.
    const cache = values.cache ? openFileCache(values.cache as string, dossierCodeVersion(context.root), { readOnly: true }) : null;
    const built = buildArchive(documents, { version: context.version, curation: await readCuration(values.curation as string), memo: cache?.memo });
    const report = buildReport(built, [...problems, ...built.problems]);
    if (values.json) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      const text = formatReport(report, { all: !values.brief });
      if (text) console.log(text);
      const { summary } = report;
      console.log(`Checked ${values.seeds}/: ${summary.articles} articles, ${summary.skipped} skipped, ${summary.warnings} warnings, ${summary.entities} entities, ${summary.events} timeline events`);
    }
    return report.summary.skipped ? 1 : 0;
  },
};
