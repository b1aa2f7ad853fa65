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

/** Characters per block of textBlocks. */
const blockLength = 4096;

/**
 * The text in blocks, for parsers that read the shared word index or capitalised runs themselves (one
 * regex match object per word cost more than all their other work) and take the words starting in each
 * block. Blocks rather than the whole text: runExtractor spreads each result into its list, and one list
 * for a large document would overflow the call stack.
 *
 * @example
 * textBlocks().exec('Syria and Iraq')?.[0] // 'Syria and Iraq'
 */
export const textBlocks = compiledOnce(() => new RegExp(`[\\s\\S]{1,${blockLength}}`, 'g'));

/**
 * The part of an ascending list of offsets that falls inside a block matched by textBlocks.
 *
 * @example
 * offsetsInBlock([3, 5000], { index: 4096, 0: 'x'.repeat(4096) }) // [5000]
 */
export function offsetsInBlock<T>(
  items: readonly T[],
  offsetOf: (item: T) => number,
  block: { readonly index: number; readonly 0: string },
): T[] {
  const end = block.index + block[0].length;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsetOf(items[middle] as T) < block.index) low = middle + 1;
    else high = middle;
  }
  const inside: T[] = [];
  for (let k = low; k < items.length && offsetOf(items[k] as T) < end; k++) inside.push(items[k] as T);
  return inside;
}
