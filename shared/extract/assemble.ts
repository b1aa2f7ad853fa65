import type { DocumentRef, ResolutionCitation } from '../model/extraction.js';

interface Located {
  start?: number | undefined;
  end?: number | undefined;
}

/**
 * Extractors report every mention (so that later stages can skip their offsets); a record lists
 * each resolution once, at its first mention, with the year stated at any mention.
 */
export function uniqueResolutions(citations: readonly ResolutionCitation[]): ResolutionCitation[] {
  const byKey = new Map<string, ResolutionCitation>();
  for (const citation of citations) {
    const key = citation.key.toUpperCase();
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, citation);
    else if (seen.year == null && citation.year != null) byKey.set(key, { ...seen, year: citation.year });
  }
  return [...byKey.values()];
}

export function uniqueDocumentRefs(refs: readonly DocumentRef[]): DocumentRef[] {
  const bySymbol = new Map<string, DocumentRef>();
  for (const ref of refs) if (!bySymbol.has(ref.symbol.toUpperCase())) bySymbol.set(ref.symbol.toUpperCase(), ref);
  return [...bySymbol.values()];
}

/** Moves offsets from the cleaned text back to the text the document was read as. */
export function toOriginalOffsets<T extends Located>(items: readonly T[], toOriginal: (offset: number) => number): T[] {
  return items.map((item) =>
    item.start === undefined || item.end === undefined
      ? item
      : { ...item, start: toOriginal(item.start), end: toOriginal(item.end) },
  );
}
