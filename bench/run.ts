/**
 * `npm run bench`: Dossier at scale against a baseline, measured in the same run on the same machine.
 *
 * For each N (default 1,000 and 4,000 synthetic articles, see generate-articles.ts):
 *   baseline   the same N articles as plain Markdown through bare Eleventy (one trivial layout) + Pagefind
 *   cold       `dossier build` with an empty cache (a first build)
 *   unchanged  `dossier build` again with nothing changed (the seeds are read, the site is left as it is)
 *   add-one    one article added, then `dossier build`
 * Wall time and peak memory of each, and the ratios. Peak memory is the largest sum of resident memory over the
 * process and all its children (Pagefind's indexer is a separate process), sampled every 50 ms from /proc, so
 * the baseline and Dossier are measured the same way. Usage: npm run bench [-- 1000 4000]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from './generate-articles.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync('/proc/self/stat')) throw new Error('The benchmark samples memory from /proc: run it on Linux');

interface Run { seconds: number; peakMb: number }

/** Resident memory (bytes) of process `root` and all its descendants, from /proc. */
function treeResident(root: number): number {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const tree = new Set([root]);
  for (let grown = true; grown;) {
    grown = false;
    for (const [pid, parent] of parentOf) if (tree.has(parent) && !tree.has(pid)) { tree.add(pid); grown = true; }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      bytes += Number(kb ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

/** Run a node script; wall seconds and the peak resident memory of its process tree. */
async function measure(args: string[], cwd: string): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: '1' } });
  let peak = 0;
  const timer = setInterval(() => { peak = Math.max(peak, treeResident(child.pid!)); }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak / 1048576 };
}

// The CLI runs compiled code only while it matches the sources (else the sources through tsx, slower to start):
// compile first, so that the figures are the compiled build's after any edit.
const compiled = spawnSync(process.execPath, [path.join(root, 'scripts/compile.mjs')], { stdio: 'inherit' });
if (compiled.status !== 0) throw new Error('compiling failed: the benchmark would measure the sources through tsx');

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
  const baseline = await measure(['--import', 'tsx', path.join(root, 'bench/baseline.ts'), markdown, path.join(work, 'baseline-site')], root);
  const build = ['--max-old-space-size=4096', path.join(root, 'bin/dossier.js'), 'build', '--seeds', seeds, '--out', path.join(work, 'site'), '--cache', path.join(work, 'cache'), '--curation', path.join(work, 'none.yaml'), '--quiet'];
  console.error(`N = ${n}: cold build…`);
  const cold = await measure(build, work);
  console.error(`N = ${n}: rebuild, nothing changed…`);
  const unchanged = await measure(build, work);
  writeFileSync(path.join(seeds, `${articles[n].name}.txt`), articles[n].text);
  console.error(`N = ${n}: add-one build…`);
  const addOne = await measure(build, work);
  const ratio = (a: Run, b: Run) => (a.seconds / b.seconds).toFixed(2);
  const cell = (run: Run) => `${run.seconds.toFixed(1)} s, ${Math.round(run.peakMb)} MB`;
  rows.push(`| ${n} | ${cell(baseline)} | ${cell(cold)} (${ratio(cold, baseline)}×) | ${cell(unchanged)} (${ratio(unchanged, baseline)}×) | ${cell(addOne)} (${ratio(addOne, cold)}× cold, ${ratio(addOne, baseline)}× baseline) |`);
  rmSync(work, { recursive: true, force: true });
}
console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
console.log('| N | baseline: Eleventy + Pagefind on Markdown | Dossier full build, cold cache (× baseline) | rebuild, nothing changed (× baseline) | add one article, rebuild |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
