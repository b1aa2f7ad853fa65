import { isWhitespaceCode } from '../char-codes.js';
import type { Segment } from '../segment/index.js';
import { cueReader, DECISION_CUE, LINK_CUE, PAGE_TALK_CUE, PROCEDURAL_CUE, type WordCue } from './cues.js';
import { DISCOURSE_CUES } from './discourse.js';
import { isResolutionClause, RESOLUTION_CUES } from './resolution.js';
import { STOPWORDS } from './stopwords.js';
import { type ScanResult, WordTable } from './word-table.js';

/** What the scorer knows about one sentence. */
export interface SentenceFeatures {
  readonly index: number;
  /** The sentence as it will be printed: whitespace collapsed, a leading dateline removed. */
  readonly display: string;
  readonly wordCount: number;
  /** Content-word stems as ids into the document's vocabulary: the sentence's topic. */
  readonly terms: readonly number[];
  /** First sentence of its paragraph. */
  readonly opensParagraph: boolean;
  /** The report section it sits in, when that is one a reader skims first: a summary or the conclusions. */
  readonly section: Section;
  /** Why the sentence may not be picked, or null when it may. */
  readonly exclusion: string | null;
  /** In a paragraph that opened with procedural framing: its background, not its findings. */
  readonly followsProcedural: boolean;
  /** The word cues it holds (bits of cues.ts): the patterns that may match it (0 when the sentence is excluded). */
  readonly cues: number;
}

