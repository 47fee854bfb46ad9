/** The command line: a thin shell over the pipeline. One module per command in `src/commands/`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addCommand } from './commands/add.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import type { Command } from './commands/command.js';
import { serveCommand } from './commands/serve.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const COMMANDS: Command[] = [buildCommand, addCommand, serveCommand, checkCommand];

const HELP = `dossier ${version}: turn a folder of news articles into a linked static site.

Usage: dossier <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(8)}${command.summary}`).join('\n')}

Run dossier <command> --help for a command's options.
`;

function commandHelp(command: Command): string {
  return `dossier ${command.name}: ${command.summary}.\n\nUsage: ${command.usage}\n\nOptions:\n${command.help}\n  -h, --help         show this help\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    console.log(version);
    return 0;
  }
  const command = COMMANDS.find((entry) => entry.name === name);
  if (!command) {
    console.error(`dossier: unknown command "${name}". Commands: ${COMMANDS.map((entry) => entry.name).join(', ')}. Run dossier --help.`);
    return 1;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { ...command.options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`dossier ${command.name}: ${error instanceof Error ? error.message : String(error)}. Run dossier ${command.name} --help.`);
    return 1;
  }
  if (parsed.values.help) {
    console.log(commandHelp(command));
    return 0;
  }
  if (command.name !== 'add' && parsed.positionals.length) {
    console.error(`dossier ${command.name}: unexpected argument "${parsed.positionals[0]}". Run dossier ${command.name} --help.`);
    return 1;
  }
  return command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, { root, version });
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`dossier: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.cause) console.error(`  cause: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}`);
  process.exitCode = 2;
});
