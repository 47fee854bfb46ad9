/**
 * `npm run bench`: Dossier at scale against a baseline, measured in the same run on the same machine.
 *
 * For each N (default 1,000 and 4,000 synthetic articles, see generate-articles.ts):
 *   baseline   the same N articles as plain Markdown through bare Eleventy (one trivial layout) + Pagefind
 *   cold       `dossier build` with an empty cache (a first build)
 *   warm       `dossier build` again with nothing changed (every per-file result and page reused)
 *   add-one    one article added, then `dossier build`
 * Wall time and peak memory (max RSS, GNU time) of each, and the ratios. Usage: npm run bench [-- 1000 4000]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from './generate-articles.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`The benchmark measures peak memory with GNU time: install it (apt-get install -y time); ${TIME} is missing`);

interface Run { seconds: number; peakMb: number }

/** Run a node script under GNU time; wall seconds and max RSS of the process tree it waited for. */
function measure(args: string[], cwd: string): Run {
  const report = path.join(os.tmpdir(), `dossier-bench-${process.pid}.time`);
  execFileSync(TIME, ['-f', '%e %M', '-o', report, process.execPath, ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: '1' } });
  const [seconds, kb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, peakMb: kb / 1024 };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const rows: string[] = [];
for (const n of sizes.length ? sizes : [1000, 4000]) {
  const work = mkdtempSync(path.join(os.tmpdir(), `dossier-bench-${n}-`));
  const seeds = path.join(work, 'seeds');
  const markdown = path.join(work, 'markdown');
  mkdirSync(seeds);
  mkdirSync(markdown);
  const articles = generateArticles(n + 1);
  for (const article of articles.slice(0, n)) {
    writeFileSync(path.join(seeds, `${article.name}.txt`), article.text);
    writeFileSync(path.join(markdown, `${article.name}.md`), article.markdown);
  }
  const megabytes = (articles.slice(0, n).reduce((sum, article) => sum + article.text.length, 0) / 1048576).toFixed(1);
  console.error(`N = ${n} (${megabytes} MB of text): baseline…`);
  const baseline = measure(['--import', 'tsx', path.join(root, 'bench/baseline.ts'), markdown, path.join(work, 'baseline-site')], root);
  const build = ['--max-old-space-size=4096', path.join(root, 'bin/dossier.js'), 'build', '--seeds', seeds, '--out', path.join(work, 'site'), '--cache', path.join(work, 'cache'), '--curation', path.join(work, 'none.yaml'), '--quiet'];
  console.error(`N = ${n}: cold build…`);
  const cold = measure(build, work);
  console.error(`N = ${n}: warm build…`);
  const warm = measure(build, work);
  writeFileSync(path.join(seeds, `${articles[n].name}.txt`), articles[n].text);
  console.error(`N = ${n}: add-one build…`);
  const addOne = measure(build, work);
  const ratio = (a: Run, b: Run) => (a.seconds / b.seconds).toFixed(2);
  const cell = (run: Run) => `${run.seconds.toFixed(1)} s, ${Math.round(run.peakMb)} MB`;
  rows.push(`| ${n} | ${cell(baseline)} | ${cell(cold)} (${ratio(cold, baseline)}×) | ${cell(warm)} (${ratio(warm, baseline)}×) | ${cell(addOne)} (${ratio(addOne, cold)}× cold, ${ratio(addOne, warm)}× warm) |`);
  rmSync(work, { recursive: true, force: true });
}
console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
console.log('| N | baseline: Eleventy + Pagefind on Markdown | Dossier full build, cold cache (× baseline) | full build, warm cache (× baseline) | add one article, rebuild |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
