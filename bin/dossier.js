#!/usr/bin/env node
// Runs the compiled CLI (dist/, made by `npm run compile`, which `npm install` runs) when it was compiled from the
// sources as they are now; otherwise the TypeScript sources through tsx, so a clone works without a compile step
// and an edited source never runs stale. DOSSIER_FROM_SOURCES=1 always runs the sources.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// V8 compiles a regular expression to machine code after its first use; the date parser's largest ones take
// 150 ms to compile, which a build that extracts one new article pays in full for a few uses. After a thousand
// uses it is worth it (and a long subject string is compiled at once anyway). Read when an expression is
// created, so set before anything is loaded; worker threads share it.
v8.setFlagsFromString('--regexp-tier-up-ticks=1000');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.source-version');
let compiled = false;
if (!process.env.DOSSIER_FROM_SOURCES && existsSync(stamp)) {
  const { dossierCodeVersion } = await import('../dist/cache/code-version.js');
  compiled = readFileSync(stamp, 'utf8').trim() === dossierCodeVersion(root);
}
if (compiled) {
  await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
