/** Line → prose-or-furniture class, from general evidence (after jusText, with more furniture signals). */
import type { Line } from './split-lines.js';
import { pageStopwords } from './page-stopwords.js';
import { CAPTION_PATTERN, CREDIT_PATTERN, END_MARKER, INTERFACE_PATTERN, ROLE_WORDS, STOPWORDS, WIRE_CAPTION, WIRE_CREDIT } from './vocabulary.js';

/** How a line looks on its own: prose (`good`), probably prose (`near`), too short to tell, or furniture. */
export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** A line with its measured features and class. */
export interface ClassifiedLine extends Line {
  words: number;
  stopwordDensity: number;
  endsSentence: boolean;
  headlineLike: boolean;
  cls: LineClass;
  /** Why a `bad` line is furniture. */
  reason: string | null;
  /** The line opens a block of links or site matter. */
  endMarker: boolean;
  /**
   * Furniture a site sets between an article's paragraphs (a link to another story, a sign-up prompt): classed
   * by its form like any line, so it neither cuts the article nor is kept in it.
   */
  inset?: boolean;
  /** The line is repeated verbatim on the page. */
  repeated?: boolean;
  /** How many times the page prints a repeated line. */
  copies?: number;
}

// Marks (\p{M}) continue a word: vowel signs and diacritics of Arabic, Hebrew or Indic scripts.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** Words of a line. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Content words of a text, lower-cased and crudely stemmed (a text's topic, to compare with another's). */
export function keyWords(text: string): Set<string> {
  return new Set(wordsOf(text).map((word) => word.toLowerCase().replace(/['’]s$/, '')).filter((word) => word.length > 2 && !STOPWORDS.has(word)).map((word) => word.slice(0, 5)));
}

/** Why a line that reads as prose on its own is furniture by its neighbours: it stands in a list of links. */
export const LIST_REASON = 'in a list of links after a "Read also"-style line';
export const RUN_REASON = 'run of headline-like lines (a list of links or a menu)';

/** Words of a paragraph of prose at least, one copy of which a page that repeats it whole keeps. */
const REPEATED_PARAGRAPH_WORDS = 20;

/** Normalised form used to spot lines repeated verbatim. */
function normal(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * What a sign-up form says to the reader: "By providing your email address, you agree to …", "By signing up,
 * you confirm …", "If you are a print subscriber, online access is included …", "I would like to be emailed about
 * offers …", "Read our privacy policy", and a newsletter's promise ("Get the latest news from X in your inbox").
 */
const SIGN_UP_PATTERN = /^(?:by (?:providing|entering|submitting|signing up|subscribing|clicking|registering|continuing)\b.{0,40}\byou\b|if you are an? (?:[\w-]+ ){0,3}subscriber\b|thanks? (?:you )?for (?:signing up|subscribing)\b|i (?:would like|want|wish|agree|consent) to (?:be emailed|be contacted|receive|get)\b)|\b(?:will soon be|will arrive|will land) in your inbox\b|\bread our privacy (?:policy|notice)\b|^(?:get|receive|have)\b(?:[^.!?]|\.(?=\S)){0,80}\b(?:news|stories|headlines|newsletters?|updates|briefings?|coverage)\b(?:[^.!?]|\.(?=\S)){0,60}\b(?:in|to|into) your inbox\b/i;

/** A prompt to follow the outlet elsewhere: "Follow The Daily Paper on Google News …", "Add us as a preferred source on Google",
 * "Add as preferred on Google". */
const FOLLOW_PATTERN = /^follow (?:\S+ ){1,4}on (?:google news|google|twitter|x|facebook|instagram|whatsapp|telegram|linkedin|threads|bluesky|tiktok|youtube)\b|\bas an? (?:preferred|trusted) source\b|^add (?:us )?as (?:a )?preferred\b/i;

/** The newsroom asking readers for stories: "Got a story? Get in touch with our news team by emailing us at …". */
const TIPS_PATTERN = /^(?:got|have you got|do you have) an? (?:story|news tip|tip|news story)\b[^?]{0,20}\?|\b(?:get in touch with|contact|e-?mail(?:ing)?) (?:us|our (?:news|editorial|newsroom)(?: team| desk)?)\b[^.]{0,40}@/i;

/** A link to another story, video or gallery set in the text: "ALSO READ: …", "Read more: …", "Related: …", "WATCH | …",
 * "For more stories like this, …". */
const STORY_LINK_PATTERN = /^(?:also read|read also|read more|more reading|related(?: (?:story|article|coverage|reading))?|see also|recommended|check also|watch|listen|video|photos?|gallery)\s*[:|–—]\s*\S|^for more (?:stories|news|articles|content|coverage) like this\b/i;

/** What a page says to the reader about their browser: "Please enable JavaScript to view the comments", "Your
 * browser does not support the video tag", "… may not work correctly while an ad blocker is enabled". */
const BROWSER_NOTICE = /\bvideo (?:has )?failed to load\b|\btry refreshing (?:your|the) (?:browser|page)\b|\b(?:enable|turn on|activate|allow) javascript\b|\bjavascript (?:is )?(?:disabled|required|needed|must be enabled)\b|\b(?:update|upgrade) your browser\b|\bbrowser (?:does ?n[o’']t|is not able to|cannot|can[’']t) (?:support|play|display|show)\b|\bad[- ]?block(?:er|ers|ing)?\b[^.]{0,60}\b(?:enabled|disable|turn(?:ed)? off|whitelist|allow)\b|\b(?:disable|turn off|pause) (?:your )?ad[- ]?block/i;

/** What is not a letter or a mark (to count a line's letters). */
const NOT_LETTERS = /[^\p{L}\p{M}]+/gu;

/** Every interface word of a line (the pattern made global once). */
const INTERFACE_ALL = new RegExp(INTERFACE_PATTERN.source, 'gi');

/** Cookie banners and cookie tables ("_ga 2 years This cookie is used by …"). */
const CONSENT_PATTERN = /\bcookies?\b.{0,80}\b(?:used?|set|sets|stores?|tracks?|consent|collects?|enables?|analy[sz]e)\b|\b(?:consent|opt[- ]out)\b.{0,60}\b(?:cookies?|tracking|personal data)\b/i;

/** Classify every line, using the whole page for repetition. */
export function classifyLines(lines: Line[]): ClassifiedLine[] {
  // Copies of each text, and how many of them end a sentence.
  const seen = new Map<string, { copies: number; sentences: number }>();
  const keys = lines.map((line) => normal(line.text));
  lines.forEach((line, index) => {
    const key = keys[index];
    if (key.length < 12) return;
    const entry = seen.get(key) ?? { copies: 0, sentences: 0 };
    entry.copies++;
    if (endsSentence(line.text)) entry.sentences++;
    seen.set(key, entry);
  });
  const words = lines.map((line) => wordsOf(line.text));
  // A text the page repeats is a caption or a menu; but when one copy is a sentence and the others are not, that
  // copy is the paragraph the page quotes under a photo or among its key points.
  const repeated = (line: Line, index: number) => {
    const entry = seen.get(keys[index]);
    return entry !== undefined && entry.copies > 1 && !(entry.sentences === 1 && endsSentence(line.text)) ? entry.copies : 0;
  };
  const stopwords = pageStopwords(words).words;
  const classified = lines.map((line, index) => classifyLine(line, words[index], stopwords, repeated(line, index)));
  // A paragraph of prose repeated whole (a pull quote, a summary or an excerpt that repeats the lead) is the
  // article's once: its first copy that prose follows, as it follows a paragraph (a caption is followed by its
  // credit, a subscription's pitch by its next line).
  const restored = new Set<string>();
  classified.forEach((line, index) => {
    const entry = seen.get(keys[index]);
    const next = classified[index + 1];
    if (!line.repeated || !entry || restored.has(keys[index]) || entry.sentences !== entry.copies || words[index].length < REPEATED_PARAGRAPH_WORDS) return;
    if (next === undefined || next.repeated || (next.cls !== 'good' && next.cls !== 'near') || !next.endsSentence || next.words < 12) return;
    const alone = classifyLine(lines[index], words[index], stopwords, 0);
    if (alone.cls !== 'good') return;
    classified[index] = alone;
    restored.add(keys[index]);
  });
  return smoothLists(classified);
}

/** The credit under a post embedded from a social network: a dash, the author, the handle, the date. */
const POST_CREDIT = /^[—–-]\s?.{1,80}\(@\w{1,15}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}$/u;
/** Characters of a post's text (a post holds 280, and a link to its picture), and words of a line of it above its last. */
const POST_CHARS = 320;
const POST_LINE_WORDS = 20;
/** Why an embedded post is left out. */
export const POST_REASON = 'post embedded from a social network';

/** Words of a photo credit on a line of its own ("Kristy Sparow/Stringer/Getty Images"), and of the caption over it. */
const CREDIT_WORDS = 8;
const CAPTION_WORDS = 15;

/** Does a line end a sentence? Sentence ends of other scripts too: Arabic ؟, CJK 。！？, Devanagari ।. */
function endsSentence(text: string): boolean {
  return /[.!?…"”’'):;؟。！？।]$/.test(text) && !/\.\.\.$|…$/.test(text) || /[.!?؟]["”’»]$/.test(text);
}

/** Does a line read as a full sentence of prose? */
const isSentence = (line: ClassifiedLine) => (line.cls === 'good' || line.cls === 'near') && line.endsSentence;

/**
 * Context: lists of other stories. Lines after a "Read also"-style marker, up to the next sentence of
 * prose, are furniture; so is any run of three or more unpunctuated headline-like lines, unless it is a
 * bulleted list standing between prose paragraphs.
 */
function smoothLists(lines: ClassifiedLine[]): ClassifiedLine[] {
  const out = lines.map((line) => ({ ...line }));
  let afterMarker = false;
  for (const line of out) {
    if (line.endMarker) { afterMarker = true; continue; }
    if (afterMarker && isSentence(line) && line.words >= 12) afterMarker = false;
    // A line set in by the site keeps its own reason ("Add us as a preferred source …" after "Share this article").
    if (afterMarker && line.cls !== 'bad' && !line.inset) Object.assign(line, { cls: 'bad', reason: LIST_REASON });
  }
  // Runs of short unpunctuated lines; then runs of such lines of any class that hold three long ones, a list of
  // other stories with their standfirsts ("Stamp prices to rise by record amount - as cost of sending …").
  markRuns(out, (line) => line.cls !== 'good', (run) => run.length >= 3);
  markRuns(out, () => true, (run) => run.filter((entry) => entry.cls === 'good').length >= 3);
  // A post embedded from a social network: its credit ("— Jane Roe (@janeroe) May 6, 2025") and, above it, its
  // text, as much as a post holds.
  out.forEach((line, index) => {
    if (!POST_CREDIT.test(line.text)) return;
    Object.assign(line, { cls: 'bad', reason: POST_REASON });
    let chars = 0;
    // The line above the credit ends the post; a line above that is the post's too when it is no longer than a
    // post's paragraphs run (a paragraph of the article before the post is longer).
    for (let at = index - 1; at >= 0 && chars + out[at].text.length <= POST_CHARS && !out[at].endMarker && (at === index - 1 || out[at].words <= POST_LINE_WORDS); at--) {
      chars += out[at].text.length;
      Object.assign(out[at], { cls: 'bad', reason: POST_REASON });
    }
  });
  // A short line set over a photo's credit is its caption ("Zendaya attends the 2021 premiere in London." over
  // "Tim P. Whitby/Getty Images").
  out.forEach((line, index) => {
    const next = out[index + 1];
    if (next?.reason === CAPTION_REASON && next.words <= CREDIT_WORDS && line.cls !== 'bad' && !line.inset && line.words <= CAPTION_WORDS) {
      Object.assign(line, { cls: 'bad', reason: OVER_CREDIT_REASON });
    }
  });
  return out;
}

/** Mark as furniture each run of lines that end no sentence (of at most 30 words, and `member`) that `isList`
 * takes for a list, of three different lines at least, unless it is a bulleted list framed by sentences of prose. */
function markRuns(out: ClassifiedLine[], member: (line: ClassifiedLine) => boolean, isList: (run: ClassifiedLine[]) => boolean): void {
  let runStart = 0;
  for (let index = 0; index <= out.length; index++) {
    const line = out[index];
    const inRun = line !== undefined && !line.endsSentence && line.words <= 30 && member(line);
    if (inRun) continue;
    const run = out.slice(runStart, index);
    const framed = run.every((entry) => entry.bullet) && out[runStart - 1] && isSentence(out[runStart - 1]) && line && isSentence(line);
    // A list holds three different entries: a label the site sets around each block ("Article content", a
    // subheading, "Article content") makes no list of what it frames.
    const different = new Set(run.map((entry) => normal(entry.text))).size;
    if (different >= 3 && !framed && isList(run)) {
      for (const entry of run) if (entry.cls !== 'bad' && !entry.inset) Object.assign(entry, { cls: 'bad', reason: RUN_REASON });
    }
    runStart = index + 1;
  }
}

function classifyLine(line: Line, words: string[], stopwords: ReadonlySet<string>, repeated: number): ClassifiedLine {
  const { text } = line;
  const stop = words.filter((word) => stopwords.has(word.toLowerCase().replace(/[’']s$/, ''))).length;
  const stopwordDensity = words.length ? stop / words.length : 0;
  const ends = endsSentence(text);
  const letters = text.replace(NOT_LETTERS, '').length;
  const headlineLike = words.length >= 3 && words.length <= 30 && !/[.:;,]$/.test(text) && letters > text.length * 0.6;
  const base = { ...line, words: words.length, stopwordDensity, endsSentence: ends, headlineLike, endMarker: END_MARKER.test(text) };
  const bad = (reason: string): ClassifiedLine => ({ ...base, cls: 'bad', reason });

  if (letters < 2 || letters < text.length * 0.4) return bad('no words (symbols, numbers or times)');
  if (words.length <= 6 && POST_STAMP.test(text)) return bad(POST_STAMP_REASON);
  if (base.endMarker) return bad('opens a list of links or site matter');
  if (repeated) return { ...bad(REPEATED_REASON), repeated: true, copies: repeated };
  if (/^(?:©|\(c\)|copyright\b)|all rights reserved/i.test(text)) return bad('copyright line');
  if (words.length < 45 && (/contributed (?:to )?(?:this|the) (?:report|story|article)|\breported from\b.{0,60}\.$/i.test(text) || WIRE_CREDIT.test(text))) {
    return bad('credit line');
  }
  if (/^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’.-]+){1,3} (?:is|was|has been) (?:a|an|the)\b/u.test(text) && ROLE_WORDS.test(text.slice(0, 160))) {
    return bad('author bio');
  }
  // The patterns below are tried only on lines short enough to be what they find (a long one is prose).
  if (words.length < 60 && AUTHOR_CONTACT.test(text)) return bad('author bio');
  if (words.length < 60 && /(?:\.\.\.|…)$/.test(text)) return bad('teaser of another story (ends in an ellipsis)');
  if (words.length < 60 && (CAPTION_PATTERN.test(text) || CREDIT_PATTERN.test(text) || WIRE_CAPTION.test(text))) return bad(CAPTION_REASON);
  if (isConsentNotice(text, words.length)) return bad('cookie or consent notice');
  if (isBrowserNotice(text, words.length)) return bad(BROWSER_NOTICE_REASON);
  // Capitals, none lower case: scripts without case (Arabic, Chinese, Hindi) have neither.
  if (/\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && words.length <= 20 && letters > 3) return bad(CAPITALS_REASON);
  const interfaceHits = words.length < 60 ? (text.match(INTERFACE_ALL) ?? []).length : 0;
  if (interfaceHits && words.length <= 6) return bad('site interface text');
  if (interfaceHits >= 2 && words.length <= 14 && !ends) return bad('site interface text');
  // Prose about a website ("the search box") names its interface too: a long line needs them denser.
  if (interfaceHits >= Math.max(3, words.length * 0.1) && words.length < 60) return bad('site interface text');

  let cls: LineClass;
  if (words.length >= 12 && stopwordDensity >= 0.22 && (ends || words.length >= 18)) cls = 'good';
  else if (words.length >= 6 && stopwordDensity >= 0.15 && ends) cls = 'near';
  else if (words.length >= 16 && stopwordDensity >= 0.15) cls = 'near';
  else cls = 'short';
  // Set in the text by the site: it reads as what it looks like where the article is sought, and is never kept.
  const inset = insetReason(text, words.length);
  return inset ? { ...base, cls, reason: inset, inset: true } : { ...base, cls, reason: null };
}

/**
 * The stamp of a live blog's post: its time, and the name of who wrote it, the time glued on or not ("18:25Antony
 * Clements-Thrower", "9.41am Jane Doe", "14:02 BST").
 */
const POST_STAMP = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:BST|GMT|UTC|CET|CEST|EST|EDT|ET|PST|PDT|PT|IST|SAST|AEST|AEDT))?(?:\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?$/u;
export const POST_STAMP_REASON = 'time stamp of a live post';

/** How to reach an author or read more of theirs: "You can email Jane Doe here, and read more of Jane Doe's articles here". */
const AUTHOR_CONTACT = /\b(?:[Ee]-?mail|[Ff]ollow|[Cc]ontact) (?:him|her|them|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:here|on (?:[Tt]witter|X|[Ff]acebook|[Ii]nstagram|[Ll]inked[Ii]n))\b|\b[Rr]ead more of [^.]{0,40}\barticles here\b/u;

/**
 * What an outlet asks of its readers to pay for its work: "support independent journalism", "become a sustaining
 * member", "every dollar donated helps", "we don't have ads", "for only $5 a month", "Enjoyed this story?". One such
 * phrase can be news ("support the work of the inquiry"); two different ones make the appeal.
 */
const APPEAL_PATTERN = /\b(?:(?:support|fund)(?:ing)? (?:our|independent|quality|the)(?: [\w-]+){0,2}? (?:work|journalism|reporting)|support the journalism|becom(?:e|ing) an? (?:paying |sustaining |founding )?(?:member|supporter|subscriber)\b(?! of)|invest in (?:[\w-]+ )?journalism|your source for (?:[\w-]+ ){0,2}(?:journalism|news)|for (?:only|just) \S{1,12} (?:a|per) (?:month|week|year)\b|enjoy(?:ed)? (?:this|the) (?:story|article)\?|(?:become|join(?:ing)?) (?:a |as a )?(?:sustaining|paying) (?:members?|supporters?|subscribers?)\b|(?:become|join) (?:a |as a )?(?:members?|supporters?|subscribers?|insiders?) (?:today|now|for)\b|(?:please )?donate (?:now|today|here)\b|donations? (?:from|by) (?:our )?readers|contribut(?:e|ing) (?:monthly|annually|today|now)\b|(?:we|it) (?:depend|rely|relies) on (?:our )?(?:members|readers|subscribers|supporters|donations)|(?:please )?consider (?:supporting|subscribing|donating|becoming)|for as little as|every (?:dollar|pound|rand|euro|contribution)\b|(?:keep|remains?) (?:it )?free for (?:all|everyone)|we don['’]t have ads)/gi;

/** Whether a line appeals to readers to pay for the outlet's work (two different appeal phrases). */
function isAppeal(text: string, words: number): boolean {
  if (words >= 300) return false;
  const phrases = new Set((text.match(APPEAL_PATTERN) ?? []).map((phrase) => phrase.toLowerCase()));
  return phrases.size >= 2;
}

/** Why a line the page prints more than once is left out: a caption printed twice, a menu entry. */
export const REPEATED_REASON = 'repeated verbatim on the page (caption or menu)';
/** Why a line in capitals only is left out: a label ("WATCH", "EXCLUSIVE"), or a subheading set in capitals. */
export const CAPITALS_REASON = 'all-capitals label';
/** Why a notice about the browser is left out. */
export const BROWSER_NOTICE_REASON = 'notice about the browser';
/** Why a photo caption is left out. */
export const CAPTION_REASON = 'photo caption or credit';
/** Why a line over a photo's credit is left out: its caption (or the headline, set over the lead photo). */
export const OVER_CREDIT_REASON = 'photo caption (over its credit)';

/** Whether a line was left out as a photo's caption or credit. */
export const isCaption = (line: ClassifiedLine): boolean => line.reason === CAPTION_REASON || line.reason === OVER_CREDIT_REASON;

/** Whether a line tells the reader about their browser ("Please enable JavaScript to view …"). */
export function isBrowserNotice(text: string, words = wordsOf(text).length): boolean {
  return words < 40 && BROWSER_NOTICE.test(text);
}

/** What a consent notice is about: cookies, opting out, personal data, privacy settings, consent, targeted ads. */
const CONSENT_TERMS = [/\bcookies?\b/i, /\bopt(?:ing)?[- ]?out\b/i, /\bpersonal(?:ly identifiable)? (?:information|data)\b/i,
  /\bprivacy (?:preferences|controls|settings|statement|policy|choices)\b/i, /\bconsent\b/i, /\bthird parties\b/i,
  /\b(?:targeted|interest-based|personali[sz]ed) (?:ads|advertis)/i];
/** The site speaking of itself: "we", "our", "us" (in lower case: "US" is a country). */
const SITE_VOICE = /\b(?:[Ww]e|[Oo]ur|us)\b/;

/**
 * Whether a line is a cookie banner or consent notice ("This website uses cookies to … By continuing …"); of any
 * length when it tells the reader ("you", "your") of two of a notice's matters and the site speaks in it ("When you
 * visit our website, we store cookies on your browser …"), or of three ("… sells your personal information to third
 * parties … the right to opt-out"): the long paragraphs of a consent manager's settings.
 */
export function isConsentNotice(text: string, words = wordsOf(text).length): boolean {
  if (words < 80 && CONSENT_PATTERN.test(text)) return true;
  const terms = CONSENT_TERMS.filter((term) => term.test(text)).length;
  return terms >= 2 && (text.match(/\byour?\b/gi) ?? []).length >= 2 && (terms >= 3 || SITE_VOICE.test(text));
}

/** Why a line is furniture a site sets between an article's paragraphs (a sign-up prompt, a link to another story), or null. */
export function insetReason(text: string, words = wordsOf(text).length): string | null {
  if (words < 80 && SIGN_UP_PATTERN.test(text)) return 'sign-up form text';
  if (words < 40 && STORY_LINK_PATTERN.test(text)) return 'link to another story';
  if (words < 40 && FOLLOW_PATTERN.test(text)) return 'prompt to follow the outlet';
  if (words < 60 && TIPS_PATTERN.test(text)) return 'request for news tips';
  if (isAppeal(text, words)) return 'appeal to support the outlet';
  return null;
}
