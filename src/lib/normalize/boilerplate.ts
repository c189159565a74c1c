import type { RemovalReason } from '../article/schema.ts';
import { initialism, pictureLibrary } from './agency-shape.ts';

/**
 * A vocabulary of page furniture: phrases that name a page's machinery rather than its story.
 * Each rule is [pattern, reason]; `whole` patterns must match the whole line, `part` patterns
 * a line of at most `partMaxLength` characters.
 */
const whole: ReadonlyArray<readonly [RegExp, RemovalReason]> = [
  [/^(?:skip to (?:main )?(?:content|navigation|search|footer)|accessibility (?:links|help)|jump to (?:content|navigation)|main menu|menu|close menu|open menu|toggle navigation|navigation|search|sections|home|back to top|go to top|top of page|sign in|log ?in|log ?out|register|my account|subscribe(?: now)?|breaking news|breadcrumb.*|you are here:?|×|close|open|next|previous|prev|more|show more|load more|see more|view more|view all|see all|continue reading|read more|read full (?:story|article)|print|print this (?:article|page)|listen(?: to (?:this )?article)?|(?:read|open|continue|view|listen) in (?:the )?app|(?:get|download) (?:the|our) (?:free )?app|\d+ min(?:ute)?s? read|(?:english|español|français|deutsch)|edition|[a-z]{2}\s*\|\s*[a-z]{2})$/iu, 'navigation'],
  [/^\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/iu, 'navigation'],
  [/^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post|partner)|partner content|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:the main story|below)|advertisement\s*[-–—:]?\s*(?:continue|scroll) (?:reading|down).*|advertisement \d+|scroll to continue(?: with content)?|this advertisement has not loaded yet.*|ad feedback|report (?:this )?ad|close ad)$/iu, 'advertisement'],
  [/^(?:share|shares|share this(?: (?:article|story|page|post))?(?:\s*:.*)?|share on \w+|share via \w+|tweet|pin(?: it)?|email|e-mail|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|tumblr|telegram|flipboard|messenger|copy(?: the)? link|link copied!?|copied|comment|comments?(?: \(\d+\))?|\d+ comments?|save|saved|bookmark|gift (?:this )?article|follow(?: us)?(?: on \w+)?|(?:facebook|twitter|instagram|youtube|linkedin|email)(?:\s*[|·•,]\s*(?:facebook|twitter|instagram|youtube|linkedin|email|whatsapp|reddit|pinterest|x))+)$/iu, 'share'],
  [/^(?:please wait|loading(?:\.\.\.|…)?|no media source currently available|(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})*|play(?: video)?|pause|mute|unmute|watch(?: now| video| live)?|video|now playing|up next|autoplay|replay|fullscreen|captions?|closed captions|(?:this|the) video (?:is|has) (?:not available|failed to load).*|we apologize, but this video has failed to load\.?|try refreshing your browser.*|tap here to see other videos.*|back to video|your browser does not support.*|video (?:player|unavailable))$/iu, 'media player'],
  [/^(?:page not found|404(?: error)?|not found|error 404|the (?:content|page) you requested (?:does not|doesn't) exist.*|(?:sorry, )?(?:this|the) page (?:you(?:'re| are) looking for )?(?:could not be found|does not exist|is (?:not available|no longer available)).*)$/iu, 'error page'],
  [/^(?:related(?: (?:articles?|stories|content|coverage|news|posts|topics|links|reading|videos))?:?|read (?:more|next|also)(?: about| on)?:?|more (?:stories|news|articles|on this (?:story|topic))|more from [\p{L} ]{1,40}|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|(?:don't|do not) miss|see also:?|also read:?|most (?:read|popular|viewed|shared|commented)|popular(?: (?:now|stories|articles))?|trending(?: now| stories| news)?|top stories|latest(?: news| stories)?|what to read next|editor'?s picks|in (?:other|case you missed) news|further reading)$/iu, 'related links'],
  [/^(?:newsletters?|sign up(?: now| for (?:our|the) newsletters?| here)?|subscribe to (?:our|the) newsletters?|get (?:our|the) newsletter|join (?:our|the) (?:mailing list|newsletter)|enter your email(?: address)?|your email(?: address)?|email address|thank you for signing up!?|thanks for (?:signing up|subscribing)!?)$/iu, 'newsletter'],
  [/^(?:comments?|(?:show|view|read|post|add|leave) (?:a |all |your )?comments?|join the (?:conversation|discussion)|conversation|\d+ (?:comments?|replies))$/iu, 'comments'],
  [/^(?:cookies?(?: settings| policy| preferences)?|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|consent)|privacy (?:policy|notice|settings)|terms (?:of (?:use|service)|and conditions|& conditions)|your privacy choices|do not sell(?: or share)? my personal information)$/iu, 'cookie notice'],
];

