import type { ExtractionContext, ExtractorConfiguration, Span } from './types.js';

/**
 * Runs every parser over the text, then every refiner in order; returns spans sorted by offset.
 *
 * @example
 * const spans = runExtractor({ text: 'resolution 2396' }, { parsers: [resolutionParser], refiners: [] });
 */
export function runExtractor<V>(ctx: ExtractionContext, configuration: ExtractorConfiguration<V>): Span<V>[] {
  let spans: Span<V>[] = [];
  for (const parser of configuration.parsers) {
    if ('scan' in parser) {
      // A loop, not push(...spans): a text may give more spans than the call stack has room for.
      for (const span of parser.scan(ctx)) spans.push(span);
      continue;
    }
    const pattern = parser.pattern(ctx);
    if (!pattern.global) throw new Error(`parser ${parser.name} must use a global pattern`);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(ctx.text); match !== null; match = pattern.exec(ctx.text)) {
      if (match[0].length === 0) pattern.lastIndex++;
      const result = parser.extract(ctx, match);
      if (result === null) continue;
      // A loop, not push(...result): a parser may return more spans than the call stack has room for.
      if (Array.isArray(result)) for (const span of result) spans.push(span);
      else spans.push(result);
    }
  }
  spans.sort(byPosition);
  for (const refiner of configuration.refiners) {
    spans = refiner.refine(ctx, spans);
  }
  return spans.sort(byPosition);
}

function byPosition<V>(a: Span<V>, b: Span<V>): number {
  return a.start - b.start || b.end - a.end;
}

/** Builds a span from a match group offset, so parsers never compute offsets by hand. */
export function spanAt<V>(ctx: ExtractionContext, start: number, end: number, value: V): Span<V> {
  return { start, end, text: ctx.text.slice(start, end), value };
}

/** Keeps, of spans that overlap, the longest (the earliest on ties). A common refiner. */
export function removeOverlaps<V>(spans: Span<V>[]): Span<V>[] {
  const bySize = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept spans never overlap, so ordered by start they are ordered by end too: a binary search finds neighbours.
  const kept: Span<V>[] = [];
  for (const span of bySize) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((kept[middle] as Span<V>).start < span.start) low = middle + 1;
      else high = middle;
    }
    const before = kept[low - 1];
    const after = kept[low];
    if ((before && before.end > span.start) || (after && after.start < span.end)) continue;
    kept.splice(low, 0, span);
  }
  return kept;
}

/**
 * A parser's pattern built once and reused for every document. Compiling large alternations anew
 * per call cost run time, and a pattern made per call loses its compiled code whenever V8's
 * regular-expression cache is cleared (full collections in a busy heap), so its next whole-text
 * scan runs interpreted. Safe because runExtractor resets `lastIndex` and runs synchronously.
 *
 * @example
 * const pattern = compiledOnce(() => new RegExp('\\bsaid\\b', 'g'));
 * pattern() === pattern(); // true
 */
export function compiledOnce(make: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= make();
    pattern.lastIndex = 0;
    return pattern;
  };
}
