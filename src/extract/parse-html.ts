/** HTML text → a DOM document, built by the HTML standard's rules and held in a light DOM. */
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/**
 * Parse a page. parse5 builds the tree as a browser does (implied <html>, <head> and <body>, end tags closed where
 * the standard closes them) and writes it out whole; linkedom holds it as a DOM that Readability and the readers
 * here walk several times faster than jsdom's. linkedom's own parser does not follow the standard's tree rules
 * (a page that opens its <html> inside a conditional comment would have no body).
 */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(serialize(parse(html))).document as unknown as Document;
}
