import { describe, expect, it } from 'vitest';
import { discoverCandidates } from '../../src/entities/discover-candidates.js';

const names = (text: string) => discoverCandidates('a', [text]).map((candidate) => [candidate.name, candidate.votes]);

describe('discoverCandidates', () => {
  it('should find a titled name followed by the day it acted on, as news writes it', () => {
    expect(names('Russian President Vladimir Putin on Friday denounced a drone strike on a college dormitory.')).toContainEqual(['Vladimir Putin', { person: 5 }]);
    expect(names('President Joe Biden on Thursday said the aid would go ahead.').map(([name]) => name)).toEqual(['Joe Biden']);
    // Without a title, as before.
    expect(names('Joe Biden on Thursday said the aid would go ahead.').map(([name]) => name)).toEqual(['Joe Biden']);
  });

  it('should type a weapon or machine named before its kind as a thing, model codes included, and no quarter', () => {
    const typed = (text: string) => Object.fromEntries(names(text));
    expect(typed('Britain supplied Storm Shadow missiles and Russia fired Kinzhal hypersonic missiles.')).toMatchObject({ 'Storm Shadow': { thing: 3 }, Kinzhal: { thing: 3 } });
    expect(typed('The U.S. sent Patriot air defense systems, and Denmark sent F-16 fighter jets and Leopard 2 tanks.')).toMatchObject({ Patriot: { thing: 3 }, 'F-16': { thing: 6 }, Leopard: { thing: 3 } });
    // Fighters are people too: a body's fighters make no weapon of it.
    expect(typed('Ambulances reached Gaza as Hamas fighters withdrew.').Hamas).toEqual({ organization: 2 });
    // A country before a weapon's kind stays a country: its own evidence outweighs.
    expect(typed('Israel fired missiles at Gaza.').Israel).toEqual({ place: 5 });
    expect(names('Revenue rose in Q1 and H2 and FY2024.').map(([name]) => name)).toEqual(['Revenue']);
    // A plural is the name; a number opening the sentence is none of it.
    expect(names('Two F-16s were lost over the Black Sea.').map(([name]) => name)).toEqual(['F-16', 'Black Sea']);
  });

  it('should take an occupation before a name for a person\'s, not for part of the name', () => {
    expect(names('Author Nuhaa Bardien, from Brooklyn, said she started reading early.')).toContainEqual(['Nuhaa Bardien', { person: 5 }]);
    expect(names('The romance novelist Jo Watson spoke first.')).toContainEqual(['Jo Watson', { person: 2 }]);
    expect(names('Spurs boss Ange Postecoglou was upbeat.')).toContainEqual(['Ange Postecoglou', { person: 2 }]);
  });

  it('should take a region named by a demonym or a compass point and a place whole, as a place', () => {
    const found = names('Trade with Latin America grew, and Eastern Europe and the West Bank.');
    for (const region of ['Latin America', 'Eastern Europe', 'West Bank']) expect(found).toContainEqual([region, { place: 5 }]);
    expect(found.map(([name]) => name)).not.toContain('America');
  });

  it('should take a name with an age after it for a person\'s, and no number else', () => {
    expect(names('Sinwar, 61, has led the group since 2017.')).toContainEqual(['Sinwar', { person: 3 }]);
    expect(names('Svitlana Onofryichuk (43) fled the city in March.')).toContainEqual(['Svitlana Onofryichuk', { person: 3 }]);
    expect(names('Troops left Bakhmut, 2023, in ruins.')).not.toContainEqual(['Bakhmut', { person: 3 }]);
  });

  it('should take "to" before a name for a place, not when the name is addressed or quoted as a source', () => {
    expect(names('Troops moved to Kyiv on Monday.')).toContainEqual(['Kyiv', { place: 1 }]);
    expect(names('The company explained to TechCrunch that the plan changed.')).toEqual([['TechCrunch', {}]]);
    expect(names('The figures, according to Reuters, were higher.')).toEqual([['Reuters', {}]]);
    // A word numbered after it is a label, no place.
    expect(names('Drivers in Local 90 were angry, and crews waited in Terminal 5.')).toEqual([['Drivers', {}], ['Local', {}], ['Terminal', {}]]);
    // A body's word on its own is no place for being "in" it.
    expect(names('The bill passed in Congress on Monday.')).toEqual([['Congress', {}]]);
    // Nor an owner: "in Trump's second term" places nothing in Trump.
    expect(names('It happened in Trump’s second term.')).toEqual([['Trump', {}]]);
  });

  it('should keep a body named with "on" and a title word whole ("Council on Foreign Relations")', () => {
    expect(names('Officials said the Council on Foreign Relations would meet.')).toContainEqual(['Council on Foreign Relations', { organization: 3 }]);
  });

  it('should keep a name headed by its type word and a connector whole, and a person after it apart', () => {
    const only = (text: string) => names(text).map(([name]) => name);
    expect(names('Debris could fall into the Strait of Hormuz, a busy waterway.')).toContainEqual(['Strait of Hormuz', { place: 3 }]);
    expect(only('An assessment by the Office for Budget Responsibility was published.')).toEqual(['Office for Budget Responsibility']);
    expect(only('Troops left the Democratic Republic of the Congo in May.')).toContain('Democratic Republic of the Congo');
    expect(only('Officials at the Ministry of Defence said so.')).toEqual(['Ministry of Defence']);
    expect(only('The remarks of Bank of England Governor Andrew Bailey were noted.')).toEqual(['Bank of England', 'Andrew Bailey']);
    // A title before the connector is a person's office, as before.
    expect(only('He met U.S. Secretary of State Antony Blinken on Friday.')).toContain('Antony Blinken');
  });

  it('should type the names of laws and treaties as things, not as people after an office-like word', () => {
    expect(names('The National Labor Relations Act applies to these workers.')).toEqual([['National Labor Relations Act', { thing: 3 }]]);
    expect(names('The Treaty of Rome was signed in 1957.')).toContainEqual(['Treaty of Rome', { thing: 3 }]);
    // The word alone is a common noun: no evidence of a name.
    expect(names('The Bill will be debated next week.')).toContainEqual(['Bill', {}]);
  });

  it('should take the wire credit of a dateline for a news agency', () => {
    expect(names('KATHMANDU, April 25 (Reuters) - The authority disputed a report.')).toContainEqual(['Reuters', { organization: 3 }]);
    expect(names('BEIRUT/THE HAGUE, March 7 (Reuters) - A reporter was killed.')).toContainEqual(['Reuters', { organization: 3 }]);
    expect(names('The court has no such powers, according to a Reuters report.')).toEqual([['Reuters', {}]]);
  });

  it('should read a person of a body, a body before an office, and an office before a person as separate names', () => {
    const only = (text: string) => names(text).map(([name]) => name);
    expect(names('David Watt of Rosenberg Research & Associates Inc. told clients.')).toEqual([
      ['David Watt', { person: 2 }], ['Rosenberg Research', { organization: 3 }], ['Associates Inc.', { organization: 3, person: 1 }],
    ]);
    expect(only('The Federal Reserve Bank of New York raised rates.')).toEqual(['Federal Reserve Bank of New York']);
    expect(only('Deputy Chairman of the Russian Security Council Dmitry Medvedev wrote.')).toEqual(['Dmitry Medvedev']);
    expect(only('Prime Minister of Canada Justin Trudeau spoke.')).toEqual(['Justin Trudeau']);
    // The one word after an office's "of" is its field, not its holder.
    expect(names('The Minister of Information did not respond.')).toEqual([['Information', {}]]);
    expect(names('Secretary of State Blinken said so.')).toEqual([['Blinken', { person: 5 }]]);
  });

  it('should take no initialism of a common noun or role for a name', () => {
    expect(names('GDP grew as AI firms hired, MPs said, and the CEO agreed.')).toEqual([]);
    expect(names('NATO and the IMF met.').map(([name]) => name)).toEqual(['NATO', 'IMF']);
  });

  it('should keep a country named in several words whole, though it opens with a demonym', () => {
    expect(names('He lives in Jeddah, Saudi Arabia, with his family.')).toContainEqual(['Saudi Arabia', { place: 5 }]);
    expect(names('Saudi officials met Russian envoys.').map(([name]) => name)).not.toContain('Saudi');
    // Though its last word names bodies elsewhere ("European Union"), a state is a place.
    expect(names('Neither was ever part of the Soviet Union, which fell in 1991.')).toContainEqual(['Soviet Union', { place: 5 }]);
  });

  it('should type a region named by its compass point or landform as a place, not a surname that is one', () => {
    expect(names('Tensions are escalating in the Middle East, officials said.')).toContainEqual(['Middle East', { place: 3 }]);
    expect(names('Troops left the Gaza Strip and the Golan Heights.')).toEqual([['Troops', {}], ['Gaza Strip', { place: 3 }], ['Golan Heights', { place: 3 }]]);
    expect(names('Kanye West said the tour would go ahead.')).toEqual([['Kanye West', { person: 1 }]]);
    expect(names('Storms hit the Midwest and the Northeast.')).toEqual([['Storms', {}], ['Midwest', { place: 3 }], ['Northeast', { place: 3 }]]);
  });

  it('should type an event by its word, a number after it included', () => {
    expect(names('He fought in World War II and watched the Super Bowl.')).toEqual([['World War II', { event: 3, place: 1 }], ['Super Bowl', { event: 3 }]]);
  });

  it('should take a unit named after someone for a unit after a number, and for a name elsewhere', () => {
    expect(names('Rated at 55 degrees Fahrenheit (13 Celsius), the bag drew 1,000 Watts.')).toEqual([['Rated', {}]]);
    expect(names('Riots broke out in Watts in 1965.')).toContainEqual(['Watts', { place: 1 }]);
  });

  it('should type a body named in apposition or by its people, and take no addressee for a destination', () => {
    expect(names('The militant group Hamas said the talks were over.')).toEqual([['Hamas', { organization: 2 }]]);
    expect(names('The company said OpenAI CEO Sam Altman spoke.')).toContainEqual(['OpenAI', { organization: 2 }]);
    expect(names('Ambulances reached Gaza as Hamas fighters withdrew.')).toContainEqual(['Hamas', { organization: 2 }]);
    // A team named before a player's role and name, though it be named for a place; a role without a name after it
    // says nothing of the name before it.
    expect(names('She is the partner of Manchester City midfielder Phil Foden.')).toContainEqual(['Manchester City', { organization: 4, place: 3 }]);
    expect(names('Spurs boss Ange Postecoglou was upbeat.')).toContainEqual(['Spurs', { organization: 4 }]);
    expect(names('The plan moves Tottenham forward in time.')).toContainEqual(['Tottenham', {}]);
    expect(names('Read the Tottenham player ratings.')).toContainEqual(['Tottenham', {}]);
    // A broadcaster named "Voice of …" is one name, not a voice and a country.
    expect(names('She told Voice of America that the vote was fair.')).toEqual([['Voice of America', { organization: 3 }]]);
    expect(names('Salazar said in a statement issued to TechCrunch.')).toContainEqual(['TechCrunch', {}]);
    expect(names('He led the armed wing of Hamas.')).toEqual([['Hamas', { organization: 2 }]]);
    // "to" governs the role after the name, not the name.
    expect(names('Yahya Sinwar was promoted to Hamas political chief.')).toContainEqual(['Hamas', {}]);
    // A place after "to" stays one.
    expect(names('The convoy drove to Kharkiv.')).toEqual([['Kharkiv', { place: 1 }]]);
    expect(names('Storms threatened communities throughout Gauteng.')).toEqual([['Storms', {}], ['Gauteng', { place: 1 }]]);
    // A capital "The" inside a sentence opens the name, and leaves the preposition before it its say; at the
    // sentence's start it is the article.
    expect(names('Judges met in The Hague on Monday.')).toContainEqual(['The Hague', { place: 1 }]);
    expect(names('She told The Namibian last month that talks would resume.').map(([name]) => name)).toEqual(['The Namibian']);
    expect(names('The Hague is a city by the sea.').map(([name]) => name)).toEqual(['Hague']);
  });

  it('should keep a name whole across its particles, and a community of states as one body', () => {
    expect(names('Passengers came from Dar es Salaam and Rio de Janeiro.').map(([name]) => name)).toEqual(['Passengers', 'Dar es Salaam', 'Rio de Janeiro']);
    expect(names('Osama bin Laden was killed.').map(([name]) => name)).toEqual(['Osama bin Laden']);
    // An office's connector still splits: the office is no part of the name.
    expect(names('Secretary of State Antony Blinken said so.').map(([name]) => name)).toEqual(['Antony Blinken']);
    expect(names('It matters for the Southern African Development Community region.')).toContainEqual(['Southern African Development Community', { organization: 3, place: 2 }]);
  });

  it('should keep a surname that is a title word before a generation, and take a generation alone for no one', () => {
    expect(names('The event had Martin Luther King Jr. as the keynote speaker.').map(([name]) => name)).toEqual(['Martin Luther King Jr.']);
    expect(names('It was Donald Trump Jr. who wrote on X.').map(([name]) => name)).toEqual(['Donald Trump Jr.']);
    expect(names('King Jr. spoke first.').map(([name]) => name)).toEqual([]);
    // A title before a name with its generation still opens it.
    expect(names('Britain’s King Charles III spoke.')).toContainEqual(['Charles III', { person: 5 }]);
  });
});
