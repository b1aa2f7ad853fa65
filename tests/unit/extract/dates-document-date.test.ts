import { describe, expect, it } from 'vitest';
import { findDocumentDate } from '../../../shared/extract/dates/index.js';

describe('findDocumentDate', () => {
  it('reads a metadata line first', () => {
    // Prepare
    const text = ' date 2020-02-12 UNITED NATIONS, Feb. 7 (Xinhua) — A UN counter-terrorism official';
    // Act
    const date = findDocumentDate({ text });
    // Assert
    expect(date).toBe('2020-02-12');
  });

  it('reads front matter', () => {
    expect(findDocumentDate({ text: "---\ntags: statements\ndate: '2021-03-18'\n---\nToday" })).toBe('2021-03-18');
  });

  it('reads the Distr. masthead date', () => {
    const text = '\n\nGeneral Assembly\n\nDistr.: General\n7 February 2020\n\nOriginal: English\n';
    expect(findDocumentDate({ text })).toBe('2020-02-07');
  });

  it('reads a dateline', () => {
    expect(findDocumentDate({ text: 'Press Release\n\nTitle\n\nNew York, 25 September 2020 – Thousands' })).toBe(
      '2020-09-25',
    );
    expect(findDocumentDate({ text: 'GENEVA (3 March 2021) – The Council' })).toBe('2021-03-03');
  });

  it('gives a yearless dateline the year of another declared date', () => {
    expect(findDocumentDate({ text: 'UNITED NATIONS, Feb. 7 (Xinhua) — text\n' })).toBeNull();
  });

  it('reads a date alone on a line at the top, or at the end of the heading', () => {
    expect(findDocumentDate({ text: 'UN News\nFriday, May 3, 2024\n\nTitle\n\nBody' })).toBe('2024-05-03');
    expect(findDocumentDate({ text: '# Session 6 | Statements (Nov 14, 2025)\n\nColleagues' })).toBe('2025-11-14');
  });

  it('rejects a scrape date next to a weather widget', () => {
    const text = '59.3 F\nWashington D.C.\nFriday, May 3, 2024\n\nThird High-Level Conference Concludes';
    expect(findDocumentDate({ text })).toBeNull();
  });

  it('returns null for dates in the body', () => {
    const text = '2023 Counter-Terrorism Week | side event\n\nThe event was held in New York on 19 June 2023.';
    expect(findDocumentDate({ text })).toBeNull();
  });

  it('returns null for an empty text', () => {
    expect(findDocumentDate({ text: '' })).toBeNull();
  });

  it('reads a meeting record header with its time', () => {
    const text =
      'General Assembly\nSeventy-ninth session\n64th plenary meeting\nWednesday, 16 April 2025, 10 a.m.\nNew York';
    expect(findDocumentDate({ text })).toBe('2025-04-16');
  });

  it('reads a cover line that names the place after the date', () => {
    // Prepare
    const text =
      'Meeting report\n\nLeadership forum\non climate change\n\n22 septeMber 2009, new york\n\nThe Forum was';
    // Act
    const date = findDocumentDate({ text });
    // Assert
    expect(date).toBe('2009-09-22');
  });

  it('does not take a body sentence that ends with a place as a cover line', () => {
    const text = 'Report\n\nThe Forum met for the first time on 22 September 2009, in New York, and again later.';
    expect(findDocumentDate({ text })).toBeNull();
  });
});
