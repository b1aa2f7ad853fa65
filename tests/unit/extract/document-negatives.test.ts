import { describe, expect, it } from 'vitest';
import { extractDocumentInfo } from '../../../shared/extract/document/index.js';
import { findOwnSymbol } from '../../../shared/extract/document/own-symbol.js';

describe('document info: what it must not take', () => {
  it('does not take a cited symbol as the document’s own', () => {
    // Prepare
    const text =
      'Press Release\n\nA New Report on Terrorism Financing Is Out\n\nNew York – The report (S/2019/612) shows ...';
    // Act
    const symbol = findOwnSymbol(text);
    // Assert
    expect(symbol).toBeNull();
  });

  it('does not take a symbol listed in a table as the document’s own', () => {
    const text =
      'Meetings conducted by the Security Council in 2015\nMeeting\nRecord\nDate\nTopic\nOutcome\nS/PV.7599\n31 December';
    expect(findOwnSymbol(text)).toBeNull();
  });

  it('gives no title to text that starts with body sentences', () => {
    const text = 'It is my honour to speak to the General Assembly. We meet this year in a moment of pain.\nMore text.';
    expect(extractDocumentInfo({ text }).title).toBeNull();
  });

  it('gives no title to a verbatim record and calls it a meeting account', () => {
    const text =
      'General Assembly\nSeventy-ninth session\n64th plenary meeting\nWednesday, 16 April 2025, 10 a.m.\nThe meeting was called to order at 10.05 a.m.';
    expect(extractDocumentInfo({ text })).toMatchObject({ kind: 'meeting-summary', title: null });
  });

  it('falls back to other, with no crash, on empty or junk text', () => {
    expect(extractDocumentInfo({ text: '' })).toEqual({ kind: 'other', title: null, symbol: null, documentDate: null });
    expect(extractDocumentInfo({ text: '-- 1 of 22 --\n\f\f' }).title).toBeNull();
  });
});
