import type { Segment } from '../segment/index.js';
import { STOPWORDS } from './stopwords.js';

/** What the scorer knows about one sentence. */
export interface SentenceFeatures {
  readonly index: number;
  /** The sentence as it will be printed: whitespace collapsed, a leading dateline removed. */
  readonly display: string;
  readonly wordCount: number;
  /** Content-word stems as ids into the document's vocabulary: the sentence's topic. */
  readonly terms: readonly number[];
  /** First sentence of its paragraph. */
  readonly opensParagraph: boolean;
  /** The report section it sits in, when that is one a reader skims first: a summary or the conclusions. */
  readonly section: Section;
  /** Why the sentence may not be picked, or null when it may. */
  readonly exclusion: string | null;
  /** Numbers and capitalised words after the first: facts and names. */
  readonly factDensity: number;
  /** Counts and amounts written in digits (years excluded): concrete results. */
  readonly numberCount: number;
}

/** "New York, 25 September 2020 – ", "UNITED NATIONS, Feb. 7 (Xinhua) — ": a place-and-date prefix before a dash. */
const DATELINE = /^[^\n–—]{3,90}?(?:\d|\(\w[\w .-]{1,30}\))[^\n–—]{0,40}?\s+(?:–|—|--|-)\s+(?=[A-Z“"])/;
const URL_OR_EMAIL = /https?:\/\/|www\.|\w@\w+\.\w|\.(?:com|org|net|ly|int)\/\S/i;
/** Sentences that point elsewhere or describe the page rather than the news. */
const PAGE_TALK =
  /\b(?:for more information|more information (?:is|can be)|click here|visit (?:our|the|www)|is available (?:at|here|online|\.)|is accessible|webcast|photos? (?:from|of) the|follow us|subscribe|all rights reserved|copyright|read more|contact:|tel\.|fax)\b|\s[.,]$/i;
/** Procedural framing of reports: what a report is and why it exists, not what it says. */
const PROCEDURAL =
  /\b(?:the present report|this report|is submitted pursuant|submit(?:ted)? a report|in accordance with (?:General Assembly|Security Council) resolution|requested (?:that )?the Secretary ?-General|annex(?:es)? (?:to|of) the present|agenda item|distr\.|original:|I have the honour|I should be grateful|the present (?:document|letter)|meeting (?:was called to order|rose at|was adjourned)|took the Chair|give the floor|(?:fully )?aligns? (?:itself |myself )?with the statement|(?:I|we) (?:would like to|wish to|want to) thank)/i;
const HEADING_END = /[.!?]["'”’)\]]*$/;
const LIST_MARK = /^(?:[-–—•*·▪●○◦]\s|\([a-z0-9]{1,3}\)\s)/;
const METADATA = /^[\w-]{2,20}:\s/;
/** A transcript's speaker label: "SENIOR ADMINISTRATION OFFICIAL:", "Q ". */
const SPEAKER_LABEL = /^(?:[A-Z][A-Z.'’ -]{1,60}:\s|Q\s)/;
/** A meeting record's speaker: "The Acting President:", "Mr. Diallo (Senegal) (spoke in French):". */
const MEETING_SPEAKER =
  /^(?:The (?:Acting |Temporary )?(?:President|Chair|Co-Chair|Vice-President|Secretary-General|Moderator)[^:.]{0,30}|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? [^:]{1,80}\))\s*:\s/;
/** A table of contents line: dot leaders before a page number. */
const DOT_LEADER = /(?:\. ){3}|\.{4}/;
/** A line of a table: most of its words are numbers. */
const TABLE_NUMBER_SHARE = 0.35;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Crude stemming: enough to let "States" meet "State" and "efforts" meet "effort". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The vocabulary of one document: each word's stem id, or -1 for a word that is no content term. */
interface Vocabulary {
  readonly stems: Map<string, number>;
  /** Every word seen, so each distinct word is tested and stemmed once. */
  readonly words: Map<string, number>;
}

function termIdOf(word: string, vocabulary: Vocabulary): number {
  const known = vocabulary.words.get(word);
  if (known !== undefined) return known;
  let id = -1;
  const first = word.charCodeAt(0);
  const numeric = first >= 48 && first <= 57 && /^\d+$/.test(word);
  if (word.length > 2 && !numeric && !STOPWORDS.has(word)) {
    const stemmed = stem(word);
    id = vocabulary.stems.get(stemmed) ?? vocabulary.stems.size;
    vocabulary.stems.set(stemmed, id);
  }
  vocabulary.words.set(word, id);
  return id;
}

/** Content-word stems of the words, as ids in the document's vocabulary. */
function contentTermIds(words: readonly string[], vocabulary: Vocabulary): number[] {
  const ids: number[] = [];
  for (const word of words) {
    const id = termIdOf(word, vocabulary);
    if (id >= 0) ids.push(id);
  }
  return ids;
}

/** Strips a paragraph number ("12. ") and, near the top, a dateline from the printed sentence. */
function displayText(text: string, nearTop: boolean): string {
  // Most sentences need no whitespace repair: skip the rewrite for them.
  let display = /\s\s|[\t\n\r\u00a0]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  const head = display.charCodeAt(0);
  if (head === 40 || (head >= 48 && head <= 57) || (head >= 97 && head <= 122))
    display = display.replace(/^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z])[.)]\s+(?=\S)/, '');
  const dateline = nearTop ? DATELINE.exec(display) : null;
  if (dateline !== null && dateline[0].split(' ').length <= 14) display = display.slice(dateline[0].length);
  return display;
}

function isQuote(display: string): boolean {
  if (/^["“‘'«]/.test(display)) return true;
  // One end of a quotation that spans several sentences.
  const opening = (display.match(/[“«]/g) ?? []).length;
  const closing = (display.match(/[”»]/g) ?? []).length;
  if (opening !== closing) return true;
  const quoteMarks = (display.match(/["“”«»]/g) ?? []).length;
  return quoteMarks >= 2 && /["”»][.!?]?$/.test(display);
}

function exclusionOf(display: string, wordCount: number, raw: string): string | null {
  if (!HEADING_END.test(display)) return 'heading';
  if (wordCount < 8) return 'too short';
  if (wordCount > 75) return 'too long';
  if (/^[a-z]/.test(display)) return 'fragment';
  if (/^[¹²³⁴⁵⁶⁷⁸⁹⁰*]/.test(raw.trimStart())) return 'footnote';
  if (LIST_MARK.test(display)) return 'list item';
  if (METADATA.test(display) || SPEAKER_LABEL.test(display) || MEETING_SPEAKER.test(display)) return 'metadata';
  if (DOT_LEADER.test(display)) return 'contents';
  if (/\?["'”’)]*$/.test(display)) return 'question';
  if (isQuote(display)) return 'quote';
  const mayLink = display.includes('/') || display.includes('@') || display.includes('www');
  if ((mayLink && URL_OR_EMAIL.test(display)) || PAGE_TALK.test(display)) return 'page talk';
  if (PROCEDURAL.test(display)) return 'procedural';
  return null;
}

/** Whether a quotation is still open after this sentence ("“Prison environments are … unjust. Their …”"). */
function quoteLeftOpen(display: string, wasOpen: boolean): boolean {
  let open = wasOpen;
  for (const mark of display.match(/[“”«»]/g) ?? []) open = mark === '“' || mark === '«';
  return open;
}

/**
 * Sentences printed again elsewhere: a photo caption shown twice, a standfirst that the article repeats
 * and extends. A sentence whose words begin another sentence is the repeat; identical ones both are.
 */
function repeatedSentences(sentenceWords: readonly string[][]): Set<number> {
  const byOpening = new Map<string, number[]>();
  for (const [index, words] of sentenceWords.entries()) {
    if (words.length < 6) continue;
    const opening = `${words[0]} ${words[1]} ${words[2]} ${words[3]} ${words[4]} ${words[5]}`;
    const group = byOpening.get(opening);
    if (group) group.push(index);
    else byOpening.set(opening, [index]);
  }
  const repeated = new Set<number>();
  for (const group of byOpening.values()) {
    if (group.length < 2 || group.length > 20) continue;
    const joined = group.map((index) => (sentenceWords[index] ?? []).join(' '));
    for (const [k, a] of joined.entries()) {
      if (joined.some((b, j) => j !== k && b.startsWith(a))) repeated.add(group[k] as number);
    }
  }
  return repeated;
}

export type Section = 'summary' | 'conclusion' | null;

/** The rule a PDF prints above a page's footnotes; the footnotes run until the body resumes. */
const FOOTNOTE_RULE = /^(?:_{2,}|[‗—–-]{4,})$/;
const MAX_FOOTNOTE_SEGMENTS = 25;
/** A paragraph this long after the rule is body text again. */
const FOOTNOTE_ZONE_WORDS = 40;
const PARAGRAPH_NUMBER = /^\(?\d{1,3}[.)]\s/;
const SECTION_HEADING = /^\s*(?:[IVXLC]{1,5}|[A-Z])\.\s+[A-Z]/;
const SUMMARY_HEADING = /^(?:(?:[IVXLC]{1,5}|[A-Z])\.\s+)?(?:summary|executive summary|overview|key findings)$/i;
const CONCLUSION_HEADING =
  /^(?:(?:[IVXLC]{1,5}|[A-Z])\.\s+)?(?:conclusions?|observations|observations and recommendations|conclusions and recommendations|recommendations|concluding (?:remarks|observations)|(?:the )?way forward)$/i;

/** The section a heading opens: a summary, the conclusions, or another one (which ends them). */
function sectionAfter(display: string, exclusion: string | null, current: Section): Section {
  if (exclusion !== 'heading') return current;
  if (SUMMARY_HEADING.test(display)) return 'summary';
  if (CONCLUSION_HEADING.test(display)) return 'conclusion';
  return SECTION_HEADING.test(display) ? null : current;
}

function isTableRow(words: readonly string[]): boolean {
  let numbers = 0;
  for (const word of words) {
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) numbers++;
  }
  return words.length > 0 && numbers / words.length > TABLE_NUMBER_SHARE;
}

/** A heading that opens the annexes: what follows is supporting material, not the argument. */
const ANNEX_HEADING = /^(?:annex(?:es)?|appendix|appendices)\b[^.]{0,80}$/i;

/**
 * Describes every sentence for the scorer. Sentences printed twice (a photo caption, a standfirst that the
 * article repeats) are page furniture, and everything after an annex heading is supporting material.
 */
export function describeSentences(
  text: string,
  sentences: readonly Segment[],
  stems: Map<string, number> = new Map(),
): SentenceFeatures[] {
  const vocabulary: Vocabulary = { stems, words: new Map() };
  const displays = sentences.map((sentence, index) => displayText(sentence.text, index < 8));
  const sentenceWords = displays.map(tokens);
  const repeated = repeatedSentences(sentenceWords);
  let insideQuote = false;
  let inAnnex = false;
  let footnotes = 0;
  let section: Section = null;
  let previousEnd = 0;
  return sentences.map((sentence, index) => {
    const display = displays[index] ?? '';
    const words = sentenceWords[index] ?? [];
    const between = text.slice(previousEnd, sentence.start);
    previousEnd = sentence.end;
    const opensParagraph = index === 0 || between.includes('\n');
    if (opensParagraph && ANNEX_HEADING.test(display)) inAnnex = true;
    if (opensParagraph) insideQuote = false;
    if (opensParagraph && (PARAGRAPH_NUMBER.test(display) || SECTION_HEADING.test(sentence.text))) footnotes = 0;
    if (FOOTNOTE_RULE.test(display)) footnotes = MAX_FOOTNOTE_SEGMENTS;
    let exclusion = insideQuote ? 'quote' : exclusionOf(display, words.length, sentence.text);
    if (exclusion === null && isTableRow(words)) exclusion = 'table';
    if (footnotes > 0) {
      footnotes--;
      if (opensParagraph && exclusion === null && words.length >= FOOTNOTE_ZONE_WORDS) footnotes = 0;
      else exclusion ??= 'footnote';
    }
    insideQuote = quoteLeftOpen(display, insideQuote);
    section = sectionAfter(display, exclusion, section);
    if (exclusion === null && repeated.has(index)) exclusion = 'repeated';
    if (exclusion === null && inAnnex) exclusion = 'annex';
    const facts = (display.slice(1).match(/\b(?:[A-Z][a-z]+|[A-Z]{2,}|\d[\d,.]*)\b/g) ?? []).length;
    return {
      index,
      display,
      wordCount: words.length,
      terms: contentTermIds(words, vocabulary),
      opensParagraph,
      exclusion,
      section,
      factDensity: words.length === 0 ? 0 : facts / words.length,
      numberCount: (display.match(/(?<![\w/.-])\d[\d,.]*(?![\w/-])/g) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n))
        .length,
    };
  });
}
