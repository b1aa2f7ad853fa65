import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '../../../shared/errors.js';
import { detectFormat } from '../../../shared/parse/detect.js';
import { toDocumentText } from '../../../shared/parse/index.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('Markdown documents', () => {
  it('turns front matter into hints and strips the markup', async () => {
    // Prepare
    const markdown = [
      '---',
      "date: '2022-11-10'",
      'tags: speeches-remarks',
      'title: "Remarks at the\\',
      '  \\ Security Council"',
      '---',
      '# Remarks',
      '',
      'The **Council** met with *partners* and [UNOCT](https://www.un.org/counterterrorism).',
      '![logo](logo.png)',
      '- first point',
      '- second point',
    ].join('\n');
    // Act
    const result = await toDocumentText(encode(markdown), { filename: 'remarks.md' });
    // Assert
    expect(result.hints).toMatchObject({ title: 'Remarks at the Security Council', date: '2022-11-10' });
    expect(result.tags).toBe('speeches-remarks');
    expect(result.text).toBe('Remarks\n\nThe Council met with partners and UNOCT.\n\nfirst point\nsecond point');
  });

  it('leaves snake_case and arithmetic alone, and reads a file without front matter', async () => {
    const { text, hints } = await toDocumentText(encode('Use file_name_here and 2 * 3 * 4.'), { filename: 'a.md' });
    expect(text).toBe('Use file_name_here and 2 * 3 * 4.');
    expect(hints.title).toBeUndefined();
  });

  it('reads an unquoted date as the date written, and ignores front matter that is an alias bomb', async () => {
    // Prepare
    const dated = ['---', 'date: 2025-01-31', 'title: Briefing', '---', 'Text.'].join('\n');
    const levels = Array.from({ length: 9 }, (_, level) =>
      level === 0
        ? 'a0: &a0 [x, x, x, x, x, x, x, x, x]'
        : `a${level}: &a${level} [${`*a${level - 1}, `.repeat(8)}*a${level - 1}]`,
    );
    const bomb = ['---', 'title: Bomb', ...levels, '---', 'The body is still read.'].join('\n');
    // Act
    const datedResult = await toDocumentText(encode(dated), { filename: 'dated.md' });
    const bombResult = await toDocumentText(encode(bomb), { filename: 'bomb.md' });
    // Assert
    expect(datedResult.hints).toMatchObject({ title: 'Briefing', date: '2025-01-31' });
    expect(bombResult.text).toBe('The body is still read.');
    expect(bombResult.hints.title).toBeUndefined();
  });
});

describe('CNN .story files', () => {
  it('keeps the article and gathers the highlights after it', async () => {
    const story =
      'United Nations (CNN) -- The Council met.\n\nIt adopted a text.\n\n@highlight\n\nCouncil meets\n\n@highlight\n\nText adopted\n';
    const { text, format } = await toDocumentText(encode(story), { filename: 'cnn.story' });
    expect(format).toBe('story');
    expect(text).toBe(
      'United Nations (CNN) -- The Council met.\n\nIt adopted a text.\n\nHighlights:\nCouncil meets\nText adopted',
    );
  });
});

describe('plain text and limits', () => {
  it('decodes Windows-1252 text and normalises line ends', async () => {
    const bytes = new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x0d, 0x0a, 0x4f, 0x4b]);
    const { text, format } = await toDocumentText(bytes, { filename: 'old.txt' });
    expect(format).toBe('text');
    expect(text).toBe('\u201cHi\u201d\nOK');
  });

  it('fails on empty input and input over the size limit, naming the limit', async () => {
    await expect(toDocumentText(new Uint8Array(), { filename: 'e.txt' })).rejects.toThrow(UnreadableDocumentError);
    await expect(toDocumentText(encode('x'.repeat(20)), { filename: 'big.txt' }, { maxBytes: 10 })).rejects.toThrow(
      /10-byte size limit/,
    );
  });
});

describe('detectFormat', () => {
  it('prefers the signature, then the content type, then the extension', () => {
    const pdf = encode('%PDF-1.7\n...');
    expect(detectFormat(pdf, { filename: 'x.html' })).toBe('pdf');
    expect(detectFormat(encode('plain'), { filename: 'x.txt', contentType: 'text/html; charset=utf-8' })).toBe('html');
    expect(detectFormat(encode('plain'), { filename: 'x.md' })).toBe('markdown');
    expect(detectFormat(encode('plain'), { filename: 'x.pdf' })).toBe('pdf');
    expect(detectFormat(encode('<table><tr><td>1</td></tr></table>'), { filename: 'x' })).toBe('html');
    expect(detectFormat(encode('Just words.'), { filename: 'README' })).toBe('text');
  });
});
