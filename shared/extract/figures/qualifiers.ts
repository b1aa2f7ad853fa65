import { isAsciiLetterCode, isWhitespaceCode } from '../char-codes.js';

/**
 * Words that make a figure approximate when written just before it, also across a line break
 * ("more\nthan 100"). GUIDELINES "approximate" lists "more than", "over", "about", "nearly", "some", "up to",
 * "at least" and "almost"; the others here say the same thing in other words: "approximately", "approx.",
 * "around" and "roughly" (about), "close to", "just under" and "well under" (nearly), "in excess of" and
 * "upwards of" (more than), "as many as" (up to), "fewer than" and "less than" (bounds, like "at least").
 * "An estimated 5,000" is not among them: it names where the number comes from, not a qualifier.
 */
const APPROXIMATE_BEFORE =
  /\b(?:more\s+than|over|about|nearly|some|up\s+to|at\s+least|almost|approximately|approx\.|around|roughly|close\s+to|just\s+under|well\s+under|in\s+excess\s+of|upwards\s+of|as\s+many\s+as|fewer\s+than|less\s+than)\s+$/i;

/** The words a qualifier ends with ("than" of "more than"), lower case; "approx" before its dot. */
const QUALIFIER_LAST_WORDS = new Set(
  'than over about nearly some to least almost approximately around roughly under of many as'.split(' '),
);

const QUALIFIER_REACH = 32;

/**
 * Whether APPROXIMATE_BEFORE can match before `start`: white space, after a qualifier's last word (or the dot
 * of "approx."). Most numbers follow another word, so the pattern, tried at each position of its window, is
 * rarely run.
 */
function mayFollowQualifier(text: string, floor: number, start: number): boolean {
  let end = start;
  while (end > floor && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (end === start || end === floor) return false;
  const dotted = text.charCodeAt(end - 1) === 46;
  const wordEnd = dotted ? end - 1 : end;
  let wordStart = wordEnd;
  while (wordStart > floor && isAsciiLetterCode(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd || wordEnd - wordStart > 13) return false;
  const word = text.slice(wordStart, wordEnd).toLowerCase();
  return dotted ? word === 'approx' : QUALIFIER_LAST_WORDS.has(word);
}

/** Where the qualifier before `start` begins, or null when there is none. */
export function approximateQualifierStart(text: string, start: number): number | null {
  const floor = Math.max(0, start - QUALIFIER_REACH);
  if (!mayFollowQualifier(text, floor, start)) return null;
  const before = text.slice(floor, start);
  const match = APPROXIMATE_BEFORE.exec(before);
  return match === null ? null : start - before.length + match.index;
}
