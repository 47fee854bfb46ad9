import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/read/read-seeds.js';

const STORY = 'Port closes after storm\n\nThe port closed on Monday after the storm broke the sea wall, officials said on Tuesday.\n';

describe('readSeeds', () => {
  it('should read the articles of subfolders too, known by their path, with their sidecars, and leave hidden entries out', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-seeds-'));
    mkdirSync(path.join(folder, 'harbour-daily', '2024'), { recursive: true });
    mkdirSync(path.join(folder, '.drafts'));
    writeFileSync(path.join(folder, 'wire.txt'), STORY);
    writeFileSync(path.join(folder, 'harbour-daily', '2024', 'storm.md'), `# ${STORY}`);
    writeFileSync(path.join(folder, 'harbour-daily', '2024', 'storm.md.meta.yaml'), 'outlet: Harbour Daily\n');
    writeFileSync(path.join(folder, '.drafts', 'draft.txt'), STORY);
    writeFileSync(path.join(folder, 'harbour-daily', '.DS_Store'), 'hidden');
    const { documents, problems } = await readSeeds(folder);
    expect(documents.map((document) => document.sourceFile)).toEqual(['harbour-daily/2024/storm.md', 'wire.txt']);
    expect(documents[0].overrides.outlet).toBe('Harbour Daily');
    expect(problems).toEqual([]);
  });
});
