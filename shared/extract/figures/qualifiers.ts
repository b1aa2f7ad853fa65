/**
 * Words that make a figure approximate when written just before it ("more than 4,700", "some 200",
 * "up to 5"). Bounds ("fewer than", "at least") count as approximate too: the exact value is unknown.
 */
const APPROXIMATE_BEFORE =
  /\b(?:more than|over|about|nearly|some|up to|at least|almost|approximately|approx\.|around|close to|roughly|an estimated|estimated|fewer than|less than|in excess of|upwards of|as many as|nearly|just under|well under)\s+$/i;

/** Where the qualifier before `start` begins, or null when there is none. */
export function approximateQualifierStart(text: string, start: number): number | null {
  const before = text.slice(Math.max(0, start - 24), start);
  const match = APPROXIMATE_BEFORE.exec(before);
  return match === null ? null : start - before.length + match.index;
}
