/**
 * General vocabulary for reading names in English news prose: titles, demonyms, calendar words, and the
 * words that hint at a type. Nothing here names a story, an outlet or a file.
 */

const words = (text: string) => new Set(text.trim().split(/\s+/));

/** Titles and roles that stand before a person's name and are not part of it. */
export const PERSON_TITLES = words(`
  President Vice Prime Minister Secretary Secretary-General Deputy Chairman Chairwoman Chair Chancellor Foreign Defense
  Defence Interior Finance Justice State Home Gen. General Adm. Admiral Col. Colonel Lt. Lieutenant Maj. Major Capt.
  Captain Sgt. Sergeant Sen. Senator Rep. Representative Gov. Governor Mayor King Queen Prince Princess Pope Dr. Mr. Mrs.
  Ms. Miss Sir Dame Lord Lady Spokesman Spokeswoman Spokesperson Ambassador Envoy Commander Chief Director Adviser Advisor
  Speaker Leader Premier Emir Sheikh Judge Justice Attorney Prosecutor Officer Official Minister-President Former
  Acting Senior Top Presidential National Security Affairs Staff Joint Chiefs Secretary-general Commander-in-Chief
  CEO Founder Professor Prof. Rev. Bishop Cardinal Archbishop Father Sister Brother Coach Captain
  Author Novelist Writer Poet Journalist Reporter Photographer Lawyer Economist Analyst Researcher Scientist Historian
  Activist Singer Actor Actress Artist Filmmaker
`);

/** The generation after a person's name ("Martin Luther King Jr.", "Henry Ford II"): part of it, never a name alone. */
const GENERATION_ABBREVIATIONS = 'Jr|Sr';
const GENERATION_NUMBERS = 'II|III|IV';
export const GENERATION = new RegExp(`^(?:${GENERATION_ABBREVIATIONS})\\.?$|^(?:${GENERATION_NUMBERS})$`);
/** A generation right after a name in running text: "Jr.", ", Sr.", " III". */
export const GENERATION_AFTER = new RegExp(`^,? (?:${GENERATION_ABBREVIATIONS})\\b|^ (?:${GENERATION_NUMBERS})\\b`);

/** Lower-case role words that, just before a name, mark it as a person ("official Dmitry Medvedev"). */
export const ROLE_BEFORE = words(`
  president minister secretary official spokesman spokeswoman spokesperson adviser advisor chief leader diplomat
  ambassador envoy general commander senator chairman director correspondent reporter editor analyst expert
  politician lawmaker mp premier chancellor king queen prince founder ceo head colleague counterpart
  author novelist writer poet journalist photographer lawyer economist researcher scientist historian activist singer
  actor actress artist filmmaker manager boss striker midfielder defender goalkeeper forward player
`);

/** Verbs of speech: a name before them is a speaker. */
export const SPEECH_VERBS = words(`
  said says told added stated noted emphasized emphasised stressed warned argued wrote explained announced claimed
  insisted urged asked confirmed denied hinted suggested reiterated reaffirmed recalled tweeted posted replied
`);

/** Adjectives of nationality and region: they describe, they are not entity mentions. */
export const DEMONYMS = words(`
  American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian Swiss Austrian
  Polish Czech Slovak Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian Belarusian Moldovan Georgian
  Armenian Azerbaijani Lithuanian Latvian Estonian Finnish Swedish Norwegian Danish Icelandic Chinese Japanese Korean
  Indian Pakistani Afghan Iranian Iraqi Syrian Israeli Palestinian Lebanese Jordanian Saudi Egyptian Libyan Tunisian
  Algerian Moroccan Nigerian Kenyan Ethiopian South African Canadian Mexican Brazilian Argentine Chilean Colombian
  Venezuelan Cuban Australian Zealander Indonesian Malaysian Filipino Thai Vietnamese Serbian Croatian Slovenian
  Bosnian Albanian Macedonian Kazakh Uzbek European Western Eastern Northern Southern Soviet Arab Asian African
  Latin Nordic Baltic Balkan Scandinavian Atlantic Central Allied Democratic Republican Communist Conservative
  Liberal Labour Catholic Christian Muslim Jewish Islamic
`);

/** Calendar words: never entities on their own. */
export const CALENDAR = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Sept Today Yesterday Tomorrow
  Christmas Easter
`);

/** Capitalised words that open sentences or quotes but name nothing. */
export const FUNCTION_WORDS = words(`
  The A An This That These Those It Its He She They We I You His Her Their Our My Your There Here What When Where Why
  How Who Which While Although Though However Meanwhile Following Later Earlier Subsequently Still Yet But And Or So
  If As At In On Of For From By With Without After Before During Since Until Over Under Ahead Amid According Despite
  Speaking Asked Some Many Most Several Both Each Every All No Not Now Then Also Even Only Just Other Another Such
  Believe Looking Going Calls Talks Officials Mr Mrs Ms Read More Please Click Sign Share Updated Breaking News
  Photo Image Video Watch Listen Advertisement Copyright One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve
  Dozens Hundreds Thousands Millions