/** "New York, 25 September 2020 – ", "UNITED NATIONS, Feb. 7 (Xinhua) — ": a place-and-date prefix before a dash. */
const DATELINE = /^[^\n–—]{3,90}?(?:\d|\(\w[\w .-]{1,30}\))[^\n–—]{0,40}?\s+(?:–|—|--|-)\s+(?=[A-Z“"])/;
const URL_OR_EMAIL = /https?:\/\/|www\.|\w@\w+\.\w|\.(?:com|org|net|ly|int)\/\S/i;
/** Sentences that point elsewhere or describe the page rather than the news (or end on a detached stop, checked apart). */
const PAGE_TALK =
  /\b(?:for more information|more information (?:is|can be)|click here|visit (?:our|the|www)|is available (?:at|here|online|\.)|is accessible|(?:may|can) be found in|webcast|photos? (?:from|of) the|follow us|subscribe|all rights reserved|copyright|read more|contact:|tel\.|fax)\b/i;
/** Procedural framing of reports: what a report is and why it exists, not what it says. */
const PROCEDURAL =
  /\b(?:(?:the|its|this|our|my) present report|this report|is submitted pursuant|submit(?:ted)? a report|in accordance with (?:General Assembly|Security Council) resolution|requested (?:that )?the Secretary ?-General|annex(?:es)? (?:to|of) the present|agenda item|distr\.|original:|I have the honour|(?:I|we) (?:hereby |therefore |herewith )?transmit|transmit(?:ted)? herewith|I should be grateful|the present (?:document|letter)|meeting (?:was called to order|rose at|was adjourned)|took the Chair|give the floor|(?:fully )?aligns? (?:itself |myself )?with the statement|(?:I|we) (?:also )?(?:would like to |wish to |want to )?thank|(?:express|expressing|offer|offering|convey|conveying|extend|extending) (?:my|our) (?:sincere |heartfelt |deep |warm |warmest |profound )?(?:thanks|appreciation|gratitude|congratulations))/i;
/** "Draft resolution A/79/L.64 was adopted by 155 votes to 1": a meeting's outcome, what its record is read for. */
const DECISION =
  /\b(?:[Dd]raft|resolution|decision|amendment|motion|proposal|agenda)\b[^;]{0,60}\b(?:was|were) (?:adopted|approved|rejected)\b/;

/** Word parts one of which each pattern needs (see cues.ts). URL_OR_EMAIL's e-mail address is told by its "@" instead. */
const SENTENCE_CUES: readonly WordCue[] = [
  {
    bit: PAGE_TALK_CUE,
    parts:
      'information click visit available accessible found webcast photo follow subscribe reserved copyright read contact tel fax',
  },
  {
    bit: PROCEDURAL_CUE,
    parts:
      'present report pursuant accordance requested annex agenda distr original honour transmit grateful meeting chair floor statement thank appreciation gratitude congratulation',
  },
  { bit: DECISION_CUE, parts: 'adopted approved rejected' },
  { bit: LINK_CUE, parts: 'http www', words: 'com org net ly int' },
];
/** The cues of a lower-case word, for the patterns here and the scorer's. */
const cuesOf = cueReader([...SENTENCE_CUES, ...DISCOURSE_CUES, ...RESOLUTION_CUES]);

/** A stop or comma standing apart after a space ("… available at ."): what is left of a sentence whose link was removed. */
function endsOnDetachedStop(display: string): boolean {
  const last = display.charCodeAt(display.length - 1);
  return (last === 46 || last === 44) && isWhitespaceCode(display.charCodeAt(display.length - 2));
}

const SEE_REFERENCE = /^(?:See|Cf\.)\s/;
const FOOTNOTE_MARK = /^[¹²³⁴⁵⁶⁷⁸⁹⁰*]/;
const LIST_MARK = /^(?:[-–—•*·▪●○◦]\s|\([a-z0-9]{1,3}\)\s)/;
const METADATA = /^[\w-]{2,20}:\s/;
/** A transcript's speaker label: "SENIOR ADMINISTRATION OFFICIAL:", "Q ". */
const SPEAKER_LABEL = /^(?:[A-Z][A-Z.'’ -]{1,60}:\s|Q\s)/;
/** A meeting record's speaker: "The Acting President:", "Mr. Diallo (Senegal) (spoke in French):". */
const MEETING_SPEAKER =
  /^(?:The (?:Acting |Temporary )?(?:President|Chair|Co-Chair|Vice-President|Secretary-General|Moderator)[^:.]{0,30}|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? [^:]{1,80}\))\s*:\s/;
/** A line of a table: most of its words are numbers. */
const TABLE_NUMBER_SHARE = 0.35;

/** Crude stemming: enough to let "States" meet "State" and "efforts" meet "effort". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function isNumeral(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether a word is a term: not a number, a stopword or a word of two letters. */
function isTerm(word: string): boolean {
  return word.length > 2 && !isNumeral(word) && !STOPWORDS.has(word);
}

/** Past this many words the lexicon starts afresh, so that a long-running process does not grow it without end. */
const MAX_LEXICON_WORDS = 1 << 18;

/**
 * Words met so far in any document, with each one's stem and cues, which depend on the word alone: most of a
 * document's words were met in an earlier one, so they are interned without building a string and their stems
 * and cues are not worked out again. A document's term ids are still handed out in the order it first uses them.
 */
class Lexicon {
  readonly table = new WordTable();
  /** Per word id: its stem's id (into `stemNames`), or -1 when the word is no term. */
  private readonly stemOfWord: number[] = [];
  /** Per word id: its cues. */
  readonly cuesOfWord: number[] = [];
  private readonly stemNames: string[] = [];
  private readonly stemIds = new Map<string, number>();
  /** Per stem id: the document's term id, valid when its stamp is the document's. */
  private termOfStem = new Int32Array(1024);
  private stampOfStem = new Int32Array(1024);
  /**
   * Per word id: the document's term id (-1 when the word is no term), valid when its stamp is the document's.
   * Most words recur in a document: after its first use, a word's term is one look-up away, not two.
   */
  private termOfWord = new Int32Array(1024);
  private stampOfWord = new Int32Array(1024);
  private document = 0;
  /** Where the document's term ids go, or null when they are only counted. */
  private stems: Map<string, number> | null = null;
  private termCount = 0;

  /** Starts a document whose term ids go into `stems`, or are numbered from 0 when it is null. */
  begin(stems: Map<string, number> | null): void {
    this.stems = stems;
    this.termCount = 0;
    this.document++;
  }

  /** How many distinct terms the document holds. */
  get vocabularySize(): number {
    return this.stems === null ? this.termCount : this.stems.size;
  }

  /** Scans a sentence (see `WordTable.scan`), describing the words met for the first time. */
  scan(text: string, from?: number, to?: number): ScanResult {
    const scan = this.table.scan(text, from, to);
    const words = this.table.words;
    for (let id = this.stemOfWord.length; id < words.length; id++) this.describeWord(words[id] as string);
    return scan;
  }

  /**
   * The document's term id of a word, or -1 when it is no term. Asked for its words in the order the
   * document uses them, the lexicon numbers the terms in order of first use.
   */
  termOf(id: number): number {
    if (this.stampOfWord[id] === this.document) return this.termOfWord[id] as number;
    const stemId = this.stemOfWord[id] as number;
    let term = -1;
    if (stemId >= 0) {
      if (this.stampOfStem[stemId] !== this.document) this.assignTerm(stemId);
      term = this.termOfStem[stemId] as number;
    }
    this.termOfWord[id] = term;
    this.stampOfWord[id] = this.document;
    return term;
  }

  private describeWord(word: string): void {
    if (this.cuesOfWord.length >= this.termOfWord.length) this.growWords();
    this.cuesOfWord.push(cuesOf(word));
    if (!isTerm(word)) {
      this.stemOfWord.push(-1);
      return;
    }
    const stemmed = stem(word);
    let stemId = this.stemIds.get(stemmed);
    if (stemId === undefined) {
      stemId = this.stemNames.length;
      this.stemNames.push(stemmed);
      this.stemIds.set(stemmed, stemId);
      if (stemId >= this.termOfStem.length) this.growStems();
    }
    this.stemOfWord.push(stemId);
  }

  private assignTerm(stemId: number): void {
    let term = this.termCount++;
    if (this.stems !== null) {
      const stemmed = this.stemNames[stemId] as string;
      term = this.stems.get(stemmed) ?? this.stems.size;
      this.stems.set(stemmed, term);
    }
    this.termOfStem[stemId] = term;
    this.stampOfStem[stemId] = this.document;
  }

  private growWords(): void {
    this.termOfWord = doubled(this.termOfWord);
    this.stampOfWord = doubled(this.stampOfWord);
  }

  private growStems(): void {
    this.termOfStem = doubled(this.termOfStem);
    this.stampOfStem = doubled(this.stampOfStem);
  }

  get wordCount(): number {
    return this.table.words.length;
  }
}

/** `values` in an array twice as long, the rest zero. */
function doubled(values: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(values.length * 2);
  grown.set(values);
  return grown;
}

let sharedLexicon = new Lexicon();

/** The lexicon for the next document: the shared one, or a fresh one once it has grown too big. */
function lexiconFor(stems: Map<string, number> | null): Lexicon {
  if (sharedLexicon.wordCount > MAX_LEXICON_WORDS) sharedLexicon = new Lexicon();
  sharedLexicon.begin(stems);
  return sharedLexicon;
}

/** Two spaces in a row, or a tab, line break or no-break space: the sentence needs its whitespace collapsed. */
function needsWhitespaceRepair(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 0xa0) {
      previousSpace = false;
      continue;
    }
    if (code === 9 || code === 10 || code === 13 || code === 0xa0) return true;
    const space = isWhitespaceCode(code);
    if (space && previousSpace) return true;
    previousSpace = space;
  }
  return false;
}

/** "12. ", "(a) ", and a budget's dotted numbers with no final stop: "3.I.1 ", "2.A.14 " (before a capital). */
const PARAGRAPH_NUMBER_PREFIX =
  /^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z])[.)]\s+(?=\S)|\d{1,3}(?:\.(?:\d{1,3}|[IVXLC]{1,5}|[A-Z])){1,3}\s+(?=[A-Z]))/;

