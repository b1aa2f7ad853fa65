import type { PatternParser, TextParser } from '../types.js';
import { startingAt } from './starting-at.js';
import { wordStretches } from './word-stretches.js';

/**
 * Where words start in a text, for the parsers whose patterns open with a word: each such pattern, run
 * over the whole text, cost about as much as all its other work (irregexp tries a word boundary or a
 * class of common letters at almost every position). Instead every registered prefix is looked for in
 * one pass over the places a word can start (the word stretches' starts and the letters inside a stretch
 * after a non-letter: see WordStretches.innerLetterStarts), and each pattern is tried only there.
 */

/** Each registered group of prefixes, by the number wordStartsOf gave it. */
const groups: (readonly string[])[] = [];

interface PrefixTable {
  /**
   * Per key of a prefix's first two code units, its bucket's number plus one (0: none). Typed: a list
   * indexed by up to 65,535 and mostly empty was kept as a dictionary, and its look-ups were most of
   * the pass.
   */
  readonly bucketOfKey: Uint16Array;
  /**
   * Per bucket, a bit for each third code unit (modulo 32) a prefix of it allows (all for a prefix of
   * two): most words that start like a prefix ("and", "to", "these") are told apart by it at once.
   */
  readonly thirdBits: Int32Array;
  /** The prefixes of each bucket, each with the groups that registered it. */
  readonly buckets: readonly (readonly (readonly [string, readonly number[]])[])[];
  readonly groupCount: number;
}

let table: PrefixTable | undefined;

/** A key of two code units: collisions only cost a check, the prefix itself is compared. */
const keyOf = (first: number, second: number): number => ((first & 0xff) << 8) | (second & 0xff);

function prefixTable(): PrefixTable {
  if (table !== undefined && table.groupCount === groups.length) return table;
  const bucketOfKey = new Uint16Array(0x10000);
  const buckets: [string, number[]][][] = [];
  const thirdBits: number[] = [];
  groups.forEach((prefixes, group) => {
    for (const prefix of prefixes) {
      const key = keyOf(prefix.charCodeAt(0), prefix.charCodeAt(1));
      if (bucketOfKey[key] === 0) {
        bucketOfKey[key] = buckets.push([]);
        thirdBits.push(0);
      }
      const bucket = (bucketOfKey[key] as number) - 1;
      const entries = buckets[bucket] as [string, number[]][];
      const entry = entries.find(([known]) => known === prefix);
      if (entry === undefined) entries.push([prefix, [group]]);
      else if (!entry[1].includes(group)) entry[1].push(group);
      thirdBits[bucket] = (thirdBits[bucket] as number) | (prefix.length < 3 ? -1 : 1 << (prefix.charCodeAt(2) & 31));
    }
  });
  table = { bucketOfKey, thirdBits: Int32Array.from(thirdBits), buckets, groupCount: groups.length };
  return table;
}

/** text.startsWith(prefix, at), read by code unit: the built-in's call cost more than the comparison. */
function isWrittenAt(text: string, at: number, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (text.charCodeAt(at + i) !== prefix.charCodeAt(i)) return false;
  return true;
}

interface StartsOfText {
  readonly groupCount: number;
  readonly starts: readonly number[][];
}

function findStarts(text: string): StartsOfText {
  const { bucketOfKey, thirdBits, buckets, groupCount } = prefixTable();
  const starts: number[][] = [];
  for (let group = 0; group < groupCount; group++) starts.push([]);
  const { count, starts: stretchStarts, innerLetterStarts } = wordStretches(text);
  const innerCount = innerLetterStarts.length;
  // The two lists in order, merged in one loop that rules most places out itself (a call per place to do
  // it cost a third of the pass): each group's starts come out in order.
  let inner = 0;
  let k = 0;
  for (;;) {
    let at: number;
    if (inner < innerCount && (k >= count || (innerLetterStarts[inner] as number) < (stretchStarts[k] as number)))
      at = innerLetterStarts[inner++] as number;
    else if (k < count) at = stretchStarts[k++] as number;
    else break;
    const bucket = (bucketOfKey[keyOf(text.charCodeAt(at), text.charCodeAt(at + 1))] as number) - 1;
    const third = text.charCodeAt(at + 2);
    if (bucket < 0 || ((thirdBits[bucket] as number) & (1 << (third & 31))) === 0) continue;
    addPrefixesAt(text, at, third, buckets[bucket] as (readonly [string, readonly number[]])[], starts);
  }
  return { groupCount, starts };
}

/** Adds `at` to the starts of the groups whose prefixes of one bucket are written there. */
function addPrefixesAt(
  text: string,
  at: number,
  third: number,
  entries: readonly (readonly [string, readonly number[]])[],
  starts: number[][],
): void {
  // Indexed loops: destructuring the pairs in for-of loops cost most of the pass.
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e] as readonly [string, readonly number[]];
    const prefix = entry[0];
    // Most prefixes of a bucket differ from the word by the third code unit: told before the comparison.
    if ((prefix.length > 2 && prefix.charCodeAt(2) !== third) || !isWrittenAt(text, at, prefix)) continue;
    const prefixGroups = entry[1];
    for (let g = 0; g < prefixGroups.length; g++) {
      const list = starts[prefixGroups[g] as number] as number[];
      if (list[list.length - 1] !== at) list.push(at);
    }
  }
}

let lastText: string | undefined;
let lastStarts: StartsOfText | undefined;

/** The starts of the last text (see forLastText), found again when a group was registered since. */
function startsOf(text: string, group: number): StartsOfText {
  if (lastStarts === undefined || lastText !== text || lastStarts.groupCount <= group) lastStarts = findStarts(text);
  lastText = text;
  return lastStarts;
}

/**
 * Where one of `prefixes` (two code units or more, starting with a letter) starts at a word stretch's
 * start or after a non-letter inside one, in order. Register at module load: all groups are found in one
 * pass per text.
 *
 * @example
 * const saidAt = wordStartsOf(['said']);
 * saidAt('He said, she unsaid') // [3]
 */
export function wordStartsOf(prefixes: readonly string[]): (text: string) => readonly number[] {
  for (const prefix of prefixes) if (prefix.length < 2) throw new Error(`prefix too short: ${prefix}`);
  const group = groups.length;
  groups.push(prefixes);
  return (text) => startsOf(text, group).starts[group] as number[];
}

/**
 * `parser` with its pattern tried only where one of `prefixes` starts a word, `before` code units after
 * the match's start (1 for a pattern that opens with a space before the word): the same matches as its
 * global pattern over the whole text, as long as every match it can make starts there. Each parser says
 * why that holds for it.
 *
 * @example
 * export const saidParser = startingAtWords(['said'], 0, { name: 'said', pattern: () => /\bsaid\b/g, extract });
 */
export function startingAtWords<V>(
  prefixes: readonly string[],
  before: number,
  parser: PatternParser<V>,
): TextParser<V> {
  return startingAt(wordStartsOf(prefixes), before, parser);
}
