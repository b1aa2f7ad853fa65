import { describe, expect, it } from 'vitest';
import { extractResolutions } from '../../../shared/extract/resolutions/index.js';

describe('not resolution citations', () => {
  it.each([
    ['the Security Council’s 1540 Committee and its Group of Experts'],
    ['the 1267/1989/2253 ISIL and Al-Qaida Sanctions Regime'],
    ['the draft resolution A/79/L.64 was adopted'],
    ['introduce draft resolution 12 today'],
    ['Conflict prevention and resolution\n17. The Office supports'],
    ['conflict prevention, management and resolution 20 15 22 22'],
    ['Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.'],
    ['the resolution was adopted by 120 votes'],
    ['a resolution on 5 May'],
    ['https://undocs.org/S/RES/2396(2017)'.replace('S/RES', 'x/RES')],
  ])('finds nothing in %j', (text) => {
    // Act
    const result = extractResolutions({ text });
    // Assert
    expect(result).toEqual([]);
  });

  it('does not take a following count for a list item', () => {
    // Prepare
    const text = 'under resolution 2396 and 30 Member States reported';
    // Act
    const result = extractResolutions({ text }).map((i) => i.key);
    // Assert
    expect(result).toEqual(['S/RES/2396']);
  });

  it('does not cite a resolution document’s own symbol', () => {
    // Prepare
    const text =
      'United Nations \tS/RES/2769 (2025)\nSecurity Council Distr.: General\nResolution 2769 (2025)\nrecalling resolution 2701 (2023),';
    // Act
    const result = extractResolutions({ text }).map((i) => i.key);
    // Assert
    expect(result).toEqual(['S/RES/2701']);
  });

  it('stays linear on a long run of digits and keywords', () => {
    // Prepare
    const text = `${'resolution 1, '.repeat(20000)}resolution ${'1/'.repeat(20000)}`;
    // Act
    const started = performance.now();
    extractResolutions({ text });
    // Assert
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('lists and breaks: negatives', () => {
  it('does not read an undated number across a blank line', () => {
    // Prepare
    const text = 'in line with relevant Security Council resolution\n\n2024 was a difficult year';
    // Act
    const result = extractResolutions({ text }).map((i) => i.key);
    // Assert
    expect(result).toEqual([]);
  });

  it('does not join an undated number to a dated list without a comma', () => {
    // Prepare
    const text = 'under resolution 2734 (2024) 15 States reported';
    // Act
    const result = extractResolutions({ text }).map((i) => i.key);
    // Assert
    expect(result).toEqual(['S/RES/2734']);
  });

  it('does not read a deliverables row with dash cells', () => {
    // Prepare
    const text = 'Missions pursuant to relevant General Assembly\nresolutions 1 – 1 1\nMeetings 2 2 2 2';
    // Act
    const result = extractResolutions({ text }).map((i) => i.key);
    // Assert
    expect(result).toEqual([]);
  });

  it('drops a list that opens with an implausible number', () => {
    // Prepare
    const text = 'the Assembly decided in Resolution 79, 327 to pause new proposals';
    // Act
    const result = extractResolutions({ text }).map((i) => i.key);
    // Assert
    expect(result).toEqual([]);
  });
});
