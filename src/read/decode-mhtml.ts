/**
 * A saved web archive (MHTML: Chrome's and Edge's "Webpage, Single File", `.mhtml`/`.mht`) → the HTML of its page.
 * The archive is a MIME message, `multipart/related`: the page is its first `text/html` part, in quoted-printable
 * or base64, in the charset its part names; pictures and style sheets are the other parts, which nothing reads.
 */

import type { DecodeResult } from './decode-text.js';

/** Headers of a MIME part, folded lines joined (a header goes on on lines that open with a space or a tab). */
function headersOf(block: string): string {
  return block.replace(/\r?\n[ \t]+/g, ' ');
}

/** A header parameter ("boundary", "charset"), quoted or not. */
function parameter(headers: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(headers)?.slice(1).find((value) => value !== undefined);
}

/** A part's body as bytes (kept in a binary string), by its transfer encoding. */
function bodyBytes(body: string, encoding: string): Buffer {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (/quoted-printable/i.test(encoding)) {
    // Soft line breaks ("=" at a line's end) join lines; "=XX" is a byte.
    const joined = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(joined, 'latin1');
  }
  return Buffer.from(body, 'latin1');
}

/** Decode bytes in a charset a MIME header names; an unknown one is read as UTF-8. */
function decodeIn(bytes: Buffer, charset: string): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder(charset).decode(bytes), encoding: charset.toLowerCase() };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
}

/** The HTML page of a web archive's bytes, as the text of the document (and the charset it was in). */
export function htmlOfMhtml(bytes: Uint8Array): DecodeResult {
  // Latin-1 maps each byte to one character, so the parts' bytes survive until their charset is known.
  const raw = Buffer.from(bytes).toString('latin1');
  const split = /\r?\n\r?\n/.exec(raw);
  if (!split) return { ok: false, reason: 'not a web archive (MHTML): no MIME header' };
  const header = headersOf(raw.slice(0, split.index));
  const boundary = parameter(header, 'boundary');
  if (!/content-type:\s*multipart\/related/i.test(header) || !boundary) return { ok: false, reason: 'not a web archive (MHTML): no multipart/related header with a boundary' };
  for (const part of raw.split(`--${boundary}`).slice(1)) {
    const end = /\r?\n\r?\n/.exec(part);
    if (!end) continue;
    const headers = headersOf(part.slice(0, end.index));
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    // The line breaks before the next boundary belong to it.
    const body = part.slice(end.index + end[0].length).replace(/(?:\r?\n)+$/, '');
    const bytesOfPage = bodyBytes(body, /content-transfer-encoding:\s*([^\s;]+)/i.exec(headers)?.[1] ?? '');
    const { text, encoding } = decodeIn(bytesOfPage, parameter(headers, 'charset') ?? 'utf-8');
    return { ok: true, text, encoding };
  }
  return { ok: false, reason: 'the web archive (MHTML) holds no HTML page' };
}
