import { spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import { compiledOnce } from '../compiled.js';
import type { Mention } from '../mention.js';

/** An acronym: two or more capitals, maybe with digits, a hyphenated part or a lower-case letter ("UN-Women", "CoE"). */
const acronym = String.raw`\p{Lu}[\p{Lu}\p{N}]*(?:\p{Ll}\p{Lu}+)?[\p{Lu}\p{N}]+(?:-\p{Lu}[\p{L}\p{N}]*)?`;

/**
 * An acronym in brackets right after a name: "United Nations Office of Counter-Terrorism (UNOCT)".
 * The name it defines is the mention that ends just before the bracket (joined when grouping).
 *
 * @example
 * // "the Islamic State (IS)" → acronym definition "IS"
 */
export const acronymDefinitionParser: Parser<Mention> = {
  name: 'acronym-definition',
  pattern: compiledOnce(() => new RegExp(`\\((${acronym})\\)`, 'gu')),
  extract(ctx, match) {
    const name = match[1];
    if (name === undefined) return null;
    const start = match.index + 1;
    return spanAt(ctx, start, start + name.length, { type: 'organization', source: 'acronym-definition', name });
  },
};

/**
 * Any stand-alone acronym. Kept later only when the document defines it or it is a known one.
 *
 * @example
 * // "UNOCT will produce a report" → acronym "UNOCT"
 */
export const acronymParser: Parser<Mention> = {
  name: 'acronym',
  pattern: compiledOnce(() => new RegExp(`(?=[A-ZÀ-Þ])(?<![\\p{L}\\p{N}'’-])${acronym}(?![\\p{L}\\p{N}'’])`, 'gu')),
  extract(ctx, match) {
    return spanAt(ctx, match.index, match.index + match[0].length, {
      type: 'organization',
      source: 'acronym',
      name: match[0],
    });
  },
};
