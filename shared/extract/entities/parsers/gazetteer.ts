import { spanAt } from '../../run.js';
import type { Parser, Span } from '../../types.js';
import { CharacterClass, characterClasses, hasClass, isInnerPunctuation, isWordPart, stepAt } from '../characters.js';
import { wholeText } from '../compiled.js';
import { longestKnownName } from '../gazetteer.js';
import { forLastText } from '../last-text.js';
import type { Mention } from '../mention.js';
import { withoutArticle } from '../names.js';

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
  pattern: wholeText,
  extract(ctx) {
    const spans: Span<Mention>[] = [];
    for (const start of capitalisedWordStarts(ctx.text)) {
      const found = longestKnownName(ctx.text, start);
      if (found === null) continue;
      if (found.entity.type === 'place' && namesInstrument(ctx.text, found.end)) continue;
      const text = ctx.text.slice(start, found.end);
      const mention: Mention = {
        type: found.entity.type,
        source: 'gazetteer',
        name: withoutArticle(text),
        known: found.entity.canonical,
      };
      spans.push(spanAt(ctx, start, found.end, mention));
    }
    return spans;
  },
};

/** Words that make a place's name into an instrument's ("Paris Agreement"), which is no entity (GUIDELINES). */
const instrumentNouns =
  /^[ \t]+(?:Agreements?|Accords?|Conventions?|Declaration|Protocol|Principles|Pact|Statute|Consensus)(?![\p{L}\p{M}\p{N}'’-])/u;
const namesInstrument = (text: string, end: number): boolean => instrumentNouns.test(text.slice(end, end + 16));

/** Apostrophes, hyphen and the opening quote ‘: a capitalised word runs on through them. */
const isWordRunPunctuation = (code: number): boolean => isInnerPunctuation(code) || code === 0x2018;

/**
 * Where capitalised words start (with an "al-" or "sub-" before the capital), skipping capitals inside
 * a word ("UNOCT", "McDonald", "pro-Syrian"). Same words as
 * /(?:\bal-|\bsub-)?\p{Lu}[\p{L}\p{M}\p{N}'’‘-]* /gu, read a stretch of word characters at a time: the
 * first capital (or prefix) of a stretch starts the one word the regex finds in it, which takes the rest.
 * Remembered for the last text.
 */
const capitalisedWordStarts = forLastText((text: string): number[] => {
  const classes = characterClasses(text);
  const isUpper = (index: number): boolean => hasClass(classes, index, CharacterClass.upper);
  const inStretch = (index: number): boolean =>
    hasClass(classes, index, CharacterClass.word) || isWordRunPunctuation(text.charCodeAt(index));
  const starts: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!inStretch(i)) {
      i += stepAt(classes, i);
      continue;
    }
    let start = -1;
    for (; i < text.length && inStretch(i); i += stepAt(classes, i)) {
      if (isUpper(i) || startsPrefixedCapital(text, classes, i)) {
        start = i;
        break;
      }
    }
    while (i < text.length && inStretch(i)) i += stepAt(classes, i);
    // One code unit back, as the regex this replaced looked: the second half of a pair has no class.
    const before = start - 1;
    if (start < 0 || (before >= 0 && isWordPart(text, classes, before))) continue;
    starts.push(start);
  }
  return starts;
});

/** "al-Qaida", "sub-Saharan": the prefix at a word boundary (as `\b` sees it) and a capital after it. */
function startsPrefixedCapital(text: string, classes: Uint8Array, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code !== 97 && code !== 115) return false;
  if (index > 0 && isAsciiWord(text.charCodeAt(index - 1))) return false;
  const prefix = code === 97 ? 'al-' : 'sub-';
  return text.startsWith(prefix, index) && hasClass(classes, index + prefix.length, CharacterClass.upper);
}
