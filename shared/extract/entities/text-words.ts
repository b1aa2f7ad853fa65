import { CharacterClass, characterClasses, hasClass, previousAt, stepAt, wordPart } from './characters.js';
import { forLastText } from './last-text.js';
import { wordStretches } from './word-stretches.js';

/** Letters, marks, apostrophes and hyphens that continue a lower-case word after its first letter. */
const continuesLowercaseWord = CharacterClass.lowerOrMark | CharacterClass.innerPunctuation;

/**
 * The words a text writes in lower case: /(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{Ll}\p{M}'’-]* /gu, that is,
 * at the start of a word stretch (the only place such a word can start) a lower-case letter and the
 * lower-case letters, marks, apostrophes and hyphens after it.
 *
 * @example
 * findLowercaseWords('Armed Conflict and armed groups').has('armed') // true
 */
function findLowercaseWords(text: string): ReadonlySet<string> {
  const classes = characterClasses(text);
  const words = new Set<string>();
  const { count, starts } = wordStretches(text);
  for (let k = 0; k < count; k++) {
    const start = starts[k] as number;
    if (!hasClass(classes, start, CharacterClass.lower)) continue;
    let end = start + stepAt(classes, start);
    while (hasClass(classes, end, continuesLowercaseWord)) end += stepAt(classes, end);
    words.add(text.slice(start, end));
  }
  return words;
}

/** Whether `word` is one of findLowercaseWords(text), found by searching for it rather than listing all. */
function isWrittenInLowercase(text: string, word: string): { found: boolean; searched: number } {
  const classes = characterClasses(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!hasClass(classes, at, CharacterClass.lower)) continue;
    const before = previousAt(classes, at);
    if (before >= 0 && hasClass(classes, before, wordPart)) continue;
    let end = at + stepAt(classes, at);
    while (hasClass(classes, end, continuesLowercaseWord)) end += stepAt(classes, end);
    if (end === at + word.length) return { found: true, searched: at };
  }
  return { found: false, searched: text.length };
}

/**
 * Searches of one text, in texts' lengths, after which listing all its lower-case words is cheaper: a
 * search for a word the text lacks reads the whole text, but far faster than listing does.
 */
const searchBudget = 8;

interface OrdinaryWords {
  readonly answers: Map<string, boolean>;
  searched: number;
  all?: ReadonlySet<string>;
}

const ordinaryWordsFor = forLastText((): OrdinaryWords => ({ answers: new Map(), searched: 0 }));

/**
 * Whether a capitalised word is also written in lower case in the text: then it is an ordinary word
 * ("Armed Conflict" beside "armed conflict"), not part of a person's name. Most texts ask about a few
 * words, so each is searched for; a text that asks about many has all its lower-case words listed once.
 * Answers are remembered for the last text.
 *
 * @example
 * isOrdinaryWord('Armed Conflict and armed groups', 'Armed') // true
 */
export function isOrdinaryWord(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  const state = ordinaryWordsFor(text);
  if (state.all !== undefined) return state.all.has(lower);
  const known = state.answers.get(lower);
  if (known !== undefined) return known;
  if (lower === '') return false;
  if (state.searched > searchBudget * text.length) {
    state.all = findLowercaseWords(text);
    return state.all.has(lower);
  }
  const { found, searched } = isWrittenInLowercase(text, lower);
  state.searched += searched;
  state.answers.set(lower, found);
  return found;
}
