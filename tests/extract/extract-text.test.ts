import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/extract-text.js';
import { DATE_LINE_REASON, INSET_REASON } from '../../src/extract/select-body.js';
import { POST_STAMP_REASON } from '../../src/extract/classify-lines.js';
import { hardWrap, seedsDir } from '../helpers.js';

const seed = (prefix: string) => {
  const name = ['000_8a7fb63391a192fb.txt', '001_33826ed2ce6a2b0e.txt', '002_eb45bf7b87dbc556.txt', '003_959a6cebec727723.txt', '004_458eb6b135d5ca0b.txt'].find((file) => file.startsWith(prefix))!;
  return extractText(readFileSync(path.join(seedsDir, name), 'utf8'), name);
};

/** Expectations written by reading each seed: metadata, first and last body paragraph, paragraph count, furniture. */
const SEEDS = [
  {
    prefix: '000', title: 'Blinken Confirms Biden Change On Policy Toward Ukraine Using U.S. Weapons Inside Russia', titleDerived: false,
    outlet: 'RFE/RL', published: null, authors: ['Mike Eckel', 'Rikard Jozwiak'], dateline: 'PRAGUE', paragraphs: 15,
    first: 'PRAGUE -- U.S. Secretary of State Antony Blinken says', last: "Russia's RIA Novosti news agency quoted Andrei Kartapolov",
    furniture: ['Accessibility links', 'Breaking News', 'file photo', 'please wait', 'No media source', '0:01:29', '16x9 Image', 'senior international correspondent', 'undesirable organization', 'click here', 'NATO Dismisses Russian Warning'],
  },
  {
    prefix: '001', title: 'Biden allows Ukraine to use US arms in Russia', titleDerived: false, outlet: null, published: null, authors: [], dateline: null,
    paragraphs: 20, first: 'NATO chief Jens Stoltenberg on Friday downplayed', last: 'Biden will also meet leaders of the world’s top economies',
    furniture: ['Check Also', 'Israeli Strikes', 'Hariss', 'Leave a Reply', 'email address'],
  },
  {
    prefix: '002', title: null, titleDerived: true, outlet: null, published: '2024-05-31', authors: [], dateline: null, paragraphs: 19,
    first: 'The U.S. Secretary of State Antony Blinken confirmed on Friday (May 31)', last: '“We wish Ukraine victory',
    furniture: [],
  },
  {
    prefix: '003', title: 'US president allows Ukraine to use US weapons on Russian territory, confirms Blinken', titleDerived: false,
    outlet: 'Espreso', published: '2024-05-31', authors: [], dateline: null, paragraphs: 28,
    first: 'US Secretary of State Antony Blinken confirms that President Joe Biden secretly authorized', last: 'On the same day, Danish Foreign Minister',
    furniture: ['Espreso. Global', 'Read also', '24 June', 'EU announces new 14th package', 'Explosions rock Sevastopol', 'More news', '2024, Monday'],
  },
  {
    prefix: '004', title: 'Biden partially lifts ban on Ukraine using US arms in strikes on Russian territory, US officials say', titleDerived: false,
    outlet: 'NewsNation', published: '2024-05-30', authors: ['Lee'], dateline: 'WASHINGTON', paragraphs: 31,
    first: 'WASHINGTON (AP) — President Joe Biden has given Ukraine the go-ahead', last: 'Biden’s decision comes as he’s set to travel to France',
    furniture: ['SUPERNAV', 'drop zone', 'Tiago Petinga', '___', 'contributed to this report', 'Copyright 2024', 'Site Settings Survey', 'Trending on', 'War in Ukraine'],
  },
];

/** The three paragraphs of a story about a storm. */
const STORM = [
  'The storm pushed the sea over the harbour wall on Friday night, flooding the streets of the old town and forcing dozens of families from their homes.',
  'Rescue crews worked through the night to reach people trapped on upper floors, the council said in a statement on Saturday morning.',
  'The council said the repairs to the harbour wall would take months and cost more than the town had set aside for the whole year.',
];

/** The storm story under a page's header, with the given furniture after each of its paragraphs. */
const stormPage = (furniture: [string[], string[], string[]]) => ['Home', 'News', 'Storm floods the old harbour town', 'By Jane Doe', 'March 3, 2023',
  ...STORM.flatMap((paragraph, index) => [paragraph, ...furniture[index]])].join('\n');

/** What extraction left out, by the first ten characters of the line, with the reason. */
const reasonsOf = (article: ReturnType<typeof extractText>) => new Map(article.removed.map((block) => [block.text.slice(0, 10), block.reason]));

/** The storm page with the furniture: its three paragraphs kept (asserted), and what was left out, with the reason. */
function leftOut(furniture: [string[], string[], string[]]): Map<string, string> {
  const article = extractText(stormPage(furniture), 'case.txt');
  expect(article.paragraphs).toEqual(STORM);
  return reasonsOf(article);
}

