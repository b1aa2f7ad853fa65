/**
 * A CNN/DailyMail `.story` file: the article, then summary lines each after an "@highlight"
 * marker. The article stays as it is; the highlights, written by editors, follow it as one
 * paragraph of lines under "Highlights:" so that they read as a summary, not as article text.
 *
 * @example
 * readStory('Body text.\n\n@highlight\n\nUN condemns attack');
 * // 'Body text.\n\nHighlights:\nUN condemns attack'
 */
export function readStory(text: string): string {
  const marker = /^@highlight[^\S\n]*$/m;
  const first = marker.exec(text);
  if (!first) return text.trim();
  const body = text.slice(0, first.index).trim();
  const highlights = text
    .slice(first.index)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !marker.test(line));
  if (highlights.length === 0) return body;
  return `${body}\n\nHighlights:\n${highlights.join('\n')}`.trim();
}
