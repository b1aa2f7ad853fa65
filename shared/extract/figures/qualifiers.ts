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

/** Where the qualifier before `start` begins, or null when there is none. */
export function approximateQualifierStart(text: string, start: number): number | null {
  const before = text.slice(Math.max(0, start - 32), start);
  const match = APPROXIMATE_BEFORE.exec(before);
  return match === null ? null : start - before.length + match.index;
}
