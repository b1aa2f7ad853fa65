import { describe, expect, it } from 'vitest';
import { toOriginalOffsets, uniqueDocumentRefs, uniqueResolutions } from '../../../shared/extract/assemble.js';
import { extract } from '../../../shared/extract/pipeline.js';

describe('uniqueResolutions', () => {
  it('keeps the first mention of each key, with a year stated at any mention', () => {
    const unique = uniqueResolutions([
      { key: 'S/RES/2396', start: 5, end: 9 },
      { key: 'A/RES/72/284' },
      { key: 's/res/2396', year: 2017, start: 40, end: 50 },
    ]);

    expect(unique).toEqual([{ key: 'S/RES/2396', start: 5, end: 9, year: 2017 }, { key: 'A/RES/72/284' }]);
  });
});

describe('uniqueDocumentRefs', () => {
  it('lists each symbol once', () => {
    expect(uniqueDocumentRefs([{ symbol: 'A/73/866' }, { symbol: 'a/73/866' }, { symbol: 'S/2019/612' }])).toHaveLength(
      2,
    );
  });
});

describe('toOriginalOffsets', () => {
  it('maps located items and leaves the others alone', () => {
    expect(toOriginalOffsets([{ start: 1, end: 2 }, {}], (offset) => offset + 10)).toEqual([
      { start: 11, end: 12 },
      {},
    ]);
  });
});

describe('extract', () => {
  it('gives offsets into the text as given, even where cleaning removed markup', () => {
    const text = 'The **Security Council**, in resolution [2396](#) (2017), met on 3 May 2021.';

    const record = extract(text);

    for (const item of [...record.dates, ...record.resolutions]) {
      expect(item.start).toBeDefined();
      expect(text.slice(item.start, item.end)).toContain(item.text?.slice(0, 2) ?? '');
    }
    expect(record.resolutions.map((r) => r.key)).toEqual(['S/RES/2396']);
  });
});
