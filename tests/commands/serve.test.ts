import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { root, seedsDir } from '../helpers.js';

/** A free TCP port. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Poll `check` until it holds or `ms` pass. */
async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

let child: ChildProcess | undefined;
afterAll(() => { child?.kill('SIGTERM'); });

describe('dossier serve', () => {
  it('should serve the site, rebuild it when an article is added to the seeds, and reload the open page', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-serve-'));
    cpSync(seedsDir, path.join(work, 'seeds'), { recursive: true });
    const port = await freePort();
    child = spawn(process.execPath, [path.join(root, 'bin/dossier.js'), 'serve', '--port', String(port), '--quiet'], { cwd: work, env: { ...process.env, CI: '1' }, stdio: 'ignore' });
    const home = () => fetch(`http://localhost:${port}/`).then((response) => response.text());
    expect(await waitFor(async () => (await home()).includes('Latest articles'), 60_000)).toBe(true);
    // A reader's open page, in a real browser: it must show the new article without anyone reloading it.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://localhost:${port}/`);
    expect(await page.locator('body').textContent()).not.toContain('Harbour pilots join the strike');
    const body = [
      'Harbour pilots in Odesa joined the strike on Tuesday, leaving grain ships waiting at anchor outside the port for a second day.',
      '"We cannot guide ships in while our pay is months late," said a pilot who asked not to be named, adding that talks with the port authority had broken down.',
      'The port authority said it was looking for a solution and expected traffic to resume by the end of the week.',
    ];
    writeFileSync(path.join(work, 'seeds', 'added.txt'), `Harbour pilots join the strike\n\nMay 28, 2024\n\n${body.join('\n\n')}\n`);
    expect(await waitFor(async () => (await home()).includes('Harbour pilots join the strike'), 60_000)).toBe(true);
    try {
      await page.waitForFunction(() => document.body.textContent!.includes('Harbour pilots join the strike'), null, { timeout: 30_000 });
    } finally {
      await browser.close();
    }
  }, 150_000);
});
