import type { FigureCandidate } from './candidate.js';
import { headNounAfter, isStopWord, looksPlural } from './head-noun.js';
import { singularize } from './singular.js';

/**
 * Counts that name their counted thing before the number rather than after it: a count in brackets after its
 * noun phrase ("verified cases of sexual violence (625)") and a count stated for a year ("the number of cases
 * rose from 43 in 2022 to 152 in 2024"). Every check reads a short window around the number: linear in the text.
 */

const NOUN_PHRASE_REACH = 60;
const MAX_PHRASE_WORDS = 5;
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}’'-]*$/u;
// After the closing bracket, another bracketed number: an enumeration ("measures (2) and (3)").
const ENUMERATION_AFTER = /^\)[ \u00A0]*(?:,|and|or)?[ \u00A0]*\(/;

/** The words of `text`, split at spaces and line breaks, in order. */
function wordsOf(text: string): string[] {
  return text.split(/[ \u00A0\n]+/).filter((word) => word.length > 0);
}

/**
 * The counted noun of a digit count written in brackets right after its noun phrase, singular: "cases (625)",
 * "cases of sexual violence (625)". Null when the bracket holds more than the number, when the words before are
 * no plural noun phrase ("(2024)", "(para. 12)", "(see annex 3)") or when the bracket is one of a list.
 */
export function nounBeforeBracket(text: string, candidate: FigureCandidate): string | null {
  const { numberStart: start, numberEnd: end } = candidate;
  if (candidate.unit !== 'count' || candidate.inWords || candidate.value < 2) return null;
  if (text.charAt(start - 1) !== '(' || text.charAt(end) !== ')') return null;
  if (ENUMERATION_AFTER.test(text.slice(end, end + 12))) return null;
  const before = text.slice(Math.max(0, start - 1 - NOUN_PHRASE_REACH), start - 1);
  if (!/[\p{Ll}][ \u00A0\n]*$/u.test(before.slice(-4))) return null;
  const words = wordsOf(before).slice(-MAX_PHRASE_WORDS);
  // "cases (625)": the plural right before the bracket; "cases of sexual violence (625)": the plural before "of".
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (!LOWER_CASE_WORD.test(word)) return null;
    if (looksPlural(word)) return singularize(word);
    if (word === 'of') {
      const head = words[i - 1] ?? '';
      return i < words.length - 1 && LOWER_CASE_WORD.test(head) && looksPlural(head) ? singularize(head) : null;
    }
    if (isStopWord(word)) return null;
  }
  return null;
}

// "43 in 2022", "152 in March 2024": a count stated for a year.
const YEAR_AFTER = /^[ \u00A0\n]+in[ \u00A0\n]+(?:\p{Lu}\p{Ll}+\.?[ \u00A0\n]+)?(?:1[89]|20)\d\d(?![\d/])/u;
// What introduces such a count: the ends of a change ("from 43 … to 152"), a comparison or a total.
const CHANGE_BEFORE = /\b(?:from|to|and|with|against|versus|vs\.|reached|of)[ \u00A0\n]+$/i;
const COUNTED_SUBJECT = /\b(?:number|total)[ \u00A0\n]+of[ \u00A0\n]+/gi;
const SENTENCE_BREAK = /[.!?]["”’)]?[ \u00A0\n]+(?=["“(]?\p{Lu})|\n[ \u00A0]*\n/gu;
const SUBJECT_REACH = 200;

/** A count stated for a year within a change or comparison: "rose from 43 in 2022 to 152 in 2024". */
export function isCountAtYear(text: string, candidate: FigureCandidate): boolean {
  if (candidate.unit !== 'count') return false;
  const { numberStart: start, numberEnd: end } = candidate;
  return YEAR_AFTER.test(text.slice(end, end + 32)) && CHANGE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** The counted thing of the sentence before `start` ("The number of cases of … rose"), singular, or null. */
export function countedSubjectBefore(text: string, start: number): string | null {
  const windowStart = Math.max(0, start - SUBJECT_REACH);
  let window = text.slice(windowStart, start);
  let offset = windowStart;
  SENTENCE_BREAK.lastIndex = 0;
  let lastBreak = 0;
  for (let match = SENTENCE_BREAK.exec(window); match !== null; match = SENTENCE_BREAK.exec(window)) {
    lastBreak = match.index + match[0].length;
  }
  window = window.slice(lastBreak);
  offset += lastBreak;
  COUNTED_SUBJECT.lastIndex = 0;
  let subjectEnd: number | null = null;
  for (let match = COUNTED_SUBJECT.exec(window); match !== null; match = COUNTED_SUBJECT.exec(window)) {
    subjectEnd = offset + match.index + match[0].length;
  }
  if (subjectEnd === null) return null;
  // "the number of cases of sexual violence …": a plural right after "of" is the head, whatever follows it.
  const first = /^\p{Ll}[\p{Ll}’'-]*/u.exec(text.slice(subjectEnd, subjectEnd + 40))?.[0];
  if (first !== undefined && looksPlural(first)) return singularize(first);
  const found = headNounAfter(text, subjectEnd, false);
  return found.head === null ? null : singularize(found.head);
}
