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
  refine(ctx, spans) {
    const kept: Span<Mention>[] = [];
    const taken = new Uint8Array(ctx.text.length + 1);
    for (const index of inRankOrder(spans, ctx.text.length)) {
      const span = spans[index] as Span<Mention>;
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

/** Ranks packed into one number leave room for a priority below this (sourcePriority runs from 1 to 9). */
const priorities = 16;

/**
 * The indices of `spans` longest first, then by source priority, then by start, then as listed: the
 * order a stable sort by those three gives. Each span's place in that order is packed into one number
 * and the numbers sorted as a typed array, without a comparison function: the sort with one (and an
 * object per span to compare) was most of the refiner. Falls back to it where the numbers would not be exact.
 */
function inRankOrder(spans: readonly Span<Mention>[], textLength: number): Int32Array | number[] {
  const count = spans.length;
  let longest = 0;
  for (const span of spans) longest = Math.max(longest, span.end - span.start);
  const starts = textLength + 1;
  if ((longest + 1) * priorities * starts * count > Number.MAX_SAFE_INTEGER) return byComparison(spans);
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const span = spans[i] as Span<Mention>;
    const rank =
      (longest - (span.end - span.start)) * priorities + (priorities - 1 - sourcePriority[span.value.source]);
    packed[i] = (rank * starts + span.start) * count + i;
  }
  packed.sort();
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[k] = (packed[k] as number) % count;
  return order;
}

function byComparison(spans: readonly Span<Mention>[]): number[] {
  const ranked = spans.map((span, index) => ({
    index,
    size: span.end - span.start,
    priority: sourcePriority[span.value.source],
    start: span.start,
  }));
  ranked.sort((a, b) => b.size - a.size || b.priority - a.priority || a.start - b.start);
  return ranked.map(({ index }) => index);
}
