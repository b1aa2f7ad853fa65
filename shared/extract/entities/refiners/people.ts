import { spanAt } from '../../run.js';
import type { Refiner, Span } from '../../types.js';
import { CharacterClass, isClassAt, isMarkClass, previousAt, wordPart } from '../characters.js';
import { roleWords } from '../data/words.js';
import type { Mention } from '../mention.js';
import { isNameWord, nameWord } from '../person-names.js';
import { isOrdinaryWord } from '../text-words.js';
import { characterClasses, wordStretches } from '../word-stretches.js';

const precedingNameWord = new RegExp(`(${nameWord})[ \\t]$`, 'u');

/**
 * Every occurrence of a known person's surname becomes a mention, widened to the first names written
 * before it ("UN Counter-Terrorism Office Vladimir Voronkov" → "Vladimir Voronkov").
 *
 * @example
 * // after "Mr. Vladimir Voronkov", the later "Voronkov said" is the same person
 */
export const surnameMentionsRefiner: Refiner<Mention> = {
  name: 'surname-mentions',
  refine(ctx, spans) {
    const surnames = new Set<string>();
    for (const span of spans) {
      if (span.value.type !== 'person') continue;
      const surname = span.value.name.split(/\s+/).pop();
      if (surname !== undefined && surname.length > 1) surnames.add(surname);
    }
    if (surnames.size === 0) return spans;
    const added: Span<Mention>[] = [];
    const classes = characterClasses(ctx.text);
    for (const match of surnameOccurrences(ctx.text, [...surnames])) {
      let start = match.index;
      // A surname in capitals ("SMITHSON", from a speaker label) never takes the mixed-case word before it.
      const inCapitals = !/\p{Ll}/u.test(match.surname);
      for (let words = 0; words < 3 && !inCapitals; words++) {
        const runStart = nameRunStart(classes, start - 1, Math.max(0, start - 40));
        const before = precedingNameWord.exec(ctx.text.slice(runStart, start));
        const word = before?.[1];
        // A possessive owns the name, it is not part of it: "CNN's Richard Roth", "Syria's Bashar al-Assad".
        if (word === undefined || /['’]s$/.test(word)) break;
        const wordStart = start - word.length - 1;
        if (!isNameWord(ctx.text, wordStart, word) || isOrdinaryWord(ctx.text, word)) break;
        // A role before the name is no part of it: "Security Adviser Jane Doe".
        if (roleWords.has(word.toLowerCase())) break;
        start = wordStart;
      }
      const end = match.index + match.surname.length;
      added.push(spanAt(ctx, start, end, { type: 'person', source: 'surname', name: ctx.text.slice(start, end) }));
    }
    return [...spans, ...added];
  },
};

/** `[\p{L}\p{M}'’-]`, the characters of a name word (nameWord), by their classes. */
const isNameCharacter = (classes: number): boolean =>
  (classes & (CharacterClass.letter | CharacterClass.innerPunctuation)) !== 0 || isMarkClass(classes);

/**
 * Where the name-word characters ending just before `end` start (not before `limit`): a name word
 * before a space at `end` lies within them, so the regex reads them rather than 40 characters, nearly
 * all of which it tried and failed at.
 */
function nameRunStart(classes: Uint8Array, end: number, limit: number): number {
  let start = Math.max(end, limit);
  for (let before = previousAt(classes, start); before >= limit; before = previousAt(classes, start)) {
    if (!isNameCharacter(classes[before] as number)) break;
    start = before;
  }
  return start;
}

interface Occurrence {
  readonly index: number;
  readonly surname: string;
}

/**
 * Where the surnames occur as whole words, in order: the matches of
 * /(?<![\p{L}\p{M}\p{N}'’-])(?:surname|…)(?![\p{L}\p{M}\p{N}-])/gu. A surname starts with a part of a word,
 * after none, so at a word stretch's start: only those are tried, each against the surnames with its
 * first character, in the alternation's order. The regex, an alternation of many names tried at every
 * position, cost more than all the rest of the refiner.
 */
function surnameOccurrences(text: string, surnames: readonly string[]): Occurrence[] {
  if (!surnames.every((surname) => isClassAt(surname, 0, wordPart))) return surnameMatches(text, surnames);
  const byFirst = new Map<number, string[]>();
  // Whether some surname starts with a code unit: most words start none, and this tells without a Map look-up.
  const startsSurname = new Uint8Array(0x10000);
  for (const surname of surnames) {
    const first = surname.charCodeAt(0);
    startsSurname[first] = 1;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [surname]);
    else list.push(surname);
  }
  const found: Occurrence[] = [];
  const { count, starts, capitalOrDigitStretches } = wordStretches(text);
  // Capitalised surnames (nearly always all) start only stretches that start with a capital: only those are read.
  const capitalised = surnames.every((surname) => isClassAt(surname, 0, CharacterClass.upper));
  const visited = capitalised ? capitalOrDigitStretches.length : count;
  let searchFrom = 0;
  for (let v = 0; v < visited; v++) {
    const index = starts[capitalised ? (capitalOrDigitStretches[v] as number) : v] as number;
    if (index < searchFrom || startsSurname[text.charCodeAt(index)] !== 1) continue;
    const candidates = byFirst.get(text.charCodeAt(index));
    if (candidates === undefined) continue;
    for (const surname of candidates) {
      const end = index + surname.length;
      if (!text.startsWith(surname, index) || isClassAt(text, end, CharacterClass.word) || text.charCodeAt(end) === 45)
        continue;
      found.push({ index, surname });
      searchFrom = end;
      break;
    }
  }
  return found;
}

/** The same by the regex, for surnames that start otherwise. */
function surnameMatches(text: string, surnames: readonly string[]): Occurrence[] {
  const escaped = surnames.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’-])(?:${escaped.join('|')})(?![\\p{L}\\p{M}\\p{N}-])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({ index: match.index, surname: match[0] }));
}

