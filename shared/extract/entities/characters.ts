/**
 * Character classes the entity parsers read one character at a time. Unicode-property regexes run per
 * word or per position were most of the run time; instead every code unit of a text is classified once
 * (ASCII by ranges, the rest through a table filled on first sight; see characterClasses in
 * word-stretches.ts) and the parsers read bits.
 */
export const CharacterClass = {
  /** A letter, mark or number: `[\p{L}\p{M}\p{N}]`. */
  word: 1,
  /** `\p{Lu}` */
  upper: 2,
  /** `\p{L}` */
  letter: 4,
  /** `\p{Ll}` */
  lower: 8,
  /** `[\p{Ll}\p{M}]` */
  lowerOrMark: 16,
  /** The first half of a surrogate pair: the classes are those of the whole code point. */
  pairStart: 32,
  /** Apostrophes (' ’) and the hyphen, which join the parts of a word (see isInnerPunctuation). */
  innerPunctuation: 64,
  /** The opening quote ‘, which the gazetteer's capitalised words also run on through. */
  openingQuote: 128,
} as const;

/** A letter, mark, number, apostrophe or hyphen: a part of a word ("Côte d’Ivoire", "Counter-Terrorism"). */
export const wordPart = CharacterClass.word | CharacterClass.innerPunctuation;

/** Apostrophes (' ’) and the hyphen: inside a word they join its parts ("Côte d’Ivoire", "Counter-Terrorism"). */
const isInnerPunctuation = (code: number): boolean => code === 39 || code === 0x2019 || code === 45;

const patterns: readonly [RegExp, number][] = [
  [/^[\p{L}\p{M}\p{N}]$/u, CharacterClass.word],
  [/^\p{Lu}$/u, CharacterClass.upper],
  [/^\p{L}$/u, CharacterClass.letter],
  [/^\p{Ll}$/u, CharacterClass.lower],
  [/^[\p{Ll}\p{M}]$/u, CharacterClass.lowerOrMark],
];

function classify(character: string): number {
  let classes = 0;
  for (const [pattern, bit] of patterns) if (pattern.test(character)) classes |= bit;
  if (character.length === 1 && isInnerPunctuation(character.charCodeAt(0))) classes |= CharacterClass.innerPunctuation;
  if (character === '‘') classes |= CharacterClass.openingQuote;
  return classes;
}

/** Classes of BMP code units, plus one so that 0 means not yet known (all eight bits are used, hence 16). */
const known = new Uint16Array(0x10000);
for (let code = 0; code < 0x80; code++) known[code] = 1 + classify(String.fromCharCode(code));

/** The classes of a BMP code unit (the first half of a surrogate pair has none of its own). */
export function classOfCodeUnit(code: number): number {
  let classes = known[code] as number;
  if (classes === 0) {
    classes = 1 + classify(String.fromCharCode(code));
    known[code] = classes;
  }
  return classes - 1;
}

/** The classes of a code point beyond the BMP, without pairStart. */
export const classOfCodePoint = (codePoint: number): number => classify(String.fromCodePoint(codePoint));

/** Code units of the code point at `index`: 2 for a surrogate pair, else 1. */
export const stepAt = (classes: Uint8Array, index: number): number =>
  ((classes[index] as number) & CharacterClass.pairStart) !== 0 ? 2 : 1;

/**
 * The index of the code point before `index` (a surrogate pair counts once), or -1 at the start.
 *
 * @example
 * previousAt(characterClasses('a𝐚b'), 3) // 1
 */
export function previousAt(classes: Uint8Array, index: number): number {
  if (index <= 0) return -1;
  if (index >= 2 && ((classes[index - 2] as number) & CharacterClass.pairStart) !== 0) return index - 2;
  return index - 1;
}

/** Whether the code unit at `index` has the class `bit`. */
export const hasClass = (classes: Uint8Array, index: number, bit: number): boolean =>
  ((classes[index] as number) & bit) !== 0;

/**
 * The classes of the code point at `index`, for a single look-up outside a text's classes (0 past the end).
 *
 * @example
 * (classAt('ß1', 0) & CharacterClass.letter) !== 0 // true
 */
export function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return 0;
  if (code >= 0xd800 && code <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(index) ?? 0));
  return classOfCodeUnit(code);
}

/**
 * Whether the code point at `index` has the class `bit`, for a single look-up outside a text's classes.
 *
 * @example
 * isClassAt('ß1', 0, CharacterClass.letter) // true
 */
export function isClassAt(text: string, index: number, bit: number): boolean {
  return (classAt(text, index) & bit) !== 0;
}

/**
 * The classes of the code point that ends just before `index`, as a look-behind with the `u` flag sees
 * it (a surrogate pair counts whole); 0 at the start.
 */
export function classBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  const isPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return classAt(text, isPair ? index - 2 : index - 1);
}

/**
 * Whether the code point that ends just before `index` has the class `bit`, as a look-behind with the `u`
 * flag sees it (a surrogate pair counts whole); false at the start.
 *
 * @example
 * isClassBefore('a𝐚b', 3, CharacterClass.letter) // true
 */
export function isClassBefore(text: string, index: number, bit: number): boolean {
  return (classBefore(text, index) & bit) !== 0;
}

/** Whether classes are a mark's: `[\p{Ll}\p{M}]` but not `\p{Ll}`. */
export const isMarkClass = (classes: number): boolean =>
  (classes & (CharacterClass.lower | CharacterClass.lowerOrMark)) === CharacterClass.lowerOrMark;
