import { compiledOnce, spanAt } from '../../run.js';
import type { Parser, Span } from '../../types.js';
import type { Mention } from '../mention.js';
import { startingAtLiteral } from '../starting-at.js';
import { wordStretches } from '../word-stretches.js';

/** An acronym: two or more capitals, maybe with digits, a hyphenated part or a lower-case letter ("UN-Women", "CoE"). */
const acronym = String.raw`\p{Lu}[\p{Lu}\p{N}]*(?:\p{Ll}\p{Lu}+)?[\p{Lu}\p{N}]+(?:-\p{Lu}[\p{L}\p{N}]*)?`;

/**
 * An acronym in brackets right after a name: "United Nations Office of Counter-Terrorism (UNOCT)".
 * The name it defines is the mention that ends just before the bracket (joined when grouping).
 *
 * @example
 * // "the Islamic State (IS)" → acronym definition "IS"
 *
 * Tried only at opening brackets (see startingAtLiteral): the pattern opens with one.
 */
export const acronymDefinitionParser: Parser<Mention> = startingAtLiteral('(', {
  name: 'acronym-definition',
  pattern: compiledOnce(() => new RegExp(`\\((${acronym})\\)`, 'gu')),
  extract(ctx, match) {
    const name = match[1];
    if (name === undefined) return null;
    const start = match.index + 1;
    return spanAt(ctx, start, start + name.length, { type: 'organization', source: 'acronym-definition', name });
  },
});

/**
 * Any stand-alone acronym. Kept later only when the document defines it or it is a known one.
 *
 * @example
 * // "UNOCT will produce a report" → acronym "UNOCT"
 */
export const acronymParser: Parser<Mention> = {
  name: 'acronym',
  // The whole text at once: an acronym follows no letter, number, apostrophe or hyphen, so it starts a
  // word stretch or follows a mark inside one, and only those places are tried. A regex with that
  // look-behind was tried at every position of the text.
  scan(ctx) {
    const { text } = ctx;
    // An acronym starts with a capital: of the stretches, only those that start with one (or a digit) are read.
    const { starts, capitalOrDigitStretches: stretches, afterMarks } = wordStretches(text);
    const count = stretches.length;
    const spans: Span<Mention>[] = [];
    const pattern = acronymAt();
    let searchFrom = 0;
    let nextAfterMark = 0;
    for (let k = 0; k < count || nextAfterMark < afterMarks.length; ) {
      const stretchStart = k < count ? (starts[stretches[k] as number] as number) : Number.POSITIVE_INFINITY;
      const afterMark =
        nextAfterMark < afterMarks.length ? (afterMarks[nextAfterMark] as number) : Number.POSITIVE_INFINITY;
      let at: number;
      if (stretchStart < afterMark) {
        at = stretchStart;
        k++;
      } else {
        at = afterMark;
        nextAfterMark++;
      }
      // A match ends the search there, as a global regex goes on after its match.
      if (at < searchFrom || !mayStartAcronym(text, at)) continue;
      pattern.lastIndex = at;
      const found = pattern.exec(text);
      if (found === null) continue;
      const name = found[0];
      searchFrom = at + name.length;
      spans.push(spanAt(ctx, at, searchFrom, { type: 'organization', source: 'acronym', name }));
    }
    return spans;
  },
};

const acronymAt = compiledOnce(() => new RegExp(`${acronym}(?![\\p{L}\\p{N}'’])`, 'uy'));

const isAsciiUpper = (code: number): boolean => code >= 65 && code <= 90;

/**
 * Whether an acronym may start at `at`, by its first code units: a capital A-Z or À-Þ, then no ASCII
 * character an acronym cannot have second, and no two lower-case letters ("The", "Council"), which most
 * capitalised words start with.
 */
function mayStartAcronym(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (!(isAsciiUpper(first) || (first >= 0xc0 && first <= 0xde))) return false;
  const second = text.charCodeAt(at + 1);
  if (second >= 128 || isAsciiUpper(second) || (second >= 48 && second <= 57)) return true;
  if (second < 97 || second > 122) return false;
  const third = text.charCodeAt(at + 2);
  return third >= 128 || isAsciiUpper(third);
}
