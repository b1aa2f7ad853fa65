import { spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import { compiledOnce, wholeText } from '../compiled.js';
import type { Mention } from '../mention.js';
import { isNameWord } from '../person-names.js';

/** A contributor's name: two to four capitalised words, particles allowed ("Amir Ahmed", "Nic Robertson"). */
const contributorName =
  /^(?:(?:al|el)-)?\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:al|el|de|da|van|von|bin|ibn|abu)[ \t]+)?(?:(?:al|el)-)?\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

/**
 * News credit lines: "CNN's Richard Roth, Arwa Damon and Raja Razek contributed to this report" lists
 * reporters by full name. The names run from the outlet's possessive (or the line start) to the verb.
 *
 * @example
 * // "CNN's Jane Doe and John Roe contributed to this report." → people "Jane Doe", "John Roe"
 */
export const contributorsParser: Parser<Mention> = {
  name: 'contributors',
  // The whole text at once, the verb found with indexOf (a long literal it skips through fastest) and the
  // space before it and the words after checked here: a look-behind first is tried at every position.
  pattern: wholeText,
  extract(ctx) {
    const spans: Span<Mention>[] = [];
    for (let at = ctx.text.indexOf('contributed'); at >= 0; at = ctx.text.indexOf('contributed', at + 11)) {
      const before = ctx.text.charCodeAt(at - 1);
      if (before !== 32 && before !== 9) continue;
      const verb = creditVerbAt();
      verb.lastIndex = at;
      if (!verb.test(ctx.text)) continue;
      const names = contributorsBefore(ctx, at);
      if (names !== null) for (const name of names) spans.push(name);
    }
    return spans;
  },
};

const creditVerbAt = compiledOnce(() => /contributed(?:[ \t]+to[ \t]+this[ \t]+report|[ \t]+reporting)\b/y);

/** The contributors named on the line before the credit verb at `verb`; null when a part is no name. */
function contributorsBefore(ctx: ExtractionContext, verb: number): Span<Mention>[] | null {
  const lineStart = ctx.text.lastIndexOf('\n', verb) + 1;
  if (verb - lineStart > 400) return null;
  const line = ctx.text.slice(lineStart, verb);
  const owner = Math.max(line.lastIndexOf("'s "), line.lastIndexOf('’s '));
  const listStart = owner >= 0 ? owner + 3 : 0;
  const spans: Span<Mention>[] = [];
  for (const part of line.slice(listStart).matchAll(/[^,]+/g)) {
    for (const piece of part[0].split(/(?:^|[ \t]+)and[ \t]+/)) {
      const name = piece.trim();
      if (name === '') continue;
      if (!contributorName.test(name)) return null;
      const start = lineStart + listStart + (part.index ?? 0) + part[0].indexOf(name);
      if (!isNameWord(ctx.text, start, name.split(/[ \t]/)[0] ?? '')) return null;
      spans.push(spanAt(ctx, start, start + name.length, { type: 'person', source: 'apposition', name }));
    }
  }
  return spans.length > 0 ? spans : null;
}
