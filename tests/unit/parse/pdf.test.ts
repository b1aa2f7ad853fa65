import { describe, expect, it } from 'vitest';
import { NeedsOcrError, UnreadableDocumentError } from '../../../shared/errors.js';
import { toDocumentText } from '../../../shared/parse/index.js';
import { buildPdf, column, type PlacedText } from '../../support/pdf-builder.js';

const masthead: PlacedText[] = [
  { x: 72, y: 735, size: 14, text: 'United Nations' },
  { x: 480, y: 735, size: 10, text: 'S/2099/17' },
  { x: 72, y: 705, size: 20, text: 'Security Council' },
  { x: 400, y: 705, size: 10, text: 'Distr.: General' },
  { x: 400, y: 693, size: 10, text: '3 March 2099' },
  { x: 72, y: 600, size: 14, text: 'Report of the Secretary-General on' },
  { x: 72, y: 585, size: 14, text: 'the situation in Atlantis' },
];

function runningLines(page: number, pages: number): PlacedText[] {
  return [
    { x: 480, y: 740, size: 9, text: 'S/2099/17' },
    { x: 72, y: 40, size: 9, text: `${page}/${pages}` },
    { x: 450, y: 40, size: 9, text: '99-01234' },
  ];
}

const sentences = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix} line ${i + 1} of the text in this column goes on`);

describe('PDF documents', () => {
  it('reads symbol, Distr. date and title from the masthead and drops running headers and footers', async () => {
    // Prepare
    const pages = [
      [...masthead, ...column(72, 540, ['The Council met on the peace-', 'keeping mission in Atlantis.'])],
      [...runningLines(2, 3), ...column(72, 700, ['The Secretary-', 'General reported progress.'])],
      [...runningLines(3, 3), ...column(72, 700, ['The mission closed.'])],
    ];
    // Act
    const { text, hints, pages: count } = await toDocumentText(buildPdf(pages), { filename: 'report.pdf' });
    // Assert
    expect(count).toBe(3);
    expect(hints).toMatchObject({ symbol: 'S/2099/17', date: '2099-03-03' });
    expect(hints.title).toBe('Report of the Secretary-General on the situation in Atlantis');
    expect(text).toContain('peacekeeping mission');
    expect(text).toContain('Secretary-General reported');
    expect(text).not.toMatch(/^\d\/3$/m);
    expect(text).not.toContain('99-01234');
    expect(text.match(/S\/2099\/17/g)).toHaveLength(1);
  });

  it('keeps paragraphs apart with a blank line', async () => {
    const page = [
      ...column(72, 700, ['First paragraph opens', 'and closes here.']),
      ...column(72, 660, ['Second paragraph.']),
    ];
    const { text } = await toDocumentText(buildPdf([page]), { filename: 'p.pdf' });
    expect(text).toBe('First paragraph opens\nand closes here.\n\nSecond paragraph.');
  });

  it('reads a two-column page column by column', async () => {
    const page = [
      { x: 72, y: 740, size: 16, text: 'A title across the page over both columns' },
      ...column(72, 700, sentences('Left', 8)),
      ...column(320, 700, sentences('Right', 8)),
    ];
    const { text } = await toDocumentText(buildPdf([page]), { filename: 'columns.pdf' });
    const lines = text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('A title across the page over both columns');
    expect(lines.slice(1, 9).every((line) => line.startsWith('Left'))).toBe(true);
    expect(lines.slice(9).every((line) => line.startsWith('Right'))).toBe(true);
  });

  it('does not split a single-column page into columns', async () => {
    const page = column(72, 700, sentences('Whole width text that runs on from the left margin to the right', 8));
    const { text } = await toDocumentText(buildPdf([page]), { filename: 'one.pdf' });
    expect(text.split('\n')).toHaveLength(8);
    expect(text).not.toContain('\t');
  });

  it('says a PDF without a text layer needs OCR', async () => {
    const bytes = buildPdf([[], []]);
    await expect(toDocumentText(bytes, { filename: 'scan.pdf' })).rejects.toThrow(NeedsOcrError);
    await expect(toDocumentText(bytes, { filename: 'scan.pdf' })).rejects.toThrow(/OCR/);
  });

  it('rejects a truncated PDF, a non-PDF named .pdf and a PDF over the page limit', async () => {
    const bytes = buildPdf([column(72, 700, ['Some text on the page.']), column(72, 700, ['More text here.'])]);
    await expect(toDocumentText(bytes.subarray(0, bytes.length - 200), { filename: 'cut.pdf' })).rejects.toThrow(
      /truncated/,
    );
    await expect(toDocumentText(new TextEncoder().encode('hello'), { filename: 'fake.pdf' })).rejects.toThrow(
      UnreadableDocumentError,
    );
    await expect(toDocumentText(bytes, { filename: 'long.pdf' }, { maxPages: 1 })).rejects.toThrow(/1-page limit/);
  });

  it('detects a PDF by its signature whatever its name', async () => {
    const bytes = buildPdf([column(72, 700, ['Text of a PDF named as text.'])]);
    const result = await toDocumentText(bytes, { filename: 'notes.txt', contentType: 'text/plain' });
    expect(result.format).toBe('pdf');
  });
});
