import type { Parser } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { dateSpan } from './groups.js';

/** An ISO calendar date, alone or starting a timestamp: "2020-02-12", "2022-11-10T19:39:52". */
export const isoDateParser: Parser<DateValue> = {
  name: 'iso-date',
  pattern: () => /(?<![\w/.-])([12]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d/]|-\d|[A-SU-Za-z])/g,
  extract: (ctx, match) =>
    dateSpan(ctx, match.index, match.index + match[0].length, {
      year: Number(match[1]),
      month: Number(match[2]),
      day: Number(match[3]),
    }),
};
