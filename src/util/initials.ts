/** The initials a name's acronym is made of. */

/**
 * Initials of a name of several words, an opening "The" left out: of its capitalised words ("Radio Liberty" → "RL",
 * "The Associated Press" → "AP"), or with `connectors` of every word ("Voice of America" → "VOA").
 */
export function initials(name: string, connectors = false): string {
  return name.trim().replace(/^the\s+/i, '').split(/[\s/-]+/)
    .filter((word) => (connectors ? /^\p{L}/u : /^\p{Lu}/u).test(word))
    .map((word) => word[0].toUpperCase()).join('');
}