/**
 * A whitespace run other than a single space: `\s+` replaced by a space changes only these. Matching them
 * alone leaves the single spaces between words untouched instead of rewriting each of them.
 */
const IRREGULAR_WHITESPACE = / ?[^\S ]\s*| {2,}\s*/g;

/** The sentence on one line: whitespace runs collapsed when the spacing is irregular, ends trimmed. */
function collapsed(text: string, irregularSpacing: boolean): string {
  // Most sentences need no whitespace repair: skip the rewrite for them.
  return irregularSpacing ? text.replace(IRREGULAR_WHITESPACE, ' ').trim() : text.trim();
}

/** Strips a paragraph number ("12. ", "(a) "). */
function withoutParagraphNumber(display: string): string {
  const head = display.charCodeAt(0);
  if (head === 40 || (head >= 48 && head <= 57) || (head >= 97 && head <= 122))
    return display.replace(PARAGRAPH_NUMBER_PREFIX, '');
  return display;
}

/** Strips a paragraph number ("12. ") and a dateline from the printed sentence. */
function displayNearTop(text: string): string {
  const display = withoutParagraphNumber(collapsed(text, needsWhitespaceRepair(text)));
  const dateline = DATELINE.exec(display);
  if (dateline !== null && dateline[0].split(' ').length <= 14) return display.slice(dateline[0].length);
  return display;
}

