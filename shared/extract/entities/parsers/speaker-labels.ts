import { compiledOnce, spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import type { Mention } from '../mention.js';
import { startingAtWords } from '../word-starts.js';

/**
 * Speaker labels of transcripts and old verbatim records, in capitals: "MR. SMITH:", "MRS. ROOSEVELT
 * (United States of America):". The honorific at the start of a line and the colon after the name (or
 * after the delegation in brackets) mark a speaker. Mixed-case labels ("Mr. Nebenzia (Russian
 * Federation):") are read by the titled-person parser; "The PRESIDENT:" names a post, not a person.
 *
 * Tried only where the words start (see word-starts.ts): the pattern opens with a word boundary before them.
 *
 * @example
 * // "MR. SMITH (Canada): We agree." → person "SMITH"
 */
export const speakerLabelParser: Parser<Mention> = startingAtWords(['MR', 'MS', 'DR', 'Mr', 'Ms', 'Dr'], 0, {
  name: 'speaker-label',
  // Not anchored to a line start: hard-wrapped lines are joined before parsing, so a label may follow the
  // end of the previous speech on the same line. The text before it is checked instead.
  pattern: compiledOnce(
    () =>
      /\b(?:MRS?|MS|DR|Mrs?|Ms|Dr)\.?[ \t]+([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2})[ \t]*(?:\([^()\n]{1,80}\)[ \t]*){0,2}:/g,
  ),
  extract(ctx, match) {
    const name = match[1];
    if (name === undefined || !opensLabel(ctx.text, match.index)) return null;
    const start = match.index + match[0].indexOf(name, match[0].search(/[ \t.]/));
    return spanAt(ctx, start, start + name.length, { type: 'person', source: 'title', name });
  },
});

/** A label starts the text, a line, or follows the end of the previous speech. */
function opensLabel(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  return before < 0 || /[\n.!?"”)\]]/.test(text[before] ?? '');
}
