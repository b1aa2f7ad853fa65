import type { Refiner, Span } from '../../types.js';
import { type Mention, sourcePriority } from '../mention.js';

/**
 * Of overlapping mentions, keeps the longest; on equal length the more trusted source (a defined acronym,
 * then a gazetteer entry, then a title cue, then a pattern).
 *
 * @example
 * // "Kazakhstan Institute for Strategic Studies" (pattern) beats "Kazakhstan" (gazetteer) inside it
 */
export const overlapRefiner: Refiner<Mention> = {
  name: 'overlaps',
  refine(_ctx, spans) {
    // Each span's rank read once, not at every comparison of the sort (a keyed look-up by source each time).
    const ranked = spans
      .map((span) => ({ span, size: span.end - span.start, priority: sourcePriority[span.value.source] }))
      .sort((a, b) => b.size - a.size || b.priority - a.priority || a.span.start - b.span.start);
    const kept: Span<Mention>[] = [];
    const taken = new Uint8Array(_ctx.text.length + 1);
    for (const { span } of ranked) {
      let free = true;
      for (let i = span.start; i < span.end; i++) {
        if (taken[i] === 1) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, span.start, span.end);
      kept.push(span);
    }
    return kept;
  },
};