/** Sentences this near the top may open on a dateline. */
const DATELINE_SENTENCES = 8;

/**
 * Each sentence's printed text and scan. Past the top, a sentence is scanned where it lies in the document
 * (a slice of it reads two times slower) and the paragraph number its display drops is dropped from the scan:
 * whitespace holds no word, and the number's words are numerals or single letters, which are no terms.
 * Near the top the display itself is scanned, as a dateline's words would enter the vocabulary early.
 */
function displaysAndScans(
  text: string,
  sentences: readonly Segment[],
  lexicon: Lexicon,
): { displays: string[]; scans: ScanResult[]; droppedWords: Map<number, number[]> } {
  const displays: string[] = [];
  const scans: ScanResult[] = [];
  const droppedWords = new Map<number, number[]>();
  for (const [index, sentence] of sentences.entries()) {
    if (index < DATELINE_SENTENCES) {
      const display = displayNearTop(sentence.text);
      displays.push(display);
      scans.push(lexicon.scan(display));
      continue;
    }
    const scan = lexicon.scan(text, sentence.start, sentence.end);
    const line = collapsed(sentence.text, scan.irregularSpacing);
    const display = withoutParagraphNumber(line);
    displays.push(display);
    if (display === line) {
      scans.push(scan);
      continue;
    }
    const kept = withoutLeadingWords(scan, line.slice(0, line.length - display.length));
    scans.push(kept);
    droppedWords.set(index, scan.ids.slice(0, scan.ids.length - kept.ids.length));
  }
  return { displays, scans, droppedWords };
}

/** A scan without the words of `prefix` (ASCII letters and digits only), which the scanned text opened with. */
function withoutLeadingWords(scan: ScanResult, prefix: string): ScanResult {
  let words = 0;
  let digitFirst = 0;
  for (let i = 0; i < prefix.length; i++) {
    const code = prefix.charCodeAt(i);
    if (isAlphanumericCode(code) && (i === 0 || !isAlphanumericCode(prefix.charCodeAt(i - 1)))) {
      words++;
      if (code <= 57) digitFirst++;
    }
  }
  return { ...scan, ids: scan.ids.slice(words), digitFirst: scan.digitFirst - digitFirst };
}

function isAlphanumericCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Whether `text` ends with one of `stops` followed only by characters in `trailing` (as `/[stops][trailing]*$/`). */
function endsWith(text: string, stops: string, trailing: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && holdsCode(trailing, text.charCodeAt(i))) i--;
  return i >= 0 && holdsCode(stops, text.charCodeAt(i));
}

