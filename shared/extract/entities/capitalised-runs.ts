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

const isSpaceOrTab = (code: number): boolean => code === 32 || code === 9;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** End of spaces and tabs from `index`. */
function skipSpaces(text: string, index: number): number {
  let end = index;
  while (end < text.length && isSpaceOrTab(text.charCodeAt(end))) end++;
  return end;
}

/**
 * The capitalised word at `index` as one or two words (a committee number before it: "1540 Committee"),
 * or null: `(?:\d{3,4}[ \t]+)?\p{Lu}[\p{L}\p{M}\p{N}'’-]*`.
 */
function capitalisedAt(text: string, classes: Uint8Array, index: number): Word[] | null {
  let digits = 0;
  while (digits < 5 && isDigit(text.charCodeAt(index + digits))) digits++;
  if (digits === 3 || digits === 4) {
    const after = skipSpaces(text, index + digits);
    if (after > index + digits && hasClass(classes, after, CharacterClass.upper)) {
      const word = capitalWordAt(text, classes, after);
      return [new RunWord(text, index, index + digits), word];
    }
  }
  return hasClass(classes, index, CharacterClass.upper) ? [capitalWordAt(text, classes, index)] : null;
}

function capitalWordAt(text: string, classes: Uint8Array, start: number): Word {
  let end = start + stepAt(classes, start);
  while (hasClass(classes, end, wordPart)) end += stepAt(classes, end);
  return new RunWord(text, start, end);
}

/** Whether a code unit starts some connector: after most spaces it does not, and one look-up tells. */
const startsConnector = new Uint8Array(128);
for (const connector of runConnectors) startsConnector[connector.charCodeAt(0)] = 1;

/** The connector written at `index` and followed by a space or tab, if any. */
function connectorAt(text: string, index: number): string | undefined {
  if (startsConnector[text.charCodeAt(index)] !== 1) return undefined;
  for (const connector of runConnectors) {
    if (text.startsWith(connector, index) && isSpaceOrTab(text.charCodeAt(index + connector.length))) return connector;
  }
  return undefined;
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
    const first = capitalisedAt(text, classes, start);
    if (first === null) continue;
    const words = first;
    let end = (first[first.length - 1] as Word).end;
    for (;;) {
      let next = skipSpaces(text, end);
      if (next === end) break;
      // Connectors go on the run at once and come off again when no capitalised word follows them.
      const wordsBefore = words.length;
      for (let connector = connectorAt(text, next); connector !== undefined; connector = connectorAt(text, next)) {
        words.push(new RunWord(text, next, next + connector.length));
        next = skipSpaces(text, next + connector.length);
      }
      const capitalised = capitalisedAt(text, classes, next);
      if (capitalised === null) {
        words.length = wordsBefore;
        break;
      }
      for (const word of capitalised) words.push(word);
      end = (capitalised[capitalised.length - 1] as Word).end;
    }
    runs.push(words);
    runEnd = end;
  }
  return runs;
});
