import type { ExtractionContext, PatternParser, Span, TextParser } from '../types.js';

/**
 * `parser` with its global pattern tried, sticky, only at the offsets `startsIn` gives for a text (in
 * order), `before` code units before each: the same matches as the global pattern over the whole text,
 * as long as every match it can make starts at one of them. See startingAtWords and startingAtLiteral.
 */
export function startingAt<V>(
  startsIn: (text: string) => readonly number[],
  before: number,
  parser: PatternParser<V>,
): TextParser<V> {
  const sticky = new WeakMap<RegExp, RegExp>();
  return {
    name: parser.name,
    scan(ctx: ExtractionContext) {
      const global = parser.pattern(ctx);
      let pattern = sticky.get(global);
      if (pattern === undefined) {
        pattern = new RegExp(global.source, `${global.flags}y`);
        sticky.set(global, pattern);
      }
      const spans: Span<V>[] = [];
      // As a global search would go on: from the end of the last match.
      let searchFrom = 0;
      for (const at of startsIn(ctx.text)) {
        const start = at - before;
        if (start < searchFrom) continue;
        pattern.lastIndex = start;
        const match = pattern.exec(ctx.text);
        if (match === null) continue;
        searchFrom = match.index + Math.max(match[0].length, 1);
        const result = parser.extract(ctx, match);
        if (result === null) continue;
        if (Array.isArray(result)) for (const span of result) spans.push(span);
        else spans.push(result);
      }
      return spans;
    },
  };
}

/**
 * `parser` with its pattern tried only where `lead`, the character every match of it opens with, is
 * written. V8 skips through a text for a pattern that is one literal character, but tries a pattern at
 * every position once a class, a look-ahead or the `u` flag follows its first character.
 *
 * @example
 * export const bracketParser = startingAtLiteral('(', { name: 'bracket', pattern: () => /\((?=\p{Lu})/gu, extract });
 */
export function startingAtLiteral<V>(lead: string, parser: PatternParser<V>): TextParser<V> {
  if (lead.length !== 1) throw new Error(`lead not one character: ${lead}`);
  return startingAt((text) => offsetsOf(text, lead), 0, parser);
}

/** Where `character` is written in `text`, in order: an indexOf search, which builds no match object. */
export function offsetsOf(text: string, character: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) offsets.push(at);
  return offsets;
}
