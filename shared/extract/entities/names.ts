import { organizationHeads } from './data/words.js';
import { remembered } from './remembered.js';

/** Apostrophes and dashes as one form, so "Da’esh" and "Da'esh" meet. */
export function unifyPunctuation(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/[‐‑‒–—]/g, '-');
}

/** Drops a leading article: "the Sahel" is named "Sahel". */
export function withoutArticle(name: string): string {
  // Most names start with another letter: no regex for them.
  const first = name.charCodeAt(0);
  return first === 116 || first === 84 ? name.replace(/^(?:the|The)\s+/, '') : name;
}

/**
 * A grouping key for organization names: case, spacing, hyphens, possessives, British/American spelling
 * and a leading "United Nations"/"UN" do not matter ("UN Office of Counter-Terrorism" = "Office for
 * Counter-Terrorism").
 *
 * @example
 * organizationKey('the United Nations Office for Counter-Terrorism') === organizationKey('UN Office of Counter Terrorism');
 */
export const organizationKey: (name: string) => string = remembered((name) => {
  const tokens = unifyPunctuation(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0)
    .map((token) => spellingVariants.get(token) ?? token);
  if (tokens[0] === 'the') tokens.shift();
  if (tokens.length > 2 && tokens[0] === 'united' && tokens[1] === 'nations') tokens.splice(0, 2);
  else if (tokens.length > 1 && tokens[0] === 'un') tokens.shift();
  return tokens.join('');
});

// A Map, not an object: a plain object would answer for 'constructor' and the other Object.prototype names.
const spellingVariants: ReadonlyMap<string, string> = new Map(
  Object.entries({
    organisation: 'organization',
    center: 'centre',
    program: 'programme',
    for: 'of',
    co: '',
    counter: 'counter',
  }),
);

/** The head nouns of an organization name, to resolve "the Council" to the Council named before. */
export function organizationHeadsIn(name: string): string[] {
  return name.split(/\s+/).filter((word) => organizationHeads.has(word));
}
