import { IRREGULAR_PLURALS } from './singular.js';

/**
 * Words that end a counted noun phrase: determiners, prepositions, pronouns, auxiliaries, conjunctions and
 * number words. "and"/"or" are special: they may join modifiers before the head ("regional and
 * international organizations") but end the phrase after it.
 */
const STOP_WORDS = new Set(
  (
    'a an the of in on at to for from by with without within into onto across among amongst between under ' +
    'over through throughout during per than as via upon towards toward against along about around after before ' +
    'since until till beyond behind near like unlike including excluding regarding concerning ' +
    'and or nor but yet so if whether because although though while whereas ' +
    'that which who whom whose where when what why how ' +
    'is are was were be been being am have has had do does did will would can could may might shall should must ' +
    'not no also each every all both either neither any many much more most less least few fewer ' +
    'this these those there here it its they them their he she his her we our you your i me my ' +
    'per cent percent ' +
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion ' +
    'only just even still already then thus therefore however respectively alone'
  ).split(' '),
);

/** A word that ends a counted noun phrase (determiner, preposition, pronoun, auxiliary, number word…). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set([
  'this',
  'thus',
  'its',
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'has',
  'was',
  'does',
  'is',
  'as',
  'us',
  'yes',
  'across',
  'always',
  'perhaps',
  'whereas',
  'besides',
  'unless',
  'towards',
  'afterwards',
  'nevertheless',
  'sometimes',
  'gas',
  'bus',
  'lens',
  'chaos',
  'ethos',
  'plus',
  'minus',
  'versus',
  'overseas',
  'forwards',
  'backwards',
  'upwards',
  'downwards',
  'onwards',
]);

/**
 * Plural words that commonly modify a following noun ("human rights defenders", "arms dealers"); any other
 * plural is the head, and a later plural belongs to the verb or the next phrase ("24 hours changes").
 */
const PLURAL_MODIFIERS = new Set([
  'rights',
  'arms',
  'affairs',
  'goods',
  'sales',
  'operations',
  'communications',
  'savings',
  'sports',
  'arts',
  'services',
  'systems',
  'resources',
  'weapons',
  'drugs',
  'narcotics',
  'customs',
  'statistics',
  'logistics',
  'humanities',
  'nations',
  'states',
]);

