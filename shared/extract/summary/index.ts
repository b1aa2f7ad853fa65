import type { Segment } from '../segment/index.js';
import type { ExtractionContext } from '../types.js';

export function summarize(_ctx: ExtractionContext, sentences: readonly Segment[]): string {
  return sentences
    .slice(0, 3)
    .map((s) => s.text.trim())
    .join(' ');
}
