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

  it('gives a verbatim record without a meeting line no title', () => {
    const text =
      'General Assembly\nSixtieth session\n\nThe meeting was called to order at 3 p.m.\n\nThe President: Good afternoon.';
    expect(extractDocumentInfo({ text })).toMatchObject({ kind: 'meeting-summary', title: null });
  });

  it('does not take the first line of a hard-wrapped paragraph as a title', () => {
    // Prepare
    const text = [
      'Yesterday, the Minister received the ambassadors of the member countries',
      'of the regional council, where she stressed the value of working together',
      'on trade, health and security, and thanked the hosts for their welcome.',
    ].join('\n');
    // Act
    const info = extractDocumentInfo({ text });
    // Assert
    expect(info.title).toBeNull();
  });

  it('does not join a lower-case line to a long line before it', () => {
    const text = 'Meeting notes from the regional office in the capital city\n\nand other places\n\nThe office met.';
    expect(extractDocumentInfo({ text }).title).toBe('Meeting notes from the regional office in the capital city');
  });

  it('does not call a news story that mentions the Assembly a statement', () => {
    const text =
      'The Assembly adopted a text on ocean plastics on Friday after a long debate.\n\nDelegates left early.';
    expect(extractDocumentInfo({ text }).kind).not.toBe('statement');
  });

  it('ignores a "###" mark that is not at the end', () => {
    const text = 'Some notes\n\n###\n\nA list of items kept by the office for its own use and nothing more here.';
    expect(extractDocumentInfo({ text }).kind).toBe('other');
  });

  it('keeps a declared title that ends in an ordinary word', () => {
    const info = extractDocumentInfo({ text: 'x' }, { title: 'Report on Children and Armed Conflict' });
    expect(info.title).toBe('Report on Children and Armed Conflict');
  });

  it('falls back to other, with no crash, on empty or junk text', () => {
    expect(extractDocumentInfo({ text: '' })).toEqual({ kind: 'other', title: null, symbol: null, documentDate: null });
    expect(extractDocumentInfo({ text: '-- 1 of 22 --\n\f\f' }).title).toBeNull();
  });
});
