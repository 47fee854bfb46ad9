/**
 * The benchmark's baseline: the same articles as plain Markdown through bare Eleventy (one trivial layout)
 * plus Pagefind over the output. Usage: node --import tsx bench/baseline.ts <markdown-dir> <out-dir>
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import * as pagefind from 'pagefind';

const [input, output] = process.argv.slice(2).map((value) => path.resolve(value));
if (!input || !output) throw new Error('Usage: baseline.ts <markdown-dir> <out-dir>');
rmSync(output, { recursive: true, force: true });
mkdirSync(path.join(input, '_includes'), { recursive: true });
writeFileSync(path.join(input, '_includes', 'page.njk'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main data-pagefind-body><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n');
const eleventy = new Eleventy(input, output, {
  quietMode: true,
  configPath: false,
  config(config: any) {
    config.addGlobalData('layout', 'page.njk');
  },
});
await eleventy.write();
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error('Pagefind could not start');
const added = await index.addDirectory({ path: output });
if (added.errors.length || added.page_count === 0) throw new Error(`Pagefind indexed nothing: ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: path.join(output, 'pagefind') });
await pagefind.close();
