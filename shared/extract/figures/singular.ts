/**
 * English plural → singular for counted nouns (standard English morphology). Irregular forms are listed;
 * regular ones follow the usual suffix rules.
 */
// A Map, not an object: a plain object would answer for 'constructor' and the other Object.prototype names.
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    people: 'person',
    persons: 'person',
    children: 'child',
    men: 'man',
    women: 'woman',
    feet: 'foot',
    teeth: 'tooth',
    mice: 'mouse',
    geese: 'goose',
    criteria: 'criterion',
    phenomena: 'phenomenon',
    analyses: 'analysis',
    crises: 'crisis',
    theses: 'thesis',
    hypotheses: 'hypothesis',
    diagnoses: 'diagnosis',
    lives: 'life',
    wives: 'wife',
    knives: 'knife',
    halves: 'half',
    shelves: 'shelf',
    thieves: 'thief',
    wolves: 'wolf',
    leaves: 'leaf',
    indices: 'index',
    appendices: 'appendix',
    matrices: 'matrix',
    vertices: 'vertex',
    heroes: 'hero',
    potatoes: 'potato',
    vetoes: 'veto',
    embargoes: 'embargo',
  }),
);

/** Words that are the same in both numbers, or only ever plural. */
const INVARIANT = new Set([
  'series',
  'species',
  'staff',
  'personnel',
  'police',
  'data',
  'media',
  'cattle',
  'youth',
  'aircraft',
  'headquarters',
  'means',
  'news',
]);

/** Irregular plurals that do not end in "s", so the plural test must know them. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(
  [...IRREGULAR.keys(), ...INVARIANT].filter((word) => !word.endsWith('s') || INVARIANT.has(word)),
);

function singularWord(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (INVARIANT.has(word)) return word;
  if (word.endsWith('men') && word.length > 4) return `${word.slice(0, -3)}man`;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Lower-cases and singularises a noun; in hyphenated compounds only the last part changes.
 *
 * @example
 * singularize('Side-Events'); // 'side-event'
 * singularize('activities'); // 'activity'
 */
export function singularize(noun: string): string {
  const lowerCased = noun.toLowerCase();
  // Only a curly apostrophe changes: most nouns have none.
  const lower = lowerCased.includes('’') ? lowerCased.replace(/[’']/g, "'") : lowerCased;
  const cut = lower.lastIndexOf('-');
  if (cut < 0) return singularWord(lower);
  return `${lower.slice(0, cut + 1)}${singularWord(lower.slice(cut + 1))}`;
}
