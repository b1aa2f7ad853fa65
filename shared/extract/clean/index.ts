/** Text as extraction sees it, with a way back to offsets in the original. */
export interface CleanedText {
  readonly text: string;
  /** Maps an offset in `text` to the offset in the original input. */
  toOriginal(offset: number): number;
}

export function cleanText(raw: string): CleanedText {
  return { text: raw, toOriginal: (offset) => offset };
}
