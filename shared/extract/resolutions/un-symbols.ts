/**
 * Syntax of UN document symbols. The leading series are the principal organs and the treaty bodies,
 * programmes and press-release series listed in the UN's guide to document symbols
 * (https://research.un.org/en/docs/symbols).
 */
const seriesPrefixes = [
  'A',
  'S',
  'E',
  'ST',
  'SG',
  'GA',
  'SC',
  'ECOSOC',
  'CEDAW',
  'CRC',
  'CCPR',
  'CAT',
  'CERD',
  'CMW',
  'CRPD',
  'CED',
  'HRI',
  'UNEP',
  'TD',
  'DP',
  'UNW',
  'ECE',
  'FCCC',
  'ICEF',
  'JIU',
  'ISBA',
  'SPLOS',
  'LC',
  'CTOC',
  'UNODC',
  'PBC',
].sort((a, b) => b.length - a.length);

/**
 * One symbol: a series, then slash-separated segments such as "73", "PRST", "CN.4", "PV.64", "Rev.1",
 * "ES-10". Segments are delimited by "/", so the pattern cannot backtrack across them.
 */
export const UN_SYMBOL_SOURCE = `(?<![\\w/.\\-])(?:${seriesPrefixes.join('|')})(?:/[A-Z0-9][A-Za-z0-9]*(?:[.\\-][A-Za-z0-9]+)*)+`;

/** A new global pattern for UN symbols: global patterns carry `lastIndex`, so a caller owns the one it gets (the document-refs parser keeps one through compiledOnce, which resets it). */
export function unSymbolPattern(): RegExp {
  return new RegExp(UN_SYMBOL_SOURCE, 'g');
}

/** A symbol needs a number somewhere ("HIV/AIDS", "ISIL/Da'esh" are not symbols). */
export function looksLikeSymbol(candidate: string): boolean {
  return /\d/.test(candidate) && candidate.includes('/');
}

/** Resolution symbols have their own field. */
export function isResolutionSymbol(symbol: string): boolean {
  return /(?:^|\/)RES\//i.test(symbol);
}

/** Upper case and without spaces, as GUIDELINES "documentRefs" asks. */
export function normaliseSymbol(symbol: string): string {
  return symbol.replace(/\s+/g, '').toUpperCase();
}

/**
 * True when the symbol at `start` is part of a URL ("https://undocs.org/A/73/866"): the run of
 * non-space text before it, back to a bracket or quote, contains a scheme or "www.".
 */
export function isInsideUrl(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && from > start - 300 && !/[\s([<"'|]/.test(text.charAt(from - 1))) from--;
  const prefix = text.slice(from, start);
  return prefix.includes('://') || /^www\./i.test(prefix) || prefix.endsWith('/') || prefix.endsWith('=');
}
