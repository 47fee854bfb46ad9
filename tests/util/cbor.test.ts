import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../src/util/cbor.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('encodeCbor', () => {
  it('should write the shortest head for each size (RFC 8949 appendix A)', () => {
    expect(hex(encodeCbor(0))).toBe('00');
    expect(hex(encodeCbor(23))).toBe('17');
    expect(hex(encodeCbor(24))).toBe('1818');
    expect(hex(encodeCbor(1000))).toBe('1903e8');
    expect(hex(encodeCbor(1000000))).toBe('1a000f4240');
    expect(hex(encodeCbor(1000000000000))).toBe('1b000000e8d4a51000');
    expect(hex(encodeCbor(-1000))).toBe('3903e7');
    expect(hex(encodeCbor('IETF'))).toBe('6449455446');
    expect(hex(encodeCbor('\u00fc'))).toBe('62c3bc');
    expect(hex(encodeCbor([1, [2, 3], [4, 5]]))).toBe('8301820203820405');
    expect(hex(encodeCbor({ map: [['a', 1], ['b', [2, 3]]] }))).toBe('a26161016162820203');
    expect(hex(encodeCbor([false, true, null]))).toBe('83f4f5f6');
    expect(hex(encodeCbor(Uint8Array.of(1, 2, 3, 4)))).toBe('4401020304');
  });

  it('should refuse what it cannot write', () => {
    expect(() => encodeCbor(1.5)).toThrow(/not an integer/);
  });
});

describe('decodeCbor', () => {
  it('should read back what was written, byte for byte', () => {
    const values: CborValue[] = [0, 24, 65535, 65536, 2 ** 40, -1, -500, '', 'Kharkiv – Харків', Uint8Array.of(0, 255),
      ['outlet', [['RFE/RL', [0]], ['Outlet unknown', [2, 3]]]], { map: [['a', [true, null]]] }];
    for (const value of values) {
      const bytes = encodeCbor(value);
      expect(decodeCbor(bytes)).toEqual(value);
      expect(hex(encodeCbor(decodeCbor(bytes)))).toBe(hex(bytes));
    }
  });

  it('should refuse truncated input, trailing bytes and kinds outside its subset', () => {
    expect(() => decodeCbor(Uint8Array.of(0x83, 0x01))).toThrow(/ends early/);
    expect(() => decodeCbor(Uint8Array.of(0x01, 0x02))).toThrow(/after its value/);
    expect(() => decodeCbor(Uint8Array.of(0x9f, 0x01, 0xff))).toThrow(/not supported/);
    expect(() => decodeCbor(Uint8Array.of(0xfb, 0, 0, 0, 0, 0, 0, 0, 0))).toThrow(/not supported/);
    expect(() => decodeCbor(Uint8Array.of(0xc1, 0x00))).toThrow(/not supported/);
  });
});
