/**
 * The characters JavaScript's `\s` matches, by code unit: for scanners that read text character by
 * character instead of running a regular expression at every position.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A space or a tab: the gaps allowed inside a name or phrase on one line. */
export function isSpaceOrTabCode(code: number): boolean {
  return code === 32 || code === 9;
}

/** An ASCII letter, either case. */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** An ASCII digit. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
