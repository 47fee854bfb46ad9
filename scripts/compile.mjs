// Compile the TypeScript sources into dist/ and stamp it with the sources' version: bin/dossier.js runs dist/
// only while the stamp matches the sources, so an edited source never runs stale. Runs on `npm install`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  console.error('dossier: compiling failed; the CLI runs the sources through tsx instead.');
  process.exit(compiled.status ?? 1);
}
const { dossierCodeVersion } = await import(new URL('../dist/cache/code-version.js', import.meta.url).href);
writeFileSync(path.join(dist, '.source-version'), `${dossierCodeVersion(root)}\n`);
