import { keepLayoutAlive } from '../kept-layouts.js';

/**
 * Offset-preserving rewriting: every cleaning pass proposes edits (replace `start..end` with
 * `replacement`) on its input, and the result carries a map from each output offset back to the
 * input, so extractors can work on clean text and still point into the original.
 */

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

export interface Rewritten {
  readonly text: string;
  /** Maps each output offset, and the end of the output, to the input offset it came from. */
  readonly map: OffsetMap;
}

/**
 * A map from output to input offsets kept as runs, not one entry per character: a copied stretch maps
 * offset by offset, a replacement maps all its characters to the start of what it replaced. Lookups
 * are a binary search, so building the map costs one entry per edit.
 */
export class OffsetMap {
  constructor(
    /** Where each run starts in the output, ascending; runs are never empty. */
    private readonly outStarts: Int32Array,
    /** Where each run starts in the input. */
    private readonly inStarts: Int32Array,
    /** 1 for a copied run, 0 for a replacement. */
    private readonly copied: Uint8Array,
    readonly outputLength: number,
    readonly inputLength: number,
  ) {}

  /** The input offset of output offset `offset`, which must lie in `0..outputLength`. */
  toInput(offset: number): number {
    if (offset >= this.outputLength) return this.inputLength;
    let low = 0;
    let high = this.outStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.outStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    const inStart = this.inStarts[low] as number;
    return this.copied[low] === 1 ? inStart + (offset - (this.outStarts[low] as number)) : inStart;
  }
}

keepLayoutAlive(new OffsetMap(new Int32Array(1), new Int32Array(1), new Uint8Array(1), 0, 0));

/**
 * Applies edits in one linear sweep. Edits are sorted by start; an edit overlapping an earlier one is
 * dropped, so passes can propose freely. Replacement characters map to the start of what they replace.
 */
export function applyEdits(input: string, edits: readonly Edit[]): Rewritten {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  const outStarts: number[] = [];
  const inStarts: number[] = [];
  const copied: number[] = [];
  const addRun = (outStart: number, inStart: number, length: number, copy: number): void => {
    if (length === 0) return;
    outStarts.push(outStart);
    inStarts.push(inStart);
    copied.push(copy);
  };
  let out = 0;
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    parts.push(input.slice(cursor, edit.start), edit.replacement);
    addRun(out, cursor, edit.start - cursor, 1);
    out += edit.start - cursor;
    addRun(out, edit.start, edit.replacement.length, 0);
    out += edit.replacement.length;
    cursor = edit.end;
  }
  parts.push(input.slice(cursor));
  addRun(out, cursor, input.length - cursor, 1);
  out += input.length - cursor;
  const map = new OffsetMap(
    Int32Array.from(outStarts),
    Int32Array.from(inStarts),
    Uint8Array.from(copied),
    out,
    input.length,
  );
  return { text: parts.join(''), map };
}

/** Collects one edit per regex match, letting `replace` decide the replacement (null keeps the match). */
export function editsFromPattern(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
): Edit[] {
  const edits: Edit[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(match);
    if (replacement !== null) edits.push({ start: match.index, end: match.index + match[0].length, replacement });
  }
  return edits;
}

/**
 * Calls `visit` on each match of the sticky `pattern`, as a global regex would find them, for a pattern that
 * can only match where one of the characters `anchors` stands. `indexOf` finds those characters many times
 * faster than the regex engine tries every position of a long text.
 */
export function forEachMatchAt(
  text: string,
  anchors: string,
  pattern: RegExp,
  visit: (match: RegExpExecArray) => void,
): void {
  if (!pattern.sticky) throw new Error(`forEachMatchAt needs a sticky pattern: ${pattern}`);
  // The next position of each anchor character, searched again only once the scan has passed it.
  const next = Array.from(anchors, (anchor) => text.indexOf(anchor));
  let from = 0;
  for (;;) {
    let at = -1;
    for (let k = 0; k < next.length; k++) {
      let position = next[k] as number;
      if (position !== -1 && position < from) {
        position = text.indexOf(anchors.charAt(k), from);
        next[k] = position;
      }
      if (position !== -1 && (at === -1 || position < at)) at = position;
    }
    if (at === -1) return;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null || match[0].length === 0) {
      from = at + 1;
      continue;
    }
    visit(match);
    from = at + match[0].length;
  }
}

/** `editsFromPattern` for a sticky pattern that can only match where one of `anchors` stands (see `forEachMatchAt`). */
export function editsAtAnchors(
  text: string,
  anchors: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
): Edit[] {
  const edits: Edit[] = [];
  forEachMatchAt(text, anchors, pattern, (match) => {
    const replacement = replace(match);
    if (replacement !== null) edits.push({ start: match.index, end: match.index + match[0].length, replacement });
  });
  return edits;
}
