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
