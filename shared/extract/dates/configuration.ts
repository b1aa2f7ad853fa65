import type { ExtractorConfiguration } from '../types.js';
import type { DateValue } from './calendar.js';
import { dayFirstParser } from './parsers/day-first.js';
import { isoDateParser } from './parsers/iso.js';
import { monthLedParser } from './parsers/month-led.js';
import { yearParser, yearRangeParser } from './parsers/year.js';
import { dropExcludedZones, dropResolutionNumbers } from './refiners/exclusions.js';
import { keepLongest } from './refiners/overlaps.js';
import { mergeRanges, shareDayAndMonth } from './refiners/ranges.js';
import { joinDayAboveBlankLine } from './refiners/wrapped-days.js';
import { dropRepeats, dropYearless, fillMissingYears } from './refiners/years.js';

export const dateParsers = [isoDateParser, dayFirstParser, monthLedParser, yearRangeParser, yearParser] as const;

/** Every date mention, each with a value whose year may still be missing. */
export const rawDateConfiguration: ExtractorConfiguration<DateValue> = {
  parsers: dateParsers,
  refiners: [
    dropExcludedZones,
    dropResolutionNumbers,
    keepLongest,
    joinDayAboveBlankLine,
    mergeRanges,
    shareDayAndMonth,
  ],
};

/** Dates as the record lists them: years filled in where certain, yearless ones dropped, one per value. */
export const dateConfiguration: ExtractorConfiguration<DateValue> = {
  parsers: dateParsers,
  refiners: [...rawDateConfiguration.refiners, fillMissingYears, dropYearless, dropRepeats],
};