/**
 * An organization phrase that runs into a person's name loses the name: "UN Counter-Terrorism Office
 * Vladimir Voronkov" → "UN Counter-Terrorism Office".
 *
 * @example
 * // org "Office Vladimir Voronkov" + person "Vladimir Voronkov" → org "Office" (then dropped as too short)
 */
export const trimOrganizationsAtPeopleRefiner: Refiner<Mention> = {
  name: 'trim-organizations-at-people',
  refine(ctx, spans) {
    // People by start: the ones starting inside a span are a run of them, found by a binary search
    // rather than by reading all people for every span.
    const people = spans.filter((span) => span.value.type === 'person').sort((a, b) => a.start - b.start);
    const dropped = new Set<Span<Mention>>();
    // A loop, not flatMap: an array per span (nearly all kept as they are) cost most of the refiner.
    const trimmed: Span<Mention>[] = [];
    for (const span of spans) {
      const first = span.value.source === 'pattern' ? firstStartingAfter(people, span.start) : people.length;
      const person = people[first];
      if (person === undefined || person.start >= span.end) {
        trimmed.push(span);
        continue;
      }
      const kept = ctx.text.slice(span.start, person.start).replace(/[\s,]+$/, '');
      if (isWeakCue(person.value) && complementStarts.test(` ${kept} `)) {
        for (let k = first; k < people.length; k++) {
          const inside = people[k] as Span<Mention>;
          if (inside.start >= span.end) break;
          if (isWeakCue(inside.value)) dropped.add(inside);
        }
        trimmed.push(span);
        continue;
      }
      if (/\s/.test(kept))
        trimmed.push(spanAt(ctx, span.start, span.start + kept.length, { ...span.value, name: kept }));
    }
    return dropped.size === 0 ? trimmed : trimmed.filter((span) => !dropped.has(span));
  },
};

/** Index of the first span starting after `offset` (spans sorted by start); their count if none. */
function firstStartingAfter(spans: readonly Span<Mention>[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle] as Span<Mention>).start <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A connector before the name: "Bulan Institute for Peace Innovations" ends in a complement, not a person. */
const complementStarts = /\s(?:of|for|on|in|to|and|the|against)\s/;
const isWeakCue = (mention: Mention): boolean => mention.source === 'speech' || mention.source === 'surname';