`);

/** Words that end or make up organisation names. */
export const ORG_WORDS = words(`
  House Department Ministry Council Committee Assembly Agency Administration Commission Parliament Congress Senate
  Government Party Union Alliance Organization Organisation Staff Forces Army Navy Force Guard Command Bank Fund
  Court Institute University College Foundation Company Corporation Corp Inc Ltd Group Association Federation Bureau
  Office Service Services News Times Post Journal Herald Tribune Guardian Telegraph Press Agency Network Radio
  Television TV Broadcasting Voice Media Review Club League Board Authority Police Intelligence Kremlin Pentagon
  Duma Cabinet Reserve Movement Front Brigade Battalion Regiment Corps Coalition Summit
  Research Hospital Clinic Associates Partners Holdings Trust Society Institution Laboratory Laboratories Labs
  Airlines Airways Studios Industries Enterprises Technologies Relations Affairs Studies Treasury Community
`);

/** Words that end place names (compass points that are common surnames, "West", "North", "South", are not among them). */
export const PLACE_WORDS = words(`
  City Region Oblast Province County State District Island Islands River Sea Ocean Mountains Valley Peninsula Bay Gulf
  Strait Street Square Airport Base Border Coast Lake Park Republic Kingdom Emirates
  East Midwest Northeast Northwest Southeast Southwest Strip Heights Highlands Plains Desert Delta Canal
`);

/** Nouns near which an acronym or code is a weapon system or other thing. */
export const THING_WORDS = words(`
  missile missiles rocket rockets jet jets aircraft plane planes tank tanks system systems drone drones
  howitzer howitzers launcher launchers shells bomber bombers helicopter
  helicopters submarine submarines range warhead warheads interceptor interceptors battery batteries
  vehicles vehicle warship warships frigate frigates munitions rifles radar radars
`);

/**
 * Words between a weapon's name and the kind of weapon it is: "Kinzhal hypersonic missiles", "Patriot air defense
 * systems", "F-16 fighter jets", "Leopard 2 tanks" (numbers pass too).
 */
export const THING_MODIFIERS = words(`
  cruise ballistic hypersonic air defense defence anti-aircraft anti-tank anti-ship anti-missile fighter battle main
  long-range short-range medium-range surface-to-air air-to-air air-defense air-defence attack guided precision-guided
  multiple combat armored armoured unmanned kamikaze military artillery rocket missile self-propelled heavy infantry
  fighting tactical strategic stealth supersonic guided-missile multirole multi-role main-battle
`);

/** Words that end event names. */
export const EVENT_WORDS = words(`Summit War Games Olympics Olympiad Conference Forum Election Elections Day Cup Bowl Championship Festival Revolution Crisis Invasion`);

/** Initialisms of common nouns and roles: written in capitals, naming nothing ("GDP", "AI", "MPs", "CEO"). */
export const COMMON_INITIALISMS = words(`
  AI GDP GNP CPI MP MPs MEP MEPs PM CEO CEOs CFO COO CTO TV PR HR IT ID DNA RNA GPS FAQ PDF URL USB SUV SUVs ATM VPN
  NGO NGOs IPO ETF VAT GMT BST EST EDT PST UTC AM FM HIV LGBT LGBTQ IVF ICU ER OK DIY
`);

/** Head words of the names of laws and treaties (typed as things): "Inflation Reduction Act", "Treaty of Rome". */
export const LAW_WORDS = words(`Act Bill Treaty Accord Accords Charter Amendment`);

/** Nouns a body's name follows in apposition: "militant group Hamas", "ChatGPT maker OpenAI", "tech giant Google". */
export const ORG_BEFORE = words(`
  group maker developer company firm startup start-up giant conglomerate publisher outlet broadcaster network
  carrier airline bank lender retailer manufacturer automaker carmaker insurer charity nonprofit non-profit union
  movement party club
`);

/** Words after a name that make it a body's: "OpenAI CEO", "Hamas fighters", "Google employees". */
export const ORG_AFTER = words(`
  ceo founder co-founder cofounder chairman chairwoman spokesperson spokesman spokeswoman employees staffers
  executives shareholders fighters militants
`);

/**
 * A team's roles: between a name and a person's name they make the first a team's ("Manchester City midfielder
 * Phil Foden", "Spurs boss Ange Postecoglou", "Chiefs quarterback Patrick Mahomes"), a place's name though it be.
 */
export const TEAM_ROLES = words(`
  midfielder striker defender goalkeeper forward winger quarterback pitcher catcher linebacker coach manager boss captain
  player
