import type { DocumentRef } from '../../model/extraction.js';
import { ownSymbolOf } from '../document/own-symbol.js';
import { compiledOnce, removeOverlaps, runExtractor, spanAt } from '../run.js';
import type { ExtractionContext, Parser, Refiner } from '../types.js';
import { isInsideUrl, isResolutionSymbol, looksLikeSymbol, normaliseSymbol, unSymbolPattern } from './un-symbols.js';

/** A report to two organs carries a joint symbol: "A/79/675-S/2024/876" is two documents. */
const jointSymbolSeam = /-(?=(?:A|S|E)\/)/;

/**
 * Budget sections and Official Records volumes carry a parenthesised part in the symbol itself:
 * "A/80/6 (Sect. 3)", "A/81/6 (Sect. 3)/Part A", "A/77/5 (Vol. I)". A supplement number ("Supplement No. 5 (A/78/5)") is not part of a symbol.
 */
const symbolPart =
  /[^\S\n]?\((?:Sect|Vol|Part)\.?[^\S\n]?[A-Z0-9]{1,5}\)(?:\/(?:Part[^\S\n][A-Z]\b|[A-Z][a-z]*\.\d{1,3}))*/y;

function withSymbolPart(text: string, end: number): number {
  symbolPart.lastIndex = end;
  return symbolPart.exec(text) ? symbolPart.lastIndex : end;
}

/** "A/73/866", "S/PRST/2025/2", "E/CN.4/149", "S/2025/71/Rev.1"; not resolutions, not inside URLs. */
export const unSymbolParser: Parser<DocumentRef> = {
  name: 'un-symbol',
  pattern: compiledOnce(unSymbolPattern),
  extract(ctx: ExtractionContext, match: RegExpExecArray) {
    if (!looksLikeSymbol(match[0]) || isResolutionSymbol(match[0])) return null;
    const printed = ctx.text.slice(match.index, withSymbolPart(ctx.text, match.index + match[0].length));
    if (isInsideUrl(ctx.text, match.index)) return null;
    const spans = [];
    let start = match.index;
    for (const part of printed.split(jointSymbolSeam)) {
      if (looksLikeSymbol(part))
        spans.push(spanAt(ctx, start, start + part.length, { symbol: normaliseSymbol(part), text: part }));
      start += part.length + 1;
    }
    return spans;
  },
};

function excludeOwnSymbol(own: string | null): Refiner<DocumentRef> {
  const ownKey = own === null ? null : normaliseSymbol(own);
  return {
    name: 'exclude-own-symbol',
    refine: (_ctx, spans) => (ownKey === null ? spans : spans.filter((span) => span.value.symbol !== ownKey)),
  };
}

/**
 * UN document symbols the text cites, uppercased and without spaces (GUIDELINES "documentRefs").
 * One item per mention, so later stages can skip their offsets.
 *
 * @example
 * extractDocumentRefs({ text: 'See the report (A/73/866) and S/PRST/2025/2.' }).map((r) => r.symbol);
 * // ['A/73/866', 'S/PRST/2025/2']
 */
export function extractDocumentRefs(ctx: ExtractionContext): DocumentRef[] {
  const spans = runExtractor(ctx, {
    parsers: [unSymbolParser],
    refiners: [{ name: 'remove-overlaps', refine: (_c, s) => removeOverlaps(s) }, excludeOwnSymbol(ownSymbolOf(ctx))],
  });
  // Built field by field rather than spread: a spread copy costs more than the fields it copies.
  return spans.map(({ value, start, end }) => ({ symbol: value.symbol, text: value.text, start, end }));
}
