import { codePointLength, isUpperCase, isWordCharacter } from './characters.js';
import { forLastText } from './last-text.js';

/** A word of a run and where it is in the text. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

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
const isApostropheOrHyphen = (code: number): boolean => code === 39 || code === 0x2019 || code === 45;

/** Whether the code point before `index` continues a word (a letter, mark, number, apostrophe or hyphen). */
function continuesWord(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  if (isApostropheOrHyphen(low)) return true;
  const isPair = low >= 0xdc00 && low <= 0xdfff && index >= 2 && text.charCodeAt(index - 2) >= 0xd800;
  return isWordCharacter(text, isPair ? index - 2 : index - 1);
}

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
function capitalisedAt(text: string, index: number): Word[] | null {
  let digits = 0;
  while (digits < 5 && isDigit(text.charCodeAt(index + digits))) digits++;
  if (digits === 3 || digits === 4) {
    const after = skipSpaces(text, index + digits);
    if (after > index + digits && isUpperCase(text, after)) {
      const word = capitalWordAt(text, after);
      return [{ text: text.slice(index, index + digits), start: index, end: index + digits }, word];
    }
  }
  return isUpperCase(text, index) ? [capitalWordAt(text, index)] : null;
}

function capitalWordAt(text: string, start: number): Word {
  let end = start + codePointLength(text, start);
  while (end < text.length && (isWordCharacter(text, end) || isApostropheOrHyphen(text.charCodeAt(end))))
    end += codePointLength(text, end);
  return { text: text.slice(start, end), start, end };
}

/** The connector written at `index` and followed by a space or tab, if any. */
function connectorAt(text: string, index: number): string | undefined {
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
  const runs: Word[][] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const first = (isDigit(code) || code >= 65) && !continuesWord(text, i) ? capitalisedAt(text, i) : null;
    if (first === null) {
      i += codePointLength(text, i);
      continue;
    }
    const words = first;
    let end = (first[first.length - 1] as Word).end;
    for (;;) {
      let next = skipSpaces(text, end);
      if (next === end) break;
      const connectors: Word[] = [];
      for (let connector = connectorAt(text, next); connector !== undefined; connector = connectorAt(text, next)) {
        connectors.push({ text: connector, start: next, end: next + connector.length });
        next = skipSpaces(text, next + connector.length);
      }
      const capitalised = capitalisedAt(text, next);
      if (capitalised === null) break;
      words.push(...connectors, ...capitalised);
      end = (capitalised[capitalised.length - 1] as Word).end;
    }
    runs.push(words);
    i = end;
  }
  return runs;
});
