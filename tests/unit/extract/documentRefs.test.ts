import { describe, expect, it } from 'vitest';
import { extractDocumentRefs } from '../../../shared/extract/resolutions/index.js';

function symbols(text: string): string[] {
  return [...new Set(extractDocumentRefs({ text }).map((ref) => ref.symbol))];
}

describe('document symbols', () => {
  it.each([
    ['the report ([A/73/866](#)) recalls', ['A/73/866']],
    ['(S/2018/770, S/2019/103 and S/2019/612), and', ['S/2018/770', 'S/2019/103', 'S/2019/612']],
    ['statement S/PRST/2025/2.', ['S/PRST/2025/2']],
    ['Council (A/HRC/37/52 and A/HRC/40/52)', ['A/HRC/37/52', 'A/HRC/40/52']],
    ['document E/CN.4/149 of 1948', ['E/CN.4/149']],
    ['the report S/2025/71/Rev.1 and A/45/696/Add.1.', ['S/2025/71/REV.1', 'A/45/696/ADD.1']],
    ['draft resolution A/79/L.64 and record A/79/PV.64', ['A/79/L.64', 'A/79/PV.64']],
    ['a/c.3 is lower case; A/C.3/78/L.12 is not', ['A/C.3/78/L.12']],
  ])('reads %j', (text, expected) => {
    // Act
    const result = symbols(text);
    // Assert
    expect(result).toEqual(expected);
  });

  it('splits a joint symbol into its two documents', () => {
    expect(symbols('report (A/79/675-S/2024/876) on')).toEqual(['A/79/675', 'S/2024/876']);
  });

  it('returns offsets of each mention', () => {
    // Prepare
    const text = 'see A/73/866.';
    // Act
    const [ref] = extractDocumentRefs({ text });
    // Assert
    expect(ref && text.slice(ref.start, ref.end)).toBe('A/73/866');
  });
});

describe('symbols with a parenthesised part', () => {
  it.each([
    ['as reflected in A/80/6 (Sect. 3).', ['A/80/6(SECT.3)']],
    ['the audit (A/77/5 (Vol. I), chap. II)', ['A/77/5(VOL.I)']],
    ['the combined document A/81/6 (Sect. 3)/Part A and S/2024/9', ['A/81/6(SECT.3)/PARTA', 'S/2024/9']],
  ])('keeps the part as printed in %j', (text, expected) => {
    // Act
    const result = symbols(text);
    // Assert
    expect(result).toEqual(expected);
  });
});
