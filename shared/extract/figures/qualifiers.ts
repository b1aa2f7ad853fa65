/**
 * Words that make a figure approximate when written just before it ("more than 4,700", "some 200",
 * "up to 5"), also across a line break ("more\nthan 100"). Bounds ("fewer than", "at least") count as
 * approximate too: the exact value is unknown.
 */
const APPROXIMATE_BEFORE =
  /\b(?:more\s+than|over|about|nearly|some|up\s+to|at\s+least|almost|approximately|approx\.|around|close\s+to|roughly|an\s+estimated|estimated|fewer\s+than|less\s+than|in\s+excess\s+of|upwards\s+of|as\s+many\s+as|nearly|just\s+under|well\s+under)\s+$/i;

/** Where the qualifier before `start` begins, or null when there is none. */
export function approximateQualifierStart(text: string, start: number): number | null {
  const before = text.slice(Math.max(0, start - 32), start);
  const match = APPROXIMATE_BEFORE.exec(before);
  return match === null ? null : start - before.length + match.index;
}
