import { isDigitCode, isSpaceOrTabCode } from '../char-codes.js';
import { keepLayoutAlive } from '../kept-layouts.js';
import { CharacterClass, hasClass, stepAt, wordPart } from './characters.js';
import { forLastText } from './last-text.js';
import { characterClasses, wordStretches } from './word-stretches.js';

/** A word of a run and where it is in the text. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A word of a run, its text sliced when first read: most runs are skipped by their readers without
 * reading their words' text, and slicing every capitalised word of a text cost most of finding the runs.
 */
class RunWord implements Word {
  private sliced: string | undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}
  get text(): string {
    this.sliced ??= this.source.slice(this.start, this.end);
    return this.sliced;
  }
}

keepLayoutAlive(new RunWord('', 0, 0));

/** Lower-case words that may sit inside a name ("Office of the High Commissioner for Human Rights"). */
export const runConnectors: readonly string[] = [
  'of',
  'for',
  'on',
  'the',
  'and',
  'in',
  'to',
  'against',
  'while',
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
  '&',
];

/** End of spaces and tabs from `index`. */
function skipSpaces(text: string, index: number): number {
  let end = index;
  while (end < text.length && isSpaceOrTabCode(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Adds the capitalised word at `index` to `words`, as one or two words (a committee number before it:
 * "1540 Committee"); false when there is none: `(?:\d{3,4}[ \t]+)?\p{Lu}[\p{L}\p{M}\p{N}'’-]*`. Added in
 * place: an array per word found cost as much as the reading.
 */
function addCapitalisedAt(text: string, classes: Uint8Array, index: number, words: Word[]): boolean {
  let digits = 0;
  while (digits < 5 && isDigitCode(text.charCodeAt(index + digits))) digits++;
  if (digits === 3 || digits === 4) {
    const after = skipSpaces(text, index + digits);
    if (after > index + digits && hasClass(classes, after, CharacterClass.upper)) {
      const word = capitalWordAt(text, classes, after);
      words.push(new RunWord(text, index, index + digits), word);
      return true;
    }
  }
  if (!hasClass(classes, index, CharacterClass.upper)) return false;
  words.push(capitalWordAt(text, classes, index));
  return true;
}

function capitalWordAt(text: string, classes: Uint8Array, start: number): Word {
  let end = start + stepAt(classes, start);
  while (hasClass(classes, end, wordPart)) end += stepAt(classes, end);
  return new RunWord(text, start, end);
}

/**
 * The connectors by their first code unit (below 128), in runConnectors' order: most words after a
 * capitalised one are ordinary lower-case words, each compared with every connector before.
 */
const connectorsByFirst: (readonly string[] | undefined)[] = Array.from({ length: 128 }, () => undefined);
for (const connector of runConnectors) {
  const first = connector.charCodeAt(0);
  connectorsByFirst[first] = [...(connectorsByFirst[first] ?? []), connector];
}

/** The connector written at `index` and followed by a space or tab, if any. */
function connectorAt(text: string, index: number): string | undefined {
  const first = text.charCodeAt(index);
  const candidates = first < 128 ? connectorsByFirst[first] : undefined;
  if (candidates === undefined) return undefined;
  for (let c = 0; c < candidates.length; c++) {
    const connector = candidates[c] as string;
    if (isWrittenAt(text, index, connector) && isSpaceOrTabCode(text.charCodeAt(index + connector.length)))
      return connector;
  }
  return undefined;
}

/** text.startsWith(word, at), read by code unit: the built-in's call cost more than the comparison. */
function isWrittenAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Runs of capitalised words on one line (remembered for the last text), joined by spaces and lower-case connectors, as their words:
 * "Office of the High Commissioner for Human Rights". Read one character at a time, the same runs as the
 * regex `capitalised(?:[ \t]+(?:connector[ \t]+)*capitalised)*` found where no word continues before
 * them, which cost one match object per run.
 *
 * @example
 * capitalisedRuns('the Council of Europe met').map((run) => run.map((word) => word.text)) // [['Council', 'of', 'Europe']]
 */
export const capitalisedRuns: (text: string) => readonly Word[][] = forLastText((text) => {
  const classes = characterClasses(text);
  const runs: Word[][] = [];
  // Only the start of a stretch of word parts can start a run.
  let runEnd = 0;
  // A run starts with a capital or a committee number: only stretches that start with one are read.
  const { starts, capitalOrDigitStretches } = wordStretches(text);
  for (const k of capitalOrDigitStretches) {
    const start = starts[k] as number;
    if (start < runEnd) continue;
    const words: Word[] = [];
    if (!addCapitalisedAt(text, classes, start, words)) continue;
    let end = (words[words.length - 1] as Word).end;
    for (;;) {
      let next = skipSpaces(text, end);
      if (next === end) break;
      // Connectors go on the run at once and come off again when no capitalised word follows them.
      const wordsBefore = words.length;
      for (let connector = connectorAt(text, next); connector !== undefined; connector = connectorAt(text, next)) {
        words.push(new RunWord(text, next, next + connector.length));
        next = skipSpaces(text, next + connector.length);
      }
      if (!addCapitalisedAt(text, classes, next, words)) {
        words.length = wordsBefore;
        break;
      }
      end = (words[words.length - 1] as Word).end;
    }
    runs.push(words);
    runEnd = end;
  }
  return runs;
});
