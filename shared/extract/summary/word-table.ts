import { isWhitespaceCode } from '../char-codes.js';

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
  /** A tab, line break or no-break space, or two whitespace characters in a row: the printed sentence needs its whitespace collapsed. */
  readonly irregularSpacing: boolean;
}

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;
const NO_BREAK_SPACE = 0xa0;
/** Two characters outside ASCII that `toLowerCase` turns into ASCII letters: the Kelvin sign and dotted capital I. */
const KELVIN = 0x212a;
const DOTTED_CAPITAL_I = 0x130;

/** ASCII letters and digits lower-cased, by char code; 0 for every other ASCII character. */
const ASCII_WORD_CODE = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_WORD_CODE[code] = code;
for (let code = 97; code <= 122; code++) ASCII_WORD_CODE[code] = code;
for (let code = 65; code <= 90; code++) ASCII_WORD_CODE[code] = code + 32;

/** The lower-case code of a word character, or 0 for any other character. */
function wordCode(code: number): number {
  if (code < 128) return ASCII_WORD_CODE[code] as number;
  return code === KELVIN ? 107 : code === DOTTED_CAPITAL_I ? 105 : 0;
}

export class WordTable {
  /** Distinct words, by id. */
  readonly words: string[] = [];
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(1024).fill(EMPTY);
  /**
   * The words' characters end to end, and where each word starts in them: a word is compared there, in one
   * typed array, rather than in its string, whose layout the engine checks at every character.
   */
  private letters = new Uint16Array(8192);
  private letterStarts = new Int32Array(1025);

  /**
   * Scans a sentence, `text[from..to)`: its word ids, in order, the quotation marks it holds and whether its
   * spacing is irregular. A word the document had not used yet gets the next id.
   */
  scan(text: string, from = 0, to: number = text.length): ScanResult {
    const ids: number[] = [];
    let digitFirst = 0;
    let opening = 0;
    let closing = 0;
    let straight = 0;
    let lastCurlyMark = 0;
    let irregularSpacing = false;
    // Where the last whitespace character was: no bookkeeping on the letters, which are most characters.
    let lastSpace = -2;
    // The word being read starts after the last character that is no word character; its hash, whether a
    // character of it was changed by lower-casing (bits set) and whether one lies outside ASCII.
    let start = from;
    let hash = FNV_OFFSET;
    let changed = 0;
    let plain = true;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const lower = wordCode(code);
      if (lower !== 0) {
        hash = Math.imul(hash ^ lower, FNV_PRIME);
        // Branch-free steps on a letter: a word's end is the only branch the letters take.
        changed |= code ^ lower;
        if (code >= 128) {
          plain = false;
          // "İ" lower-cases to "i" and a combining dot, which ends the word.
          if (code === DOTTED_CAPITAL_I) {
            ids.push(this.intern(text, start, i + 1, hash, false, true));
            if (wordCode(text.charCodeAt(start)) <= 57) digitFirst++;
            start = i + 1;
            hash = FNV_OFFSET;
            changed = 0;
            plain = true;
          }
        }
        continue;
      }
      if (start < i) {
        ids.push(this.intern(text, start, i, hash, plain, changed !== 0));
        if (wordCode(text.charCodeAt(start)) <= 57) digitFirst++;
        hash = FNV_OFFSET;
        changed = 0;
        plain = true;
      }
      start = i + 1;
      if (code === 32 || code === 11 || code === 12) {
        if (lastSpace === i - 1) irregularSpacing = true;
        lastSpace = i;
      } else if (code === 34) straight++;
      else if (code === 9 || code === 10 || code === 13 || code === NO_BREAK_SPACE) irregularSpacing = true;
      else if (code === LEFT_DOUBLE || code === LEFT_GUILLEMET) {
        opening++;
        lastCurlyMark = code;
      } else if (code === RIGHT_DOUBLE || code === RIGHT_GUILLEMET) {
        closing++;
        lastCurlyMark = code;
      } else if (code >= 128 && isWhitespaceCode(code)) {
        if (lastSpace === i - 1) irregularSpacing = true;
        lastSpace = i;
      }
    }
    if (start < to) {
      ids.push(this.intern(text, start, to, hash, plain, changed !== 0));
      if (wordCode(text.charCodeAt(start)) <= 57) digitFirst++;
    }
    return {
      ids,
      digitFirst,
      opening,
      closing,
      quoteMarks: opening + closing + straight,
      lastCurlyMark,
      irregularSpacing,
    };
  }

  /**
   * The id of the word `text[start..end)`, lower-cased; `plain` when it holds only ASCII letters and digits,
   * `upper` when some of them are capitals.
   */
  private intern(text: string, start: number, end: number, hash: number, plain: boolean, upper: boolean): number {
    if (!plain) return this.internString(lowerWord(text, start, end), hash);
    const length = end - start;
    const slots = this.slots;
    const mask = slots.length - 1;
    const letters = this.letters;
    const letterStarts = this.letterStarts;
    let slot = hash & mask;
    for (let id = slots[slot] as number; id !== EMPTY; id = slots[slot] as number) {
      if (this.hashes[id] === hash) {
        const from = letterStarts[id] as number;
        if ((letterStarts[id + 1] as number) - from === length) {
          let k = 0;
          // Setting bit 5 lower-cases an ASCII letter and leaves a digit as it is.
          while (k < length && letters[from + k] === (text.charCodeAt(start + k) | 32)) k++;
          if (k === length) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    return this.add(upper ? text.slice(start, end).toLowerCase() : text.slice(start, end), hash, slot);
  }

  /** The id of a word that had characters outside ASCII, lower-cased into `word`. */
  private internString(word: string, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let id = slots[slot] as number; id !== EMPTY; id = slots[slot] as number) {
      if (this.hashes[id] === hash && this.words[id] === word) return id;
      slot = (slot + 1) & mask;
    }
    return this.add(word, hash, slot);
  }

  /** Gives `word` the next id, in the empty `slot` its probe ended on. */
  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes[id] = hash;
    this.slots[slot] = id;
    let from = this.letterStarts[id] as number;
    if (from + word.length > this.letters.length) {
      const letters = new Uint16Array(Math.max(this.letters.length * 2, from + word.length));
      letters.set(this.letters);
      this.letters = letters;
    }
    for (let k = 0; k < word.length; k++) this.letters[from++] = word.charCodeAt(k);
    this.letterStarts[id + 1] = from;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** Doubles the slots, keeping them at most half full, and the per-word arrays with them. */
  private rehash(): void {
    const hashes = new Int32Array(this.hashes.length * 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const letterStarts = new Int32Array(this.hashes.length + 1);
    letterStarts.set(this.letterStarts);
    this.letterStarts = letterStarts;
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = (this.hashes[id] as number) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
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
