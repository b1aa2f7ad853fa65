import { spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import { compiledOnce } from '../compiled.js';
import type { Mention } from '../mention.js';

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
 * @example
 * // "The Council also decided" → short form "Council"
 */
export const shortFormParser: Parser<Mention> = {
  name: 'short-form',
  pattern: compiledOnce(
    () =>
      new RegExp(
        `(?<![\\p{L}])[Tt]he[ \\t]+(${shortFormHeads.join('|')})(?![\\p{L}\\p{N}-])(?![ \\t]+(?:of|for|on|to|in|against|\\p{Lu}))`,
        'gu',
      ),
  ),
  extract(ctx, match) {
    const head = match[1];
    if (head === undefined) return null;
    const start = match.index + match[0].length - head.length;
    return spanAt(ctx, start, start + head.length, { type: 'organization', source: 'short-form', name: head });
  },
};
