/**
 * Word cues. A pattern that may match anywhere in a sentence is tried at every position of it; most sentences
 * hold none of the words the pattern needs. So each pattern comes with the words (as parts of lower-cased
 * words) one of which any match of it holds, each distinct word of a document is checked against those lists
 * once, and a sentence's cues are the union of its words' cues: a sentence without a pattern's cue skips it.
 * A cue list must stay in step with its pattern: every literal the pattern needs, or the pattern misses.
 */

export const PAGE_TALK_CUE = 1 << 0;
export const PROCEDURAL_CUE = 1 << 1;
export const DECISION_CUE = 1 << 2;
export const LINK_CUE = 1 << 3;
export const PROCEDURE_CUE = 1 << 4;
export const PREVIEW_MODAL_CUE = 1 << 5;
export const PREVIEW_VERB_CUE = 1 << 6;
export const STANCE_CUE = 1 << 7;
export const POINTER_CUE = 1 << 8;
export const BOILERPLATE_CUE = 1 << 9;
export const RENEWAL_VERB_CUE = 1 << 10;
export const RENEWAL_TERM_CUE = 1 << 11;
export const REPORTING_VERB_CUE = 1 << 12;
export const REPORT_CUE = 1 << 13;
export const HEDGED_CUE = 1 << 14;
/** Every cue: what a sentence whose words were not looked at may hold. */
export const EVERY_CUE = (1 << 15) - 1;

/** A cue's bit, the word parts (lower case, three letters or more) that raise it, and whole words that do, space-separated. */
export interface WordCue {
  readonly bit: number;
  readonly parts: string;
  readonly words?: string;
}

/** Whether `cues` holds every bit of `required`. */
export function hasCues(cues: number, required: number): boolean {
  return (cues & required) === required;
}

const LETTERS = 26;
const TRIGRAMS = LETTERS * LETTERS * LETTERS;

/** The index of three lower-case letters from `start`, or -1 when one of them is no letter. */
function trigramAt(word: string, start: number): number {
  const a = word.charCodeAt(start) - 97;
  const b = word.charCodeAt(start + 1) - 97;
  const c = word.charCodeAt(start + 2) - 97;
  if (a < 0 || a >= LETTERS || b < 0 || b >= LETTERS || c < 0 || c >= LETTERS) return -1;
  return (a * LETTERS + b) * LETTERS + c;
}

/** Whether `word` from `at` spells `part` after its first three letters (a builtin call costs more on words this short). */
function continues(word: string, at: number, part: string): boolean {
  if (at + part.length - 3 > word.length) return false;
  for (let k = 3; k < part.length; k++) if (word.charCodeAt(at + k - 3) !== part.charCodeAt(k)) return false;
  return true;
}

/**
 * The cues of lower-case words under `list`. The parts are indexed by their first three letters: a word is
 * looked up at each of its positions, which costs far less than running a pattern of every part over it.
 */
export function cueReader(list: readonly WordCue[]): (word: string) => number {
  const byTrigram: (readonly [part: string, bit: number][] | undefined)[] = new Array(TRIGRAMS);
  const wholeWords = new Map<string, number>();
  let longestWholeWord = 0;
  for (const { bit, parts, words = '' } of list) {
    for (const part of parts.split(' ')) {
      const trigram = trigramAt(part, 0);
      if (part.length < 3 || trigram < 0) throw new Error(`A cue part needs three letters: ${part}`);
      byTrigram[trigram] = [...(byTrigram[trigram] ?? []), [part, bit]];
    }
    for (const word of words.split(' ').filter(Boolean)) {
      wholeWords.set(word, (wholeWords.get(word) ?? 0) | bit);
      longestWholeWord = Math.max(longestWholeWord, word.length);
    }
  }
  return (word) => {
    // Most words are longer than any whole-word cue: no hashing for them.
    let cues = word.length <= longestWholeWord ? (wholeWords.get(word) ?? 0) : 0;
    // The trigram rolls along the word; `letters` counts the letters in a row that end at `end`.
    let trigram = 0;
    let letters = 0;
    for (let end = 0; end < word.length; end++) {
      const letter = word.charCodeAt(end) - 97;
      if (letter < 0 || letter >= LETTERS) {
        letters = 0;
        continue;
      }
      trigram = (trigram * LETTERS + letter) % TRIGRAMS;
      if (++letters < 3) continue;
      const entries = byTrigram[trigram];
      if (entries === undefined) continue;
      for (let k = 0; k < entries.length; k++) {
        const entry = entries[k] as readonly [string, number];
        if (continues(word, end + 1, entry[0])) cues |= entry[1];
      }
    }
    return cues;
  };
}