/** Whether the few characters of `chars` hold `code`: no one-character string is built to look it up. */
function holdsCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

function isQuote(display: string, scan: ScanResult): boolean {
  if (display.length > 0 && '"“‘\'«'.includes(display.charAt(0))) return true;
  // One end of a quotation that spans several sentences.
  if (scan.opening !== scan.closing) return true;
  if (scan.quoteMarks < 2) return false;
  const last = display.charAt(display.length - 1);
  const beforeLast = display.charAt(display.length - 2);
  return '"”»'.includes(last) || ('.!?'.includes(last) && beforeLast !== '' && '"”»'.includes(beforeLast));
}

/** The longest operative paragraph of a resolution that may be picked: one that fills most of the budget. */
const MAX_CLAUSE_WORDS = 110;

function exclusionOf(display: string, wordCount: number, raw: string, scan: ScanResult, cues: number): string | null {
  // No final stop (closing quotes and brackets may follow it): a heading or a label. A resolution's
  // clauses are the exception: each ends with a comma or semicolon and reads as a sentence.
  if (!endsWith(display, '.!?', '"\'”’)]') && !isResolutionClause(display)) return 'heading';
  if (wordCount < 8) return 'too short';
  // A resolution's operative paragraph may run long and still be the decision a reader needs; the
  // scorer weighs its length against the budget.
  if (wordCount > (isResolutionClause(display) ? MAX_CLAUSE_WORDS : 75)) return 'too long';
  const head = display.charCodeAt(0);
  if (head >= 97 && head <= 122) return 'fragment';
  // "See S/2023/568.", "See also chapter II.": a footnote pointing to another document.
  if (SEE_REFERENCE.test(display)) return 'reference';
  // "[Subsequently, the delegation of … informed the Secretariat …]": the record's editorial note.
  if (head === 91) return 'note';
  if (FOOTNOTE_MARK.test(raw.trimStart())) return 'footnote';
  if (LIST_MARK.test(display)) return 'list item';
  if (METADATA.test(display) || SPEAKER_LABEL.test(display) || MEETING_SPEAKER.test(display)) return 'metadata';
  // A table of contents line: dot leaders before a page number.
  // Both leaders hold a stop four characters or more before the end: most sentences' first stop is their last.
  const firstStop = display.indexOf('.');
  if (firstStop >= 0 && firstStop <= display.length - 4 && (display.includes('. . . ') || display.includes('....')))
    return 'contents';
  if (endsWith(display, '?', '"\'”’)')) return 'question';
  if (isQuote(display, scan)) return 'quote';
  const mayLink = (cues & LINK_CUE) !== 0 || display.includes('@');
  if ((mayLink && URL_OR_EMAIL.test(display)) || endsOnDetachedStop(display)) return 'page talk';
  if ((cues & PAGE_TALK_CUE) !== 0 && PAGE_TALK.test(display)) return 'page talk';
  if ((cues & PROCEDURAL_CUE) !== 0 && PROCEDURAL.test(display)) return 'procedural';
  return null;
}

/** Whether a quotation is still open after this sentence ("“Prison environments are … unjust. Their …”"). */
function quoteLeftOpen(scan: ScanResult, wasOpen: boolean): boolean {
  if (scan.lastCurlyMark === 0) return wasOpen;
  return scan.lastCurlyMark === 0x201c || scan.lastCurlyMark === 0xab;
}

/** How many words open a sentence that may be printed again: sentences are grouped by them. */
const OPENING_WORDS = 6;

/** A hash of a sentence's opening words, to group sentences by with no string key built. */
function openingHash(ids: readonly number[]): number {
  let hash = 0;
  for (let k = 0; k < OPENING_WORDS; k++) hash = (Math.imul(hash, 0x9e3779b1) + (ids[k] as number)) | 0;
  return hash;
}

