import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/read/read-seeds.js';

const STORY = 'Port closes after storm\n\nThe port closed on Monday after the storm broke the sea wall, officials said on Tuesday.\n';

describe('readSeeds', () => {
  it('should read the articles of subfolders too, known by their path, with their sidecars, and leave hidden entries and saved pages\' resource folders out', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-seeds-'));
    mkdirSync(path.join(folder, 'harbour-daily', '2024'), { recursive: true });
    mkdirSync(path.join(folder, '.drafts'));
    writeFileSync(path.join(folder, 'wire.txt'), STORY);
    writeFileSync(path.join(folder, 'harbour-daily', '2024', 'storm.md'), `# ${STORY}`);
    writeFileSync(path.join(folder, 'harbour-daily', '2024', 'storm.md.meta.yaml'), 'outlet: Harbour Daily\n');
    writeFileSync(path.join(folder, '.drafts', 'draft.txt'), STORY);
    writeFileSync(path.join(folder, 'harbour-daily', '.DS_Store'), 'hidden');
    // A page saved complete: the page, and its folder of pictures, scripts and advertisements' frames.
    writeFileSync(path.join(folder, 'Tide floods quay.html'), `<html><head><title>Tide floods quay</title></head><body><article><h1>Tide floods quay</h1><p>${STORY.split('\n\n')[1]}</p></article></body></html>`);
    mkdirSync(path.join(folder, 'Tide floods quay_files'));
    writeFileSync(path.join(folder, 'Tide floods quay_files', 'ad-frame.html'), '<html><body><p>Buy now</p></body></html>');
    const { documents, problems } = await readSeeds(folder);
    expect(documents.map((document) => document.sourceFile)).toEqual(['Tide floods quay.html', 'harbour-daily/2024/storm.md', 'wire.txt']);
    expect(documents[1].overrides.outlet).toBe('Harbour Daily');
    expect(problems).toEqual([]);
  });
});
