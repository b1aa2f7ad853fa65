import { compiledOnce, spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import { CharacterClass, isClassBefore } from '../characters.js';
import type { Mention } from '../mention.js';
import { startingAtWords } from '../word-starts.js';

/** Head nouns UN texts use alone, capitalised, for a body named in full before ("the Council"). */
const shortFormHeads = [
  'Assembly',
  'Council',
  'Committee',
  'Office',
  'Centre',
  'Center',
  'Directorate',
  'Organization',
  'Secretariat',
  'Commission',
  'Agency',
  'Fund',
  'Institute',
  'Forum',
  'Union',
  'Mission',
  'Team',
  'Board',
  'Division',
  'Department',
  'Court',
  'Tribunal',
  'Bank',
  'League',
  'Alliance',
  'Group',
  'Network',
  'Unit',
];

/**
 * "the Council", "the Assembly", "the Office" used alone: resolved later to the body of that kind named
 * before, or dropped.
 *
 * Tried only where "the" starts a word or follows a non-letter inside one (see word-starts.ts): a match after a letter is rejected below, and hides no other.
 *
 * @example
 * // "The Council also decided" → short form "Council"
 */
export const shortFormParser: Parser<Mention> = startingAtWords(['the', 'The'], 0, {
  name: 'short-form',
  pattern: compiledOnce(
    () =>
      new RegExp(
        `[Tt]he[ \\t]+(${shortFormHeads.join('|')})(?![\\p{L}\\p{N}-])(?![ \\t]+(?:of|for|on|to|in|against|\\p{Lu}))`,
        'gu',
      ),
  ),
  extract(ctx, match) {
    const head = match[1];
    // No letter before "the", checked here rather than by a look-behind tried at every position; no head
    // holds "the", so a rejected match hides no other.
    if (head === undefined || isClassBefore(ctx.text, match.index, CharacterClass.letter)) return null;
    const start = match.index + match[0].length - head.length;
    return spanAt(ctx, start, start + head.length, { type: 'organization', source: 'short-form', name: head });
  },
});