function sameOpening(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < OPENING_WORDS; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Sentences printed again elsewhere: a photo caption shown twice, a standfirst that the article repeats
 * and extends. A sentence whose words begin another sentence is the repeat; identical ones both are.
 */
function repeatedSentences(sentenceWords: readonly (readonly number[])[], words: readonly string[]): Set<number> {
  // Most openings are met once: a list is only made for a hash that two sentences share.
  const firstByHash = new Map<number, number>();
  const sharedHashes = new Map<number, number[]>();
  for (const [index, ids] of sentenceWords.entries()) {
    if (ids.length < OPENING_WORDS) continue;
    const hash = openingHash(ids);
    const first = firstByHash.get(hash);
    if (first === undefined) firstByHash.set(hash, index);
    else {
      const sharing = sharedHashes.get(hash);
      if (sharing) sharing.push(index);
      else sharedHashes.set(hash, [first, index]);
    }
  }
  const repeated = new Set<number>();
  for (const sharing of sharedHashes.values()) {
    // The sentences with the same opening words: a hash may be shared by several openings.
    const groups: number[][] = [];
    for (const index of sharing) {
      const ids = sentenceWords[index] ?? [];
      const group = groups.find((members) => sameOpening(sentenceWords[members[0] as number] ?? [], ids));
      if (group) group.push(index);
      else groups.push([index]);
    }
    for (const group of groups) {
      if (group.length < 2 || group.length > 20) continue;
      for (const k of group) {
        const a = sentenceWords[k] ?? [];
        if (group.some((j) => j !== k && beginsWith(sentenceWords[j] ?? [], a, words))) repeated.add(k);
      }
    }
  }
  return repeated;
}

/** Whether the words `b`, joined by spaces, start with the words `a` joined by spaces. */
function beginsWith(b: readonly number[], a: readonly number[], words: readonly string[]): boolean {
  if (b.length < a.length) return false;
  const last = a.length - 1;
  for (let i = 0; i < last; i++) if (a[i] !== b[i]) return false;
  return a[last] === b[last] || (words[b[last] as number] ?? '').startsWith(words[a[last] as number] ?? '');
}

export type Section = 'summary' | 'conclusion' | null;

/** The rule a PDF prints above a page's footnotes; the footnotes run until the body resumes. */
const FOOTNOTE_RULE = /^(?:_{2,}|[‗—–-]{4,})$/;
const MAX_FOOTNOTE_SEGMENTS = 25;
/** A paragraph this long after the rule is body text again. */
const FOOTNOTE_ZONE_WORDS = 40;
/** A quoted title followed by a comma: a long footnote citing a source ("Name, “Title”, Outlet, 9 May 2024."). */
const CITED_TITLE = /[”"],\s/;
const PARAGRAPH_NUMBER = /^\(?\d{1,3}[.)]\s/;
const SECTION_HEADING = /^\s*(?:[IVXLC]{1,5}|[A-Z])\.\s+[A-Z]/;
const SUMMARY_HEADING = /^(?:(?:[IVXLC]{1,5}|[A-Z])\.\s+)?(?:summary|executive summary|overview|key findings)$/i;
const CONCLUSION_HEADING =
  /^(?:(?:[IVXLC]{1,5}|[A-Z])\.\s+)?(?:conclusions?|observations|observations and recommendations|conclusions and recommendations|recommendations|concluding (?:remarks|observations)|(?:the )?way forward)$/i;

/** The section a heading opens: a summary, the conclusions, or another one (which ends them). */
function sectionAfter(display: string, exclusion: string | null, current: Section): Section {
  if (exclusion !== 'heading') return current;
  if (SUMMARY_HEADING.test(display)) return 'summary';
  if (CONCLUSION_HEADING.test(display)) return 'conclusion';
  return SECTION_HEADING.test(display) ? null : current;
}

/** In a sentence citing document symbols ("A/79/L.64", "79/283") the symbols bring their own digits. */
const TABLE_NUMBER_SHARE_WITH_SYMBOLS = 0.5;

/**
 * Most words are numbers: a table row. "Draft resolution A/79/L.64 was adopted by 155 votes to 1 (resolution
 * 79/283)." is a sentence; "See S/2016/92, S/2016/501, S/2017/97." is still a list of references.
 */
function isTableRow(scan: ScanResult, display: string): boolean {
  if (scan.ids.length === 0) return false;
  const share = scan.digitFirst / scan.ids.length;
  return share > (display.includes('/') ? TABLE_NUMBER_SHARE_WITH_SYMBOLS : TABLE_NUMBER_SHARE);
}

const EARLIEST_ANNEX_SHARE = 0.25;

/** A heading that opens the annexes: what follows is supporting material, not the argument. */
const ANNEX_HEADING = /^(?:annex(?:es)?|appendix|appendices)\b[^.]{0,80}$/i;

/**
 * Describes every sentence for the scorer. Sentences printed twice (a photo caption, a standfirst that the
 * article repeats) are page furniture, and everything after an annex heading is supporting material.
 * `sentences` are segments of `text` (as `splitSentences(text)` gives them): they are read where they lie.
 */
export function describeSentences(
  text: string,
  sentences: readonly Segment[],
  stems: Map<string, number> = new Map(),
): SentenceFeatures[] {
  return describeDocument(text, sentences, stems).features;
}

/**
 * The sentences described (see `describeSentences`) and the number of distinct terms they hold. Given no
 * `stems`, the terms are numbered from 0 in order of first use, with no map of them built.
 */
export function describeDocument(
  text: string,
  sentences: readonly Segment[],
  stems: Map<string, number> | null = null,
): { features: SentenceFeatures[]; vocabularySize: number } {
  const lexicon = lexiconFor(stems);
  const { displays, scans, droppedWords } = displaysAndScans(text, sentences, lexicon);
  const cuesOfWord = lexicon.cuesOfWord;
  const repeated = repeatedSentences(
    scans.map((scan) => scan.ids),
    lexicon.table.words,
  );
  let insideQuote = false;
  let inAnnex = false;
  let footnotes = 0;
  // An "Annex" heading in the first quarter heads the report that a covering letter transmits: the bulk of
  // the document follows it, and that is the argument, not supporting material.
  const earliestAnnex = sentences.length * EARLIEST_ANNEX_SHARE;
  let procedural = false;
  let section: Section = null;
  let previousEnd = 0;
  const features = sentences.map((sentence, index): SentenceFeatures => {
    const display = displays[index] ?? '';
    const scan = scans[index] as ScanResult;
    const wordCount = scan.ids.length;
    const opensParagraph = index === 0 || hasLineBreak(text, previousEnd, sentence.start);
    previousEnd = sentence.end;
    if (opensParagraph && ANNEX_HEADING.test(display) && index >= earliestAnnex) inAnnex = true;
    if (opensParagraph) insideQuote = false;
    // The number is tested on the raw text: the display has it stripped.
    if (opensParagraph && (PARAGRAPH_NUMBER.test(sentence.text) || SECTION_HEADING.test(sentence.text))) footnotes = 0;
    if (FOOTNOTE_RULE.test(display)) footnotes = MAX_FOOTNOTE_SEGMENTS;
    let cues = 0;
    // The words a paragraph number held are no terms of the sentence, but they were used first.
    const dropped = droppedWords.get(index);
    if (dropped !== undefined) for (const id of dropped) lexicon.termOf(id);
    // Cues and terms in one pass over the words.
    const terms: number[] = [];
    for (const id of scan.ids) {
      cues |= cuesOfWord[id] as number;
      const term = lexicon.termOf(id);
      if (term >= 0) terms.push(term);
    }
    let exclusion = insideQuote ? 'quote' : exclusionOf(display, wordCount, sentence.text, scan, cues);
    // The line before stopped mid-phrase ("… on cooperation between the"): a page break cut the sentence,
    // and this is its second half, which names nothing by itself.
    if (exclusion === null && opensParagraph && index > 0 && isCutSentence(displays, scans, index - 1))
      exclusion = 'fragment';
    if (exclusion === null && isTableRow(scan, display)) exclusion = 'table';
    if (footnotes > 0) {
      footnotes--;
      // A paragraph opening in lower case is a sentence the page break cut: the body has resumed.
      if (opensParagraph && startsLowerCase(display)) footnotes = 0;
      else if (opensParagraph && exclusion === null && wordCount >= FOOTNOTE_ZONE_WORDS && !CITED_TITLE.test(display))
        footnotes = 0;
      else exclusion ??= 'footnote';
    }
    insideQuote = quoteLeftOpen(scan, insideQuote);
    section = sectionAfter(display, exclusion, section);
    // A report's summary restates its body on purpose: there the repeat is the one to keep.
    if (exclusion === null && repeated.has(index) && section !== 'summary') exclusion = 'repeated';
    if (exclusion === null && inAnnex) exclusion = 'annex';
    if (opensParagraph) procedural = exclusion === 'procedural';
    return {
      index,
      display,
      wordCount,
      terms,
      opensParagraph,
      exclusion,
      followsProcedural: procedural && !opensParagraph,
      section,
      // Only a sentence that may be picked is scored, so only its cues are kept.
      cues: exclusion === null ? cues : 0,
    };
  });
  return { features, vocabularySize: lexicon.vocabularySize };
}

/** Words a sentence cannot end on: the line was cut before its object. (Not a comma: a resolution's preambular clauses end with one.) */
const MID_PHRASE_END =
  /\b(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|between|into|its|their|our|his|her|that|which|whose)$/;

/** Past the title block, a line without a final stop this long is no heading but a sentence a page break cut. */
const CUT_SENTENCE_WORDS = 25;
const TITLE_BLOCK = 12;

/** Whether the segment at `index` is the first half of a sentence: it ends mid-phrase, or runs too long for a heading. */
function isCutSentence(displays: readonly string[], scans: readonly ScanResult[], index: number): boolean {
  const display = displays[index] ?? '';
  if (MID_PHRASE_END.test(display)) return true;
  if (index < TITLE_BLOCK || (scans[index]?.ids.length ?? 0) < CUT_SENTENCE_WORDS) return false;
  // A comma ends a resolution's preambular clause, which reads as a long heading too.
  return !endsWith(display, '.!?;:,', '"\'”’)]');
}

function startsLowerCase(display: string): boolean {
  const head = display.charCodeAt(0);
  return head >= 97 && head <= 122;
}

/** A bounded scan: `indexOf` would run on to the next line break, quadratic in a text without any. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * The score parts below run a pattern over the sentence: the scorer asks for them only for the sentences
 * whose other parts keep them within reach of the summary.
 */

/** Numbers and capitalised words after the first, per word: facts and names. */
export function factDensity(sentence: SentenceFeatures): number {
  return sentence.wordCount > 0 ? factCount(sentence.display) / sentence.wordCount : 0;
}

/** Records a meeting's decision: "Draft resolution A/79/L.64 was adopted". */
export function recordsDecision(sentence: SentenceFeatures): boolean {
  return (sentence.cues & DECISION_CUE) !== 0 && DECISION.test(sentence.display);
}

const FACT = /\b(?:[A-Z][a-z]+|[A-Z]{2,}|\d[\d,.]*)\b/g;

/** Numbers and capitalised words after the first character. */
function factCount(display: string): number {
  // Counted with `test`, which builds no array of matched strings.
  const rest = display.slice(1);
  FACT.lastIndex = 0;
  let count = 0;
  while (FACT.test(rest)) count++;
  return count;
}

const NUMBER = /(?<![\w/.-])\d[\d,.]*(?![\w/-])/g;
const YEAR = /^(?:19|20)\d\d$/;

/** Counts and amounts written in digits, years left out: concrete results. */
export function countableNumbers(display: string): number {
  let count = 0;
  for (const number of display.match(NUMBER) ?? []) {
    if (!YEAR.test(number)) count++;
  }
  return count;
}
