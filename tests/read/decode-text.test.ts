import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode-text.js';

describe('decodeText', () => {
  it('should read UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(Buffer.from('Kyiv – Київ'))).toEqual({ ok: true, text: 'Kyiv – Київ', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('\ufeffPrague', 'utf8'))).toMatchObject({ ok: true, text: 'Prague' });
  });

  it('should read Latin-1 and Windows-1252 text without mangling it', () => {
    const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]); // Café “q”
    expect(decodeText(latin1)).toEqual({ ok: true, text: 'Café “q”', encoding: 'windows-1252' });
  });

  it('should read UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('NATO', 'utf16le')]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: 'NATO', encoding: 'utf-16le' });
  });

  it('should refuse binary data', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ ok: false, reason: 'binary data, not text' });
  });
});
