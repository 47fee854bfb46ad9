/**
 * Synthetic but realistic articles for the benchmark: browser-copied text with furniture (navigation,
 * captions, "Read also" lists, copyright lines), long varied bodies, a recurring cast of people, places,
 * organisations and weapon systems, and dated events. Deterministic for a given seed.
 */

/** One generated article: the browser-text file and the same article as plain Markdown. */
export interface SyntheticArticle {
  name: string;
  text: string;
  markdown: string;
}

/** A small deterministic PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Marek', 'Sofia', 'Daniel', 'Elena', 'Tomas', 'Irina', 'Jonas', 'Leila', 'Pavel', 'Grace', 'Oskar', 'Nadia', 'Victor', 'Helena', 'Rafael', 'Mira', 'Stefan', 'Olga', 'Henrik', 'Amara', 'Lukas', 'Zofia', 'Andrei', 'Maren', 'Kenji', 'Ruth', 'Emil', 'Dalia', 'Felix'];
const LAST = ['Kowalczyk', 'Hartmann', 'Lindqvist', 'Moreau', 'Petrenko', 'Oyelaran', 'Castellano', 'Novak', 'Brandt', 'Sorensen', 'Vasquez', 'Kaminski', 'Halvorsen', 'Dubois', 'Marchetti', 'Okafor', 'Jankowski', 'Tanaka', 'Eriksen', 'Romanov', 'Fairbanks', 'Mendoza', 'Abernathy', 'Kuznetsov', 'Lindgren', 'Whitaker', 'Benedetti', 'Szabo', 'Valdez', 'Ashworth'];
const ROLES = ['Foreign Minister', 'Defence Minister', 'President', 'Prime Minister', 'Secretary of State', 'General', 'Ambassador', 'spokesperson', 'Chancellor', 'Interior Minister'];
const PLACES = ['Valdmoor', 'Kessaria', 'Ostrava Bay', 'Northgate', 'Pelland', 'Marovia', 'Durnholm', 'Lisker', 'Sarnovo', 'Brevik Pass', 'Calderon', 'Tessaly', 'Vorkuta Ridge', 'Amberley', 'Rhenport', 'Galicz', 'Holmfirth', 'Zaporin', 'Merrow', 'Eastmarch', 'Kalvan', 'Teodora', 'Skarholm', 'Belgrave', 'Dunmore', 'Vitrany', 'Lowenburg', 'Carrick', 'Solvang', 'Irkhan'];
const ORGS = ['Northern Alliance', 'United Nations', 'European Council', 'Atlantic Treaty Organization', 'International Red Cross', 'World Bank', 'Security Council', 'Kessarian Army', 'Marovian Navy', 'Ministry of Defence', 'State Department', 'Pentagon', 'Defence Intelligence Agency', 'Parliament of Pelland', 'Central Election Commission', 'Human Rights Watch', 'Amnesty International', 'International Monetary Fund', 'Group of Seven', 'Energy Ministry'];
const THINGS = ['HIMARS', 'ATACMS', 'Patriot', 'Leopard 2', 'Storm Shadow', 'Bayraktar', 'IRIS-T', 'NASAMS', 'Gepard', 'Stinger', 'Javelin', 'Abrams', 'Taurus', 'Caesar', 'Iskander'];
const OUTLETS = ['The Daily Courier', 'Evening Standard Post', 'Global Wire', 'Northern Herald', 'Metro Ledger', 'The Continental', 'Radio Pelland', 'Marovia Times', 'The Observer Weekly', 'Capital Dispatch', 'Harbour News', 'The Sentinel', 'Union Tribune', 'Valley Gazette', 'World Report Today', 'The Chronicle', 'Frontline Journal', 'Coastal Times', 'The Atlas Review', 'Independent Press'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const VERBS = ['said', 'told reporters', 'announced', 'warned', 'confirmed', 'insisted', 'argued', 'acknowledged'];
const CLAUSES = [
  'the government would not change its position until the talks resumed',
  'supplies of ammunition had fallen well short of what had been promised',
  'the new package would arrive within weeks rather than months',
  'the decision had been discussed with allies over several days',
  'there was no evidence that the ceasefire was being respected along the front',
  'civilians in the region had been told to prepare for further evacuations',
  'the sanctions were beginning to bite and would be extended',
  'negotiators had made progress on the exchange of prisoners',
  'the strikes had damaged power stations and rail lines across the area',
  'the alliance would meet again to review its commitments',
  'funding for reconstruction would depend on reforms in the courts',
  'the border crossings would remain closed for the time being',
];
const OPENERS = [
  'In a statement released late in the evening,', 'Speaking at a press conference,', 'According to officials familiar with the matter,',
  'Earlier in the week,', 'In an interview broadcast nationally,', 'At a briefing attended by diplomats,', 'Later that day,', 'Meanwhile,',
];
const FILLERS = [
  'Analysts cautioned that the situation remained fluid and that much would depend on the weather in the coming weeks.',
  'The announcement was met with scepticism by opposition lawmakers, who demanded a full accounting of the costs.',
  'Residents described long queues at fuel stations and shops that had run out of bread by midday.',
  'Diplomats said the language of the final communique had been softened after hours of negotiation.',
  'The figures could not be independently verified, and both sides have accused each other of exaggerating losses.',
  'Markets reacted calmly, with the currency little changed by the close of trading.',
  'Aid agencies warned that the coming winter would test the resilience of the power grid and of the population.',
  'Officials declined to say how many systems had been delivered so far or where they had been deployed.',
];

/** Generate `count` articles (deterministic for `seed`). Names are `bench-00001.txt` and so on. */
export function generateArticles(count: number, seed = 1): SyntheticArticle[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  // A recurring cast: 120 people, each with a fixed role, some far more prominent than others.
  const people = Array.from({ length: 120 }, (_, i) => ({ first: FIRST[i % FIRST.length], last: LAST[(i * 7 + Math.floor(i / 30)) % LAST.length], role: ROLES[i % ROLES.length] }));
  const prominent = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2.2)];
  // The story's own calendar: one reported event every few days over three years, which articles published
  // after it refer back to, so reports of one event come from many outlets (as in a real story archive).
  const start = Date.UTC(2022, 0, 1);
  const calendar = Array.from({ length: 300 }, (_, i) => ({ time: start + i * 3.6 * 86400000, clause: pick(CLAUSES), org: pick(ORGS), place: prominent(PLACES) }));
  const articles: SyntheticArticle[] = [];
  for (let n = 0; n < count; n++) {
    const outlet = pick(OUTLETS);
    const published = new Date(start + Math.floor(random() * 1090) * 86400000);
    const year = published.getUTCFullYear();
    const month = published.getUTCMonth();
    const day = published.getUTCDate();
    const past = calendar.filter((event) => event.time < published.getTime()).slice(-12);
    const weekday = WEEKDAYS[published.getUTCDay()];
    const lead = prominent(people);
    const place = prominent(PLACES);
    const thing = prominent(THINGS);
    const title = `${lead.last} ${pick(['says', 'warns', 'confirms', 'rejects', 'backs'])} ${pick(['new', 'fresh', 'delayed', 'expanded', 'limited'])} ${thing} ${pick(['deliveries', 'deployment', 'package', 'strikes', 'plan'])} for ${place} (${n + 1})`;
    const author = `${pick(FIRST)} ${pick(LAST)}`;
    const paragraphs: string[] = [];
    paragraphs.push(`${place.toUpperCase()} -- ${lead.role} ${lead.first} ${lead.last} ${pick(VERBS)} on ${weekday} that ${pick(CLAUSES)}, as ${pick(ORGS)} officials met in ${prominent(PLACES)} to discuss ${thing} deliveries.`);
    const length = 10 + Math.floor(random() * 14);
    for (let p = 0; p < length; p++) {
      const sentences: string[] = [];
      const sentenceCount = 2 + Math.floor(random() * 4);
      for (let s = 0; s < sentenceCount; s++) {
        const person = prominent(people);
        const roll = random();
        if (roll < 0.3) sentences.push(`${pick(OPENERS)} ${person.last} ${pick(VERBS)} that ${pick(CLAUSES)}.`);
        else if (roll < 0.4 && past.length) {
          const event = new Date(pick(past).time);
          const known = calendar.find((item) => item.time === event.getTime())!;
          sentences.push(`On ${MONTHS[event.getUTCMonth()]} ${event.getUTCDate()}, the ${known.org} ${pick(VERBS)} that ${known.clause} in ${known.place}.`);
        }
        else if (roll < 0.6) sentences.push(`"We have been clear that ${pick(CLAUSES)}," ${person.first} ${person.last}, the ${person.role.toLowerCase()}, ${pick(VERBS)}.`);
        else if (roll < 0.65) sentences.push(`Deliveries of ${prominent(THINGS)} systems to ${prominent(PLACES)} began in ${pick(['early', 'mid', 'late'])} ${MONTHS[Math.floor(random() * 12)]} ${year - Math.floor(random() * 2)}, officials said.`);
        else sentences.push(pick(FILLERS));
      }
      paragraphs.push(sentences.join(' '));
    }
    const caption = `${lead.role} ${lead.first} ${lead.last} in ${place} (file photo)`;
    const furniture = {
      top: ['Skip to main content', `${outlet}`, 'Home | World | Politics | Business | Opinion | Video', 'Breaking News', ''],
      after: ['', 'Read also:', ...Array.from({ length: 4 }, () => `${pick(LAST)} ${pick(['visits', 'meets', 'criticises'])} ${pick(PLACES)} ${pick(['leaders', 'officials', 'delegation'])}`), '', `© ${year} ${outlet}. All rights reserved.`, 'Privacy Policy | Terms of Use | Contact Us'],
    };
    const dateLine = `${MONTHS[month]} ${day}, ${year}`;
    const bodyText = paragraphs.map((paragraph, index) => (index === 3 ? `${caption}\n${caption}\n\n${paragraph}` : paragraph)).join('\n\n');
    const text = [...furniture.top, title, '', `By ${author}`, dateLine, '', bodyText, ...furniture.after, ''].join('\n');
    const iso = published.toISOString().slice(0, 10);
    const markdown = `---\ntitle: ${JSON.stringify(title)}\ndate: ${iso}\n---\n\n${paragraphs.join('\n\n')}\n`;
    articles.push({ name: `bench-${String(n + 1).padStart(5, '0')}`, text, markdown });
  }
  return articles;
}
