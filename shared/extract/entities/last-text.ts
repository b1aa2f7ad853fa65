/**
 * Remembers what `compute` gave for the last text: every parser of one document asks again.
 *
 * Each call of extractEntities makes a new string, equal to the one before when the same document is
 * extracted again; comparing two such strings reads them whole, so the newest string is kept and later
 * calls with it compare by reference.
 *
 * @example
 * const lineCount = forLastText((text) => text.split('\n').length);
 * lineCount('a\nb') // 2, computed once
 */
export function forLastText<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T | undefined;
  return (text) => {
    if (last === undefined || lastText !== text) last = compute(text);
    lastText = text;
    return last;
  };
}
