/**
 * General word lists that extraction reasons with. None names an outlet, a story or a file: they are the
 * vocabulary of English prose and of web-page furniture in general.
 */

/** Common English function words: prose is dense with them, navigation and headlines are not. */
export const STOPWORDS = new Set(
  `a about above after again against all also although am an and any are as at be because been before being
  below between both but by can could did do does doing down during each either even ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its itself
  just least less many may me might more most much must my myself neither no nor not now of off often on once only
  or other our ours ourselves out over own per rather same shall she should since so some still such than that the
  their theirs them themselves then there these they this those though through thus to too under until up upon us
  very via was we were what when where whether which while who whom whose why will with within without would yet
  you your yours yourself said says told according amid`.split(/\s+/),
);

/** Words of site interfaces: a short line made of them is furniture, not prose. */
export const INTERFACE_PATTERN = new RegExp(
  String.raw`\b(?:` +
    [
      'accessibility', 'skip to', 'jump to', 'main content', 'navigation', 'menu', 'log ?in', 'log ?out', 'sign ?in',
      'sign ?up', 'sign out', 'register', 'subscribe', 'subscription', 'newsletters?', 'my account', 'your account',
      'search', 'share (?:this|on|via|article|story)', 'share', 'tweet', 'whatsapp', 'facebook', 'twitter', 'instagram',
      'linkedin', 'youtube', 'tiktok', 'telegram', 'pinterest', 'email', 'print', 'copy link', 'bookmark', 'save',
      // "Comments" is a page's label; "a request for comment", "declined to comment", "comment on" are reporting.
      '(?<!\\b(?:for|to|no|further|immediate) )comments?(?! on\\b)', 'leave a (?:reply|comment)', 'reply', 'advertisement', 'advertise', 'sponsored', 'cookies?',
      'privacy', 'terms of (?:use|service)', 'all rights reserved', 'copyright', 'read (?:more|also|next|in app)', 'also read',
      'see (?:more|also|all)', 'check also', 'related', 'recommended', 'trending', 'most (?:read|popular|viewed)',
      'more (?:news|stories|from)', 'latest (?:news|stories)', 'top stories', 'breaking news', 'updated', 'published',
      'please wait', 'loading', 'no media source', 'click here', 'watch', 'listen', 'play', 'video', 'podcast',
      'photo', 'image', 'gallery', 'caption', 'toggle', 'close', 'expand', 'collapse', 'next', 'previous', 'back to',
      'download', 'app', 'notifications?', 'donate', 'support us', 'contact us', 'about us', 'follow us', 'edition',
      'settings', 'feedback', 'e-?paper', 'drop zone', 'supernav', 'comment(?:ing)? policy', 'community (?:guidelines|standards)',
    ].join('|') +
    String.raw`)\b`,
  'i',
);

