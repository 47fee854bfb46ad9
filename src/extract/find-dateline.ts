/** Find the dateline that opens a wire-style lead ("PRAGUE --", "WASHINGTON (AP) —"). */

import { PAGE_LABEL } from './vocabulary.js';

/** Words of a label set before a lead, not a place. */
const LEAD_LABEL = /^(?:WARNING|UPDATE|UPDATED|CORRECTION|CLARIFICATION|EDITOR'?S NOTE|GRAPHIC|PICTURED|WATCH|READ|FACT CHECK)\b/i;

/** A dateline: the place, and the agency named beside it if any. */
export interface Dateline {
  place: string;
  agency: string | null;
}

const DATELINE = /^((?:[\p{Lu}][\p{Lu}'’.-]+)(?:[ ,]+(?:[\p{Lu}][\p{Lu}'’.-]+|[\p{Lu}][\p{Ll}]+\.?)){0,3})(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?\s*(?:\(([^)]{1,40})\))?\s*(?:--|—|–|-|:)\s+/u;

/** The dateline at the start of the lead paragraph, or null. */
export function findDateline(lead: string): Dateline | null {
  const match = DATELINE.exec(lead);
  if (!match) return null;
  const place = match[1].replace(/[ ,]+$/, '');
  // A dateline's place is in capitals; a capitalised sentence opening ("US-made jets -") is not one.
  if (!/^[\p{Lu}'’. ,-]+(?:,\s*[\p{Lu}][\p{L}.]+)?$/u.test(place.split(',')[0]) || place.length < 3) return null;
  // Nor is a label set before a lead ("WARNING GRAPHIC DETAIL:", "UPDATE:", "EXCLUSIVE:").
  if (PAGE_LABEL.test(place.split(/\s+/)[0]) || LEAD_LABEL.test(place)) return null;
  return { place, agency: match[2] ?? null };
}
