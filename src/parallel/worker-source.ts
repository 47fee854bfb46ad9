/**
 * The bootstrap of a worker thread that runs one of Dossier's modules. Run from TypeScript sources (through
 * tsx), the worker registers tsx's loader before it imports the module; compiled, it imports the module directly.
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
  const script = new URL(`./${name}${path.extname(fileURLToPath(base))}`, base).href;
  if (!script.endsWith('.ts')) return `import(${JSON.stringify(script)});`;
  const tsx = path.dirname(createRequire(base).resolve('tsx/package.json'));
  const manifest = JSON.parse(readFileSync(path.join(tsx, 'package.json'), 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const api = pathToFileURL(path.join(tsx, manifest.exports['./esm/api'].import.default)).href;
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
}
