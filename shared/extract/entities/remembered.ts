/**
 * `compute` with its answers remembered by key (bounded): names repeat many times within and across
 * documents, and normalising them (Unicode decomposition, several regexes) was a large part of grouping.
 *
 * @example
 * const key = remembered((name: string) => name.toLowerCase());
 * key('Security Council') === key('Security Council') // computed once
 */
export function remembered<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer as T;
  };
}