describe('extractText', () => {
  for (const expected of SEEDS) {
    describe(`seed ${expected.prefix}`, () => {
      const article = seed(expected.prefix);
      it('should find the title, or derive one when the text has none', () => {
        expect(article.titleDerived).toBe(expected.titleDerived);
        if (expected.title) expect(article.title).toBe(expected.title);
        else expect(article.paragraphs[0].startsWith(article.title.replace(/…$/, ''))).toBe(true);
      });
      it('should find outlet, date, authors and dateline where the text supports them, and null where not', () => {
        expect(article.outlet).toBe(expected.outlet);
        expect(article.published).toBe(expected.published);
        expect(article.authors).toEqual(expected.authors);
        expect(article.dateline).toBe(expected.dateline);
      });
      it('should keep every body paragraph, in order', () => {
        expect(article.paragraphs).toHaveLength(expected.paragraphs);
        expect(article.paragraphs[0].startsWith(expected.first)).toBe(true);
        expect(article.paragraphs.at(-1)!.startsWith(expected.last)).toBe(true);
      });
      it('should leave out the furniture and say why', () => {
        const body = article.paragraphs.join('\n');
        for (const text of expected.furniture) {
          expect(body).not.toContain(text);
          expect(article.removed.some((entry) => entry.text.includes(text))).toBe(true);
        }
        expect(article.removed.every((entry) => entry.reason.length > 0)).toBe(true);
      });
    });
  }

  it('should keep seed 003\'s subheading as a heading', () => {
    const article = seed('003');
    const heading = article.blocks.find((block) => block.kind === 'heading');
    expect(heading?.text).toBe('Which countries allowed Ukraine to use its weapons to strike at the territory of Russia');
  });

  it('should record contributors of seed 004 apart from its author', () => {
    expect(seed('004').contributors).toEqual(['Karel Janicek', 'Ellen Knickmeyer']);
  });

  it('should fix the year from a weekday pinned to a date (seed 002: Friday, May 31 → 2024)', () => {
    expect(seed('002').evidence.published.source).toBe('weekday and date in the text');
  });

  it('should split single-newline paragraphs and drop a trailing list of headlines', () => {
    const text = [
      'Home', 'World', 'Politics',
      'Storm floods the old harbour town',
      'By Jane Doe', 'March 3, 2023',
      'Heavy rain flooded the old harbour town on Tuesday, forcing hundreds of residents to leave their homes for the night.',
      'The mayor said the river had risen faster than at any time in the last fifty years, and that help was on the way.',
      'Engineers will inspect the sea wall when the water goes down, according to a statement from the council.',
      'Related',
      'Ten things to do this weekend in the city',
      'Local team wins the cup after a long season',
      'Weather: what to expect next week',
    ].join('\n');
    const article = extractText(text, 'case.txt');
    expect(article.title).toBe('Storm floods the old harbour town');
    expect(article.authors).toEqual(['Jane Doe']);
    expect(article.published).toBe('2023-03-03');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs.join(' ')).not.toMatch(/Ten things|Local team|Weather/);
  });

  it('should keep prose about a website that names its interface, and drop a short sign-up line', () => {
    const text = [
      'Home', 'Tech', 'Search engine adds a bigger search box for long questions', 'By Jane Doe', 'March 3, 2023',
      'The search engine showed a new search box on Tuesday that grows as people type, so that a long question fits without scrolling, and the company said that results from the web would still be shown next to the answers its software writes.',
      'Engineers said the change took two years, and that most people would see it by the end of the summer in every country where the service is offered.',
      'Critics said the company had not explained how the answers are checked before they are shown.',
      'Sign up to our newsletter and share this story',
    ].join('\n');
    const article = extractText(text, 'case.txt');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0]).toMatch(/^The search engine showed a new search box/);
    expect(article.removed.map((block) => block.text)).toContain('Sign up to our newsletter and share this story');
    // A reporter's request for comment is no comment form.
    const asked = 'The airline said it would respond shortly to a request for comment on the tweet. The regulator did not immediately respond to a request for comment.';
    expect(extractText(['Storm floods the old harbour town', ...STORM, asked].join('\n'), 'case.txt').paragraphs).toContain(asked);
  });

  it('should leave out links to other stories and sign-up prompts set between paragraphs, keeping the paragraphs around them', () => {
    const reasons = leftOut([
      ['ALSO READ: Ten things to know about the new flood barrier'],
      ['If you are a home delivery print subscriber, online access is included in your subscription and you can read every story on the site.', 'The next issue of Harbour Daily will soon be in your inbox.'],
      ['I would like to be emailed about offers, events and updates from The Harbour Daily. Read our privacy policy',
        'Our readers are treated to special offers, promotions and adverts from us and our partners. You can check out at any time. Read our Privacy Notice'],
    ]);
    expect(reasons.get('ALSO READ:')).toBe('link to another story');
    expect(reasons.get('If you are')).toBe('sign-up form text');
    expect(reasons.get('The next i')).toBe('sign-up form text');
    expect(reasons.get('I would li')).toBe('sign-up form text');
    expect(reasons.get('Our reader')).toBe('sign-up form text');
  });

  it('should leave out a newsletter\'s promise, a request for news tips and a pointer to more stories, and keep news that names an inbox', () => {
    const reasons = leftOut([
      ['Get the latest news from harbourdaily.example in your inbox.'],
      ['Got a story? Get in touch with our news team by emailing us at news@harbourdaily.example. Or you can submit your videos and pictures here.'],
      ['For more stories like this, check our news page.'],
    ]);
    expect(reasons.get('Get the la')).toBe('sign-up form text');
    expect(reasons.get('Got a stor')).toBe('request for news tips');
    expect(reasons.get('For more s')).toBe('link to another story');
    const news = 'Get rid of any message that lands in your inbox asking for your bank details, the council warned residents on Monday.';
    const contact = 'Residents were told to contact us at the town hall, the mayor said, and not the police.';
    const kept = extractText(['Storm floods the old harbour town', ...STORM.slice(0, 2), news, contact, STORM[2]].join('\n'), 'case.txt').paragraphs;
    expect(kept).toContain(news);
    expect(kept).toContain(contact);
  });

  it('should leave out what the page says about the browser and how to reach the author, between the paragraphs and after the last', () => {
    const reasons = leftOut([
      ['Your browser does not support the video tag.'],
      [],
      ['You can email Jane Doe here, and read more of Jane Doe\'s articles here.', 'Please enable JavaScript to view the comments powered by Disqus.', 'Ad block users: Some site features may not work correctly while an ad blocker is enabled.'],
    ]);
    expect(reasons.get('Your brows')).toBe('notice about the browser');
    expect(reasons.get('Please ena')).toBe('notice about the browser');
    expect(reasons.get('Ad block u')).toBe('notice about the browser');
    expect(reasons.get('You can em')).toBe('author bio');
    // Prose that asks readers to get in touch stays.
    expect(extractText(['Storm floods the old harbour town', ...STORM, 'The council asked anyone who saw the wall give way to contact officials here at the town hall.'].join('\n'), 'case.txt').paragraphs).toHaveLength(4);
  });


  it('should leave out a consent manager\'s long paragraphs after a short article, and keep news about privacy', () => {
    const consent = [
      'Manage Consent Preferences',
      'When you visit our website, we store cookies on your browser to collect information about you, your preferences or your device, mostly to make the site work as you expect it to and to give you a more personal experience. You can choose not to allow some types of cookies, which may change your experience of the site and of the services we are able to offer. Click on the headings to find out more and to change our default settings to your liking. You cannot opt out of the cookies our site needs to work.',
      'These cookies are needed for the website to work and cannot be switched off in our systems. They are set in answer to what you do, such as setting your privacy preferences, signing in or filling in forms. You can set your browser to block them or to alert you about them, but some parts of the site will not then work. They store no personally identifiable information about you or your device.',
      'If you are a resident of the state, you have the right to direct a business that sells your personal information to third parties not to sell it. This is the right to opt out, which you may use here at any time, without an account. Opting out does not mean you will stop seeing advertisements, only that they will no longer be chosen for you from your personal information.',
    ];
    const article = extractText(['Storm floods the old harbour town', 'By Jane Doe', 'March 3, 2023', ...STORM, ...consent].join('\n'), 'case.txt');
    expect(article.paragraphs).toEqual(STORM);
    const reasons = reasonsOf(article);
    for (const line of consent.slice(1)) expect(reasons.get(line.slice(0, 10))).toBe('cookie or consent notice');
    // A report on privacy law tells the reader nothing to do, and keeps its paragraphs.
    const law = [
      'The new law gives residents the right to opt out of the sale of their personal information to third parties, and it takes effect in January.',
      'Companies that track visitors with cookies must honour the privacy controls of a browser, the state\'s attorney general said on Friday.',
      'Consumer groups said the rules would do little for people who never change their settings, and promised to take the firms that ignore them to court.',
    ];
    expect(extractText(['Privacy law takes effect in the new year', 'By Jane Doe', 'March 3, 2023', ...law].join('\n'), 'case.txt').paragraphs).toEqual(law);
  });

  it('should keep once a paragraph the page repeats whole (a pull quote), and leave out a caption repeated over its credit', () => {
    const quoted = 'The council said the repairs to the harbour wall would take months and cost more than the town had set aside for the whole year, and that the work would start in the spring.';
    const caption = 'Residents of the old town walk past the broken harbour wall on Saturday morning, a day after the storm flooded their streets and homes.';
    const page = ['Home', 'News', 'Storm floods the old harbour town', 'By Jane Doe', 'March 3, 2023', caption, 'Photo: John Roe', STORM[0], quoted, STORM[1],
      caption, 'Photo: John Roe', STORM[2], quoted, 'Read more', 'Other stories'];
    const article = extractText(page.join('\n'), 'case.txt');
    expect(article.paragraphs).toEqual([STORM[0], quoted, STORM[1], STORM[2]]);
  });

  it('should go on with the story after a "Read more" box inside it, and not with a site\'s promotion after one', () => {
    const box = ['READ MORE', 'Council votes to raise the harbour wall by a metre', 'Ferry services cancelled for a third day', 'SPONSORED', 'First look at new homes for sale on the seafront'];
    const closing = [
      'Now the council knows what the repairs to the harbour wall will cost, and it has until the spring to find the money before the next storms.',
      'The families forced from their homes on Friday night will be housed in the old town hall until the streets of the harbour are safe again.',
    ];
    const page = ['Home', 'News', 'Storm floods the old harbour town', 'By Jane Doe', 'March 3, 2023', ...STORM, ...box, ...closing, 'MORE ABOUT', 'STORMS', 'HARBOUR'];
    expect(extractText(page.join('\n'), 'case.txt').paragraphs).toEqual([...STORM, ...closing]);
    const promotion = [
      'Visit our online shop to find the best gifts for every reader in your family, with free delivery on all orders this month.',
      'Check out our podcast to hear what our award-winning journalists think of the week in politics, culture and sport.',
    ];
    const promoted = ['Home', 'News', 'Storm floods the old harbour town', 'By Jane Doe', 'March 3, 2023', ...STORM, ...box, ...promotion, 'MORE ABOUT', 'STORMS'];
    expect(extractText(promoted.join('\n'), 'case.txt').paragraphs).toEqual(STORM);
  });

  it('should end the article at the author\'s bio, leaving out a newsletter\'s promise after it', () => {
    const promise = 'Get the latest updates from the coast, exclusive interviews and more weather content from the Harbour Daily.';
    const reasons = leftOut([[], [], ['Jane Doe is a weather reporter for the Harbour Daily.', promise, 'Arrives Tuesdays', 'Subscribe']]);
    expect(reasons.get(promise.slice(0, 10))).toBe('after the author\'s bio');
    // A bio of someone the byline does not credit ends nothing: the paragraph after it stays.
    const source = 'John Roe is a weather reporter for the Coast Post.';
    expect(extractText(stormPage([[], [source], []]), 'case.txt').paragraphs).toEqual(STORM);
  });

  it('should leave out the author\'s bio after the last paragraph, known by the author\'s name and what they do', () => {
    const reasons = leftOut([[], [], ['Jane Doe', 'Editor At Large',
      'A veteran of three newspapers and an award-winning journalist, Jane has covered the coast and its storms since the floods of 1998.',
      'Jane Doe makes frequent appearances on local radio and television programmes, talking about the weather and the sea.']]);
    expect(reasons.get('A veteran ')).toBe('author bio');
    expect(reasons.get('Jane Doe m')).toBe('author bio');
    // A closing paragraph that names another journalist stays, and so does one that names the agency credited.
    const closing = 'The harbour master, a former reporter for the town paper, said the wall had been patched many times over the years.';
    expect(extractText([stormPage([[], [], []]), closing].join('\n'), 'case.txt').paragraphs).toEqual([...STORM, closing]);
    const agency = 'A spokesman for the harbour board told a Reuters reporter on Saturday that the wall would be rebuilt in stone.';
    const wire = extractText(['Storm floods the old harbour town', 'By Reuters', ...STORM, agency].join('\n'), 'case.txt');
    expect(wire.authors).toEqual(['Reuters']);
    expect(wire.paragraphs).toEqual([...STORM, agency]);
  });
  it('should leave out a caption closed by a photographer\'s credit, a wire caption and a video\'s label between paragraphs', () => {
    const reasons = leftOut([
      ['Fishermen pull a boat from the flooded quay on Saturday morning. (Jane Roe/The Harbour Daily)', 'WATCH | Residents wade through the flooded streets:'],
      ['Water covers the harbour road after the wall gave way, March 3, 2023 in this picture obtained from social media.'],
      ['Rescuers search the quay in this handout photo released by the coastguard on March 4, 2023.'],
    ]);
    expect(reasons.get('Fishermen ')).toBe('photo caption or credit');
    expect(reasons.get('Water cove')).toBe('photo caption or credit');
    expect(reasons.get('Rescuers s')).toBe('photo caption or credit');
    // The words in prose stay: "in this picture-perfect town", "in this still divided town".
    const prose = 'Visitors kept coming in this picture-perfect town, and in this still divided town the council met again on Monday.';
    expect(extractText(['Storm floods the old harbour town', ...STORM, prose].join('\n'), 'case.txt').paragraphs).toContain(prose);
    expect(reasons.get('WATCH | Re')).toBe('link to another story');
  });

  it('should leave out an appeal to pay for the outlet\'s work, and keep news that names one such word', () => {
    const appeal = 'Before you go: the reporting you just read is not cheap. We don’t have ads, so we depend on our readers. You can become a sustaining member for as little as $3 a month.';
    const reasons = leftOut([[], ['Please consider supporting the work of The Harbour Daily. Every dollar donated helps cover the cost of reporting.'], [appeal]]);
    expect(reasons.get('Please con')).toBe('appeal to support the outlet');
    expect(reasons.get('Before you')).toBe('appeal to support the outlet');
    // An outlet's price and its praise of its work, with "Enjoyed this story?".
    const pitches = leftOut([[], ['Stay informed with The Harbour Daily – your source for credible journalism. Get in-depth reporting for only $8 a month.'],
      ['Enjoyed this story? Support our award-winning journalism by becoming a member.']]);
    expect(pitches.get('Stay infor')).toBe('appeal to support the outlet');
    expect(pitches.get('Enjoyed th')).toBe('appeal to support the outlet');
    const news = 'Neighbouring towns are donating pumps and sandbags, and the council said it would become a member of the regional flood board.';
    expect(extractText(['Storm floods the old harbour town', ...STORM, news].join('\n'), 'case.txt').paragraphs).toContain(news);
  });

  it('should leave out captions by their credits, a video player\'s notice, a prompt to follow the outlet and a link in capitals', () => {
    const reasons = leftOut([
      ['Water covers the harbour road after the wall gave way AP Photo/Jane Roe, File', 'Pictured from left, are the harbour master, the mayor and two of the fishermen.', 'WATCH THE MOMENT THE HARBOUR WALL GAVE WAY AND THE SEA POURED INTO THE OLD TOWN'],
      ['The mayor will face questions about the repairs when the council meets in April. (HDN)', 'The harbour wall before the storm. Supplied', 'We apologize, but this video has failed to load.',
        'Boats lie on the quay south of the old town. Jane Roe for The Harbour Daily',
        'Two men were charged over the damage to the sea wall. (U.S. District Court, Eastern District of New York)'],
      ['Follow The Harbour Daily on Google News and add us as a preferred source to get our news in your feeds.', 'Fishermen look over the broken harbour wall in the morning.', 'Jane Roe/Getty Images'],
    ]);
    for (const caption of ['Water cove', 'Pictured f', 'The mayor ', 'The harbou', 'Jane Roe/G', 'Boats lie ', 'Two men we']) expect(reasons.get(caption)).toBe('photo caption or credit');
    // A remark in brackets that is no source's name stays in its paragraph.
    const remark = 'The wall failed where it had been patched most often. (Engineers, he said, had warned of this for years.)';
    expect(extractText(['Storm floods the old harbour town', ...STORM, remark].join('\n'), 'case.txt').paragraphs).toContain(remark);
    // A short line over a photo's credit is its caption; the headline over the lead photo's credit stays the headline.
    expect(reasons.get('Fishermen ')).toBe('photo caption (over its credit)');
    // A headline in title case that reads "… for …" is no photographer's credit.
    expect(extractText(['Home', 'News', 'The Best Sea Walls for Every Harbour Town', 'By Jane Doe', ...STORM].join('\n'), 'case.txt').title).toBe('The Best Sea Walls for Every Harbour Town');
    const credited = extractText(['Home', 'News', 'Will the harbour wall hold through another storm?', 'Jane Roe/Getty Images', ...STORM].join('\n'), 'case.txt');
    expect(credited.title).toBe('Will the harbour wall hold through another storm?');
    expect(credited.paragraphs).toEqual(STORM);
    expect(reasons.get('WATCH THE ')).toBe('all-capitals label');
    expect(reasons.get('We apologi')).toBe('notice about the browser');
    expect(reasons.get('Follow The')).toBe('prompt to follow the outlet');
    // Nor is such a prompt among the buttons above the article its headline, though it names what the lead names.
    const headline = "'The new sea wall does not mean the harbour is safe': council's storm plan adds more barriers";
    const prompted = extractText(['Home', 'News', headline, 'News', 'By Jane Doe published 19 May 2026', '', 'A big plan, but with some wiggle room', '',
      'Share this article', 'Join the conversation', 'Add us as a preferred source on the harbour council news page', ...STORM].join('\n'), 'case.txt');
    expect(prompted.title).toBe(headline);
    expect(reasonsOf(prompted).get('Add us as ')).toBe('prompt to follow the outlet');
  });

  it('should leave out a list of other stories with their standfirsts, long lines that end no sentence', () => {
    const teasers = [
      'Stamp prices to rise by a record amount - as the cost of sending a letter or a card goes up for the second time in a year',
      'America\'s best and worst states for job hunters revealed - and why you may be better off looking for work in Nevada than in Mississippi',
      'How to save a million into your pension: experts explain what each age group should be putting away to reach a seven-figure balance',
      'The home improvement projects that will give you the highest return on your investment when the time comes to sell your house',
    ];
    leftOut([[], [], teasers]);
    // A standfirst without a full stop under the headline, between a short label and the byline, stays.
    const standfirst = 'Residents describe the night the sea came over the harbour wall and the long clean-up that lies ahead of the town';
    const headed = extractText(['Storm floods the old harbour town', 'News', standfirst, 'Jane Doe', ...STORM].join('\n'), 'case.txt');
    expect(headed.paragraphs).toEqual([standfirst, ...STORM]);
  });

  it('should keep a paragraph the page also quotes under a photo or among its key points, and leave out those copies', () => {
    const [first, second, third] = STORM;
    const point = second.replace(/\.$/, '');
    const text = ['Storm floods the old harbour town', point, 'By Jane Doe', first, second, point, third].join('\n');
    const article = extractText(text, 'case.txt');
    expect(article.paragraphs).toEqual(STORM);
    expect(article.removed.filter((block) => block.text === point).map((block) => block.reason)).toEqual(['repeated verbatim on the page (caption or menu)', 'repeated verbatim on the page (caption or menu)']);
    // A caption printed twice, the same both times, is left out both times.
    const caption = 'Fishermen pull a boat from the flooded quay on Saturday morning as the water rises.';
    expect(extractText(['Storm floods the old harbour town', 'By Jane Doe', first, caption, second, caption, third].join('\n'), 'case.txt').paragraphs).toEqual(STORM);
  });

  it('should end the article at a question inviting comments, leaving out the comment form after it', () => {
    const reasons = leftOut([[], [], ['Would you like to comment on this article?', 'Sign up (it\'s quick and free) or sign in now.', 'Please read our Comment Policy before commenting.']]);
    expect(reasons.get('Sign up (i')).toBe('in a list of links after a "Read also"-style line');
  });

  it('should keep a subheading that follows a photo caption, and the paragraph after it', () => {
    const [first, second, third] = STORM;
    const text = ['Storm floods the old harbour town', 'By Jane Doe', first, 'Fishermen pull a boat from the flooded quay on Saturday morning. (Jane Roe/The Harbour Daily)', 'How the town will rebuild its wall', second, third].join('\n');
    const article = extractText(text, 'case.txt');
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
    // A credit alone is an image's, and the line after it may be the image's caption: no subheading.
    const credited = extractText(text.replace('Fishermen pull a boat from the flooded quay on Saturday morning. (Jane Roe/The Harbour Daily)', 'Getty Images'), 'case.txt');
    expect(credited.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('should credit the reporters a page names beside itself, not the page ("by The Harbour Daily", then two names)', () => {
    const text = ['Storm floods the old harbour town', 'by The Harbour Daily March 3, 2023', 'Ana Lima/Jan Novak', ...STORM, 'Residents told the Harbour Daily that the wall had been cracked for years before the storm came.'].join('\n');
    expect(extractText(text, 'case.txt').authors).toEqual(['Ana Lima', 'Jan Novak']);
  });

  it('should end the article at a wire credit line, leaving out the line and the site matter after it', () => {
    const article = extractText(stormPage([[], [], ['Reporting by Ana Lima in Lisbon and Tom Reed; Writing by Tom Reed; Editing by Kim Park', 'Our Standards: The Harbour Daily Trust Principles.']]), 'case.txt');
    expect(article.paragraphs).toEqual(STORM);
    const reasons = reasonsOf(article);
    expect(reasons.get('Reporting ')).toBe('credit line');
    expect(reasons.get('Our Standa')).toBe('after the article');
    expect(article).toMatchObject({ authors: ['Jane Doe'], contributors: ['Ana Lima', 'Tom Reed'] });
  });

  it('should keep an article whose paragraphs a repeated label separates, across a run of such labels', () => {
    const before = Array.from({ length: 5 }, (_, n) => `Paragraph ${n + 1} before the break says that the federal department gave up much of its office space in January and now cannot seat all of its staff.`);
    const after = Array.from({ length: 3 }, (_, n) => `Paragraph ${n + 1} after the break says the department will review how much space it needs as staff return to the office.`);
    // Labels the page repeats (its layout's), and a photo credit, between the two halves of the article.
    const labels = ['Advertisement 1', 'Story continues below', 'Sponsored content', 'Advertisement 2', 'Continue reading', 'Article content'];
    const text = ['Home', 'News', 'Department gives up office space it now needs', 'By Jane Doe', 'May 26, 2026',
      ...before.flatMap((paragraph) => [paragraph, 'Article content']), ...labels,
      'The federal building on Kent Street in Ottawa, where the department gave up four floors. Photo by Jane Doe / Getty Images',
      ...after.flatMap((paragraph) => [paragraph, 'Article content']), ...labels].join('\n');
    expect(extractText(text, 'case.txt').paragraphs).toEqual([...before, ...after]);
  });

  it('should keep the numbers of a numbered list and of numbered subheadings', () => {
    const steps = ['1. Raise the harbour wall by two metres along the quay.', '2. Build a pumping station at the river mouth.', '- Move the ferry terminal inland.'];
    const ranked = ['1) Lakeland heated airer and cover', '2) Drying pod for small flats'];
    const text = ['Storm floods the old harbour town', STORM[0], 'The plan has three parts:', ...steps, STORM[1], ranked[0], STORM[2], ranked[1], STORM[0].replace('harbour', 'river')].join('\n');
    const { blocks } = extractText(text, 'case.txt');
    expect(blocks.filter((block) => block.kind === 'list-item')).toEqual([
      { kind: 'list-item', text: steps[0].slice(3), number: 1 }, { kind: 'list-item', text: steps[1].slice(3), number: 2 }, { kind: 'list-item', text: steps[2].slice(2) }]);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(ranked);
  });

  it('should keep a subheading that the page sets between its repeated labels, and leave out a caption beside one', () => {
    const paragraphs = Array.from({ length: 6 }, (_, n) => `Paragraph ${n + 1} says that the federal department gave up much of its office space in January and now cannot seat all of its staff.`);
    const headings = ['Directors lose offices in space reduction', 'Staff told to book desks a week ahead'];
    const text = ['Home', 'News', 'Department gives up office space it now needs', 'By Jane Doe', 'May 26, 2026',
      paragraphs[0], 'Article content', paragraphs[1], 'Article content', headings[0], 'Article content', paragraphs[2], 'Article content', paragraphs[3],
      // A photo's caption over the page's "Advertisement" label is no subheading.
      'The federal building on Kent Street in Ottawa AP', 'Advertisement', 'Article content', paragraphs[4],
      'Article content', headings[1], 'Article content', paragraphs[5], 'Article content', 'Advertisement', 'Advertisement'].join('\n');
    const article = extractText(text, 'case.txt');
    expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(headings);
    expect(article.paragraphs.filter((text) => !headings.includes(text))).toEqual(paragraphs);
  });

  it('should keep the paragraph after a newsletter box that the page says the article resumes after', () => {
    const box = ['skip past newsletter promotion', 'Sign up to Harbour Weekly', 'Free weekly newsletter',
      'The most pressing stories and debates for the coast – from fishing to ferries to the weather', 'Enter your email address', 'Sign up',
      'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.',
      'after newsletter promotion'];
    const article = extractText(stormPage([[], box, ['Explore more on these topics', 'Storms', 'Floods']]), 'case.txt');
    expect(article.paragraphs).toEqual(STORM);
    // Without the line saying the article goes on, the box ends it.
    expect(extractText(stormPage([[], box.slice(0, -1), []]), 'case.txt').paragraphs).toEqual(STORM.slice(0, 2));
  });

  it('should leave out a line saying the article goes on, which reads like a subheading, and keep a subheading', () => {
    const article = extractText(stormPage([['Article continues below'], ['Rescue crews praised'], []]), 'case.txt');
    expect(article.paragraphs).toEqual([STORM[0], STORM[1], 'Rescue crews praised', STORM[2]]);
    expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Rescue crews praised']);
    expect(article.removed).toContainEqual({ text: 'Article continues below', reason: INSET_REASON });
  });

  it('should leave out a date line that reads like a stand-first, and read the dateline and date after it', () => {
    const text = ['Storm floods the old harbour town', 'By Jane Doe', 'Freelance writer', 'March 3, 2023 1:55 am(Updated 4:30 am)', '',
      `HARBOURTON — ${STORM[0]}`, '', STORM[1], '', STORM[2]].join('\n');
    const article = extractText(text, 'case.txt');
    expect(article.paragraphs).toEqual([`HARBOURTON — ${STORM[0]}`, STORM[1], STORM[2]]);
    expect(article.removed).toContainEqual({ text: 'March 3, 2023 1:55 am(Updated 4:30 am)', reason: DATE_LINE_REASON });
    expect(article.dateline).toBe('HARBOURTON');
    expect(article.published).toBe('2023-03-03');
    // A short paragraph that names a date in a sentence stays.
    expect(extractText([...text.split('\n'), '', 'On March 1, 2023, the wall held.'].join('\n'), 'case.txt').paragraphs.at(-1)).toBe('On March 1, 2023, the wall held.');
  });

  it('should leave out a live post\'s time stamp and keep the post\'s title under it as a heading', () => {
    const text = ['Storm floods the old harbour town: live updates', 'By Jane Doe', 'March 3, 2023', '', STORM[0], '',
      '18:25Jane Doe', 'Crews reach trapped families', '', STORM[1], '', '9.41am Tom Roe', 'Council counts the cost of repairs', '', STORM[2]].join('\n');
    const article = extractText(text, 'case.txt');
    expect(article.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', STORM[0]], ['heading', 'Crews reach trapped families'], ['paragraph', STORM[1]], ['heading', 'Council counts the cost of repairs'], ['paragraph', STORM[2]],
    ]);
    expect(article.removed).toEqual(expect.arrayContaining([{ text: '18:25Jane Doe', reason: POST_STAMP_REASON }, { text: '9.41am Tom Roe', reason: POST_STAMP_REASON }]));
  });

  it('should keep the stand-first under the headline and a first paragraph that a paywall box cuts off from the rest', () => {
    const standfirst = 'Storm pushed the sea over the harbour wall and flooded the old town as families fled their homes';
    const box = ['THIS CONTENT IS RESERVED FOR SUBSCRIBERS', 'Subscribe now to read the latest news in your city.', 'Unlimited online access to the paper and its puzzles.',
      'Subscribe now to read the latest news in your city.', 'Unlimited online access to the paper and its puzzles.', 'Create an account or sign in to continue with your reading experience.',
      'Sign In or Create an Account', 'Create an account or sign in to continue with your reading experience.', 'Already have an account? Sign in', 'Article content'];
    const lines = ['Home', 'News', 'Storm floods the old harbour town', standfirst, 'Jane Doe', 'Published Mar 03, 2023', 'Photo by John Roe /Getty Images',
      STORM[0], ...box, STORM[1], 'Article content', STORM[2], 'Comments', 'Most read', 'Council tax to rise again next year'];
    const article = extractText(lines.join('\n'), 'case.txt');
    expect(article.title).toBe('Storm floods the old harbour town');
    expect(article.paragraphs).toEqual([standfirst, ...STORM]);
    // Without the box, the first paragraph was in the article's run already: the same paragraphs.
    expect(extractText(lines.filter((line) => !box.includes(line)).join('\n'), 'case.txt').paragraphs).toEqual([standfirst, ...STORM]);
    // A line under the headline that the article does not repeat is no stand-first (a link to another story).
    const other = 'Council tax is set to rise again next year as the cost of living keeps climbing for every household';
    const linked = extractText([...lines.slice(0, 3), other, ...lines.slice(4)].join('\n'), 'case.txt');
    expect(linked.paragraphs).toEqual(STORM);
    expect(linked.removed.map((block) => block.text)).toContain(other);
  });

  it('should leave out a post embedded from a social network, its text and its credit, not the paragraph before it', () => {
    const reasons = leftOut([[], ['Harbour road closed until further notice.', 'Stay safe everyone and keep away from the sea wall tonight. pic.twitter.com/abc123',
      '— Harbour Council (@harbourcouncil) March 3, 2023'], []]);
    for (const line of ['Harbour ro', 'Stay safe ', '— Harbour ']) expect(reasons.get(line)).toBe('post embedded from a social network');
  });

  it('should keep no copy of the headline that the page prints again above the article', () => {
    const headline = 'What comes next for the old harbour town after the storm?';
    const article = extractText([`${headline} | Harbour Daily Loaded`, 'Home', 'News', headline, ...STORM].join('\n'), 'case.txt');
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual(STORM);
  });

  it('should take the outlet\'s initials signing off the last paragraph out of it', () => {
    const article = extractText(stormPage([[], [], []]).replace(/whole year\.$/, 'whole year. HD'), 'case.txt');
    expect(article.paragraphs).toEqual(STORM);
    expect(reasonsOf(article).get('HD')).toBe('sign-off');
  });

  it('should read the dateline from the first paragraph after a stand-first', () => {
    const standfirst = 'The storm pushed the sea over the harbour wall and flooded the old town, forcing families from their homes.';
    const lead = `HARBOURTOWN: ${STORM[0]}`;
    const article = extractText(['Home', 'News', 'Storm floods the old harbour town', standfirst, 'By Jane Doe', lead, STORM[1], STORM[2]].join('\n'), 'case.txt');
    expect(article.paragraphs).toEqual([standfirst, lead, STORM[1], STORM[2]]);
    expect(article.dateline).toBe('HARBOURTOWN');
  });

  it('should read text hard-wrapped at 60 columns (a PDF\'s, an e-mail\'s) as the same article', () => {
    const article = extractText(hardWrap(stormPage([[], [], []]), 60), 'wrapped.txt');
    expect(article).toMatchObject({ title: 'Storm floods the old harbour town', authors: ['Jane Doe'], published: '2023-03-03', paragraphs: STORM });
  });

  it('should keep every paragraph of an article copied without its headline, a long first one included', () => {
    const lead = 'The harbour committee sent a letter on Wednesday to the regional governor demanding answers about the delays to the repair of the sea wall and the cost of the temporary barriers put up along the front in the U.S.';
    const article = extractText([lead, ...STORM].join('\n\n'), 'paragraphs.txt');
    expect(article.paragraphs).toEqual([lead, ...STORM]);
    expect(article.titleDerived).toBe(true);
  });

  it('should keep a line that introduces the quotation after it', () => {
    const article = extractText(['Storm floods the old harbour town', STORM[0], 'Harbour Gazette reported:', STORM[1], STORM[2]].join('\n'), 'quote.txt');
    expect(article.paragraphs).toEqual([STORM[0], 'Harbour Gazette reported:', STORM[1], STORM[2]]);
  });

  it('should return no body for text that is only navigation', () => {
    expect(extractText('Home\nNews\nSport\nLog in\nSubscribe', 'nav.txt').paragraphs).toEqual([]);
  });
});

