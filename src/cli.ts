/** The command line: a thin shell over the pipeline. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSite } from './build-site.js';
import type { Problem } from './types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

const HELP = `dossier ${version}: turn a folder of news articles into a linked static site.

Usage: dossier <command> [options]

Commands:
  build     build the site from the seeds folder

Options:
  --seeds <dir>      input articles (default: seeds)
  --out <dir>        output folder (default: site)
  --curation <file>  entity curation YAML (default: curation.yaml)
  --title <text>     site title (default: Dossier)
  --base-url <url>   public address of the site root, e.g. https://example.org/archive/
                     (feeds, sitemap and canonical links; left out when not set)
  -h, --help         show this help
`;

function printProblems(problems: Problem[]): void {
  for (const problem of problems) console.error(`${problem.severity}: ${problem.file}: ${problem.message}`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'site' },
      curation: { type: 'string', default: 'curation.yaml' },
      title: { type: 'string' },
      cache: { type: 'string', default: '.dossier-cache' },
      'base-url': { type: 'string', default: process.env.DOSSIER_BASE_URL },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  if (command === 'build') {
    const started = performance.now();
    const result = await buildSite({
      seeds: values.seeds!, output: values.out!, templates: path.join(root, 'templates'), curation: values.curation, version, title: values.title, baseUrl: values['base-url'], cache: values.cache,
    });
    printProblems(result.problems);
    const { archive } = result.built;
    const errors = result.problems.filter((problem) => problem.severity === 'error').length;
    console.log(`Built ${values.out}/: ${archive.articles.length} articles, ${archive.entities.length} entities, ${archive.timeline.length} timeline events, ${result.files} files${errors ? `, ${errors} file(s) skipped` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  }
  console.error(`Unknown command "${command}". Run dossier --help.`);
  return 1;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`dossier: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.cause) console.error(`  cause: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}`);
  process.exitCode = 2;
});
