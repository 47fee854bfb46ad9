/** Turn the bytes of an input file into text, recognising binary data and legacy encodings. */

/** Result of decoding: text and the encoding it was read as, or the reason it is not text. */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/**
 * Decode bytes as UTF-8 (with or without BOM), UTF-16 (with BOM), or else Windows-1252.
 *
 * Windows-1252 is a superset of Latin-1's printable range, so it reads both right. Binary input
 * (NUL bytes, or many control characters) is refused.
 *
 * @example
 *   decodeText(Buffer.from('caf\xe9', 'latin1')) // { ok: true, text: 'café', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary data, not text' };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** True when the sample has NUL bytes or more than 2% control characters other than whitespace. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}
