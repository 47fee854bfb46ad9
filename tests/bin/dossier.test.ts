/** bin/dossier.js runs the compiled CLI only when it was compiled from the sources as they are now. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

const run = promisify(execFile);

/** A copy of the project's entry point beside the real sources and a stand-in dist/ stamped `stamp`. */
function project(stamp: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-bin-'));
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(path.join(root, 'bin', 'dossier.js'), path.join(dir, 'bin', 'dossier.js'));
  for (const name of ['src', 'node_modules', 'package.json', 'templates']) symlinkSync(path.join(root, name), path.join(dir, name));
  mkdirSync(path.join(dir, 'dist', 'cache'), { recursive: true });
  // The stand-in compiled code: the sources' version is "current", and the CLI says where it runs from.
  writeFileSync(path.join(dir, 'dist', 'cache', 'code-version.js'), "export const dossierCodeVersion = () => 'current';\n");
  writeFileSync(path.join(dir, 'dist', 'cli.js'), "console.log('compiled CLI');\n");
  writeFileSync(path.join(dir, 'dist', '.source-version'), `${stamp}\n`);
  return dir;
}

const dossier = async (dir: string, env: Record<string, string> = {}) => (await run(process.execPath, [path.join(dir, 'bin', 'dossier.js'), '--help'], { env: { ...process.env, ...env } })).stdout;

describe('bin/dossier.js', () => {
  it('should run the compiled CLI when its stamp is the sources\' version', async () => {
    expect(await dossier(project('current'))).toBe('compiled CLI\n');
  });

  it('should run the sources when they changed since the compile, or when asked to', async () => {
    expect(await dossier(project('older'))).toContain('Usage: dossier <command>');
    expect(await dossier(project('current'), { DOSSIER_FROM_SOURCES: '1' })).toContain('Usage: dossier <command>');
  });
});
