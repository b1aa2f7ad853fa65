import { compiledOnce, spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import { capitalisedRuns } from '../capitalised-runs.js';
import { wordsByFirstLetter } from '../compiled.js';
import { roleWords } from '../data/words.js';
import { longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';
import { isNameWord } from '../person-names.js';
import { startingAtLiteral } from '../starting-at.js';
import { isOrdinaryWord } from '../text-words.js';
import { startingAtWords } from '../word-starts.js';

/** A capitalised word with a lower-case letter, maybe after "al-" (as nameWord in person-names.ts). */
const nameShape = /^(?:(?:al|el|Al|El)-)?\p{Lu}[\p{Lu}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;
/** Lower-case particles inside a name: "Osama bin Laden", "Ursula von der Leyen". */
const particles: ReadonlySet<string> = new Set(['bin', 'ibn', 'van', 'von', 'der', 'den', 'de', 'da', 'del', 'della']);

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The word (letters, marks, apostrophes, hyphens, dots inside) or punctuation mark at or after `from`, on the same line. */
const nextWordPattern = /[ \t]*(?:([\p{L}\p{M}][\p{L}\p{M}'’-]*(?:\.(?=\p{L}))?[\p{L}\p{M}'’-]*)|([,.;:()|]))/uy;

export function wordAt(text: string, from: number): Word | null {
  nextWordPattern.lastIndex = from;
  const found = nextWordPattern.exec(text);
  if (found === null) return null;
  const word = found[1] ?? found[2] ?? '';
  const start = found.index + found[0].length - word.length;
  return { start, end: start + word.length, text: word };
}

/** Whether a word can be part of a person's name here: name-shaped, not a known name, title, role or ordinary word. */
export function isPersonWord(ctx: ExtractionContext, word: Word): boolean {
  if (!nameShape.test(word.text) || roleWords.has(word.text.toLowerCase())) return false;
  return isNameWord(ctx.text, word.start, word.text) && !isOrdinaryWord(ctx.text, word.text);
}

/** Consecutive person words from `first` (particles between them), at most four: the words read. */
export function personRun(ctx: ExtractionContext, first: Word): Word[] {
  const run: Word[] = [first];
  let next = wordAt(ctx.text, first.end);
  while (next !== null && run.length < 4) {
    if (particles.has(next.text)) {
      const after = wordAt(ctx.text, next.end);
      if (after === null || !isPersonWord(ctx, after)) break;
      run.push(next, after);
      next = wordAt(ctx.text, after.end);
      continue;
    }
    if (!isPersonWord(ctx, next)) break;
    run.push(next);
    next = wordAt(ctx.text, next.end);
  }
  return run;
}

/** Whether a name ending at `end` ends there: punctuation, a line end, the text's end or a lower-case word. */
export function endsNameAt(text: string, end: number): boolean {
  const next = wordAt(text, end);
  if (next === null) return true;
  if (/^[,.;:()|]$/.test(next.text)) return true;
  return /^\p{Ll}/u.test(next.text) && !particles.has(next.text);
}

/** The names of a run that are people's names, not particles: their count. */
export const nameCount = (run: readonly Word[]): number => run.filter((word) => !particles.has(word.text)).length;

export function personSpan(ctx: ExtractionContext, first: Word, last: Word): Span<Mention> {
  return spanAt(ctx, first.start, last.end, {
    type: 'person',
    source: 'apposition',
    name: ctx.text.slice(first.start, last.end),
  });
}

/** The last two names of a run (with a particle between them): "Climate John Kerry" → "John Kerry". */
function lastTwoNames(run: readonly Word[]): Word | undefined {
  let names = 0;
  for (let i = run.length - 1; i >= 0; i--) {
    const word = run[i] as Word;
    if (!particles.has(word.text)) names++;
    if (names === 2) return word;
  }
  return undefined;
}

/** Roles that take a person's name after them ("Chair" also ends "Co-Chair"). */
const roleHeadWords =
  'Minister|Envoy|Ambassador|Advisor|Adviser|Secretary|Representative|Commissioner|Coordinator|Director|Chair|Chairperson|Chairman|Chairwoman|President|Head|Chief|Rapporteur|Spokesperson|Spokesman|Spokeswoman|Governor|Mayor|Counsellor|Counselor|Administrator|Commander|Prosecutor|Registrar'.split(
    '|',
  );
const roleHeads = wordsByFirstLetter(roleHeadWords, '\\b');

/**
 * A full name after a role written out with what it is of or for: "the Minister of Trade and Industry,
 * Jane Doe", "Special Envoy on Oceans Jane Doe", "Ambassador to the United Nations Jane Doe", "Security
 * Adviser Jane Doe". The words after the preposition are the role's object until a run of two or more
 * person words ends at punctuation or a lower-case word. Without a comma, the object and the name may
 * meet in one run ("on Oceans Jane Doe" when "oceans" is not written in lower case): the last two names
 * are the name, and a run of two right after the preposition is the object.
 *
 * Tried only where the roles start (see word-starts.ts): the pattern opens with a word boundary before them.
 *
 * @example
 * // "the Minister of Fisheries, Jane Ann Doe, said" → person "Jane Ann Doe"
 */
export const rolePersonParser: Parser<Mention> = startingAtWords(roleHeadWords, 0, {
  name: 'role-person',
  pattern: compiledOnce(() => new RegExp(`${roleHeads}\\b(?![-’'])`, 'g')),
  extract(ctx, match) {
    let word = wordAt(ctx.text, match.index + match[0].length);
    if (word === null) return null;
    // Straight after the role: "Security Adviser Jane Doe".
    if (isPersonWord(ctx, word)) {
      const run = personRun(ctx, word);
      const last = run[run.length - 1] as Word;
      if (nameCount(run) >= 2 && endsNameAt(ctx.text, last.end)) return personSpan(ctx, word, last);
      return null;
    }
    if (!/^(?:of|on|to|for|in)$/.test(word.text)) return null;
    let sawObject = false;
    let afterComma = false;
    // A run straight after "of", "for", "and"… inside the object belongs to it: "Institute for Peace Studies".
    let afterConnector = true;
    for (let steps = 0; steps < 14; steps++) {
      word = wordAt(ctx.text, word.end);
      if (word === null) return null;
      if (word.text === ',') {
        if (!sawObject || afterComma) return null;
        afterComma = true;
        continue;
      }
      if (/^(?:the|and|of|for|on|in|to|&)$/.test(word.text)) {
        if (afterComma) return null;
        afterConnector = true;
        continue;
      }
      const connected = afterConnector && !afterComma;
      afterConnector = false;
      if (!/^\p{Lu}/u.test(word.text) && !/^(?:al|el)-\p{Lu}/u.test(word.text)) return null;
      const known = longestKnownName(ctx.text, word.start);
      if (known !== null && known.entity.type !== 'person') {
        if (afterComma) return null;
        sawObject = true;
        word = { start: word.start, end: known.end, text: ctx.text.slice(word.start, known.end) };
        continue;
      }
      if (!isPersonWord(ctx, word)) {
        if (afterComma) return null;
        sawObject = true;
        continue;
      }
      const run = personRun(ctx, word);
      const last = run[run.length - 1] as Word;
      const count = nameCount(run);
      if (!endsNameAt(ctx.text, last.end) || count < 2) {
        if (afterComma) return null;
        sawObject = true;
        word = last;
        continue;
      }
      if (afterComma || (sawObject && !connected && count <= 3)) return personSpan(ctx, word, last);
      if (count < 3 || sawObject) {
        sawObject = true;
        word = last;
        continue;
      }
      const first = lastTwoNames(run);
      return first === undefined ? null : personSpan(ctx, first, last);
    }
    return null;
  },
});

const governmentWords = ['government', 'Government', 'regime', 'Regime', 'administration', 'Administration'];

/**
 * A full name after "government of", "regime of", "administration of": governments are named after
 * their leaders. "the former government of Jane Doe" → person "Jane Doe"; "the Government of South Sudan"
 * names a place (known), "the Government of National Unity" words the text writes in lower case.
 *
 * Tried only where the words start (see word-starts.ts): the pattern opens with a word boundary before them.
 */
export const governmentOfPersonParser: Parser<Mention> = startingAtWords(governmentWords, 0, {
  name: 'government-of-person',
  pattern: compiledOnce(
    () => new RegExp(`${wordsByFirstLetter(governmentWords, '\\b')}[ \\t]+of[ \\t]+(?=\\p{Lu})`, 'gu'),
  ),
  extract(ctx, match) {
    const word = wordAt(ctx.text, match.index + match[0].length);
    if (word === null || !isPersonWord(ctx, word)) return null;
    const run = personRun(ctx, word);
    const last = run[run.length - 1] as Word;
    if (nameCount(run) < 2 || !endsNameAt(ctx.text, last.end)) return null;
    return personSpan(ctx, word, last);
  },
});

const kunyaWords = ['Abu', 'Abou', 'Abdul', 'Abdel', 'Abdoul', 'Abd'];

/**
 * Arabic names that open with a kunya or a theophoric "Abdul"/"Abdel": "Abu Bakr al-Baghdadi", "Abdul
 * Rahman Ali". The opening word marks a person; a known place or group ("Abu Dhabi", "Abu Sayyaf Group")
 * is the gazetteer's, and a name given as an alias ("(alias Abu Omar)") belongs to the name before it.
 *
 * Tried only where the words start (see word-starts.ts): the pattern opens with a word boundary before them.
 *
 * @example
 * // "the group's leader, Abu Omar al-Farouq, was killed" → person "Abu Omar al-Farouq"
 */
export const kunyaPersonParser: Parser<Mention> = startingAtWords(kunyaWords, 0, {
  name: 'kunya-person',
  pattern: compiledOnce(
    () => new RegExp(`${wordsByFirstLetter(kunyaWords, '\\b')}[ \\t]+(?=\\p{Lu}|al-\\p{Lu})`, 'gu'),
  ),
  extract(ctx, match) {
    if (longestKnownName(ctx.text, match.index) !== null) return null;
    if (/(?:alias|a\.k\.a\.|aka|as)[ \t]+$/.test(ctx.text.slice(Math.max(0, match.index - 12), match.index))) {
      return null;
    }
    const opening: Word = {
      start: match.index,
      end: match.index + match[0].trimEnd().length,
      text: match[0].trimEnd(),
    };
    const next = wordAt(ctx.text, opening.end);
    if (next === null || !isPersonWord(ctx, next)) return null;
    const run = personRun(ctx, next);
    const last = run[run.length - 1] as Word;
    if (!endsNameAt(ctx.text, last.end)) return null;
    return personSpan(ctx, opening, last);
  },
});

const lowerCaseRoles: ReadonlySet<string> = new Set(
  'challenger|rival|opponent|candidate|incumbent|leader|president|minister|spokesman|spokeswoman|spokesperson|envoy|ambassador|commander|premier|activist|journalist|lawyer|businessman|businesswoman|dissident|warlord'.split(
    '|',
  ),
);

/** The lower-case word of letters that ends right before `end` (spaces and tabs skipped), at most 16 letters. */
function lowerCaseWordBefore(text: string, end: number): string {
  let wordEnd = end;
  while (wordEnd > 0 && (text.charCodeAt(wordEnd - 1) === 32 || text.charCodeAt(wordEnd - 1) === 9)) wordEnd--;
  if (wordEnd === end) return '';
  let start = wordEnd;
  while (start > 0 && wordEnd - start <= 16) {
    const code = text.charCodeAt(start - 1);
    if (code < 97 || code > 122) break;
    start--;
  }
  return text.slice(start, wordEnd);
}

/**
 * A full name after a role in lower case: "opposition challenger Jane Doe", "army commander John Roe".
 * Two to four person words (none the text also writes in lower case) ending at punctuation or a
 * lower-case word. Read from the text's capitalised runs (shared with other parsers): a regex for the
 * lower-case roles was tried at most positions of a text.
 */
export const lowerCaseRolePersonParser: Parser<Mention> = {
  name: 'lower-case-role-person',
  scan(ctx) {
    const spans: Span<Mention>[] = [];
    for (const run of capitalisedRuns(ctx.text)) {
      const opening = run[0];
      if (opening === undefined || !lowerCaseRoles.has(lowerCaseWordBefore(ctx.text, opening.start))) continue;
      const word = wordAt(ctx.text, opening.start);
      if (word === null || !isPersonWord(ctx, word)) continue;
      const names = personRun(ctx, word);
      const last = names[names.length - 1] as Word;
      if (nameCount(names) >= 2 && endsNameAt(ctx.text, last.end)) spans.push(personSpan(ctx, word, last));
    }
    return spans;
  },
};

/**
 * Speaker labels of web transcripts, cells split by bars: "ACME | Jane Doe | Co-Chair". The cell after a
 * bar that holds only a two- to four-word name (and ends at another bar or the line's end) is a person;
 * a first cell that is one acronym in capitals is the speaker's organization. Tried only at bars (see
 * startingAtLiteral): the pattern opens with one.
 */
export const barLabelParser: Parser<Mention> = startingAtLiteral('|', {
  name: 'bar-label',
  pattern: compiledOnce(() => /\|[ \t]*(?=\p{Lu})/gu),
  extract(ctx, match) {
    const word = wordAt(ctx.text, match.index + 1);
    if (word === null || !isPersonWord(ctx, word)) return null;
    const run = personRun(ctx, word);
    const last = run[run.length - 1] as Word;
    const after = wordAt(ctx.text, last.end);
    const endsCell =
      after === null || after.text === '|' || /^[ \t]*(?:\r?\n|$)/.test(ctx.text.slice(last.end, last.end + 3));
    if (nameCount(run) < 2 || !endsCell) return null;
    const spans: Span<Mention>[] = [personSpan(ctx, word, last)];
    const lineStart = ctx.text.lastIndexOf('\n', match.index) + 1;
    const cell = /^[ \t]*([A-Z]{2,10})[ \t]*$/.exec(ctx.text.slice(lineStart, match.index));
    const acronym = cell?.[1];
    if (cell !== null && acronym !== undefined) {
      const start = lineStart + cell[0].indexOf(acronym);
      spans.push(
        spanAt(ctx, start, start + acronym.length, { type: 'organization', source: 'pattern', name: acronym }),
      );
    }
    return spans;
  },
});
