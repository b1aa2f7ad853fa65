import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '../../../shared/errors.js';
import { assertLooksLikeText, decodeText } from '../../../shared/parse/decode.js';

describe('decodeText', () => {
  it('decodes UTF-8 with and without a BOM, normalising CRLF', () => {
    const utf8 = new TextEncoder().encode('Résumé\r\nline');
    expect(decodeText(utf8)).toBe('Résumé\nline');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('Résumé\nline');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toBe('Aé');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]))).toBe('Aé');
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    const text = 'Genève, 3 May 2021';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let index = 0; index < le.length; index += 2) {
      be[index] = le[index + 1] ?? 0;
      be[index + 1] = le[index] ?? 0;
    }
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
  });

  it('refuses binary data: NUL bytes or many control bytes', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]))).toThrow(
      UnreadableDocumentError,
    );
    const controls = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(() => decodeText(controls)).toThrow(/binary/);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]))).toBe('“Hi” é');
  });

  it('strips stray control characters but keeps tabs and newlines', () => {
    expect(decodeText(new TextEncoder().encode(`a\u0007b\tc\n${'x'.repeat(100)}`))).toBe(`ab\tc\n${'x'.repeat(100)}`);
  });
});

describe('encoding matrix', () => {
  const text = 'Côte d’Ivoire — “Genève”, 3 May 2021: €5 million';
  const utf16be = (value: string) => {
    const le = Buffer.from(value, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let index = 0; index < le.length; index += 2) {
      be[index] = le[index + 1] ?? 0;
      be[index + 1] = le[index] ?? 0;
    }
    return be;
  };
  it.each<[string, Buffer]>([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le')],
    ['UTF-16 BE without BOM', utf16be(text)],
    [
      'Windows-1252',
      Buffer.from(
        [...'Côte d']
          .map((c) => c.charCodeAt(0))
          .concat(
            [0x92],
            [...'Ivoire — '].map((c) => (c === '—' ? 0x97 : c.charCodeAt(0))),
          ),
      ),
    ],
  ])('%s', (encoding, bytes) => {
    const decoded = decodeText(new Uint8Array(bytes));
    expect(decoded.startsWith('Côte d’Ivoire —')).toBe(true);
    if (encoding !== 'Windows-1252') expect(decoded).toBe(text);
  });
});

describe('assertLooksLikeText', () => {
  it('rejects whitespace-only text', () => {
    expect(() => assertLooksLikeText('  \n ')).toThrow(UnreadableDocumentError);
  });

  it('accepts ordinary prose', () => {
    expect(() => assertLooksLikeText('The Security Council met.')).not.toThrow();
  });
});
