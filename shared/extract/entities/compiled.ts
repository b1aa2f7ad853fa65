/**
 * A parser's pattern built once and reused for every document: compiling the large alternations anew per
 * call dominated the run time. Safe because runExtractor resets `lastIndex` and runs synchronously.
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

/**
 * One match per text (its first character), for parsers that read the shared word index or capitalised
 * runs themselves and propose every span of the text at once: one regex match object per word cost more
 * than all their other work. Anchored, so the search after the one match fails at once.
 *
 * @example
 * wholeText().exec('Syria and Iraq')?.index // 0
 */
export const wholeText = compiledOnce(() => /^[\s\S]/g);
