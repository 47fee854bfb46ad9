/** The shape of a CLI command, and the options several commands share. */
import type { ParseArgsConfig } from 'node:util';

/** Paths and versions every command needs. */
export interface CommandContext {
  /** Dossier's own folder (templates live there). */
  root: string;
  version: string;
}

/** Parsed option values. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** One command: its help and what it does. Returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Lines of option help, below the usage. */
  help: string;
  run(values: OptionValues, positionals: string[], context: CommandContext): Promise<number>;
}

/** Options shared by build, serve and check. */
export const SITE_OPTIONS = {
  seeds: { type: 'string', default: 'seeds' },
  out: { type: 'string', default: 'site' },
  curation: { type: 'string', default: 'curation.yaml' },
  title: { type: 'string' },
  'base-url': { type: 'string', default: process.env.DOSSIER_BASE_URL },
  cache: { type: 'string', default: '.dossier-cache' },
  'no-cache': { type: 'boolean' },
  threads: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** Help lines of `SITE_OPTIONS`. */
export const SITE_OPTIONS_HELP = `  --seeds <dir>      input articles (default: seeds)
  --out <dir>        output folder (default: site); replaced atomically, and only if Dossier wrote it
  --curation <file>  entity curation YAML (default: curation.yaml)
  --title <text>     site title (default: Dossier)
  --base-url <url>   public address of the site root, e.g. https://example.org/archive/ (or DOSSIER_BASE_URL);
                     feeds, sitemap and canonical links are absolute with it, left out without it
  --cache <dir>      per-file cache, outside the output (default: .dossier-cache)
  --no-cache         compute and render everything afresh, read and write no cache
  --threads <n>      threads for new files' extraction, this one included (default: cores, at most 4)
  -q, --quiet        no progress line`;
