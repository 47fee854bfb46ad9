/**
 * How a worker thread or a child process runs one of Dossier's modules. Run from TypeScript sources (through
 * tsx), it registers tsx's loader before it imports the module; compiled, it imports the module directly.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Source for `new Worker(source, { eval: true })` that imports the module `name` (without extension) of the
 * folder of `base` (an `import.meta.url`), with the extension `base` has.
 */
export function workerSource(base: string, name: string): string {
  const script = moduleBeside(base, name);
  if (!script.endsWith('.ts')) return `import(${JSON.stringify(script)});`;
  const api = pathToFileURL(path.join(tsxFolder(base), tsxManifest(base).exports['./esm/api'].import.default)).href;
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
}

/** The file and Node options for `fork` to run the module `name` of the folder of `base` (an `import.meta.url`). */
export function processModule(base: string, name: string): { file: string; execArgv: string[] } {
  const script = moduleBeside(base, name);
  // Not the build's own options (a profiler, a heap size): the process needs none of them.
  if (!script.endsWith('.ts')) return { file: fileURLToPath(script), execArgv: [] };
  const loader = pathToFileURL(path.join(tsxFolder(base), tsxManifest(base).exports['.'])).href;
  return { file: fileURLToPath(script), execArgv: ['--import', loader] };
}

/** The module `name` beside `base`, with the extension `base` has. */
const moduleBeside = (base: string, name: string) => new URL(`./${name}${path.extname(fileURLToPath(base))}`, base).href;
const tsxFolder = (base: string) => path.dirname(createRequire(base).resolve('tsx/package.json'));
const tsxManifest = (base: string) => JSON.parse(readFileSync(path.join(tsxFolder(base), 'package.json'), 'utf8')) as {
  exports: { '.': string; './esm/api': { import: { default: string } } };
};
