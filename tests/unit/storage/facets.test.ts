import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../shared/model/record.js';
import { facetKey, facetsOf, normaliseName } from '../../../shared/storage/facets.js';

const record = (overrides: Partial<DocumentRecord>): DocumentRecord => ({
  id: 'd1',
  kind: 'report',
  title: null,
  symbol: null,
  documentDate: '2020-02-07',
  summary: '',
  dates: [],
  resolutions: [],
  documentRefs: [],
  figures: [],
  entities: [],
  status: 'ok',
  error: null,
  extractorVersion: 'test',
  processedAt: '2026-01-01T00:00:00Z',
  source: {
    bucket: 'b',
    key: 'k',
    versionId: null,
    etag: null,
    size: 1,
    contentType: null,
    sha256: null,
    sequencer: null,
  },
  ...overrides,
});

describe('facetsOf', () => {
  it('indexes kind, resolutions, every entity name and each period a date mentions', () => {
    const facets = facetsOf(
      record({
        resolutions: [{ key: 'S/RES/2396', year: 2017 }],
        entities: [{ type: 'person', name: 'António Guterres', aliases: ['Guterres'] }],
        dates: [{ value: '2019-06-28/2019-06-29' }, { value: '2017/2019' }],
      }),
    ).map(facetKey);

    expect(facets).toEqual(
      expect.arrayContaining([
        'KIND#report',
        'RES#S/RES/2396',
        'ENTITY#person#antonio guterres',
        'ENTITY#person#guterres',
        'MENTION#2019-06',
        'MENTION#2019-06-28',
        'MENTION#2019-06-29',
        'MENTION#2017',
        'MENTION#2018',
      ]),
    );
  });

  it('gives a document that failed no kind facet', () => {
    expect(facetsOf(record({ status: 'failed' })).map(facetKey)).not.toContain('KIND#report');
  });
});

describe('normaliseName', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(normaliseName('  Côte d’Ivoire ')).toBe('cote d ivoire');
  });
});
