/**
 * Words of one document, interned: a sentence is scanned once, character by character, and each of its
 * lower-cased `[a-z0-9]+` words becomes an integer id. A word already seen costs a hash probe and a
 * character comparison, with no string built, which is where a regex tokeniser and a string-keyed map
 * spent most of the summary's time on long reports.
 */

/** What one scan of a sentence found besides its words. */
export interface ScanResult {
  /** Word ids in order. */
  readonly ids: number[];
  /** Words whose first character is a digit. */
  readonly digitFirst: number;
  /** Counts of “ and «, of ” and », and of these four plus the straight `"`. */
  readonly opening: number;
  readonly closing: number;
  readonly quoteMarks: number;
  /** The last of “ ” « » in the sentence (its char code), or 0 when there is none. */
  readonly lastCurlyMark: number;
}

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;
/** Two characters outside ASCII that `toLowerCase` turns into ASCII letters: the Kelvin sign and dotted capital I. */
const KELVIN = 0x212a;
const DOTTED_CAPITAL_I = 0x130;

export class WordTable {
  /** Distinct words, by id. */
  readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(1024).fill(EMPTY);

  /**
   * Scans a sentence: its word ids, in order, and the quotation marks it holds. `onNewWord` sees each
   * word the first time the document uses it.
   */
  scan(text: string, onNewWord: (word: string, id: number) => void): ScanResult {
    const ids: number[] = [];
    let digitFirst = 0;
    let opening = 0;
    let closing = 0;
    let straight = 0;
    let lastCurlyMark = 0;
    let start = -1;
    let hash = FNV_OFFSET;
    let plain = true;
    let upper = false;
    const end = text.length;
    for (let i = 0; i < end; i++) {
      const code = text.charCodeAt(i);
      let lower: number;
      if (code >= 97 && code <= 122) lower = code;
      else if (code >= 65 && code <= 90) {
        lower = code + 32;
        upper = true;
      } else if (code >= 48 && code <= 57) lower = code;
      else if (code < 128) {
        if (code === 34) straight++;
        lower = -1;
      } else if (code === KELVIN) {
        lower = 107;
        plain = false;
      } else if (code === DOTTED_CAPITAL_I) {
        // Lower-cases to "i" and a combining dot, which ends the word.
        if (start < 0) start = i;
        ids.push(this.intern(text, start, i + 1, Math.imul(hash ^ 105, FNV_PRIME), false, true, onNewWord));
        start = -1;
        hash = FNV_OFFSET;
        plain = true;
        upper = false;
        continue;
      } else {
        if (code === LEFT_DOUBLE || code === LEFT_GUILLEMET) {
          opening++;
          lastCurlyMark = code;
        } else if (code === RIGHT_DOUBLE || code === RIGHT_GUILLEMET) {
          closing++;
          lastCurlyMark = code;
        }
        lower = -1;
      }
      if (lower >= 0) {
        if (start < 0) {
          start = i;
          if (lower <= 57) digitFirst++;
        }
        hash = Math.imul(hash ^ lower, FNV_PRIME);
      } else if (start >= 0) {
        ids.push(this.intern(text, start, i, hash, plain, upper, onNewWord));
        start = -1;
        hash = FNV_OFFSET;
        plain = true;
        upper = false;
      }
    }
    if (start >= 0) ids.push(this.intern(text, start, end, hash, plain, upper, onNewWord));
    return { ids, digitFirst, opening, closing, quoteMarks: opening + closing + straight, lastCurlyMark };
  }

  /**
   * The id of the word `text[start..end)`, lower-cased; `plain` when it holds only ASCII letters and digits,
   * `upper` when some of them are capitals.
   */
  private intern(
    text: string,
    start: number,
    end: number,
    hash: number,
    plain: boolean,
    upper: boolean,
    onNewWord: (word: string, id: number) => void,
  ): number {
    const word = plain ? null : lowerWord(text, start, end);
    const length = word === null ? end - start : word.length;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot] as number; id !== EMPTY; id = this.slots[slot] as number) {
      if (this.hashes[id] === hash) {
        const known = this.words[id] as string;
        if (known.length === length && (word === null ? sameLetters(known, text, start) : known === word)) return id;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    const created = word ?? (upper ? text.slice(start, end).toLowerCase() : text.slice(start, end));
    this.words.push(created);
    this.hashes.push(hash);
    this.slots[slot] = id;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    onNewWord(created, id);
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      let slot = (this.hashes[id] as number) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

/** Whether the lower-case `known` spells `text` from `start` (ASCII letters and digits, any case). */
function sameLetters(known: string, text: string, start: number): boolean {
  for (let k = 0; k < known.length; k++) {
    const code = text.charCodeAt(start + k);
    if (known.charCodeAt(k) !== (code >= 65 && code <= 90 ? code + 32 : code)) return false;
  }
  return true;
}

/** A word holding the Kelvin sign or "İ", lower-cased and with the combining dot left out. */
function lowerWord(text: string, start: number, end: number): string {
  let word = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === KELVIN) word += 'k';
    else if (code === DOTTED_CAPITAL_I) word += 'i';
    else word += String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
  }
  return word;
}
