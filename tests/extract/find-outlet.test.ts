import { describe, expect, it } from 'vitest';
import { findOutlet } from '../../src/extract/find-outlet.js';
import { linesOf } from '../helpers.js';

const HEADLINE = 'Harbour strike halts grain exports for a third day';
const LEAD = 'Dockworkers walked out over pay on Tuesday, leaving dozens of grain ships waiting at anchor outside the port.';

/** The outlet found in a page: `before` the headline, the lead, then `after` (the footer). */
function outletOf(before: string[], after: string[]): string | null {
  const lines = linesOf([...before, HEADLINE, LEAD, ...after].join('\n'));
  const title = lines.findIndex((line) => line.text === HEADLINE);
  return findOutlet(lines, title + 1, lines[title].index, null)?.outlet ?? null;
}

describe('findOutlet', () => {
  it('should take a site named in the furniture, not the page speaking of itself, a section in its menu or an interface phrase', () => {
    expect(outletOf([], ['More from The Telegraph'])).toBe('The Telegraph');
    expect(outletOf([], ['MORE FROM WIRED'])).toBe('WIRED');
    for (const line of ['Follow us', 'FOLLOW US ON', 'Follow us on Snapchat', 'SIGN UP FOR OUR EMAILS', 'SUBSCRIBE TO UNLOCK MORE ARTICLES', 'Sign up for alerts']) {
      expect(outletOf([], [line]), line).toBeNull();
    }
    expect(outletOf(['Menu', 'World', 'Politics', 'Business'], ['More from Politics'])).toBeNull();
  });

  it('should take the copyright holder over a section or partner the furniture names, unless it is a company or named less', () => {
    expect(outletOf([], ['Latest from Shopping Essentials', 'Read the National Post', '© 2024 National Post, a division of Postmedia Network Inc. All rights reserved.'])).toBe('National Post');
    expect(outletOf([], ['More from NBC’s TODAY:', 'Trending on TGP', '© 2023 The Gateway Pundit'])).toBe('The Gateway Pundit');
    // A product under the holder's name is the holder's.
    expect(outletOf([], ['Subscribe to Harbour PRO', '© 2023 Harbour LLC. All Rights Reserved.'])).toBe('Harbour');
    // The holder agrees with a line of the furniture: that line's spelling.
    expect(outletOf([], ['Follow Canada.com', '© 2026 Canada.com, a division of Postmedia Network Inc. All rights reserved.'])).toBe('Canada.com');
    // A company, or a name the page gives less often than the furniture's: the furniture.
    expect(outletOf([], ['MORE FROM WIRED', 'WIRED Recommends', '© 2024 Condé Nast. All rights reserved.'])).toBe('WIRED');
    expect(outletOf([], ['Subscribe to The Daily Courier', '© 2024 Courier Media Group. All rights reserved.'])).toBe('The Daily Courier');
  });

  it('should read the site a sign-up sentence names, where the sentence goes on after it', () => {
    expect(outletOf([], ['I would like to be emailed about offers, events and updates from Harbour Standard. Read our privacy notice.'])).toBe('Harbour Standard');
    expect(outletOf([], ['Newsletters', 'Sign up for our daily newsletter to receive the best stories from The Harbour Review.', 'Sign up', 'Privacy policy'])).toBe('The Harbour Review');
    expect(outletOf(['Stay up to date with notifications from The Harbour Courier'], [])).toBe('The Harbour Courier');
    expect(outletOf([], ['Join Our Newsletter', 'I agree to receive emails from The Harbour Review and to the Privacy Policy and Terms of Use.'])).toBe('The Harbour Review');
    expect(outletOf([], ['More from The Globe and Mail'])).toBe('The Globe and Mail');
  });

  it('should take the site a company owns over the company of the copyright notice', () => {
    const notice = '© 2024 Harbour Media Group Ltd. All rights reserved.';
    expect(outletOf([], ['Harbour Daily is part of Harbour Media Group Ltd, a leading digital publisher.', notice])).toBe('Harbour Daily');
    // A line that is the brand inside the company's name, a word of publishing alone is none.
    expect(outletOf(['The Harbour Courier'], ['© 2024 Harbour Courier Newspapers Limited'])).toBe('The Harbour Courier');
    expect(outletOf(['Harbour', 'News'], ['© 2024 Harbour News & Media Limited'])).toBe('Harbour');
    expect(outletOf(['News'], ['© 2024 Harbour News & Media Limited'])).toBe('Harbour News & Media');
    // The site's address names the brand in lower case.
    expect(outletOf([], ['Weather', 'harbour.com.au', 'Log In', '© 2026 Harbour Entertainment Co.'])).toBe('harbour.com.au');
    expect(outletOf([], ['Weather', 'portside.com.au', 'Log In', '© 2026 Harbour Entertainment Co.'])).toBe('Harbour Entertainment');
    // A link about the site, unless it shortens the holder's own name.
    expect(outletOf([], ['About 7Harbour', '© 2026 Harbour Entertainment Co.'])).toBe('7Harbour');
    expect(outletOf([], ['Work at The Globe', '© Copyright 2024 The Globe and Mail Inc. All rights reserved.'])).toBe('The Globe and Mail');
  });

  it('should take an outlet from an author\'s bio only when the page names it again', () => {
    const bio = 'Jane Roe is an editor of Workday Magazine and a contributing editor for The Harbour Times.';
    expect(outletOf([], [bio, 'Stories in The Harbour Times'])).toBe('The Harbour Times');
    expect(outletOf([], [bio])).toBeNull();
  });

  it('should take the holder of the footer\'s copyright notice, without its company form, and no photographer\'s credit', () => {
    expect(outletOf([], ['© 2025 National Post, a division of Postmedia Network Inc. All rights reserved.'])).toBe('National Post');
    expect(outletOf([], ['© Copyright 2024 The Globe and Mail Inc. All rights reserved.'])).toBe('The Globe and Mail');
    expect(outletOf([], ['Daily Maverick © All rights reserved'])).toBe('Daily Maverick');
    expect(outletOf([], ['Copyright Jane Doe/AP', 'Terms of use', '© 2024 Reuters. All rights reserved'])).toBe('Reuters');
    expect(outletOf([], ['Copyright Jane Doe/AP'])).toBeNull();
    expect(outletOf([], ['© All rights reserved.'])).toBeNull();
  });

  it('should take a masthead that the page names again or that gives a section, not the first item of a menu', () => {
    expect(outletOf(['Espreso. Global'], [])).toBe('Espreso');
    expect(outletOf(['Harbour Daily'], ['Sign up for the Harbour Daily newsletter today'])).toBe('Harbour Daily');
    expect(outletOf(['Home', 'News', 'Sport', 'Opinion'], [])).toBeNull();
    expect(outletOf(['Live'], [])).toBeNull();
  });

  it('should take a footer link about the site last, after the copyright holder, and no "About Us"', () => {
    expect(outletOf([], ['About Us', 'Work at Harbour Daily', 'Privacy Policy'])).toBe('Harbour Daily');
    expect(outletOf([], ['About Us', 'Contact Us'])).toBeNull();
    expect(outletOf([], ['Work at The Globe', '© Copyright 2024 The Globe and Mail Inc. All rights reserved.'])).toBe('The Globe and Mail');
  });

  it('should take a byline that credits the site, which the text calls "the …", and no reporter\'s byline', () => {
    const page = (byline: string, said: string) => {
      const lines = linesOf([HEADLINE, byline, LEAD, said].join('\n'));
      return findOutlet(lines, 2, 0, null)?.outlet ?? null;
    };
    expect(page('by Harbour DailyMarch 3, 2023', 'Dockworkers told the Harbour Daily that the strike would go on.')).toBe('Harbour Daily');
    expect(page('by Jane Doe', 'Dockworkers told the Harbour Daily that the strike would go on.')).toBeNull();
  });

  it('should take the outlet a byline credits its reporter to, not a reporter\'s rank', () => {
    // An address the page gives in capitals only is written as addresses are.
    expect(outletOf(['By JANE ROE FOR THEHARBOUR.COM'], [])).toBe('theharbour.com');
    expect(outletOf(['By JANE ROE FOR THEHARBOUR.COM'], ['Read more at TheHarbour.com'])).toBe('TheHarbour.com');
    // A byline whose parts give the site's address and the date.
    expect(outletOf(['Jane Roe / THEHARBOUR.COM / Sep 2, 2024, 17:07 IST'], ['Copyright © 2024 Harbour Holdings & Co. Ltd. All rights reserved.'])).toBe('theharbour.com');
    expect(outletOf(['Home / theharbour.com / World'], [])).toBeNull();
    expect(outletOf(['By Jane Roe for The Harbour Daily'], [])).toBe('The Harbour Daily');
    expect(outletOf(['By HARBOUR NEWS Reporter'], [])).toBe('HARBOUR NEWS');
    for (const byline of ['By Staff Reporter', 'By Our Correspondent', 'By A Special Correspondent', 'By Jane Roe, Political Reporter']) expect(outletOf([byline], []), byline).toBeNull();
  });

  it('should take the first of two titles a line names together, keep a name joined by "and" whole, and take no page label for a masthead', () => {
    expect(outletOf([], ['Subscribe to Harbour Daily and Sunday Harbour Daily newspapers'])).toBe('Harbour Daily');
    expect(outletOf([], ['Subscribe to Harbour Star and Harbour Star On Sunday newspapers'])).toBe('Harbour Star');
    expect(outletOf([], ['More from The Globe and Mail'])).toBe('The Globe and Mail');
    expect(outletOf(['Live', 'Menu', 'Harbour strike: Live updates as crews return'], [])).toBeNull();
  });

  it('should take the site its reporters interview for, where the page bears the name out, and no outlet it only cites', () => {
    const page = (said: string[], after: string[] = []) => {
      const lines = linesOf([HEADLINE, LEAD, ...said, ...after].join('\n'));
      return findOutlet(lines, 1, 0, null)?.outlet ?? null;
    };
    const told = 'The union’s leader told Harbour Wire on Tuesday that the talks had broken down over night shifts.';
    const explained = 'A port official, speaking after the vote, explained to Harbour Wire that the ships would wait at anchor.';
    // Told twice, named nowhere else; or once, with a line of the furniture naming it.
    expect(page([told, explained])).toBe('Harbour Wire');
    expect(page([told], ['More Harbour Wire', 'Privacy policy'])).toBe('Harbour Wire');
    expect(page([told.replace('told Harbour Wire', 'told The Harbour Wire')], ['The Harbour Wire', 'Privacy policy'])).toBe('The Harbour Wire');
    // An interview the page only cites, once; a person told twice and named before.
    expect(page([told.replace('Harbour Wire', 'Sky Sports')])).toBeNull();
    const person = ['Jane Okafor, a crane driver, joined the strike on its first day.', 'Her colleagues told Okafor that the strike would go on.', 'The dockworkers later told Okafor they would vote again.'];
    expect(page(person)).toBeNull();
    // Before a holder the page names less often, and before a company's name.
    expect(page([told], ['More Harbour Wire', 'Harbour Wire Events', '© 2024 Portside. All rights reserved.'])).toBe('Harbour Wire');
    expect(page([told], ['More Harbour Wire', '© 2024 Portside Media Group. All rights reserved.'])).toBe('Harbour Wire');
    expect(page([told], ['Portside', 'More from Portside', '© 2024 Portside. All rights reserved.'])).toBe('Portside');
  });

  it('should read a sign-up sentence after the article\'s end, and none inside the article', () => {
    const signUp = 'By signing up, I agree to receive emails from The Harbour Review and to the Privacy Policy and Terms of Use.';
    const inside = 'The union said its leader had received angry emails from Harbour Shipping.';
    const lines = linesOf([HEADLINE, LEAD, inside, 'Join Our Newsletter', signUp].join('\n'));
    const end = lines.findIndex((line) => line.text === inside);
    expect(findOutlet(lines, 1, 0, null, end)?.outlet).toBe('The Harbour Review');
    expect(findOutlet(lines, 1, 0, null, lines.length)?.outlet ?? null).toBeNull();
  });

  it('should give a name found in capitals as the page writes it elsewhere, and keep an acronym or a name it only capitalises', () => {
    expect(outletOf([], ['MORE FROM THE HARBOUR TIMES', 'The Harbour Times is not responsible for the content of external sites.'])).toBe('The Harbour Times');
    expect(outletOf([], ['MORE FROM THE HARBOUR TIMES', 'Dockworkers told the Harbour Times that the strike would go on.'])).toBe('The Harbour Times');
    expect(outletOf([], ['MORE FROM HARBOURWIRE', 'Visit harbourwire.example'])).toBe('HARBOURWIRE');
    expect(outletOf([], ['MORE FROM HTV', 'Htv is the island\'s channel.'])).toBe('HTV');
  });
});

