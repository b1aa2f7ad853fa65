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
  /** `map[i]` is the input offset of output offset `i`; one extra entry maps the end of the text. */
  readonly map: Int32Array;
}

/**
 * Applies edits in one linear sweep. Edits are sorted by start; an edit overlapping an earlier one is
 * dropped, so passes can propose freely. Replacement characters map to the start of what they replace.
 */
export function applyEdits(input: string, edits: readonly Edit[]): Rewritten {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Edit[] = [];
  let length = input.length;
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    kept.push(edit);
    length += edit.replacement.length - (edit.end - edit.start);
    cursor = edit.end;
  }
  const map = new Int32Array(length + 1);
  const parts: string[] = [];
  let out = 0;
  cursor = 0;
  for (const edit of kept) {
    parts.push(input.slice(cursor, edit.start), edit.replacement);
    for (let i = cursor; i < edit.start; i++) map[out++] = i;
    for (let i = 0; i < edit.replacement.length; i++) map[out++] = edit.start;
    cursor = edit.end;
  }
  parts.push(input.slice(cursor));
  for (let i = cursor; i < input.length; i++) map[out++] = i;
  map[out] = input.length;
  return { text: parts.join(''), map };
}

/** Chains two maps: `outer` points into the output of the pass whose map is `inner`. */
export function composeMaps(inner: Int32Array, outer: Int32Array): Int32Array {
  const composed = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i++) composed[i] = inner[outer[i] ?? 0] ?? 0;
  return composed;
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
