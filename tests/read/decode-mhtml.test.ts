import { describe, expect, it } from 'vitest';
import { htmlOfMhtml } from '../../src/read/decode-mhtml.js';
import { parseDocument } from '../../src/read/parse-document.js';
import { extractArticle } from '../../src/extract/extract-article.js';

const PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour wall gives way – The Harbour Daily</title></head><body><article><h1>Harbour wall gives way</h1>'
  + '<p>The storm pushed the sea over the harbour wall on Friday night, flooding the streets of the old town and forcing dozens of families from their homes.</p>'
  + '<p>Rescue crews worked through the night to reach people trapped on upper floors, the council’s spokesman said in a statement on Saturday morning.</p>'
  + '<p>The council said the repairs to the harbour wall would take months and cost more than the town had set aside for the whole year.</p></article></body></html>';

/** Quoted-printable, as Chrome writes it: "=XX" for bytes past ASCII and for "=", soft breaks within 76 columns. */
function quotedPrintable(text: string): string {
  const encoded = [...Buffer.from(text, 'utf8')].map((byte) => (byte === 0x3d || byte > 0x7e ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte))).join('');
  return encoded.match(/.{1,72}(?:=[0-9A-F]{2})?/g)!.join('=\r\n');
}

/** A web archive as Chrome saves one: the page, then a picture. */
function archive(part: string, encoding = 'quoted-printable', charset = 'utf-8'): Buffer {
  const boundary = '----MultipartBoundary--abc123----';
  return Buffer.from([
    'From: <Saved by Blink>', 'Snapshot-Content-Location: https://harbour.example/news/wall', 'Subject: Harbour wall gives way', 'Date: Fri, 3 Mar 2023 10:00:00 -0000',
    'MIME-Version: 1.0', `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`, '', '',
    `--${boundary}`, `Content-Type: text/html; charset=${charset}`, 'Content-ID: <frame-1@mhtml.blink>', `Content-Transfer-Encoding: ${encoding}`,
    'Content-Location: https://harbour.example/news/wall', '', part, '',
    `--${boundary}`, 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: https://harbour.example/wall.png', '', 'iVBORw0KGgo=', '',
    `--${boundary}--`, '',
  ].join('\r\n'), 'latin1');
}

describe('htmlOfMhtml', () => {
  it('should read the page of a web archive, quoted-printable or base64, in the charset its part names', () => {
    expect(htmlOfMhtml(archive(quotedPrintable(PAGE)))).toEqual({ ok: true, text: PAGE, encoding: 'utf-8' });
    expect(htmlOfMhtml(archive(Buffer.from(PAGE, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n'), 'base64'))).toEqual({ ok: true, text: PAGE, encoding: 'utf-8' });
    const latin = Buffer.from('<p>Caf\u00e9 owners said the wall was older than the town\u2019s records.</p>'.replace('\u2019', "'"), 'latin1');
    expect(htmlOfMhtml(archive(latin.toString('latin1'), '8bit', 'iso-8859-1'))).toMatchObject({ ok: true, text: "<p>Café owners said the wall was older than the town's records.</p>" });
  });

  it('should say what is wrong with a file that is no web archive, or holds no page', () => {
    expect(htmlOfMhtml(Buffer.from('Just some text\n\nwith paragraphs.'))).toMatchObject({ ok: false, reason: expect.stringMatching(/not a web archive/) });
    const noPage = Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n', 'latin1');
    expect(htmlOfMhtml(noPage)).toMatchObject({ ok: false, reason: expect.stringMatching(/holds no HTML page/) });
  });

  it('should build an article from a page saved as a single file (.mhtml), and name the file that is not one', () => {
    const { document } = parseDocument('Harbour wall.mhtml', archive(quotedPrintable(PAGE)));
    expect(document?.kind).toBe('html');
    const article = extractArticle(document!).article!;
    expect(article.title).toBe('Harbour wall gives way');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[1]).toContain('the council’s spokesman');
    const broken = parseDocument('notes.mhtml', Buffer.from('not an archive at all'));
    expect(broken.document).toBeNull();
    expect(broken.problems[0]).toMatchObject({ file: 'notes.mhtml', severity: 'error', message: expect.stringMatching(/not a web archive/) });
  });
});
