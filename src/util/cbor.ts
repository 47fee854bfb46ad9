/**
 * The part of CBOR (RFC 8949) that Pagefind's bundle files use: unsigned and negative integers, byte and text
 * strings, arrays and maps of definite length, false / true / null. Encoding uses the shortest head, as
 * Pagefind's writer does, so decoding and encoding one of its files gives back the same bytes.
 */

/** A decoded CBOR value; a map keeps its pairs in the order they were written. */
export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | { map: [CborValue, CborValue][] };

/** Decode one CBOR value that fills `bytes`. Throws on anything outside the subset above. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (count: number) => {
    if (at + count > bytes.length) throw new Error(`CBOR ends early at byte ${at}`);
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`CBOR length kind ${info} at byte ${at - 1} is not supported`);
    need(size);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    if (!Number.isSafeInteger(value)) throw new Error(`CBOR integer at byte ${at} is too large`);
    at += size;
    return value;
  };
  const item = (): CborValue => {
    need(1);
    const head = bytes[at++];
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Error(`CBOR simple value ${info} at byte ${at - 1} is not supported`);
    }
    const value = argument(info);
    switch (major) {
      case 0: return value;
      case 1: return -1 - value;
      case 2: case 3: {
        need(value);
        const slice = bytes.subarray(at, at + value);
        at += value;
        return major === 2 ? new Uint8Array(slice) : new TextDecoder('utf-8', { fatal: true }).decode(slice);
      }
      case 4: return Array.from({ length: value }, item);
      case 5: return { map: Array.from({ length: value }, () => [item(), item()] as [CborValue, CborValue]) };
      default: throw new Error(`CBOR major type ${major} at byte ${at - 1} is not supported`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR has ${bytes.length - at} bytes after its value`);
  return value;
}

/** Encode a value with the shortest heads. */
export function encodeCbor(value: CborValue): Uint8Array {
  const chunks: Uint8Array[] = [];
  const head = (major: number, argument: number) => {
    if (!Number.isSafeInteger(argument) || argument < 0) throw new Error(`Cannot encode ${argument} in CBOR`);
    if (argument < 24) chunks.push(Uint8Array.of((major << 5) | argument));
    else if (argument < 0x100) chunks.push(Uint8Array.of((major << 5) | 24, argument));
    else if (argument < 0x10000) chunks.push(Uint8Array.of((major << 5) | 25, argument >> 8, argument & 0xff));
    else {
      const wide = argument >= 2 ** 32;
      const bytes = new Uint8Array(wide ? 9 : 5);
      bytes[0] = (major << 5) | (wide ? 27 : 26);
      const view = new DataView(bytes.buffer);
      if (wide) view.setBigUint64(1, BigInt(argument));
      else view.setUint32(1, argument);
      chunks.push(bytes);
    }
  };
  const item = (entry: CborValue): void => {
    if (entry === false || entry === true || entry === null) chunks.push(Uint8Array.of(entry === null ? 0xf6 : entry ? 0xf5 : 0xf4));
    else if (typeof entry === 'number') {
      if (!Number.isInteger(entry)) throw new Error(`Cannot encode ${entry} in CBOR: not an integer`);
      if (entry >= 0) head(0, entry);
      else head(1, -1 - entry);
    } else if (typeof entry === 'string') {
      const bytes = new TextEncoder().encode(entry);
      head(3, bytes.length);
      chunks.push(bytes);
    } else if (entry instanceof Uint8Array) {
      head(2, entry.length);
      chunks.push(entry);
    } else if (Array.isArray(entry)) {
      head(4, entry.length);
      entry.forEach(item);
    } else {
      head(5, entry.map.length);
      for (const [key, mapped] of entry.map) { item(key); item(mapped); }
    }
  };
  item(value);
  return Buffer.concat(chunks);
}
