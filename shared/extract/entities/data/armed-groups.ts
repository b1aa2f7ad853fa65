/**
 * Armed groups that texts write in lower case or with varying accents, so the capitalised gazetteer
 * misses them. Real-world facts: groups named in Security Council resolutions and sanctions measures on
 * the Central African Republic (resolution 2127 (2013) onwards). `[canonical, pattern of spellings]`.
 */
export const lowerCaseArmedGroups: readonly (readonly [string, string])[] = [
  ['anti-balaka', String.raw`[Aa]nti-[Bb]alaka`],
  ['Séléka', String.raw`(?:[Ee]x-)?S[ée]l[ée]ka`],
];
