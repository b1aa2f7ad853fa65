export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function splitParagraphs(text: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].trim()) segments.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return segments;
}

export function splitSentences(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    if (match[0].trim()) segments.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return segments;
}