/** Pages in other languages: their own function words tell prose from furniture (an English list finds none). */
describe('extractText on pages not in English', () => {
  const page = (menu: string[], headline: string, paragraphs: string[], footer: string[]) =>
    [...menu, '', headline, '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), ...footer].join('\n');

  it('keeps the body and headline of a Russian article and drops its menus', () => {
    const paragraphs = [
      'Министр иностранных дел заявил в пятницу, что правительство не будет менять свою политику по этому вопросу, несмотря на давление союзников.',
      'Это был первый раз, когда чиновники публично говорили об этом плане с тех пор, как он был объявлен весной прошлого года.',
      'Критики решения считают, что оно мало поможет тем людям, которые больше всего в этом нуждаются, и призывают к новым переговорам.',
    ];
    const article = extractText(page(['Главная', 'Новости', 'Политика', 'Экономика', 'Спорт'], 'Министр отказался менять политику', paragraphs, ['Читайте также', 'Все новости дня', '© 2024 Все права защищены']), 'ru.txt');
    expect(article.paragraphs).toEqual(paragraphs);
    expect(article.title).toBe('Министр отказался менять политику');
    expect(article.titleDerived).toBe(false);
  });

  it('keeps the body and subheadings of an Arabic article, whose words carry vowel marks and whose questions end in ؟', () => {
    const paragraphs = [
      'قال وزير الخارجية يوم الجمعة إن الحكومة لن تُغيّر سياستها في هذه المسألة، على الرغم من الضغوط التي يمارسها الحلفاء منذ أسابيع.',
      'وكانت هذه هي المرة الأولى التي يتحدث فيها المسؤولون علنًا عن الخطة منذ الإعلان عنها في الربيع الماضي أمام البرلمان.',
      'ويرى المنتقدون أن القرار لن يساعد كثيرًا الذين هم في أمسّ الحاجة إليه، فهل تعود الأطراف إلى طاولة المفاوضات في وقت قريب؟',
    ];
    const article = extractText(page(['الرئيسية', 'أخبار', 'رياضة', 'اقتصاد'], 'وزير الخارجية: الحكومة لن تغير سياستها', paragraphs, ['اقرأ أيضًا', 'جميع الحقوق محفوظة']), 'ar.txt');
    expect(article.paragraphs).toEqual(paragraphs);
    expect(article.title).toBe('وزير الخارجية: الحكومة لن تغير سياستها');
    // A script without capitals has no all-capitals labels: a subheading stays.
    const headed = extractText(['الرئيسية', 'أخبار', 'وزير الخارجية: الحكومة لن تغير سياستها', paragraphs[0], 'ماذا بعد القرار الحكومي', paragraphs[1], paragraphs[2]].join('\n'), 'ar.txt');
    expect(headed.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });
});