const part: ReadonlyArray<readonly [RegExp, RemovalReason]> = [
  [/^©|^\(c\)\s|^copyright\b|\ball rights reserved\b|©\s*\d{4}|\bcopyright\s+©?\s*\d{4}/iu, 'copyright'],
  [/\b(?:we use cookies|uses cookies|use of cookies|cookie (?:policy|settings|preferences)|by continuing to (?:use|browse)|consent to (?:the use of|our use of) cookies)\b/iu, 'cookie notice'],
  [/\b(?:sign up (?:for|to) (?:our|the) [\p{L} ]*newsletter|subscribe to (?:our|the) [\p{L} ]*newsletter|newsletter sign[- ]?up|get the latest [\p{L} ]* (?:in|delivered to) your inbox|delivered (?:straight |directly )?to your inbox|by signing up,? you (?:agree|consent)|you can unsubscribe at any time|sign up for [\p{L} ]*(?:newsletter|alerts|emails)|invalid email|i would like to (?:be emailed|receive)|get (?:our|the) [\p{L} -]{0,60}\b(?:newsletter|email|briefing)|(?:enter|provide) (?:a valid|your) email)\b/iu, 'newsletter'],
  [/^(?:this (?:article|story|content) (?:has been|was) (?:adapted|republished|reproduced) from (?:its|an?|the) original source\.?|this (?:article|story) (?:was )?originally (?:appeared|published) (?:on|in|at)\b.*|this story has been (?:published|generated) from (?:a|an) (?:wire|agency) feed.*)$/iu, 'boilerplate'],
  [/\b(?:subscribe (?:now|today)(?: for| to)|already (?:a )?subscriber|subscribers? only|unlock (?:this|unlimited)|start your (?:free )?trial|(?:get|gain) unlimited (?:digital )?access|support (?:our|independent) journalism|become a (?:member|subscriber)|you have reached your (?:article|free) limit|subscribe to (?:our|the) [\p{L} "'“”‘’-]{0,40}\b(?:magazine|print edition|sister (?:title|magazine)))\b/iu, 'subscription'],
  [/^join (?:our|the) [\p{L} -]{0,30}\b(?:forums?|community|discussion)\b/iu, 'comments'],
  [/^(?:share (?:this|on|via)\b|share (?:article|story)\b|click (?:here )?to share\b|opens in (?:a )?new (?:window|tab)$)/iu, 'share'],
  [/^(?:advertisement|sponsored)\b[\s:–—-]/iu, 'advertisement'],
  [/^\(?(?:related(?: articles?| stories| content| coverage)?|read (?:more|next|also)|see also|also read|more(?: on this)?|watch(?: now)?|listen)\s*:\s*\S/iu, 'related links'],
  [/^\S.{0,40}\bsays:$/u, 'comments'],
  [/^(?:(?:photo|image|picture|video|graphic|illustration|file photo)s?(?: credit)?\s*[:|]|(?:photo|image|picture|video|illustration)s? (?:by|courtesy(?: of)?)\b|credit\s*:|photograph\s*:)/iu, 'caption or credit'],
  // A line that opens with a credit: "Stock Images", "XP Photo/…", "Source: WNA".
  [new RegExp(String.raw`^(?:[Ss]ource\s*:\s*${initialism}\b|\(?(?:${pictureLibrary}|${initialism}\s+Photo)(?![\p{L}]))`, 'u'), 'caption or credit'],
];

const partMaxLength = 260;
/**
 * Every `part` rule needs "©" or one of these (in the lowercased line): a cheap test that spares most
 * lines the rules. "©" is looked for apart: a one-character keyword keeps the engine from skipping ahead.
 */
const partHint =
  /\(c\)|copyright|rights reserved|cookie|continuing to|newsletter|sign[- ]?up|subscri|inbox|unsubscribe|email|adapted|republished|reproduced|originally|wire|agency feed|already|unlock|trial|unlimited|journalism|member|limit|join|share|says:|opens in|advertis|related|read|see also|more|watch|listen|sponsored|photo|image|picture|video|graphic|illustration|credit|courtesy|source|commons/;

/** An author's note: "Jane Doe is a reporter for The Daily Example, covering …". */
const authorBio =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},?\s+(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,5}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|freelancer|author|producer|critic|blogger)\b/u;

/** A teaser whose link text and title run together: the same words twice. */
function saidTwice(line: string): boolean {
  const half = (line.length - 1) / 2;
  if (!Number.isInteger(half)) return false;
  return line[half] === ' ' && line.slice(0, half) === line.slice(half + 1);
}

/** Short lines that mention a newsletter or an email sign-up are its furniture. */
const newsletterMention = /\bnewsletters?\b|\bby (?:signing up|submitting your email|subscribing)\b|\bemail address\b|\bsign up (?:to|for)\b/iu;

/** Cookies as consent banners speak of them (not the baked kind: never with a recipe's words). */
const cookieMention = /\bcookies?\b(?=[^.]*\b(?:website|site|browser|consent|experience|necessary|analytics|functionality|opt[- ]out|store[ds]?)\b)/giu;

/**
 * The kind of page furniture a line is, judged from its words alone, or null when the
 * vocabulary does not know it. Context (position, repetition) is judged elsewhere. `lower` is the
 * line lowercased, where the caller has it already.
 */
export function boilerplateReason(line: string, lower?: string): RemovalReason | null {
  const text = trimTail(line).replace(/^[\s|•·›»<]+/u, '');
  if (text.length <= 120) {
    for (const [pattern, reason] of whole) if (pattern.test(text)) return reason;
  }
  if (/^(?:©|\(c\)\s|copyright\s+(?:©\s*)?\d{4})/iu.test(line)) return 'copyright';
  if (line.length <= partMaxLength && (line.includes('©') || partHint.test(lower ?? line.toLowerCase()))) {
    for (const [pattern, reason] of part) if (pattern.test(line)) return reason;
  }
  if (line.length <= 200 && newsletterMention.test(line)) return 'newsletter';
  // A consent banner's paragraphs run long, but they keep coming back to their cookies.
  if (line.length <= 1500 && /cookie/iu.test(line) && (line.match(cookieMention) ?? []).length >= 2) return 'cookie notice';
  if (line.length <= 400 && authorBio.test(line)) return 'boilerplate';
  if (line.length >= 20 && line.length <= 400 && saidTwice(line)) return 'related links';
  return null;
}

const tailChar = /[\s.:!|•·›»>]/u;

/**
 * The line without trailing spaces, stops, colons, bars, bullets and arrows: what
 * `line.replace(/[\s.:!|•·›»>]+$/u, '')` gives, read from the end instead of tried at every space.
 */
function trimTail(line: string): string {
  let end = line.length;
  while (end > 0 && tailChar.test(line.charAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Section headings after which the rest of a page is furniture of that kind. */
const sectionStarts: ReadonlyArray<readonly [RegExp, RemovalReason]> = [
  [/^(?:related(?: (?:articles?|stories|content|coverage|news|posts|links|reading|videos))?|read (?:more|next|also)|more (?:stories|news|articles)(?: from [\p{L} .]{1,40})?|more from [\p{L} .]{1,40}|more \p{Lu}[\p{L}.]+|(?:related )?tags|topics|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|most (?:read|popular|viewed|shared|commented)|popular (?:now|stories|articles)|trending(?: now| stories| news)?|top stories|latest(?: news| stories)|what to read next|editor'?s picks|further reading|in other news|also (?:read|see)|see also)\s*:?$/iu, 'related links'],
  [/^(?:comments?|\d+ comments?|(?:show|view|read|post|add|leave) (?:a |all )?(?:comments?|reply)|join the (?:conversation|discussion)|\d+ (?:responses|comments|replies|thoughts) (?:to|on)\b.*|(?:one|\d+) thoughts? on\b.*)\s*:?$/iu, 'comments'],
  [/^(?:site index|footer|follow us|about us|connect with us|more information|contact us|quick links|useful links)\s*:?$/iu, 'navigation'],
];

/** The reason for everything after this line when it heads a related/comments/footer section, else null. */
export function sectionReason(line: string): RemovalReason | null {
  if (line.length > 60) return null;
  for (const [pattern, reason] of sectionStarts) if (pattern.test(line.trim())) return reason;
  return null;
}