const OPENING_QUOTE = /[“"‘]$/;
const PUNCTUATION_STOP = /[,;:.!?()[\]{}"“”/|\\=<>]|\n\s*\n/;
const BLANK_LINE_ONLY = /^[ \u00A0]*\n[ \u00A0]*\n[ \u00A0]*$/;

const TOKEN = /([^\p{L}\d]*)(\p{L}[\p{L}\p{M}'’\-‐‑]*|\d+)/uy;
/**
 * TOKEN for plain ASCII text, tried first: Unicode property classes are slow to test character by character.
 * It only matches where TOKEN gives the same token: the token must end before an ASCII character that no
 * word or number continues with (not a letter, digit, apostrophe or hyphen), so it is never cut short and no
 * letter of TOKEN's wider classes is left out. Elsewhere TOKEN itself reads the token.
 */
const ASCII_TOKEN = /([\0-/:-@[-`{-\x7F]*)([A-Za-z][A-Za-z'’\-‐‑]*|\d+)(?=[\0-&(-,./:-@[-`{-\x7F]|$)/y;

/** The gap and the word or number at `position`, and where they end; null when no word follows. */
function tokenAt(text: string, position: number): { gap: string; word: string; end: number } | null {
  for (const pattern of [ASCII_TOKEN, TOKEN]) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match !== null) return { gap: match[1] ?? '', word: match[2] ?? '', end: pattern.lastIndex };
  }
  return null;
}

/** The furthest a head may sit after the number, in words. */
const MAX_WORDS = 8;
/** Lower-case words tried after a capitalised plural before settling on it ("United Nations resident agencies"). */
const MAX_AFTER_NAME = 3;

/** Whether a word looks like a plural noun ("entities", "States", "people", "side-events"). */
export function looksPlural(word: string): boolean {
  const lower = word.toLowerCase();
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  if (IRREGULAR_PLURALS.has(last)) return true;
  if (last.length < 3 || !last.endsWith('s')) return false;
  if (NOT_PLURAL.has(last) || STOP_WORDS.has(last)) return false;
  return !/(?:ss|us|is|ous|'s|’s)$/.test(last);
}

function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII decided by code: lower-casing a character makes a string.
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** PUNCTUATION_STOP in the gap before a word; a single space, the usual gap, holds none. */
function stopsAtGap(gap: string): boolean {
  return gap !== ' ' && PUNCTUATION_STOP.test(gap);
}

export interface HeadNoun {
  /** The head word as written, or null when no counted noun follows. */
  readonly head: string | null;
  readonly end: number | null;
  /** The first word after the number is capitalised and no plural head follows: a name ("1540 Committee"). */
  readonly beforeName: boolean;
}

/**
 * Finds the counted noun after a number: skips modifiers ("regional", "civil society", "Member") up to the
 * plural head, and stops at punctuation, function words and verbs.
 *
 * @example
 * headNounAfter('5 regional organizations met', 1); // { head: 'organizations', end: 26, beforeName: false }
 */
export function headNounAfter(text: string, from: number, singularAllowed = false): HeadNoun {
  let position = from;
  let head: string | null = null;
  let headEnd: number | null = null;
  let headCapitalized = false;
  let firstCapitalized: boolean | null = null;
  let lastModifier: { word: string; end: number } | null = null;
  let pendingAfterName = 0;
  for (let words = 0; words < MAX_WORDS; words++) {
    const token = tokenAt(text, position);
    if (token === null) break;
    const { gap, word, end } = token;
    // An opening quote may stand before the first word: 'only two “offices” were active'.
    const stopGap = words === 0 ? gap.replace(OPENING_QUOTE, '') : gap;
    // A blank line right after the number with a lower-case word below is a PDF paragraph break inside the
    // sentence ("82\n\ncases occurred"), not the end of the phrase.
    const runsOn = words === 0 && BLANK_LINE_ONLY.test(stopGap) && /^\p{Ll}/u.test(word);
    const firstCode = word.charCodeAt(0);
    if ((!runsOn && stopsAtGap(stopGap)) || (firstCode >= 48 && firstCode <= 57)) break;
    if (words === 0 && gap.length === 0 && position > 0) break;
    const lower = word.toLowerCase();
    if (firstCapitalized === null) firstCapitalized = isCapitalized(word);
    if (STOP_WORDS.has(lower)) {
      if ((lower === 'and' || lower === 'or') && (head === null || pendingAfterName > 0)) {
        position = end;
        continue;
      }
      break;
    }
    const plural = looksPlural(word);
    if (head !== null) {
      const continuesCompound = headCapitalized || (PLURAL_MODIFIERS.has(head.toLowerCase()) && !isCapitalized(word));
      if (plural && continuesCompound) {
        head = word;
        headEnd = end;
        headCapitalized = isCapitalized(word);
        pendingAfterName = 0;
      } else if (headCapitalized && isCapitalized(word)) {
        pendingAfterName = 0;
      } else if (headCapitalized && pendingAfterName < MAX_AFTER_NAME && !/(?:ly|ed|ing)$/.test(lower)) {
        // "20 United Nations system entities": a proper name may itself modify the counted noun.
        pendingAfterName++;
      } else {
        break;
      }
    } else if (plural) {
      head = word;
      headEnd = end;
      headCapitalized = isCapitalized(word);
    } else {
      lastModifier = { word, end };
    }
    position = end;
  }
  if (head === null && firstCapitalized === true) return { head: null, end: null, beforeName: true };
  if (head === null && singularAllowed && lastModifier !== null && !isCapitalized(lastModifier.word)) {
    return { head: lastModifier.word, end: lastModifier.end, beforeName: false };
  }
  return { head, end: headEnd, beforeName: head === null && firstCapitalized === true };
}
