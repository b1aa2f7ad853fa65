import type { DocumentKind } from '../../model/extraction.js';

/**
 * News agencies and outlets that print their name in a dateline ("UNITED NATIONS, Feb. 7 (Xinhua) —").
 * Source: common wire services and broadcasters.
 */
const newsAgencies =
  'Xinhua|Reuters|AP|AFP|CNN|BBC|IANS|PTI|UNI|Anadolu|Bernama|dpa|DPA|EFE|ANSA|TASS|Sputnik|Kyodo|Yonhap|WAM|SPA|APA|KUNA|IRNA|AA';

/**
 * Each cue names the kind a careful reader would give a document that shows it; first match wins.
 * Layout cues are looked for in the document's head, topic cues only in its title and lead.
 */
const layoutCues: readonly [DocumentKind, RegExp][] = [
  [
    'resolution',
    /^[^\S\n]*(?:Resolution adopted by the (?:General Assembly|Human Rights Council|Economic and Social Council)|Adopted by the Security Council at its)\b/m,
  ],
  [
    'meeting-summary',
    /^[^\S\n]*The meeting (?:was called to order|rose) at\b|^[^\S\n]*\d+(?:st|nd|rd|th) (?:plenary )?meeting$/m,
  ],
  [
    'report',
    /^[^\S\n]*(?:(?:\w+ )?[Rr]eport of the (?:Secretary-General|[\w\s-]{3,60}(?:Committee|Council|Team|Rapporteur|Group|Commission|Panel))|Note by the Secretary-General|Letter dated .{5,60} (?:from|addressed))|\bDistr\.:/m,
  ],
  ['news', new RegExp(`\\((?:${newsAgencies})\\)\\s*(?:—|–|--|-|:)|^@highlight`, 'm')],
  [
    'statement',
    /^[^\S\n]*(?:(?:Joint )?Statement (?:by|of|on)|Remarks (?:by|of|at)|(?:Opening |Closing )?[Rr]emarks by|Address by|Message (?:by|of|from)|Speech by)\b/m,
  ],
  ['press-release', /^\s*(?:Press [Rr]elease|PRESS RELEASE|For immediate release)\s*$/m],
];

const topicCues: readonly [DocumentKind, RegExp][] = [
  [
    'meeting-summary',
    /\b(?:side event|[Cc]onference|[Cc]oncludes|concluded|webinar|workshop|panel discussion|round ?table|symposium|[Ff]orum|[Ss]ummit|high-level (?:meeting|event|dialogue)|[Bb]riefing|consultations|[Mm]eeting)\b/,
  ],
];

/** Opening words of a speech delivered in a meeting. */
const speechOpening =
  /^[^\S\n]*(?:Mr\.|Madam|Madame) (?:President|Chair)|^[^\S\n]*It is (?:my|a great|an) (?:honour|honor|privilege)|^[^\S\n]*Thank you,? (?:Mr\.|Madam)/m;
/** A speaker addressing the room in the first person: "the Assembly need not worry … we shall". */
const addressedBody =
  /\b(?:(?:this|the) (?:Assembly|Council|Conference|Commission)|Mr\.? President|Madam President|Excellencies|distinguished delegates)\b/;
const firstPerson = /\b(?:I|we|We|my|our|My|Our)\b/;
const OPENING_PARAGRAPH_CHARS = 400;

/** The first paragraph is a speaker's address to a meeting. */
function isSpeech(text: string): boolean {
  const blank = text.indexOf('\n\n');
  const first = text.slice(0, Math.min(blank < 0 ? text.length : blank, OPENING_PARAGRAPH_CHARS));
  return addressedBody.test(first) && firstPerson.test(first);
}

/** US and UN press offices close a release with "###" (or "- 30 -") on its own line. */
const releaseEndMark = /\n\s*(?:###|-\s?30\s?-)\s*$/;

/**
 * Front-matter tags of government press offices ("speeches-remarks", "statements-releases"). A press office's
 * briefing or its transcript is an exchange with journalists published by that office, not an account of a
 * meeting published by a UN body (GUIDELINES "meeting-summary"), even when its topic is a UN meeting.
 */
function kindFromTags(tags: string | null): DocumentKind | null {
  if (!tags) return null;
  if (/speech|remark|statement/i.test(tags)) return 'statement';
  if (/press[- ]?release/i.test(tags)) return 'press-release';
  if (/briefing|transcript/i.test(tags)) return 'other';
  return null;
}

const HEAD_CHARS = 3000;
const MASTHEAD_CHARS = 120;
/** UN press releases print their own symbol ("SC/15123", "SG/SM/22500") at the top. */
const pressReleaseSymbol = /^[^\S\n]*(?:SC|GA|SG\/SM|ECOSOC|HRC?|ENV|DEV|OBV)\/\d{3,6}\b/m;
const TITLE_AND_LEAD_CHARS = 800;

/**
 * The kind of document (GUIDELINES "kind") from general cues in its head: a resolution's adoption
 * line, a report's masthead, a verbatim record, a news agency's dateline, a "Statement by" heading,
 * a "Press Release" label, and last an account of an event ("side event", "concluded").
 *
 * @example
 * inferKind('UNITED NATIONS, Feb. 7 (Xinhua) — A UN official ...', null, null); // 'news'
 */
export function inferKind(text: string, title: string | null, tags: string | null): DocumentKind {
  const head = text.slice(0, HEAD_CHARS);
  const fromTags = kindFromTags(tags);
  if (fromTags) return fromTags;
  for (const [kind, cue] of layoutCues) if (cue.test(head)) return kind;
  if (pressReleaseSymbol.test(text.slice(0, MASTHEAD_CHARS))) return 'press-release';
  for (const [kind, cue] of topicCues) if (title && cue.test(title)) return kind;
  // A speech mentions "this meeting" in its lead: the address decides before the topic words do.
  if (speechOpening.test(head) || isSpeech(text)) return 'statement';
  const lead = `${title ?? ''}\n${text.slice(0, TITLE_AND_LEAD_CHARS)}`;
  for (const [kind, cue] of topicCues) if (cue.test(lead)) return kind;
  if (releaseEndMark.test(text.slice(-200))) return 'press-release';
  return 'other';
}
