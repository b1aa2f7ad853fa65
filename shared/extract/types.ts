/**
 * The parsers-and-refiners contract every extractor follows (after chrono-node):
 * parsers propose typed spans with offsets into the cleaned text; refiners merge,
 * resolve overlaps and normalise. A configuration is an ordered list of both.
 */

/** What every parser and refiner may read. Built once per document. */
export interface ExtractionContext {
  /** The cleaned text that offsets refer to. */
  readonly text: string;
  /**
   * The document's own date (ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`): used to fill in missing years.
   * `null` when it was looked for and there is none; absent when nobody looked yet.
   */
  readonly referenceDate?: string | null | undefined;
  /** The document's own UN symbol as its text prints it; `null` when there is none; absent when not looked for. */
  readonly ownSymbol?: string | null | undefined;
}

/** A proposed extraction: where it is in the text and what it means. */
export interface Span<V> {
  readonly start: number;
  readonly end: number;
  /** The text between `start` and `end`, as written. */
  readonly text: string;
  readonly value: V;
}

/**
 * Proposes spans where a pattern matches. `pattern` must return a global (`g`) regular expression;
 * `extract` turns one match into zero, one or several spans (a list such as "resolutions 2178, 2242
 * and 2396" gives several).
 */
export interface PatternParser<V> {
  readonly name: string;
  pattern(ctx: ExtractionContext): RegExp;
  extract(ctx: ExtractionContext, match: RegExpExecArray): Span<V> | Span<V>[] | null;
}

/**
 * Proposes every span of a text at once, read from indexes of the text that several parsers share
 * (word starts, capitalised runs, quote marks): where one regex match object per candidate would cost
 * more than the parser's other work.
 */
export interface TextParser<V> {
  readonly name: string;
  scan(ctx: ExtractionContext): Span<V>[];
}

/** Proposes spans: by pattern matches, or from the whole text at once. */
export type Parser<V> = PatternParser<V> | TextParser<V>;

/** Rewrites the list of spans: merges overlaps, drops exclusions, normalises values. */
export interface Refiner<V> {
  readonly name: string;
  refine(ctx: ExtractionContext, spans: Span<V>[]): Span<V>[];
}

export interface ExtractorConfiguration<V> {
  readonly parsers: readonly Parser<V>[];
  readonly refiners: readonly Refiner<V>[];
}
