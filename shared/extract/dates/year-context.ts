import { isWhitespaceCode } from '../char-codes.js';
import { earliestYear, latestYear } from './calendar.js';

/**
 * Decides whether a bare 4-digit number reads as a calendar year. A report is full of 4-digit numbers
 * that are not years (counts, resolution numbers, committee names), so we look at the words around it.
 */

/** Words after which a 4-digit number is a label, not a year ("paragraph 2019", "resolution 1988"). */
const LABEL_WORDS =
  'no|nos|para|paras|paragraph|paragraphs|page|pages|pp|p|item|items|article|articles|chapter|annex|rule|rules|room|box|code|tel|fax|ext|flight|route|resolution|resolutions|decision|decisions|number|numbers|symbol|ref|reference|version|figure|table';
const labelWord = new RegExp(`^(?:${LABEL_WORDS})$`, 'i');

/** Quantifiers that announce a count: "more than 2000", "some 1850". */
const countQualifierBefore =
  /\b(?:more than|fewer than|less than|over|some|about|nearly|almost|at least|at most|up to|approximately|approx\.?|around|roughly|estimated|total of|a further|an additional|additional|another|only|just|exactly|than)\s*$/i;

/** The last word of each quantifier above. */
const countQualifierLastWords = new Set(
  'than over some about nearly almost least most to approximately approx around roughly estimated of further additional another only just exactly'.split(
    ' ',
  ),
);

/** Currency before the number: money, not a year ("USD", "US$", "Rs", "dollars", "euros", "$", "€", "£", "¥"). */
const currencyWords = new Set(['usd', 'eur', 'gbp', 'chf', 'jpy', 'cny', 'rs', 'dollar', 'dollars', 'euro', 'euros']);
const currencySign = /[$€£¥]/;

/*
 * The checks on the words before a number read them from the end: the last character and the last word decide
 * most cases, where a pattern ending in `$` would be tried at each of the forty positions of the window.
 */

/** The white-space-trimmed end of `before`, its last character, and the run of `\w` characters ending there or before a final dot. */
function lastWordOf(before: string): { last: string; word: string } {
  const end = before.trimEnd().length;
  const last = before.charAt(end - 1);
  const wordEnd = last === '.' ? end - 1 : end;
  let start = wordEnd;
  while (start > 0 && isWordCode(before.charCodeAt(start - 1))) start--;
  return { last, word: before.slice(start, wordEnd) };
}

/** `\w`: an ASCII letter, digit or underscore. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** `before` ends in a label word (its dot allowed), "#" or "№", then white space: /(?:\b(?:LABEL)\.?|#|№)\s*$/i. */
function endsInLabel({ last, word }: { last: string; word: string }): boolean {
  return last === '#' || last === '№' || labelWord.test(word);
}

/** `before` ends in a count qualifier: the last word decides whether the whole pattern needs trying. */
function endsInCountQualifier(before: string, { last, word }: { last: string; word: string }): boolean {
  const lower = word.toLowerCase();
  if (last === '.' ? lower !== 'approx' : !countQualifierLastWords.has(lower)) return false;
  return countQualifierBefore.test(before);
}

/** `before` ends in a currency code, name or sign, then white space. */
function endsInCurrency({ last, word }: { last: string; word: string }): boolean {
  return currencySign.test(last) || (last !== '.' && currencyWords.has(word.toLowerCase()));
}

/** Units after the number: "2000 per cent", "1800 hours". */
const unitAfter =
  /^\s*(?:%|per\s?cent\b|percent\b|million\b|billion\b|thousand\b|hundred\b|hours?\b|hrs\b|h\b|GMT\b|UTC\b|EST\b|EDT\b|km\b|kg\b|tons?\b|tonnes?\b|metres?\b|meters?\b|feet\b|miles?\b|[:.]\d)/i;

/** Nouns that are counted without a plural -s ("2000 people"). */
const irregularCountNouns =
  /^\s+(?:people|children|men|women|staff|personnel|police|troops|youth|persons|sheep|cattle)\b/;

/**
 * A following lowercase plural noun ("1900 participants") suggests a count unless a determiner or preposition precedes;
 * nouns that a year qualifies but nothing counts ("below 2005 levels", "2019 elections") never do.
 */
const pluralNounAfter =
  /^\s+(?!(?:was|is|has|as|this|thus|its|us|plus|whereas|always|perhaps|besides|across|unless|towards|afterwards|levels|elections|figures|estimates|prices|rates|standards|targets|baselines|values)\b)[a-z]{1,}[a-rt-z]s\b/;
const yearIntroducer =
  /\b(?:in|since|by|until|till|from|to|during|before|after|of|for|between|and|through|throughout|early|late|mid|the|its|their|this|that|his|her|our|fiscal|year|calendar|end|beginning|spring|summer|autumn|fall|winter|circa|c\.)\s*$/i;

