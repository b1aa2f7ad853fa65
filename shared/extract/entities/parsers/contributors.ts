import { compiledOnce, spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import type { Mention } from '../mention.js';
import { isNameWord } from '../person-names.js';
import { startingAtWords } from '../word-starts.js';

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
export const contributorsParser: Parser<Mention> = startingAtWords(['contributed'], 0, {
  name: 'contributors',
  // Tried only where the verb starts a word (see word-starts.ts), the space before it checked here: a
  // look-behind first is tried at every position, and a search for the word read two-byte texts slowly.
  pattern: compiledOnce(() => /contributed(?:[ \t]+to[ \t]+this[ \t]+report|[ \t]+reporting)\b/g),
  extract(ctx, match) {
    const before = ctx.text.charCodeAt(match.index - 1);
    if (before !== 32 && before !== 9) return null;
    return contributorsBefore(ctx, match.index);
  },
});

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
