import { describe, expect, it } from 'vitest';
import { parseManifest, planRender } from '../../src/render/plan-render.js';

describe('planRender', () => {
  const pages = [{ path: 'a/index.html', data: { title: 'A' } }, { path: 'b/index.html', data: { title: 'B' } }];

  it('should render every page without a previous manifest', () => {
    const plan = planRender(pages, { v: 1 }, null, () => true);
    expect([...plan.render]).toEqual(['a/index.html', 'b/index.html']);
    expect(plan.reuse).toEqual([]);
  });

  it('should reuse only pages whose data, shared settings and file are unchanged', () => {
    const first = planRender(pages, { v: 1 }, null, () => true).manifest;
    const changed = [{ path: 'a/index.html', data: { title: 'A' } }, { path: 'b/index.html', data: { title: 'B2' } }];
    expect(planRender(changed, { v: 1 }, first, () => true)).toMatchObject({ reuse: ['a/index.html'], render: new Set(['b/index.html']) });
    expect(planRender(pages, { v: 2 }, first, () => true).reuse).toEqual([]);
    expect(planRender(pages, { v: 1 }, first, (page) => page !== 'a/index.html').reuse).toEqual(['b/index.html']);
  });

  it('should read back its manifest and refuse anything else', () => {
    const manifest = planRender(pages, {}, null, () => true).manifest;
    expect(parseManifest(JSON.stringify({ note: 'x', ...manifest }))).toMatchObject(manifest);
    expect(parseManifest('This folder is written by Dossier')).toBeNull();
    expect(parseManifest(null)).toBeNull();
  });
});
