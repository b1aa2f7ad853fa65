import type { Segment } from '../segment/index.js';
import { STOPWORDS } from './stopwords.js';

/** What the scorer knows about one sentence. */
export interface SentenceFeatures {
  readonly index: number;
  /** The sentence as it will be printed: whitespace collapsed, a leading dateline removed. */
  readonly display: string;
  readonly wordCount: number;
  /** Content-word stems: the sentence's topic. */
  readonly terms: readonly string[];
  /** First sentence of its paragraph. */
  readonly opensParagraph: boolean;
  /** Why the sentence may not be picked, or null when it may. */
  readonly exclusion: string | null;
  /** Numbers and capitalised words after the first: facts and names. */
  readonly factDensity: number;
}

/** "New York, 25 September 2020 – ", "UNITED NATIONS, Feb. 7 (Xinhua) — ": a place-and-date prefix before a dash. */
const DATELINE = /^[^\n–—]{3,90}?(?:\d|\(\w[\w .-]{1,30}\))[^\n–—]{0,40}?\s+(?:–|—|--|-)\s+(?=[A-Z“"])/;
const URL_OR_EMAIL = /https?:\/\/|www\.|\b\w+@\w+\.\w+|\b[\w-]+\.(?:com|org|net|ly|int)\/\S/i;
/** Sentences that point elsewhere or describe the page rather than the news. */
const PAGE_TALK =
  /\b(?:for more information|more information (?:is|can be)|click here|visit (?:our|the|www)|is available (?:at|here|online|\.)|is accessible|webcast|photos? (?:from|of) the|follow us|subscribe|all rights reserved|copyright|read more|contact:|tel\.|fax)\b|\s[.,]$/i;
/** Procedural framing of reports: what a report is and why it exists, not what it says. */
const PROCEDURAL =
  /\b(?:the present report|this report|is submitted pursuant|submit(?:ted)? a report|in accordance with (?:General Assembly|Security Council) resolution|requested the Secretary-General|annex(?:es)? (?:to|of) the present|agenda item|distr\.|original:)/i;
const HEADING_END = /[.!?]["'”’)\]]*$/;
const LIST_MARK = /^(?:[-–—•*·▪●○◦]\s|\([a-z0-9]{1,3}\)\s)/;
const METADATA = /^[\w-]{2,20}:\s/;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Crude stemming: enough to let "States" meet "State" and "efforts" meet "effort". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function contentTerms(text: string): string[] {
  return tokens(text)
    .filter((word) => word.length > 2 && !STOPWORDS.has(word) && !/^\d+$/.test(word))
    .map(stem);
}

/** Strips a paragraph number ("12. ") and a dateline from the printed sentence. */
function displayText(text: string): string {
  let display = text.replace(/\s+/g, ' ').trim();
  display = display.replace(/^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z])[.)]\s+(?=\S)/, '');
  const dateline = DATELINE.exec(display);
  if (dateline !== null && dateline[0].split(' ').length <= 14) display = display.slice(dateline[0].length);
  return display;
}

function isQuote(display: string): boolean {
  if (/^["“‘'«]/.test(display)) return true;
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
  if (METADATA.test(display)) return 'metadata';
  if (isQuote(display)) return 'quote';
  if (URL_OR_EMAIL.test(display) || PAGE_TALK.test(display)) return 'page talk';
  if (PROCEDURAL.test(display)) return 'procedural';
  return null;
}

/** A heading that opens the annexes: what follows is supporting material, not the argument. */
const ANNEX_HEADING = /^(?:annex(?:es)?|appendix|appendices)\b[^.]{0,80}$/i;

/**
 * Describes every sentence for the scorer. Sentences printed twice (a photo caption, a standfirst that the
 * article repeats) are page furniture, and everything after an annex heading is supporting material.
 */
export function describeSentences(text: string, sentences: readonly Segment[]): SentenceFeatures[] {
  const seen = new Map<string, number>();
  for (const sentence of sentences) {
    const key = sentence.text.replace(/\s+/g, ' ').trim().toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  let inAnnex = false;
  let previousEnd = 0;
  return sentences.map((sentence, index) => {
    const display = displayText(sentence.text);
    const words = tokens(display);
    const between = text.slice(previousEnd, sentence.start);
    previousEnd = sentence.end;
    const opensParagraph = index === 0 || between.includes('\n');
    if (opensParagraph && ANNEX_HEADING.test(display)) inAnnex = true;
    const key = sentence.text.replace(/\s+/g, ' ').trim().toLowerCase();
    let exclusion = exclusionOf(display, words.length, sentence.text);
    if (exclusion === null && (seen.get(key) ?? 0) > 1) exclusion = 'repeated';
    if (exclusion === null && inAnnex) exclusion = 'annex';
    const facts = (display.slice(1).match(/\b(?:[A-Z][a-z]+|[A-Z]{2,}|\d[\d,.]*)\b/g) ?? []).length;
    return {
      index,
      display,
      wordCount: words.length,
      terms: contentTerms(display),
      opensParagraph,
      exclusion,
      factDensity: words.length === 0 ? 0 : facts / words.length,
    };
  });
}
