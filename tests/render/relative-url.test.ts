import { describe, expect, it } from 'vitest';
import { relativeUrl } from '../../src/render/relative-url.js';

describe('relativeUrl', () => {
  it('should make site paths relative to the page, so the site works under any sub-path', () => {
    expect(relativeUrl('/', 'timeline/')).toBe('timeline/');
    expect(relativeUrl('/', '')).toBe('./');
    expect(relativeUrl('/articles/x/', 'entities/y/')).toBe('../../entities/y/');
    expect(relativeUrl('/entities/', '')).toBe('../');
    expect(relativeUrl('/404.html', 'assets/style.css')).toBe('assets/style.css');
  });

  it('should leave absolute URLs and fragments alone', () => {
    expect(relativeUrl('/a/', 'https://example.org/')).toBe('https://example.org/');
    expect(relativeUrl('/a/', '#p-1')).toBe('#p-1');
  });
});