/** Lines that open a block of links to other stories, comments or site matter after an article. */
export const END_MARKER = /^(?:read (?:also|more|next)|see also|check also|related(?: (?:articles?|stories|news|content|topics|coverage))?|more (?:from|on|stories|news)\b.*|recommended(?: for you)?|you (?:may|might) (?:also )?like|most (?:read|popular|viewed)|trending(?: now| on .*)?|latest (?:news|stories)|top stories|leave a (?:reply|comment)|comments?|(?:\d+ )?comments|join the (?:conversation|discussion)|share this (?:article|story)|about the authors?|sign up for .*|(?:would you like|want|care) to (?:comment|join the (?:conversation|discussion))(?: on this (?:article|story|post))?\??|further reading|editor'?s picks|popular|what to read next|more in .*|in other news)[:.]?$/i;

/**
 * A wire credit line closing an article: who reported, wrote and edited it ("Reporting by Jan Novak in Prague;
 * Writing by Ana Lima; Editing by Tom Reed"). Each credit opens with its role; the first is the reporters'.
 */
export const WIRE_CREDIT = /^(?:additional )?(?:reporting|writing|editing|compiled|research) by\s+\p{Lu}/iu;
/** The roles of a wire credit line, each opening one of its parts. */
export const WIRE_ROLE = /(?:^|[;,.]?\s+)((?:additional )?(?:reporting|writing|editing|compiled|research)) by\s+/giu;

/** A journalism role, as written in author bios ("… is a senior correspondent for …"). */
export const ROLE_NAMES = 'correspondent|editor|reporter|writer|journalist|columnist|contributor|producer|author|freelancer|analyst|fellow|host|anchor|photographer|news desk';
/** A journalism role as a pattern. */
export const ROLE_WORDS = new RegExp(`\\b(?:${ROLE_NAMES})\\b`, 'i');

/** Photo-credit shapes that mark a caption. */
export const CAPTION_PATTERN = /(?:^(?:pictured|photographed)\b|^(?:from )?left(?: to right)?\s*[,:]|\((?:[^()]*\b(?:photos?|file|getty|images?|credit|via|pool|afp|reuters|ap|epa|shutterstock|alamy|supplied|courtesy)\b[^()]*)\)\s*$|\((?:left|right|centre|center|pictured|above|below|top|bottom|inset)\)|\b(?:photo(?:graph)?|image|picture|credit)s?\s*(?:by|:)\s*\S|\b(?:getty images|shutterstock|alamy|afp via getty)\b)/i;
/** A wire caption's own words: "… in this picture obtained from social media", "… in this file photo taken on …",
 * "… in this handout image released by …". */
export const WIRE_CAPTION = /\bin this (?:(?:file|handout|undated|aerial|still|video|photo)\s+)*(?:picture|photo(?:graph)?|image|screen ?grab|video grab|illustration)(?:\s+illustration)?(?:\s+(?:taken|obtained|released|provided|made|posted|shared|from|dated|handed|supplied|issued|distributed|courtesy)\b|\s*[.,;)]|$)/i;
/**
 * A credit closing a caption: a photographer's name, a slash and the agency or outlet ("(Adel Hana/The Associated
 * Press)", "AP Photo/Eric Gay, File"), or a source in brackets or a word such as "Supplied" after the caption's
 * last sentence ("… in November. (NPA)", "… (U.S. District Court, Eastern District of New York)", "… after the
 * overhaul. Supplied"), or a photographer working for a publication after the caption's last sentence ("… south
 * of Duqm. Tara Atkinson for Rest of World"; alone on a line, "Name Name for Name" is as often a headline in title
 * case: "The Best Sleeping Bags for Every Adventure").
 */
export const CREDIT_PATTERN = /\((?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’.-]+\s?\/\s?[^()]{2,40}\)\s*$|\b\p{Lu}{2,5} (?:Photo|Images?)\s*\/\s*\p{Lu}|[.!?]["”’]?\s*\(\p{Lu}[\p{L}\s.&/-]{1,40}\)\s*$|[.!?]["”’]?\s*\((?:\p{Lu}[\p{L}.&'’/-]*)(?:,?\s+(?:\p{Lu}[\p{L}.&'’/-]*|of|the|and|for|de|in)){1,9}\)\s*$|[.!?]["”’]?\s+(?:Supplied|File|Handout|Courtesy(?: of [\p{L} ]+)?|Getty(?: Images)?)\s*$|[.!?]["”’]?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+ for (?:the )?\p{Lu}[\p{L}'’&.-]*(?: (?:of|the|and|\p{Lu}[\p{L}'’&.-]*)){0,4}$/u;

/** Month names, full and abbreviated. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month written out or abbreviated ("Jan", "Sept.", "September"), as a pattern source; use with the i flag. */
export const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** Full month names, capitalised, as a pattern source (case-sensitive use). */
export const MONTH_NAMES = MONTHS.map((month) => month[0].toUpperCase() + month.slice(1)).join('|');
/** Weekday names. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** What a page sets above a story, never a masthead nor a byline's affiliation: "Live", "Breaking", "Exclusive", "Opinion". */
export const PAGE_LABEL = /^(?:live|breaking(?: news)?|exclusive|opinion|analysis|explainer|updated?|watch|listen|sponsored|advertisement|comment|review|news|home|menu)$/i;
