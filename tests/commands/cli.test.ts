import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root, seedsDir } from '../helpers.js';

const run = promisify(execFile);

/** Run the CLI in `cwd`; resolves with exit code and output, never rejects. */
async function dossier(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin/dossier.js'), ...args], { cwd, env: { ...process.env, CI: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('dossier (command line)', () => {
  it('should print help for every command', async () => {
    const top = await dossier(['--help'], root);
    expect(top.stdout).toMatch(/build.*\n.*add.*\n.*serve.*\n.*check/);
    for (const command of ['build', 'add', 'serve', 'check']) {
      const help = await dossier([command, '--help'], root);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: dossier ${command}`);
    }
    expect((await dossier(['publish'], root)).stderr).toMatch(/unknown command "publish"/);
  }, 60_000);

  it('should add files under clean names, refuse duplicates naming the file, and never overwrite', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-add-'));
    const inbox = path.join(work, 'inbox');
    mkdirSync(inbox);
    const seed = readdirSync(seedsDir)[0];
    writeFileSync(path.join(inbox, 'Story One – Été.TXT'), readFileSync(path.join(seedsDir, seed)));
    writeFileSync(path.join(inbox, 'Story One – Été.TXT.meta.yaml'), 'outlet: Example Wire\n');
    writeFileSync(path.join(inbox, 'copy.txt'), readFileSync(path.join(seedsDir, seed), 'utf8').replace(/\n/g, '\r\n'));
    writeFileSync(path.join(inbox, 'notes.pdf'), 'not an article');
    const first = await dossier(['add', path.join(inbox, 'Story One – Été.TXT'), path.join(inbox, 'copy.txt'), path.join(inbox, 'notes.pdf')], work);
    expect(first.code).toBe(1);
    expect(readdirSync(path.join(work, 'seeds')).sort()).toEqual(['story-one-ete.txt', 'story-one-ete.txt.meta.yaml']);
    expect(first.stderr).toContain(`copy.txt: same text as ${path.join('seeds', 'story-one-ete.txt')}`);
    expect(first.stderr).toMatch(/notes\.pdf: not an article file/);
    // A different file with the same clean name gets a new name; the first stays as it was.
    writeFileSync(path.join(inbox, 'story one ete.txt'), 'Another article\n\nWith other text in it, long enough to be read as a paragraph of prose.\n');
    const second = await dossier(['add', path.join(inbox, 'story one ete.txt')], work);
    expect(second.code).toBe(0);
    expect(readdirSync(path.join(work, 'seeds'))).toContain('story-one-ete-2.txt');
    expect(readFileSync(path.join(work, 'seeds', 'story-one-ete.txt'))).toEqual(readFileSync(path.join(seedsDir, seed)));
    // A folder adds its article files, its subfolders' too, with their sidecars, and names what it passes over.
    const folder = path.join(work, 'saved');
    mkdirSync(path.join(folder, 'older'), { recursive: true });
    writeFileSync(path.join(folder, 'Port Story.md'), '# Port closes\n\nThe port closed on Monday after the storm broke the sea wall, officials said.\n');
    writeFileSync(path.join(folder, 'Port Story.md.meta.yaml'), 'outlet: Harbour Daily\n');
    writeFileSync(path.join(folder, 'older', 'Strike.txt'), 'Strike called off\n\nThe union called off the strike on Friday after talks with the port authority.\n');
    writeFileSync(path.join(folder, 'photo.jpg'), 'not an article');
    // A page saved complete, with its folder of pictures and advertisements' frames: the page alone is added.
    writeFileSync(path.join(folder, 'Quay.html'), '<html><body><article><h1>Tide floods quay</h1><p>The spring tide flooded the quay on Sunday, the harbour master said.</p></article></body></html>');
    mkdirSync(path.join(folder, 'Quay_files'));
    writeFileSync(path.join(folder, 'Quay_files', 'ad.html'), '<html><body>Buy now</body></html>');
    writeFileSync(path.join(folder, '.DS_Store'), 'hidden');
    const third = await dossier(['add', folder], work);
    expect(third.code).toBe(0);
    expect(readdirSync(path.join(work, 'seeds'))).toEqual(expect.arrayContaining(['port-story.md', 'port-story.md.meta.yaml', 'strike.txt', 'quay.html']));
    expect(readdirSync(path.join(work, 'seeds'))).not.toContain('ad.html');
    expect(third.stderr).toContain(`passed over: ${path.join(folder, 'photo.jpg')}: not an article file`);
    expect(third.stderr).not.toContain('.DS_Store');
    const empty = path.join(work, 'empty');
    mkdirSync(empty);
    const fourth = await dossier(['add', empty, path.join(work, 'missing.txt')], work);
    expect(fourth.code).toBe(1);
    expect(fourth.stderr).toContain(`refused: ${empty}: a folder with no article files`);
    expect(fourth.stderr).toContain(`refused: ${path.join(work, 'missing.txt')}: no such file or folder`);
    // The articles of the seeds' subfolders are known too.
    mkdirSync(path.join(work, 'seeds', 'wire'));
    writeFileSync(path.join(work, 'seeds', 'wire', 'tide.txt'), 'Tide floods quay\n\nThe spring tide flooded the quay on Sunday, the harbour master said.\n');
    writeFileSync(path.join(inbox, 'tide copy.txt'), 'Tide floods quay\n\nThe spring tide flooded the quay on Sunday, the harbour master said.\n');
    expect((await dossier(['add', path.join(inbox, 'tide copy.txt')], work)).stderr).toContain(`same text as ${path.join('seeds', 'wire', 'tide.txt')}`);
  }, 60_000);

  it('should check the seeds and write nothing', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-check-'));
    const checked = await dossier(['check', '--seeds', seedsDir, '--brief'], work);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/Checked .*: 5 articles, 0 skipped/);
    expect(readdirSync(work)).toEqual([]);
    const json = JSON.parse((await dossier(['check', '--seeds', seedsDir, '--json'], work)).stdout);
    expect(json.articles).toHaveLength(5);
    expect(json.articles[0].title.evidence.source).toBeTruthy();
    expect(existsSync(path.join(work, 'site'))).toBe(false);
  }, 60_000);

  it('should build, then say the site is up to date when nothing changed, and build again with --no-cache', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-build-'));
    const options = ['--seeds', seedsDir, '--curation', path.join(root, 'curation.yaml')];
    const first = await dossier(['build', ...options], work);
    expect(first.code).toBe(0);
    // One summary line: nothing of Eleventy's own ("[11ty] Wrote 41 files …").
    expect(first.stdout).toMatch(/^Built site\/: 5 articles, .* pages rendered, 0 unchanged, .* in [\d.]+ s\n$/);
    const again = await dossier(['build', ...options], work);
    expect(again.stdout).toMatch(/^Up to date site\/: 5 articles, .*, nothing changed since the last build, .* in [\d.]+ s$/m);
    // The report in short, as the build before printed it.
    expect(again.stderr).toBe(first.stderr);
    const forced = await dossier(['build', ...options, '--no-cache'], work);
    expect(forced.stdout).toMatch(/^Built site\/: 5 articles, /m);
  }, 120_000);
});
