import { spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import { compiledOnce } from '../compiled.js';
import { longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';
import { withoutArticle } from '../names.js';

/**
 * Known places and organizations (countries by any official or short name, regions, cities, UN bodies
 * and their acronyms), longest name first.
 *
 * @example
 * // "in the Syrian Arab Republic" → place "Syrian Arab Republic", known as Syria
 */
export const gazetteerParser: Parser<Mention> = {
  name: 'gazetteer',
  pattern: compiledOnce(
    () =>
      /(?=[A-ZÀ-Þ]|al-|sub-)(?:\p{Lu}|(?<=a)l-\p{Lu}|(?<=s)ub-S)(?<![\p{L}\p{M}\p{N}'’-](?:\p{Lu}|al-\p{Lu}|sub-S))/gu,
  ),
  extract(ctx, match) {
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
