/**
 * Character classes the entity parsers test one character at a time. A Unicode-property regex per
 * character was a large share of the run time; ASCII is decided by ranges and the rest is looked up once
 * per code unit and remembered.
 */

const letterMarkOrNumber = /^[\p{L}\p{M}\p{N}]$/u;
const upperCaseLetter = /^\p{Lu}$/u;
const anyLetter = /^\p{L}$/u;

/** Per BMP code unit: 0 not yet known, else 1 + (1 if letter/mark/number) + (2 if upper-case) + (4 if letter). */
const classes = new Uint8Array(0x10000);
const wordBit = 1;
const upperBit = 2;
const letterBit = 4;

function classOf(code: number): number {
  let known = classes[code] as number;
  if (known === 0) {
    const character = String.fromCharCode(code);
    known =
      1 +
      (letterMarkOrNumber.test(character) ? wordBit : 0) +
      (upperCaseLetter.test(character) ? upperBit : 0) +
      (anyLetter.test(character) ? letterBit : 0);
    classes[code] = known;
  }
  return known - 1;
}

/** Code units of the code point at `index`: 2 for a surrogate pair, else 1. */
export function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
}

/**
 * Whether the code point at `index` is a letter, mark or number (`[\p{L}\p{M}\p{N}]`).
 *
 * @example
 * isWordCharacter('é1', 0) // true
 */
export function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff)
    return letterMarkOrNumber.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
  return (classOf(code) & wordBit) !== 0;
}

/**
 * Whether the code point at `index` is an upper-case letter (`\p{Lu}`).
 *
 * @example
 * isUpperCase('Élan', 0) // true
 */
export function isUpperCase(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 65 && code <= 90;
  if (code >= 0xd800 && code <= 0xdfff) return upperCaseLetter.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
  return (classOf(code) & upperBit) !== 0;
}

/**
 * Whether the code point at `index` is a letter (`\p{L}`).
 *
 * @example
 * isLetter('ß1', 1) // false
 */
export function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return anyLetter.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
  return (classOf(code) & letterBit) !== 0;
}
