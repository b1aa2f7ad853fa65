import { compiledOnce, spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import { knownOrganization, longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';
import { isOrdinaryWord } from '../text-words.js';
import { startingAtWords } from '../word-starts.js';

/** UN principal organs as speakers and transcripts write them with the second word in lower case. */
const lowerCaseBodies: ReadonlyMap<string, string> = new Map([
  ['general assembly', 'General Assembly'],
  ['security council', 'Security Council'],
  ['human rights council', 'Human Rights Council'],
  ['economic and social council', 'Economic and Social Council'],
]);

/**
 * "the General assembly", "the Security council": a principal organ with its head noun in lower case is
 * still the organ (and its first word no name of a person).
 *
 * Tried only where the words start (see word-starts.ts): the pattern opens with a word boundary before them.
 */
export const lowerCaseBodyParser: Parser<Mention> = startingAtWords(['General', 'Security', 'Human', 'Economic'], 0, {
  name: 'lower-case-body',
  pattern: compiledOnce(
    () =>
      /\b(?:General[ \t]+assembly|Security[ \t]+council|Human[ \t]+Rights[ \t]+council|Economic[ \t]+and[ \t]+Social[ \t]+council)\b/g,
  ),
  extract(ctx, match) {
    const canonical = lowerCaseBodies.get(match[0].toLowerCase().replace(/[ \t]+/g, ' '));
    if (canonical === undefined) return null;
    return spanAt(ctx, match.index, match.index + match[0].length, {
      type: 'organization',
      source: 'gazetteer',
      name: canonical,
      known: canonical,
    });
  },
});

/** Endings of nationality adjectives: "Iranian news agency" names no agency. */
const adjectiveEnding = /(?:an|ese|ish|ic|i)$/;

/**
 * A news agency named by one word before "news agency": "the state-run Acme news agency" → organization
 * "Acme". Not a nationality or place ("Iranian news agency", "Syria news agency") nor a word the text
 * writes in lower case.
 *
 * Tried only where the words start (see word-starts.ts), one character on: the pattern opens with a space or tab before them.
 */
export const newsAgencyParser: Parser<Mention> = startingAtWords(['news'], 1, {
  name: 'news-agency',
  // Found from "news agency" (rare), then the word before it is read.
  pattern: compiledOnce(() => /[ \t]news[ \t]+agency\b/g),
  extract(ctx, match) {
    const found = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+$/u.exec(
      ctx.text.slice(Math.max(0, match.index - 40), match.index),
    );
    const name = found?.[0];
    if (found === null || name === undefined || adjectiveEnding.test(name) || isOrdinaryWord(ctx.text, name))
      return null;
    const start = match.index - name.length;
    if (longestKnownName(ctx.text, start) !== null) return null;
    return spanAt(ctx, start, match.index, { type: 'organization', source: 'pattern', name });
  },
});

/** [B-HJ-Z] and a space: a capital standing alone (not "A" or "I"). */
const loneCapitals = [...'BCDEFGHJKLMNOPQRSTUVWXYZ'].map((capital) => `${capital} `);

/**
 * Known organizations whose name a PDF's letter spacing split inside a word: "the African U nion". A lone
 * capital then a space and lower-case letters is rare in prose (not "A" or "I"); the name is the
 * gazetteer's when, with that space taken out, up to three words before and four after spell a known
 * organization's name. Looked up by name (knownOrganization), not read from a patched copy of the text.
 *
 * Tried only where a lone capital and a space start a word (see word-starts.ts): the capital follows a
 * space or tab (checked in extract), so it starts a word stretch. The pattern was tried at every position.
 */
export const splitWordNameParser: Parser<Mention> = startingAtWords(loneCapitals, 0, {
  name: 'split-word-name',
  pattern: compiledOnce(() => /[B-HJ-Z] (?=\p{Ll}{2,})/gu),
  extract(ctx, match) {
    const previous = ctx.text.charCodeAt(match.index - 1);
    if (previous !== 32 && previous !== 9) return null;
    const before = [...ctx.text.slice(Math.max(0, match.index - 60), match.index).matchAll(/[\p{L}\p{M}'’-]+/gu)]
      .slice(-3)
      .map((found) => ({ start: Math.max(0, match.index - 60) + found.index, text: found[0] }));
    const rest = /^\p{Ll}+/u.exec(ctx.text.slice(match.index + 2, match.index + 40))?.[0] ?? '';
    const joinedEnd = match.index + 2 + rest.length;
    const after = [...ctx.text.slice(joinedEnd, joinedEnd + 60).matchAll(/[\p{L}\p{M}'’-]+/gu)]
      .slice(0, 4)
      .map((found) => ({ end: joinedEnd + found.index + found[0].length, text: found[0] }));
    const joined = ctx.text.charAt(match.index) + rest;
    for (let first = 0; first < before.length; first++) {
      const opening = before[first];
      if (opening === undefined || !/^\p{Lu}/u.test(opening.text)) continue;
      for (let count = after.length; count >= 0; count--) {
        const words = [
          ...before.slice(first).map((word) => word.text),
          joined,
          ...after.slice(0, count).map((word) => word.text),
        ];
        const known = knownOrganization(words.join(' '));
        if (known === undefined) continue;
        const end = count === 0 ? joinedEnd : (after[count - 1]?.end ?? joinedEnd);
        return spanAt(ctx, opening.start, end, {
          type: 'organization',
          source: 'gazetteer',
          name: known.canonical,
          known: known.canonical,
        });
      }
    }
    return null;
  },
});
