import { spanAt } from '../../run.js';
import type { Parser, Span } from '../../types.js';
import { CharacterClass, hasClass, wordPart } from '../characters.js';
import { type KnownEntity, longestKnownName } from '../gazetteer.js';
import { forLastText } from '../last-text.js';
import type { Mention } from '../mention.js';
import { withoutArticle } from '../names.js';
import { wordStartsOf } from '../word-starts.js';
import { characterClasses, wordStretches } from '../word-stretches.js';

/** An ASCII word character, as `\b` sees it. */
const isAsciiWord = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/**
 * Known places and organizations (countries by any official or short name, regions, cities, UN bodies
 * and their acronyms), longest name first.
 *
 * @example
 * // "in the Syrian Arab Republic" → place "Syrian Arab Republic", known as Syria
 */
export const gazetteerParser: Parser<Mention> = {
  name: 'gazetteer',
  // The whole text at once: the capitalised words are found once per text, since one regex match per word
  // cost more than all the lookups.
  scan(ctx) {
    const spans: Span<Mention>[] = [];
    for (const start of capitalisedWordStarts(ctx.text)) {
      const found = longestKnownName(ctx.text, start);
      if (found === null) continue;
      if (found.entity.type === 'place' && namesInstrument(ctx.text, found.end)) continue;
      const mention: Mention = {
        type: found.entity.type,
        source: 'gazetteer',
        name: nameWritten(ctx.text, start, found.end, found.entity),
        known: found.entity.canonical,
      };
      spans.push(spanAt(ctx, start, found.end, mention));
    }
    return spans;
  },
};

/** A form a known entity was written in, and the name listed for it. */
interface WrittenForm {
  readonly written: string;
  readonly name: string;
}

/** The last few forms each known entity was written in (most are written in one or two). */
const formsOf = new Map<KnownEntity, WrittenForm[]>();
const formsKept = 4;

/**
 * The name of the known entity written at text[start, end): the same string as the last time the entity
 * was written so, when it was. Grouping looks every mention up by its name, and a new string is hashed
 * and compared in full at each look-up; the one kept is hashed once.
 */
function nameWritten(text: string, start: number, end: number, entity: KnownEntity): string {
  let forms = formsOf.get(entity);
  if (forms === undefined) {
    forms = [];
    formsOf.set(entity, forms);
  }
  for (const form of forms) {
    if (form.written.length === end - start && text.startsWith(form.written, start)) return form.name;
  }
  // A copy of its own: a slice of the text kept here would keep the whole document alive.
  const written = `${text.slice(start, end)} `.slice(0, -1);
  const name = withoutArticle(written);
  if (forms.length === formsKept) forms.shift();
  forms.push({ written, name });
  return name;
}

/** Words that make a place's name into an instrument's ("Paris Agreement"), which is no entity (GUIDELINES). */
const instrumentNouns =
  /^[ \t]+(?:Agreements?|Accords?|Conventions?|Declaration|Protocol|Principles|Pact|Statute|Consensus)(?![\p{L}\p{M}\p{N}'’-])/u;
const namesInstrument = (text: string, end: number): boolean => {
  const next = text.charCodeAt(end);
  return (next === 32 || next === 9) && instrumentNouns.test(text.slice(end, end + 16));
};

/**
 * Where capitalised words start (with an "al-" or "sub-" before the capital), skipping capitals inside
 * a word ("UNOCT", "McDonald", "pro-Syrian"). Same words as
 * /(?:\bal-|\bsub-)?\p{Lu}[\p{L}\p{M}\p{N}'’‘-]* /gu: in each stretch of word characters, apostrophes,
 * hyphens and opening quotes, the first capital (or prefix) starts the one word the regex finds there, which
 * takes the rest. Such a stretch is one or more word stretches joined by opening quotes, so the word
 * stretches' first capitals give it without reading every character. Remembered for the last text.
 */
const capitalisedWordStarts = forLastText((text: string): number[] => {
  const classes = characterClasses(text);
  const { count, starts: stretchStarts, ends: stretchEnds, firstCapitals } = wordStretches(text);
  const prefixes = prefixedCapitals(text, classes);
  const starts: number[] = [];
  let nextPrefix = 0;
  for (let k = 0; k < count; ) {
    const first = stretchStarts[k] as number;
    let capital = firstCapitals[k] as number;
    let end = stretchEnds[k] as number;
    for (k++; k < count && quotesOnly(classes, end, stretchStarts[k] as number); k++) {
      if (capital < 0) capital = firstCapitals[k] as number;
      end = stretchEnds[k] as number;
    }
    while (nextPrefix < prefixes.length && (prefixes[nextPrefix] as number) < first) nextPrefix++;
    const prefix = prefixes[nextPrefix];
    const start = prefix !== undefined && prefix < end && (capital < 0 || prefix < capital) ? prefix : capital;
    // One code unit back, as the regex this replaced looked: the second half of a pair has no class.
    if (start < 0 || (start > 0 && hasClass(classes, start - 1, wordPart))) continue;
    starts.push(start);
  }
  return starts;
});

/** Whether the text between two word stretches is all opening quotes ‘, which join them into one word. */
function quotesOnly(classes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!hasClass(classes, i, CharacterClass.openingQuote)) return false;
  return true;
}

/** Where "al-" or "sub-" starts a word stretch or follows a non-letter inside one, in order. */
const prefixStarts = wordStartsOf(['al-', 'sub-']);

/**
 * Where "al-Qaida", "sub-Saharan" start: the prefix at a word boundary (as `\b` sees it) and a capital
 * after it. Such a prefix starts a word stretch or follows a code unit that is no ASCII letter inside one,
 * where the shared word-starts pass finds it: two searches of the whole text for the prefixes cost more.
 */
function prefixedCapitals(text: string, classes: Uint8Array): number[] {
  const found: number[] = [];
  for (const at of prefixStarts(text)) {
    if (at > 0 && isAsciiWord(text.charCodeAt(at - 1))) continue;
    const prefixLength = text.charCodeAt(at) === 97 ? 3 : 4;
    if (hasClass(classes, at + prefixLength, CharacterClass.upper)) found.push(at);
  }
  return found;
}
