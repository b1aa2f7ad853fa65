import { spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import { compiledOnce } from '../compiled.js';
import { longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';
import { withoutArticle } from '../names.js';

/** A character that continues a word: a capital after it is inside the word ("UNOCT", "McDonald"). */
const wordInside = /[\p{L}\p{M}\p{N}'’-]/u;

/**
 * Known places and organizations (countries by any official or short name, regions, cities, UN bodies
 * and their acronyms), longest name first.
 *
 * @example
 * // "in the Syrian Arab Republic" → place "Syrian Arab Republic", known as Syria
 */
export const gazetteerParser: Parser<Mention> = {
  name: 'gazetteer',
  // Whole capitalised words, so the capitals inside a word ("UNOCT") are not tried one by one.
  pattern: compiledOnce(() => /(?:\bal-|\bsub-)?\p{Lu}[\p{L}\p{M}\p{N}'’‘-]*/gu),
  extract(ctx, match) {
    // Checked here rather than by a lookbehind: cheaper than testing every position of the text.
    if (match.index > 0 && wordInside.test(ctx.text.charAt(match.index - 1))) return null;
    const found = longestKnownName(ctx.text, match.index);
    if (found === null) return null;
    const text = ctx.text.slice(match.index, found.end);
    const mention: Mention = {
      type: found.entity.type,
      source: 'gazetteer',
      name: withoutArticle(text),
      known: found.entity.canonical,
    };
    return spanAt(ctx, match.index, found.end, mention);
  },
};
