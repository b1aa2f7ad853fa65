/**
 * Armed groups that texts write in lower case or with varying accents, so the capitalised gazetteer
 * misses them. Real-world facts: groups named in Security Council resolutions and sanctions measures on
 * the Central African Republic (resolution 2127 (2013) onwards). `[canonical, pattern of spellings, how the spellings open]`: the pattern is tried only where one of the
 * openings starts a word or follows a non-letter inside one (see word-starts.ts), so every spelling must
 * start with one of them.
 */
export const lowerCaseArmedGroups: readonly (readonly [string, string, readonly string[]])[] = [
  ['anti-balaka', '[Aa]nti-[Bb]alaka', ['anti-', 'Anti-']],
  ['Séléka', '(?:[Ee]x-)?S[ée]l[ée]ka', ['ex-S', 'Ex-S', 'Sél', 'Sel']],
];
