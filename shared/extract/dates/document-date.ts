import { runExtractor } from '../run.js';
import type { ExtractionContext, Span } from '../types.js';
import type { DateValue } from './calendar.js';
import { hasYear, valueToIso } from './calendar.js';
import { rawDateConfiguration } from './configuration.js';

/** Where a document states its own date: its first page or front matter. */
const headLength = 3000;
/** How many non-empty lines at the top may hold a bare header date. */
const headerLines = 8;

/** "date: '2022-11-10'", "published_time: …", "Dated 7 February 2020". */
const metadataLabel =
  /^[\s'"#*_>-]*(?:date|dated|published|published_time|publication date|posted|posted on|issued|issued on|release date|date of issue|date of release)[\s'"*_:=-]*$/i;
/** The UN masthead: "Distr.: General\n7 February 2020". */
const distributionLine = /\bDistr\.?\s*:?[^\n]{0,30}\n\s*$/;
/** A dateline opens a paragraph with a place: "New York, 25 September 2020 –", "UNITED NATIONS, Feb. 7 (Xinhua) —". */
const datelinePlace = /(?:^|\n)[\s*_]*[A-Z][A-Za-z.'’ -]{1,40},\s*$/;
const datelineEnd = /^\s*(?:\([^)\n]{1,40}\)\s*)?[-\u2013\u2014]/;
/** "GENEVA (25 September 2020) –". */
const parenthesisedDatelinePlace = /(?:^|\n)[\s*_]*[A-Z][A-Za-z.'’ -]{1,40}\($/;
const parenthesisedDatelineEnd = /^\)\s*[-\u2013\u2014]/;
/** A site's weather widget ("59.3 F", "21°C") marks a header date as the day the page was scraped. */
const weatherReading = /\b\d{1,3}(?:\.\d)?\s*°?\s*[FC]\b|°/;

/** A meeting record's header line may end with the time: "Wednesday, 16 April 2025, 10 a.m.". */
const meetingTime = /^,?\s*(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|h)?\s*$/i;

/** A cover line may name the place after the date: "22 September 2009, New York". */
const placeAfter = /^,[ \t]*[A-Za-z][A-Za-z .'’-]{1,30}$/;

type Candidate = { readonly span: Span<DateValue>; readonly rank: number };

function lineAround(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  return { before: text.slice(lineStart, start), after: text.slice(end, lineEnd) };
}

/** 0 metadata, 1 masthead, 2 dateline, 3 header line; undefined when the date is not the document's. */
function rankOf(text: string, span: Span<DateValue>, lineIndex: number, weatherLines: Set<number>): number | undefined {
  const { before, after } = lineAround(text, span.start, span.end);
  const context = text.slice(Math.max(0, span.start - 60), span.start);
  if (metadataLabel.test(before) || /(?:^|\s)date\s*$/i.test(before)) return 0;
  if (distributionLine.test(context)) return 1;
  if (datelinePlace.test(context) && datelineEnd.test(text.slice(span.end, span.end + 45))) return 2;
  if (parenthesisedDatelinePlace.test(context) && parenthesisedDatelineEnd.test(text.slice(span.end, span.end + 5))) {
    return 2;
  }
  const alone =
    /^[\s#*_(]*$/.test(before) && (/^[\s*_).]*$/.test(after) || meetingTime.test(after) || placeAfter.test(after));
  // A heading that ends with its date in parentheses: "# Session 6 | … (Nov 14, 2025)".
  const headingDate = /\($/.test(before) && /^\)[\s*_]*$/.test(after);
  const nearWeather = [-2, -1, 1, 2].some((offset) => weatherLines.has(lineIndex + offset));
  if ((alone || headingDate) && lineIndex < headerLines && span.value.from.day !== undefined && !nearWeather) return 3;
  return undefined;
}

/** Index of each span's line among the non-empty lines, and which of those lines read like weather. */
function lineNumbers(head: string): { lineOf: (offset: number) => number; weatherLines: Set<number> } {
  const starts: number[] = [];
  const weatherLines = new Set<number>();
  let offset = 0;
  for (const line of head.split('\n')) {
    if (line.trim() !== '') {
      if (weatherReading.test(line) && line.trim().length < 20) weatherLines.add(starts.length);
      starts.push(offset);
    }
    offset += line.length + 1;
  }
  const lineOf = (at: number): number => {
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= at) index++;
    return index;
  };
  return { lineOf, weatherLines };
}

/**
 * The date the document declares as its own: a metadata line, the "Distr." masthead date, a dateline,
 * or a date standing alone on a line at the very top (not a scrape date next to a weather widget).
 * A dateline without a year ("Feb. 7") takes the year of another declared date. Null when none.
 *
 * @example
 * findDocumentDate({ text: 'New York, 25 September 2020 – Thousands of individuals …' }) // '2020-09-25'
 * findDocumentDate({ text: 'Distr.: General\n7 February 2020\n\nOriginal: English' }) // '2020-02-07'
 */
export function findDocumentDate(ctx: ExtractionContext): string | null {
  const head = ctx.text.slice(0, headLength);
  const spans = runExtractor({ text: head }, rawDateConfiguration);
  const { lineOf, weatherLines } = lineNumbers(head);
  const candidates: Candidate[] = [];
  for (const span of spans) {
    if (span.value.to !== undefined || span.value.from.month === undefined) continue;
    const rank = rankOf(head, span, lineOf(span.start), weatherLines);
    if (rank !== undefined) candidates.push({ span, rank });
  }
  candidates.sort((a, b) => a.rank - b.rank || a.span.start - b.span.start);
  const dated = candidates.find((candidate) => hasYear(candidate.span.value));
  const best = candidates[0];
  if (best === undefined) return null;
  if (hasYear(best.span.value)) return valueToIso(best.span.value);
  // A yearless dateline: only another declared date can make its year certain.
  if (dated === undefined || dated.span.value.from.year === undefined) return null;
  return valueToIso({ from: { ...best.span.value.from, year: dated.span.value.from.year } });
}
