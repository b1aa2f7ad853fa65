import type { Refiner, Span } from '../../types.js';
import type { DateValue } from '../calendar.js';

/**
 * Of spans that overlap, keeps the longest (the earliest on ties): "25 September 2020" over "September 2020"
 * and "2020". One sweep over spans in text order, so a page of ten thousand years stays linear.
 */
export const keepLongest: Refiner<DateValue> = {
  name: 'keep-longest',
  refine: (_ctx, spans) => {
    const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Span<DateValue>[] = [];
    for (const span of ordered) {
      const last = kept[kept.length - 1];
      if (last === undefined || span.start >= last.end) {
        kept.push(span);
      } else if (span.end - span.start > last.end - last.start) {
        kept[kept.length - 1] = span;
      }
    }
    return kept;
  },
};
