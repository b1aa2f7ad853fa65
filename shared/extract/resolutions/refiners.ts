import type { ResolutionCitation } from '../../model/extraction.js';
import { removeOverlaps } from '../run.js';
import type { Refiner } from '../types.js';

export const overlapRefiner: Refiner<ResolutionCitation> = {
  name: 'remove-overlaps',
  refine: (_ctx, spans) => removeOverlaps(spans),
};

/**
 * One year per resolution: a citation that omits the year ("resolution 2396") takes the year the
 * text states elsewhere for the same key ("resolution 2396 (2017)"), so every mention agrees.
 */
export const sharedYearRefiner: Refiner<ResolutionCitation> = {
  name: 'shared-year',
  refine(_ctx, spans) {
    const yearOf = new Map<string, number>();
    for (const span of spans) {
      const { key, year } = span.value;
      if (year != null && !yearOf.has(key)) yearOf.set(key, year);
    }
    return spans.map((span) => {
      const year = yearOf.get(span.value.key);
      return year === undefined || span.value.year != null ? span : { ...span, value: { ...span.value, year } };
    });
  },
};

/** The document's own symbol is what it is, not what it cites. */
export function excludeKeysRefiner(keys: ReadonlySet<string>): Refiner<ResolutionCitation> {
  return {
    name: 'exclude-own-symbol',
    refine: (_ctx, spans) => spans.filter((span) => !keys.has(span.value.key)),
  };
}
