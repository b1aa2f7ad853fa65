import { spanAt } from '../../run.js';
import type { Parser, Span } from '../../types.js';
import { codePointLength, isUpperCase, isWordCharacter } from '../characters.js';
import { offsetsInBlock, textBlocks } from '../compiled.js';
import { longestKnownName } from '../gazetteer.js';
import { forLastText } from '../last-text.js';
import type { Mention } from '../mention.js';
import { withoutArticle } from '../names.js';

/** Apostrophes and hyphen: inside a word they keep a capital from starting a name ("UNOCT", "Al-Assad"). */
const isWordJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45;
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
  // Blocks of text: the capitalised words are found once per text, since one regex match per word cost
  // more than all the lookups.
  pattern: textBlocks,
  extract(ctx, block) {
    const spans: Span<Mention>[] = [];
    for (const start of offsetsInBlock(capitalisedWordStarts(ctx.text), (offset) => offset, block)) {
      const found = longestKnownName(ctx.text, start);
      if (found === null) continue;
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

/**
 * Where capitalised words start (with an "al-" or "sub-" before the capital), skipping capitals inside
 * a word ("UNOCT", "McDonald", "pro-Syrian"). Same words as
 * /(?:\bal-|\bsub-)?\p{Lu}[\p{L}\p{M}\p{N}'’‘-]* /gu, read one character at a time.
 */
const capitalisedWordStarts = forLastText((text: string): number[] => {
  const starts: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let capital = -1;
    if (isUpperCase(text, i)) capital = i;
    else if ((code === 97 || code === 115) && (i === 0 || !isAsciiWord(text.charCodeAt(i - 1)))) {
      const prefix = code === 97 ? 'al-' : 'sub-';
      if (text.startsWith(prefix, i) && isUpperCase(text, i + prefix.length)) capital = i + prefix.length;
    }
    if (capital < 0) {
      i += codePointLength(text, i);
      continue;
    }
    const start = i;
    i = capital + codePointLength(text, capital);
    while (
      i < text.length &&
      (isWordCharacter(text, i) || isWordJoiner(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2018)
    )
      i += codePointLength(text, i);
    const before = start > 0 ? start - 1 : -1;
    if (before >= 0 && (isWordCharacter(text, before) || isWordJoiner(text.charCodeAt(before)))) continue;
    starts.push(start);
  }
  return starts;
});
