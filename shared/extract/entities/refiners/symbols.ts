import type { Refiner } from '../../types.js';
import type { Mention } from '../mention.js';

/** A one-letter UN series and slash before a span: "A/" of "A/HRC/57/23", "S/" of "S/PRST/2025/2". */
const seriesBefore = /(?:^|[^\p{L}\p{N}/])\p{Lu}\/$/u;

/**
 * Drops mentions that sit inside a UN document symbol: "HRC" in "A/HRC/57/CRP.6" is part of a symbol, not
 * a mention of the Council. A span is inside one when a one-letter series and a slash precede it, or a
 * slash stands right before and right after it. "G77/China" keeps both names.
 *
 * @example
 * // "(see A/HRC/57/23)" → no organization "HRC"
 */
export const documentSymbolRefiner: Refiner<Mention> = {
  name: 'document-symbols',
  refine(ctx, spans) {
    const { text } = ctx;
    return spans.filter((span) => {
      if (text.charCodeAt(span.start - 1) !== 47) return true;
      if (text.charCodeAt(span.end) === 47) return false;
      return !seriesBefore.test(text.slice(Math.max(0, span.start - 3), span.start));
    });
  },
};
