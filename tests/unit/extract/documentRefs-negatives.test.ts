import { describe, expect, it } from 'vitest';
import { extractDocumentRefs } from '../../../shared/extract/resolutions/index.js';

describe('not document references', () => {
  it.each([
    ['resolutions S/RES/2178 (2014) and A/RES/72/284 are resolutions'],
    ['see https://undocs.org/A/73/866 online'],
    ['[link](https://undocs.org/en/S/2019/612)'],
    ['HIV/AIDS and ISIL/Da’esh'],
    ['the 1267/1989/2253 sanctions regime'],
    ['on 24/7 duty, 2019/2020 season'],
  ])('finds nothing in %j', (text) => {
    // Act
    const result = extractDocumentRefs({ text });
    // Assert
    expect(result).toEqual([]);
  });

  it('keeps the link text but not the URL of a markdown link', () => {
    // Prepare
    const text = '([A/73/866](https://undocs.org/A/73/866))';
    // Act
    const result = extractDocumentRefs({ text }).map((ref) => ref.start);
    // Assert
    expect(result).toEqual([2]);
  });

  it('leaves out the document’s own symbol printed in its masthead and page headers', () => {
    // Prepare
    const text =
      'United Nations \tS/2025/72\nSecurity Council Distr.: General\n\nAs reported in S/2024/583, ...\nS/2025/72\n';
    // Act
    const result = extractDocumentRefs({ text }).map((ref) => ref.symbol);
    // Assert
    expect(result).toEqual(['S/2024/583']);
  });
});

describe('parentheses that are not part of a symbol', () => {
  it.each([
    ['Supplement No. 5 (A/78/5 (Supp. No. 5))', ['A/78/5']],
    ['see S/2024/556 (para. 49) and A/79/232 (2024)', ['S/2024/556', 'A/79/232']],
  ])('leaves the parentheses out in %j', (text, expected) => {
    // Act
    const result = [...new Set(extractDocumentRefs({ text }).map((ref) => ref.symbol))];
    // Assert
    expect(result).toEqual(expected);
  });
});
