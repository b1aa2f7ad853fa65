import { notNameWords, organizationHeads, personTitles } from './data/words.js';
import { longestKnownName } from './gazetteer.js';

/** A capitalised word with a lower-case letter. Unambiguous (the first lower-case letter splits it), so no backtracking blow-up. */
export const nameWord = String.raw`(?:(?:al|el)-)?\p{Lu}[\p{Lu}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*`;
/** Particles inside names ("Ould", "bin", "van der"). */
export const nameParticle = '(?:de|da|do|dos|das|del|della|van|von|der|den|bin|ibn|al|el|le|la|du|ter)';
const particle = new RegExp(`^${nameParticle}$`, 'u');
/** Up to four name words, particles allowed between them. */
export const personName = String.raw`${nameWord}(?:[ \t]+(?:${nameParticle}[ \t]+)?${nameWord}){0,3}`;

/** Titles are never part of the name they precede; a few also end or sit inside names ("Martin Luther King", "Hassan Sheikh Mohamud"). */
const titleWords: ReadonlySet<string> = new Set(
  personTitles.filter((title) => !/[\s.]/.test(title) && !/^(?:Sheikh|Emir|King|Queen|Prince|Princess)$/.test(title)),
);

/**
 * Whether a capitalised word can belong to a person's name: not a function word, month, title, org
 * head noun, and not the start of a known place or organization.
 */
export function isNameWord(text: string, start: number, word: string): boolean {
  if (notNameWords.has(word) || organizationHeads.has(word) || titleWords.has(word)) return false;
  if (/^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(word)) return false;
  const known = longestKnownName(text, start);
  return known === null || known.end < start + word.length;
}

/**
 * The longest prefix of a candidate name made of name words, as [start, end] offsets; null if none.
 *
 * @example
 * nameExtent('Ms. Natalia Gherman, Executive', 4, 'Natalia Gherman') // [4, 19]
 */
export function nameExtent(text: string, start: number, candidate: string): [number, number] | null {
  let end = start;
  for (const match of candidate.matchAll(/\S+/g)) {
    const word = match[0];
    const wordStart = start + match.index;
    const isParticle = particle.test(word);
    if (!isParticle && !isNameWord(text, wordStart, word)) break;
    if (!isParticle) end = wordStart + word.replace(/['’]s$/, '').length;
  }
  return end > start ? [start, end] : null;
}
