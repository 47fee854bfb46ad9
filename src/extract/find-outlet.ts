/** Find the outlet: a site name in the page's furniture, a masthead, an author bio, a copyright holder, a wire. */
import type { Evidence } from '../types.js';
import type { ClassifiedLine } from './classify-lines.js';
import { parseDateLine } from './parse-date-line.js';
import { INTERFACE_PATTERN, ROLE_NAMES } from './vocabulary.js';

/** Wire services named in datelines, by the abbreviation used there. */
const WIRES: Record<string, string> = {
  AP: 'Associated Press', REUTERS: 'Reuters', AFP: 'AFP', UPI: 'UPI', CNN: 'CNN', DPA: 'dpa', ANSA: 'ANSA', PA: 'PA Media',
  XINHUA: 'Xinhua', TASS: 'TASS', IANS: 'IANS', PTI: 'PTI', BLOOMBERG: 'Bloomberg',
};

const PROPER = String.raw`(\p{Lu}[\p{L}\p{N}/&.'’-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{N}/&.'’-]*)){0,4})`;

/** The outlet and its evidence, or null when the page gives none. */
export function findOutlet(lines: ClassifiedLine[], bodyStart: number, titleLine: number | null, wire: string | null): { outlet: string; evidence: Evidence } | null {
  const found = (outlet: string, source: string, text: string, confidence: number) => ({
    outlet: outlet.trim().replace(/[.,]+$/, ''),
    evidence: { source, text, confidence },
  });
  // A site name in furniture: "Trending on X", "More from X", "Follow X on …".
  for (const line of lines) {
    if (line.cls !== 'bad' && line.cls !== 'short') continue;
    const site = new RegExp(`^(?:trending on|more from|latest from|the best of|follow|subscribe to|sign up for)\\s+${PROPER}(?:\\s+on\\b.*)?$`, 'iu').exec(line.text);
    if (site && !INTERFACE_PATTERN.test(site[1])) return found(site[1], 'site name in the page', line.text, 0.7);
  }
  // A masthead: a short first line that is not navigation, a date or the headline.
  const first = lines[0];
  if (first && first.index !== titleLine && first.index < bodyStart && first.words >= 1 && first.words <= 4 && /^\p{Lu}/u.test(first.text)
      && !INTERFACE_PATTERN.test(first.text) && !parseDateLine(first.text) && !/[⇩⇧↓↑→←|]/.test(first.text) && /\p{Ll}/u.test(first.text)) {
    // "Site. Section" mastheads name the site first.
    return found(first.text.split(/\.\s+/)[0], 'masthead line', first.text, 0.6);
  }
  // A bio: "… is the Europe editor for X".
  for (const line of lines) {
    if (line.reason !== 'author bio') continue;
    const bio = new RegExp(`\\b(?:${ROLE_NAMES})\\b[^.]*?\\b(?:for|at|with)\\s+${PROPER}`, 'iu').exec(line.text);
    if (bio) return found(bio[1].replace(/\s+in\s+.*$/, ''), 'author bio', bio[0], 0.6);
  }
  // A copyright holder.
  for (const line of lines) {
    const copyright = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*)?(?:by\s+)?([^.|©]+?(?:\s(?:Inc|Ltd|LLC|Co|Corp)\.?)?)(?:[.,|]|\s+all rights|\s*$)/i.exec(line.text);
    if (copyright && copyright[1].trim().length >= 2 && /^\p{Lu}/u.test(copyright[1].trim())) {
      return found(copyright[1], 'copyright holder', line.text, 0.5);
    }
  }
  if (wire) {
    const name = WIRES[wire.toUpperCase()];
    if (name) return found(name, 'wire service in the dateline', `(${wire})`, 0.5);
  }
  return null;
}