/** A resolution number right before its adoption year: "1963 (2010)", "[2178 \(2014\)". */
const adoptionYearAfter = /^\s*\\?\(\s*[12]\d{3}\s*\\?\)/;
/** The adoption year itself, in parentheses after a number or symbol: "2178 (2014)". */
const adoptionYearParenthesisBefore = /\d\]?\s*\\?\(\s*$/;

/**
 * "general recommendation No. 25 (2000)", "Convention No. 169 (1989)": the year of a numbered text that is not a
 * resolution is a date (GUIDELINES exclude only a resolution's adoption year).
 */
const numberedTextBefore = /\bNos?\.\s*\d{1,4}\s*\\?\(\s*$/;
const resolutionNumberedBefore = /\b(?:resolution|decision)s?\s+Nos?\.\s*\d{1,4}\s*\\?\(\s*$/i;

/** "the 1930's": a decade, not a year (a year not ending in 0 with 's is a possessive: "2019's budget"). */
const decadeAfter = /^['’]s\b/;

/** Named after a number: "the 1540 Committee", "1267 Sanctions List". */
const namedAfter = /^\s+(?:Committee|Sanctions|Monitoring Team|Group of Experts|List)\b/;

/** Words that may prefix a hyphenated year: "mid-2019", "pre-2015". */
const hyphenPrefix = /\b(?:mid|early|late|pre|post|end|start)[-\u2010\u2011]$/i;

/**
 * True when the words before a 4-digit number let it read as a year (`before` ends right before the number).
 *
 * @example
 * yearContextBefore('resolution ') // false
 */
export function yearContextBefore(before: string, year: number): boolean {
  const previousChar = before.slice(-1);
  if (/[-\u2010\u2011\u2013\u2014]/.test(previousChar) && !hyphenPrefix.test(before)) return false;
  if (year < 1800 && !/\b(?:in|since|of|from|until|year)\s*$/i.test(before)) return false;
  const lastWord = lastWordOf(before);
  if (endsInLabel(lastWord) || endsInCountQualifier(before, lastWord) || endsInCurrency(lastWord)) return false;
  if (lastWord.last !== '(' || !adoptionYearParenthesisBefore.test(before)) return true;
  return numberedTextBefore.test(before) && !resolutionNumberedBefore.test(before);
}

/**
 * True when the words after a 4-digit number let it read as a year (`after` starts right after the number);
 * `before` decides whether a following plural noun is a count ("1900 participants") or not ("the 2019 elections").
 *
 * @example
 * yearContextAfter(' people', 'more than ') // false
 */
export function yearContextAfter(after: string, before: string, year?: number): boolean {
  // Each pattern opens with white space and a character of its own: that character, read by code, rules most
  // of them out before they run (a year is mostly followed by punctuation or a function word).
  let first = 0;
  while (first < after.length && isWhitespaceCode(after.charCodeAt(first))) first++;
  const spaced = first > 0;
  const next = after.charAt(first);
  const nextLower = next.toLowerCase();
  if (next !== '' && UNIT_OPENINGS.includes(nextLower) && unitAfter.test(after)) return false;
  if (spaced && next !== '' && COUNT_NOUN_OPENINGS.includes(next) && irregularCountNouns.test(after)) return false;
  if (spaced && next >= 'a' && next <= 'z' && pluralNounAfter.test(after) && !yearIntroducer.test(before)) return false;
  if ((next === '(' || next === '\\') && adoptionYearAfter.test(after)) return false;
  if (decadeAfter.test(after) && (year === undefined || year % 10 === 0)) return false;
  return !(spaced && next !== '' && NAME_OPENINGS.includes(next) && namedAfter.test(after));
}

/** The characters (lower case) unitAfter's units open with after the spaces. */
const UNIT_OPENINGS = '%pmbthguekf:.';
/** The characters irregularCountNouns' nouns open with. */
const COUNT_NOUN_OPENINGS = 'pcmwsty';
/** The characters namedAfter's names open with. */
const NAME_OPENINGS = 'CSMGL';

/** True when `year` is inside the range of calendar years we accept at all. */
export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= earliestYear && year <= latestYear;
}

/**
 * True when the 4-digit number at `start..end` of `text` reads as a year.
 *
 * @example
 * isYearInContext('since 2016 the', 6, 10) // true
 * isYearInContext('more than 2000 people', 10, 14) // false
 */
export function isYearInContext(text: string, start: number, end: number): boolean {
  const year = Number(text.slice(start, end));
  if (!isPlausibleYear(year)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return yearContextBefore(before, year) && yearContextAfter(after, before, year);
}
