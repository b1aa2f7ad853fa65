import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../shared/extract/clean/index.js';
import { extractDates, findDocumentDate } from '../../shared/extract/dates/index.js';
import { extractDocumentInfo } from '../../shared/extract/document/index.js';
import { extractEntities } from '../../shared/extract/entities/index.js';
import { extractFigures } from '../../shared/extract/figures/index.js';
import { extract } from '../../shared/extract/pipeline.js';
import { extractDocumentRefs, extractResolutions } from '../../shared/extract/resolutions/index.js';
import { splitParagraphs, splitSentences } from '../../shared/extract/segment/index.js';
import { summarize } from '../../shared/extract/summary/index.js';

/** Words and marks the extractors' patterns react to, so random texts reach deep into every parser. */
const trigger = fc.constantFrom(
  'resolution',
  'resolutions',
  '2396',
  '(2017)',
  'S/RES/',
  'A/RES/72/284',
  'A/73/866',
  'S/2019/612',
  'and',
  ',',
  '.',
  'Mr.',
  'H.E.',
  'Secretary-General',
  'António',
  'Guterres',
  'United',
  'Nations',
  'Office',
  'of',
  'the',
  '(UNODC)',
  'UNODC',
  'Syria',
  'Syrian Arab Republic',
  'New York',
  '$',
  'US$',
  '€',
  '5',
  '1,500',
  '113 000',
  '2.5',
  'million',
  'billion',
  'per cent',
  '%',
  'more than',
  'about',
  'five',
  'twenty-three',
  'June',
  'Feb.',
  '25',
  '2019',
  '2019–2020',
  '28–29',
  'from',
  'to',
  'Distr.:',
  'General',
  '–',
  '—',
  '-',
  '/',
  '(',
  ')',
  '[',
  ']',
  '#',
  '*',
  '**',
  '\n',
  '\n\n',
  ' ',
  '  ',
  '\t',
  '缅北',
  '\u00ad',
  '\u00a0',
  '??',
  '"',
  '“',
  '”',
  "'",
  ':',
  ';',
  'Council',
  'Committee',
  'COVID-19',
  '1540',
);
const documentLike = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: trigger }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }),
    {
      maxLength: 300,
    },
  )
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(documentLike, fc.string({ unit: 'binary', maxLength: 3000 }));

describe('extract on arbitrary text', () => {
  it('never throws and keeps every offset inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const record = extract(text);
        for (const item of [...record.dates, ...record.resolutions, ...record.documentRefs, ...record.figures]) {
          if (item.start === undefined || item.end === undefined) continue;
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeGreaterThanOrEqual(item.start);
          expect(item.end).toBeLessThanOrEqual(text.length);
        }
        expect(record.summary.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('maps cleaned offsets back inside the original', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cleaned = cleanText(text);
        for (const offset of [0, Math.floor(cleaned.text.length / 2), cleaned.text.length]) {
          const original = cleaned.toOriginal(offset);
          expect(original).toBeGreaterThanOrEqual(0);
          expect(original).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Every extractor alone, on the cleaned text, as the pipeline calls it. */
const stages: Record<string, (text: string) => unknown> = {
  clean: (text) => cleanText(text),
  sentences: (text) => splitSentences(text),
  paragraphs: (text) => splitParagraphs(text),
  documentDate: (text) => findDocumentDate({ text }),
  documentInfo: (text) => extractDocumentInfo({ text }),
  dates: (text) => extractDates({ text, referenceDate: '2020-06-15' }),
  resolutions: (text) => extractResolutions({ text }),
  documentRefs: (text) => extractDocumentRefs({ text }),
  figures: (text) => extractFigures({ text }),
  entities: (text) => extractEntities({ text }),
  summary: (text) => summarize({ text }, splitSentences(text)),
};

/** Inputs that make backtracking regular expressions blow up: long runs of what a pattern almost matches. */
const adversarial: Record<string, string> = {
  digits: '1',
  'digit groups': '1,000 ',
  'spaced digits': '1 ',
  'capitalised words': 'United ',
  'lower-case words': 'and ',
  'open parentheses': '(',
  'years in parentheses': '(2017) ',
  'resolution lists': 'resolution 2396, ',
  slashes: 'S/',
  dashes: '- ',
  dots: '. ',
  titles: 'Mr. ',
  'month names': 'June ',
  whitespace: ' \t',
  newlines: '\n',
  markdown: '**[',
  'no spaces': 'abcdefghij',
};

let runs = 0;

/** Times one run on a fresh copy of the text, so no stage can reuse work cached for an identical string. */
function secondsFor(stage: (text: string) => unknown, text: string): number {
  const fresh = `${text}${' '.repeat(++runs % 7)}`;
  const started = performance.now();
  stage(fresh);
  return (performance.now() - started) / 1000;
}

describe('time linear in input length (no catastrophic backtracking)', () => {
  for (const [patternName, unit] of Object.entries(adversarial)) {
    it(`1 MB of ${patternName}`, { timeout: 300_000 }, () => {
      const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const slow: string[] = [];
      for (const [stageName, stage] of Object.entries(stages)) {
        const largeSeconds = secondsFor(stage, large);
        // Fast is linear enough; a slow stage is compared with a quarter of the input: linear gives a
        // ratio of 4, quadratic 16. The smaller run is taken twice, its best time counting, to damp noise.
        if (largeSeconds < 2) continue;
        const small = large.slice(0, large.length / 4);
        const smallSeconds = Math.min(secondsFor(stage, small), secondsFor(stage, small));
        if (largeSeconds > 15 || largeSeconds / smallSeconds > 12) {
          slow.push(`${stageName}: ${smallSeconds.toFixed(2)} s for 250 KB, ${largeSeconds.toFixed(2)} s for 1 MB`);
        }
      }
      expect(slow).toEqual([]);
    });
  }
});
