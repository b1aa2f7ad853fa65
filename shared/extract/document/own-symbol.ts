import { isInsideUrl, looksLikeSymbol, normaliseSymbol, UN_SYMBOL_SOURCE } from '../resolutions/un-symbols.js';
import type { ExtractionContext } from '../types.js';

/** The masthead of a UN document fits in its first lines; later symbols are citations. */
const HEAD_LINES = 12;
/** A symbol alone on one of the very first lines is the document's own. */
const TOP_LINES = 3;
/** Page headers repeat the document's symbol alone on a line; three times is no accident. */
const REPEATED_HEADER_MIN = 3;

const mastheadLine = new RegExp(`^\\s*(?:United Nations\\s+)?(${UN_SYMBOL_SOURCE})(.*)$`);
/** After the symbol on a masthead line: nothing, a footnote star, or a qualifier such as "(2025)". */
const mastheadRest = /^\s*(?:\([A-Za-z. \d]+\)(?:\/[A-Za-z. \d]+)?)?\s*\**\s*$/;
const standaloneLine = new RegExp(`^[^\\S\\n]*(${UN_SYMBOL_SOURCE})[^\\S\\n]*\\*?[^\\S\\n]*$`, 'gm');
/** The same, for one line on its own. */
const standaloneLineText = new RegExp(standaloneLine.source);

/**
 * Tidies a masthead symbol: keeps printed qualifiers such as "(Sect. 3)/Part A" and a Security Council
 * resolution's year ("S/RES/2769 (2025)"), which belong to the symbol, and drops footnote stars.
 */
function tidy(symbol: string, rest: string): string {
  const qualifier = /^\s*(\([A-Za-z. \d]+\)(?:\/[A-Za-z. \d]+)?)\s*\**\s*$/.exec(rest)?.[1] ?? '';
  // The qualifier is part of the symbol as printed, year included: "S/RES/2769 (2025)", "A/81/6 (Sect. 3)/Part A".
  return qualifier ? `${symbol} ${qualifier}`.replace(/\s+/g, ' ').trim() : symbol;
}

/**
 * The document's own symbol as printed at its top ("United Nations   S/2025/72") or repeated as a
 * page header; null when neither is there. Symbols cited in the body never count.
 *
 * @example
 * findOwnSymbol('United Nations \tS/2025/72\nSecurity Council Distr.: General'); // 'S/2025/72'
 */
/** The own symbol the pipeline already found, or found now for a stage run alone. */
export function ownSymbolOf(ctx: ExtractionContext): string | null {
  return ctx.ownSymbol === undefined ? findOwnSymbol(ctx.text) : ctx.ownSymbol;
}

export function findOwnSymbol(text: string): string | null {
  const lines = text.split('\n', 200);
  const hasDistributionLine = /\bDistr\.?:/.test(text.slice(0, 1500));
  let seen = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (++seen > HEAD_LINES) break;
    const match = mastheadLine.exec(line);
    if (!match?.[1] || !looksLikeSymbol(match[1])) continue;
    const rest = match[2] ?? '';
    const placed = /^\s*United Nations\s/.test(line) || seen <= TOP_LINES || hasDistributionLine;
    if (placed && mastheadRest.test(rest)) return tidy(match[1], rest);
  }
  const counts = new Map<string, number>();
  for (const { symbol, lineStart } of standaloneSymbols(text)) {
    if (!looksLikeSymbol(symbol) || isInsideUrl(text, lineStart)) continue;
    const key = normaliseSymbol(symbol);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count >= REPEATED_HEADER_MIN) return symbol;
  }
  return null;
}

/**
 * Symbols standing alone on their line, in text order, with where the line starts. A symbol holds a slash, so
 * only lines with one are tried: trying the line pattern at every line of a long report was a hot spot. Where
 * other line terminators than "\n" occur (for `^` and `$`), the pattern scans the whole text as before.
 */
function* standaloneSymbols(text: string): Generator<{ symbol: string; lineStart: number }> {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) {
    standaloneLine.lastIndex = 0;
    for (const match of text.matchAll(standaloneLine)) {
      if (match[1]) yield { symbol: match[1], lineStart: match.index };
    }
    return;
  }
  let lineEnd = -1;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    if (slash < lineEnd) continue;
    const lineStart = text.lastIndexOf('\n', slash) + 1;
    const next = text.indexOf('\n', slash);
    lineEnd = next < 0 ? text.length : next;
    const symbol = standaloneLineText.exec(text.slice(lineStart, lineEnd))?.[1];
    if (symbol) yield { symbol, lineStart };
  }
}
