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
