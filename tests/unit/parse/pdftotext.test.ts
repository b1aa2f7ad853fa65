import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDocumentText } from '../../../shared/parse/index.js';

// The shared corpus is read beside the repository, never copied in. CI installs poppler-utils.
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const pdfsWithText = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((name) => name.endsWith('.pdf') && !name.includes('scanned'))
  : [];

/** Words, case-folded, counted: the multiset the two readings are compared on. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * pdftotext keeps every page's running header and footer, which Docket removes on purpose. So the
 * reference drops lines at a page's edges (its first three and last four lines) that recur, digits
 * aside, at the edges of at least half of its pages: an independent reading of what is running text.
 */
function withoutRunningLines(reference: string): string {
  const pages = reference
    .split('\f')
    .map((page) => page.split('\n').filter((line) => line.trim()))
    .filter((lines) => lines.length > 0);
  if (pages.length < 2) return reference;
  const shape = (line: string) => line.trim().replace(/\d+/g, '#');
  const isEdge = (index: number, count: number) => index < 3 || index >= count - 4;
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set(lines.filter((_, index) => isEdge(index, lines.length)).map(shape));
    for (const line of edges) pagesWith.set(line, (pagesWith.get(line) ?? 0) + 1);
  }
  const running = (line: string) => (pagesWith.get(shape(line)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages
    .map((lines) => lines.filter((line, index) => !(isEdge(index, lines.length) && running(line))).join('\n'))
    .join('\n');
}

function multisetF1(ours: Map<string, number>, reference: Map<string, number>): number {
  let common = 0;
  let oursTotal = 0;
  let referenceTotal = 0;
  for (const count of ours.values()) oursTotal += count;
  for (const [word, count] of reference) {
    referenceTotal += count;
    common += Math.min(count, ours.get(word) ?? 0);
  }
  return (2 * common) / (oursTotal + referenceTotal);
}

describe.skipIf(!hasPdftotext || pdfsWithText.length === 0)('PDF text against poppler pdftotext', () => {
  it.each(pdfsWithText)('%s: word-multiset F1 ≥ 0.97, no running header or footer left', async (name) => {
    // Prepare
    const path = join(CORPUS, name);
    const pdftotext = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 2 ** 20 });
    const reference = withoutRunningLines(pdftotext.toString('utf8'));

    // Act
    const { text } = await toDocumentText(new Uint8Array(readFileSync(path)), { filename: name });

    // Assert
    expect(multisetF1(wordCounts(text), wordCounts(reference))).toBeGreaterThanOrEqual(0.97);
    const lines = text.split('\n').map((line) => line.trim());
    expect(lines.filter((line) => /^\d{1,3}\/\d{1,3}$/.test(line))).toEqual([]); // page x/y
    expect(lines.filter((line) => /^(?:GE\.)?\d{2}-\d{5}\s*(?:\([A-Z]\))?$/.test(line))).toEqual([]); // job numbers
    expect(lines.filter((line) => /^\*?\d{7}\*?$/.test(line))).toEqual([]); // bar-code lines
    expect(text).not.toMatch(/Please recycle/i);
  });
});
