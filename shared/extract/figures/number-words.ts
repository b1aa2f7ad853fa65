/**
 * English cardinal number words (standard English numerals; no external source needed).
 * Scale words multiply what precedes them; "and" may only follow "hundred" or a larger scale.
 */
// Maps, not objects: a plain object would answer for 'constructor' and the other Object.prototype names.
const SMALL: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  }),
);

const TENS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

const SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    thousand: 1e3,
    million: 1e6,
    billion: 1e9,
    trillion: 1e12,
    // "three dozen fighters" is 36; "dozens" (vague) is not a number word.
    dozen: 12,
  }),
);

/**
 * The words as one prefix tree ("t(?:en|h(?:irt(?:een|y)|ree)|…)"): a long text is scanned for number words
 * at every word start, and a tree rejects most positions after one letter instead of trying each word.
 */
function trie(words: readonly string[]): string {
  const heads = new Map<string, string[]>();
  let endsHere = false;
  for (const word of words) {
    if (word === '') endsHere = true;
    else heads.set(word.charAt(0), [...(heads.get(word.charAt(0)) ?? []), word.slice(1)]);
  }
  const branches = [...heads].map(([head, rests]) => `${head}${trie(rests)}`);
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !endsHere ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return endsHere ? `(?:${group})?` : group;
}

/** Where a spelled-out number may begin: a unit, teen or tens word, or a hyphenated compound ("thirty-one"). */
export const NUMBER_WORD_START = `\\b(?:${trie([...TENS.keys()])}(?:-${trie([...SMALL.keys()])})?|${trie([
  ...SMALL.keys(),
])})\\b`;

/** One word or hyphenated compound worth less than a hundred ("seven", "thirty-one"), else null. */
function belowHundred(word: string): number | null {
  const lower = word.toLowerCase();
  const small = SMALL.get(lower);
  if (small !== undefined) return small;
  const tens = TENS.get(lower);
  if (tens !== undefined) return tens;
  if (!lower.includes('-')) return null;
  const [head, tail, ...rest] = lower.split('-');
  if (head === undefined || tail === undefined || rest.length > 0) return null;
  const tensPart = TENS.get(head);
  const unitPart = SMALL.get(tail);
  return tensPart !== undefined && unitPart !== undefined && unitPart < 10 ? tensPart + unitPart : null;
}

const WORD = /[A-Za-z]+(?:-[A-Za-z]+)?/y;
const GAP = /[ \t]+(?:and[ \t]+)?/y;

export interface ParsedNumberWords {
  readonly value: number;
  /** Offset just after the last word that belongs to the number. */
  readonly end: number;
  /** How many words make up the number. */
  readonly words: number;
}

/**
 * Reads the longest well-formed spelled-out number starting at `start`.
 *
 * @example
 * parseNumberWords('two hundred and fifty people', 0); // { value: 250, end: 20, words: 4 }
 */
export function parseNumberWords(text: string, start: number): ParsedNumberWords | null {
  let total = 0;
  let group = 0;
  let end = start;
  let words = 0;
  // What may come next: a small number, a "hundred", a larger scale.
  let expectSmall = true;
  let lastWasScale = false;
  let position = start;
  for (;;) {
    let gapAnd = false;
    if (words > 0) {
      GAP.lastIndex = position;
      const gap = GAP.exec(text);
      if (gap === null) break;
      gapAnd = gap[0].includes('and');
      position = GAP.lastIndex;
    }
    WORD.lastIndex = position;
    const match = WORD.exec(text);
    if (match === null) break;
    const word = match[0].toLowerCase();
    const small = belowHundred(word);
    if (gapAnd && !(lastWasScale && small !== null)) break;
    if (small !== null && expectSmall) {
      group += small;
      expectSmall = false;
      lastWasScale = false;
    } else if (word === 'hundred' && group > 0 && group < 10 && !lastWasScale) {
      group *= 100;
      expectSmall = true;
      lastWasScale = true;
    } else if (SCALES.get(word) !== undefined && group > 0) {
      total += group * (SCALES.get(word) ?? 1);
      group = 0;
      expectSmall = true;
      lastWasScale = true;
    } else {
      break;
    }
    words++;
    position = WORD.lastIndex;
    end = position;
  }
  if (words === 0) return null;
  return { value: total + group, end, words };
}
