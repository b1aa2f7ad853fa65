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

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]))).toBe('“Hi” é');
  });

  it('strips control characters but keeps tabs and newlines', () => {
    expect(decodeText(new TextEncoder().encode('a\u0000b\tc\n\u0007d'))).toBe('ab\tc\nd');
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