`);

/** Words before "of" that make the name after it a body's: "the armed wing of Hamas", "members of the ANC". */
export const ORG_OF = words(`wing member members ranks leadership founder founders`);

/** Words before "to" that make the name after it an addressee, no destination: "a statement issued to Reuters". */
export const ADDRESSED_BEFORE = words(`issued sent provided given statement email emailed letter interview`);

/** Preposition-like words after which a name is usually a place. */
export const PLACE_BEFORE = words(`in to from near across into toward towards outside inside around via throughout`);

/** Countries and regions named in more than one word (those ending in a place word, "Czech Republic", are read as such). */
export const COUNTRY_NAMES = new Set([
  'Saudi Arabia', 'South Africa', 'South Korea', 'North Korea', 'South Sudan', 'New Zealand', 'Sri Lanka', 'Costa Rica',
  'El Salvador', 'Sierra Leone', 'Burkina Faso', 'Ivory Coast', 'Papua New Guinea', 'Equatorial Guinea', 'Cape Verde',
  'East Timor', 'North Macedonia', 'Puerto Rico', 'Hong Kong', 'San Marino', 'Bosnia and Herzegovina', 'Trinidad and Tobago',
  'Soviet Union', 'Sao Tome and Principe', 'Antigua and Barbuda', 'Saint Lucia', 'Marshall Islands', 'Solomon Islands',
  // Regions named in several words, whose words are a demonym or a compass point and a place ("Latin America").
  'Latin America', 'South America', 'North America', 'Central America', 'Northern Ireland', 'Eastern Europe',
  'Western Europe', 'Central Europe', 'Southern Europe', 'Northern Europe', 'East Asia', 'South Asia', 'Southeast Asia',
  'Central Asia', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Central Africa', 'Sub-Saharan Africa',
  'Far East', 'West Bank', 'Horn of Africa', 'South Caucasus', 'North Caucasus',
]);

/** Well-known alternative names of countries and international bodies (canonical name first). */
export const KNOWN_ALIASES: readonly (readonly string[])[] = [
  ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'America'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'],
  ['Russia', 'Russian Federation'],
  ['European Union', 'EU', 'E.U.'],
  ['United Nations', 'UN', 'U.N.'],
  ['Netherlands', 'Holland'],
  ['Czech Republic', 'Czechia'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['G7', 'Group of Seven'],
  ['G20', 'Group of 20', 'Group of Twenty'],
];

/** Places whose names outlets spell after different languages (the current official spelling first). */
export const KNOWN_PLACE_ALIASES: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev'],
  ['Kharkiv', 'Kharkov'],
  ['Odesa', 'Odessa'],
  ['Mykolaiv', 'Nikolaev', 'Nikolayev'],
  ['Luhansk', 'Lugansk'],
  ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'],
  ['Lviv', 'Lvov'],
  ['Chernihiv', 'Chernigov'],
  ['Belarus', 'Byelorussia'],
  ['Myanmar', 'Burma'],
  ['Beijing', 'Peking'],
  ['Mumbai', 'Bombay'],
];

/** Country names, to type a single capitalised word as a place. */
export const COUNTRIES = words(`
  Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium
  Bolivia Bosnia Botswana Brazil Bulgaria Cambodia Cameroon Canada Chad Chile China Colombia Congo Croatia Cuba Cyprus
  Czechia Denmark Ecuador Egypt Eritrea Estonia Ethiopia Finland France Gabon Gambia Georgia Germany Ghana Greece
  Guatemala Guinea Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
  Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Lithuania Luxembourg Madagascar
  Malawi Malaysia Mali Malta Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal
  Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal
  Qatar Romania Russia Rwanda Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria
  Taiwan Tajikistan Tanzania Thailand Togo Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela
  Vietnam Yemen Zambia Zimbabwe Europe Asia Africa America Crimea Scotland Wales England Britain Gaza
  Andorra Angola Bahamas Barbados Belize Benin Bhutan Brunei Burundi Comoros Djibouti Dominica Eswatini Fiji Grenada
  Guyana Kiribati Liechtenstein Maldives Mauritania Mauritius Micronesia Nauru Palau Samoa Seychelles Suriname
  Swaziland Tonga Tuvalu Vanuatu Czechoslovakia Yugoslavia Burma Greenland Antarctica Oceania
`);

/** Units named after people, which a number before them shows to be units. */
const UNIT_NAMES = /^(?:Fahrenheit|Celsius|Centigrade|Kelvin|Watts?|Volts?|Amps?|Amperes?|Ohms?|Hertz|Joules?|Newtons?|Pascals?|Teslas?|Coulombs?|Henrys?|Becquerels?|Sieverts?|Decibels?)$/;
const NUMBER_BEFORE = /(?:\d|\bdegrees?)\s*$/i;

/** Whether a word at `start` of a text is a unit named after someone, after a number: "55 degrees Fahrenheit", "1,000 Watts". */
export function isUnitAt(text: string, start: number, word: string): boolean {
  return UNIT_NAMES.test(word) && NUMBER_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** A name that takes a plural "s" as written: one ending in a number or in two capitals ("F-16s", "NGOs"). */
export const TAKES_PLURAL_S = /(?:\p{N}|\p{Lu}\p{Lu})$/u;
