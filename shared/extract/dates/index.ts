import type { DateMention } from '../../model/extraction.js';
import { runExtractor } from '../run.js';
import type { ExtractionContext } from '../types.js';
import { valueToIso } from './calendar.js';
import { dateConfiguration } from './configuration.js';
import { findDocumentDate } from './document-date.js';

export { findDocumentDate } from './document-date.js';

/**
 * Every expression naming a calendar day, month, year or explicit range, as ISO 8601 at the granularity
 * written (GUIDELINES.md "dates"), once per value. Years missing from a day-month come from
 * `ctx.referenceDate` (or the document's own date) only where certain.
 *
 * @example
 * extractDates({ text: 'held on 28–29 June 2019 and in 2017', referenceDate: undefined })
 * // [{ value: '2019-06-28/2019-06-29', text: '28–29 June 2019', start: 8, end: 23 },
 * //  { value: '2017', text: '2017', start: 31, end: 35 }]
 */
export function extractDates(ctx: ExtractionContext): DateMention[] {
  const referenceDate = (ctx.referenceDate === undefined ? findDocumentDate(ctx) : ctx.referenceDate) ?? undefined;
  const spans = runExtractor({ text: ctx.text, referenceDate }, dateConfiguration);
  return spans.map((span) => ({ value: valueToIso(span.value), text: span.text, start: span.start, end: span.end }));
}
